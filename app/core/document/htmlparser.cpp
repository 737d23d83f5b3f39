#include "document/htmlparser.h"

#include "document/gumbosupport.h"
#include "document/htmlhints.h"
#include "model/textstats.h"

#include <QRegularExpression>
#include <QSet>

#include <gumbo.h>

#include <vector>

namespace galley {

namespace {

constexpr int MaxDepth = 400; // deeper content (never seen outside hostile input) is flattened

bool isAsciiSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isAllAsciiSpace(QStringView text)
{
    for (const QChar c : text) {
        if (!isAsciiSpace(c.unicode()))
            return false;
    }
    return true;
}

// Neither whitespace, nor a control, surrogate or noncharacter: copied as it is.
bool isOrdinary(char16_t c)
{
    if (c < 0x80)
        return c > 0x20 && c != 0x7f;
    return !QChar::isSurrogate(c) && c < 0xfdd0 && c != QChar::LineSeparator && c != QChar::ParagraphSeparator;
}

// East Asian wide characters: a segment break between two of them is removed, not turned into
// a space (CSS Text 3), so Chinese text wrapped in the source gets no stray spaces.
bool isWide(char32_t c)
{
    return isCjk(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0xFE30 && c <= 0xFE4F);
}

bool hasVisibleContent(const HtmlBlock &block)
{
    for (const HtmlRun &run : block.runs) {
        if (run.isImage())
            return true;
        for (const QChar c : run.text) {
            if (!c.isSpace())
                return true;
        }
    }
    return false;
}

struct Context {
    HtmlBlockKind kind = HtmlBlockKind::Paragraph;
    int quote = 0;
    QList<HtmlList> lists;
    bool single = false;        // inside one block: nested block elements become line breaks
    bool listContainer = false; // directly inside <ul>/<ol>, outside any <li>
    bool inItem = false;        // inside a list item of `lists`
    bool pre = false;
    quint8 marks = 0;
    QString href;

    [[nodiscard]] bool isFlow() const { return !single && !listContainer; }
    [[nodiscard]] Context item() const
    {
        Context c = *this;
        c.listContainer = false;
        c.single = true;
        c.inItem = true;
        c.kind = HtmlBlockKind::Paragraph;
        return c;
    }
};

class Walker
{
public:
    Walker(HtmlParseMode mode, QStringList *dropped)
        : m_sanitize(mode == HtmlParseMode::Sanitize)
        , m_dropped(dropped)
    {
    }

    void run(const GumboNode *root)
    {
        walk(root, Context(), 0);
        finish();
    }

    HtmlBlocks take()
    {
        HtmlModel::normalize(m_blocks);
        if (m_dropped) {
            QStringList names(m_droppedNames.cbegin(), m_droppedNames.cend());
            names.sort();
            *m_dropped = names;
        }
        return std::move(m_blocks);
    }

private:
    void drop(const QString &what)
    {
        if (m_dropped)
            m_droppedNames.insert(what);
    }

    void walk(const GumboNode *node, const Context &ctx, int depth)
    {
        switch (node->type) {
        case GUMBO_NODE_DOCUMENT:
        case GUMBO_NODE_ELEMENT:
            if (depth > MaxDepth) {
                flatten(node, ctx); // keeps the text without recursing further
                return;
            }
            if (node->type == GUMBO_NODE_ELEMENT)
                element(node, ctx, depth);
            else
                children(node->v.document.children, ctx, depth);
            break;
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            text(QString::fromUtf8(node->v.text.text), ctx);
            break;
        case GUMBO_NODE_COMMENT:
        case GUMBO_NODE_TEMPLATE:
            break;
        }
    }

    void children(const GumboVector &nodes, const Context &ctx, int depth)
    {
        for (unsigned i = 0; i < nodes.length; ++i)
            walk(static_cast<const GumboNode *>(nodes.data[i]), ctx, depth + 1);
    }

    void element(const GumboNode *node, const Context &parent, int depth);
    void flatten(const GumboNode *node, const Context &ctx);
    void block(const GumboNode *node, const Context &ctx, HtmlBlockKind kind, int depth);
    void container(const GumboNode *node, const Context &ctx, int depth);
    void list(const GumboNode *node, const Context &ctx, bool ordered, int depth);
    void figure(const GumboNode *node, const Context &ctx, int depth);
    void wordListItem(const GumboNode *node, const Context &ctx, const QByteArray &msoList, int depth);
    void image(const GumboElement &element, const Context &ctx);
    void text(const QString &text, const Context &ctx);
    void lineBreak(const Context &ctx);

