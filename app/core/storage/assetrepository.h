#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace galley {

class Database;

/// An image (or other binary) an article body references as "asset:<sha256>".
struct Asset {
    QString hash; ///< sha256 of bytes, 64 lowercase hex digits
    QString mimeType;
    QByteArray bytes;
};

/// Content-addressed binary store over the assets table of one Database connection.
/// Storing the same bytes twice keeps one row; the hash is the identity.
class AssetRepository final
{
public:
    explicit AssetRepository(Database &database);

    /// Stores \a bytes (deduplicated) and returns their sha256 hex; empty on failure
    /// (empty bytes or mime type, database error: see errorString()).
    [[nodiscard]] QString store(const QByteArray &bytes, const QString &mimeType);
    /// The asset with \a hash, or nullopt if there is none (or the hash is malformed).
    [[nodiscard]] std::optional<Asset> load(const QString &hash) const;
    [[nodiscard]] bool exists(const QString &hash) const;
    /// The mime type alone (cheap: does not read the bytes); nullopt if there is no such asset.
    [[nodiscard]] std::optional<QString> mimeType(const QString &hash) const;

    /// sha256 hex of \a bytes, as used for asset identity.
    [[nodiscard]] static QString hashOf(const QByteArray &bytes);
    /// True for 64 lowercase hex digits.
    [[nodiscard]] static bool isValidHash(QStringView hash);

    [[nodiscard]] QString errorString() const;

private:
    Database &m_database;
    mutable QString m_error;
};

} // namespace galley
