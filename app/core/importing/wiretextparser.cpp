#include "wiretextparser.h"

#include <QDate>
#include <QRegularExpression>
#include <QStringList>
#include <QTime>

namespace galley {

namespace {

// Lines longer than this are a paragraph each, not hard-wrapped prose.
constexpr qsizetype MaxWrappedLineLength = 100;
// A header/footer line ("1234次浏览 发布时间:…", "稿件来源 | …") is never longer than this.
constexpr qsizetype MaxMarkerLineLength = 160;

struct Line {
    QString text; ///< whitespace collapsed to single spaces, trimmed
    bool indented = false; ///< began with whitespace (tab, spaces, U+3000, …)
};

Line cleanLine(QStringView raw)
{
    Line line;
    line.indented = !raw.isEmpty() && raw.front().isSpace();
    line.text.reserve(raw.size());
    bool pendingSpace = false;
    for (QChar c : raw) {
        if (c.isSpace()) {
            pendingSpace = !line.text.isEmpty();
            continue;
        }
        if (pendingSpace)
            line.text.append(QLatin1Char(' '));
        pendingSpace = false;
        line.text.append(c);
    }
    return line;
}

// Compatibility forms (full-width digits, colons and bars, no-break spaces) folded for matching
// header, footer and statistics lines; values taken from such lines are numbers and dates only.
QString folded(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC);
}

char32_t firstCodePoint(QStringView text)
{
    const auto ucs4 = text.left(2).toUcs4();
    return ucs4.isEmpty() ? 0 : ucs4.front();
}

char32_t lastCodePoint(QStringView text)
{
    const auto ucs4 = text.right(2).toUcs4();
    return ucs4.isEmpty() ? 0 : ucs4.back();
}

bool endsChineseSentence(QStringView text)
{
    static constexpr QStringView enders = u"。！？…";
    static constexpr QStringView closers = u"”」』）】";
    if (text.isEmpty())
        return false;
    if (enders.contains(text.back()))
        return true;
    return text.size() >= 2 && closers.contains(text.back()) && enders.contains(text.at(text.size() - 2));
}

std::optional<qint64> parseCount(QString digits, bool tenThousands = false)
{
    digits.remove(QLatin1Char(','));
    bool ok = false;
    const double value = digits.toDouble(&ok) * (tenThousands ? 10000.0 : 1.0);
    // Past 2^53 a count is no longer exact (nor in JSON), and no page was read that often: such
    // digits are not a view count (found by the fuzz target "wiretext": 8.9e114 made into an
    // integer).
    constexpr double MaxCount = 9007199254740992.0;
    if (!ok || !(value >= 0 && value < MaxCount))
        return std::nullopt;
    return static_cast<qint64>(value + 0.5);
}

// date [time]: 2025-03-18 08:18:00, 2025/3/18 8:18, 2025年3月18日 08时18分 (after NFKC folding)
QString datePattern(bool capture)
{
    QString pattern = QStringLiteral("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
                                     "(?:\\s*T?\\s*(\\d{1,2})\\s*[:时]\\s*(\\d{1,2})\\s*分?"
                                     "(?:\\s*:\\s*(\\d{1,2})\\s*秒?|\\s*(\\d{1,2})\\s*秒)?)?");
    if (!capture)
        pattern.replace(QStringLiteral("(\\d"), QStringLiteral("(?:\\d"));
    return pattern;
}

// Shared by all parses (QRegularExpression compiles lazily under its own lock, so concurrent
// matching from import worker threads is safe).
struct Patterns {
    const QString date = datePattern(false);
    const QRegularExpression dateParts { QStringLiteral("^\\s*%1\\s*$").arg(datePattern(true)) };
    const QRegularExpression anyDate { date };
    const QRegularExpression viewsBefore { QStringLiteral(
        "(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万)?\\s*次\\s*(?:浏览|阅读|播放)") };
    const QRegularExpression viewsAfter { QStringLiteral(
        "(?:浏览|阅读)(?:量|数|次数|:)\\s*:?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万)?") };
    const QRegularExpression publishTime {
        QStringLiteral("(?:发布时间|发布日期|发布于|发表时间|时间|日期)\\s*[:]?\\s*(%1)").arg(date)
    };
    const QRegularExpression metaSource { QStringLiteral("(?:稿件)?来源\\s*[:|]\\s*([^\\s|]+)") };
    const QRegularExpression metaEditor { QStringLiteral("编辑\\s*[:|]\\s*([^\\s|]+)") };
    const QRegularExpression source { QStringLiteral("^(?:稿件)?来源 ?[|｜:：] ?(.+)$") };
    const QRegularExpression editor { QStringLiteral("^[^ |｜:：]{0,8}编辑 ?[|｜:：] ?(.+)$") };
    const QRegularExpression relatedHeading { QStringLiteral(
        "^(?:相关文章|相关阅读|相关新闻|相关推荐|相关链接|延伸阅读) ?[:：]?$") };
    const QRegularExpression numbered { QStringLiteral("^([0-9０-９]{1,3}) ?[.、．)）] ?(.+)$") };
    const QRegularExpression statsRest { QStringLiteral(
        "^\\s*(?:(?:浏览|阅读)(?:量|数)?\\s*:?\\s*)?(\\d[\\d,]*)?\\s*次?\\s*(?:浏览|阅读)?\\s*$") };
};

std::optional<qint64> viewsIn(const Patterns &p, const QString &foldedLine)
{
    auto m = p.viewsBefore.match(foldedLine);
    if (!m.hasMatch())
        m = p.viewsAfter.match(foldedLine);
    if (!m.hasMatch())
        return std::nullopt;
    return parseCount(m.captured(1), m.capturedLength(2) > 0);
}

// "【责任编辑：张三】" -> "责任编辑：张三"
QString unbracketed(const QString &text)
{
    static constexpr QStringView openers = u"【[(（";
    static constexpr QStringView closers = u"】])）";
    if (text.size() < 2)
        return text;
    const qsizetype open = openers.indexOf(text.front());
    if (open >= 0 && text.back() == closers.at(open))
        return text.mid(1, text.size() - 2).trimmed();
    return text;
}

enum class FooterField { None, Source, Editor };

FooterField footerField(const Patterns &p, const QString &line, QString *value)
{
    if (line.size() > MaxMarkerLineLength)
        return FooterField::None;
    const QString text = unbracketed(line);
    if (const auto m = p.source.match(text); m.hasMatch()) {
        *value = m.captured(1).trimmed();
        return FooterField::Source;
    }
    if (const auto m = p.editor.match(text); m.hasMatch()) {
        *value = m.captured(1).trimmed();
        return FooterField::Editor;
    }
    return FooterField::None;
}

void applyFooter(FooterField field, const QString &value, WireCopy &copy)
{
    if (field == FooterField::Source && copy.source.isEmpty())
        copy.source = value;
    else if (field == FooterField::Editor && copy.editor.isEmpty())
        copy.editor = value;
}

// The "N次浏览 发布时间:…" line(s) under the title. Returns true when the line was one.
bool readMetaLine(const Patterns &p, const QString &line, WireCopy &copy)
{
    if (line.size() > MaxMarkerLineLength)
        return false;
    const QString f = folded(line);
    const auto views = viewsIn(p, f);
    QString publishAt;
    bool dated = false; // a date-time was given, valid or not: the line is header either way
    if (const auto m = p.publishTime.match(f); m.hasMatch()) {
        dated = true;
        publishAt = WireTextParser::isoDateTime(m.captured(1));
    } else if (p.dateParts.match(f).hasMatch()) {
        dated = true;
        publishAt = WireTextParser::isoDateTime(f);
    }
    // A view count alone must be a short line: prose mentions numbers and 阅读 too.
    if (!dated && (!views || line.size() > 40))
        return false;
    if (views && !copy.views)
        copy.views = views;
    if (!publishAt.isEmpty() && copy.publishAt.isEmpty())
        copy.publishAt = publishAt;
    if (const auto m = p.metaSource.match(f); m.hasMatch() && copy.source.isEmpty())
        copy.source = m.captured(1);
    if (const auto m = p.metaEditor.match(f); m.hasMatch() && copy.editor.isEmpty())
        copy.editor = m.captured(1);
    return true;
}

// One block of consecutive non-blank lines -> one or more paragraphs.
void appendParagraphs(const QList<Line> &block, QStringList &paragraphs)
{
    bool wrapped = block.size() >= 2;
    for (qsizetype i = 0; wrapped && i + 1 < block.size(); ++i)
        wrapped = block.at(i).text.size() <= MaxWrappedLineLength;

    QString current;
    for (const Line &line : block) {
        if (current.isEmpty()) {
            current = line.text;
        } else if (!wrapped || line.indented || endsChineseSentence(current)) {
            paragraphs.append(current);
            current = line.text;
        } else {
            current = WireTextParser::joinWrapped(current, line.text);
        }
    }
    if (!current.isEmpty())
        paragraphs.append(current);
}

QStringList paragraphsOf(const QList<Line> &lines)
{
    QStringList paragraphs;
    QList<Line> block;
    for (const Line &line : lines) {
        if (line.text.isEmpty()) {
            appendParagraphs(block, paragraphs);
            block.clear();
        } else {
            block.append(line);
        }
    }
    appendParagraphs(block, paragraphs);
    return paragraphs;
}

// "0 2025-06-10 09:53:00" (views, then date-time; either order, views optional).
bool readStatsLine(const Patterns &p, const QString &line, RelatedItem &item)
{
    if (line.size() > MaxMarkerLineLength)
        return false;
    const QString f = folded(line);
    const auto m = p.anyDate.match(f);
    if (!m.hasMatch())
        return false;
    const QString rest = f.left(m.capturedStart()) + QLatin1Char(' ') + f.mid(m.capturedEnd());
    const auto r = p.statsRest.match(rest);
    const QString iso = WireTextParser::isoDateTime(m.captured());
    if (!r.hasMatch() || iso.isEmpty())
        return false;
    item.publishedAt = iso;
    if (r.capturedLength(1) > 0)
        item.views = parseCount(r.captured(1));
    return true;
}

QList<RelatedItem> readRelated(const Patterns &p, const QList<Line> &lines, WireCopy &copy)
{
    QList<RelatedItem> items;
    RelatedItem current;
    QString summary;
    bool open = false;
    int lastNumber = 0;
    auto close = [&] {
        if (open) {
            current.summary = summary;
            items.append(current);
        }
        open = false;
        current = RelatedItem();
        summary.clear();
    };

    for (const Line &line : lines) {
        if (line.text.isEmpty())
            continue;
        if (const auto m = p.numbered.match(line.text); m.hasMatch()) {
            const int number = folded(m.captured(1)).toInt();
            if ((items.isEmpty() && !open) || number == lastNumber + 1) {
                close();
                open = true;
                current.title = m.captured(2).trimmed();
                lastNumber = number;
                continue;
            }
        }
        if (open && readStatsLine(p, line.text, current)) {
            close();
            continue;
        }
        if (!open) {
            QString value;
            if (const FooterField field = footerField(p, line.text, &value); field != FooterField::None) {
                applyFooter(field, value, copy);
                continue;
            }
            open = true; // an unnumbered list: a title line after each statistics line
            current.title = line.text;
            continue;
        }
        summary = WireTextParser::joinWrapped(summary, line.text);
    }
    close();
    return items;
}

} // namespace

