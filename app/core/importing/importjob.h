#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace galley {

class Database;

/// Outcome of importing one file.
struct ImportOutcome {
    QString path;
    qint64 articleId = 0; ///< 0 when the file was refused
    QString title;
    QString error; ///< one sentence naming the file and the reason
};

/// Imports files one by one: each is read by Importer and stored in its own transaction, so a bad
/// file is reported and skipped while the others still go in. \a progress is called before each
/// file with its index; returning false cancels the files not yet started (none is half-written).
/// \a done is called with each file's outcome as soon as it is stored or refused, so that a
/// caller reports what is in the newsroom even if the import is killed later.
[[nodiscard]] QList<ImportOutcome> importFiles(Database &database, const QStringList &paths,
    const std::function<bool(int index, const QString &path)> &progress = {},
    const std::function<void(const ImportOutcome &outcome)> &done = {});

} // namespace galley
