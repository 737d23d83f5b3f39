#pragma once

#include <QString>

namespace galley {

/// What an imported HTML page contributes before sanitizing.
struct HtmlDocumentParts {
    QString title; ///< <title>, or the first <h1> (see HtmlExtractor)
    QString description; ///< <meta name="description"> (or og:description)
    QString bodyHtml; ///< the source of <body>'s content, minus the <h1> taken as title; untrusted
};

/// Reads the title, description and body of a full HTML page with gumbo (HTML5 parsing rules,
/// so broken real-world markup is read the way a browser reads it).
///
/// Title: the first <h1> of the body when there is no <title> or the <title> contains it
/// ("Headline - Site" -> "Headline"); that <h1> then leaves the body so the headline is not
/// printed twice. Otherwise the <title>, and the <h1> stays. The body is cut from the original
/// source by gumbo's source positions (nothing of <head> leaks into it). Thread-safe.
class HtmlExtractor final
{
public:
    [[nodiscard]] static HtmlDocumentParts extract(const QString &html);
};

} // namespace galley
