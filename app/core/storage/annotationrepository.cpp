#include "storage/annotationrepository.h"

#include "document/anchoring.h"
#include "storage/articlefields.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace galley {

namespace {

using ArticleFields::text;
using ArticleFields::utcText;
using ArticleFields::fromUtcText;

constexpr auto AnnotationColumns = "id, article_id, parent_id, author, created_at, body, state, quote, prefix, suffix, "
                         "start_offset, end_offset, revision_number";

Annotation fromQuery(const QSqlQuery &query)
{
    Annotation annotation;
    annotation.id = query.value(0).toLongLong();
    annotation.articleId = query.value(1).toLongLong();
    annotation.parentId = query.value(2).isNull() ? 0 : query.value(2).toLongLong();
    annotation.author = query.value(3).toString();
    annotation.createdAt = fromUtcText(query.value(4));
    annotation.body = query.value(5).toString();
    annotation.state
        = query.value(6).toString() == QLatin1String("resolved") ? AnnotationState::Resolved : AnnotationState::Open;
    annotation.anchor.quote = query.value(7).toString();
    annotation.anchor.prefix = query.value(8).toString();
    annotation.anchor.suffix = query.value(9).toString();
    annotation.anchor.start = query.value(10).toLongLong();
    annotation.anchor.end = query.value(11).toLongLong();
    annotation.revisionNumber = query.value(12).toInt();
    return annotation;
}

} // namespace

AnnotationRepository::AnnotationRepository(Database &database)
    : m_database(database)
{ }

QString AnnotationRepository::errorString() const
{
    return m_error;
}

bool AnnotationRepository::create(Annotation &annotation)
{
    m_error.clear();
    if (annotation.body.trimmed().isEmpty()) {
        m_error = QCoreApplication::translate("galley::AnnotationRepository", "A comment needs some text.");
        return false;
    }
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        m_error = transaction.errorString();
        return false;
    }
    Annotation stored = annotation;
    if (stored.parentId != 0) {
        const std::optional<Annotation> parent = load(stored.parentId);
        if (!parent && !m_error.isEmpty()) // not "no such thread": the thread could not be read
            return false;
        if (!parent || parent->articleId != stored.articleId) {
            m_error = QCoreApplication::translate("galley::AnnotationRepository", "There is no thread %1 on article %2 to reply to.")
                          .arg(stored.parentId)
                          .arg(stored.articleId);
            return false;
        }
        stored.parentId = parent->isReply() ? parent->parentId : parent->id;
        stored.anchor = TextAnchor {};
        stored.state = AnnotationState::Open;
        stored.revisionNumber = 0;
    } else if (stored.anchor.quote.isEmpty()) {
        m_error = QCoreApplication::translate("galley::AnnotationRepository", "A comment must be anchored on some text of the article.");
        return false;
    }
    if (!stored.createdAt.isValid())
        stored.createdAt = QDateTime::currentDateTimeUtc();
    stored.createdAt = stored.createdAt.toUTC();

    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO annotations (article_id, parent_id, author, created_at, body, state, quote, "
                       "prefix, suffix, start_offset, end_offset, revision_number) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(stored.articleId);
    query.addBindValue(stored.parentId == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(stored.parentId));
    query.addBindValue(text(stored.author));
    query.addBindValue(utcText(stored.createdAt));
    query.addBindValue(text(stored.body));
    query.addBindValue(annotationStateKey(stored.state));
    query.addBindValue(text(stored.anchor.quote));
    query.addBindValue(text(stored.anchor.prefix));
    query.addBindValue(text(stored.anchor.suffix));
    query.addBindValue(stored.anchor.start);
    query.addBindValue(stored.anchor.end);
    query.addBindValue(stored.revisionNumber);
    if (!query.exec() || !query.next()) {
        // A missing article fails the foreign key.
        m_error = QCoreApplication::translate("galley::AnnotationRepository", "The comment could not be stored: %1").arg(sqlErrorText(query.lastError()));
        return false;
    }
    stored.id = query.value(0).toLongLong();
    query.finish();
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return false;
    }
    annotation = stored;
    return true;
}

std::optional<Annotation> AnnotationRepository::load(qint64 id) const
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM annotations WHERE id = ?").arg(QLatin1String(AnnotationColumns)));
    query.addBindValue(id);
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return fromQuery(query);
}

