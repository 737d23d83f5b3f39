#include "document/canonicalhtml.h"

#include "document/documentformat.h"
#include "document/htmlmodel.h"
#include "document/htmlparser.h"

#include <QFont>
#include <QHash>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

#include <algorithm>

namespace galley {

namespace {

constexpr int MaxQuoteLevel = 16;

bool isOrdered(const QTextList *list)
{
    const QTextListFormat::Style style = list->format().style();
    return style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha
        || style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman
        || style == QTextListFormat::ListUpperRoman;
}

quint8 marksOf(const QTextCharFormat &format)
{
    quint8 marks = 0;
    if (format.fontWeight() >= QFont::DemiBold)
        marks |= MarkStrong;
    if (format.fontItalic())
        marks |= MarkEm;
    if (format.fontUnderline())
        marks |= MarkUnderline;
    if (format.fontStrikeOut())
        marks |= MarkStrike;
    if (format.verticalAlignment() == QTextCharFormat::AlignSubScript)
        marks |= MarkSub;
    else if (format.verticalAlignment() == QTextCharFormat::AlignSuperScript)
        marks |= MarkSup;
    return marks;
}

HtmlBlockKind kindOf(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    if (format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth) && block.length() <= 1)
        return HtmlBlockKind::Rule;
    switch (DocumentFormat::BlockRole(format.intProperty(DocumentFormat::BlockRoleProperty))) {
    case DocumentFormat::BlockRole::Figure:
        return HtmlBlockKind::FigureBody;
    case DocumentFormat::BlockRole::FigureCaption:
        return HtmlBlockKind::FigureCaption;
    case DocumentFormat::BlockRole::Body:
        break;
    }
    const int level = format.headingLevel();
    if (level <= 0)
        return HtmlBlockKind::Paragraph;
    if (level <= 2)
        return HtmlBlockKind::Heading2;
    return level == 3 ? HtmlBlockKind::Heading3 : HtmlBlockKind::Heading4;
}

void appendRuns(const QTextBlock &block, QList<HtmlRun> &runs)
{
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat format = fragment.charFormat();
        HtmlRun run;
        run.marks = marksOf(format);
        if (format.isAnchor())
            run.href = HtmlModel::cleanHref(format.anchorHref());
        const QString text = fragment.text();
        if (format.isImageFormat()) {
            const QTextImageFormat image = format.toImageFormat();
            run.imageSrc = HtmlModel::cleanAssetSource(image.name());
            run.imageAlt = HtmlModel::cleanAlt(image.property(QTextFormat::ImageAltText).toString());
            if (run.imageSrc.isEmpty())
                continue;
            // identical images next to each other share one fragment
            for (const QChar c : text) {
                if (c == QChar::ObjectReplacementCharacter)
                    runs.append(run);
            }
            continue;
        }
        run.text = HtmlModel::cleanText(text);
        runs.append(std::move(run));
    }
}

HtmlBlocks blocksOf(const QTextDocument &document)
{
    HtmlBlocks blocks;
    blocks.reserve(document.blockCount());
    struct OpenList {
        const QTextList *list;
        int indent;
    };
    QList<OpenList> stack;
    QHash<const QTextList *, int> ids;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        HtmlBlock out;
        out.kind = kindOf(block);
        out.quoteLevel = qBound(0, block.blockFormat().intProperty(QTextFormat::BlockQuoteLevel), MaxQuoteLevel);
        if (const QTextList *list = block.textList()) {
            qsizetype at = stack.size() - 1;
            while (at >= 0 && stack[at].list != list)
                --at;
            if (at >= 0) {
                stack.resize(at + 1);
            } else {
                const int indent = list->format().indent();
                while (!stack.isEmpty() && stack.last().indent >= indent)
                    stack.removeLast();
                stack.append({list, indent});
            }
            for (const OpenList &open : std::as_const(stack)) {
                auto id = ids.constFind(open.list);
                if (id == ids.constEnd())
                    id = ids.insert(open.list, int(ids.size()) + 1);
                out.lists.append({*id, isOrdered(open.list)});
            }
        } else {
            stack.clear();
        }
        if (out.kind != HtmlBlockKind::Rule)
            appendRuns(block, out.runs);
        blocks.append(std::move(out));
    }
    HtmlModel::normalize(blocks);
    return blocks;
}

