#pragma once

#include "renderedarticle.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace galley {

/// The ninjs format: one IPTC ninjs 2.2 news item per article (schema
/// https://www.iptc.org/std/ninjs/ninjs-schema_2.2.json). Fields: uri (urn:uuid), type "text",
/// version, firstcreated/versioncreated (UTC), contentcreated (publish time when it has a zone),
/// pubstatus (usable when published or approved, withheld otherwise), language, headlines
/// (main + subtitle), descriptions (summary), bodies (text/html and text/plain with charcount
/// 字数 and wordcount), by, infosources (稿件来源), people (编辑 as editor), subjects from tags,
/// slugline, and associations: pictures (renditions pointing at exported asset files) and
/// related items (internal ones as urn:uuid, external ones with their URL).
namespace NinjsDocument {

[[nodiscard]] QJsonObject build(const RenderedArticle &article, const QString &baseUrl);
/// Indented UTF-8 JSON with a final newline; keys sorted, so identical input -> identical bytes.
[[nodiscard]] QByteArray serialize(const RenderedArticle &article, const QString &baseUrl);

} // namespace NinjsDocument
} // namespace galley
