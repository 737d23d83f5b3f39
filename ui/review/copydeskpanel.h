#pragma once

#include "editor/copydeskchecker.h"

#include <QDockWidget>
#include <QTimer>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace galley {

class EditorArea;

/// The copy desk's findings in the open article, grouped by kind (a house-style rule, or
/// spelling) with their counts; each row shows the text around the finding and its message.
/// Activating a row (double click, Enter) selects its text in the editor; "Fix All" applies
/// the safe fixes of the current row's rule as one undo step.
///
/// The list follows the editor's underlines (CopyDeskChecker) a moment after they change, and
/// only while the panel is visible.
class CopyDeskPanel final : public QDockWidget
{
    Q_OBJECT
public:
    explicit CopyDeskPanel(EditorArea *editorArea, QWidget *parent = nullptr);

    [[nodiscard]] QTreeWidget *view() const { return m_view; }
    [[nodiscard]] QPushButton *fixAllButton() const { return m_fixAll; }
    /// Lists the checker's findings now (the panel does it by itself shortly after a change).
    void refresh();
    /// The finding of \a item (a row under a group), if any.
    [[nodiscard]] std::optional<CopyDeskChecker::Located> findingOf(const QTreeWidgetItem *item) const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void activate(QTreeWidgetItem *item);
    void updateButtons();
    void fixAllOfCurrent();
    void showLanguage();

    EditorArea *m_editorArea = nullptr;
    CopyDeskChecker *m_checker = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_view = nullptr;
    QPushButton *m_fixAll = nullptr;
    QComboBox *m_language = nullptr;
    QList<CopyDeskChecker::Located> m_findings;
    QTimer m_refreshTimer;
};

} // namespace galley
