#include "storage/articlerepository.h"
#include "storage/revisionrepository.h"

#include "model/slug.h"
#include "storage/articlefields.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace galley {

namespace {

using ArticleFields::fromUtcText;
using ArticleFields::joinTags;
using ArticleFields::splitTags;
using ArticleFields::text;
using ArticleFields::utcText;

constexpr auto ArticleColumns = "id, uuid, slug, title, subtitle, summary, body_html, body_text, byline, source, "
                                "editor, desk, tags, status, publish_at, views, char_count, created_at, updated_at, "
                                "version, deleted_at";
// The same columns in the same places, the plain text left out (ArticleRepository::BodyText).
constexpr auto ArticleColumnsWithoutText = "id, uuid, slug, title, subtitle, summary, body_html, '' AS body_text, byline, "
                                           "source, editor, desk, tags, status, publish_at, views, char_count, created_at, "
                                           "updated_at, version, deleted_at";

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}


Article articleFrom(const QSqlQuery &query)
{
    Article article;
    article.id = query.value(0).toLongLong();
    article.uuid = query.value(1).toString();
    article.slug = query.value(2).toString();
    article.title = query.value(3).toString();
    article.subtitle = query.value(4).toString();
    article.summary = query.value(5).toString();
    article.bodyHtml = query.value(6).toString();
    article.bodyText = query.value(7).toString();
    article.byline = query.value(8).toString();
    article.source = query.value(9).toString();
    article.editor = query.value(10).toString();
    article.desk = query.value(11).toString();
    article.tags = splitTags(query.value(12).toString());
    article.status = workflowStateFromKey(query.value(13).toString()).value_or(WorkflowState::Draft);
    article.publishAt = query.value(14).toString();
    article.views = optionalInt(query.value(15));
    article.characterCount = query.value(16).toLongLong();
    article.createdAt = fromUtcText(query.value(17));
    article.updatedAt = fromUtcText(query.value(18));
    article.version = query.value(19).toLongLong();
    article.deletedAt = fromUtcText(query.value(20));
    return article;
}

} // namespace

struct ArticleRepository::Statements {
    Statements(const QSqlDatabase &connection, int generation)
        : connectionName(connection.connectionName())
        , generation(generation)
        , article(connection)
        , articleWithoutText(connection)
        , related(connection)
    {
    }
    QString connectionName;
    int generation;
    QSqlQuery article;
    QSqlQuery articleWithoutText;
    QSqlQuery related;
};

ArticleRepository::ArticleRepository(Database &database)
    : m_database(database)
{ }

ArticleRepository::~ArticleRepository() = default;

QString ArticleRepository::errorString() const
{
    return m_error;
}

bool ArticleRepository::exec(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    m_error = sqlErrorText(query.lastError());
    return false;
}

