// The punctuation rules of GB/T 15834-2011, one paragraph at a time.

#include "lint/lintscan.h"

#include <QVarLengthArray>

namespace galley::LintScan {

namespace {

QChar fullWidthOf(QChar c)
{
    switch (c.unicode()) {
    case ',':
        return QChar(0xFF0C);
    case '.':
        return QChar(0x3002);
    case ':':
        return QChar(0xFF1A);
    case ';':
        return QChar(0xFF1B);
    case '?':
        return QChar(0xFF1F);
    case '!':
        return QChar(0xFF01);
    case '(':
        return QChar(0xFF08);
    case ')':
        return QChar(0xFF09);
    default:
        return {};
    }
}

bool containsHan(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isHan(codePointAt(text, i)))
            return true;
    }
    return false;
}

qsizetype runEnd(QStringView text, qsizetype i, QChar c)
{
    while (i < text.size() && text.at(i) == c)
        ++i;
    return i;
}

/// Partners of the half-width parentheses: index of the matching one, or -1.
QVarLengthArray<qsizetype, 16> parenthesisPartners(QStringView text, qsizetype *count)
{
    QVarLengthArray<qsizetype, 16> open;
    QVarLengthArray<qsizetype, 16> partners;
    *count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('(')) {
            open.append(i);
        } else if (text.at(i) == QLatin1Char(')') && !open.isEmpty()) {
            partners.append(open.back());
            open.removeLast();
            partners.append(i);
        }
    }
    *count = partners.size() / 2;
    return partners;
}

qsizetype partnerOf(const QVarLengthArray<qsizetype, 16> &partners, qsizetype i)
{
    for (qsizetype p = 0; p + 1 < partners.size(); p += 2) {
        if (partners.at(p) == i)
            return partners.at(p + 1);
        if (partners.at(p + 1) == i)
            return partners.at(p);
    }
    return -1;
}

} // namespace

void checkHalfwidthPunctuation(Paragraph &paragraph)
{
    if (!paragraph.wants(LintRule::HalfwidthPunctuation))
        return;
    const QStringView text = paragraph.text();
    qsizetype pairCount = 0;
    QVarLengthArray<qsizetype, 16> partners;
    bool partnersKnown = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar full = fullWidthOf(c);
        if (full.isNull() || paragraph.isProtected(i))
            continue;
        const QChar before = i > 0 ? text.at(i - 1) : QChar();
        const QChar after = i + 1 < text.size() ? text.at(i + 1) : QChar();
        bool chinese = false;
        if (c == QLatin1Char('.')) {
            if (runEnd(text, i, c) - i >= 3 || (before == c && i >= 2 && text.at(i - 2) == c))
                continue; // "..." is the ellipsis rule's
            if (isAsciiDigit(before) && isAsciiDigit(after))
                continue; // 48.4
            // "报告.pdf", "新华网.cn": a full stop is only one after Chinese, not before a Latin word.
            chinese = chineseBefore(text, i) && !isAsciiAlnum(after);
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            if (!partnersKnown) {
                partners = parenthesisPartners(text, &pairCount);
                partnersKnown = true;
            }
            const qsizetype partner = partnerOf(partners, i);
            if (partner >= 0) {
                const qsizetype open = std::min(i, partner);
                const qsizetype close = std::max(i, partner);
                chinese = containsHan(text.sliced(open + 1, close - open - 1)) || chineseBefore(text, open)
                    || chineseAfter(text, close + 1);
            } else {
                chinese = chineseBefore(text, i) || chineseAfter(text, i + 1);
            }
        } else {
            if ((c == QLatin1Char(',') || c == QLatin1Char(':')) && isAsciiDigit(before) && isAsciiDigit(after))
                continue; // 3,000  08:18
            chinese = chineseBefore(text, i) || chineseAfter(text, i + 1);
        }
        if (!chinese)
            continue;
        // Full-width punctuation carries its own spacing: the spaces around the half-width mark go.
        qsizetype start = i;
        while (start > 0 && text.at(start - 1) == QLatin1Char(' '))
            --start;
        if (start == 0)
            start = i;
        qsizetype end = i + 1;
        while (end < text.size() && text.at(end) == QLatin1Char(' '))
            ++end;
        if (end == text.size())
            end = i + 1;
        paragraph.add(LintRule::HalfwidthPunctuation, start, end,
            LintText::tr("Half-width “%1” in Chinese text: use the full-width “%2”.").arg(c).arg(full), QString(full));
    }
}

