#pragma once

#include "model/article.h"
#include "model/workflow.h"

#include <QList>
#include <QString>

namespace galley {

class Database;

/// Moves articles through the workflow and keeps its timeline (workflow_events).
class WorkflowRepository final
{
public:
    explicit WorkflowRepository(Database &database);

    enum class Result {
        Done,
        NotAllowed, ///< the workflow has no such move for this role (errorString() says why)
        Conflict, ///< the article changed since \a article was loaded; nothing was written
        NotFound,
        Failed,
    };

    /// Moves \a article to \a to, as \a who acting as \a role, with an optional \a note. The
    /// rule is checked against the stored state; then, in one transaction, the article (the
    /// caller's copy, so an editor's unsaved edits go with it) is saved with the new state
    /// through ArticleRepository::save() and its version check, the event is added to the
    /// timeline, and a named revision records the text as it was sent on. On Done \a article
    /// holds the saved article and \a revisionNumber (if given) the revision's number.
    [[nodiscard]] Result transition(Article &article, WorkflowState to, Role role, const QString &who,
        const QString &note = {}, int *revisionNumber = nullptr);

    /// The article's timeline, oldest first.
    [[nodiscard]] QList<WorkflowEvent> events(qint64 articleId) const;

    /// Why the last call failed (one translated sentence or the database's message).
    [[nodiscard]] QString errorString() const;

private:
    Database &m_database;
    mutable QString m_error;
};

} // namespace galley
