#include "textformatting.h"

#include "document/documentformat.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QUrl>

#include <functional>

namespace galley::TextFormatting {

namespace {

/// Calls \a apply for every block the cursor's selection touches.
void forEachBlock(const QTextCursor &cursor, const std::function<void(QTextBlock)> &apply)
{
    QTextDocument *document = cursor.document();
    QTextBlock block = document->findBlock(cursor.selectionStart());
    const QTextBlock last = document->findBlock(cursor.selectionEnd());
    for (;;) {
        const QTextBlock next = block.next();
        apply(block);
        if (block == last || !next.isValid())
            break;
        block = next;
    }
}

int quoteLevel(const QTextBlockFormat &format)
{
    return format.intProperty(QTextFormat::BlockQuoteLevel);
}

void setQuoteLevel(QTextBlockFormat &format, int level)
{
    if (level <= 0) {
        format.clearProperty(QTextFormat::BlockQuoteLevel);
        format.setLeftMargin(0);
    } else {
        format.setProperty(QTextFormat::BlockQuoteLevel, level);
        format.setLeftMargin(DocumentFormat::QuoteIndent * level);
    }
}

int headingLevelOf(ParagraphStyle style)
{
    switch (style) {
    case ParagraphStyle::Heading2: return 2;
    case ParagraphStyle::Heading3: return 3;
    case ParagraphStyle::Heading4: return 4;
    default: return 0;
    }
}

/// Gives the text of \a block the look of its style (heading size and weight, or plain).
void applyTextLook(const QTextBlock &block, int headingLevel)
{
    QTextCursor text(block);
    text.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    QTextCharFormat look;
    if (headingLevel > 0) {
        look = DocumentFormat::headingCharFormat(headingLevel);
    } else {
        look.setFontWeight(QFont::Normal);
        look.setProperty(QTextFormat::FontSizeAdjustment, 0);
    }
    text.mergeCharFormat(look);
    QTextCursor blockCursor(block);
    QTextCharFormat blockChar = block.charFormat();
    blockChar.merge(look);
    blockCursor.setBlockCharFormat(blockChar);
}

void removeFromList(const QTextBlock &block)
{
    if (QTextList *list = block.textList()) {
        list->remove(block);
        QTextCursor cursor(block);
        QTextBlockFormat format = block.blockFormat();
        format.setIndent(0);
        format.setObjectIndex(-1);
        cursor.setBlockFormat(format);
    }
}

QTextListFormat::Style styleFor(ListStyle style)
{
    return style == ListStyle::Numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
}

bool isNumbered(const QTextList *list)
{
    const auto s = list->format().style();
    return s == QTextListFormat::ListDecimal || s == QTextListFormat::ListLowerAlpha
        || s == QTextListFormat::ListUpperAlpha || s == QTextListFormat::ListLowerRoman
        || s == QTextListFormat::ListUpperRoman;
}

/// Puts \a block into a list of \a format's style at \a format's indent: the list of the block
/// just above when it matches, else a new one.
void addToList(const QTextBlock &block, const QTextListFormat &format)
{
    for (QTextBlock above = block.previous(); above.isValid(); above = above.previous()) {
        QTextList *list = above.textList();
        if (!list)
            break;
        if (list->format().indent() == format.indent()) {
            if (list->format().style() == format.style()) {
                list->add(block);
                return;
            }
            break;
        }
        if (list->format().indent() < format.indent())
            break; // a shallower item: its sub-list would start here
    }
    QTextCursor cursor(block);
    cursor.createList(format);
}

struct FormatRange {
    int from = 0;
    int to = 0;
    QTextCharFormat format;
};

/// The fragments overlapping [start, end), clipped to it.
QList<FormatRange> fragmentsIn(QTextDocument *document, int start, int end)
{
    QList<FormatRange> ranges;
    for (QTextBlock block = document->findBlock(start); block.isValid() && block.position() < end;
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const int from = std::max(start, fragment.position());
            const int to = std::min(end, fragment.position() + fragment.length());
            if (from < to)
                ranges.append({from, to, fragment.charFormat()});
        }
    }
    return ranges;
}

void applyFormat(QTextDocument *document, const FormatRange &range)
{
    QTextCursor part(document);
    part.setPosition(range.from);
    part.setPosition(range.to, QTextCursor::KeepAnchor);
    part.setCharFormat(range.format);
}

} // namespace

