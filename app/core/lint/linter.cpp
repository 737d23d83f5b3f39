#include "lint/linter.h"

#include "lint/lintignores.h"
#include "lint/lintscan.h"
#include "lint/spellchecker.h"

#include <QRegularExpression>

#include <algorithm>

namespace galley {

namespace LintScan {

namespace {

constexpr int MaxMarksSkipped = 8;

bool isChinese(char32_t c)
{
    return isHan(c) || isCjkPunctuation(c);
}

/// URLs (with a scheme or www.) and e-mail addresses: ASCII characters only, so the Chinese text
/// around them is never taken in; trailing sentence punctuation is not part of them.
const QRegularExpression &protectedPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?:(?:https?|ftp)://|mailto:|www\\.)[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+"
                       "|[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+"));
    return pattern;
}

} // namespace

bool chineseBefore(QStringView text, qsizetype i)
{
    int marks = 0;
    while (i > 0) {
        const char32_t c = codePointBefore(text, i);
        if (c < 0x10000 && isSpace(QChar(char16_t(c)))) {
            --i;
            continue;
        }
        if (isSharedMark(c) && ++marks <= MaxMarksSkipped) {
            --i;
            continue;
        }
        return isChinese(c);
    }
    return false;
}

bool chineseAfter(QStringView text, qsizetype i)
{
    int marks = 0;
    while (i < text.size()) {
        const char32_t c = codePointAt(text, i);
        if (c < 0x10000 && isSpace(QChar(char16_t(c)))) {
            ++i;
            continue;
        }
        if (isSharedMark(c) && ++marks <= MaxMarksSkipped) {
            ++i;
            continue;
        }
        return isChinese(c);
    }
    return false;
}

Paragraph::Paragraph(QStringView text, const LintParagraph &paragraph, const HouseStyle &style, QList<LintFinding> &out)
    : m_text(text)
    , m_paragraph(paragraph)
    , m_style(style)
    , m_out(out)
{
    if (!text.contains(QLatin1Char('@')) && !text.contains(QLatin1String("://"))
        && !text.contains(QLatin1String("www."), Qt::CaseInsensitive))
        return;
    QRegularExpressionMatchIterator it = protectedPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        qsizetype end = match.capturedEnd();
        // "(见www.example.com)。" : the sentence's own punctuation and an unbalanced ")" stay outside.
        while (end > match.capturedStart()) {
            const QChar last = text.at(end - 1);
            const QStringView url = text.sliced(match.capturedStart(), end - match.capturedStart());
            if (QStringView(u".,;:!?'").contains(last)
                || (last == QLatin1Char(')') && url.count(QLatin1Char('(')) < url.count(QLatin1Char(')'))))
                --end;
            else
                break;
        }
        m_protected.append({ match.capturedStart(), end });
    }
}

bool Paragraph::isProtected(qsizetype i) const
{
    return isProtected(i, i + 1);
}

bool Paragraph::isProtected(qsizetype start, qsizetype end) const
{
    return std::any_of(m_protected.cbegin(), m_protected.cend(),
        [&](const std::pair<qsizetype, qsizetype> &range) { return start < range.second && range.first < end; });
}

void Paragraph::add(LintRule rule, qsizetype start, qsizetype end, const QString &message, std::optional<QString> fix)
{
    m_out.append(LintFinding { rule, m_style.severity(rule), start, end, message, std::move(fix), {} });
}

} // namespace LintScan

QList<LintFinding> Linter::lintParagraph(QStringView text, const LintParagraph &paragraph, const HouseStyle &style)
{
    QList<LintFinding> findings;
    LintScan::Paragraph scan(text, paragraph, style, findings);
    LintScan::checkHalfwidthPunctuation(scan);
    LintScan::checkParagraphEnd(scan);
    LintScan::checkBrackets(scan);
    LintScan::checkRepeatedPunctuation(scan);
    LintScan::checkEllipsisAndDash(scan);
    LintScan::checkSpaceAroundPunctuation(scan);
    LintScan::checkFullwidthAlphanumeric(scan);
    LintScan::checkRanges(scan);
    LintScan::checkTwoDigitYears(scan);
    LintScan::checkMixedTextSpace(scan);
    std::stable_sort(
        findings.begin(), findings.end(), [](const LintFinding &a, const LintFinding &b) { return a.start < b.start; });
    return findings;
}

