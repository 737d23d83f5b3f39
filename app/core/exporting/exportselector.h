#pragma once

#include "exportoptions.h"
#include "storage/articlecatalog.h"

#include <QList>
#include <QString>

#include <optional>

namespace galley {

class Database;

/// The select stage: turns an ExportSelection into the headlines of the articles to export,
/// ascending by id and each once (read in bulk: no article is loaded whole here).
/// Explicit ids must exist and be live; a status or "all" selects live articles only.
/// Returns nullopt with \a error (one sentence) for an empty or ambiguous selection, an
/// unknown id, an id in the trash or a database error. An empty result is not an error.
class ExportSelector final
{
public:
    explicit ExportSelector(Database &database);

    [[nodiscard]] std::optional<QList<ArticleHeadline>> select(const ExportSelection &selection, QString *error) const;

private:
    Database &m_database;
};

} // namespace galley