ParagraphStyle paragraphStyle(const QTextCursor &cursor)
{
    const QTextBlockFormat format = cursor.blockFormat();
    switch (format.headingLevel()) {
    case 0:
        break;
    case 1:
    case 2:
        return ParagraphStyle::Heading2;
    case 3:
        return ParagraphStyle::Heading3;
    default:
        return ParagraphStyle::Heading4;
    }
    return quoteLevel(format) > 0 ? ParagraphStyle::Quote : ParagraphStyle::Body;
}

void setParagraphStyle(QTextCursor cursor, ParagraphStyle style)
{
    cursor.beginEditBlock();
    const int level = headingLevelOf(style);
    forEachBlock(cursor, [&](QTextBlock block) {
        QTextBlockFormat format = block.blockFormat();
        if (format.intProperty(DocumentFormat::BlockRoleProperty) != int(DocumentFormat::BlockRole::Body))
            return; // figures and captions keep their role
        if (level > 0)
            removeFromList(block);
        format = block.blockFormat();
        format.setHeadingLevel(level);
        if (style == ParagraphStyle::Body)
            setQuoteLevel(format, 0);
        else if (style == ParagraphStyle::Quote && quoteLevel(format) == 0)
            setQuoteLevel(format, 1);
        QTextCursor(block).setBlockFormat(format);
        applyTextLook(block, level);
    });
    cursor.endEditBlock();
}

ListStyle listStyle(const QTextCursor &cursor)
{
    const QTextList *list = cursor.currentList();
    if (!list)
        return ListStyle::None;
    return isNumbered(list) ? ListStyle::Numbered : ListStyle::Bulleted;
}

void toggleList(QTextCursor cursor, ListStyle style)
{
    if (style == ListStyle::None)
        return;
    cursor.beginEditBlock();
    const bool removing = listStyle(cursor) == style;
    if (removing) {
        forEachBlock(cursor, [](QTextBlock block) { removeFromList(block); });
    } else if (QTextList *current = cursor.currentList(); current && !cursor.hasSelection()) {
        // Switching the kind of the list the cursor is in: the whole list changes.
        QTextListFormat format = current->format();
        format.setStyle(styleFor(style));
        current->setFormat(format);
    } else {
        QTextListFormat format;
        format.setStyle(styleFor(style));
        format.setIndent(1);
        QTextList *list = nullptr;
        forEachBlock(cursor, [&](QTextBlock block) {
            QTextBlockFormat blockFormat = block.blockFormat();
            if (blockFormat.intProperty(DocumentFormat::BlockRoleProperty)
                != int(DocumentFormat::BlockRole::Body))
                return;
            if (blockFormat.headingLevel() > 0) { // list items are body text
                blockFormat.setHeadingLevel(0);
                QTextCursor(block).setBlockFormat(blockFormat);
                applyTextLook(block, 0);
            }
            if (QTextList *existing = block.textList()) {
                QTextListFormat f = existing->format();
                f.setStyle(styleFor(style));
                existing->setFormat(f);
                return;
            }
            if (list) {
                list->add(block);
            } else {
                addToList(block, format);
                list = block.textList();
            }
        });
    }
    cursor.endEditBlock();
}

void indent(QTextCursor cursor)
{
    cursor.beginEditBlock();
    forEachBlock(cursor, [](QTextBlock block) {
        if (QTextList *list = block.textList()) {
            QTextListFormat format = list->format();
            if (list->itemNumber(block) == 0 && list->count() == 1 && !block.previous().textList())
                return; // nothing above to nest under
            format.setIndent(format.indent() + 1);
            list->remove(block);
            addToList(block, format);
            return;
        }
        QTextBlockFormat format = block.blockFormat();
        setQuoteLevel(format, quoteLevel(format) + 1);
        QTextCursor(block).setBlockFormat(format);
    });
    cursor.endEditBlock();
}

bool canOutdent(const QTextCursor &cursor)
{
    return cursor.currentList() || quoteLevel(cursor.blockFormat()) > 0;
}