int headingLevel(HtmlBlockKind kind)
{
    switch (kind) {
    case HtmlBlockKind::Heading2: return 2;
    case HtmlBlockKind::Heading3: return 3;
    case HtmlBlockKind::Heading4: return 4;
    default: return 0;
    }
}

QTextBlockFormat blockFormatOf(const HtmlBlock &block)
{
    QTextBlockFormat format;
    if (const int level = headingLevel(block.kind))
        format.setHeadingLevel(level);
    if (block.quoteLevel > 0) {
        format.setProperty(QTextFormat::BlockQuoteLevel, block.quoteLevel);
        format.setLeftMargin(DocumentFormat::QuoteIndent * block.quoteLevel);
    }
    switch (block.kind) {
    case HtmlBlockKind::FigureBody:
        format.setProperty(DocumentFormat::BlockRoleProperty, int(DocumentFormat::BlockRole::Figure));
        format.setAlignment(Qt::AlignHCenter);
        break;
    case HtmlBlockKind::FigureCaption:
        format.setProperty(DocumentFormat::BlockRoleProperty, int(DocumentFormat::BlockRole::FigureCaption));
        format.setAlignment(Qt::AlignHCenter);
        break;
    case HtmlBlockKind::Rule:
        format.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                           QTextLength(QTextLength::PercentageLength, 100));
        break;
    default:
        break;
    }
    return format;
}

QTextCharFormat baseCharFormat(const HtmlBlock &block)
{
    if (const int level = headingLevel(block.kind))
        return DocumentFormat::headingCharFormat(level);
    QTextCharFormat format;
    if (block.kind == HtmlBlockKind::FigureCaption)
        format.setProperty(QTextFormat::FontSizeAdjustment, -1);
    return format;
}

QTextCharFormat charFormatOf(const HtmlRun &run, const QTextCharFormat &base)
{
    QTextCharFormat format = base;
    if (run.marks & MarkStrong)
        format.setFontWeight(QFont::Bold);
    if (run.marks & MarkEm)
        format.setFontItalic(true);
    if (run.marks & MarkUnderline)
        format.setFontUnderline(true);
    if (run.marks & MarkStrike)
        format.setFontStrikeOut(true);
    if (run.marks & MarkSub)
        format.setVerticalAlignment(QTextCharFormat::AlignSubScript);
    else if (run.marks & MarkSup)
        format.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
    if (!run.href.isEmpty()) {
        format.setAnchor(true);
        format.setAnchorHref(run.href);
        format.setForeground(DocumentFormat::linkColor());
    }
    return format;
}

} // namespace

QTextCharFormat DocumentFormat::headingCharFormat(int level)
{
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    format.setProperty(QTextFormat::FontSizeAdjustment, qBound(0, 4 - level, 2));
    return format;
}

QColor DocumentFormat::linkColor()
{
    return QColor(0x1a, 0x5f, 0xb4);
}

QString CanonicalHtml::fromDocument(const QTextDocument &document)
{
    return HtmlModel::serialize(blocksOf(document));
}

void CanonicalHtml::toDocument(const QString &canonicalHtml, QTextDocument &document)
{
    HtmlBlocks blocks = parseHtml(canonicalHtml, HtmlParseMode::Canonical);
    if (blocks.isEmpty())
        blocks.append(HtmlBlock());

    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    // Not QTextDocument::clear(): that would also drop the resources (images) the editor added.
    cursor.select(QTextCursor::Document);
    cursor.removeSelectedText();
    const QTextBlock first = document.firstBlock();
    if (QTextList *list = first.textList())
        list->remove(first);

    QHash<int, QTextList *> lists;
    bool firstBlock = true;
    for (const HtmlBlock &block : std::as_const(blocks)) {
        const QTextCharFormat base = baseCharFormat(block);
        if (firstBlock) {
            cursor.setBlockFormat(blockFormatOf(block));
            cursor.setBlockCharFormat(base);
            firstBlock = false;
        } else {
            cursor.insertBlock(blockFormatOf(block), base);
        }
        if (block.isListItem()) {
            const HtmlList &own = block.lists.last();
            QTextList *&list = lists[own.id];
            if (list) {
                list->add(cursor.block());
            } else {
                QTextListFormat format;
                format.setStyle(own.ordered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc);
                format.setIndent(int(block.lists.size()));
                list = cursor.createList(format);
            }
        }
        for (const HtmlRun &run : block.runs) {
            QTextCharFormat format = charFormatOf(run, base);
            if (run.isImage()) {
                QTextImageFormat image;
                image.merge(format);
                image.setName(run.imageSrc);
                image.setProperty(QTextFormat::ImageAltText, run.imageAlt);
                cursor.insertImage(image);
            } else {
                cursor.insertText(run.text, format);
            }
        }
    }
    cursor.endEditBlock();
}

