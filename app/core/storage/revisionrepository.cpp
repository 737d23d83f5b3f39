#include "storage/revisionrepository.h"

#include "document/canonicalhtml.h"
#include "model/textstats.h"
#include "storage/annotationrepository.h"
#include "storage/articlefields.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/suggestionrepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace galley {

namespace {

using ArticleFields::text;
using ArticleFields::utcText;
using ArticleFields::fromUtcText;

constexpr auto RevisionColumns = "id, article_id, number, title, body_html, status, author, note, named, created_at, char_count";
// The list needs no bodies: only rows stored before char_count existed (NULL) bring theirs to be counted.
constexpr auto RevisionListColumns = "id, article_id, number, title, CASE WHEN char_count IS NULL THEN body_html ELSE '' END, "
                                     "status, author, note, named, created_at, char_count";

Revision fromQuery(const QSqlQuery &query)
{
    Revision revision;
    revision.id = query.value(0).toLongLong();
    revision.articleId = query.value(1).toLongLong();
    revision.number = query.value(2).toInt();
    revision.title = query.value(3).toString();
    revision.bodyHtml = query.value(4).toString();
    revision.status = workflowStateFromKey(query.value(5).toString()).value_or(WorkflowState::Draft);
    revision.author = query.value(6).toString();
    revision.note = query.value(7).toString();
    revision.named = query.value(8).toInt() != 0;
    revision.createdAt = fromUtcText(query.value(9));
    revision.characterCount = query.value(10).isNull() ? -1 : query.value(10).toLongLong();
    return revision;
}

/// The character count of the article's text: the one stored with the article when the text
/// is the stored one (a revision is recorded right after its save), else counted here.
qint64 characterCountOf(const QSqlDatabase &connection, const Article &article)
{
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT char_count FROM articles WHERE id = ? AND body_html = ?"));
    query.addBindValue(article.id);
    query.addBindValue(article.bodyHtml.isNull() ? QStringLiteral("") : article.bodyHtml);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return computeTextStats(CanonicalHtml::toPlainText(article.bodyHtml)).characters;
}

std::optional<Revision> withCharacterCount(std::optional<Revision> revision)
{
    if (revision && revision->characterCount < 0)
        revision->characterCount = computeTextStats(CanonicalHtml::toPlainText(revision->bodyHtml)).characters;
    return revision;
}

bool sameText(const Revision &revision, const Article &article)
{
    return revision.title == article.title && revision.bodyHtml == article.bodyHtml;
}

} // namespace

RevisionRepository::RevisionRepository(Database &database, RevisionPolicy policy)
    : m_database(database)
    , m_policy(policy)
{ }

QString RevisionRepository::errorString() const
{
    return m_error;
}

std::optional<int> RevisionRepository::record(
    const Article &article, RevisionKind kind, const QString &author, const QString &note, const QDateTime &at)
{
    m_error.clear();
    const QDateTime time = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        m_error = transaction.errorString();
        return std::nullopt;
    }
    const std::optional<Revision> previous = newest(article.id);
    if (!m_error.isEmpty())
        return std::nullopt;
    const bool unchanged = previous && sameText(*previous, article);
    std::optional<int> number;
    QSqlQuery query(m_database.connection());

    if (kind == RevisionKind::Autosave) {
        const bool coalesce = previous && !previous->named && previous->author == author && previous->createdAt <= time
            && previous->createdAt.secsTo(time) < m_policy.coalesceWindow.count();
        if (unchanged) {
            number = previous->number;
        } else if (coalesce) {
            // Keeps the time the run of autosaves began: the window never slides, so a long
            // stretch of typing still leaves a revision every few minutes.
            query.prepare(
                QStringLiteral("UPDATE revisions SET title = ?, body_html = ?, status = ?, char_count = ? WHERE id = ?"));
            query.addBindValue(text(article.title));
            query.addBindValue(text(article.bodyHtml));
            query.addBindValue(workflowStateKey(article.status));
            query.addBindValue(characterCountOf(m_database.connection(), article));
            query.addBindValue(previous->id);
            if (!query.exec()) {
                m_error = sqlErrorText(query.lastError());
                return std::nullopt;
            }
            number = previous->number;
        } else {
            number = insert(article, false, author, note, time);
            if (number && !prune(article.id))
                return std::nullopt;
        }
    } else if (kind == RevisionKind::Save && unchanged) {
        // Saving what was just autosaved names that autosave rather than copying it.
        if (!previous->named) {
            query.prepare(
                QStringLiteral("UPDATE revisions SET named = 1, author = ?, note = ?, created_at = ?, status = ? "
                               "WHERE id = ?"));
            query.addBindValue(text(author));
            query.addBindValue(text(note));
            query.addBindValue(utcText(time));
            query.addBindValue(workflowStateKey(article.status));
            query.addBindValue(previous->id);
            if (!query.exec()) {
                m_error = sqlErrorText(query.lastError());
                return std::nullopt;
            }
        }
        number = previous->number;
    } else {
        number = insert(article, true, author, note, time);
    }
    if (!number)
        return std::nullopt;
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return std::nullopt;
    }
    return number;
}