void outdent(QTextCursor cursor)
{
    cursor.beginEditBlock();
    forEachBlock(cursor, [](QTextBlock block) {
        if (QTextList *list = block.textList()) {
            QTextListFormat format = list->format();
            if (format.indent() <= 1) {
                removeFromList(block);
                return;
            }
            format.setIndent(format.indent() - 1);
            list->remove(block);
            addToList(block, format);
            return;
        }
        QTextBlockFormat format = block.blockFormat();
        if (quoteLevel(format) > 0) {
            setQuoteLevel(format, quoteLevel(format) - 1);
            QTextCursor(block).setBlockFormat(format);
        }
    });
    cursor.endEditBlock();
}

QTextCursor linkAt(const QTextCursor &cursor)
{
    QTextDocument *document = cursor.document();
    // Where to look: the cursor, or the first linked character of the selection.
    int position = cursor.position();
    QString href;
    if (cursor.hasSelection()) {
        for (int p = cursor.selectionStart(); p < cursor.selectionEnd(); ++p) {
            QTextCursor probe(document);
            probe.setPosition(p + 1);
            if (probe.charFormat().isAnchor()) {
                position = p + 1;
                break;
            }
        }
    }
    QTextCursor probe(document);
    probe.setPosition(position);
    QTextCharFormat format = probe.charFormat(); // the character before the position
    if (!format.isAnchor() && position < document->characterCount() - 1) {
        probe.setPosition(position + 1); // at the start of a link: the character after
        format = probe.charFormat();
        if (format.isAnchor())
            ++position;
    }
    if (!format.isAnchor())
        return QTextCursor(document);
    href = format.anchorHref();
    const QTextBlock block = document->findBlock(position - 1);
    int start = position - 1;
    int end = position;
    const auto hrefAt = [document](int characterPosition) {
        QTextCursor c(document);
        c.setPosition(characterPosition + 1);
        const QTextCharFormat f = c.charFormat();
        return f.isAnchor() ? f.anchorHref() : QString();
    };
    while (start > block.position() && hrefAt(start - 1) == href)
        --start;
    while (end < block.position() + block.length() - 1 && hrefAt(end) == href)
        ++end;
    QTextCursor result(document);
    result.setPosition(start);
    result.setPosition(end, QTextCursor::KeepAnchor);
    return result;
}

QString normalizeHref(const QString &typed)
{
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty())
        return {};
    QUrl url(trimmed, QUrl::TolerantMode);
    if (url.scheme().isEmpty()) {
        if (trimmed.contains(QLatin1Char('@')) && !trimmed.contains(QLatin1Char('/')))
            url = QUrl(QStringLiteral("mailto:") + trimmed, QUrl::TolerantMode);
        else
            url = QUrl(QStringLiteral("https://") + trimmed, QUrl::TolerantMode);
    }
    const QString scheme = url.scheme().toLower();
    if (!url.isValid()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("mailto"))
        || (scheme != QLatin1String("mailto") && url.host().isEmpty()))
        return {};
    return url.toString(QUrl::FullyEncoded);
}

bool setLink(QTextCursor cursor, const QString &href, const QString &text)
{
    const QString url = normalizeHref(href);
    if (url.isEmpty())
        return false;
    QTextCharFormat link;
    link.setAnchor(true);
    link.setAnchorHref(url);
    link.setForeground(DocumentFormat::linkColor());
    cursor.beginEditBlock();
    if (!cursor.hasSelection()) {
        const QTextCursor existing = linkAt(cursor);
        if (existing.hasSelection()) {
            cursor = existing;
        } else {
            QTextCharFormat format = cursor.charFormat();
            format.merge(link);
            cursor.insertText(text.isEmpty() ? url : text, format);
            // Typing on after the link should not extend it.
            QTextCharFormat after = cursor.charFormat();
            after.setAnchor(false);
            after.clearProperty(QTextFormat::AnchorHref);
            after.clearForeground();
            cursor.setCharFormat(after);
            cursor.endEditBlock();
            return true;
        }
    }
    cursor.mergeCharFormat(link);
    cursor.endEditBlock();
    return true;
}

