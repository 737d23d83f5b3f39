#pragma once

#include <QString>
#include <QTextCursor>

namespace galley {

/// The editor's formatting commands on a QTextCursor, producing exactly the document
/// representation CanonicalHtml reads (see document/documentformat.h), so that what the editor
/// shows is what gets stored. Each command is one undo step. Kept free of widgets to be tested
/// on a bare QTextDocument.
namespace TextFormatting {

enum class ParagraphStyle { Body, Heading2, Heading3, Heading4, Quote };

/// The style of the block \a cursor is in (a heading inside a quote reports the heading).
[[nodiscard]] ParagraphStyle paragraphStyle(const QTextCursor &cursor);
/// Sets the style of every block the cursor's selection touches. Headings leave lists (a list
/// item cannot be a heading in canonical HTML); Quote makes the blocks a blockquote (level 1 if
/// not quoted yet); Body removes headings and quotes.
void setParagraphStyle(QTextCursor cursor, ParagraphStyle style);

enum class ListStyle { None, Bulleted, Numbered };
[[nodiscard]] ListStyle listStyle(const QTextCursor &cursor);
/// Makes the selected blocks a list of \a style, switches the list's kind, or — when they
/// already are such a list — turns them back into paragraphs.
void toggleList(QTextCursor cursor, ListStyle style);
/// List items: one level deeper (joining a sub-list just above when there is one).
/// Other blocks: one blockquote level deeper.
void indent(QTextCursor cursor);
/// List items: one level up (out of the list at the top level). Quotes: one level less.
void outdent(QTextCursor cursor);
[[nodiscard]] bool canOutdent(const QTextCursor &cursor);

/// The extent of the link around the cursor (or of its selection's first link); a cursor
/// without selection when there is no link there.
[[nodiscard]] QTextCursor linkAt(const QTextCursor &cursor);
/// A usable href from what the user typed ("example.com" → "https://example.com"); empty
/// when it is not an http, https or mailto link.
[[nodiscard]] QString normalizeHref(const QString &typed);
/// Makes the selection (or the link around the cursor) a link to \a href; with neither,
/// inserts \a text (or the href itself) as a new link. False for an unusable href.
bool setLink(QTextCursor cursor, const QString &href, const QString &text = QString());
/// Removes the link around the cursor or in the selection.
void removeLink(QTextCursor cursor);

/// Inserts a horizontal rule after the current block (or turns an empty block into one) and
/// puts the cursor in the paragraph after it.
void insertRule(QTextCursor &cursor);
/// Inserts a figure with the image "asset:<hash>" (alt text \a alt) and an empty caption line
/// after it, leaving the cursor in the caption.
void insertFigure(QTextCursor &cursor, const QString &assetHash, const QString &alt);

/// Removes inline formatting (links are kept) and makes the blocks plain paragraphs: no
/// heading, quote or list.
void clearFormatting(QTextCursor cursor);

} // namespace TextFormatting
} // namespace galley
