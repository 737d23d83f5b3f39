#include "storage/suggestionrepository.h"

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

using ArticleFields::fromUtcText;
using ArticleFields::text;
using ArticleFields::utcText;

constexpr auto SuggestionColumns
    = "id, article_id, group_id, base_version, revision_number, author, login, created_at, kind, quote, prefix, "
      "suffix, start_offset, end_offset, proposed_html, format_before, format_after, state, resolver, "
      "resolver_login, resolved_at, thread_id";

Suggestion suggestionFromQuery(const QSqlQuery &query)
{
    Suggestion suggestion;
    suggestion.id = query.value(0).toLongLong();
    suggestion.articleId = query.value(1).toLongLong();
    suggestion.groupId = query.value(2).toLongLong();
    suggestion.baseVersion = query.value(3).toLongLong();
    suggestion.revisionNumber = query.value(4).toInt();
    suggestion.author = query.value(5).toString();
    suggestion.login = query.value(6).toString();
    suggestion.createdAt = fromUtcText(query.value(7));
    suggestion.kind = suggestionKindFromKey(query.value(8).toString()).value_or(SuggestionKind::Replace);
    suggestion.anchor.quote = query.value(9).toString();
    suggestion.anchor.prefix = query.value(10).toString();
    suggestion.anchor.suffix = query.value(11).toString();
    suggestion.anchor.start = query.value(12).toLongLong();
    suggestion.anchor.end = query.value(13).toLongLong();
    suggestion.proposedHtml = query.value(14).toString();
    suggestion.formatBefore = query.value(15).toString();
    suggestion.formatAfter = query.value(16).toString();
    suggestion.state = suggestionStateFromKey(query.value(17).toString()).value_or(SuggestionState::Open);
    suggestion.resolver = query.value(18).toString();
    suggestion.resolverLogin = query.value(19).toString();
    const QString resolvedAt = query.value(20).toString();
    if (!resolvedAt.isEmpty())
        suggestion.resolvedAt = fromUtcText(resolvedAt);
    suggestion.threadId = query.value(21).isNull() ? 0 : query.value(21).toLongLong();
    return suggestion;
}

/// Why \a suggestion cannot be stored as it is; empty when it can.
QString suggestionInvalidReason(const Suggestion &suggestion)
{
    if (suggestion.anchor.quote.isEmpty())
        return QCoreApplication::translate(
            "galley::SuggestionRepository", "A suggestion must be anchored on some text of the article.");
    switch (suggestion.kind) {
    case SuggestionKind::Insert:
    case SuggestionKind::Replace:
        if (suggestion.proposedHtml.isEmpty())
            return QCoreApplication::translate(
                "galley::SuggestionRepository", "A suggestion to insert or replace needs the proposed text.");
        if (suggestion.kind == SuggestionKind::Replace && suggestion.proposedHtml == suggestion.anchor.quote)
            return QCoreApplication::translate(
                "galley::SuggestionRepository", "The proposed text is the text already there.");
        break;
    case SuggestionKind::Delete:
        if (!suggestion.proposedHtml.isEmpty())
            return QCoreApplication::translate(
                "galley::SuggestionRepository", "A suggestion to delete proposes no text.");
        break;
    case SuggestionKind::Format:
        if (suggestion.formatBefore == suggestion.formatAfter)
            return QCoreApplication::translate(
                "galley::SuggestionRepository", "A formatting suggestion must change the formatting.");
        break;
    }
    return {};
}

} // namespace

SuggestionRepository::SuggestionRepository(Database &database)
    : m_database(database)
{ }

QString SuggestionRepository::errorString() const
{
    return m_error;
}

