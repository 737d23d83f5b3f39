#pragma once

#include "documentcontroller.h"

#include <QDialog>

class QLabel;
class QStackedWidget;
class QTextBrowser;

namespace galley {

/// Asked when saving finds that the article was saved elsewhere meanwhile (another window,
/// another Galley on the shared newsroom). Three ways out, never a silent overwrite:
/// keep mine (saved on top of theirs, which stays in the history), take theirs (my unsaved
/// changes are dropped), or compare the two texts side by side before deciding.
/// Closing the dialog cancels: nothing is saved and the editor keeps my text.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(const Article &mine, const Article &theirs, QWidget *parent = nullptr);

    [[nodiscard]] DocumentController::ConflictChoice choice() const { return m_choice; }
    /// Shows the two texts side by side (the Compare button).
    void showComparison();

    /// Runs the dialog for DocumentController's resolver hook.
    [[nodiscard]] static DocumentController::ConflictChoice ask(const Article &mine,
                                                                const Article &theirs,
                                                                QWidget *parent);

private:
    DocumentController::ConflictChoice m_choice = DocumentController::ConflictChoice::Cancel;
    QWidget *m_comparison = nullptr;
    QTextBrowser *m_mine = nullptr;
    QTextBrowser *m_theirs = nullptr;
};

} // namespace galley
