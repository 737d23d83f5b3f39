#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace galley {

class SourceHighlighter;

/// What applying edited source did: the canonical HTML to load and what the sanitizer dropped.
struct SourceApplyResult {
    QString canonicalHtml;
    /// What the sanitizer removed, each kind once ("script", "event handler attributes", ...).
    QStringList dropped;
};

/// Runs edited source through the Sanitizer and says what it dropped.
[[nodiscard]] SourceApplyResult sanitizeSource(const QString &source);

/// The "HTML" tab beside the rich-text editor: the article's canonical HTML, highlighted and
/// editable. The owner loads it with setHtml() when the tab is entered, and on
/// applyRequested() (Apply button, or leaving the tab with changes) parses it back.
class SourceView final : public QWidget
{
    Q_OBJECT
public:
    explicit SourceView(QWidget *parent = nullptr);

    /// Shows \a canonicalHtml; clears the modified flag and the source's own undo history.
    void setHtml(const QString &canonicalHtml);
    [[nodiscard]] QString html() const;
    [[nodiscard]] bool isModified() const;
    void setModified(bool modified);
    void setReadOnly(bool readOnly);
    /// Shows the outcome of the last apply under the text (empty hides it).
    void setReport(const QString &report);
    [[nodiscard]] QString report() const;

    [[nodiscard]] QPlainTextEdit *editor() const { return m_editor; }
    [[nodiscard]] SourceHighlighter *highlighter() const { return m_highlighter; }

Q_SIGNALS:
    void applyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_apply = nullptr;
    QLabel *m_report = nullptr;
    SourceHighlighter *m_highlighter = nullptr;
};

} // namespace galley