bool SuggestionRepository::create(Suggestion &suggestion)
{
    m_error = suggestionInvalidReason(suggestion);
    if (!m_error.isEmpty())
        return false;
    Suggestion stored = suggestion;
    if (!stored.createdAt.isValid())
        stored.createdAt = QDateTime::currentDateTimeUtc();
    stored.createdAt = stored.createdAt.toUTC();
    stored.state = SuggestionState::Open;
    stored.resolver.clear();
    stored.resolverLogin.clear();
    stored.resolvedAt = {};

    QSqlQuery query(m_database.connection());
    // login is left to its default: empty in a file, the server's current_user on a team server.
    query.prepare(QStringLiteral(
        "INSERT INTO suggestions (article_id, group_id, base_version, revision_number, author, created_at, kind, "
        "quote, prefix, suffix, start_offset, end_offset, proposed_html, format_before, format_after, state, "
        "thread_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?) RETURNING id, login"));
    query.addBindValue(stored.articleId);
    query.addBindValue(stored.groupId);
    query.addBindValue(stored.baseVersion);
    query.addBindValue(stored.revisionNumber);
    query.addBindValue(text(stored.author));
    query.addBindValue(utcText(stored.createdAt));
    query.addBindValue(suggestionKindKey(stored.kind));
    query.addBindValue(text(stored.anchor.quote));
    query.addBindValue(text(stored.anchor.prefix));
    query.addBindValue(text(stored.anchor.suffix));
    query.addBindValue(stored.anchor.start);
    query.addBindValue(stored.anchor.end);
    query.addBindValue(text(stored.proposedHtml));
    query.addBindValue(text(stored.formatBefore));
    query.addBindValue(text(stored.formatAfter));
    query.addBindValue(stored.threadId == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(stored.threadId));
    if (!query.exec() || !query.next()) {
        // A missing article fails the foreign key; a team server may refuse the login.
        m_error = QCoreApplication::translate("galley::SuggestionRepository", "The suggestion could not be stored: %1")
                      .arg(sqlErrorText(query.lastError()));
        return false;
    }
    stored.id = query.value(0).toLongLong();
    stored.login = query.value(1).toString();
    query.finish();
    suggestion = stored;
    return true;
}

QList<Suggestion> SuggestionRepository::select(const QString &where, const QVariantList &values) const
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM suggestions WHERE %2 ORDER BY start_offset, id")
                      .arg(QLatin1String(SuggestionColumns), where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<Suggestion> result;
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return result;
    }
    while (query.next())
        result.append(suggestionFromQuery(query));
    return result;
}

std::optional<Suggestion> SuggestionRepository::load(qint64 id) const
{
    const QList<Suggestion> found = select(QStringLiteral("id = ?"), { id });
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Suggestion> SuggestionRepository::list(qint64 articleId) const
{
    return select(QStringLiteral("article_id = ?"), { articleId });
}

QList<Suggestion> SuggestionRepository::pending(qint64 articleId) const
{
    return select(QStringLiteral("article_id = ? AND state IN ('open', 'orphaned')"), { articleId });
}

bool SuggestionRepository::resolve(qint64 id, SuggestionState state, const QString &resolver, QDateTime at)
{
    m_error.clear();
    if (state != SuggestionState::Accepted && state != SuggestionState::Rejected) {
        m_error = QCoreApplication::translate(
            "galley::SuggestionRepository", "A suggestion is resolved by accepting or rejecting it.");
        return false;
    }
    if (!at.isValid())
        at = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE suggestions SET state = ?, resolver = ?, resolved_at = ? "
                                 "WHERE id = ? AND state IN ('open', 'orphaned')"));
    query.addBindValue(suggestionStateKey(state));
    query.addBindValue(text(resolver));
    query.addBindValue(utcText(at.toUTC()));
    query.addBindValue(id);
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return false;
    }
    if (query.numRowsAffected() != 1) {
        const std::optional<Suggestion> stored = load(id);
        m_error = stored
            ? QCoreApplication::translate("galley::SuggestionRepository", "Suggestion %1 is already %2.")
                  .arg(id)
                  .arg(stored->state == SuggestionState::Accepted
                          ? QCoreApplication::translate("galley::SuggestionRepository", "accepted")
                          : QCoreApplication::translate("galley::SuggestionRepository", "rejected"))
            : QCoreApplication::translate("galley::SuggestionRepository", "There is no suggestion with id %1.").arg(id);
        return false;
    }
    return true;
}