QString ArticleRepository::uniqueSlug(const QString &base, qint64 selfId) const
{
    QSqlQuery query(m_database.connection());
    if (m_database.engine() == Engine::PostgreSQL) {
        // slug has the "C" collation there, so the prefix LIKE is a range scan of its index.
        query.prepare(QStringLiteral("SELECT slug FROM articles WHERE (slug = ? OR slug LIKE ?) AND id <> ?"));
        query.addBindValue(base);
        query.addBindValue(ArticleFields::likeEscaped(base) + QStringLiteral("-%"));
    } else {
        query.prepare(QStringLiteral("SELECT slug FROM articles WHERE (slug = ? OR slug GLOB ?) AND id <> ?"));
        query.addBindValue(base);
        query.addBindValue(ArticleFields::globEscaped(base) + QStringLiteral("-[0-9]*"));
    }
    query.addBindValue(selfId);
    if (!exec(query))
        return {};
    QSet<QString> taken;
    while (query.next())
        taken.insert(query.value(0).toString());
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + QLatin1Char('-') + QString::number(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

// Picks the slug to store: the given one (made unique), or one from the title, or article-<id>.
QString ArticleRepository::slugFor(const Article &article, qint64 id) const
{
    QString base = article.slug.trimmed();
    if (base.isEmpty())
        base = slugFromTitle(article.title);
    if (base.isEmpty())
        base = QStringLiteral("article-%1").arg(id);
    return uniqueSlug(base, id);
}

bool ArticleRepository::writeRelated(qint64 articleId, const QList<RelatedItem> &related) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM related WHERE article_id = ?"));
    query.addBindValue(articleId);
    if (!exec(query))
        return false;
    query.prepare(QStringLiteral("INSERT INTO related (article_id, position, target_article_id, title, summary, "
                                 "published_at, views, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype position = 0; position < related.size(); ++position) {
        const RelatedItem &item = related.at(position);
        query.addBindValue(articleId);
        query.addBindValue(qint64(position));
        query.addBindValue(nullable(item.targetArticleId));
        query.addBindValue(text(item.title));
        query.addBindValue(text(item.summary));
        query.addBindValue(text(item.publishedAt));
        query.addBindValue(nullable(item.views));
        query.addBindValue(text(item.url));
        if (!exec(query))
            return false;
    }
    return true;
}

bool ArticleRepository::create(Article &article)
{
    m_error.clear();
    if (article.id != 0) {
        m_error = QCoreApplication::translate("galley::ArticleRepository", "This article already exists (id %1).").arg(article.id);
        return false;
    }
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        m_error = transaction.errorString();
        return false;
    }
    Article created = article;
    ArticleFields::derive(created);
    if (created.uuid.isEmpty())
        created.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    created.createdAt = created.updatedAt = QDateTime::currentDateTimeUtc();
    created.version = 1;
    created.deletedAt = {};

    // The slug is settled before the insert, except for the "article-<id>" fallback, which needs
    // the id: until then the row carries its uuid (unique too) as a placeholder slug.
    QString base = created.slug.trimmed();
    if (base.isEmpty())
        base = slugFromTitle(created.title);
    created.slug = base.isEmpty() ? created.uuid : uniqueSlug(base, 0);
    if (created.slug.isEmpty())
        return false;

    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO articles (uuid, slug, title, subtitle, summary, body_html, body_text, byline, source, editor, "
        "desk, tags, status, publish_at, views, char_count, created_at, updated_at, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"));
    query.addBindValue(created.uuid);
    query.addBindValue(text(created.slug));
    query.addBindValue(text(created.title));
    query.addBindValue(text(created.subtitle));
    query.addBindValue(text(created.summary));
    query.addBindValue(text(created.bodyHtml));
    query.addBindValue(text(created.bodyText));
    query.addBindValue(text(created.byline));
    query.addBindValue(text(created.source));
    query.addBindValue(text(created.editor));
    query.addBindValue(text(created.desk));
    query.addBindValue(text(joinTags(created.tags)));
    query.addBindValue(workflowStateKey(created.status));
    query.addBindValue(text(created.publishAt));
    query.addBindValue(nullable(created.views));
    query.addBindValue(created.characterCount);
    query.addBindValue(utcText(created.createdAt));
    query.addBindValue(utcText(created.updatedAt));
    if (!exec(query) || !query.next())
        return false;
    created.id = query.value(0).toLongLong();
    query.finish();

    if (base.isEmpty()) {
        created.slug = uniqueSlug(QStringLiteral("article-%1").arg(created.id), created.id);
        query.prepare(QStringLiteral("UPDATE articles SET slug = ? WHERE id = ?"));
        query.addBindValue(text(created.slug));
        query.addBindValue(created.id);
        if (created.slug.isEmpty() || !exec(query))
            return false;
    }
    if (!writeRelated(created.id, created.related))
        return false;
    query.finish();
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return false;
    }
    article = created;
    return true;
}

namespace {

constexpr auto RelatedQuery = "SELECT target_article_id, title, summary, published_at, views, url FROM related "
                              "WHERE article_id = ? ORDER BY position";

void readRelated(QSqlQuery &query, Article &article)
{
    while (query.next()) {
        RelatedItem item;
        item.targetArticleId = optionalInt(query.value(0));
        item.title = query.value(1).toString();
        item.summary = query.value(2).toString();
        item.publishedAt = query.value(3).toString();
        item.views = optionalInt(query.value(4));
        item.url = query.value(5).toString();
        article.related.append(item);
    }
}

} // namespace

std::optional<Article> ArticleRepository::loadWhere(const QString &condition, const QVariant &value) const
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM articles WHERE %2").arg(QLatin1String(ArticleColumns), condition));
    query.addBindValue(value);
    if (!exec(query) || !query.next())
        return std::nullopt;
    Article article = articleFrom(query);
    query.finish();

    query.prepare(QLatin1String(RelatedQuery));
    query.addBindValue(article.id);
    if (!exec(query))
        return std::nullopt;
    readRelated(query, article);
    return article;
}