void checkParagraphEnd(Paragraph &paragraph)
{
    if (!paragraph.wants(LintRule::ParagraphEnd) || paragraph.info().kind != TextBlockKind::Paragraph)
        return;
    const QStringView text = paragraph.text();
    qsizetype end = text.size();
    while (end > 0 && (isSpace(text.at(end - 1)) || text.at(end - 1) == QLatin1Char('\n')))
        --end;
    if (end == 0)
        return;
    const char32_t last = codePointBefore(text, end);
    // Sentence-final marks (GB/T 15834 4.1–4.3, and the closing marks that may end a sentence),
    // 】 of a bracketed note (【待补：…】), a colon that introduces what follows, half-width ones
    // (the half-width rule's), an image.
    static constexpr char32_t Final[] = { 0x3002, 0xFF01, 0xFF1F, 0x2026, 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09,
        0x3011, 0xFF1A, '.', '!', '?', ')', 0xFFFC };
    if (std::find(std::begin(Final), std::end(Final), last) != std::end(Final))
        return;
    if (!containsHan(text.first(end)))
        return;
    // A short line without punctuation is a dateline, a byline or a caption, not a sentence.
    static const QStringView Inner = u"，、；：。";
    const bool hasPunctuation
        = std::any_of(text.begin(), text.begin() + end, [](QChar c) { return Inner.contains(c); });
    if (!hasPunctuation && end < 20)
        return;
    const qsizetype lastStart = last > 0xFFFF ? end - 2 : end - 1;
    paragraph.add(LintRule::ParagraphEnd, lastStart, end,
        LintText::tr("The paragraph ends without sentence-final punctuation (such as “。”, “！”, “？” or “”” after "
                     "a quotation)."));
}

void checkBrackets(Paragraph &paragraph)
{
    if (!paragraph.wants(LintRule::UnpairedBrackets))
        return;
    static const QStringView Openers = u"“‘「『《〈（【";
    static const QStringView Closers = u"”’」』》〉）】";
    const QStringView text = paragraph.text();
    struct Open {
        qsizetype at;
        qsizetype kind;
    };
    QVarLengthArray<Open, 16> stack;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (const qsizetype kind = Openers.indexOf(c); kind >= 0) {
            stack.append({ i, kind });
            continue;
        }
        const qsizetype kind = Closers.indexOf(c);
        if (kind < 0)
            continue;
        const auto isOpen = [&](qsizetype k) {
            return std::any_of(stack.cbegin(), stack.cend(), [k](const Open &open) { return open.kind == k; });
        };
        if (c.unicode() == 0x2019) {
            // ’ is also the apostrophe of Latin text: don’t, Xi’an, the editors’.
            const char32_t before = codePointBefore(text, i);
            if (before < 0x80 && QChar::isLetter(before)
                && (!isOpen(kind)
                    || (i + 1 < text.size() && text.at(i + 1).isLetter() && text.at(i + 1).unicode() < 0x80)))
                continue;
        }
        if (!stack.isEmpty() && stack.last().kind == kind) {
            stack.removeLast();
        } else if (isOpen(kind)) {
            while (stack.last().kind != kind) {
                const Open open = stack.back();
                stack.removeLast();
                paragraph.add(LintRule::UnpairedBrackets, open.at, open.at + 1,
                    LintText::tr("“%1” is not closed before “%2” closes the mark around it: the marks are mis-nested.")
                        .arg(Openers.at(open.kind))
                        .arg(c));
            }
            stack.removeLast();
        } else {
            paragraph.add(LintRule::UnpairedBrackets, i, i + 1,
                LintText::tr("“%1” closes nothing: there is no “%2” before it in this paragraph.")
                    .arg(c)
                    .arg(Openers.at(kind)));
        }
    }
    for (const Open &open : stack) {
        // A quotation over several paragraphs opens each of them and closes in the last one.
        const bool continued
            = paragraph.info().quotationContinues && open.kind <= 2 && text.first(open.at).trimmed().isEmpty();
        if (continued)
            continue;
        paragraph.add(LintRule::UnpairedBrackets, open.at, open.at + 1,
            LintText::tr("“%1” is never closed: there is no “%2” after it in this paragraph.")
                .arg(Openers.at(open.kind))
                .arg(Closers.at(open.kind)));
    }
}

