#include "punctuation.h"

#include "model/textstats.h"

#include <QRegularExpression>

#include <vector>

namespace galley::Punctuation {

namespace {

char32_t codePointBefore(const QString &text, qsizetype index, qsizetype *start = nullptr)
{
    if (index <= 0)
        return 0;
    const QChar low = text.at(index - 1);
    if (low.isLowSurrogate() && index >= 2 && text.at(index - 2).isHighSurrogate()) {
        if (start)
            *start = index - 2;
        return QChar::surrogateToUcs4(text.at(index - 2), low);
    }
    if (start)
        *start = index - 1;
    return low.unicode();
}

bool isClosingQuote(char32_t c)
{
    return c == U'\u201D' || c == U'\u2019';
}

// The character a punctuation mark "follows" for the CJK test: closing quotes are looked through,
// so that 他说“好”, reads as following 好.
bool followsCjk(const QString &text, qsizetype index)
{
    qsizetype position = index;
    while (position > 0) {
        qsizetype start = 0;
        const char32_t c = codePointBefore(text, position, &start);
        if (isClosingQuote(c)) {
            position = start;
            continue;
        }
        return isCjk(c) || isCjkPunctuation(c);
    }
    return false;
}

QChar fullWidth(QChar c)
{
    switch (c.unicode()) {
    case ',': return QChar(0xFF0C);
    case ':': return QChar(0xFF1A);
    case ';': return QChar(0xFF1B);
    case '?': return QChar(0xFF1F);
    case '!': return QChar(0xFF01);
    case '(': return QChar(0xFF08);
    case ')': return QChar(0xFF09);
    default: return c;
    }
}

bool containsCjk(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (isCjk(c))
            return true;
    }
    return false;
}

} // namespace

bool isCjkPunctuation(char32_t c)
{
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF60) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF5F && c <= 0xFF65);
}

QList<QPair<qsizetype, qsizetype>> urlRanges(QStringView text)
{
    static const QRegularExpression url(
        QStringLiteral("(?:(?:https?|ftp)://|mailto:|www\\.)[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+"),
        QRegularExpression::CaseInsensitiveOption);
    QList<QPair<qsizetype, qsizetype>> ranges;
    auto it = url.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QStringView found = text.mid(match.capturedStart(), match.capturedLength());
        // Like linkifiers: sentence punctuation after a URL is not part of it, nor an unbalanced ')'.
        for (;;) {
            if (found.isEmpty())
                break;
            const QChar last = found.back();
            if (QStringView(u".,;:!?'\"").contains(last)) {
                found.chop(1);
            } else if (last == QLatin1Char(')') && found.count(QLatin1Char('(')) < found.count(QLatin1Char(')'))) {
                found.chop(1);
            } else {
                break;
            }
        }
        if (!found.isEmpty())
            ranges.append({match.capturedStart(), found.size()});
    }
    return ranges;
}

void fixChinese(QList<QString> &pieces)
{
    QString text;
    for (const QString &piece : pieces)
        text.append(piece);
    if (text.isEmpty())
        return;

    std::vector<bool> isProtected(static_cast<size_t>(text.size()), false);
    for (const auto &[start, length] : urlRanges(text)) {
        for (qsizetype i = start; i < start + length; ++i)
            isProtected[static_cast<size_t>(i)] = true;
    }
    std::vector<bool> dropped(static_cast<size_t>(text.size()), false);
    QString out = text;
    bool changed = false;

    // Parentheses first, so that "（市区）," sees a full-width ） before the comma.
    std::vector<qsizetype> open;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isProtected[static_cast<size_t>(i)])
            continue;
        if (text.at(i) == QLatin1Char('(')) {
            open.push_back(i);
        } else if (text.at(i) == QLatin1Char(')') && !open.empty()) {
            const qsizetype start = open.back();
            open.pop_back();
            if (containsCjk(QStringView(text).mid(start + 1, i - start - 1))) {
                out[start] = fullWidth(QLatin1Char('('));
                out[i] = fullWidth(QLatin1Char(')'));
                changed = true;
            }
        }
    }

    for (qsizetype i = 0; i < out.size(); ++i) {
        if (isProtected[static_cast<size_t>(i)])
            continue;
        const QChar c = out.at(i);
        if (!QStringView(u",:;?!").contains(c) || !followsCjk(out, i))
            continue;
        out[i] = fullWidth(c);
        changed = true;
        for (qsizetype j = i + 1; j < out.size() && out.at(j) == QLatin1Char(' ') && !isProtected[static_cast<size_t>(j)]; ++j)
            dropped[static_cast<size_t>(j)] = true;
    }
    if (!changed)
        return;

    qsizetype position = 0;
    for (QString &piece : pieces) {
        QString rebuilt;
        rebuilt.reserve(piece.size());
        for (qsizetype i = 0; i < piece.size(); ++i, ++position) {
            if (!dropped[static_cast<size_t>(position)])
                rebuilt.append(out.at(position));
        }
        piece = rebuilt;
    }
}

QString fixChinese(const QString &text)
{
    QList<QString> pieces{text};
    fixChinese(pieces);
    return pieces.constFirst();
}

} // namespace galley::Punctuation
