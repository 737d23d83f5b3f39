#include "document/htmllimits.h"

#include <QCoreApplication>

namespace galley::HtmlLimits {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

} // namespace

QString problem(QStringView html)
{
    // A count, not a parse: a tag runs from "<letter" to the next ">" (a quoted ">" ends it
    // early, which only counts fewer attributes).
    int tags = 0;
    int attributes = 0;
    int mostAttributes = 0;
    bool inTag = false;
    const qsizetype size = html.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('<') && i + 1 < size && isAsciiLetter(html.at(i + 1))) {
            ++tags;
            inTag = true;
            attributes = 0;
        } else if (inTag && c == QLatin1Char('>')) {
            inTag = false;
        } else if (inTag && c == QLatin1Char('=')) {
            mostAttributes = std::max(mostAttributes, ++attributes);
        }
    }
    if (tags > MaxTags)
        return QCoreApplication::translate(
            "galley::HtmlLimits", "its HTML has %1 tags, more than the %2 Galley reads in one document")
            .arg(tags)
            .arg(MaxTags);
    if (mostAttributes > MaxAttributes)
        return QCoreApplication::translate("galley::HtmlLimits",
            "one of its HTML tags has %1 attributes, more than the %2 Galley reads on one element")
            .arg(mostAttributes)
            .arg(MaxAttributes);
    return {};
}

} // namespace galley::HtmlLimits
