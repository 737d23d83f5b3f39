#pragma once

#include "model/article.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace galley::ArticleFields {

// Storage-internal: how an article's fields are written to and read from the articles table,
// shared by ArticleRepository and BulkLoader so both store exactly the same row.

/// Timestamps are stored as UTC ISO 8601 text with milliseconds.
[[nodiscard]] QString utcText(const QDateTime &time);
/// Tags are stored comma-joined; a tag containing ',' is split, as reading it back would.
[[nodiscard]] QString joinTags(const QStringList &tags);
[[nodiscard]] QStringList splitTags(const QString &joined);
/// Fills bodyText (the plain-text projection of bodyHtml) and characterCount.
void derive(Article &article);

/// \a text with the GLOB metacharacters * ? [ matched literally (slugs given by the user).
[[nodiscard]] QString globEscaped(const QString &text);

} // namespace galley::ArticleFields
