#pragma once

#include "model/article.h"

#include <QFont>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QLineEdit;
class QToolButton;

namespace galley {

/// The article's fields above the body: title, subtitle, byline, source (稿件来源),
/// editor (编辑), desk, tags and publish time. Emits edited() on every change the user makes
/// (not when setArticle() fills it).
class ArticleFieldsForm final : public QWidget
{
    Q_OBJECT
public:
    explicit ArticleFieldsForm(QWidget *parent = nullptr);

    /// Shows the fields of \a article.
    void setArticle(const Article &article);
    /// The fields as edited, on top of the article last given to setArticle().
    [[nodiscard]] Article fields() const;
    void setReadOnly(bool readOnly);
    /// Suggestions for the desk field (desks in use).
    void setDeskSuggestions(const QStringList &desks);

    [[nodiscard]] QLineEdit *titleField() const { return m_title; }
    [[nodiscard]] QLineEdit *field(const QString &objectName) const;

    /// Splits a tag field's text at commas (also Chinese ，、 and ;), trimmed, without empties.
    [[nodiscard]] static QStringList parseTags(const QString &text);

Q_SIGNALS:
    void edited();
    /// Enter in the title: the body should take the focus.
    void titleCommitted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Fields are at least as wide as their value, up to this many average characters.
    static constexpr int MaximumFieldChars = 24;

    void setDetailsVisible(bool visible);
    void fitToText(QLineEdit *edit);
    void fitTitle();

    Article m_article;
    bool m_filling = false;
    QLineEdit *m_title = nullptr;
    QFont m_titleFont; ///< the title's own font, which fitTitle() makes smaller when needed
    QLineEdit *m_subtitle = nullptr;
    QLineEdit *m_byline = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_editor = nullptr;
    QLineEdit *m_desk = nullptr;
    QLineEdit *m_tags = nullptr;
    QCheckBox *m_scheduled = nullptr;
    QDateTimeEdit *m_publishAt = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QWidget *m_details = nullptr;
    QString m_originalPublishAt; ///< kept as given unless the user changes the time
};

} // namespace galley
