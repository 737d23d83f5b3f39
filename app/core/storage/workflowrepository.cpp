#include "storage/workflowrepository.h"

#include "storage/articlerepository.h"
#include "storage/articlefields.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/revisionrepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace galley {

namespace {

using ArticleFields::text;

} // namespace

WorkflowRepository::WorkflowRepository(Database &database)
    : m_database(database)
{ }

QString WorkflowRepository::errorString() const
{
    return m_error;
}

namespace {

/// Equal in everything a save writes (the text, the fields, the related items).
bool sameContent(const Article &a, const Article &b)
{
    return a.title == b.title && a.subtitle == b.subtitle && a.summary == b.summary && a.bodyHtml == b.bodyHtml
        && a.byline == b.byline && a.source == b.source && a.editor == b.editor && a.desk == b.desk && a.tags == b.tags
        && a.status == b.status && a.publishAt == b.publishAt && a.views == b.views && a.related == b.related
        && (a.slug.trimmed().isEmpty() || a.slug.trimmed() == b.slug.trimmed() || b.slug.trimmed().isEmpty());
}

} // namespace

WorkflowRepository::Result WorkflowRepository::transition(
    Article &article, WorkflowState to, Role role, const QString &who, const QString &note, int *revisionNumber)
{
    m_error.clear();
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        m_error = transaction.errorString();
        return Result::Failed;
    }
    ArticleRepository articles(m_database);
    const std::optional<Article> stored = articles.load(article.id);
    if (!stored) {
        m_error = articles.errorString().isEmpty() ? QCoreApplication::translate("galley::WorkflowRepository", "There is no article with id %1.").arg(article.id)
                                                   : articles.errorString();
        return articles.errorString().isEmpty() ? Result::NotFound : Result::Failed;
    }
    if (stored->isInTrash()) {
        m_error = QCoreApplication::translate("galley::WorkflowRepository", "The article is in the trash; take it out before moving it on.");
        return Result::NotAllowed;
    }
    if (stored->version != article.version) {
        m_error
            = QCoreApplication::translate("galley::WorkflowRepository", "The article was changed since this copy was opened (version %1, this copy is version %2).")
                  .arg(stored->version)
                  .arg(article.version);
        return Result::Conflict;
    }
    const WorkflowState from = stored->status;
    const QString refusal = Workflow::refusal(from, to, role);
    if (!refusal.isEmpty()) {
        m_error = refusal.at(0).toUpper() + refusal.mid(1);
        return Result::NotAllowed;
    }

    Article moved = article;
    moved.status = to;
    // A move of an unchanged article writes the status alone (all a reviewer may write on a
    // team server); one that carries the editor's unsaved edits saves them with it.
    Article unchanged = *stored;
    unchanged.status = to;
    const bool statusOnly = sameContent(unchanged, moved);
    switch (statusOnly ? articles.saveStatus(moved) : articles.save(moved)) {
    case ArticleRepository::SaveResult::Saved:
        break;
    case ArticleRepository::SaveResult::Conflict:
        m_error = articles.errorString();
        return Result::Conflict;
    case ArticleRepository::SaveResult::NotFound:
        m_error = articles.errorString();
        return Result::NotFound;
    case ArticleRepository::SaveResult::Failed:
        m_error = articles.errorString();
        return Result::Failed;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO workflow_events (article_id, from_state, to_state, who, at, note) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(moved.id);
    query.addBindValue(workflowStateKey(from));
    query.addBindValue(workflowStateKey(to));
    query.addBindValue(text(who));
    query.addBindValue(now.toString(Qt::ISODateWithMs));
    query.addBindValue(text(note));
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return Result::Failed;
    }

    // The revision's note names the move, so the history reads as a timeline on its own.
    const std::optional<WorkflowTransition> rule = Workflow::find(from, to);
    QString revisionNote = rule ? Workflow::actionName(*rule) : workflowStateDisplayName(to);
    if (!note.isEmpty())
        revisionNote += QStringLiteral(": ") + note;
    RevisionRepository revisions(m_database);
    const std::optional<int> number = revisions.record(moved, RevisionKind::Transition, who, revisionNote, now);
    if (!number) {
        m_error = revisions.errorString();
        return Result::Failed;
    }
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return Result::Failed;
    }
    article = moved;
    if (revisionNumber)
        *revisionNumber = *number;
    return Result::Done;
}

QList<WorkflowEvent> WorkflowRepository::events(qint64 articleId) const
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, article_id, from_state, to_state, who, at, note FROM workflow_events "
                                 "WHERE article_id = ? ORDER BY at, id"));
    query.addBindValue(articleId);
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return {};
    }
    QList<WorkflowEvent> events;
    while (query.next()) {
        WorkflowEvent event;
        event.id = query.value(0).toLongLong();
        event.articleId = query.value(1).toLongLong();
        event.from = workflowStateFromKey(query.value(2).toString()).value_or(WorkflowState::Draft);
        event.to = workflowStateFromKey(query.value(3).toString()).value_or(WorkflowState::Draft);
        event.who = query.value(4).toString();
        event.at = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs).toUTC();
        event.note = query.value(6).toString();
        events.append(event);
    }
    return events;
}

} // namespace galley
