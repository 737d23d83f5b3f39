#include "importjob.h"

#include "importer.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>

namespace galley {

QList<ImportOutcome> importFiles(Database &database, const QStringList &paths,
    const std::function<bool(int, const QString &)> &progress, const std::function<void(const ImportOutcome &)> &done)
{
    ArticleRepository repository(database);
    QList<ImportOutcome> outcomes;
    outcomes.reserve(paths.size());
    for (int i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        if (progress && !progress(i, path))
            break;
        ImportOutcome outcome;
        outcome.path = path;
        ImportResult result = Importer::readFile(path);
        if (!result.ok) {
            outcome.error = result.error;
        } else if (!repository.create(result.article)) {
            // A full disk, an I/O error or a lost server is the newsroom's, not the file's.
            const QString storageFailure = storageFailureReason(repository.errorString());
            outcome.error = storageFailure.isEmpty()
                ? QCoreApplication::translate("galley::Importer", "%1: could not be stored: %2")
                      .arg(path, repository.errorString())
                : QCoreApplication::translate("galley::Importer", "%1: could not be stored in “%2”: %3.")
                      .arg(path, database.displayName(), storageFailure);
        } else {
            outcome.articleId = result.article.id;
            outcome.title = result.article.title;
        }
        if (done)
            done(outcome);
        outcomes.append(outcome);
    }
    return outcomes;
}

} // namespace galley