std::optional<int> RevisionRepository::ensureRecorded(
    const Article &article, const QString &author, const QString &note)
{
    m_error.clear();
    const std::optional<Revision> previous = newest(article.id);
    if (!m_error.isEmpty())
        return std::nullopt;
    if (previous && sameText(*previous, article))
        return previous->number;
    return record(article, previous ? RevisionKind::Save : RevisionKind::Baseline, author, note);
}

bool RevisionRepository::takeArticleTurn(Database &database, qint64 articleId, QString *error)
{
    if (database.engine() != Engine::PostgreSQL)
        return true;
    // A literal number, not a prepared statement: prepared through QPSQL before each save, this
    // statement (a void result) made a later statement's cleanup in the driver abort with
    // "free(): invalid pointer" (storage_articlerepository_pg, searchIndexesFollowEveryWrite).
    QSqlQuery query(database.connection());
    if (query.exec(QStringLiteral("SELECT 1 FROM pg_advisory_xact_lock(1196182617, %1)").arg(int(articleId % 2147483647))))
        return true;
    if (error)
        *error = sqlErrorText(query.lastError());
    return false;
}

std::optional<int> RevisionRepository::insert(
    const Article &article, bool named, const QString &author, const QString &note, const QDateTime &at)
{
    // On a team server two desks may record a revision of one article at once: they take turns
    // (the lock ends with the transaction), so the numbers cannot collide.
    if (!takeArticleTurn(m_database, article.id, &m_error))
        return std::nullopt;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM revisions WHERE article_id = ?"));
    query.addBindValue(article.id);
    if (!query.exec() || !query.next()) {
        m_error = sqlErrorText(query.lastError());
        return std::nullopt;
    }
    const int number = query.value(0).toInt();
    query.finish();
    query.prepare(QStringLiteral("INSERT INTO revisions (article_id, number, title, body_html, status, author, note, "
                                 "named, created_at, char_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(article.id);
    query.addBindValue(number);
    query.addBindValue(text(article.title));
    query.addBindValue(text(article.bodyHtml));
    query.addBindValue(workflowStateKey(article.status));
    query.addBindValue(text(author));
    query.addBindValue(text(note));
    query.addBindValue(named ? 1 : 0);
    query.addBindValue(utcText(at));
    query.addBindValue(characterCountOf(m_database.connection(), article));
    if (!query.exec()) {
        m_error = QCoreApplication::translate("galley::RevisionRepository", "The revision could not be stored: %1").arg(sqlErrorText(query.lastError()));
        return std::nullopt;
    }
    return number;
}

std::optional<int> RevisionRepository::prune(qint64 articleId)
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("DELETE FROM revisions WHERE article_id = :article AND named = 0 "
                       "AND number NOT IN (SELECT number FROM revisions WHERE article_id = :article AND named = 0 "
                       "                   ORDER BY number DESC LIMIT :kept) "
                       "AND number <> (SELECT MAX(number) FROM revisions WHERE article_id = :article) "
                       "AND number NOT IN (SELECT revision_number FROM annotations WHERE article_id = :article) "
                       "AND number NOT IN (SELECT revision_number FROM suggestions WHERE article_id = :article)"));
    query.bindValue(QStringLiteral(":article"), articleId);
    query.bindValue(QStringLiteral(":kept"), std::max(0, m_policy.keptAutosaves));
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return std::nullopt;
    }
    return query.numRowsAffected();
}

