#pragma once

// The full-text indexes of a test newsroom, checked the way FTS5 checks them.

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace galley::test {

/// FTS5's integrity check of both external-content indexes against their content (rank 1:
/// compares every indexed row with the articles it was made from). On failure \a error names
/// the index and SQLite's reason.
inline bool searchIndexesMatchContent(Database &db, QString *error)
{
    QSqlQuery query(db.connection());
    for (const char *table : { "articles_fts", "articles_cjk" }) {
        if (!query.exec(
                QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('integrity-check', 1)").arg(QLatin1String(table)))) {
            *error = QLatin1String(table) + QStringLiteral(": ") + query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace galley::test
