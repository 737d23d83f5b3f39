#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace galley {

class Database;

/// How many rows of each kind a newsroom holds for a set of articles.
struct NewsroomCounts {
    qint64 articles = 0;
    qint64 revisions = 0;
    qint64 annotations = 0; ///< thread roots and replies
    qint64 events = 0; ///< workflow timeline entries
    qint64 assets = 0;
    qint64 related = 0; ///< entries of the articles' related lists
    qint64 suggestions = 0; ///< reviewers' proposed changes, pending and decided
    qint64 ignoredFindings = 0; ///< copy-desk findings ignored in the articles
    qint64 articleLanguages = 0; ///< articles whose language a person chose
    qint64 dictionaryWords = 0; ///< the newsroom's spelling dictionary
    qint64 settings = 0; ///< the newsroom's settings (its house style)

    friend bool operator==(const NewsroomCounts &, const NewsroomCounts &) = default;
};

/// What a copy did, and what it checked before committing.
struct NewsroomCopyResult {
    /// The source's rows of the copied articles (the skipped ones left out), and its assets.
    NewsroomCounts source;
    /// The same rows counted again on the destination, through its own connection, inside the
    /// copy's transaction: assets count those of the source the destination now holds.
    NewsroomCounts destination;
    /// SHA-256 (hex) of the copied articles on each side: every field `galley show --json`
    /// prints but ids (uuid, slug, title, body_html, status, times, version, trash, ...), their
    /// related items (targets by uuid), annotations (parents by position), revisions and
    /// workflow events; computed by the same code, articles in uuid order.
    QString sourceChecksum;
    QString destinationChecksum;
    qint64 skipped = 0; ///< articles left out because the destination has their uuid (merge)
    qint64 renamedSlugs = 0; ///< merged articles whose slug was taken, given "<slug>-2", ...
    bool keptIds = false; ///< true when the destination was empty and the source's ids were kept
    double seconds = 0; ///< wall time of run()

    [[nodiscard]] bool matches() const
    {
        return source == destination && !sourceChecksum.isEmpty() && sourceChecksum == destinationChecksum;
    }
};

/// Copies a whole newsroom (articles with every column, related items, revisions, annotations,
/// workflow events, suggestions, the copy desk's ignored findings and chosen languages, assets,
/// the spelling dictionary and the settings) from one Database to another, on either engine in either
/// direction: file to team server, server to file, file to file, server to server.
///
/// Contract:
/// - The source is only read, in one snapshot (a read transaction): a newsroom open elsewhere
///   may go on being edited meanwhile. Open it with Database::openReadOnly().
/// - Everything is written in one transaction on the destination, committed only after the
///   counts and the checksum of what was written, read back through the destination's own
///   connection, equal the source's. Any failure (including a mismatch) rolls it back: the
///   destination is left exactly as it was.
/// - A destination holding any article is refused unless merge is set; then articles whose
///   uuid it already has are skipped with their revisions, annotations and events (their
///   related items included), and a taken slug gets "-2", "-3", ... as ArticleRepository does.
/// - Into an empty destination the source's ids are kept (on PostgreSQL the identity sequences
///   are then moved past them, so the next article gets a fresh id); otherwise new ids are
///   given and every reference (related targets, annotation parents) is mapped to them. A
///   related item pointing at a skipped article points at the destination's article of that
///   uuid.
/// - Search: on a team server article_search gets, for every copied article, the row
///   PostgresSearch::writeTerms() would write (PostgresSearch::searchRow()), and no pending mark
///   is left; in a newsroom file the full-text triggers index the live articles as they are
///   inserted, and trashed ones stay out, as the file keeps them.
/// - Server rules: into an empty team newsroom whose tables the login owns, as a chief, Galley's
///   own triggers on the copied tables (search marks, change announcements, the article check,
///   which passes anything a chief adds) are off during the copy and on again before the
///   commit, and the search indexes are built once at the end; other logins' copies go through
///   every trigger. Triggers of the DBA's own stay on.
/// - Speed: a page of 500 articles (with their rows of the other tables) at a time. Into a file,
///   a hundred to five hundred rows per INSERT through statements prepared once; into a server,
///   one COPY FROM STDIN per table and page (PostgresCopyWriter), made into COPY text and search
///   rows on one thread while the next page is read and sent on another while the server
///   stores, with the values compressed with lz4 where the server has it
///   (default_toast_compression for this transaction only; they read back the same).
///
/// Lives on the thread that owns both Databases; run() blocks until it is done.
class NewsroomCopy final
{
    Q_DECLARE_TR_FUNCTIONS(galley::NewsroomCopy)

public:
    enum class Failure {
        None,
        DestinationNotEmpty, ///< the destination has articles and merge is off
        Mismatch, ///< what was written does not read back as the source (rolled back)
        Database, ///< a statement failed (permissions, constraints, connection lost...)
    };

    /// Called after each page: articles handled so far (copied or skipped) and the total.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    /// The long steps after the rows are written, each announced as it begins, so that a
    /// caller can say why a copy whose articles are all written is still running.
    enum class Stage {
        BuildingSearchIndexes, ///< a team server builds the search indexes dropped for the copy
        Verifying, ///< the destination's rows are counted and checksummed through its connection
    };
    using StageStarted = std::function<void(Stage stage)>;

    NewsroomCopy(Database &source, Database &destination);
    ~NewsroomCopy();
    NewsroomCopy(const NewsroomCopy &) = delete;
    NewsroomCopy &operator=(const NewsroomCopy &) = delete;

    /// Merge into a destination that already has articles (see the class comment).
    void setMerge(bool merge);
    void setProgress(Progress progress);
    void setStageStarted(StageStarted stageStarted);

    /// Copies. True when the copy was committed; then result() holds what it did.
    [[nodiscard]] bool run();

    [[nodiscard]] const NewsroomCopyResult &result() const;
    [[nodiscard]] Failure failure() const;
    /// Why run() failed: one translated sentence naming the newsroom and the reason.
    [[nodiscard]] QString errorString() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// The schema version the newsroom at \a location holds, read without writing anything: 0 for
/// a missing or empty file or a database without any table, the stored version otherwise
/// (Galley's or not). nullopt when it cannot be read (unreachable server, unreadable file):
/// Database::initialize() then says why. galley admin init reports with it what initialize()
/// did (created, migrated from, already at), which Database does not tell.
[[nodiscard]] std::optional<int> storedSchemaVersion(const QString &location, const QString &password = {});

} // namespace galley