    // --- block bookkeeping ---
    void start(const Context &ctx)
    {
        finish();
        m_current = HtmlBlock();
        m_current.kind = ctx.kind;
        m_current.quoteLevel = ctx.quote;
        m_current.lists = ctx.lists;
        m_open = true;
        m_hasContent = false;
        m_atLineStart = true;
        m_pendingSpace = m_pendingSegmentBreak = m_pendingBreak = false;
        m_lastChar = 0;
    }

    void ensure(const Context &ctx)
    {
        if (m_open
            && (m_current.kind != ctx.kind || m_current.quoteLevel != ctx.quote || m_current.lists != ctx.lists)) {
            finish();
        }
        if (!m_open) {
            if (ctx.isFlow())
                m_wordLists.clear();
            start(ctx);
        }
    }

    void finish()
    {
        if (!m_open)
            return;
        m_open = false;
        if (m_sanitize) {
            // trailing line breaks render as nothing
            while (!m_current.runs.isEmpty()) {
                HtmlRun &last = m_current.runs.last();
                if (last.isImage())
                    break;
                while (!last.text.isEmpty() && last.text.back() == QChar::LineSeparator)
                    last.text.chop(1);
                if (!last.text.isEmpty())
                    break;
                m_current.runs.removeLast();
            }
            if (m_current.kind != HtmlBlockKind::Rule && !hasVisibleContent(m_current))
                return;
        }
        m_blocks.append(std::move(m_current));
    }

    void softBreak()
    {
        if (m_open && m_hasContent)
            m_pendingBreak = true;
    }

    void appendRun(QString text, const Context &ctx)
    {
        HtmlRun run;
        run.text = std::move(text);
        run.href = ctx.href;
        run.marks = ctx.marks;
        m_current.runs.append(std::move(run));
    }

    void appendLineSeparator(const Context &ctx)
    {
        appendRun(QString(QChar(QChar::LineSeparator)), ctx);
        m_pendingSpace = m_pendingSegmentBreak = m_pendingBreak = false;
        m_atLineStart = true;
        m_lastChar = QChar::LineSeparator;
    }

    // Called before visible content (a character or an image) is added to the open block.
    void beforeContent(char32_t next, QString &pendingText, const Context &ctx)
    {
        if (m_pendingBreak) {
            if (!pendingText.isEmpty())
                appendRun(std::exchange(pendingText, QString()), ctx);
            appendLineSeparator(ctx);
        }
        if (m_pendingSpace) {
            if (!m_atLineStart && !(m_pendingSegmentBreak && isWide(m_lastChar) && isWide(next))) {
                if (m_spaceRun < 0)
                    pendingText += QLatin1Char(' ');
                else
                    m_current.runs[m_spaceRun].text += QLatin1Char(' ');
            }
            m_pendingSpace = m_pendingSegmentBreak = false;
        }
        m_atLineStart = false;
        m_hasContent = true;
        m_lastChar = next;
    }

    const bool m_sanitize;
    QStringList *m_dropped;
    QSet<QString> m_droppedNames;
    HtmlBlocks m_blocks;
    HtmlBlock m_current;
    bool m_open = false;
    bool m_hasContent = false;   // the open block has visible content (leading breaks are dropped)
    bool m_atLineStart = true;   // spaces here collapse to nothing
    bool m_pendingSpace = false; // collapsible whitespace seen, not yet written
    bool m_pendingSegmentBreak = false;
    bool m_pendingBreak = false; // a block boundary inside a single block: a line break if more follows
    qsizetype m_spaceRun = -1;   // run that holds the pending space; -1: the text being collected
    char32_t m_lastChar = 0;
    int m_nextListId = 1;
    bool m_flattened = false;