QList<LintFinding> Linter::lintText(
    QStringView plainText, const QList<TextBlock> &blocks, const HouseStyle &style, qsizetype first, qsizetype count)
{
    QList<LintFinding> findings;
    const qsizetype last = count < 0 ? blocks.size() : std::min(blocks.size(), first + count);
    for (qsizetype b = std::max<qsizetype>(first, 0); b < last; ++b) {
        const TextBlock &block = blocks.at(b);
        if (block.start < 0 || block.length <= 0 || block.start + block.length > plainText.size())
            continue;
        LintParagraph paragraph;
        paragraph.kind = block.kind;
        if (b + 1 < blocks.size()) {
            const TextBlock &next = blocks.at(b + 1);
            const QStringView nextText
                = plainText.sliced(next.start, std::min(next.length, plainText.size() - next.start)).trimmed();
            paragraph.quotationContinues = nextText.startsWith(QChar(0x201C)) || nextText.startsWith(QChar(0x300C));
        }
        const QList<LintFinding> found = lintParagraph(plainText.sliced(block.start, block.length), paragraph, style);
        for (LintFinding finding : found) {
            finding.start += block.start;
            finding.end += block.start;
            findings.append(std::move(finding));
        }
    }
    return findings;
}

namespace {

QList<TextBlock> linesOf(QStringView plainText)
{
    QList<TextBlock> blocks;
    qsizetype start = 0;
    while (start <= plainText.size()) {
        qsizetype end = plainText.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = plainText.size();
        blocks.append(TextBlock { TextBlockKind::Paragraph, start, end - start });
        start = end + 1;
    }
    return blocks;
}

/// The fixable findings of \a findings that do not overlap one before them, as edits.
QList<CanonicalHtml::TextEdit> editsOf(const QList<LintFinding> &findings)
{
    QList<CanonicalHtml::TextEdit> edits;
    qsizetype reached = -1;
    for (const LintFinding &finding : findings) {
        if (!finding.fix || finding.start < reached || (finding.start == reached && finding.start == finding.end))
            continue;
        edits.append(CanonicalHtml::TextEdit { finding.start, finding.end, *finding.fix });
        reached = finding.end;
    }
    return edits;
}

// Each round applies the fixes that do not overlap; what one exposes (", " becoming "，" next to
// a space) is found by the next round. Rounds are few: every fix shortens the text or keeps its
// length and never brings back what an earlier round removed.
constexpr int MaxFixRounds = 8;

} // namespace

QList<LintFinding> Linter::lintLines(QStringView plainText, const HouseStyle &style)
{
    return lintText(plainText, linesOf(plainText), style);
}

QList<LintFinding> Linter::lintArticle(const QString &canonicalHtml, const HouseStyle &style)
{
    QString plainText;
    const QList<TextBlock> blocks = CanonicalHtml::textBlocks(canonicalHtml, &plainText);
    return lintText(plainText, blocks, style);
}

QString Linter::applyFixes(QStringView text, const QList<LintFinding> &findings)
{
    QList<LintFinding> sorted = findings;
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const LintFinding &a, const LintFinding &b) { return a.start < b.start; });
    QString result;
    result.reserve(text.size());
    qsizetype copied = 0;
    for (const CanonicalHtml::TextEdit &edit : editsOf(sorted)) {
        if (edit.start < copied || edit.end > text.size())
            continue;
        result += text.sliced(copied, edit.start - copied);
        result += edit.text;
        copied = edit.end;
    }
    result += text.sliced(copied);
    return result;
}

QString Linter::fixLines(const QString &plainText, const HouseStyle &style, int *applied)
{
    QString text = plainText;
    int count = 0;
    for (int round = 0; round < MaxFixRounds; ++round) {
        const QList<LintFinding> findings = lintLines(text, style);
        const qsizetype edits = editsOf(findings).size();
        if (edits == 0)
            break;
        text = applyFixes(text, findings);
        count += int(edits);
    }
    if (applied)
        *applied = count;
    return text;
}

namespace {

/// An ignored finding where it is in the text being fixed: kept as it is over the rounds.
struct HeldFinding {
    LintRule rule;
    qsizetype start;
    qsizetype end;
};

/// Moves \a held over \a edits made to the text; one that an edit touches is no longer the
/// finding that was ignored and is dropped.
void moveHeld(QList<HeldFinding> &held, const QList<CanonicalHtml::TextEdit> &edits)
{
    QList<HeldFinding> moved;
    for (HeldFinding finding : std::as_const(held)) {
        if (LintIgnores::moveOver(edits, &finding.start, &finding.end))
            moved.append(finding);
    }
    held = moved;
}

} // namespace

