#include "storage/lockrepository.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace galley {

namespace {

const QString Expired = QStringLiteral("heartbeat < now() - interval '%1 seconds'").arg(LockRepository::ExpirySeconds);
const QString Idle = QStringLiteral("last_edit < now() - interval '%1 seconds'").arg(LockRepository::IdleSeconds);

QString epochMs(const char *column)
{
    return QStringLiteral("(extract(epoch FROM %1) * 1000)::bigint").arg(QLatin1String(column));
}

/// The columns lockFrom() reads, in its order. The judgements are the server's, on the
/// server's clock, and follow galley_check_lock(): a chief, the holder's own login, or anyone
/// when the holder is expired or idle may take over.
const QString LockColumns = QStringList {
    QStringLiteral("article_id, holder, login, session"),
    epochMs("since"),
    epochMs("heartbeat"),
    epochMs("last_edit"),
    QStringLiteral("coalesce(requested_by, ''), coalesce(requested_session, ''), coalesce(requested_login, '')"),
    epochMs("requested_at"),
    Expired,
    Idle,
    QStringLiteral("requested_login IS NOT NULL AND (requested_login = login OR %1 OR %2 OR EXISTS (SELECT FROM "
                   "pg_catalog.pg_roles r WHERE r.rolname = requested_login AND pg_catalog.pg_has_role(r.oid, "
                   "'galley_chief', 'MEMBER')))")
        .arg(Expired, Idle),
    QStringLiteral("login = current_user OR %1 OR %2 OR pg_catalog.pg_has_role('galley_chief', 'MEMBER')")
        .arg(Expired, Idle),
}.join(QStringLiteral(", "));

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

EditingLock lockFrom(const QSqlQuery &query)
{
    EditingLock lock;
    lock.articleId = query.value(0).toLongLong();
    lock.holder = query.value(1).toString();
    lock.login = query.value(2).toString();
    lock.session = query.value(3).toString();
    lock.since = timeFrom(query.value(4));
    lock.heartbeat = timeFrom(query.value(5));
    lock.lastEdit = timeFrom(query.value(6));
    lock.requestedBy = query.value(7).toString();
    lock.requestedSession = query.value(8).toString();
    lock.requestedLogin = query.value(9).toString();
    lock.requestedAt = timeFrom(query.value(10));
    lock.expired = query.value(11).toBool();
    lock.idle = query.value(12).toBool();
    lock.requesterMayTakeOver = query.value(13).toBool();
    lock.mayTakeOver = query.value(14).toBool();
    return lock;
}

/// A newsroom file's "lock": the caller's, and nobody else's.
EditingLock ownLock(qint64 articleId, const QString &holder, const QString &session)
{
    EditingLock lock;
    lock.articleId = articleId;
    lock.holder = holder;
    lock.session = session;
    return lock;
}

/// \a ids as a PostgreSQL array literal ({1,2,3}), bound as text and cast.
QString idArray(const QList<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers.append(QString::number(id));
    return QLatin1Char('{') + numbers.join(QLatin1Char(',')) + QLatin1Char('}');
}

} // namespace

LockRepository::LockRepository(Database &database, const QString &session)
    : m_database(database)
    , m_session(session.isEmpty() ? Database::sessionId() : session)
{ }

bool LockRepository::isSupported() const
{
    return m_database.isOpen() && m_database.engine() == Engine::PostgreSQL;
}

LockRepository::TakeOutcome LockRepository::take(qint64 articleId, const QString &holder)
{
    m_error.clear();
    if (!isSupported())
        return { TakeResult::Taken, ownLock(articleId, holder, m_session) };
    // One statement: a free lock is inserted; this session's own, or an expired one, is taken
    // by the update (the server dates it); a live lock of another session is left alone, and
    // read afterwards. A lock released in between is tried once more.
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO article_locks (article_id, holder, session) VALUES (?, ?, ?) "
                                     "ON CONFLICT (article_id) DO UPDATE SET holder = EXCLUDED.holder, session = "
                                     "EXCLUDED.session WHERE article_locks.session = EXCLUDED.session OR "
                                     "article_locks.%1 RETURNING %2")
                          .arg(Expired, LockColumns));
        query.addBindValue(articleId);
        query.addBindValue(holder.isNull() ? QStringLiteral("") : holder);
        query.addBindValue(m_session);
        if (!query.exec()) {
            m_error = sqlErrorText(query.lastError());
            return {};
        }
        if (query.next())
            return { TakeResult::Taken, lockFrom(query) };
        if (const std::optional<EditingLock> other = lock(articleId))
            return { TakeResult::HeldBy, *other };
        if (!m_error.isEmpty())
            return {};
    }
    m_error = QCoreApplication::translate("galley::LockRepository", "The lock changed hands while it was being taken.");
    return {};
}

LockRepository::TakeOutcome LockRepository::takeOver(qint64 articleId, const QString &holder)
{
    m_error.clear();
    if (!isSupported())
        return take(articleId, holder);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE article_locks SET session = ?, holder = ? WHERE article_id = ? RETURNING %1")
                      .arg(LockColumns));
    query.addBindValue(m_session);
    query.addBindValue(holder.isNull() ? QStringLiteral("") : holder);
    query.addBindValue(articleId);
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return {};
    }
    if (query.next())
        return { TakeResult::Taken, lockFrom(query) };
    return take(articleId, holder); // let go meanwhile: free to take
}

