#pragma once

#include "textfinder.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextEdit;
class QToolButton;

namespace galley {

/// The find and replace bar under the editor (Ctrl+F / Ctrl+H): case, whole words and
/// regular expressions; every match is highlighted, the status says "3 of 12".
class FindReplaceBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FindReplaceBar(QTextEdit *editor, QWidget *parent = nullptr);

    /// Shows the bar with the find field focused (and the selection as the query, if short).
    void showFind();
    /// Shows the bar with the replace row.
    void showReplace();
    void setReadOnly(bool readOnly);

    [[nodiscard]] QLineEdit *findField() const { return m_find; }
    [[nodiscard]] QLineEdit *replaceField() const { return m_replace; }
    [[nodiscard]] TextFinder::Options options() const;
    void setOptions(TextFinder::Options options);
    [[nodiscard]] QString statusText() const;

public Q_SLOTS:
    bool findNext();
    bool findPrevious();
    bool replaceCurrent();
    int replaceAll();
    void closeBar();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    [[nodiscard]] TextFinder finder() const;
    bool find(bool backward);
    void refreshHighlights();
    void setReplaceVisible(bool visible);

    QTextEdit *m_editor = nullptr;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QCheckBox *m_case = nullptr;
    QCheckBox *m_words = nullptr;
    QCheckBox *m_regex = nullptr;
    QPushButton *m_replaceButton = nullptr;
    QPushButton *m_replaceAllButton = nullptr;
    QWidget *m_replaceRow = nullptr;
    QLabel *m_status = nullptr;
    bool m_readOnly = false;
};

} // namespace galley
