#include "exportpaths.h"

#include <QSet>

#include <algorithm>

namespace galley::ExportPaths {

namespace {

bool isStemChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

bool isHexDigest(QStringView hash)
{
    if (hash.size() != 64)
        return false;
    return std::all_of(hash.begin(), hash.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

} // namespace

QString fileStem(QStringView slug, qint64 articleId)
{
    QString stem;
    stem.reserve(slug.size());
    bool pendingDash = false;
    for (QChar c : slug) {
        const QChar lower = c.toLower();
        // Only ASCII survives: toLower() of some non-ASCII letters is ASCII-looking but not ASCII.
        if (c.unicode() < 128 && isStemChar(lower)) {
            if (pendingDash && !stem.isEmpty())
                stem.append(QLatin1Char('-'));
            pendingDash = false;
            stem.append(lower);
        } else {
            pendingDash = true;
        }
    }
    if (stem.size() > MaxStemLength) {
        const qsizetype cut = stem.lastIndexOf(QLatin1Char('-'), MaxStemLength);
        stem.truncate(cut > MaxStemLength / 2 ? cut : MaxStemLength);
        while (stem.endsWith(QLatin1Char('-')))
            stem.chop(1);
    }
    if (stem.isEmpty())
        stem = QStringLiteral("article-%1").arg(articleId);
    return stem;
}

QHash<qint64, QString> uniqueFileStems(const QList<QPair<qint64, QString>> &idAndSlug)
{
    QList<QPair<qint64, QString>> sorted = idAndSlug;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QSet<QString> taken{QStringLiteral("index"), QStringLiteral("style"), QStringLiteral("assets")};
    QHash<qint64, QString> result;
    result.reserve(sorted.size());
    for (const auto &[id, slug] : sorted) {
        if (result.contains(id))
            continue;
        const QString base = fileStem(slug, id);
        QString candidate = base;
        for (int attempt = 1; taken.contains(candidate); ++attempt) {
            candidate = attempt == 1 ? QStringLiteral("%1-%2").arg(base).arg(id)
                                     : QStringLiteral("%1-%2-%3").arg(base).arg(id).arg(attempt);
        }
        taken.insert(candidate);
        result.insert(id, candidate);
    }
    return result;
}

QString extensionForMimeType(QStringView mimeType)
{
    const QString mime = mimeType.trimmed().toString().toLower();
    static const QList<QPair<QLatin1String, QLatin1String>> known = {
        {QLatin1String("image/png"), QLatin1String("png")},
        {QLatin1String("image/jpeg"), QLatin1String("jpg")},
        {QLatin1String("image/jpg"), QLatin1String("jpg")},
        {QLatin1String("image/gif"), QLatin1String("gif")},
        {QLatin1String("image/webp"), QLatin1String("webp")},
        {QLatin1String("image/avif"), QLatin1String("avif")},
        {QLatin1String("image/svg+xml"), QLatin1String("svg")},
        {QLatin1String("image/bmp"), QLatin1String("bmp")},
        {QLatin1String("image/tiff"), QLatin1String("tif")},
    };
    for (const auto &[type, extension] : known) {
        if (mime == type)
            return extension;
    }
    return QStringLiteral("bin");
}

QString assetPath(QStringView hash, QStringView mimeType)
{
    if (!isHexDigest(hash))
        return QString();
    return QLatin1String("assets/") + hash.toString() + QLatin1Char('.') + extensionForMimeType(mimeType);
}

bool isSafeRelativePath(QStringView relativePath)
{
    if (relativePath == manifestFileName())
        return true;
    const QList<QStringView> parts = relativePath.split(QLatin1Char('/'));
    if (parts.isEmpty() || parts.size() > 2)
        return false;
    for (QStringView part : parts) {
        if (part.isEmpty() || !isStemChar(part.front()) || part.contains(QLatin1String("..")))
            return false;
        for (QChar c : part) {
            if (!isStemChar(c) && c != QLatin1Char('-') && c != QLatin1Char('.'))
                return false;
        }
    }
    return true;
}

QString manifestFileName()
{
    return QStringLiteral(".galley-export.json");
}

} // namespace galley::ExportPaths
