#include "document/htmlhints.h"

#include "document/gumbosupport.h"
#include "document/htmlmodel.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <vector>

namespace galley {

namespace {

std::string_view trim(std::string_view text)
{
    while (!text.empty() && static_cast<unsigned char>(text.front()) <= ' ')
        text.remove_prefix(1);
    while (!text.empty() && static_cast<unsigned char>(text.back()) <= ' ')
        text.remove_suffix(1);
    return text;
}

QByteArray lower(std::string_view text)
{
    QByteArray out(text.data(), qsizetype(text.size()));
    return out.toLower();
}

} // namespace

InlineStyle parseStyle(std::string_view css)
{
    InlineStyle style;
    while (!css.empty()) {
        const size_t end = css.find(';');
        std::string_view declaration = css.substr(0, end);
        css = end == std::string_view::npos ? std::string_view() : css.substr(end + 1);
        const size_t colon = declaration.find(':');
        if (colon == std::string_view::npos)
            continue;
        const QByteArray name = lower(trim(declaration.substr(0, colon)));
        QByteArray value = lower(trim(declaration.substr(colon + 1)));
        if (value.endsWith("!important"))
            value = value.chopped(10).trimmed();
        if (name == "font-weight") {
            bool numeric = false;
            const int weight = value.toInt(&numeric);
            if (numeric)
                style.bold = weight >= 600;
            else if (value == "bold" || value == "bolder")
                style.bold = true;
            else if (value == "normal" || value == "lighter")
                style.bold = false;
        } else if (name == "font-style") {
            if (value == "italic" || value.startsWith("oblique"))
                style.italic = true;
            else if (value == "normal")
                style.italic = false;
        } else if (name == "text-decoration" || name == "text-decoration-line") {
            style.underline = style.underline || value.contains("underline");
            style.strike = style.strike || value.contains("line-through");
        } else if (name == "vertical-align") {
            if (value == "sub")
                style.verticalAlign = -1;
            else if (value == "super")
                style.verticalAlign = 1;
        } else if (name == "display") {
            style.hidden = style.hidden || value == "none";
        } else if (name == "mso-list") {
            if (value.contains("ignore"))
                style.hidden = true; // Word's own rendering of the bullet or number
            else
                style.msoList = value;
        }
    }
    return style;
}

// The bullet or number Word writes in front of a list paragraph (inside mso-list:Ignore).
QString wordListMarker(const GumboNode *node, int depth)
{
    if (depth > 16 || node->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboElement &element = node->v.element;
    if (const char *css = gumboAttribute(element, "style")) {
        const QByteArray style = QByteArray(css).toLower();
        if (style.contains("mso-list") && style.contains("ignore")) {
            QString text;
            std::vector<const GumboNode *> stack{node};
            while (!stack.empty()) {
                const GumboNode *current = stack.back();
                stack.pop_back();
                if (current->type == GUMBO_NODE_TEXT)
                    text += QString::fromUtf8(current->v.text.text);
                else if (current->type == GUMBO_NODE_ELEMENT) {
                    const GumboVector &children = current->v.element.children;
                    for (unsigned i = children.length; i > 0; --i)
                        stack.push_back(static_cast<const GumboNode *>(children.data[i - 1]));
                }
            }
            return text;
        }
    }
    for (unsigned i = 0; i < element.children.length; ++i) {
        const QString marker = wordListMarker(static_cast<const GumboNode *>(element.children.data[i]), depth + 1);
        if (!marker.isEmpty())
            return marker;
    }
    return {};
}

bool isOrderedMarker(const QString &marker)
{
    static const QRegularExpression ordered(
        QStringLiteral("^\\s*[(（]?([0-9]+|[a-zA-Z]|[ivxlcdmIVXLCDM]+|[一二三四五六七八九十百]+)[.)）、．]"));
    return ordered.match(marker).hasMatch();
}

// Google Docs wraps every link in https://www.google.com/url?q=<target>&sa=...; keep the target.
QString unwrapRedirect(const QString &href)
{
    if (!href.startsWith(QLatin1String("https://www.google.com/url?")) && !href.startsWith(QLatin1String("https://google.com/url?")))
        return href;
    const QString target = QUrlQuery(QUrl(href)).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    const QString clean = HtmlModel::cleanHref(target);
    return clean.startsWith(QLatin1String("http")) ? clean : href;
}

// "javascript:", "data:" or "(relative)": how a dropped URL is reported.
QString schemeOf(const QString &url)
{
    QString compact;
    for (const QChar c : url) {
        if (c.unicode() > 0x20 && c.unicode() != 0x7f)
            compact += c;
    }
    static const QRegularExpression scheme(QStringLiteral("^([a-zA-Z][a-zA-Z0-9+.-]{0,15}):"));
    const QRegularExpressionMatch match = scheme.match(compact);
    return match.hasMatch() ? match.captured(1).toLower() + QLatin1Char(':') : QStringLiteral("(relative)");
}

} // namespace galley
