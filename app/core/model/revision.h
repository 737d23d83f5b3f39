#pragma once

#include "workflowstate.h"

#include <QDateTime>
#include <QString>

namespace galley {

/// Why a revision was recorded. Every kind except Autosave makes a named revision (kept
/// forever); autosaves are coalesced and pruned (see RevisionRepository).
enum class RevisionKind {
    Autosave, ///< periodic save while typing: coalesced, may be pruned
    Save, ///< the user saved explicitly
    Transition, ///< a workflow transition (the note says which)
    Restore, ///< an older revision made current again
    Update, ///< the copy was replaced by an updated version (wire update, `galley revise`)
    Baseline, ///< the text as it stood before the first recorded change (import, creation)
};

/// One stored version of an article's title and body.
struct Revision {
    qint64 id = 0;
    qint64 articleId = 0;
    int number = 0; ///< 1, 2, 3 ... per article; gaps appear where autosaves were pruned
    QString title;
    QString bodyHtml; ///< canonical HTML
    WorkflowState status = WorkflowState::Draft; ///< the article's state when recorded
    QString author;
    QString note;
    bool named = false; ///< true: never pruned (explicit save, transition, restore, update)
    QDateTime createdAt; ///< UTC; for a coalesced autosave, when its run of autosaves began
    /// 字数 of the body (characters without whitespace), derived on load; not stored.
    qint64 characterCount = 0;

    friend bool operator==(const Revision &, const Revision &) = default;
};

} // namespace galley