QString CanonicalHtml::toPlainText(const QString &canonicalHtml)
{
    return HtmlModel::plainText(parseHtml(canonicalHtml, HtmlParseMode::Canonical));
}

namespace {

QList<TextBlock> textBlocksOf(const HtmlBlocks &blocks)
{
    QList<TextBlock> result;
    result.reserve(blocks.size());
    qsizetype position = 0;
    for (const HtmlBlock &block : blocks) {
        TextBlock text;
        switch (block.kind) {
        case HtmlBlockKind::Heading2:
        case HtmlBlockKind::Heading3:
        case HtmlBlockKind::Heading4:
            text.kind = TextBlockKind::Heading;
            break;
        case HtmlBlockKind::FigureBody:
            text.kind = TextBlockKind::Figure;
            break;
        case HtmlBlockKind::FigureCaption:
            text.kind = TextBlockKind::Caption;
            break;
        case HtmlBlockKind::Rule:
            text.kind = TextBlockKind::Rule;
            break;
        case HtmlBlockKind::Paragraph:
            text.kind = block.isListItem() ? TextBlockKind::ListItem : TextBlockKind::Paragraph;
            break;
        }
        text.start = position;
        for (const HtmlRun &run : block.runs)
            text.length += run.isImage() ? 1 : run.text.size();
        position += text.length + 1; // the "\n" between blocks, as in HtmlModel::plainText()
        result.append(text);
    }
    return result;
}

} // namespace

QList<TextBlock> CanonicalHtml::textBlocks(const QString &canonicalHtml, QString *plainText)
{
    const HtmlBlocks blocks = parseHtml(canonicalHtml, HtmlParseMode::Canonical);
    if (plainText)
        *plainText = HtmlModel::plainText(blocks);
    return textBlocksOf(blocks);
}

namespace {

/// Makes \a edit (block-relative offsets) in \a block's runs; false when it cannot.
bool editBlock(HtmlBlock &block, qsizetype start, qsizetype end, const QString &text)
{
    // Find the run that receives the text: the one holding \a start, or ending at it (insertions).
    qsizetype position = 0;
    qsizetype target = -1;
    for (qsizetype r = 0; r < block.runs.size(); ++r) {
        const HtmlRun &run = block.runs.at(r);
        const qsizetype length = run.isImage() ? 1 : run.text.size();
        const qsizetype runEnd = position + length;
        if (run.isImage()) {
            if (start < runEnd && position < end)
                return false; // an image inside the replaced range
        } else if (target < 0 && (start < runEnd || (start == end && start == runEnd))) {
            if (start >= position)
                target = r;
        }
        position = runEnd;
    }
    if (target < 0 || end > position)
        return false;
    // Remove [start, end) from every run it covers, then insert into the target run.
    position = 0;
    qsizetype insertAt = -1;
    for (qsizetype r = 0; r < block.runs.size(); ++r) {
        HtmlRun &run = block.runs[r];
        const qsizetype length = run.isImage() ? 1 : run.text.size();
        if (!run.isImage()) {
            const qsizetype from = std::max(start, position) - position;
            const qsizetype to = std::min(end, position + length) - position;
            if (r == target)
                insertAt = from;
            if (to > from)
                run.text.remove(from, to - from);
        }
        position += length;
    }
    block.runs[target].text.insert(insertAt, text);
    block.runs.removeIf([](const HtmlRun &run) { return !run.isImage() && run.text.isEmpty(); });
    return true;
}

} // namespace

