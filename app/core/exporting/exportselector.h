#pragma once

#include "exportoptions.h"

#include <QList>
#include <QString>

#include <optional>

namespace galley {

class ArticleRepository;

/// The select stage: turns an ExportSelection into article ids, ascending and each once.
/// Explicit ids must exist and be live; a status or "all" selects live articles only.
/// Returns nullopt with \a error (one sentence) for an empty or ambiguous selection, an
/// unknown id, an id in the trash or a database error. An empty result is not an error.
class ExportSelector final
{
public:
    explicit ExportSelector(ArticleRepository &repository);

    [[nodiscard]] std::optional<QList<qint64>> select(const ExportSelection &selection, QString *error) const;

private:
    ArticleRepository &m_repository;
};

} // namespace galley
