#pragma once

#include "model/article.h"

#include <QJsonObject>

namespace galley {

struct ArticleRow;

/// The article as `galley show --json` prints it: id, uuid, slug, title, subtitle, summary,
/// byline, source, editor, desk, tags, status, publish_at (as stored), views (null when unknown),
/// version, created_at, updated_at, body_html, body_text, stats {characters, cjk_characters,
/// latin_words, paragraphs}, related [{title, summary, published_at, views, url, article_id}].
[[nodiscard]] QJsonObject articleToJson(const Article &article);

/// One list row as `galley list --json` prints it (no body).
[[nodiscard]] QJsonObject articleRowToJson(const ArticleRow &row);

} // namespace galley