QList<AnnotationThread> AnnotationRepository::threads(qint64 articleId) const
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // Roots first (in anchor order), then the replies in the order they were written.
    query.prepare(QStringLiteral("SELECT %1 FROM annotations WHERE article_id = ? "
                                 "ORDER BY parent_id IS NOT NULL, start_offset, id")
                      .arg(QLatin1String(AnnotationColumns)));
    query.addBindValue(articleId);
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return {};
    }
    QList<AnnotationThread> result;
    QHash<qint64, qsizetype> rootIndex;
    while (query.next()) {
        const Annotation annotation = fromQuery(query);
        if (!annotation.isReply()) {
            rootIndex.insert(annotation.id, result.size());
            result.append(AnnotationThread { annotation, {} });
        } else if (const auto it = rootIndex.constFind(annotation.parentId); it != rootIndex.constEnd()) {
            result[it.value()].replies.append(annotation);
        }
    }
    return result;
}

std::optional<AnnotationThread> AnnotationRepository::thread(qint64 id) const
{
    std::optional<Annotation> annotation = load(id);
    if (!annotation)
        return std::nullopt;
    const qint64 rootId = annotation->isReply() ? annotation->parentId : annotation->id;
    for (const AnnotationThread &thread : threads(annotation->articleId)) {
        if (thread.id() == rootId)
            return thread;
    }
    return std::nullopt;
}

bool AnnotationRepository::setState(qint64 id, AnnotationState state)
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    // The state lives on the root: resolving from a reply resolves its thread.
    query.prepare(QStringLiteral("UPDATE annotations SET state = ? "
                                 "WHERE id = (SELECT COALESCE(parent_id, id) FROM annotations WHERE id = ?)"));
    query.addBindValue(annotationStateKey(state));
    query.addBindValue(id);
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return false;
    }
    if (query.numRowsAffected() != 1) {
        m_error = QCoreApplication::translate("galley::AnnotationRepository", "There is no comment with id %1.").arg(id);
        return false;
    }
    return true;
}

bool AnnotationRepository::remove(qint64 id)
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return false;
    }
    if (query.numRowsAffected() != 1) {
        m_error = QCoreApplication::translate("galley::AnnotationRepository", "There is no comment with id %1.").arg(id);
        return false;
    }
    return true;
}

bool AnnotationRepository::updateAnchor(qint64 id, const TextAnchor &anchor, int revisionNumber)
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE annotations SET quote = ?, prefix = ?, suffix = ?, start_offset = ?, "
                                 "end_offset = ?, revision_number = ? WHERE id = ? AND parent_id IS NULL"));
    query.addBindValue(text(anchor.quote));
    query.addBindValue(text(anchor.prefix));
    query.addBindValue(text(anchor.suffix));
    query.addBindValue(anchor.start);
    query.addBindValue(anchor.end);
    query.addBindValue(revisionNumber);
    query.addBindValue(id);
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return false;
    }
    if (query.numRowsAffected() != 1) {
        m_error = QCoreApplication::translate("galley::AnnotationRepository", "There is no thread with id %1.").arg(id);
        return false;
    }
    return true;
}

std::optional<AnnotationRepository::ReanchorSummary> AnnotationRepository::reanchorAll(
    qint64 articleId, const QString &bodyText, int revisionNumber)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        m_error = transaction.errorString();
        return std::nullopt;
    }
    const QList<AnnotationThread> all = threads(articleId);
    if (!m_error.isEmpty())
        return std::nullopt;
    ReanchorSummary summary;
    for (const AnnotationThread &thread : all) {
        AnchorMatch match;
        const TextAnchor placed = Anchoring::reanchor(thread.root.anchor, bodyText, &match);
        if (match.isOrphaned()) {
            ++summary.orphaned;
            continue;
        }
        ++(match.method == AnchorMatch::Method::Position && placed == thread.root.anchor ? summary.unchanged
                                                                                         : summary.moved);
        if (!updateAnchor(thread.id(), placed, revisionNumber))
            return std::nullopt;
    }
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return std::nullopt;
    }
    return summary;
}

int AnnotationRepository::openThreadCount(qint64 articleId) const
{
    return openThreadCounts({ articleId }).value(articleId);
}

QHash<qint64, int> AnnotationRepository::openThreadCounts(const QList<qint64> &articleIds) const
{
    m_error.clear();
    return ArticleFields::countPerArticle(
        m_database, "annotations",
        // A suggestion's discussion is counted with the suggestion, not as a comment.
        "parent_id IS NULL AND state = 'open' AND NOT EXISTS "
        "(SELECT 1 FROM suggestions WHERE suggestions.thread_id = annotations.id)",
        articleIds, &m_error);
}

} // namespace galley
