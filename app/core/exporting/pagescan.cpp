#include "pagescan.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

#include <vector>

namespace galley::PageScan {

namespace {

// What a browser's URL parser sees: leading/trailing C0 controls and spaces dropped, tabs and
// newlines inside removed ("java\tscript:" is javascript:).
QString urlForScheme(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        if (c.unicode() <= 0x20)
            continue;
        out.append(c.toLower());
    }
    return out;
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool hasScheme(QStringView reference)
{
    if (reference.isEmpty() || !isAsciiLetter(reference.front().unicode()))
        return false;
    for (qsizetype i = 1; i < reference.size(); ++i) {
        const char16_t c = reference.at(i).unicode();
        if (c == u':')
            return true;
        if (!isAsciiLetter(c) && !(c >= u'0' && c <= u'9') && c != u'+' && c != u'.' && c != u'-')
            return false;
    }
    return false;
}

bool isUrlAttribute(const QString &name)
{
    static const QSet<QString> names{
        QStringLiteral("href"),     QStringLiteral("src"),        QStringLiteral("xlink:href"), QStringLiteral("action"),
        QStringLiteral("formaction"), QStringLiteral("poster"),   QStringLiteral("data"),       QStringLiteral("background"),
        QStringLiteral("srcset"),   QStringLiteral("cite"),       QStringLiteral("codebase"),   QStringLiteral("lowsrc"),
        QStringLiteral("dynsrc"),   QStringLiteral("ping"),       QStringLiteral("manifest"),   QStringLiteral("to"),
        QStringLiteral("values"),   QStringLiteral("from"),       QStringLiteral("by"),
    };
    return names.contains(name);
}

bool isReferenceAttribute(const QString &name)
{
    return name == QLatin1String("href") || name == QLatin1String("src") || name == QLatin1String("poster")
        || name == QLatin1String("xlink:href");
}

void addReference(Result &result, QString reference)
{
    reference = reference.trimmed();
    if (reference.isEmpty() || reference.startsWith(QLatin1Char('#')) || reference.startsWith(QLatin1String("//"))
        || hasScheme(reference))
        return;
    for (qsizetype i = 0; i < reference.size(); ++i) {
        if (reference.at(i) == QLatin1Char('?') || reference.at(i) == QLatin1Char('#')) {
            reference.truncate(i);
            break;
        }
    }
    if (reference.isEmpty())
        return;
    if (!result.seenReferences.contains(reference)) {
        result.seenReferences.insert(reference);
        result.references.append(reference);
    }
}

} // namespace

void checkElement(const Element &element, Result &result)
{
    const QString &name = element.name;
    const auto attribute = [&element](QLatin1String attributeName) -> QString {
        for (const Attribute &attribute : element.attributes) {
            if (attribute.name == attributeName)
                return attribute.value;
        }
        return QString();
    };
    const auto hasAttribute = [&element](QLatin1String attributeName) {
        for (const Attribute &attribute : element.attributes) {
            if (attribute.name == attributeName)
                return true;
        }
        return false;
    };

    if (name == QLatin1String("script")) {
        const QString type = attribute(QLatin1String("type")).trimmed().toLower();
        QJsonParseError parseError{};
        const bool isData = type == QLatin1String("application/ld+json") && !hasAttribute(QLatin1String("src"))
            && !QJsonDocument::fromJson(element.content.toUtf8(), &parseError).isNull();
        if (!isData)
            result.executable.append(QCoreApplication::translate("galley::PageValidator", "line %1: a <script> element that is not a JSON-LD data block").arg(element.line));
    } else if (name == QLatin1String("iframe") || name == QLatin1String("frame") || name == QLatin1String("frameset")
               || name == QLatin1String("object") || name == QLatin1String("embed") || name == QLatin1String("applet")
               || name == QLatin1String("base") || name == QLatin1String("portal")) {
        result.executable.append(QCoreApplication::translate("galley::PageValidator", "line %1: a <%2> element").arg(element.line).arg(name));
    } else if (name == QLatin1String("meta")
               && attribute(QLatin1String("http-equiv")).trimmed().compare(QLatin1String("refresh"), Qt::CaseInsensitive) == 0) {
        result.executable.append(QCoreApplication::translate("galley::PageValidator", "line %1: a <meta http-equiv=\"refresh\"> redirect").arg(element.line));
    } else if (name == QLatin1String("style")) {
        const QString squeezed = urlForScheme(element.content);
        if (squeezed.contains(QLatin1String("expression(")) || squeezed.contains(QLatin1String("javascript:"))
            || squeezed.contains(QLatin1String("-moz-binding")) || squeezed.contains(QLatin1String("behavior:")))
            result.executable.append(QCoreApplication::translate("galley::PageValidator", "line %1: script in a <style> element").arg(element.line));
    }

    for (const Attribute &attr : element.attributes) {
        const QString &attrName = attr.name;
        const QString &value = attr.value;
        if (attrName.startsWith(QLatin1String("on"))) {
            result.executable.append(QCoreApplication::translate("galley::PageValidator", "line %1: an event handler attribute %2 on <%3>").arg(element.line).arg(attrName, name));
            continue;
        }
        const QString squeezed = urlForScheme(value);
        // A URL runs script by its scheme, which a browser reads at its start (once spaces and
        // controls are gone): "https://example.com/?q=javascript:x" is a link like any other
        // (the sanitizer keeps it; the fuzz target "sanitizer" found the page refused). A style
        // may hold url(javascript:…) anywhere.
        const auto isScript = [&squeezed](bool anywhere) {
            for (const QLatin1String scheme : { QLatin1String("javascript:"), QLatin1String("vbscript:"), QLatin1String("livescript:") }) {
                if (anywhere ? squeezed.contains(scheme) : squeezed.startsWith(scheme))
                    return true;
            }
            return false;
        };
        // Lists of URLs (srcset, ping, SVG's values="a;javascript:…") are searched whole.
        const bool urlList = attrName == QLatin1String("srcset") || attrName == QLatin1String("ping")
            || attrName == QLatin1String("values");
        // Only attributes a browser follows or evaluates matter; alt="javascript: 入门" is text.
        if ((isUrlAttribute(attrName) && isScript(urlList)) || (attrName == QLatin1String("style") && isScript(true))) {
            result.executable.append(QCoreApplication::translate("galley::PageValidator", "line %1: a script URL in %2 of <%3>").arg(element.line).arg(attrName, name));
            continue;
        }
        if (attrName == QLatin1String("style")
            && (squeezed.contains(QLatin1String("expression(")) || squeezed.contains(QLatin1String("-moz-binding"))
                || squeezed.contains(QLatin1String("behavior:")))) {
            result.executable.append(QCoreApplication::translate("galley::PageValidator", "line %1: script in the style of <%2>").arg(element.line).arg(name));
            continue;
        }
        if (isUrlAttribute(attrName) && squeezed.startsWith(QLatin1String("data:"))) {
            static const QRegularExpression image(QStringLiteral("^data:image/(png|gif|jpeg|webp|avif)[;,]"));
            if (!(name == QLatin1String("img") && attrName == QLatin1String("src") && image.match(squeezed).hasMatch())) {
                result.executable.append(QCoreApplication::translate("galley::PageValidator", "line %1: a data: URL in %2 of <%3>").arg(element.line).arg(attrName, name));
                continue;
            }
        }
        if (isReferenceAttribute(attrName)) {
            addReference(result, value);
        } else if (attrName == QLatin1String("srcset")) {
            const QStringList candidates = value.split(QLatin1Char(','));
            for (const QString &candidate : candidates)
                addReference(result, candidate.trimmed().section(QLatin1Char(' '), 0, 0));
        }
    }
}

// ---- The strict reading ----------------------------------------------------------------------

namespace {

// What the strict subset allows where. Anything not in the table sends the page to the full
// parse (tables, forms, pre, style, comments, foreign content, custom elements ...).
enum Kind : quint8 {
    Phrasing,        ///< inline: phrasing children and text
    TextBlock,       ///< p, h1-h6, figcaption: phrasing children and text
    FlowBlock,       ///< div, section ...: block and phrasing children, whitespace only
    List,            ///< ul, ol: li children, whitespace only
    ListItem,        ///< li: block and phrasing children and text; only in ul/ol
    Document,        ///< html: head then body
    Head,            ///< head: title, meta, link, script
    Body,            ///< body: like FlowBlock
    HeadItem,        ///< title, meta, link, script: only in head
};

struct ElementRule {
    QLatin1String name;
    Kind kind;
    bool isVoid;
    bool nests; ///< may sit inside an element of its own name
};

const ElementRule *ruleFor(QStringView name)
{
    static const ElementRule rules[] = {
        {QLatin1String("a"), Phrasing, false, false},          {QLatin1String("abbr"), Phrasing, false, false},
        {QLatin1String("b"), Phrasing, false, false},          {QLatin1String("bdi"), Phrasing, false, false},
        {QLatin1String("bdo"), Phrasing, false, false},        {QLatin1String("br"), Phrasing, true, false},
        {QLatin1String("cite"), Phrasing, false, false},       {QLatin1String("code"), Phrasing, false, false},
        {QLatin1String("dfn"), Phrasing, false, false},        {QLatin1String("em"), Phrasing, false, false},
        {QLatin1String("i"), Phrasing, false, false},          {QLatin1String("img"), Phrasing, true, false},
        {QLatin1String("kbd"), Phrasing, false, false},        {QLatin1String("mark"), Phrasing, false, false},
        {QLatin1String("q"), Phrasing, false, false},          {QLatin1String("s"), Phrasing, false, false},
        {QLatin1String("samp"), Phrasing, false, false},       {QLatin1String("small"), Phrasing, false, false},
        {QLatin1String("span"), Phrasing, false, false},       {QLatin1String("strong"), Phrasing, false, false},
        {QLatin1String("sub"), Phrasing, false, false},        {QLatin1String("sup"), Phrasing, false, false},
        {QLatin1String("time"), Phrasing, false, false},       {QLatin1String("u"), Phrasing, false, false},
        {QLatin1String("var"), Phrasing, false, false},        {QLatin1String("wbr"), Phrasing, true, false},
        {QLatin1String("p"), TextBlock, false, false},         {QLatin1String("h1"), TextBlock, false, false},
        {QLatin1String("h2"), TextBlock, false, false},        {QLatin1String("h3"), TextBlock, false, false},
        {QLatin1String("h4"), TextBlock, false, false},        {QLatin1String("h5"), TextBlock, false, false},
        {QLatin1String("h6"), TextBlock, false, false},        {QLatin1String("figcaption"), TextBlock, false, false},
        {QLatin1String("div"), FlowBlock, false, true},        {QLatin1String("section"), FlowBlock, false, true},
        {QLatin1String("article"), FlowBlock, false, true},    {QLatin1String("blockquote"), FlowBlock, false, true},
        {QLatin1String("aside"), FlowBlock, false, false},     {QLatin1String("main"), FlowBlock, false, false},
        {QLatin1String("nav"), FlowBlock, false, false},       {QLatin1String("header"), FlowBlock, false, false},
        {QLatin1String("footer"), FlowBlock, false, false},    {QLatin1String("figure"), FlowBlock, false, false},
        {QLatin1String("hr"), FlowBlock, true, false},         {QLatin1String("ul"), List, false, true},
        {QLatin1String("ol"), List, false, true},              {QLatin1String("li"), ListItem, false, true},
        {QLatin1String("html"), Document, false, false},       {QLatin1String("head"), Head, false, false},
        {QLatin1String("body"), Body, false, false},           {QLatin1String("title"), HeadItem, false, false},
        {QLatin1String("meta"), HeadItem, true, false},        {QLatin1String("link"), HeadItem, true, false},
        {QLatin1String("script"), HeadItem, false, false},
    };
    for (const ElementRule &rule : rules) {
        if (name == rule.name)
            return &rule;
    }
    return nullptr;
}

bool allowsChild(const ElementRule &parent, const ElementRule &child)
{
    if (child.name == QLatin1String("figcaption") && parent.name != QLatin1String("figure"))
        return false;
    switch (parent.kind) {
    case Phrasing:
    case TextBlock: return child.kind == Phrasing;
    case FlowBlock:
    case Body:
    case ListItem: return child.kind == Phrasing || child.kind == TextBlock || child.kind == FlowBlock || child.kind == List;
    case List: return child.kind == ListItem;
    case Document: return child.kind == Head || child.kind == Body;
    case Head: return child.kind == HeadItem;
    case HeadItem: return false;
    }
    return false;
}

bool allowsText(Kind kind)
{
    return kind == Phrasing || kind == TextBlock || kind == ListItem;
}

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\n' || c == u'\t';
}

// Characters a page may hold in the strict subset: no controls (but tab and line feed), no
// carriage return, no lone surrogate, no noncharacter.
bool isPlainCharacter(QStringView html, qsizetype &i)
{
    const char16_t c = html.at(i).unicode();
    if (c < 0x20)
        return c == u'\n' || c == u'\t';
    if (c >= 0x7F && c < 0xA0)
        return false;
    if (c >= 0xD800 && c < 0xDC00) {
        if (i + 1 >= html.size() || !html.at(i + 1).isLowSurrogate())
            return false;
        const char32_t full = QChar::surrogateToUcs4(c, html.at(i + 1).unicode());
        ++i;
        return (full & 0xFFFE) != 0xFFFE;
    }
    if (c >= 0xDC00 && c < 0xE000)
        return false;
    if (c >= 0xFDD0 && c < 0xFDF0)
        return false;
    return c != 0xFFFE && c != 0xFFFF;
}

// Decodes the character reference at html[i] ('&'); false for any other than those Mustache
// and the canonical serializer write.
bool decodeReference(QStringView html, qsizetype &i, QString *out)
{
    static const struct {
        QLatin1String text;
        char16_t character;
    } references[] = {
        {QLatin1String("&amp;"), u'&'},  {QLatin1String("&lt;"), u'<'},    {QLatin1String("&gt;"), u'>'},
        {QLatin1String("&quot;"), u'"'}, {QLatin1String("&apos;"), u'\''}, {QLatin1String("&#39;"), u'\''},
        {QLatin1String("&#x27;"), u'\''}, {QLatin1String("&nbsp;"), 0xA0},
    };
    const QStringView rest = html.mid(i);
    for (const auto &reference : references) {
        if (rest.startsWith(reference.text)) {
            if (out)
                out->append(QChar(reference.character));
            i += reference.text.size();
            return true;
        }
    }
    return false;
}

// Text up to the next '<' (or the end): plain characters and known references only.
bool scanText(QStringView html, qsizetype &i, bool *hasContent, QString *decoded)
{
    const qsizetype start = i;
    qsizetype copied = start;
    while (i < html.size()) {
        const char16_t c = html.at(i).unicode();
        if (c == u'<')
            break;
        if (c == u'&') {
            if (decoded)
                decoded->append(html.mid(copied, i - copied));
            if (!decodeReference(html, i, decoded))
                return false;
            copied = i;
            *hasContent = true;
            continue;
        }
        if (!isSpace(c))
            *hasContent = true;
        if (!isPlainCharacter(html, i))
            return false;
        ++i;
    }
    if (decoded)
        decoded->append(html.mid(copied, i - copied));
    return true;
}

bool isNameCharacter(char16_t c, bool first)
{
    if (c >= u'a' && c <= u'z')
        return true;
    if (first)
        return false;
    return (c >= u'0' && c <= u'9') || c == u'-' || c == u'_' || c == u':' || c == u'.';
}

// A start tag at html[i] ('<'): name, then  name="value"  attributes. Sets i past the '>'.
bool scanStartTag(QStringView html, qsizetype &i, QStringView &name, QList<Attribute> &attributes, bool &selfClosing)
{
    qsizetype p = i + 1;
    const qsizetype nameStart = p;
    while (p < html.size() && ((html.at(p).unicode() >= u'a' && html.at(p).unicode() <= u'z')
                               || (p > nameStart && html.at(p).unicode() >= u'0' && html.at(p).unicode() <= u'9')))
        ++p;
    name = html.mid(nameStart, p - nameStart);
    if (name.isEmpty())
        return false;
    selfClosing = false;
    for (;;) {
        if (p >= html.size())
            return false;
        const char16_t c = html.at(p).unicode();
        if (c == u'>') {
            i = p + 1;
            return true;
        }
        if (c == u'/') {
            if (p + 1 >= html.size() || html.at(p + 1) != QLatin1Char('>'))
                return false;
            selfClosing = true;
            i = p + 2;
            return true;
        }
        if (!isSpace(c))
            return false;
        while (p < html.size() && isSpace(html.at(p).unicode()))
            ++p;
        if (p >= html.size())
            return false;
        if (html.at(p) == QLatin1Char('>') || html.at(p) == QLatin1Char('/'))
            continue;
        const qsizetype attributeStart = p;
        if (!isNameCharacter(html.at(p).unicode(), true))
            return false;
        while (p < html.size() && isNameCharacter(html.at(p).unicode(), false))
            ++p;
        Attribute attribute;
        attribute.name = html.mid(attributeStart, p - attributeStart).toString();
        if (p + 1 >= html.size() || html.at(p) != QLatin1Char('=') || html.at(p + 1) != QLatin1Char('"'))
            return false;
        p += 2;
        const qsizetype valueStart = p;
        qsizetype copied = p;
        while (p < html.size() && html.at(p) != QLatin1Char('"')) {
            const char16_t v = html.at(p).unicode();
            if (v == u'<' || v == u'>')
                return false;
            if (v == u'&') {
                attribute.value.append(html.mid(copied, p - copied));
                if (!decodeReference(html, p, &attribute.value))
                    return false;
                copied = p;
                continue;
            }
            if (!isPlainCharacter(html, p))
                return false;
            ++p;
        }
        if (p >= html.size())
            return false;
        if (copied == valueStart)
            attribute.value = html.mid(valueStart, p - valueStart).toString();
        else
            attribute.value.append(html.mid(copied, p - copied));
        ++p; // the closing quote
        if (p < html.size() && !isSpace(html.at(p).unicode()) && html.at(p) != QLatin1Char('>') && html.at(p) != QLatin1Char('/'))
            return false;
        for (const Attribute &other : std::as_const(attributes)) {
            if (other.name == attribute.name)
                return false; // repeated
        }
        attributes.append(std::move(attribute));
    }
}

} // namespace

