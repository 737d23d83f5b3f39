#include "storage/searchindex.h"

#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/postgres/postgressearch.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace galley {

namespace {

constexpr const char *Indexes[] = { "articles_fts", "articles_cjk" };

} // namespace

SearchIndex::SearchIndex(Database &database)
    : m_database(database)
{
}

bool SearchIndex::hasPending() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_pending)")) && query.next()
        && query.value(0).toBool();
}

qint64 SearchIndex::pendingCount() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM search_pending")) || !query.next()) {
        m_error = sqlErrorText(query.lastError());
        return -1;
    }
    return query.value(0).toLongLong();
}

int SearchIndex::flush(int maxArticles, const std::atomic<bool> *stop)
{
    m_error.clear();
    // A reviewer on a team server may not write the search rows: the editors' Galley do.
    if (m_database.isReadOnly()
        || (m_database.engine() == Engine::PostgreSQL && !roleMayEdit(m_database.serverRole().value_or(Role::Reviewer))))
        return 0;
    int done = 0;
    while (maxArticles < 0 || done < maxArticles) {
        if (stop && stop->load())
            break;
        QSqlQuery next(m_database.connection());
        if (!next.exec(QStringLiteral("SELECT article_id FROM search_pending LIMIT 1"))) {
            m_error = sqlErrorText(next.lastError());
            return -1;
        }
        if (!next.next())
            break;
        const qint64 id = next.value(0).toLongLong();
        next.finish();
        if (!flushArticle(id))
            return -1;
        ++done;
    }
    return done;
}

bool SearchIndex::flushArticle(qint64 id)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        m_error = transaction.errorString();
        return false;
    }
    if (m_database.engine() == Engine::PostgreSQL)
        return flushOnServer(id, transaction);
    QSqlQuery query(m_database.connection());
    auto exec = [&](const QString &sql, const QVariantList &binds) {
        query.prepare(sql);
        for (const QVariant &value : binds)
            query.addBindValue(value);
        if (query.exec())
            return true;
        m_error = sqlErrorText(query.lastError());
        return false;
    };
    // Read inside the transaction: another connection may have indexed it meanwhile.
    if (!exec(QStringLiteral("SELECT indexed, title, body_text FROM search_pending WHERE article_id = ?"), { id }))
        return false;
    if (!query.next())
        return true;
    const bool indexed = query.value(0).toBool();
    const QVariant title = query.value(1);
    const QVariant body = query.value(2);
    query.finish();
    for (const char *index : Indexes) {
        const QString name = QLatin1String(index);
        if (indexed
            && !exec(QStringLiteral("INSERT INTO %1(%1, rowid, title, body_text) VALUES ('delete', ?, ?, ?)").arg(name),
                { id, title, body }))
            return false;
        if (!exec(QStringLiteral("INSERT INTO %1(rowid, title, body_text) SELECT id, title, body_text FROM articles "
                                 "WHERE id = ? AND deleted_at IS NULL")
                      .arg(name),
                { id }))
            return false;
    }
    if (!exec(QStringLiteral("DELETE FROM search_pending WHERE article_id = ?"), { id }))
        return false;
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return false;
    }
    return true;
}

bool SearchIndex::flushOnServer(qint64 id, WriteTransaction &transaction)
{
    QSqlQuery query(m_database.connection());
    // The pending row is locked while its article is indexed: another desk indexing the same
    // article waits here, then finds it done.
    // The article is held too: a save meanwhile waits, then marks it pending again (the mark
    // it would otherwise find still here, and leave, is about to go).
    query.prepare(QStringLiteral("SELECT a.title, a.body_text FROM search_pending p JOIN articles a ON a.id = p.article_id "
                                 "WHERE p.article_id = ? FOR UPDATE OF p FOR SHARE OF a"));
    query.addBindValue(id);
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return false;
    }
    if (query.next()) {
        const QString title = query.value(0).toString();
        const QString body = query.value(1).toString();
        query.finish();
        // Writes the article's search row and clears its pending entry.
        if (!PostgresSearch::writeTerms(m_database.connection(), id, title, body, &m_error))
            return false;
    }
    query.finish();
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return false;
    }
    return true;
}

} // namespace galley
