#include "document/htmlmodel.h"

#include <QSet>
#include <QVarLengthArray>

namespace galley {

namespace {

// Characters that are NFC on their own and never combine with a neighbour (quick-check Yes and
// canonical combining class 0, no canonical decomposition): text made only of them is NFC, which
// spares QString::normalized() for nearly all Chinese and English text.
bool isNfcStable(char16_t c)
{
    if (c < 0x300)
        return true;
    if (c >= 0x4E00 && c < 0xA000) // CJK Unified Ideographs
        return true;
    if (c >= 0x3000 && c < 0x3100) // CJK punctuation, kana (not the combining marks)
        return c < 0x302A || (c >= 0x3030 && c < 0x3099) || c >= 0x309B;
    if (c >= 0x2010 && c < 0x2060) // dashes, quotes, ellipsis, line separator
        return true;
    return c >= 0xFF01 && c < 0xFFEF; // fullwidth forms
}

bool needsNfc(QStringView text)
{
    for (const QChar c : text) {
        if (!isNfcStable(c.unicode()))
            return true;
    }
    return false;
}

QString nfc(QString text)
{
    if (needsNfc(text))
        text = text.normalized(QString::NormalizationForm_C);
    return text;
}

/// U+FDD0..U+FDEF, U+FFFE and U+FFFF: no character, and a QTextDocument drops them when it
/// loads the HTML, so canonical HTML must not hold them (text, alt or href) or it would not
/// survive load -> serialize (found by the fuzz target "canonicalhtml").
bool isNoncharacter(char16_t c)
{
    return (c >= 0xfdd0 && c <= 0xfdef) || c == 0xfffe || c == 0xffff;
}

/// The last two code points of every supplementary plane (U+1FFFE, U+1FFFF … U+10FFFF) are
/// noncharacters too; a QTextDocument turns them into U+FFFD (found by "canonicalhtml").
bool isSupplementaryNoncharacter(QChar high, QChar low)
{
    return (QChar::surrogateToUcs4(high, low) & 0xfffe) == 0xfffe;
}

bool isHex(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

bool isHeading(HtmlBlockKind kind)
{
    return kind == HtmlBlockKind::Heading2 || kind == HtmlBlockKind::Heading3 || kind == HtmlBlockKind::Heading4;
}

void normalizeRuns(QList<HtmlRun> &runs, bool heading)
{
    qsizetype kept = 0; // compacts in place: runs[0, kept) are done
    for (qsizetype i = 0; i < runs.size(); ++i) {
        HtmlRun &run = runs[i];
        if (heading)
            run.marks &= ~MarkStrong; // heading text is strong already; the loader shows it bold
        if ((run.marks & MarkSub) && (run.marks & MarkSup))
            run.marks &= ~MarkSub;
        if (!run.isImage()) {
            if (!run.imageAlt.isEmpty())
                run.imageAlt.clear();
            if (run.text.isEmpty())
                continue;
            run.text = nfc(std::move(run.text));
            if (kept > 0 && !runs[kept - 1].isImage() && runs[kept - 1].sameFormat(run)) {
                HtmlRun &last = runs[kept - 1];
                if (isNfcStable(run.text.front().unicode())) {
                    last.text += run.text;
                } else {
                    // only the junction can compose: renormalize from the last stable character on
                    qsizetype from = last.text.size();
                    while (from > 0 && !isNfcStable(last.text.at(from - 1).unicode()))
                        --from;
                    from = qMax<qsizetype>(0, from - 1);
                    const QString junction = last.text.mid(from) + run.text;
                    last.text.truncate(from);
                    last.text += junction.normalized(QString::NormalizationForm_C);
                }
                continue;
            }
        } else if (!run.text.isEmpty()) {
            run.text.clear();
        }
        if (kept != i)
            runs[kept] = std::move(run);
        ++kept;
    }
    if (kept != runs.size())
        runs.resize(kept);
}

// Lists: every block's path may extend the list stack left by the previous block by one level
// at most (a nested list opens inside the previous item). A path that jumps further comes from
// a list nested without an item around it; its intermediate lists are elided.
void normalizeLists(HtmlBlocks &blocks)
{
    QSet<int> elided;
    QList<int> stack;
    int previousQuote = 0;
    for (HtmlBlock &block : blocks) {
        if (block.quoteLevel != previousQuote)
            stack.clear(); // the serializer closes every list before it changes the quote level
        previousQuote = block.quoteLevel;
        if (block.lists.isEmpty()) {
            stack.clear();
            continue;
        }
        QList<HtmlList> path;
        path.reserve(block.lists.size());
        for (qsizetype i = 0; i + 1 < block.lists.size(); ++i) {
            if (!elided.contains(block.lists[i].id))
                path.append(block.lists[i]);
        }
        path.append(block.lists.last());
        qsizetype common = 0;
        while (common < stack.size() && common < path.size() && stack[common] == path[common].id)
            ++common;
        if (path.size() > common + 1) {
            for (qsizetype i = common; i + 1 < path.size(); ++i)
                elided.insert(path[i].id);
            const HtmlList innermost = path.last();
            path.resize(common);
            path.append(innermost);
        }
        stack.clear();
        for (const HtmlList &list : std::as_const(path))
            stack.append(list.id);
        block.lists = std::move(path);
    }
}

class Writer
{
public:
    explicit Writer(qsizetype sizeHint) { m_out.reserve(sizeHint); }

    QString take() { return std::move(m_out); }

    void raw(QLatin1String text) { m_out += text; }

    void text(QStringView text)
    {
        qsizetype start = 0;
        const qsizetype size = text.size();
        for (qsizetype i = 0; i < size; ++i) {
            QLatin1String replacement;
            switch (text[i].unicode()) {
            case u'&': replacement = QLatin1String("&amp;"); break;
            case u'<': replacement = QLatin1String("&lt;"); break;
            case u'>': replacement = QLatin1String("&gt;"); break;
            case QChar::LineSeparator: replacement = QLatin1String("<br>"); break;
            default: continue;
            }
            m_out += text.mid(start, i - start);
            m_out += replacement;
            start = i + 1;
        }
        m_out += text.mid(start);
    }

    void attribute(QStringView value)
    {
        qsizetype start = 0;
        const qsizetype size = value.size();
        for (qsizetype i = 0; i < size; ++i) {
            QLatin1String replacement;
            switch (value[i].unicode()) {
            case u'&': replacement = QLatin1String("&amp;"); break;
            case u'"': replacement = QLatin1String("&quot;"); break;
            default: continue;
            }
            m_out += value.mid(start, i - start);
            m_out += replacement;
            start = i + 1;
        }
        m_out += value.mid(start);
    }

    // Inline content with its tags nested in the fixed order a > strong > em > u > s > sub|sup,
    // opening and closing only what changes between runs.
    void inlines(const QList<HtmlRun> &runs)
    {
        struct Open {
            quint8 mark; // 0 for <a>
            const QString *href;
        };
        QVarLengthArray<Open, 8> open;
        for (const HtmlRun &run : runs) {
            QVarLengthArray<Open, 8> wanted;
            if (!run.href.isEmpty())
                wanted.append({0, &run.href});
            for (const quint8 mark : {MarkStrong, MarkEm, MarkUnderline, MarkStrike, MarkSub, MarkSup}) {
                if (run.marks & mark)
                    wanted.append({mark, nullptr});
            }
            qsizetype common = 0;
            while (common < open.size() && common < wanted.size() && open[common].mark == wanted[common].mark
                   && (open[common].mark != 0 || *open[common].href == *wanted[common].href)) {
                ++common;
            }
            while (open.size() > common) {
                closeTag(open.last().mark);
                open.removeLast();
            }
            for (qsizetype i = common; i < wanted.size(); ++i) {
                openTag(wanted[i].mark, wanted[i].href);
                open.append(wanted[i]);
            }
            if (run.isImage()) {
                raw(QLatin1String("<img src=\""));
                attribute(run.imageSrc);
                raw(QLatin1String("\" alt=\""));
                attribute(run.imageAlt);
                raw(QLatin1String("\">"));
            } else {
                text(run.text);
            }
        }
        while (!open.isEmpty()) {
            closeTag(open.last().mark);
            open.removeLast();
        }
    }

private:
    static QLatin1String tagName(quint8 mark)
    {
        switch (mark) {
        case MarkStrong: return QLatin1String("strong");
        case MarkEm: return QLatin1String("em");
        case MarkUnderline: return QLatin1String("u");
        case MarkStrike: return QLatin1String("s");
        case MarkSub: return QLatin1String("sub");
        case MarkSup: return QLatin1String("sup");
        default: return QLatin1String("a");
        }
    }

    void openTag(quint8 mark, const QString *href)
    {
        if (mark == 0) {
            raw(QLatin1String("<a href=\""));
            attribute(*href);
            raw(QLatin1String("\">"));
            return;
        }
        m_out += QLatin1Char('<');
        m_out += tagName(mark);
        m_out += QLatin1Char('>');
    }

    void closeTag(quint8 mark)
    {
        m_out += QLatin1String("</");
        m_out += tagName(mark);
        m_out += QLatin1Char('>');
    }

    QString m_out;
};

QLatin1String blockTag(HtmlBlockKind kind)
{
    switch (kind) {
    case HtmlBlockKind::Heading2: return QLatin1String("h2");
    case HtmlBlockKind::Heading3: return QLatin1String("h3");
    case HtmlBlockKind::Heading4: return QLatin1String("h4");
    default: return QLatin1String("p");
    }
}

} // namespace

void HtmlModel::normalize(HtmlBlocks &blocks)
{
    normalizeLists(blocks);
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        HtmlBlock &block = blocks[i];
        if (block.quoteLevel < 0)
            block.quoteLevel = 0;
        if (block.isListItem())
            block.kind = HtmlBlockKind::Paragraph;
        if (block.kind == HtmlBlockKind::Rule)
            block.runs.clear();
        if (block.kind == HtmlBlockKind::FigureCaption) {
            const bool afterFigure = i > 0 && blocks[i - 1].kind == HtmlBlockKind::FigureBody
                && blocks[i - 1].quoteLevel == block.quoteLevel;
            if (!afterFigure)
                block.kind = HtmlBlockKind::Paragraph;
        }
        normalizeRuns(block.runs, isHeading(block.kind));
    }
}

QString HtmlModel::serialize(const HtmlBlocks &blocks)
{
    if (blocks.isEmpty())
        return {};
    if (blocks.size() == 1) {
        const HtmlBlock &only = blocks.front();
        if (only.kind == HtmlBlockKind::Paragraph && only.runs.isEmpty() && !only.isListItem() && only.quoteLevel == 0)
            return {}; // an empty document
    }
    qsizetype sizeHint = 0;
    for (const HtmlBlock &block : blocks) {
        for (const HtmlRun &run : block.runs)
            sizeHint += run.text.size() + 16;
        sizeHint += 16;
    }
    Writer out(sizeHint + sizeHint / 8);

    struct OpenList {
        HtmlList list;
        bool lineOpen; // the current item's text line is not terminated yet
    };
    QList<OpenList> lists;
    int quote = 0;
    auto closeListsTo = [&](qsizetype depth) {
        while (lists.size() > depth) {
            out.raw(QLatin1String("</li>\n"));
            out.raw(lists.last().list.ordered ? QLatin1String("</ol>\n") : QLatin1String("</ul>\n"));
            lists.removeLast();
        }
    };

    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const HtmlBlock &block = blocks[i];
        if (block.quoteLevel != quote) {
            closeListsTo(0);
            for (; quote > block.quoteLevel; --quote)
                out.raw(QLatin1String("</blockquote>\n"));
            for (; quote < block.quoteLevel; ++quote)
                out.raw(QLatin1String("<blockquote>\n"));
        }
        if (block.isListItem()) {
            qsizetype common = 0;
            while (common < lists.size() && common < block.lists.size() && lists[common].list.id == block.lists[common].id)
                ++common;
            closeListsTo(common);
            if (block.lists.size() == common) {
                out.raw(QLatin1String("</li>\n"));
            } else {
                // normalize() guarantees block.lists.size() == common + 1 here
                if (!lists.isEmpty() && lists.last().lineOpen) {
                    out.raw(QLatin1String("\n"));
                    lists.last().lineOpen = false;
                }
                const HtmlList &list = block.lists.last();
                out.raw(list.ordered ? QLatin1String("<ol>\n") : QLatin1String("<ul>\n"));
                lists.append({list, true});
            }
            out.raw(QLatin1String("<li>"));
            out.inlines(block.runs);
            lists.last().lineOpen = true;
            continue;
        }
        closeListsTo(0);
        switch (block.kind) {
        case HtmlBlockKind::Rule:
            out.raw(QLatin1String("<hr>\n"));
            break;
        case HtmlBlockKind::FigureBody:
            out.raw(QLatin1String("<figure>"));
            out.inlines(block.runs);
            if (i + 1 < blocks.size() && blocks[i + 1].kind == HtmlBlockKind::FigureCaption) {
                out.raw(QLatin1String("<figcaption>"));
                out.inlines(blocks[i + 1].runs);
                out.raw(QLatin1String("</figcaption>"));
                ++i;
            }
            out.raw(QLatin1String("</figure>\n"));
            break;
        case HtmlBlockKind::FigureCaption: // only after a figure, see normalize(); kept safe anyway
        case HtmlBlockKind::Paragraph:
        case HtmlBlockKind::Heading2:
        case HtmlBlockKind::Heading3:
        case HtmlBlockKind::Heading4: {
            const QLatin1String tag = blockTag(block.kind);
            out.raw(QLatin1String("<"));
            out.raw(tag);
            out.raw(QLatin1String(">"));
            out.inlines(block.runs);
            out.raw(QLatin1String("</"));
            out.raw(tag);
            out.raw(QLatin1String(">\n"));
            break;
        }
        }
    }
    closeListsTo(0);
    for (; quote > 0; --quote)
        out.raw(QLatin1String("</blockquote>\n"));
    return out.take();
}