    struct WordList {
        int level;
        QByteArray key;
        HtmlList list;
    };
    QList<WordList> m_wordLists;
};

void Walker::element(const GumboNode *node, const Context &parent, int depth)
{
    const GumboElement &el = node->v.element;
    if (el.tag_namespace != GUMBO_NAMESPACE_HTML) {
        drop(el.tag_namespace == GUMBO_NAMESPACE_SVG ? QStringLiteral("svg") : QStringLiteral("math"));
        return;
    }
    if (isDroppedWithContent(el.tag)) {
        drop(QString::fromUtf8(gumbo_normalized_tagname(el.tag)));
        return;
    }
    switch (el.tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_BASE: case GUMBO_TAG_LINK: case GUMBO_TAG_META:
    case GUMBO_TAG_PARAM: case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK: case GUMBO_TAG_AREA: case GUMBO_TAG_MAP:
    case GUMBO_TAG_RT: case GUMBO_TAG_RP: case GUMBO_TAG_COLGROUP: case GUMBO_TAG_COL: case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_ISINDEX: case GUMBO_TAG_NEXTID: case GUMBO_TAG_SPACER: case GUMBO_TAG_WBR:
        return; // no article content
    case GUMBO_TAG_UNKNOWN:
        if (el.original_tag.length >= 4 && qstrnicmp(el.original_tag.data, "<o:p", 4) == 0)
            return; // Word's empty-paragraph filler
        break;
    default:
        break;
    }

    if (m_dropped) {
        for (unsigned i = 0; i < el.attributes.length; ++i) {
            const auto *attr = static_cast<const GumboAttribute *>(el.attributes.data[i]);
            if (qstrnicmp(attr->name, "on", 2) == 0)
                drop(QStringLiteral("event handler attributes"));
        }
    }
    if (gumboAttribute(el, "hidden"))
        return;

    Context ctx = parent;
    if (ctx.listContainer) {
        switch (el.tag) {
        case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_MENU: case GUMBO_TAG_DIR:
            break;
        default:
            ctx = ctx.item(); // loose content inside a list is an item of its own
            break;
        }
    }

    switch (el.tag) {
    case GUMBO_TAG_B: case GUMBO_TAG_STRONG: ctx.marks |= MarkStrong; break;
    case GUMBO_TAG_I: case GUMBO_TAG_EM: ctx.marks |= MarkEm; break;
    case GUMBO_TAG_U: case GUMBO_TAG_INS: ctx.marks |= MarkUnderline; break;
    case GUMBO_TAG_S: case GUMBO_TAG_STRIKE: case GUMBO_TAG_DEL: ctx.marks |= MarkStrike; break;
    case GUMBO_TAG_SUB: ctx.marks = (ctx.marks & ~MarkSup) | MarkSub; break;
    case GUMBO_TAG_SUP: ctx.marks = (ctx.marks & ~MarkSub) | MarkSup; break;
    default: break;
    }
    QByteArray msoList;
    if (const char *css = gumboAttribute(el, "style")) {
        const InlineStyle style = parseStyle(css);
        if (style.hidden)
            return;
        if (style.bold)
            ctx.marks = *style.bold ? (ctx.marks | MarkStrong) : (ctx.marks & ~MarkStrong);
        if (style.italic)
            ctx.marks = *style.italic ? (ctx.marks | MarkEm) : (ctx.marks & ~MarkEm);
        if (style.underline && ((parent.href.isEmpty() && el.tag != GUMBO_TAG_A) || el.tag == GUMBO_TAG_U))
            ctx.marks |= MarkUnderline; // a link's own underline is how links look, not emphasis
        if (style.strike)
            ctx.marks |= MarkStrike;
        if (style.verticalAlign < 0)
            ctx.marks = (ctx.marks & ~MarkSup) | MarkSub;
        else if (style.verticalAlign > 0)
            ctx.marks = (ctx.marks & ~MarkSub) | MarkSup;
        msoList = style.msoList;
    }

    switch (el.tag) {
    case GUMBO_TAG_BR:
        lineBreak(ctx);
        return;
    case GUMBO_TAG_IMG: case GUMBO_TAG_IMAGE:
        image(el, ctx);
        return;
    case GUMBO_TAG_HR:
        if (ctx.isFlow()) {
            finish();
            m_wordLists.clear();
            Context rule = ctx;
            rule.kind = HtmlBlockKind::Rule;
            start(rule);
            finish();
        } else {
            softBreak();
        }
        return;
    case GUMBO_TAG_A: {
        const char *href = gumboAttribute(el, "href");
        ctx.href = href ? unwrapRedirect(HtmlModel::cleanHref(QString::fromUtf8(href))) : QString();
        if (href && ctx.href.isEmpty() && !QByteArray(href).trimmed().isEmpty())
            drop(QStringLiteral("link %1").arg(schemeOf(QString::fromUtf8(href))));
        children(el.children, ctx, depth);
        return;
    }
    case GUMBO_TAG_H1: case GUMBO_TAG_H2:
        block(node, ctx, HtmlBlockKind::Heading2, depth);
        return;
    case GUMBO_TAG_H3:
        block(node, ctx, HtmlBlockKind::Heading3, depth);
        return;
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
        block(node, ctx, HtmlBlockKind::Heading4, depth);
        return;
    case GUMBO_TAG_P:
        if (!msoList.isEmpty() && ctx.isFlow()) {
            wordListItem(node, ctx, msoList, depth);
            return;
        }
        block(node, ctx, HtmlBlockKind::Paragraph, depth);
        return;
    case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT:
        ctx.pre = true;
        block(node, ctx, HtmlBlockKind::Paragraph, depth);
        return;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_LEGEND: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_FIGCAPTION:
        block(node, ctx, HtmlBlockKind::Paragraph, depth);
        return;
    case GUMBO_TAG_LI:
        if (ctx.listContainer) {
            finish();
            const Context item = ctx.item();
            start(item);
            children(el.children, item, depth);
            finish();
        } else {
            block(node, ctx, HtmlBlockKind::Paragraph, depth);
        }
        return;
    case GUMBO_TAG_UL: case GUMBO_TAG_MENU: case GUMBO_TAG_DIR:
        list(node, ctx, false, depth);
        return;
    case GUMBO_TAG_OL:
        list(node, ctx, true, depth);
        return;
    case GUMBO_TAG_BLOCKQUOTE:
        if (ctx.isFlow()) {
            finish();
            m_wordLists.clear();
            ++ctx.quote;
            children(el.children, ctx, depth);
            finish();
        } else {
            softBreak();
            children(el.children, ctx, depth);
            softBreak();
        }
        return;
    case GUMBO_TAG_FIGURE:
        figure(node, ctx, depth);
        return;
    case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_MAIN: case GUMBO_TAG_HGROUP: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DL: case GUMBO_TAG_DETAILS: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_MULTICOL: case GUMBO_TAG_MARQUEE:
        container(node, ctx, depth);
        return;
    default: // inline elements, known or not: unwrapped, their content kept
        children(el.children, ctx, depth);
        return;
    }
}

// Content nested deeper than any real document (browsers stop nesting at 512 too): its text
// joins the current block, walked with an explicit stack instead of recursion.
void Walker::flatten(const GumboNode *root, const Context &ctx)
{
    if (!m_flattened) {
        drop(QStringLiteral("structure nested too deep"));
        m_flattened = true;
    }
    const Context inner = ctx.listContainer ? ctx.item() : ctx;
    std::vector<const GumboNode *> stack{root};
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            text(QString::fromUtf8(node->v.text.text), inner);
            continue;
        }
        if (node->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboElement &el = node->v.element;
        if (el.tag_namespace != GUMBO_NAMESPACE_HTML || isDroppedWithContent(el.tag))
            continue;
        if (el.tag == GUMBO_TAG_BR) {
            lineBreak(inner);
            continue;
        }
        for (unsigned i = el.children.length; i > 0; --i)
            stack.push_back(static_cast<const GumboNode *>(el.children.data[i - 1]));
    }
}

void Walker::block(const GumboNode *node, const Context &ctx, HtmlBlockKind kind, int depth)
{
    if (ctx.isFlow()) {
        finish();
        m_wordLists.clear();
        Context inner = ctx;
        inner.kind = kind;
        inner.single = true;
        start(inner);
        children(node->v.element.children, inner, depth);
        finish();
    } else {
        softBreak();
        children(node->v.element.children, ctx, depth);
        softBreak();
    }
}

void Walker::container(const GumboNode *node, const Context &ctx, int depth)
{
    if (ctx.isFlow()) {
        finish();
        children(node->v.element.children, ctx, depth);
        finish();
    } else {
        softBreak();
        children(node->v.element.children, ctx, depth);
        softBreak();
    }
}

void Walker::list(const GumboNode *node, const Context &ctx, bool ordered, int depth)
{
    if (ctx.isFlow() || ctx.listContainer || ctx.inItem) {
        // A list inside an item (or directly inside a list) nests; elsewhere it starts a list.
        finish();
        if (ctx.isFlow())
            m_wordLists.clear();
        Context inner = ctx;
        inner.lists.append({m_nextListId++, ordered});
        inner.listContainer = true;
        inner.single = inner.inItem = inner.pre = false;
        inner.kind = HtmlBlockKind::Paragraph;
        children(node->v.element.children, inner, depth);
        finish();
    } else {
        softBreak(); // inside a heading, paragraph or caption: its items become lines
        children(node->v.element.children, ctx, depth);
        softBreak();
    }
}

void Walker::figure(const GumboNode *node, const Context &ctx, int depth)
{
    const GumboVector &kids = node->v.element.children;
    auto isCaption = [](const GumboNode *child) {
        return child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_FIGCAPTION;
    };
    if (!ctx.isFlow()) {
        softBreak();
        children(kids, ctx, depth);
        softBreak();
        return;
    }
    finish();
    m_wordLists.clear();
    const qsizetype before = m_blocks.size();
    Context body = ctx;
    body.kind = HtmlBlockKind::FigureBody;
    body.single = true;
    start(body);
    for (unsigned i = 0; i < kids.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(kids.data[i]);
        if (!isCaption(child))
            walk(child, body, depth + 1);
    }
    finish();
    const bool hasBody = m_blocks.size() > before;
    Context caption = ctx;
    caption.kind = HtmlBlockKind::FigureCaption;
    caption.single = true;
    bool captionStarted = false;
    for (unsigned i = 0; i < kids.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(kids.data[i]);
        if (!isCaption(child))
            continue;
        if (!captionStarted)
            start(caption);
        else
            softBreak();
        captionStarted = true;
        children(child->v.element.children, caption, depth + 1);
    }
    const qsizetype beforeCaption = m_blocks.size();
    finish();
    if (!hasBody && m_blocks.size() > beforeCaption)
        m_blocks.last().kind = HtmlBlockKind::Paragraph; // a caption without a picture is a paragraph
}

// Word writes list items as paragraphs styled "mso-list:l0 level2 lfo1"; rebuild the lists.
void Walker::wordListItem(const GumboNode *node, const Context &ctx, const QByteArray &msoList, int depth)
{
    static const QRegularExpression pattern(QStringLiteral("l(\\d+)\\s+level(\\d+)(?:\\s+lfo(\\d+))?"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(msoList));
    if (!match.hasMatch()) {
        block(node, ctx, HtmlBlockKind::Paragraph, depth);
        return;
    }
    const int level = qBound(1, match.captured(2).toInt(), 9);
    const QByteArray key = match.captured(1).toLatin1() + '/' + match.captured(3).toLatin1();
    const bool ordered = isOrderedMarker(wordListMarker(node));

    if (!m_wordLists.isEmpty() && m_wordLists.front().key != key)
        m_wordLists.clear();
    while (!m_wordLists.isEmpty() && m_wordLists.last().level > level)
        m_wordLists.removeLast();
    if (!m_wordLists.isEmpty() && m_wordLists.last().level == level && m_wordLists.last().list.ordered != ordered)
        m_wordLists.removeLast();
    if (m_wordLists.isEmpty() || m_wordLists.last().level < level)
        m_wordLists.append({level, key, HtmlList{m_nextListId++, ordered}});

    finish();
    Context item = ctx;
    for (const WordList &wordList : std::as_const(m_wordLists))
        item.lists.append(wordList.list);
    item = item.item();
    start(item);
    children(node->v.element.children, item, depth);
    finish();
}

void Walker::image(const GumboElement &element, const Context &ctx)
{
    const char *src = gumboAttribute(element, "src");
    QString source = src ? QString::fromUtf8(src).trimmed() : QString();
    if (source.isEmpty() || source.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
        // lazy loading: the real picture waits in data-src (news sites, WeChat)
        for (const char *lazy : {"data-src", "data-original", "data-lazy-src"}) {
            if (const char *value = gumboAttribute(element, lazy)) {
                source = QString::fromUtf8(value).trimmed();
                break;
            }
        }
    }
    const QString asset = HtmlModel::cleanAssetSource(source);
    const char *alt = gumboAttribute(element, "alt");
    const QString altText = alt ? HtmlModel::cleanAlt(QString::fromUtf8(alt)) : QString();
    if (!asset.isEmpty()) {
        ensure(ctx);
        QString none;
        beforeContent(QChar::ObjectReplacementCharacter, none, ctx);
        if (!none.isEmpty())
            appendRun(none, ctx);
        HtmlRun run;
        run.imageSrc = asset;
        run.imageAlt = altText;
        run.href = ctx.href;
        run.marks = ctx.marks;
        m_current.runs.append(std::move(run));
        return;
    }
    // Only asset: images live in the body; a web image is kept as a link named by its alt text.
    const QString link = HtmlModel::cleanHref(source);
    if (!source.trimmed().isEmpty())
        drop(QStringLiteral("image %1").arg(schemeOf(source)));
    if (altText.isEmpty())
        return;
    if (ctx.href.isEmpty() && (link.startsWith(QLatin1String("http:")) || link.startsWith(QLatin1String("https:")))) {
        Context linked = ctx;
        linked.href = link;
        text(altText, linked);
    } else {
        text(altText, ctx);
    }
}

void Walker::lineBreak(const Context &ctx)
{
    if (m_sanitize && (!m_open || !m_hasContent))
        return; // a leading line break renders as nothing
    ensure(ctx);
    if (m_sanitize && !m_hasContent)
        return;
    m_pendingBreak = false;
    appendLineSeparator(ctx);
}

void Walker::text(const QString &raw, const Context &parentCtx)
{
    if ((!m_open || parentCtx.listContainer) && isAllAsciiSpace(raw))
        return; // whitespace between blocks, or before any content of a block that is not open
    const Context &ctx = parentCtx.listContainer ? parentCtx.item() : parentCtx;
    ensure(ctx);

    QString out;
    out.reserve(raw.size());
    const qsizetype size = raw.size();
    if (m_sanitize) {
        m_spaceRun = m_pendingSpace ? m_spaceRun : -1;
        for (qsizetype i = 0; i < size; ++i) {
            const char16_t u = raw[i].unicode();
            if (isAsciiSpace(u) || u == QChar::LineSeparator || u == QChar::ParagraphSeparator) {
                if (ctx.pre && u == u'\n') {
                    if (m_hasContent) {
                        if (!out.isEmpty())
                            appendRun(std::exchange(out, QString()), ctx);
                        appendLineSeparator(ctx);
                    }
                    continue;
                }
                if (!m_pendingSpace) {
                    m_pendingSpace = true;
                    m_spaceRun = -1;
                }
                if (u == u'\n')
                    m_pendingSegmentBreak = true;
                continue;
            }
            if (u < 0x20 || u == 0x7f || u == QChar::ObjectReplacementCharacter || (u >= 0xfdd0 && u <= 0xfdef)
                || u == 0xfffe || u == 0xffff) {
                continue;
            }
            if (isOrdinary(u)) {
                // the common case: a stretch of ordinary characters, copied at once
                qsizetype end = i + 1;
                while (end < size && isOrdinary(raw[end].unicode()))
                    ++end;
                beforeContent(u, out, ctx);
                out.append(QStringView(raw).mid(i, end - i));
                m_lastChar = raw[end - 1].unicode();
                i = end - 1;
                continue;
            }
            char32_t code = u;
            bool pair = false;
            if (QChar::isHighSurrogate(u) && i + 1 < size && raw[i + 1].isLowSurrogate()) {
                code = QChar::surrogateToUcs4(u, raw[i + 1].unicode());
                pair = true;
                if ((code & 0xfffe) == 0xfffe) { // U+1FFFE … U+10FFFF: noncharacters, as above
                    ++i;
                    continue;
                }
            } else if (QChar::isSurrogate(u)) {
                code = QChar::ReplacementCharacter;
            }
            beforeContent(code, out, ctx);
            if (pair) {
                out += raw[i];
                out += raw[++i];
            } else {
                out += QChar(char16_t(code));
            }
        }
        const bool spaceHere = m_pendingSpace && m_spaceRun < 0;
        if (!out.isEmpty() || spaceHere) {
            appendRun(std::move(out), ctx); // already clean; NFC happens in normalize()
            if (spaceHere)
                m_spaceRun = m_current.runs.size() - 1;
        }
        return;
    }

    // Canonical: literal text; newlines only appear as the serializer's layout next to tags.
    qsizetype begin = 0;
    qsizetype end = size;
    while (begin < end && raw[begin] == QLatin1Char('\n'))
        ++begin;
    while (end > begin && raw[end - 1] == QLatin1Char('\n'))
        --end;
    for (qsizetype i = begin; i < end; ++i) {
        const QChar c = raw[i];
        out += (c == QLatin1Char('\n') || c == QLatin1Char('\f')) ? QChar(QLatin1Char(' ')) : c;
    }
    if (out.isEmpty())
        return;
    QString pendingText;
    beforeContent(0, pendingText, ctx); // applies a pending soft break (non-canonical input)
    if (!pendingText.isEmpty())
        appendRun(pendingText, ctx);
    appendRun(HtmlModel::cleanText(out), ctx);
}

} // namespace

HtmlBlocks parseHtml(QStringView html, HtmlParseMode mode, QStringList *dropped)
{
    const GumboParse parse(html);
    Walker walker(mode, dropped);
    walker.run(parse.document());
    return walker.take();
}

} // namespace galley
