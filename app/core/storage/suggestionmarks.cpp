#include "storage/suggestionmarks.h"

#include "document/anchoring.h"
#include "document/canonicalhtml.h"
#include "storage/newsroomactions.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace galley::SuggestionMarks {

namespace {

// Private-use code points: an opener carries the suggestion's index (0-255) in its low byte.
constexpr char16_t DeleteOpen = 0xE100;
constexpr char16_t InsertOpen = 0xE200;
constexpr char16_t FormatOpen = 0xE300;
constexpr char16_t DeleteClose = 0xE0F0;
constexpr char16_t InsertClose = 0xE0F1;
constexpr char16_t FormatClose = 0xE0F2;
constexpr char16_t RangeFirst = 0xE0F0;
constexpr char16_t RangeLast = 0xE3FF;
constexpr qsizetype MaximumMarks = 256;

bool isMarker(QChar c)
{
    return c.unicode() >= RangeFirst && c.unicode() <= RangeLast;
}

/// What goes in at one position of the text: the ranges that end there, the proposed text
/// that follows, the ranges that start there.
struct Insertion {
    QString closing;
    QString inserted;
    QString opening;
};

} // namespace

QColor authorColor(const QString &author)
{
    // Fixed seed: the same name gets the same colour in every session.
    const int hue = int(qHash(author, 0) % 360);
    return QColor::fromHsv(hue, 210, 165);
}

QString markBody(const QString &canonicalHtml, const QList<Suggestion> &suggestions)
{
    if (suggestions.isEmpty() || std::any_of(canonicalHtml.cbegin(), canonicalHtml.cend(), isMarker))
        return canonicalHtml;
    const QString text = CanonicalHtml::toPlainText(canonicalHtml);
    QMap<qsizetype, Insertion> at;
    for (qsizetype i = 0; i < std::min(suggestions.size(), MaximumMarks); ++i) {
        const Suggestion &suggestion = suggestions.at(i);
        if (!suggestion.isPending())
            continue;
        const AnchorMatch match = Anchoring::locate(suggestion.anchor, text);
        if (match.isOrphaned())
            continue;
        const auto index = char16_t(i);
        QString proposed = NewsroomActions::proposedText(suggestion);
        proposed.removeIf(isMarker);
        switch (suggestion.kind) {
        case SuggestionKind::Insert:
            at[match.end].inserted += QChar(char16_t(InsertOpen + index)) + proposed + QChar(InsertClose);
            break;
        case SuggestionKind::Replace:
            at[match.end].inserted += QChar(char16_t(InsertOpen + index)) + proposed + QChar(InsertClose);
            Q_FALLTHROUGH();
        case SuggestionKind::Delete:
            if (match.end > match.start) {
                at[match.start].opening += QChar(char16_t(DeleteOpen + index));
                at[match.end].closing += QChar(DeleteClose);
            }
            break;
        case SuggestionKind::Format:
            if (match.end > match.start) {
                at[match.start].opening += QChar(char16_t(FormatOpen + index));
                at[match.end].closing += QChar(FormatClose);
            }
            break;
        }
    }
    if (at.isEmpty())
        return canonicalHtml;
    QList<CanonicalHtml::TextEdit> edits;
    for (auto it = at.cbegin(); it != at.cend(); ++it)
        edits.append({ it.key(), it.key(), it->closing + it->inserted + it->opening });
    return CanonicalHtml::replaceText(canonicalHtml, edits);
}

QString toMarkup(const QString &html, const QList<Suggestion> &suggestions)
{
    QString result;
    result.reserve(html.size() + html.size() / 8);
    for (QChar c : html) {
        if (!isMarker(c)) {
            result += c;
            continue;
        }
        const char16_t code = c.unicode();
        if (code == DeleteClose) {
            result += QLatin1String("</del>");
            continue;
        }
        if (code == InsertClose) {
            result += QLatin1String("</ins>");
            continue;
        }
        if (code == FormatClose) {
            result += QLatin1String("</span>");
            continue;
        }
        const qsizetype index = code & 0xFF;
        if (code < DeleteOpen || index >= suggestions.size())
            continue;
        const Suggestion &suggestion = suggestions.at(index);
        const QString color = authorColor(suggestion.author).name();
        const QString title = suggestion.author.toHtmlEscaped();
        switch (code & 0xFF00) {
        case DeleteOpen:
            result += QStringLiteral("<del title=\"%1\" style=\"color: %2; text-decoration: line-through; "
                                     "text-decoration-color: %2\">")
                          .arg(title, color);
            break;
        case InsertOpen:
            result += QStringLiteral("<ins title=\"%1\" style=\"color: %2; text-decoration: underline; "
                                     "text-decoration-color: %2\">")
                          .arg(title, color);
            break;
        case FormatOpen:
            result += QStringLiteral("<span title=\"%1\" style=\"text-decoration: underline dotted; "
                                     "text-decoration-color: %2\">")
                          .arg(title, color);
            break;
        default:
            break;
        }
    }
    return result;
}

QString strip(const QString &html)
{
    QString result;
    result.reserve(html.size());
    bool inserted = false;
    for (QChar c : html) {
        if (!isMarker(c)) {
            // A description cut short may lose the closing marker: the attribute or line ends it.
            if (inserted && (c == QLatin1Char('"') || c == QLatin1Char('<') || c == QLatin1Char('\n')))
                inserted = false;
            if (!inserted)
                result += c;
            continue;
        }
        if ((c.unicode() & 0xFF00) == InsertOpen)
            inserted = true;
        else if (c.unicode() == InsertClose)
            inserted = false;
    }
    return result;
}

} // namespace galley::SuggestionMarks