std::optional<Article> ArticleRepository::load(qint64 id, BodyText bodyText) const
{
    m_error.clear();
    const QSqlDatabase connection = m_database.connection();
    if (!m_statements || m_statements->connectionName != connection.connectionName()
        || m_statements->generation != m_database.connectionGeneration()) {
        auto statements = std::make_unique<Statements>(connection, m_database.connectionGeneration());
        statements->article.setForwardOnly(true);
        statements->articleWithoutText.setForwardOnly(true);
        statements->related.setForwardOnly(true);
        if (!statements->article.prepare(QStringLiteral("SELECT %1 FROM articles WHERE id = ?").arg(QLatin1String(ArticleColumns)))
            || !statements->articleWithoutText.prepare(
                QStringLiteral("SELECT %1 FROM articles WHERE id = ?").arg(QLatin1String(ArticleColumnsWithoutText)))
            || !statements->related.prepare(QLatin1String(RelatedQuery))) {
            m_error = statements->article.lastError().isValid()          ? sqlErrorText(statements->article.lastError())
                : statements->articleWithoutText.lastError().isValid() ? sqlErrorText(statements->articleWithoutText.lastError())
                                                                        : sqlErrorText(statements->related.lastError());
            return std::nullopt;
        }
        m_statements = std::move(statements);
    }
    QSqlQuery &query = bodyText == BodyText::Read ? m_statements->article : m_statements->articleWithoutText;
    query.bindValue(0, id);
    if (!exec(query) || !query.next()) {
        query.finish();
        return std::nullopt;
    }
    Article article = articleFrom(query);
    query.finish(); // no read left open between calls
    QSqlQuery &related = m_statements->related;
    related.bindValue(0, id);
    if (!exec(related))
        return std::nullopt;
    readRelated(related, article);
    related.finish();
    return article;
}

std::optional<Article> ArticleRepository::loadByUuid(const QString &uuid) const
{
    return loadWhere(QStringLiteral("uuid = ?"), uuid);
}

ArticleRepository::SaveResult ArticleRepository::save(Article &article)
{
    m_error.clear();
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        m_error = transaction.errorString();
        return SaveResult::Failed;
    }
    if (!RevisionRepository::takeArticleTurn(m_database, article.id, &m_error))
        return SaveResult::Failed;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT version, slug FROM articles WHERE id = ?"));
    query.addBindValue(article.id);
    if (!exec(query))
        return SaveResult::Failed;
    if (!query.next()) {
        m_error = QCoreApplication::translate("galley::ArticleRepository", "There is no article with id %1.").arg(article.id);
        return SaveResult::NotFound;
    }
    const qint64 storedVersion = query.value(0).toLongLong();
    const QString storedSlug = query.value(1).toString();
    query.finish();
    if (storedVersion != article.version) {
        m_error = QCoreApplication::translate("galley::ArticleRepository", "The article was changed elsewhere (version %1, this copy is version %2).")
                      .arg(QString::number(storedVersion), QString::number(article.version));
        return SaveResult::Conflict;
    }

    Article saved = article;
    ArticleFields::derive(saved);
    saved.updatedAt = QDateTime::currentDateTimeUtc();
    saved.slug = saved.slug.trimmed() == storedSlug ? storedSlug : slugFor(saved, saved.id);
    if (saved.slug.isEmpty())
        return SaveResult::Failed;

    query.prepare(QStringLiteral(
        "UPDATE articles SET slug = ?, title = ?, subtitle = ?, summary = ?, body_html = ?, body_text = ?, "
        "byline = ?, source = ?, editor = ?, desk = ?, tags = ?, status = ?, publish_at = ?, views = ?, "
        "char_count = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"));
    query.addBindValue(text(saved.slug));
    query.addBindValue(text(saved.title));
    query.addBindValue(text(saved.subtitle));
    query.addBindValue(text(saved.summary));
    query.addBindValue(text(saved.bodyHtml));
    query.addBindValue(text(saved.bodyText));
    query.addBindValue(text(saved.byline));
    query.addBindValue(text(saved.source));
    query.addBindValue(text(saved.editor));
    query.addBindValue(text(saved.desk));
    query.addBindValue(text(joinTags(saved.tags)));
    query.addBindValue(workflowStateKey(saved.status));
    query.addBindValue(text(saved.publishAt));
    query.addBindValue(nullable(saved.views));
    query.addBindValue(saved.characterCount);
    query.addBindValue(utcText(saved.updatedAt));
    query.addBindValue(saved.id);
    query.addBindValue(storedVersion);
    if (!exec(query))
        return SaveResult::Failed;
    if (query.numRowsAffected() != 1) {
        m_error = QCoreApplication::translate("galley::ArticleRepository", "The article was changed elsewhere.");
        return SaveResult::Conflict;
    }
    if (!writeRelated(saved.id, saved.related))
        return SaveResult::Failed;
    query.finish();
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return SaveResult::Failed;
    }
    saved.version = storedVersion + 1;
    article = saved;
    return SaveResult::Saved;
}