void checkRepeatedPunctuation(Paragraph &paragraph)
{
    if (!paragraph.wants(LintRule::RepeatedPunctuation))
        return;
    static const QStringView Marks = u"，。、；：？！";
    static const QStringView Doubled = u"，。、；："; // never meant twice: one of them is a slip
    const QStringView text = paragraph.text();
    for (qsizetype i = 0; i < text.size();) {
        if (!Marks.contains(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() && Marks.contains(text.at(end)))
            ++end;
        const QStringView run = text.sliced(i, end - i);
        const qsizetype start = i;
        i = end;
        if (run.size() < 2 || run == u"？！" || (run.size() >= 3 && run.count(QChar(0x3002)) == run.size()))
            continue; // one mark, the interrobang of GB/T 15834 4.3.3, or 。。。 (the ellipsis rule's)
        QString collapsed;
        for (const QChar c : run) {
            if (collapsed.isEmpty() || collapsed.back() != c)
                collapsed += c;
        }
        if (collapsed.size() == 1 && Doubled.contains(collapsed.front())) {
            paragraph.add(LintRule::RepeatedPunctuation, start, end,
                LintText::tr("Repeated punctuation “%1”: one “%2” is enough.").arg(run).arg(collapsed), collapsed);
        } else {
            const QString suggestion = collapsed != run ? collapsed : QString(run.front());
            paragraph.add(LintRule::RepeatedPunctuation, start, end,
                LintText::tr("Repeated punctuation “%1”: news copy uses one mark (“%2”).").arg(run).arg(suggestion));
        }
    }
}

void checkEllipsisAndDash(Paragraph &paragraph)
{
    const bool ellipsis = paragraph.wants(LintRule::Ellipsis);
    const bool dash = paragraph.wants(LintRule::Dash);
    if (!ellipsis && !dash)
        return;
    const QStringView text = paragraph.text();
    const QString chineseEllipsis = QStringLiteral("……");
    const QString chineseDash = QStringLiteral("——");
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        const qsizetype end = runEnd(text, i, c);
        const qsizetype length = end - i;
        const qsizetype start = i;
        i = end;
        const bool chinese = [&] { return chineseBefore(text, start) || chineseAfter(text, end); }();
        if (ellipsis && c == QLatin1Char('.') && length >= 3 && !paragraph.isProtected(start, end) && chinese) {
            paragraph.add(LintRule::Ellipsis, start, end,
                LintText::tr("“%1” in Chinese text: the ellipsis is “……”.").arg(text.sliced(start, length)),
                chineseEllipsis);
        } else if (ellipsis && c.unicode() == 0x3002 && length >= 3) {
            paragraph.add(LintRule::Ellipsis, start, end,
                LintText::tr("“%1” in Chinese text: the ellipsis is “……”.").arg(text.sliced(start, length)),
                chineseEllipsis);
        } else if (ellipsis && c.unicode() == 0x2026 && length != 2 && chinese) {
            paragraph.add(LintRule::Ellipsis, start, end,
                LintText::tr("“%1” in Chinese text: the ellipsis is “……”.").arg(text.sliced(start, length)),
                chineseEllipsis);
        } else if (dash && c == QLatin1Char('-') && length >= 2 && !paragraph.isProtected(start, end) && chinese) {
            paragraph.add(LintRule::Dash, start, end,
                LintText::tr("“%1” in Chinese text: the dash is “——”.").arg(text.sliced(start, length)), chineseDash);
        } else if (dash && c.unicode() == 0x2014 && length >= 3 && chinese) {
            // A single — is the connecting mark of GB/T 15834 4.13 (北京—上海); —— the dash.
            paragraph.add(LintRule::Dash, start, end,
                LintText::tr("“%1” in Chinese text: the dash is “——”.").arg(text.sliced(start, length)), chineseDash);
        }
    }
}

void checkSpaceAroundPunctuation(Paragraph &paragraph)
{
    if (!paragraph.wants(LintRule::SpaceAroundPunctuation))
        return;
    const QStringView text = paragraph.text();
    for (qsizetype i = 0; i < text.size();) {
        if (!isSpace(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && isSpace(text.at(i)))
            ++i;
        const qsizetype end = i;
        if (start == 0 || text.at(start - 1) == QLatin1Char('\n'))
            continue; // indentation
        const char32_t before = codePointBefore(text, start);
        const char32_t after = end < text.size() ? codePointAt(text, end) : 0;
        const auto chinese = [](char32_t c) { return isHan(c) || isCjkPunctuation(c); };
        // Shared marks (“ ” ‘ ’ … —) are Chinese punctuation only between Chinese text.
        const bool beforeIsMark = isCjkPunctuation(before)
            || (isSharedMark(before) && (after == 0 ? chineseBefore(text, start - 1) : chinese(after)));
        const bool afterIsMark = isCjkPunctuation(after) || (isSharedMark(after) && chinese(before));
        if (!beforeIsMark && !afterIsMark)
            continue;
        const QChar mark = beforeIsMark ? text.at(start - 1) : text.at(end);
        paragraph.add(LintRule::SpaceAroundPunctuation, start, end,
            LintText::tr("Space next to the full-width “%1”: full-width punctuation takes no spaces.").arg(mark),
            QString());
    }
}

} // namespace galley::LintScan
