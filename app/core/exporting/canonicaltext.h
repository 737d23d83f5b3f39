#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <functional>

namespace galley {

/// Text-node access to canonical HTML (see document/canonicalhtml.h) for the transform stage.
/// Canonical HTML is a closed subset in which '<' and '>' only ever delimit tags (text and
/// attribute values escape them), so splitting at tags is exact — this is not an HTML parser
/// and must only be given sanitized, canonical HTML.
namespace CanonicalText {

/// Calls \a transform once per run of text: the decoded text nodes between two block
/// boundaries (block tags, br, img), in document order. Inline tags (strong, em, u, s, sub,
/// sup, a) do not end a run, so context carries across them. The callback may change the
/// pieces (not their number); changed pieces are escaped again and put back in place. Tags and
/// attributes — and so every URL in href/src — are never touched.
void transformTextRuns(QString &html, const std::function<void(QList<QString> &pieces)> &transform);

/// Convenience: applies \a transform to each text node on its own.
void transformTextNodes(QString &html, const std::function<QString(const QString &)> &transform);

/// Plain text of canonical HTML for the text outputs: the text of each block on its own line
/// (br breaks the line too), entities decoded, no-break spaces as spaces, images left out.
/// One linear pass over the tags (no parse): for canonical input only.
[[nodiscard]] QString plainText(const QString &canonicalHtml);

/// Decodes the character references canonical HTML uses (&amp; &lt; &gt; &quot; &#39; numeric).
[[nodiscard]] QString decodeText(QStringView escaped);
/// Escapes & < > for a text node.
[[nodiscard]] QString escapeText(QStringView text);

} // namespace CanonicalText
} // namespace galley