QString HtmlModel::plainText(const HtmlBlocks &blocks)
{
    QString out;
    qsizetype size = 0;
    for (const HtmlBlock &block : blocks) {
        for (const HtmlRun &run : block.runs)
            size += run.isImage() ? 1 : run.text.size();
        ++size;
    }
    out.reserve(size);
    bool first = true;
    for (const HtmlBlock &block : blocks) {
        if (!first)
            out += QLatin1Char('\n');
        first = false;
        for (const HtmlRun &run : block.runs) {
            if (run.isImage()) {
                out += QChar(QChar::ObjectReplacementCharacter);
                continue;
            }
            const qsizetype start = out.size();
            out += run.text;
            QChar *data = out.data();
            for (qsizetype i = start; i < out.size(); ++i) {
                if (data[i] == QChar::LineSeparator)
                    data[i] = QLatin1Char('\n');
                else if (data[i] == QChar::Nbsp)
                    data[i] = QLatin1Char(' ');
            }
        }
    }
    return out;
}

QString HtmlModel::cleanAssetSource(QStringView src)
{
    const QStringView trimmed = src.trimmed();
    static constexpr qsizetype HashLength = 64;
    if (trimmed.size() != 6 + HashLength || !trimmed.startsWith(QLatin1String("asset:"), Qt::CaseInsensitive))
        return {};
    const QStringView hash = trimmed.mid(6);
    for (const QChar c : hash) {
        if (!isHex(c))
            return {};
    }
    return QLatin1String("asset:") + hash.toString().toLower();
}

