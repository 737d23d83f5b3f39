#pragma once

// Internal to lint/: what the rules share — the paragraph being checked, the ranges no rule may
// touch (URLs, e-mail addresses), and the character classes of Chinese typesetting.

#include "lint/housestyle.h"
#include "lint/linter.h"

#include <QCoreApplication>
#include <QList>
#include <QStringView>

#include <utility>

namespace galley {

/// Translation context of the copy desk's messages.
class LintText
{
    Q_DECLARE_TR_FUNCTIONS(galley::Lint)
};

namespace LintScan {

[[nodiscard]] inline char32_t codePointAt(QStringView text, qsizetype i)
{
    if (i < 0 || i >= text.size())
        return 0;
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    return c.unicode();
}

/// The code point that ends just before \a i (0 at the start).
[[nodiscard]] inline char32_t codePointBefore(QStringView text, qsizetype i)
{
    if (i <= 0 || i > text.size())
        return 0;
    const QChar c = text.at(i - 1);
    if (c.isLowSurrogate() && i >= 2 && text.at(i - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(i - 2), c);
    return c.unicode();
}

/// A Chinese character (Unicode script Han: ideographs, 〇, 々).
[[nodiscard]] inline bool isHan(char32_t c)
{
    return c >= 0x2E80 && QChar::script(c) == QChar::Script_Han;
}

/// Full-width punctuation only Chinese text uses: CJK symbols and punctuation (not the
/// ideographic space) and the punctuation of the fullwidth forms block.
[[nodiscard]] inline bool isCjkPunctuation(char32_t c)
{
    return (c > 0x3000 && c <= 0x303F && c != 0x3007 && c != 0x3005) || (c >= 0xFF01 && c <= 0xFF0F)
        || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65);
}

/// Marks that Chinese and Latin text share: “ ” ‘ ’ … —. Which text they belong to is told by
/// their neighbours.
[[nodiscard]] inline bool isSharedMark(char32_t c)
{
    return c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0x2026 || c == 0x2014;
}

[[nodiscard]] inline bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c.unicode() == 0x3000;
}

[[nodiscard]] inline bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

[[nodiscard]] inline bool isAsciiAlnum(QChar c)
{
    return isAsciiDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

/// True when the text before \a i (skipping spaces and shared marks such as a closing ”) ends
/// with a Chinese character or Chinese punctuation.
[[nodiscard]] bool chineseBefore(QStringView text, qsizetype i);
/// True when the text from \a i on (skipping spaces and shared marks such as an opening “)
/// starts with a Chinese character or Chinese punctuation.
[[nodiscard]] bool chineseAfter(QStringView text, qsizetype i);

/// One paragraph being checked: where findings go.
class Paragraph
{
public:
    Paragraph(QStringView text, const LintParagraph &paragraph, const HouseStyle &style, QList<LintFinding> &out);

    [[nodiscard]] QStringView text() const { return m_text; }
    [[nodiscard]] const LintParagraph &info() const { return m_paragraph; }
    [[nodiscard]] bool wants(LintRule rule) const { return m_style.isEnabled(rule); }
    /// True inside a URL or an e-mail address.
    [[nodiscard]] bool isProtected(qsizetype i) const;
    /// True when [start, end) meets a URL or an e-mail address.
    [[nodiscard]] bool isProtected(qsizetype start, qsizetype end) const;
    void add(LintRule rule, qsizetype start, qsizetype end, const QString &message,
        std::optional<QString> fix = std::nullopt);

private:
    QStringView m_text;
    const LintParagraph &m_paragraph;
    const HouseStyle &m_style;
    QList<LintFinding> &m_out;
    QList<std::pair<qsizetype, qsizetype>> m_protected;
};

// The rules, each adding its findings to the paragraph.
void checkHalfwidthPunctuation(Paragraph &paragraph);
void checkParagraphEnd(Paragraph &paragraph);
void checkBrackets(Paragraph &paragraph);
void checkRepeatedPunctuation(Paragraph &paragraph);
void checkEllipsisAndDash(Paragraph &paragraph);
void checkSpaceAroundPunctuation(Paragraph &paragraph);
void checkFullwidthAlphanumeric(Paragraph &paragraph);
void checkRanges(Paragraph &paragraph);
void checkTwoDigitYears(Paragraph &paragraph);
void checkMixedTextSpace(Paragraph &paragraph);

} // namespace LintScan
} // namespace galley
