#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace galley {

/// File naming for exports. Every name Galley writes into an output folder is built here and
/// is made of [a-z0-9-] (plus a fixed extension), so no article can name a file outside the
/// folder, a hidden file, or a file with another meaning.
namespace ExportPaths {

/// Longest file stem taken from a slug (the id suffix for duplicates comes on top).
inline constexpr int MaxStemLength = 80;

/// A safe file stem for an article: the slug lowercased, every run of characters outside
/// [a-z0-9] replaced by one '-', trimmed of '-', cut to MaxStemLength at a '-' when possible.
/// Falls back to "article-<id>" when nothing is left (slugs of only punctuation, Chinese
/// slugs that storage could not transliterate, "../..").
[[nodiscard]] QString fileStem(QStringView slug, qint64 articleId);

/// Stems for a whole export, unique and deterministic: articles are taken in id order; a stem
/// already taken (or reserved: "index", "style", "assets") gets "-<id>" appended.
[[nodiscard]] QHash<qint64, QString> uniqueFileStems(const QList<QPair<qint64, QString>> &idAndSlug);

/// File extension for an asset's mime type ("png", "jpg", ...; "bin" when unknown).
[[nodiscard]] QString extensionForMimeType(QStringView mimeType);
/// "assets/<sha256>.<ext>" — the relative path an asset is written to and referenced by.
/// Returns an empty string when \a hash is not 64 lowercase hex digits.
[[nodiscard]] QString assetPath(QStringView hash, QStringView mimeType);

/// True for a relative path Galley may write: one or two components ("x" or "assets/x"),
/// each [a-z0-9][a-z0-9.-]* without "..", or the manifest name. Never absolute.
[[nodiscard]] bool isSafeRelativePath(QStringView relativePath);

/// The manifest listing what Galley wrote in an output folder (with content hashes).
[[nodiscard]] QString manifestFileName();

} // namespace ExportPaths
} // namespace galley