bool strictScan(QStringView html, Result &result)
{
    static const QLatin1String doctype("<!DOCTYPE html>");
    if (!html.startsWith(doctype))
        return false;
    qsizetype i = doctype.size();
    std::vector<const ElementRule *> stack;
    bool seenHtml = false;
    bool seenHead = false;
    bool seenBody = false;
    bool seenTitle = false;
    bool seenMain = false;
    bool closedHtml = false;
    while (i < html.size()) {
        if (html.at(i) != QLatin1Char('<')) {
            bool hasContent = false;
            if (!scanText(html, i, &hasContent, nullptr))
                return false;
            if (hasContent && (stack.empty() || !allowsText(stack.back()->kind)))
                return false;
            continue;
        }
        if (closedHtml || i + 1 >= html.size())
            return false;
        if (html.at(i + 1) == QLatin1Char('/')) {
            // An end tag closes the current element, nothing else.
            if (stack.empty())
                return false;
            const QLatin1String expected = stack.back()->name;
            const QStringView tag = html.mid(i + 2, expected.size() + 1);
            if (tag.size() != expected.size() + 1 || !tag.startsWith(expected) || tag.back() != QLatin1Char('>'))
                return false;
            i += 2 + expected.size() + 1;
            stack.pop_back();
            if (stack.empty())
                closedHtml = true;
            continue;
        }
        QStringView name;
        Element element;
        bool selfClosing = false;
        if (!scanStartTag(html, i, name, element.attributes, selfClosing))
            return false;
        const ElementRule *rule = ruleFor(name);
        if (!rule || (selfClosing && !rule->isVoid))
            return false;
        if (stack.empty()) {
            if (rule->kind != Document || seenHtml)
                return false;
            seenHtml = true;
        } else if (!allowsChild(*stack.back(), *rule)) {
            return false;
        }
        if (rule->kind == Head) {
            if (seenHead)
                return false;
            seenHead = true;
        } else if (rule->kind == Body) {
            if (!seenHead || seenBody)
                return false;
            seenBody = true;
        } else if (rule->name == QLatin1String("main")) {
            if (seenMain)
                return false;
            seenMain = true;
        }
        if (!rule->nests) {
            for (const ElementRule *open : stack) {
                if (open == rule)
                    return false;
            }
        }
        element.name = rule->name;
        if (rule->name == QLatin1String("script") || rule->name == QLatin1String("title")) {
            // Raw text and escapable raw text: no '<' at all, so it ends at its own end tag.
            const bool isTitle = rule->name == QLatin1String("title");
            if (isTitle) {
                if (seenTitle)
                    return false;
                seenTitle = true;
            }
            const qsizetype contentStart = i;
            bool hasContent = false;
            if (isTitle) {
                if (!scanText(html, i, &hasContent, nullptr))
                    return false;
            } else {
                while (i < html.size() && html.at(i) != QLatin1Char('<')) {
                    if (!isPlainCharacter(html, i))
                        return false;
                    ++i;
                }
                element.content = html.mid(contentStart, i - contentStart).toString();
            }
            const QString close = QLatin1String("</") + rule->name + QLatin1Char('>');
            if (!html.mid(i).startsWith(close))
                return false;
            i += close.size();
        } else if (!rule->isVoid) {
            stack.push_back(rule);
        }
        checkElement(element, result);
    }
    return closedHtml && seenBody && seenTitle;
}

} // namespace galley::PageScan
