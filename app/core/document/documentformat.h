#pragma once

#include <QColor>
#include <QTextFormat>

namespace galley {

/// How canonical HTML is represented in a QTextDocument — what CanonicalHtml::toDocument()
/// produces and CanonicalHtml::fromDocument() reads. The editor uses the same representation
/// when it changes a paragraph style, so that what it shows is what gets stored.
///
/// Blocks (one QTextBlock per line of canonical HTML):
///  - <h2>/<h3>/<h4>: QTextBlockFormat::headingLevel() 2, 3, 4 (1 is read as 2, 5 and 6 as 4).
///    Heading text is shown bold and larger (headingCharFormat()); bold inside a heading
///    carries no meaning and is not written.
///  - <blockquote>: QTextFormat::BlockQuoteLevel (nesting depth); the loader also sets a left
///    margin of QuoteIndent per level, which is only visual (margins are never read back).
///  - <ul>/<ol> with <li>: QTextList; ordered when its style is decimal, alpha or roman. Nesting
///    follows QTextListFormat::indent() (the loader uses the depth, 1 = outermost).
///  - <figure>: a block with BlockRole = Figure holding the image(s), optionally followed by a
///    block with BlockRole = FigureCaption (<figcaption>). A caption block that does not follow a
///    figure block is written as a paragraph.
///  - <hr>: an empty block with QTextFormat::BlockTrailingHorizontalRulerWidth set.
/// Inline (QTextCharFormat): strong = fontWeight() >= QFont::DemiBold, em = fontItalic(),
/// u = fontUnderline(), s = fontStrikeOut(), sub/sup = verticalAlignment(), a = isAnchor() with
/// anchorHref() (http, https, mailto), <br> = QChar::LineSeparator in the block text.
/// Images: QTextImageFormat with name() "asset:<sha256>" and the alt text in
/// QTextFormat::ImageAltText; images with any other name are not written.
namespace DocumentFormat {

/// QTextBlockFormat property (int): the block's role inside a figure.
inline constexpr int BlockRoleProperty = QTextFormat::UserProperty + 0x6761;

enum class BlockRole { Body = 0, Figure = 1, FigureCaption = 2 };

/// Left margin per blockquote level, in pixels.
inline constexpr qreal QuoteIndent = 32;

/// The look the loader gives to a heading's text at \a level (2-4): bold, larger.
[[nodiscard]] QTextCharFormat headingCharFormat(int level);
/// The look of link text (colour only; links are not underlined, <u> is).
[[nodiscard]] QColor linkColor();

} // namespace DocumentFormat
} // namespace galley