QString CanonicalHtml::replaceText(const QString &canonicalHtml, const QList<TextEdit> &edits, int *skipped)
{
    HtmlBlocks blocks = parseHtml(canonicalHtml, HtmlParseMode::Canonical);
    const QList<TextBlock> spans = textBlocksOf(blocks);
    int notMade = 0;
    // From the last edit to the first, so that earlier offsets stay valid.
    for (qsizetype e = edits.size() - 1; e >= 0; --e) {
        const TextEdit &edit = edits.at(e);
        const auto block = std::find_if(spans.cbegin(), spans.cend(),
            [&](const TextBlock &span) { return edit.start >= span.start && edit.end <= span.start + span.length; });
        const QString text = HtmlModel::cleanText(edit.text);
        if (edit.start > edit.end || block == spans.cend()
            || !editBlock(blocks[block - spans.cbegin()], edit.start - block->start, edit.end - block->start, text)) {
            ++notMade;
        }
    }
    if (skipped)
        *skipped = notMade;
    if (notMade == edits.size())
        return canonicalHtml;
    HtmlModel::normalize(blocks);
    return HtmlModel::serialize(blocks);
}

namespace {

/// The marks named by canonical tag names; nullopt for an unknown name.
std::optional<quint8> marksNamed(const QStringList &names)
{
    quint8 marks = 0;
    for (const QString &name : names) {
        if (name == QLatin1String("strong"))
            marks |= MarkStrong;
        else if (name == QLatin1String("em"))
            marks |= MarkEm;
        else if (name == QLatin1String("u"))
            marks |= MarkUnderline;
        else if (name == QLatin1String("s"))
            marks |= MarkStrike;
        else if (name == QLatin1String("sub"))
            marks |= MarkSub;
        else if (name == QLatin1String("sup"))
            marks |= MarkSup;
        else
            return std::nullopt;
    }
    return marks;
}

/// Splits the text run of \a block that straddles block-relative offset \a at in two.
void splitRunAt(HtmlBlock &block, qsizetype at)
{
    qsizetype position = 0;
    for (qsizetype r = 0; r < block.runs.size(); ++r) {
        HtmlRun &run = block.runs[r];
        const qsizetype length = run.isImage() ? 1 : run.text.size();
        if (!run.isImage() && at > position && at < position + length) {
            HtmlRun tail = run;
            tail.text = run.text.mid(at - position);
            run.text.truncate(at - position);
            block.runs.insert(r + 1, tail);
            return;
        }
        position += length;
    }
}

} // namespace

std::optional<QString> CanonicalHtml::changeFormat(
    const QString &canonicalHtml, qsizetype start, qsizetype end, const QStringList &add, const QStringList &remove)
{
    const std::optional<quint8> added = marksNamed(add);
    const std::optional<quint8> removed = marksNamed(remove);
    if (!added || !removed || start < 0 || end < start)
        return std::nullopt;
    HtmlBlocks blocks = parseHtml(canonicalHtml, HtmlParseMode::Canonical);
    const QList<TextBlock> spans = textBlocksOf(blocks);
    if (spans.isEmpty() || end > spans.last().start + spans.last().length)
        return std::nullopt;
    quint8 cleared = *removed;
    if (*added & MarkSub)
        cleared |= MarkSup;
    if (*added & MarkSup)
        cleared |= MarkSub;
    for (qsizetype b = 0; b < spans.size(); ++b) {
        const TextBlock &span = spans.at(b);
        const qsizetype from = std::max(start, span.start) - span.start;
        const qsizetype to = std::min(end, span.start + span.length) - span.start;
        if (from >= to)
            continue;
        HtmlBlock &block = blocks[b];
        splitRunAt(block, from);
        splitRunAt(block, to);
        qsizetype position = 0;
        for (HtmlRun &run : block.runs) {
            const qsizetype length = run.isImage() ? 1 : run.text.size();
            if (!run.isImage() && position >= from && position + length <= to)
                run.marks = quint8((run.marks & ~cleared) | *added);
            position += length;
        }
    }
    HtmlModel::normalize(blocks);
    return HtmlModel::serialize(blocks);
}

} // namespace galley
