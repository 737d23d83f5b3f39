#include "assetrepository.h"

#include "database.h"
#include "storage/sqlerror.h"
#include "util/sha256.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace galley {

AssetRepository::AssetRepository(Database &database)
    : m_database(database)
{
}

QString AssetRepository::hashOf(const QByteArray &bytes)
{
    return sha256Hex(bytes);
}

bool AssetRepository::isValidHash(QStringView hash)
{
    return hash.size() == 64 && std::all_of(hash.begin(), hash.end(), [](QChar c) {
               return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
           });
}

QString AssetRepository::store(const QByteArray &bytes, const QString &mimeType)
{
    m_error.clear();
    if (bytes.isEmpty() || mimeType.trimmed().isEmpty()) {
        m_error = QCoreApplication::translate("galley::AssetRepository", "An asset needs content and a media type.");
        return QString();
    }
    const QString hash = hashOf(bytes);
    QSqlQuery query(m_database.connection());
    // Same bytes, same hash: the first stored row wins, which keeps store() idempotent.
    query.prepare(QStringLiteral("INSERT INTO assets (hash, mime_type, bytes, created_at) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (hash) DO NOTHING"));
    query.addBindValue(hash);
    query.addBindValue(mimeType.trimmed().toLower());
    query.addBindValue(bytes);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        m_error = QCoreApplication::translate("galley::AssetRepository", "Could not store the asset: %1")
                      .arg(sqlErrorText(query.lastError()));
        return QString();
    }
    return hash;
}

std::optional<Asset> AssetRepository::load(const QString &hash) const
{
    m_error.clear();
    if (!isValidHash(hash))
        return std::nullopt;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT mime_type, bytes FROM assets WHERE hash = ?"));
    query.addBindValue(hash);
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return Asset{hash, query.value(0).toString(), query.value(1).toByteArray()};
}

bool AssetRepository::exists(const QString &hash) const
{
    return mimeType(hash).has_value();
}

std::optional<QString> AssetRepository::mimeType(const QString &hash) const
{
    m_error.clear();
    if (!isValidHash(hash))
        return std::nullopt;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT mime_type FROM assets WHERE hash = ?"));
    query.addBindValue(hash);
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

QString AssetRepository::errorString() const
{
    return m_error;
}

} // namespace galley
