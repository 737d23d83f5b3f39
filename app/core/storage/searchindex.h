#pragma once

#include <QString>

#include <atomic>

namespace galley {

class Database;
class WriteTransaction;

/// The deferred half of the full-text indexes, on either engine: articles_fts and articles_cjk
/// in a newsroom file, article_search (CJK tokens and the case-folded text under pg_trgm) on a
/// team server.
///
/// Tokenizing a long article into both indexes costs hundreds of milliseconds (a 100,000-
/// character body: 300-500 ms here), far more than a save may take. So a save, a move to the
/// trash or a restore only notes, in search_pending, what the indexes still hold for the
/// article (a trigger, in the save's own transaction: nothing is lost if the program stops);
/// flush() brings the indexes up to date afterwards, one short transaction per article.
/// New articles are indexed as they are inserted, and a purge removes its entries at once. On a
/// team server the server's triggers note every new article and every change of a title or a
/// text, whoever made it (psql too), and any Galley connected brings them up to date; two doing
/// so at once wait for each other per article.
///
/// Searches stay exact: ArticleSearch flushes whatever is pending before it queries, so a
/// search never misses a saved word or finds a deleted one. SearchIndexer does the work in
/// the background first, so that a search seldom finds anything left to do.
class SearchIndex final
{
public:
    explicit SearchIndex(Database &database);

    /// True when some article's index entries are out of date (one indexed lookup).
    [[nodiscard]] bool hasPending() const;
    [[nodiscard]] qint64 pendingCount() const;

    /// Re-indexes up to \a maxArticles pending articles (all of them when negative), each in
    /// its own transaction (a savepoint inside a caller's transaction). Stops early, with what
    /// is done kept, when \a stop becomes true. Returns the number re-indexed, or -1 on failure
    /// (errorString() says why). A read-only connection re-indexes nothing and returns 0.
    int flush(int maxArticles = -1, const std::atomic<bool> *stop = nullptr);

    [[nodiscard]] QString errorString() const { return m_error; }

private:
    bool flushArticle(qint64 id);
    bool flushOnServer(qint64 id, WriteTransaction &transaction);

    Database &m_database;
    mutable QString m_error;
};

} // namespace galley
