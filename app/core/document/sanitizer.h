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
