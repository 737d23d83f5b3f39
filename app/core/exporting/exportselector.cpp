#include "exportselector.h"

#include "storage/articlerepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace galley {

ExportSelector::ExportSelector(Database &database)
    : m_database(database)
{
}

std::optional<QList<ArticleHeadline>> ExportSelector::select(const ExportSelection &selection, QString *error) const
{
    const int criteria = int(!selection.ids.isEmpty()) + int(selection.status.has_value()) + int(selection.all);
    if (criteria != 1) {
        if (error)
            *error = criteria == 0 ? QCoreApplication::translate("galley::ExportSelector", "Nothing to export: choose articles by id, by status or all of them.")
                                   : QCoreApplication::translate("galley::ExportSelector", "Choose articles either by id, by status or all of them, not several at once.");
        return std::nullopt;
    }
    const ArticleRepository repository(m_database);
    QList<qint64> ids = selection.ids;
    if (ids.isEmpty()) {
        ids = selection.all ? repository.allIds() : repository.idsWithStatus(*selection.status);
        if (ids.isEmpty() && !repository.errorString().isEmpty()) {
            if (error)
                *error = repository.errorString();
            return std::nullopt;
        }
    }
    const ArticleCatalog catalog(m_database);
    std::optional<QList<ArticleHeadline>> headlines = catalog.headlines(ids);
    if (!headlines) {
        if (error)
            *error = catalog.errorString();
        return std::nullopt;
    }
    if (!selection.ids.isEmpty()) {
        // Explicit ids: every one must be there and live.
        QSet<qint64> found;
        found.reserve(headlines->size());
        for (const ArticleHeadline &headline : std::as_const(*headlines)) {
            if (headline.inTrash) {
                if (error)
                    *error = QCoreApplication::translate("galley::ExportSelector", "Article %1 is in the trash; restore it to export it.").arg(headline.id);
                return std::nullopt;
            }
            found.insert(headline.id);
        }
        for (qint64 id : selection.ids) {
            if (!found.contains(id)) {
                if (error)
                    *error = QCoreApplication::translate("galley::ExportSelector", "There is no article with id %1.").arg(id);
                return std::nullopt;
            }
        }
    }
    headlines->removeIf([](const ArticleHeadline &headline) { return headline.inTrash; });
    return headlines;
}

} // namespace galley
