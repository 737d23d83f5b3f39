#include "recoveryjournal.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace galley {

namespace {

constexpr int FormatVersion = 1;

bool isSafeUuid(const QString &uuid)
{
    // Article uuids name files here: never let one name a path.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9{}-]{1,64}$"));
    return pattern.match(uuid).hasMatch();
}

QJsonObject toJson(const JournalEntry &entry)
{
    const Article &a = entry.article;
    return QJsonObject{
        {QStringLiteral("format"), FormatVersion},
        {QStringLiteral("uuid"), entry.uuid},
        {QStringLiteral("article_id"), QString::number(entry.articleId)},
        {QStringLiteral("base_version"), QString::number(entry.baseVersion)},
        {QStringLiteral("database"), entry.databasePath},
        {QStringLiteral("written_at"), entry.writtenAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("subtitle"), a.subtitle},
        {QStringLiteral("summary"), a.summary},
        {QStringLiteral("byline"), a.byline},
        {QStringLiteral("source"), a.source},
        {QStringLiteral("editor"), a.editor},
        {QStringLiteral("desk"), a.desk},
        {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
        {QStringLiteral("publish_at"), a.publishAt},
        {QStringLiteral("body_html"), a.bodyHtml},
    };
}

std::optional<JournalEntry> fromJson(const QJsonObject &o)
{
    if (o.value(QLatin1String("format")).toInt() != FormatVersion)
        return std::nullopt;
    JournalEntry entry;
    entry.uuid = o.value(QLatin1String("uuid")).toString();
    entry.articleId = o.value(QLatin1String("article_id")).toString().toLongLong();
    entry.baseVersion = o.value(QLatin1String("base_version")).toString().toLongLong();
    entry.databasePath = o.value(QLatin1String("database")).toString();
    entry.writtenAt = QDateTime::fromString(o.value(QLatin1String("written_at")).toString(),
                                            Qt::ISODateWithMs);
    Article &a = entry.article;
    a.id = entry.articleId;
    a.uuid = entry.uuid;
    a.version = entry.baseVersion;
    a.title = o.value(QLatin1String("title")).toString();
    a.subtitle = o.value(QLatin1String("subtitle")).toString();
    a.summary = o.value(QLatin1String("summary")).toString();
    a.byline = o.value(QLatin1String("byline")).toString();
    a.source = o.value(QLatin1String("source")).toString();
    a.editor = o.value(QLatin1String("editor")).toString();
    a.desk = o.value(QLatin1String("desk")).toString();
    for (const auto &tag : o.value(QLatin1String("tags")).toArray())
        a.tags.append(tag.toString());
    a.publishAt = o.value(QLatin1String("publish_at")).toString();
    a.bodyHtml = o.value(QLatin1String("body_html")).toString();
    if (entry.uuid.isEmpty())
        return std::nullopt;
    return entry;
}

} // namespace

bool JournalEntry::matches(const Article &stored) const
{
    const Article &a = article;
    return a.bodyHtml == stored.bodyHtml && a.title == stored.title && a.subtitle == stored.subtitle
        && a.summary == stored.summary && a.byline == stored.byline && a.source == stored.source
        && a.editor == stored.editor && a.desk == stored.desk && a.tags == stored.tags
        && a.publishAt == stored.publishAt;
}

RecoveryJournal::RecoveryJournal(QString directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : std::move(directory))
{
}

QString RecoveryJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/journal");
}

QString RecoveryJournal::fileName(const QString &uuid) const
{
    return m_directory + QLatin1Char('/') + uuid + QStringLiteral(".json");
}

bool RecoveryJournal::write(const JournalEntry &entry)
{
    if (!isSafeUuid(entry.uuid) || !QDir().mkpath(m_directory))
        return false;
    QSaveFile file(fileName(entry.uuid));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(toJson(entry)).toJson(QJsonDocument::Compact));
    return file.commit();
}

std::optional<JournalEntry> RecoveryJournal::read(const QString &uuid) const
{
    if (!isSafeUuid(uuid))
        return std::nullopt;
    QFile file(fileName(uuid));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

bool RecoveryJournal::remove(const QString &uuid)
{
    return isSafeUuid(uuid) && QFile::remove(fileName(uuid));
}

QList<JournalEntry> RecoveryJournal::entries() const
{
    QList<JournalEntry> result;
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        if (auto entry = read(name.chopped(5)))
            result.append(*entry);
    }
    return result;
}

} // namespace galley
