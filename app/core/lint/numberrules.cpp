// The number rules of GB/T 15835-2011, one paragraph at a time.

#include "lint/lintscan.h"

namespace galley::LintScan {

namespace {

bool isFullwidthAlphanumeric(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0xFF10 && u <= 0xFF19) || (u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A);
}

/// Start of the number (digits, one decimal point) that ends at \a end, or \a end when none.
qsizetype numberStart(QStringView text, qsizetype end)
{
    qsizetype i = end;
    while (i > 0 && isAsciiDigit(text.at(i - 1)))
        --i;
    if (i > 1 && i < end && text.at(i - 1) == QLatin1Char('.') && isAsciiDigit(text.at(i - 2))) {
        i -= 1;
        while (i > 0 && isAsciiDigit(text.at(i - 1)))
            --i;
    }
    return i;
}

/// End of the number that starts at \a start, or \a start when none.
qsizetype numberEnd(QStringView text, qsizetype start)
{
    qsizetype i = start;
    while (i < text.size() && isAsciiDigit(text.at(i)))
        ++i;
    if (i > start && i + 1 < text.size() && text.at(i) == QLatin1Char('.') && isAsciiDigit(text.at(i + 1))) {
        i += 1;
        while (i < text.size() && isAsciiDigit(text.at(i)))
            ++i;
    }
    return i;
}

/// The units GB/T 15835 5.1.4 wants on both ends of a range: 15%～30%, 4.3万～5.6万, 3亿～4亿.
QStringView unitAt(QStringView text, qsizetype i)
{
    static constexpr QStringView Units[] = { u"万亿", u"%", u"‰", u"万", u"亿", u"℃" };
    for (const QStringView unit : Units) {
        if (text.sliced(i).startsWith(unit))
            return unit;
    }
    return {};
}

} // namespace

void checkFullwidthAlphanumeric(Paragraph &paragraph)
{
    if (!paragraph.wants(LintRule::FullwidthAlphanumeric))
        return;
    const QStringView text = paragraph.text();
    for (qsizetype i = 0; i < text.size();) {
        if (!isFullwidthAlphanumeric(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        QString halfWidth;
        while (i < text.size() && isFullwidthAlphanumeric(text.at(i))) {
            halfWidth += QChar(char16_t(text.at(i).unicode() - 0xFEE0));
            ++i;
        }
        paragraph.add(LintRule::FullwidthAlphanumeric, start, i,
            LintText::tr("Full-width “%1”: digits and Latin letters are written half-width (“%2”).")
                .arg(text.sliced(start, i - start), halfWidth),
            halfWidth);
    }
}

void checkRanges(Paragraph &paragraph)
{
    if (!paragraph.wants(LintRule::RangeUnit))
        return;
    static const QStringView Signs = u"～~〜-–";
    const QStringView text = paragraph.text();
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        if (!Signs.contains(text.at(i)) || !isAsciiDigit(text.at(i - 1)) || !isAsciiDigit(text.at(i + 1)))
            continue;
        const qsizetype start = numberStart(text, i);
        const qsizetype secondEnd = numberEnd(text, i + 1);
        if (start > 0
            && (isAsciiDigit(text.at(start - 1)) || Signs.contains(text.at(start - 1))
                || text.at(start - 1) == QLatin1Char('.')))
            continue; // 2025-03-18: a date, not a range
        const QStringView unit = unitAt(text, secondEnd);
        if (unit.isEmpty() || paragraph.isProtected(start, secondEnd))
            continue;
        QString suggestion = text.sliced(start, i - start).toString();
        suggestion += unit;
        suggestion += text.at(i);
        suggestion += text.sliced(i + 1, secondEnd - i - 1);
        suggestion += unit;
        paragraph.add(LintRule::RangeUnit, start, secondEnd + unit.size(),
            LintText::tr("The range “%1” gives its unit only at the end: write “%2”.")
                .arg(text.sliced(start, secondEnd + unit.size() - start), suggestion));
    }
}

void checkTwoDigitYears(Paragraph &paragraph)
{
    if (!paragraph.wants(LintRule::TwoDigitYear))
        return;
    static const QStringView Before = u"于在自从至到’'";
    static const QStringView YearParts = u"底初末"; // 98年底: the end of a year, not 98 years
    static const QStringView Durations = u"代前后来间内里多半左以度级龄期中"; // 30年来, 50年代
    const QStringView text = paragraph.text();
    for (qsizetype i = 2; i < text.size(); ++i) {
        if (text.at(i).unicode() != 0x5E74) // 年
            continue;
        if (!isAsciiDigit(text.at(i - 1)) || !isAsciiDigit(text.at(i - 2)))
            continue;
        const qsizetype start = i - 2;
        const QChar previous = start > 0 ? text.at(start - 1) : QChar();
        if (isAsciiDigit(previous) || previous == QLatin1Char('.'))
            continue;
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        const bool month = isAsciiDigit(next) && numberEnd(text, i + 1) < text.size()
            && text.at(numberEnd(text, i + 1)).unicode() == 0x6708; // 98年3月
        const bool year = month || YearParts.contains(next)
            || (!previous.isNull() && Before.contains(previous) && !Durations.contains(next));
        if (!year)
            continue;
        paragraph.add(LintRule::TwoDigitYear, start, i + 1,
            LintText::tr("“%1”: write the year with all four digits (1998年, not 98年).").arg(text.sliced(start, 3)));
    }
}

// A house option: 中文 English 混排 with a space where the scripts meet (a Chinese character
// and a Latin letter or digit side by side), as some desks set mixed copy. Never inside a URL or
// an address; punctuation between the two (5%以上, “APP”里) is left alone.
void checkMixedTextSpace(Paragraph &paragraph)
{
    if (!paragraph.wants(LintRule::MixedTextSpace))
        return;
    const QStringView text = paragraph.text();
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate())
            continue; // inside a character
        const char32_t before = codePointBefore(text, i);
        const char32_t after = codePointAt(text, i);
        const bool meet = (isHan(before) && after < 0x80 && isAsciiAlnum(QChar(char16_t(after))))
            || (before < 0x80 && isAsciiAlnum(QChar(char16_t(before))) && isHan(after));
        if (!meet)
            continue;
        const qsizetype start = i - (before > 0xFFFF ? 2 : 1);
        const qsizetype end = i + (after > 0xFFFF ? 2 : 1);
        if (paragraph.isProtected(start, end))
            continue;
        paragraph.add(LintRule::MixedTextSpace, start, end,
            LintText::tr("House style: a space between Chinese and Latin letters or digits (“%1 %2”).")
                .arg(text.sliced(start, i - start), text.sliced(i, end - i)),
            text.sliced(start, i - start).toString() + QLatin1Char(' ') + text.sliced(i, end - i).toString());
    }
}

} // namespace galley::LintScan
