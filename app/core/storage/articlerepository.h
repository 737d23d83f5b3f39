#pragma once

#include "model/article.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSqlQuery;
class QVariant;

namespace galley {

class Database;

/// Reads and writes articles (with their related items) on one Database connection.
/// Every write is one transaction. save() uses optimistic concurrency: it succeeds only when
/// the stored version still equals article.version, then bumps it; otherwise it reports
/// SaveResult::Conflict and writes nothing, so a concurrent edit is never overwritten.
/// bodyText and characterCount are derived here from bodyHtml; the search indexes follow through
/// the engine's triggers (see SearchIndex). Slugs are
/// unique: an empty slug is made from the title (pinyin for Chinese, see slugFromTitle()) or
/// becomes "article-<id>", and a taken one gets "-2", "-3", ... appended. Moving to and from
/// the trash bumps the version too (so an editor holding the old copy gets a Conflict), but not
/// updatedAt. Calls made inside a caller's WriteTransaction join it.
class ArticleRepository final
{
public:
    explicit ArticleRepository(Database &database);
    ~ArticleRepository();
    ArticleRepository(const ArticleRepository &) = delete;
    ArticleRepository &operator=(const ArticleRepository &) = delete;

    enum class SaveResult { Saved, Conflict, NotFound, Failed };

    /// Inserts \a article (id must be 0). Fills id, uuid (if empty), slug (if empty),
    /// created/updated time, version = 1 and the derived fields. Returns false on failure.
    [[nodiscard]] bool create(Article &article);
    /// What load() reads of the body: its HTML and its plain-text projection, or the HTML alone
    /// (bodyText left empty: an export reads thousands of bodies and never their plain text).
    enum class BodyText { Read, Skipped };
    /// Loads an article by id, including trashed ones; nullopt if there is none.
    [[nodiscard]] std::optional<Article> load(qint64 id, BodyText bodyText = BodyText::Read) const;
    [[nodiscard]] std::optional<Article> loadByUuid(const QString &uuid) const;
    /// Writes \a article if its version matches the stored one; on Saved, article.version
    /// and updatedAt hold the new values.
    [[nodiscard]] SaveResult save(Article &article);
    /// Writes only \a article's status (with updated_at and the version), if its version matches
    /// the stored one: a workflow move of an unchanged article. On a team server this is all a
    /// reviewer may write to an article.
    [[nodiscard]] SaveResult saveStatus(Article &article);
    /// Moves to the trash (sets deleted_at; the row, its revisions and notes stay).
    [[nodiscard]] bool moveToTrash(qint64 id);
    /// Takes an article back out of the trash.
    [[nodiscard]] bool restoreFromTrash(qint64 id);
    /// Deletes for good (with its revisions, annotations and related rows).
    [[nodiscard]] bool purge(qint64 id);
    /// Copy of an article as a new draft ("<title> (copy)" is up to the caller); returns new id or 0.
    [[nodiscard]] qint64 duplicate(qint64 id, const QString &newTitle);

    /// Number of articles not in the trash.
    [[nodiscard]] qint64 count() const;
    /// Ids of the articles not in the trash with \a state, ascending.
    [[nodiscard]] QList<qint64> idsWithStatus(WorkflowState state) const;
    /// Ids of all articles not in the trash, ascending.
    [[nodiscard]] QList<qint64> allIds() const;

    /// Why the last call failed (one translated sentence or the database's message).
    [[nodiscard]] QString errorString() const;

private:
    bool exec(QSqlQuery &query) const;
    [[nodiscard]] QString uniqueSlug(const QString &base, qint64 selfId) const;
    [[nodiscard]] QString slugFor(const Article &article, qint64 id) const;
    bool writeRelated(qint64 articleId, const QList<RelatedItem> &related) const;
    [[nodiscard]] std::optional<Article> loadWhere(const QString &condition, const QVariant &value) const;
    bool setTrashed(qint64 id, bool trashed);
    [[nodiscard]] QList<qint64> ids(const QString &sql, const QVariant &value) const;

    /// load()'s two statements, prepared once per connection: an export loads thousands of
    /// articles, and preparing them each time cost a tenth of its time.
    struct Statements;
    Database &m_database;
    mutable QString m_error;
    mutable std::unique_ptr<Statements> m_statements;
};

} // namespace galley