bool WireTextParser::isCjkBoundary(char32_t cp)
{
    switch (QChar::script(cp)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return true;
    default:
        break;
    }
    return (cp >= 0x2e80 && cp <= 0x2fdf) // radicals
        || (cp >= 0x3000 && cp <= 0x303f) // CJK symbols and punctuation
        || (cp >= 0x31c0 && cp <= 0x31ef) // strokes
        || (cp >= 0xfe30 && cp <= 0xfe4f) // CJK compatibility forms
        || (cp >= 0xff00 && cp <= 0xffef); // half-width and full-width forms
}

QString WireTextParser::joinWrapped(const QString &left, const QString &right)
{
    if (left.isEmpty())
        return right;
    if (right.isEmpty())
        return left;
    const char32_t last = lastCodePoint(left);
    const char32_t first = firstCodePoint(right);
    const bool hyphenated = last == U'-' && left.size() >= 2 && left.at(left.size() - 2).isLetter();
    if (isCjkBoundary(last) || isCjkBoundary(first) || hyphenated)
        return left + right;
    return left + QLatin1Char(' ') + right;
}

QString WireTextParser::isoDateTime(const QString &text)
{
    const auto number = [](const QRegularExpressionMatch &m, int group) { return m.captured(group).toInt(); };
    static const QRegularExpression dateParts(QStringLiteral("^\\s*%1\\s*$").arg(datePattern(true)));
    const auto m = dateParts.match(folded(text));
    if (!m.hasMatch())
        return {};
    const QDate date(number(m, 1), number(m, 2), number(m, 3));
    if (!date.isValid())
        return {};
    const QString day = date.toString(Qt::ISODate);
    if (m.capturedLength(4) == 0)
        return day;
    const int seconds = m.capturedLength(6) > 0 ? number(m, 6) : (m.capturedLength(7) > 0 ? number(m, 7) : 0);
    const QTime time(number(m, 4), number(m, 5), seconds);
    if (!time.isValid())
        return {};
    return day + QLatin1Char('T') + time.toString(QStringLiteral("HH:mm:ss"));
}