QString Linter::fixArticle(
    const QString &canonicalHtml, const HouseStyle &style, int *applied, const QSet<QString> &ignored, QSet<QString> *reIgnored)
{
    QString html = canonicalHtml;
    int count = 0;
    QList<HeldFinding> held;
    const auto isHeld = [&held](const LintFinding &finding) {
        return std::any_of(held.cbegin(), held.cend(), [&](const HeldFinding &h) {
            return h.rule == finding.rule && h.start == finding.start && h.end == finding.end;
        });
    };
    for (int round = 0; round < MaxFixRounds; ++round) {
        QString plainText;
        const QList<TextBlock> blocks = CanonicalHtml::textBlocks(html, &plainText);
        QList<LintFinding> fixable;
        for (const LintFinding &finding : lintText(plainText, blocks, style)) {
            if (isHeld(finding))
                continue;
            if (!ignored.isEmpty() && ignored.contains(LintIgnores::bodyKey(plainText, blocks, finding))) {
                held.append({ finding.rule, finding.start, finding.end });
                continue;
            }
            fixable.append(finding);
        }
        const QList<CanonicalHtml::TextEdit> edits = editsOf(fixable);
        if (edits.isEmpty())
            break;
        int skipped = 0;
        html = CanonicalHtml::replaceText(html, edits, &skipped);
        count += int(edits.size()) - skipped;
        // Where the ignored findings are now is known only when every edit was made.
        if (skipped > 0)
            break;
        moveHeld(held, edits);
    }
    if (reIgnored && !held.isEmpty()) {
        QString plainText;
        const QList<TextBlock> blocks = CanonicalHtml::textBlocks(html, &plainText);
        for (const LintFinding &finding : lintText(plainText, blocks, style)) {
            if (!isHeld(finding))
                continue;
            const QString key = LintIgnores::bodyKey(plainText, blocks, finding);
            if (!ignored.contains(key))
                reIgnored->insert(key);
        }
    }
    if (applied)
        *applied = count;
    return html;
}

QList<LintFinding> Linter::spellParagraph(
    QStringView text, const SpellChecker &speller, const HouseStyle &style, LintSuggestions suggestions)
{
    QList<LintFinding> findings;
    if (!style.isEnabled(LintRule::Spelling) || !speller.isValid())
        return findings;
    for (const SpellChecker::Misspelling &word : speller.check(text)) {
        LintFinding finding { LintRule::Spelling, style.severity(LintRule::Spelling), word.start, word.end,
            LintText::tr("“%1” is not in the %2 dictionary.").arg(word.word, speller.dictionaryName()), std::nullopt,
            {} };
        if (suggestions == LintSuggestions::With)
            finding.suggestions = speller.suggestions(word.word);
        findings.append(std::move(finding));
    }
    return findings;
}

QList<LintFinding> Linter::spellText(QStringView plainText, const QList<TextBlock> &blocks, const SpellChecker &speller,
    const HouseStyle &style, LintSuggestions suggestions)
{
    QList<LintFinding> findings;
    if (!style.isEnabled(LintRule::Spelling) || !speller.isValid())
        return findings;
    for (const TextBlock &block : blocks) {
        if (block.kind == TextBlockKind::Figure || block.kind == TextBlockKind::Rule || block.start < 0
            || block.length <= 0 || block.start + block.length > plainText.size())
            continue;
        for (LintFinding finding : spellParagraph(plainText.sliced(block.start, block.length), speller, style, suggestions)) {
            finding.start += block.start;
            finding.end += block.start;
            findings.append(std::move(finding));
        }
    }
    return findings;
}

namespace {
constexpr const char *CopyDesk = QT_TRANSLATE_NOOP("galley::Lint", "Galley copy desk");
} // namespace

QString Linter::copyDeskName()
{
    return QCoreApplication::translate("galley::Lint", CopyDesk);
}

bool Linter::isCopyDesk(const QString &author)
{
    return author == QLatin1String(CopyDesk) || author == copyDeskName();
}

} // namespace galley