ArticleRepository::SaveResult ArticleRepository::saveStatus(Article &article)
{
    m_error.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!RevisionRepository::takeArticleTurn(m_database, article.id, &m_error))
        return SaveResult::Failed;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE articles SET status = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"));
    query.addBindValue(workflowStateKey(article.status));
    query.addBindValue(utcText(now));
    query.addBindValue(article.id);
    query.addBindValue(article.version);
    if (!exec(query))
        return SaveResult::Failed;
    if (query.numRowsAffected() != 1) {
        query.finish();
        query.prepare(QStringLiteral("SELECT version FROM articles WHERE id = ?"));
        query.addBindValue(article.id);
        if (!exec(query))
            return SaveResult::Failed;
        if (!query.next()) {
            m_error = QCoreApplication::translate("galley::ArticleRepository", "There is no article with id %1.").arg(article.id);
            return SaveResult::NotFound;
        }
        m_error = QCoreApplication::translate("galley::ArticleRepository", "The article was changed elsewhere (version %1, this copy is version %2).")
                      .arg(QString::number(query.value(0).toLongLong()), QString::number(article.version));
        return SaveResult::Conflict;
    }
    article.version += 1;
    article.updatedAt = QDateTime::fromString(utcText(now), Qt::ISODateWithMs);
    return SaveResult::Saved;
}

bool ArticleRepository::setTrashed(qint64 id, bool trashed)
{
    m_error.clear();
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        m_error = transaction.errorString();
        return false;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(trashed ? QStringLiteral("UPDATE articles SET deleted_at = ?, version = version + 1 "
                                           "WHERE id = ? AND deleted_at IS NULL")
                          : QStringLiteral("UPDATE articles SET deleted_at = NULL, version = version + 1 "
                                           "WHERE id = ? AND deleted_at IS NOT NULL"));
    if (trashed)
        query.addBindValue(utcText(QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    if (!exec(query))
        return false;
    if (query.numRowsAffected() == 0) {
        // Already where it should be is fine; a missing article is not.
        query.prepare(QStringLiteral("SELECT 1 FROM articles WHERE id = ?"));
        query.addBindValue(id);
        if (!exec(query))
            return false;
        if (!query.next()) {
            m_error = QCoreApplication::translate("galley::ArticleRepository", "There is no article with id %1.").arg(id);
            return false;
        }
    }
    query.finish();
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return false;
    }
    return true;
}

bool ArticleRepository::moveToTrash(qint64 id)
{
    return setTrashed(id, true);
}

bool ArticleRepository::restoreFromTrash(qint64 id)
{
    return setTrashed(id, false);
}

bool ArticleRepository::purge(qint64 id)
{
    m_error.clear();
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        m_error = transaction.errorString();
        return false;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM articles WHERE id = ?"));
    query.addBindValue(id);
    if (!exec(query))
        return false;
    if (query.numRowsAffected() != 1) {
        m_error = QCoreApplication::translate("galley::ArticleRepository", "There is no article with id %1.").arg(id);
        return false;
    }
    query.finish();
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return false;
    }
    return true;
}

qint64 ArticleRepository::duplicate(qint64 id, const QString &newTitle)
{
    std::optional<Article> original = load(id);
    if (!original) {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("galley::ArticleRepository", "There is no article with id %1.").arg(id);
        return 0;
    }
    Article copy = *original;
    copy.id = 0;
    copy.uuid.clear();
    copy.slug.clear();
    if (!newTitle.isEmpty())
        copy.title = newTitle;
    // A copy starts its own life: a draft, never seen, not scheduled, not in the trash.
    copy.status = WorkflowState::Draft;
    copy.views.reset();
    copy.publishAt.clear();
    copy.deletedAt = {};
    return create(copy) ? copy.id : 0;
}

qint64 ArticleRepository::count() const
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM articles WHERE deleted_at IS NULL"));
    if (!exec(query) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QList<qint64> ArticleRepository::ids(const QString &sql, const QVariant &value) const
{
    m_error.clear();
    QList<qint64> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (value.isValid())
        query.addBindValue(value);
    if (!exec(query))
        return result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

QList<qint64> ArticleRepository::idsWithStatus(WorkflowState state) const
{
    return ids(QStringLiteral("SELECT id FROM articles WHERE status = ? AND deleted_at IS NULL ORDER BY id"),
        workflowStateKey(state));
}

QList<qint64> ArticleRepository::allIds() const
{
    return ids(QStringLiteral("SELECT id FROM articles WHERE deleted_at IS NULL ORDER BY id"), {});
}

} // namespace galley
