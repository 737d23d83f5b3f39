#pragma once

// Internal to document/: HTML (any HTML) -> the flat block model, through gumbo.

#include "document/htmlmodel.h"

#include <QStringList>
#include <QStringView>

namespace galley {

enum class HtmlParseMode {
    /// Untrusted HTML: whitespace collapsed as a browser renders it, empty blocks dropped,
    /// everything outside the subset unwrapped or dropped.
    Sanitize,
    /// Canonical HTML as the serializer writes it: text taken literally (so spaces, empty
    /// paragraphs and leading line breaks the editor holds survive), only the serializer's
    /// layout newlines between tags are ignored. Anything else is still parsed safely.
    Canonical,
};

/// Parses \a html with gumbo and returns normalized blocks. When \a dropped is given, it
/// receives a short description of each kind of content that was removed (element names such
/// as "script", or "link javascript:"), each once.
[[nodiscard]] HtmlBlocks parseHtml(QStringView html, HtmlParseMode mode, QStringList *dropped = nullptr);

} // namespace galley