void removeLink(QTextCursor cursor)
{
    if (!cursor.hasSelection())
        cursor = linkAt(cursor);
    if (!cursor.hasSelection())
        return;
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    // Per fragment, so the rest of each fragment's formatting stays. Collected first: changing
    // formats merges and splits the fragments being iterated.
    QList<FormatRange> ranges = fragmentsIn(cursor.document(), start, end);
    cursor.beginEditBlock();
    for (FormatRange &range : ranges) {
        if (!range.format.isAnchor())
            continue;
        range.format.setAnchor(false);
        range.format.clearProperty(QTextFormat::AnchorHref);
        range.format.clearForeground();
        applyFormat(cursor.document(), range);
    }
    cursor.endEditBlock();
}

void insertRule(QTextCursor &cursor)
{
    cursor.beginEditBlock();
    QTextBlockFormat rule;
    rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                     QTextLength(QTextLength::PercentageLength, 100));
    if (cursor.block().length() <= 1 && !cursor.currentList()) {
        cursor.setBlockFormat(rule);
    } else {
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertBlock(rule, QTextCharFormat());
        if (QTextList *list = cursor.currentList())
            list->remove(cursor.block());
        cursor.setBlockFormat(rule);
    }
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.endEditBlock();
}

void insertFigure(QTextCursor &cursor, const QString &assetHash, const QString &alt)
{
    cursor.beginEditBlock();
    QTextBlockFormat figure;
    figure.setProperty(DocumentFormat::BlockRoleProperty, int(DocumentFormat::BlockRole::Figure));
    figure.setAlignment(Qt::AlignHCenter);
    QTextBlockFormat caption;
    caption.setProperty(DocumentFormat::BlockRoleProperty, int(DocumentFormat::BlockRole::FigureCaption));
    caption.setAlignment(Qt::AlignHCenter);
    QTextCharFormat captionText;
    captionText.setProperty(QTextFormat::FontSizeAdjustment, -1);

    if (cursor.block().length() <= 1 && !cursor.currentList() && cursor.blockFormat().headingLevel() == 0) {
        cursor.setBlockFormat(figure);
    } else {
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertBlock(figure, QTextCharFormat());
        if (QTextList *list = cursor.currentList())
            list->remove(cursor.block());
        cursor.setBlockFormat(figure);
    }
    QTextImageFormat image;
    image.setName(QStringLiteral("asset:") + assetHash);
    image.setProperty(QTextFormat::ImageAltText, alt);
    cursor.insertImage(image);
    cursor.insertBlock(caption, captionText);
    cursor.endEditBlock();
}

void clearFormatting(QTextCursor cursor)
{
    const bool wholeBlock = !cursor.hasSelection();
    const int start = wholeBlock ? cursor.block().position() : cursor.selectionStart();
    const int end = wholeBlock ? cursor.block().position() + cursor.block().length() - 1
                               : cursor.selectionEnd();
    QTextDocument *document = cursor.document();
    QList<FormatRange> ranges = fragmentsIn(document, start, end);
    cursor.beginEditBlock();
    for (FormatRange &range : ranges) {
        if (range.format.isImageFormat())
            continue;
        QTextCharFormat plain;
        if (range.format.isAnchor()) {
            plain.setAnchor(true);
            plain.setAnchorHref(range.format.anchorHref());
            plain.setForeground(DocumentFormat::linkColor());
        }
        range.format = plain;
        applyFormat(document, range);
    }
    QList<QTextBlock> blocks;
    for (QTextBlock block = document->findBlock(start); block.isValid() && block.position() <= end;
         block = block.next())
        blocks.append(block);
    for (const QTextBlock &block : std::as_const(blocks)) {
        const QTextBlockFormat format = block.blockFormat();
        if (format.intProperty(DocumentFormat::BlockRoleProperty) != int(DocumentFormat::BlockRole::Body)
            || format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth))
            continue;
        removeFromList(block);
        QTextCursor(block).setBlockFormat(QTextBlockFormat());
        QTextCursor(block).setBlockCharFormat(QTextCharFormat());
    }
    cursor.endEditBlock();
}

} // namespace galley::TextFormatting
