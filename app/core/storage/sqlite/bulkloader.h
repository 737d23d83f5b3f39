#pragma once

#include "model/annotation.h"
#include "model/article.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace galley {

class Database;

/// Writes many articles into a newsroom at once (an archive import, the benchmark's generated
/// newsrooms). Each add*() stores what the repository call named beside it would store, so the
/// result is an ordinary newsroom: the same rows, the same full-text search. What differs is
/// the cost: everything goes into one transaction through prepared statements, and the two
/// full-text indexes are filled once, in finish(), instead of row by row by their triggers.
///
/// Use: begin(), add*() as often as needed, finish(). Nothing is visible to other connections
/// before finish() succeeds; a failed finish(), rollback() or the destructor leave the newsroom
/// as it was before begin(). Between begin() and finish() use the Database for nothing else:
/// the full-text triggers are off, so text changed there would not be re-indexed.
///
/// Into a newsroom without any article (a new file) that no other connection has open, the
/// load runs with the rollback journal in memory and without fsync, which is several times
/// faster, and the two full-text indexes are filled on two threads of their own while the rows
/// come (in scratch databases beside the newsroom, "<file>.articles_fts.scratch" and
/// ".articles_cjk.scratch", copied in and deleted by finish(); a crash can leave them behind,
/// and the next bulk load into that file replaces them). Should copying them in fail, and
/// rebuilding the indexes after that fail too, the articles stay stored and pending, found once
/// the background indexer or the first search has caught up (a warning says so). A crash or power cut during such a load leaves a damaged file (there was nothing in
/// it to lose); rollback() still works. finish() switches back to write-ahead logging. Loading
/// into a newsroom that already has articles keeps WAL and full durability throughout.
/// Lives on the thread that owns the Database.
class BulkLoader final
{
public:
    explicit BulkLoader(Database &database);
    ~BulkLoader();
    BulkLoader(const BulkLoader &) = delete;
    BulkLoader &operator=(const BulkLoader &) = delete;

    /// When the added articles get into the full-text indexes.
    enum class Indexing {
        Now,      ///< both indexes hold every added article when finish() returns
        Deferred, ///< the added articles are left pending (search_pending), as a save leaves an
                  ///< article: SearchIndexer indexes them in the background, and a search
                  ///< first indexes whatever is still pending. For a newsroom that must open
                  ///< at once and is not searched yet (the benchmark's million-article list).
    };

    /// Starts the load (takes the write lock). False when the newsroom is not open, is read-only,
    /// is already inside a transaction, or is locked by another writer (see errorString()).
    [[nodiscard]] bool begin(Indexing indexing = Indexing::Now);
    [[nodiscard]] bool isActive() const;
    /// True when begin() found a new, empty newsroom and switched to the fast, non-durable mode.
    [[nodiscard]] bool isFastMode() const;

    /// As ArticleRepository::create(): \a article.id must be 0; fills id, uuid (if empty), slug
    /// (made unique as create() does), version 1 and the derived fields (bodyText,
    /// characterCount). Unlike create(), valid createdAt and updatedAt are kept (an import
    /// carries its archive's dates; an invalid updatedAt becomes createdAt, an invalid
    /// createdAt now). deletedAt is ignored: articles are added live.
    [[nodiscard]] bool addArticle(Article &article);
    /// As RevisionRepository::record() with RevisionKind::Save on an article without newer
    /// history: stores \a article's title, body and status as the next named revision, by
    /// \a author at \a at (now when invalid). Returns its number.
    [[nodiscard]] std::optional<int> addRevision(
        const Article &article, const QString &author, const QString &note = {}, const QDateTime &at = {});
    /// As AnnotationRepository::create(): a thread root (parentId 0, non-empty quote) or a reply
    /// (joins the root of its parent's thread). Fills id and createdAt (now, unless set).
    [[nodiscard]] bool addAnnotation(Annotation &annotation);

    /// Indexes the added articles (or leaves them pending, see begin()), restores the triggers
    /// and the journal, and commits. False on failure, with everything rolled back.
    [[nodiscard]] bool finish();
    /// Abandons the load: the newsroom is left as it was before begin().
    void rollback();

    [[nodiscard]] qint64 articleCount() const;
    /// Why the last call failed (the database's message or one translated sentence).
    [[nodiscard]] QString errorString() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace galley