std::optional<Revision> RevisionRepository::loadOne(
    qint64 articleId, const QString &where, const QVariantList &binds) const
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM revisions WHERE article_id = ? %2").arg(QLatin1String(RevisionColumns), where));
    query.addBindValue(articleId);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return fromQuery(query);
}

std::optional<Revision> RevisionRepository::load(qint64 articleId, int number) const
{
    return withCharacterCount(loadOne(articleId, QStringLiteral("AND number = ?"), { number }));
}

std::optional<Revision> RevisionRepository::latest(qint64 articleId) const
{
    return withCharacterCount(newest(articleId));
}

std::optional<Revision> RevisionRepository::newest(qint64 articleId) const
{
    return loadOne(articleId, QStringLiteral("ORDER BY number DESC LIMIT 1"), {});
}

QList<Revision> RevisionRepository::list(qint64 articleId) const
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM revisions WHERE article_id = ? ORDER BY number").arg(QLatin1String(RevisionListColumns)));
    query.addBindValue(articleId);
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return {};
    }
    QList<Revision> revisions;
    while (query.next()) {
        Revision revision = *withCharacterCount(fromQuery(query));
        revision.bodyHtml.clear();
        revisions.append(revision);
    }
    return revisions;
}

int RevisionRepository::count(qint64 articleId) const
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM revisions WHERE article_id = ?"));
    query.addBindValue(articleId);
    if (!query.exec() || !query.next()) {
        m_error = sqlErrorText(query.lastError());
        return 0;
    }
    return query.value(0).toInt();
}

RevisionRepository::RestoreResult RevisionRepository::restore(
    Article &article, int number, const QString &author, int *newNumber)
{
    m_error.clear();
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        m_error = transaction.errorString();
        return RestoreResult::Failed;
    }
    const std::optional<Revision> revision = load(article.id, number);
    if (!revision) {
        if (!m_error.isEmpty())
            return RestoreResult::Failed;
        m_error = QCoreApplication::translate("galley::RevisionRepository", "Article %1 has no revision %2.").arg(article.id).arg(number);
        return RestoreResult::NotFound;
    }
    ArticleRepository articles(m_database);
    const std::optional<Article> stored = articles.load(article.id);
    if (!stored) {
        m_error = QCoreApplication::translate("galley::RevisionRepository", "There is no article with id %1.").arg(article.id);
        return RestoreResult::NotFound;
    }
    if (stored->version != article.version) {
        m_error
            = QCoreApplication::translate("galley::RevisionRepository", "The article was changed since this copy was opened (version %1, this copy is version %2); "
                          "nothing was restored.")
                  .arg(stored->version)
                  .arg(article.version);
        return RestoreResult::Conflict;
    }
    // The text being replaced goes into the history first, unsaved edits of this copy included.
    if (!ensureRecorded(article, author, QCoreApplication::translate("galley::RevisionRepository", "Before restoring revision %1").arg(number)))
        return RestoreResult::Failed;

    Article restored = article;
    restored.title = revision->title;
    restored.bodyHtml = revision->bodyHtml;
    switch (articles.save(restored)) {
    case ArticleRepository::SaveResult::Saved:
        break;
    case ArticleRepository::SaveResult::Conflict:
        m_error = articles.errorString();
        return RestoreResult::Conflict;
    case ArticleRepository::SaveResult::NotFound:
        m_error = articles.errorString();
        return RestoreResult::NotFound;
    case ArticleRepository::SaveResult::Failed:
        m_error = articles.errorString();
        return RestoreResult::Failed;
    }
    const std::optional<int> recorded = insert(
        restored, true, author, QCoreApplication::translate("galley::RevisionRepository", "Restored revision %1").arg(number), QDateTime::currentDateTimeUtc());
    if (!recorded)
        return RestoreResult::Failed;
    AnnotationRepository annotations(m_database);
    if (!annotations.reanchorAll(restored.id, restored.bodyText, *recorded)) {
        m_error = annotations.errorString();
        return RestoreResult::Failed;
    }
    SuggestionRepository suggestions(m_database);
    if (!suggestions.reanchorAll(restored.id, restored.bodyText, *recorded)) {
        m_error = suggestions.errorString();
        return RestoreResult::Failed;
    }
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return RestoreResult::Failed;
    }
    article = restored;
    if (newNumber)
        *newNumber = *recorded;
    return RestoreResult::Restored;
}

} // namespace galley
