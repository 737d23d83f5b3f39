#pragma once

// Helpers shared by the exporting tests: a real newsroom file in a temporary folder, filled
// with articles whose times are fixed (so that exports can be compared byte for byte).

#include "model/article.h"
#include "storage/articlerepository.h"
#include "storage/assetrepository.h"
#include "storage/database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace galley::test {

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QString exportData(const QString &name)
{
    return QStringLiteral(GALLEY_TEST_DATA "/export/") + name;
}

/// Every file under \a root (hidden ones too): relative path -> bytes.
inline QMap<QString, QByteArray> readTree(const QString &root)
{
    QMap<QString, QByteArray> tree;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        tree.insert(QDir(root).relativeFilePath(path), readFile(path));
    }
    return tree;
}

/// Storage binds a null QString as SQL NULL, which the NOT NULL text columns refuse; fixtures
/// always hand it empty-but-not-null strings.
inline QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

inline RelatedItem related(std::optional<qint64> target, const QString &title, const QString &summary = {},
                           const QString &publishedAt = {}, std::optional<qint64> views = {}, const QString &url = {})
{
    return RelatedItem{target, nonNull(title), nonNull(summary), nonNull(publishedAt), views, nonNull(url)};
}

/// The article of the sample fixture (tests/data/export/sample-article.json).
inline Article articleFromJson(const QJsonObject &json)
{
    Article article;
    article.uuid = json.value(QLatin1String("uuid")).toString();
    article.slug = json.value(QLatin1String("slug")).toString();
    article.title = json.value(QLatin1String("title")).toString();
    article.subtitle = json.value(QLatin1String("subtitle")).toString();
    article.summary = json.value(QLatin1String("summary")).toString();
    article.bodyHtml = json.value(QLatin1String("body_html")).toString();
    article.byline = json.value(QLatin1String("byline")).toString();
    article.source = json.value(QLatin1String("source")).toString();
    article.editor = json.value(QLatin1String("editor")).toString();
    article.desk = json.value(QLatin1String("desk")).toString();
    for (const QJsonValue &tag : json.value(QLatin1String("tags")).toArray())
        article.tags.append(tag.toString());
    article.status = workflowStateFromKey(json.value(QLatin1String("status")).toString()).value_or(WorkflowState::Draft);
    article.publishAt = json.value(QLatin1String("publish_at")).toString();
    if (json.value(QLatin1String("views")).isDouble())
        article.views = qint64(json.value(QLatin1String("views")).toDouble());
    for (const QJsonValue &value : json.value(QLatin1String("related")).toArray()) {
        const QJsonObject item = value.toObject();
        std::optional<qint64> views;
        if (item.value(QLatin1String("views")).isDouble())
            views = qint64(item.value(QLatin1String("views")).toDouble());
        article.related.append(related(std::nullopt, item.value(QLatin1String("title")).toString(),
                                       item.value(QLatin1String("summary")).toString(),
                                       item.value(QLatin1String("published_at")).toString(), views,
                                       item.value(QLatin1String("url")).toString()));
    }
    return article;
}

inline Article sampleArticle()
{
    return articleFromJson(QJsonDocument::fromJson(readFile(exportData(QStringLiteral("sample-article.json")))).object());
}

/// A newsroom file in a temporary folder.
class TestNewsroom
{
public:
    TestNewsroom()
    {
        m_path = m_dir.filePath(QStringLiteral("newsroom.galley"));
        m_database = std::make_unique<Database>();
        const Database::Status status = m_database->open(m_path);
        if (status != Database::Status::Ok)
            qFatal("cannot create the test newsroom: %s", qPrintable(m_database->errorString()));
    }

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString outputPath(const QString &name) const { return m_dir.filePath(name); }
    Database &database() { return *m_database; }

    /// Creates \a article with fixed created/updated times (and the given uuid/slug); returns its id.
    qint64 add(Article article, const QString &createdAt = QStringLiteral("2025-03-18T00:10:00.000Z"),
               const QString &updatedAt = QStringLiteral("2025-03-18T00:18:00.000Z"))
    {
        ArticleRepository repository(*m_database);
        if (article.uuid.isEmpty())
            article.uuid = QUuid::createUuidV5(QUuid(QStringLiteral("{0b5e6a7c-6a1d-4f43-9d1c-0d5c2a7e9f10}")),
                                               article.title + QString::number(++m_counter))
                               .toString(QUuid::WithoutBraces);
        const QString slug = article.slug;
        for (QString *field : {&article.slug, &article.title, &article.subtitle, &article.summary, &article.bodyHtml,
                               &article.byline, &article.source, &article.editor, &article.desk, &article.publishAt})
            *field = nonNull(*field);
        for (RelatedItem &item : article.related)
            item = related(item.targetArticleId, item.title, item.summary, item.publishedAt, item.views, item.url);
        // Storage binds the join of no tags as NULL too: store a placeholder, clear it below.
        const bool noTags = article.tags.isEmpty();
        if (noTags)
            article.tags = {QStringLiteral("placeholder")};
        if (!repository.create(article))
            qFatal("cannot create a test article: %s", qPrintable(repository.errorString()));
        QSqlQuery query(m_database->connection());
        if (noTags && !query.exec(QStringLiteral("UPDATE articles SET tags = '' WHERE id = %1").arg(article.id)))
            qFatal("cannot clear the placeholder tag");
        query.prepare(QStringLiteral("UPDATE articles SET created_at = ?, updated_at = ? WHERE id = ?"));
        query.addBindValue(createdAt);
        query.addBindValue(updatedAt);
        query.addBindValue(article.id);
        if (!query.exec())
            qFatal("cannot fix the test article's times");
        if (!slug.isEmpty())
            setSlug(article.id, slug);
        return article.id;
    }

    /// Sets a slug as storage never would (for slug-safety tests).
    void setSlug(qint64 id, const QString &slug)
    {
        QSqlQuery query(m_database->connection());
        query.prepare(QStringLiteral("UPDATE articles SET slug = ? WHERE id = ?"));
        query.addBindValue(slug);
        query.addBindValue(id);
        if (!query.exec())
            qFatal("cannot set the slug");
    }

    /// Stores bytes as an asset; returns the hash.
    QString addAsset(const QByteArray &bytes, const QString &mime)
    {
        AssetRepository assets(*m_database);
        return assets.store(bytes, mime);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
    int m_counter = 0;
};

/// A 1x1 PNG.
inline QByteArray tinyPng()
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}

} // namespace galley::test
