#pragma once

#include "model/article.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace galley {
class Database;
}

namespace galley::ArticleFields {

// Storage-internal: how an article's fields are written to and read from the articles table,
// shared by ArticleRepository and BulkLoader so both store exactly the same row.

/// Timestamps are stored as UTC ISO 8601 text with milliseconds.
[[nodiscard]] QString utcText(const QDateTime &time);
/// A stored timestamp read back (UTC); invalid for NULL or text that is not one.
[[nodiscard]] QDateTime fromUtcText(const QVariant &value);
/// Qt Sql binds a null QString as SQL NULL; the text columns of every table are NOT NULL with
/// '' for "none": \a value, with null as '', and without the U+FFFE and U+FEFF it may start
/// with (SQLite would swap or drop them). (Used by every repository, not only for articles.)
[[nodiscard]] QString text(const QString &value);
/// Tags are stored comma-joined; a tag containing ',' is split, as reading it back would.
[[nodiscard]] QString joinTags(const QStringList &tags);
[[nodiscard]] QStringList splitTags(const QString &joined);
/// Fills bodyText (the plain-text projection of bodyHtml) and characterCount.
void derive(Article &article);

/// \a text with the GLOB metacharacters * ? [ matched literally (slugs given by the user).
[[nodiscard]] QString globEscaped(const QString &text);
/// \a text with the LIKE metacharacters % _ \ matched literally (LIKE's default escape, \).
[[nodiscard]] QString likeEscaped(QString text);

/// How many rows of \a table matching \a condition (SQL without parameters) each of
/// \a articleIds has, in one query (the list's comment and suggestion counts); an article with
/// none is absent. On failure the hash is empty and *error says why.
[[nodiscard]] QHash<qint64, int> countPerArticle(Database &database, const char *table, const char *condition,
    const QList<qint64> &articleIds, QString *error);

} // namespace galley::ArticleFields
