#pragma once

#include <QString>
#include <QStringList>

namespace galley {

/// Turns untrusted HTML (paste from a browser or word processor, imported files, Markdown
/// output) into canonical HTML, parsing it with gumbo (a real HTML5 parser).
///
/// Keeps the meaning: p, h2-h4 (h1 becomes h2, h5/h6 become h4), blockquote, ul/ol/li (nested),
/// strong/b, em/i, u, s/strike/del, sub, sup, a[href] (http, https, mailto only), img[src alt]
/// (src only asset:<sha256>), figure/figcaption, br, hr. Drops script, style, iframe, object,
/// embed, form controls, comments and every attribute not listed; unknown elements are
/// unwrapped (their text kept). Loose inline content at block level is wrapped in <p>.
/// The output is always inside the canonical subset and is a fixed point:
/// sanitize(sanitize(x)) == sanitize(x). Thread-safe (no shared state).
///
/// The details, as a reader of pasted text expects them:
///  - Whitespace collapses as a browser renders it; a line break between two Chinese characters
///    becomes nothing, not a space. No-break and ideographic spaces are text. Empty blocks and
///    leading or trailing <br> are dropped. <pre> keeps its lines, not its indentation.
///  - Block containers (div, section, article, td, th, dd, …) turn their inline content into
///    paragraphs; table cells become paragraphs in reading order. Inside a paragraph, heading,
///    list item or caption, nested blocks become line breaks; paragraphs inside a list item too.
///  - Inline styles carry meaning: font-weight (bold/700 or normal/400), font-style,
///    text-decoration underline/line-through, vertical-align sub/super. So Google Docs'
///    <b style="font-weight:normal"> wrapper is not bold. A link's own underline is dropped.
///  - Hidden content (display:none, the hidden attribute, Word's mso-list:Ignore bullets) and
///    Word's <o:p> are dropped. Word's list paragraphs (mso-list: lN levelM) become real lists.
///  - A <form> is unwrapped (whole news pages sit in one); its controls are dropped with content.
///  - Links: the href is stripped the way a browser strips it (controls, tabs and newlines
///    anywhere, so "jav&#x09;ascript:" is caught) and kept only for http, https and mailto;
///    "//host" becomes https; Google Docs redirect links are replaced by their target.
///  - Images: src "asset:<sha256>" is kept (hash lower-cased). A web image (http/https, also from
///    data-src of lazy-loaded pictures) becomes a link to it named by its alt text; any other
///    image leaves its alt text; an image without alt text leaves nothing.
///  - Content nested deeper than 400 elements is kept as plain text. (gumbo's tree building is
///    quadratic in nesting depth: 20,000 nested elements take it about 2 s.)
class Sanitizer final
{
public:
    [[nodiscard]] static QString sanitize(const QString &untrustedHtml);
    /// Same, and fills \a dropped with what was removed, each kind once, sorted: element names
    /// ("script", "iframe"), "event handler attributes", "link javascript:", "image data:".
    /// For telling the user what a paste or the source view lost.
    [[nodiscard]] static QString sanitize(const QString &untrustedHtml, QStringList *dropped);
    /// Sanitizes a fragment of untrusted plain text (escapes it, paragraphs at blank lines).
    [[nodiscard]] static QString fromPlainText(const QString &text);
};

} // namespace galley
