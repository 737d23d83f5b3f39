#pragma once

#include "documentcontroller.h"

#include <QDialog>
#include <QList>

class QButtonGroup;

namespace galley {

/// Asked when saving finds that the article was saved elsewhere meanwhile (another window,
/// another Galley on the shared newsroom) and both edits changed the same paragraphs (or the
/// same field) — edits to different paragraphs are merged without asking. Each overlap is
/// shown with the two texts and their character-level differences, and a choice: keep mine,
/// keep theirs, or keep both (mine first). Everything else merges as it is. Save Merged Text
/// saves the result on top of theirs; Take Theirs drops my unsaved changes; closing the dialog
/// cancels: nothing is saved and the editor keeps my text. Never a silent overwrite.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictDialog(const DocumentController::Conflict &conflict, QWidget *parent = nullptr);

    /// Number of choices shown: the conflicting fields, then the conflicting paragraphs.
    [[nodiscard]] int choiceCount() const { return int(m_groups.size()); }
    /// Sets choice \a index (as shown, from the top) to \a choice; Both applies to paragraphs only.
    void setChoice(int index, MergeChoice choice);
    [[nodiscard]] MergeChoice choice(int index) const;
    /// What the dialog decided (Merge with the resolved article, TakeTheirs, or Cancel).
    [[nodiscard]] DocumentController::ConflictResolution resolution() const { return m_resolution; }

    /// Runs the dialog for DocumentController's resolver hook.
    [[nodiscard]] static DocumentController::ConflictResolution ask(const DocumentController::Conflict &conflict,
        QWidget *parent);

private:
    struct Side {
        QString html; ///< the text with the character-level differences marked
        QString text; ///< plain, for screen readers
    };
    QWidget *addChoice(QWidget *parent, const QString &title, const QString &original, const Side &mine,
        const Side &theirs, bool offerBoth);
    [[nodiscard]] QString fieldName(ArticleMerge::Field field) const;

    DocumentController::Conflict m_conflict;
    DocumentController::ConflictResolution m_resolution;
    QList<QButtonGroup *> m_groups; ///< fields first, then paragraphs
};

} // namespace galley
