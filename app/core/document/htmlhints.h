#pragma once

// Internal to document/: what the sanitizer reads from attributes — inline styles that carry
// meaning, Word's list markup, and URLs.

#include <QByteArray>
#include <QString>

#include <gumbo.h>

#include <optional>
#include <string_view>

namespace galley {

/// The parts of an inline style attribute that mean something in an article.
struct InlineStyle {
    bool hidden = false;
    std::optional<bool> bold;
    std::optional<bool> italic;
    bool underline = false;
    bool strike = false;
    int verticalAlign = 0; // -1 sub, +1 super
    QByteArray msoList;    // Word's list paragraph marker ("l0 level1 lfo1")
};

[[nodiscard]] InlineStyle parseStyle(std::string_view css);

/// The bullet or number Word writes in front of a list paragraph (inside mso-list:Ignore).
[[nodiscard]] QString wordListMarker(const GumboNode *node, int depth = 0);
/// True when Word's list marker is a number or letter ("1.", "a)", "iv.", "一、").
[[nodiscard]] bool isOrderedMarker(const QString &marker);
/// The target of a Google Docs redirect link (https://www.google.com/url?q=...), else \a href.
[[nodiscard]] QString unwrapRedirect(const QString &href);
/// How a dropped URL is reported: "javascript:", "data:" or "(relative)".
[[nodiscard]] QString schemeOf(const QString &url);

} // namespace galley
