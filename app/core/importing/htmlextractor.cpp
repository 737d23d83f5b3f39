#include "htmlextractor.h"

#include <QByteArray>

#include <gumbo.h>

#include <memory>

namespace galley {

namespace {

struct OutputDeleter {
    void operator()(GumboOutput *output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

GumboNode *childAt(const GumboVector &children, unsigned int index)
{
    return static_cast<GumboNode *>(children.data[index]);
}

bool isElement(const GumboNode *node, GumboTag tag)
{
    return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

GumboNode *findFirst(GumboNode *node, GumboTag tag)
{
    if (isElement(node, tag))
        return node;
    if (node->type != GUMBO_NODE_ELEMENT)
        return nullptr;
    const GumboVector &children = node->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        if (GumboNode *found = findFirst(childAt(children, i), tag))
            return found;
    }
    return nullptr;
}

void appendText(const GumboNode *node, QByteArray &out)
{
    switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
        out.append(node->v.text.text);
        break;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
        const GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE)
            break;
        if (tag == GUMBO_TAG_BR || tag == GUMBO_TAG_IMG)
            out.append(' ');
        const GumboVector &children = node->v.element.children;
        for (unsigned int i = 0; i < children.length; ++i)
            appendText(childAt(children, i), out);
        break;
    }
    default:
        break;
    }
}

QString textOf(const GumboNode *node)
{
    if (!node)
        return {};
    QByteArray text;
    appendText(node, text);
    return QString::fromUtf8(text).simplified();
}

QString metaContent(GumboNode *head, const char *attribute, const char *value)
{
    if (!head || head->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboVector &children = head->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        const GumboNode *child = childAt(children, i);
        if (!isElement(child, GUMBO_TAG_META))
            continue;
        const GumboAttribute *name = gumbo_get_attribute(&child->v.element.attributes, attribute);
        const GumboAttribute *content = gumbo_get_attribute(&child->v.element.attributes, "content");
        if (name && content && qstricmp(name->value, value) == 0)
            return QString::fromUtf8(content->value).simplified();
    }
    return {};
}

// Offset just past a node's source (its end tag, or its last descendant when the end tag was
// implied by the parser).
size_t sourceEnd(const GumboNode *node)
{
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
        return node->v.text.start_pos.offset + node->v.text.original_text.length;
    const GumboElement &element = node->v.element;
    if (element.original_end_tag.length > 0)
        return element.end_pos.offset + element.original_end_tag.length;
    if (element.children.length > 0)
        return sourceEnd(childAt(element.children, element.children.length - 1));
    return element.start_pos.offset + element.original_tag.length;
}

size_t sourceStart(const GumboNode *node)
{
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
        return node->v.text.start_pos.offset;
    return node->v.element.start_pos.offset;
}

} // namespace

HtmlDocumentParts HtmlExtractor::extract(const QString &html)
{
    HtmlDocumentParts parts;
    const QByteArray source = html.toUtf8();
    std::unique_ptr<GumboOutput, OutputDeleter> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, source.constData(), static_cast<size_t>(source.size())));
    if (!output || !output->root)
        return parts;

    GumboNode *head = findFirst(output->root, GUMBO_TAG_HEAD);
    GumboNode *body = findFirst(output->root, GUMBO_TAG_BODY);
    parts.description = metaContent(head, "name", "description");
    if (parts.description.isEmpty())
        parts.description = metaContent(head, "property", "og:description");

    const QString pageTitle = textOf(head ? findFirst(head, GUMBO_TAG_TITLE) : nullptr);
    GumboNode *h1 = body ? findFirst(body, GUMBO_TAG_H1) : nullptr;
    const QString headline = textOf(h1);
    const bool h1IsTitle = !headline.isEmpty() && (pageTitle.isEmpty() || pageTitle.contains(headline));
    parts.title = h1IsTitle ? headline : pageTitle;

    if (!body || body->v.element.children.length == 0)
        return parts;
    const GumboElement &element = body->v.element;
    const size_t start = element.original_tag.length > 0 ? element.start_pos.offset + element.original_tag.length
                                                         : sourceStart(childAt(element.children, 0));
    const size_t end = element.original_end_tag.length > 0 ? element.end_pos.offset : sourceEnd(body);
    if (end <= start || end > static_cast<size_t>(source.size()))
        return parts;

    QByteArray content;
    if (h1IsTitle && sourceStart(h1) >= start && sourceEnd(h1) <= end) {
        content = source.mid(qsizetype(start), qsizetype(sourceStart(h1) - start));
        content += source.mid(qsizetype(sourceEnd(h1)), qsizetype(end - sourceEnd(h1)));
    } else {
        content = source.mid(qsizetype(start), qsizetype(end - start));
    }
    parts.bodyHtml = QString::fromUtf8(content);
    return parts;
}

} // namespace galley