WireCopy WireTextParser::parse(const QString &text)
{
    static const Patterns p;
    QString unixText = text;
    unixText.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QList<Line> lines;
    const auto rawLines = QStringView(unixText).split(QLatin1Char('\n'));
    lines.reserve(rawLines.size());
    for (QStringView raw : rawLines)
        lines.append(cleanLine(raw));

    WireCopy copy;
    const qsizetype n = lines.size();
    qsizetype i = 0;
    while (i < n && lines.at(i).text.isEmpty())
        ++i;
    if (i == n)
        return copy;
    copy.title = lines.at(i++).text;

    // Header: up to two lines of view count / publish time right under the title.
    for (int headerLines = 0; headerLines < 2; ++headerLines) {
        qsizetype next = i;
        while (next < n && lines.at(next).text.isEmpty())
            ++next;
        if (next == n || !readMetaLine(p, lines.at(next).text, copy))
            break;
        i = next + 1;
    }

    // "相关文章" and everything after it; the last such heading, so a body line that happens
    // to read "相关文章" does not cut the story short.
    qsizetype relatedStart = n;
    for (qsizetype k = n - 1; k >= i; --k) {
        if (p.relatedHeading.match(lines.at(k).text).hasMatch()) {
            relatedStart = k;
            break;
        }
    }

    // Footer: source and editor lines directly above the related list (or the end).
    qsizetype bodyEnd = relatedStart;
    for (qsizetype k = relatedStart - 1; k >= i; --k) {
        const QString &line = lines.at(k).text;
        if (line.isEmpty()) {
            bodyEnd = k;
            continue;
        }
        QString value;
        const FooterField field = footerField(p, line, &value);
        if (field == FooterField::None)
            break;
        applyFooter(field, value, copy);
        bodyEnd = k;
    }

    copy.paragraphs = paragraphsOf(lines.mid(i, bodyEnd - i));
    if (relatedStart < n)
        copy.related = readRelated(p, lines.mid(relatedStart + 1), copy);
    return copy;
}

} // namespace galley