LockRepository::HeartbeatOutcome LockRepository::heartbeat(qint64 articleId, bool edited)
{
    m_error.clear();
    if (!isSupported())
        return { HeartbeatResult::Held, ownLock(articleId, {}, m_session) };
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE article_locks SET heartbeat = now()%1 WHERE article_id = ? AND session = ? "
                                 "RETURNING %2")
                      .arg(edited ? QStringLiteral(", last_edit = now()") : QString(), LockColumns));
    query.addBindValue(articleId);
    query.addBindValue(m_session);
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return {};
    }
    if (!query.next())
        return { HeartbeatResult::Lost, {} };
    return { HeartbeatResult::Held, lockFrom(query) };
}

bool LockRepository::release(qint64 articleId)
{
    m_error.clear();
    if (!isSupported())
        return true;
    return run(QStringLiteral("DELETE FROM article_locks WHERE article_id = ? AND session = ?"), { articleId, m_session })
        .has_value();
}

bool LockRepository::requestTakeOver(qint64 articleId, const QString &requester)
{
    m_error.clear();
    if (!isSupported())
        return false;
    const std::optional<int> asked
        = run(QStringLiteral("UPDATE article_locks SET requested_by = ?, requested_session = ? WHERE article_id = ? "
                             "AND session <> ?"),
            { requester.isEmpty() ? QStringLiteral("?") : requester, m_session, articleId, m_session });
    return asked.value_or(0) > 0;
}

bool LockRepository::declineRequest(qint64 articleId)
{
    m_error.clear();
    if (!isSupported())
        return true;
    return run(QStringLiteral("UPDATE article_locks SET requested_by = NULL, requested_session = NULL WHERE "
                              "article_id = ? AND session = ? AND requested_session IS NOT NULL"),
        { articleId, m_session })
        .has_value();
}

std::optional<EditingLock> LockRepository::lock(qint64 articleId)
{
    m_error.clear();
    if (!isSupported())
        return std::nullopt;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM article_locks WHERE article_id = ?").arg(LockColumns));
    query.addBindValue(articleId);
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return lockFrom(query);
}

QHash<qint64, EditingLock> LockRepository::holders(const QList<qint64> &articleIds)
{
    m_error.clear();
    QHash<qint64, EditingLock> locks;
    if (!isSupported() || articleIds.isEmpty())
        return locks;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM article_locks WHERE article_id = ANY(?::bigint[]) AND NOT (%2)")
                      .arg(LockColumns, Expired));
    query.addBindValue(idArray(articleIds));
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return locks;
    }
    while (query.next()) {
        EditingLock lock = lockFrom(query);
        locks.insert(lock.articleId, lock);
    }
    return locks;
}

bool LockRepository::join(qint64 articleId, const QString &name)
{
    m_error.clear();
    if (!isSupported())
        return true;
    return run(QStringLiteral("INSERT INTO presence (session, article_id, name) VALUES (?, ?, ?) "
                              "ON CONFLICT (session, article_id) DO UPDATE SET name = EXCLUDED.name"),
        { m_session, articleId, name.isNull() ? QStringLiteral("") : name })
        .has_value();
}

bool LockRepository::leave(qint64 articleId)
{
    m_error.clear();
    if (!isSupported())
        return true;
    return run(QStringLiteral("DELETE FROM presence WHERE session = ? AND article_id = ?"), { m_session, articleId })
        .has_value();
}

bool LockRepository::heartbeatPresence()
{
    m_error.clear();
    if (!isSupported())
        return true;
    return run(QStringLiteral("UPDATE presence SET heartbeat = now() WHERE session = ?"), { m_session }).has_value();
}

QList<Viewer> LockRepository::viewers(qint64 articleId)
{
    return presence({ articleId }).value(articleId);
}

QHash<qint64, QList<Viewer>> LockRepository::presence(const QList<qint64> &articleIds)
{
    m_error.clear();
    QHash<qint64, QList<Viewer>> viewers;
    if (!isSupported() || articleIds.isEmpty())
        return viewers;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT article_id, session, name, login FROM presence WHERE article_id = "
                                 "ANY(?::bigint[]) AND NOT (%1) ORDER BY article_id, name, session")
                      .arg(Expired));
    query.addBindValue(idArray(articleIds));
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return viewers;
    }
    while (query.next()) {
        Viewer viewer { query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString() };
        viewers[viewer.articleId].append(viewer);
    }
    return viewers;
}

std::optional<int> LockRepository::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return std::nullopt;
    }
    return query.numRowsAffected();
}

bool LockRepository::sweep()
{
    m_error.clear();
    if (!isSupported())
        return true;
    for (const char *table : { "article_locks", "presence" }) {
        QSqlQuery query(m_database.connection());
        if (!query.exec(QStringLiteral("DELETE FROM %1 WHERE %2").arg(QLatin1String(table), Expired))) {
            m_error = sqlErrorText(query.lastError());
            return false;
        }
    }
    return true;
}

} // namespace galley
