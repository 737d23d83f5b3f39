#include "markdownconverter.h"

#include "wiretextparser.h"

#include <QRegularExpression>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>
#include <mutex>

namespace galley {

namespace {

// Raw HTML goes through: the sanitizer is the one gate for untrusted markup, and keeping
// <sup>, <u> and friends is what an author who typed them expects.
constexpr int Options = CMARK_OPT_UNSAFE;

struct NodeDeleter {
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};
struct ParserDeleter {
    void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
};

QString takeCString(char *text)
{
    const QString result = QString::fromUtf8(text);
    cmark_get_default_mem_allocator()->free(text);
    return result;
}

QString unquoted(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.front() == QLatin1Char('"') && value.back() == QLatin1Char('"'))
            || (value.front() == QLatin1Char('\'') && value.back() == QLatin1Char('\''))))
        value = value.mid(1, value.size() - 2);
    return value.trimmed();
}

QStringList tagList(QString value)
{
    value = value.trimmed();
    if (value.startsWith(QLatin1Char('[')) && value.endsWith(QLatin1Char(']')))
        value = value.mid(1, value.size() - 2);
    QStringList tags;
    static const QRegularExpression separators(QStringLiteral("[,，、;；]"));
    for (const QString &tag : value.split(separators, Qt::SkipEmptyParts)) {
        const QString t = unquoted(tag);
        if (!t.isEmpty() && !tags.contains(t))
            tags.append(t);
    }
    return tags;
}

void applyField(MarkdownDocument &doc, const QString &key, const QString &value)
{
    if (key == QLatin1String("title"))
        doc.title = unquoted(value);
    else if (key == QLatin1String("subtitle"))
        doc.subtitle = unquoted(value);
    else if (key == QLatin1String("byline") || key == QLatin1String("author"))
        doc.byline = unquoted(value);
    else if (key == QLatin1String("desk") || key == QLatin1String("section"))
        doc.desk = unquoted(value);
    else if (key == QLatin1String("tags") || key == QLatin1String("keywords"))
        doc.tags.append(tagList(value));
    else if (key == QLatin1String("summary") || key == QLatin1String("description"))
        doc.summary = unquoted(value);
    else if (key == QLatin1String("source"))
        doc.source = unquoted(value);
    else if (key == QLatin1String("editor"))
        doc.editor = unquoted(value);
    else if (key == QLatin1String("date") || key == QLatin1String("publish_at"))
        doc.publishAt = WireTextParser::isoDateTime(unquoted(value));
}

// Reads a "---" … "---" block at the very start; returns the Markdown after it.
QString stripFrontMatter(const QString &markdown, MarkdownDocument &doc)
{
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    if (lines.isEmpty() || lines.first().trimmed() != QLatin1String("---"))
        return markdown;
    qsizetype end = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString t = lines.at(i).trimmed();
        if (t == QLatin1String("---") || t == QLatin1String("...")) {
            end = i;
            break;
        }
    }
    if (end < 0)
        return markdown; // a thematic break, not front matter

    static const QRegularExpression keyValue(QStringLiteral("^([A-Za-z_][A-Za-z0-9_-]*)\\s*[:：]\\s*(.*)$"));
    static const QRegularExpression listItem(QStringLiteral("^\\s*-\\s+(.*)$"));
    QString lastKey;
    for (qsizetype i = 1; i < end; ++i) {
        const QString &line = lines.at(i);
        if (const auto m = listItem.match(line); m.hasMatch() && !lastKey.isEmpty()) {
            applyField(doc, lastKey, m.captured(1));
            continue;
        }
        if (const auto m = keyValue.match(line); m.hasMatch()) {
            lastKey = m.captured(1).toLower();
            if (!m.captured(2).trimmed().isEmpty())
                applyField(doc, lastKey, m.captured(2));
        }
    }
    return lines.mid(end + 1).join(QLatin1Char('\n'));
}

// The character a node's text starts (or ends) with, looking into emphasis, links and code.
char32_t edgeCharacter(cmark_node *node, bool atStart)
{
    while (node) {
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) {
            const QList<uint> ucs4 = QString::fromUtf8(cmark_node_get_literal(node)).toUcs4();
            if (ucs4.isEmpty())
                return 0;
            return atStart ? ucs4.front() : ucs4.back();
        }
        node = atStart ? cmark_node_first_child(node) : cmark_node_last_child(node);
    }
    return 0;
}

// A soft line break between two CJK characters renders as a space in HTML; Chinese has none.
void dropCjkSoftBreaks(cmark_node *node)
{
    for (cmark_node *child = cmark_node_first_child(node); child;) {
        cmark_node *next = cmark_node_next(child);
        if (cmark_node_get_type(child) == CMARK_NODE_SOFTBREAK) {
            const char32_t before = edgeCharacter(cmark_node_previous(child), false);
            const char32_t after = edgeCharacter(next, true);
            if (before && after && WireTextParser::isCjkBoundary(before) && WireTextParser::isCjkBoundary(after)) {
                cmark_node_unlink(child);
                cmark_node_free(child);
            }
        } else {
            dropCjkSoftBreaks(child);
        }
        child = next;
    }
}

cmark_node *firstLevelOneHeading(cmark_node *document)
{
    for (cmark_node *child = cmark_node_first_child(document); child; child = cmark_node_next(child)) {
        if (cmark_node_get_type(child) == CMARK_NODE_HEADING && cmark_node_get_heading_level(child) == 1)
            return child;
    }
    return nullptr;
}

QString plainText(cmark_node *node)
{
    return takeCString(cmark_render_plaintext(node, CMARK_OPT_DEFAULT, 0)).simplified();
}

} // namespace

MarkdownDocument MarkdownConverter::convert(const QString &markdown, bool extractFields)
{
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });

    MarkdownDocument doc;
    const QString body = extractFields ? stripFrontMatter(markdown, doc) : markdown;

    // cmark-gfm keeps the inline parser's table of special characters in a global: attaching
    // the strikethrough extension adds '~' to it and freeing a parser takes it out again, so a
    // parse on another thread meanwhile misses "~~…~~" (seen in tst_importer's concurrent
    // imports, about one run in six). One conversion at a time.
    static std::mutex cmarkGlobals;
    const std::lock_guard<std::mutex> lock(cmarkGlobals);

    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(Options));
    for (const char *name : { "strikethrough", "autolink" }) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    const QByteArray utf8 = body.toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), static_cast<size_t>(utf8.size()));
    std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
    if (!document)
        return doc;

    dropCjkSoftBreaks(document.get());

    if (extractFields) {
        if (cmark_node *heading = firstLevelOneHeading(document.get())) {
            const QString headingText = plainText(heading);
            if (doc.title.isEmpty())
                doc.title = headingText;
            if (doc.title == headingText) {
                cmark_node_unlink(heading);
                cmark_node_free(heading);
            }
        }
    }

    doc.html
        = takeCString(cmark_render_html(document.get(), Options, cmark_parser_get_syntax_extensions(parser.get())));
    return doc;
}

} // namespace galley