QString HtmlModel::cleanHref(QStringView href)
{
    QString url;
    url.reserve(href.size());
    for (qsizetype i = 0; i < href.size(); ++i) {
        const QChar c = href[i];
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            continue; // browsers drop tabs and newlines inside URLs ("jav&#x09;ascript:")
        if (isNoncharacter(c.unicode()) || c == QChar::ObjectReplacementCharacter)
            continue;
        if (c.isHighSurrogate() && i + 1 < href.size() && href[i + 1].isLowSurrogate()
            && isSupplementaryNoncharacter(c, href[i + 1])) {
            ++i;
            continue;
        }
        url += c;
    }
    url = url.trimmed();
    if (url.startsWith(QLatin1String("//")))
        url.prepend(QLatin1String("https:"));
    const qsizetype colon = url.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon + 1 >= url.size())
        return {};
    for (qsizetype i = 0; i < colon; ++i) {
        const char16_t c = url[i].unicode();
        const bool alpha = (c | 0x20) >= u'a' && (c | 0x20) <= u'z';
        if (!alpha && (i == 0 || !((c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.')))
            return {};
    }
    const QString scheme = url.left(colon).toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("mailto"))
        return {};
    return scheme + url.mid(colon);
}

QString HtmlModel::cleanAlt(QStringView alt)
{
    QString text;
    text.reserve(alt.size());
    for (const QChar c : alt) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f)
            text += QLatin1Char(' ');
        else if (u != QChar::ObjectReplacementCharacter && !c.isSurrogate() && !isNoncharacter(u))
            text += c;
    }
    return nfc(text.simplified());
}

QString HtmlModel::cleanText(QStringView text)
{
    bool clean = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t') || u == 0x7f || c.isSurrogate() || u == QChar::ObjectReplacementCharacter
            || isNoncharacter(u) || u == QChar::ParagraphSeparator) {
            clean = false;
            break;
        }
    }
    if (clean)
        return text.toString();
    QString out;
    out.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if (u < 0x20) {
            if (u == u'\t')
                out += c;
            continue;
        }
        if (u == 0x7f || u == QChar::ObjectReplacementCharacter || isNoncharacter(u)) {
            continue;
        }
        if (u == QChar::ParagraphSeparator) {
            out += QChar(QChar::LineSeparator);
            continue;
        }
        if (c.isHighSurrogate() && i + 1 < size && text[i + 1].isLowSurrogate()) {
            if (isSupplementaryNoncharacter(c, text[i + 1])) {
                ++i;
                continue;
            }
            out += c;
            out += text[++i];
            continue;
        }
        if (c.isSurrogate()) {
            out += QChar(QChar::ReplacementCharacter);
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace galley
