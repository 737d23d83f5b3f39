#include "exportselector.h"

#include "storage/articlerepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace galley {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("galley::ExportSelector", text);
}

} // namespace

ExportSelector::ExportSelector(ArticleRepository &repository)
    : m_repository(repository)
{
}

std::optional<QList<qint64>> ExportSelector::select(const ExportSelection &selection, QString *error) const
{
    const int criteria = int(!selection.ids.isEmpty()) + int(selection.status.has_value()) + int(selection.all);
    if (criteria != 1) {
        if (error)
            *error = criteria == 0 ? tr("Nothing to export: choose articles by id, by status or all of them.")
                                   : tr("Choose articles either by id, by status or all of them, not several at once.");
        return std::nullopt;
    }
    QList<qint64> ids;
    if (!selection.ids.isEmpty()) {
        ids = selection.ids;
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        for (qint64 id : std::as_const(ids)) {
            const std::optional<Article> article = m_repository.load(id);
            if (!article) {
                if (error)
                    *error = m_repository.errorString().isEmpty() ? tr("There is no article with id %1.").arg(id)
                                                                  : m_repository.errorString();
                return std::nullopt;
            }
            if (article->isInTrash()) {
                if (error)
                    *error = tr("Article %1 is in the trash; restore it to export it.").arg(id);
                return std::nullopt;
            }
        }
        return ids;
    }
    ids = selection.all ? m_repository.allIds() : m_repository.idsWithStatus(*selection.status);
    if (ids.isEmpty() && !m_repository.errorString().isEmpty()) {
        if (error)
            *error = m_repository.errorString();
        return std::nullopt;
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace galley