bool SuggestionRepository::updateAnchor(qint64 id, const TextAnchor &anchor, int revisionNumber, SuggestionState state)
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE suggestions SET quote = ?, prefix = ?, suffix = ?, start_offset = ?, "
                                 "end_offset = ?, revision_number = ?, state = ? "
                                 "WHERE id = ? AND state IN ('open', 'orphaned')"));
    query.addBindValue(text(anchor.quote));
    query.addBindValue(text(anchor.prefix));
    query.addBindValue(text(anchor.suffix));
    query.addBindValue(anchor.start);
    query.addBindValue(anchor.end);
    query.addBindValue(revisionNumber);
    query.addBindValue(suggestionStateKey(state == SuggestionState::Orphaned ? state : SuggestionState::Open));
    query.addBindValue(id);
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return false;
    }
    if (query.numRowsAffected() != 1) {
        m_error
            = QCoreApplication::translate("galley::SuggestionRepository", "There is no pending suggestion with id %1.")
                  .arg(id);
        return false;
    }
    return true;
}

bool SuggestionRepository::setGroup(qint64 id, qint64 groupId)
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE suggestions SET group_id = ? WHERE id = ?"));
    query.addBindValue(groupId);
    query.addBindValue(id);
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return false;
    }
    if (query.numRowsAffected() != 1) {
        m_error
            = QCoreApplication::translate("galley::SuggestionRepository", "There is no suggestion with id %1.").arg(id);
        return false;
    }
    return true;
}

SuggestionRepository::ThreadStart SuggestionRepository::startThread(qint64 id, qint64 threadId)
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    // On PostgreSQL the UPDATE waits for a concurrent first reply's transaction and then reads
    // the row again: thread_id is set by then, so no row matches.
    query.prepare(QStringLiteral("UPDATE suggestions SET thread_id = ? WHERE id = ? AND thread_id IS NULL"));
    query.addBindValue(threadId);
    query.addBindValue(id);
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return ThreadStart::Failed;
    }
    return query.numRowsAffected() == 1 ? ThreadStart::Started : ThreadStart::TakenMeanwhile;
}

bool SuggestionRepository::remove(qint64 id)
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM suggestions WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return false;
    }
    if (query.numRowsAffected() != 1) {
        m_error
            = QCoreApplication::translate("galley::SuggestionRepository", "There is no suggestion with id %1.").arg(id);
        return false;
    }
    return true;
}

std::optional<SuggestionRepository::ReanchorSummary> SuggestionRepository::reanchorAll(
    qint64 articleId, const QString &bodyText, int revisionNumber, qint64 skip)
{
    const QList<Suggestion> all = pending(articleId);
    if (!m_error.isEmpty())
        return std::nullopt;
    ReanchorSummary summary;
    if (all.isEmpty())
        return summary; // the common save: no transaction, one indexed query
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        m_error = transaction.errorString();
        return std::nullopt;
    }
    for (const Suggestion &suggestion : all) {
        if (suggestion.id == skip)
            continue;
        AnchorMatch match;
        const TextAnchor placed = Anchoring::reanchor(suggestion.anchor, bodyText, &match);
        const SuggestionState state = match.isOrphaned() ? SuggestionState::Orphaned : SuggestionState::Open;
        if (match.isOrphaned())
            ++summary.orphaned;
        else
            ++(match.method == AnchorMatch::Method::Position && placed == suggestion.anchor ? summary.unchanged
                                                                                            : summary.moved);
        // Left alone where nothing moved: a save does not rewrite (and announce) every suggestion.
        if (placed == suggestion.anchor && state == suggestion.state)
            continue;
        if (!updateAnchor(suggestion.id, placed, revisionNumber, state))
            return std::nullopt;
    }
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return std::nullopt;
    }
    return summary;
}

int SuggestionRepository::openCount(qint64 articleId) const
{
    return openCounts({ articleId }).value(articleId);
}

QHash<qint64, int> SuggestionRepository::openCounts(const QList<qint64> &articleIds) const
{
    m_error.clear();
    return ArticleFields::countPerArticle(m_database, "suggestions", "state = 'open'", articleIds, &m_error);
}

} // namespace galley
