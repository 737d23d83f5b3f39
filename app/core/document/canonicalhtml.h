#pragma once

#include <QString>

class QTextDocument;

namespace galley {

/// Canonical HTML: the one body format (stored, previewed, diffed, exported). A closed subset
/// of HTML5 — p h2 h3 h4 blockquote ul ol li strong em u s sub sup a[href] img[src alt]
/// figure figcaption br hr — serialized deterministically: one block per line, attributes in
/// fixed order, no styles or classes, minimal escaping (& < > and " in attributes), NFC.
namespace CanonicalHtml {

/// Writes \a document as canonical HTML. Never uses QTextDocument::toHtml().
[[nodiscard]] QString fromDocument(const QTextDocument &document);
/// Replaces the content of \a document with \a canonicalHtml (which must already be canonical;
/// run untrusted input through Sanitizer first).
void toDocument(const QString &canonicalHtml, QTextDocument &document);
/// Plain-text projection: blocks separated by "\n", list items and headings as their text.
/// This is Article::bodyText (search, counts, annotation anchors).
[[nodiscard]] QString toPlainText(const QString &canonicalHtml);

} // namespace CanonicalHtml
} // namespace galley
