#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QTextDocument;

namespace galley {

/// What a block of the plain-text projection is in the document.
enum class TextBlockKind {
    Paragraph, ///< <p>, also inside a <blockquote>
    Heading, ///< <h2> <h3> <h4>
    ListItem, ///< the text of an <li>
    Caption, ///< <figcaption>
    Figure, ///< the images of a <figure> (U+FFFC each)
    Rule, ///< <hr> (empty)
};

/// One block of toPlainText(): the text [start, start + length) (UTF-16 offsets, without the
/// "\n" that separates it from the next block; it may hold "\n" of its own <br>).
struct TextBlock {
    TextBlockKind kind = TextBlockKind::Paragraph;
    qsizetype start = 0;
    qsizetype length = 0;

    friend bool operator==(const TextBlock &, const TextBlock &) = default;
};

/// Canonical HTML: the one body format (stored, previewed, diffed, exported). A closed subset
/// of HTML5 — p h2 h3 h4 blockquote ul ol li strong em u s sub sup a[href] img[src alt]
/// figure figcaption br hr — serialized deterministically: one block per line, attributes in
/// fixed order, no styles or classes, minimal escaping (& < > and " in attributes), NFC.
///
/// Exact layout. Every line ends with "\n"; the empty document is the empty string.
///   <p>…</p>  <h2>…</h2>  <h3>…</h3>  <h4>…</h4>  <hr>
///   <figure><img src="asset:…" alt="…"><figcaption>…</figcaption></figure>   (caption optional)
///   <blockquote>\n…blocks…</blockquote>\n        (nests; holds any block)
///   <ul>\n<li>a</li>\n<li>b\n<ul>\n<li>c</li>\n</ul>\n</li>\n</ul>\n    (<ol> alike)
/// A list item holds one line of inline content, then optionally nested lists. Inline content is
/// text, <br>, <img> and the tags a > strong > em > u > s > sub|sup, always nested in that order
/// and opened or closed only where the formatting changes (no empty elements). Attributes:
/// a[href] with http:, https: or mailto:, img[src alt] with src "asset:" + 64 lower-case hex
/// digits, in that order, double-quoted. Headings hold no <strong> (heading text is bold
/// already). Not represented: list start numbers, and the boundary between two adjacent
/// blockquotes (they merge). The QTextDocument side is described in documentformat.h.
namespace CanonicalHtml {

/// Writes \a document as canonical HTML. Never uses QTextDocument::toHtml().
[[nodiscard]] QString fromDocument(const QTextDocument &document);
/// Replaces the content of \a document with \a canonicalHtml (which must already be canonical;
/// run untrusted input through Sanitizer first — other input is still loaded safely, and
/// fromDocument() of the result is canonical). Text is taken literally: the spaces and empty
/// paragraphs an editor keeps survive. One edit block, so one undo step (call
/// QTextDocument::clearUndoRedoStacks() after opening an article); the document's resources
/// (the editor's images) are kept.
void toDocument(const QString &canonicalHtml, QTextDocument &document);
/// Plain-text projection: blocks separated by "\n", list items and headings as their text,
/// <br> as "\n", an image as U+FFFC, a no-break space as a space. It equals
/// QTextDocument::toPlainText() of the loaded document, so offsets into it are cursor positions.
/// This is Article::bodyText (search, counts, annotation anchors).
[[nodiscard]] QString toPlainText(const QString &canonicalHtml);

/// The blocks of toPlainText(\a canonicalHtml), in order: how the copy desk (lint/) tells a
/// paragraph from a heading or a list item without reading HTML itself.
/// With \a plainText, also toPlainText(\a canonicalHtml), from the same parse.
[[nodiscard]] QList<TextBlock> textBlocks(const QString &canonicalHtml, QString *plainText = nullptr);

/// Replace [start, end) of the plain text (UTF-16 offsets into toPlainText()) by \a text.
struct TextEdit {
    qsizetype start = 0;
    qsizetype end = 0;
    QString text; ///< one line of plain text (no "\n", U+2029 or U+FFFC)
};

/// \a canonicalHtml with \a edits (ordered by start, not overlapping) made to its text: the new
/// text takes the formatting (link, bold…) of the first character it replaces, or of the one
/// before it when it only inserts. An edit that crosses a block boundary or an image, or is
/// out of range, is not made and counted in \a skipped. The result is canonical.
[[nodiscard]] QString replaceText(const QString &canonicalHtml, const QList<TextEdit> &edits, int *skipped = nullptr);

/// \a canonicalHtml with the inline formatting of [start, end) of its plain text changed (UTF-16
/// offsets into toPlainText(); the range may span blocks): the tags in \a remove are taken
/// off and those in \a add put on, by their canonical names "strong", "em", "u", "s", "sub",
/// "sup" (adding sub takes sup off, and the other way round). Images and the text's characters
/// are untouched. nullopt when a name is not one of those or the range is not in the text.
/// The result is canonical (so a heading still holds no <strong>).
[[nodiscard]] std::optional<QString> changeFormat(
    const QString &canonicalHtml, qsizetype start, qsizetype end, const QStringList &add, const QStringList &remove);

} // namespace CanonicalHtml
} // namespace galley
