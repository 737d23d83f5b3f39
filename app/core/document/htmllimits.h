#pragma once

// How much markup Galley hands to its HTML parser. gumbo's tree construction takes time that grows
// with the square of the nesting depth (100,000 unclosed <b> tags) and of the attributes on one
// element (it checks each for a duplicate), so a hostile file of a few hundred KB would keep an
// import or a paste busy for minutes. These bounds are counted on the raw text, before parsing:
// far above any real article or web page, low enough that parsing what passes takes seconds.

#include <QString>
#include <QStringView>

namespace galley::HtmlLimits {

/// Start tags ("<" followed by a letter) in one document.
constexpr int MaxTags = 50000;
/// Attribute assignments ("=") inside one tag.
constexpr int MaxAttributes = 1000;

/// Empty when \a html is within the bounds, else the reason in one sentence (translated).
[[nodiscard]] QString problem(QStringView html);

} // namespace galley::HtmlLimits
