#include "lint/lintignores.h"

#include <algorithm>

namespace galley {

namespace {

constexpr QChar Separator = QChar(0x1f);

/// \a text as the stored body text has it: the editor's line separator is the body's "\n", and
/// a no-break space its space.
QString asBodyText(QStringView text)
{
    QString result = text.toString();
    for (QChar &c : result) {
        if (c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char('\n');
        else if (c == QChar::Nbsp)
            c = QLatin1Char(' ');
    }
    return result;
}

/// The block of \a blocks holding \a offset of the body text (the last that starts at or before it).
const TextBlock *blockAt(const QList<TextBlock> &blocks, qsizetype offset)
{
    const auto after = std::upper_bound(blocks.cbegin(), blocks.cend(), offset,
        [](qsizetype value, const TextBlock &block) { return value < block.start; });
    if (after == blocks.cbegin())
        return nullptr;
    const TextBlock &block = *std::prev(after);
    return offset <= block.start + block.length ? &block : nullptr;
}

} // namespace

QString LintIgnores::key(LintField field, QStringView paragraph, LintRule rule, qsizetype start, qsizetype end)
{
    start = std::clamp<qsizetype>(start, 0, paragraph.size());
    end = std::clamp<qsizetype>(end, start, paragraph.size());
    const qsizetype from = std::max<qsizetype>(0, start - ContextLength);
    const qsizetype to = std::min(paragraph.size(), end + ContextLength);
    // The layout the editor stored its keys in before the desk's other tools knew them.
    return QString::number(int(field)) + Separator + LintRules::id(rule) + Separator
        + asBodyText(paragraph.sliced(from, start - from)) + Separator + asBodyText(paragraph.sliced(start, end - start))
        + Separator + asBodyText(paragraph.sliced(end, to - end));
}

QString LintIgnores::key(LintField field, QStringView paragraph, const LintFinding &finding)
{
    return key(field, paragraph, finding.rule, finding.start, finding.end);
}

QString LintIgnores::bodyKey(QStringView plainText, const QList<TextBlock> &blocks, const LintFinding &finding)
{
    const TextBlock *block = blockAt(blocks, finding.start);
    if (!block || block->start + block->length > plainText.size())
        return key(LintField::Body, plainText, finding);
    return key(LintField::Body, plainText.sliced(block->start, block->length), finding.rule,
        finding.start - block->start, finding.end - block->start);
}

bool LintIgnores::isIgnored(
    const QSet<QString> &ignored, LintField field, QStringView paragraph, LintRule rule, qsizetype start, qsizetype end)
{
    return !ignored.isEmpty() && ignored.contains(key(field, paragraph, rule, start, end));
}

QList<LintFinding> LintIgnores::withoutIgnored(
    const QList<LintFinding> &findings, LintField field, QStringView paragraph, const QSet<QString> &ignored)
{
    if (ignored.isEmpty())
        return findings;
    QList<LintFinding> kept;
    kept.reserve(findings.size());
    for (const LintFinding &finding : findings) {
        if (!isIgnored(ignored, field, paragraph, finding.rule, finding.start, finding.end))
            kept.append(finding);
    }
    return kept;
}

QList<LintFinding> LintIgnores::withoutIgnored(const QList<LintFinding> &findings, QStringView plainText,
    const QList<TextBlock> &blocks, const QSet<QString> &ignored)
{
    if (ignored.isEmpty())
        return findings;
    QList<LintFinding> kept;
    kept.reserve(findings.size());
    for (const LintFinding &finding : findings) {
        if (!ignored.contains(bodyKey(plainText, blocks, finding)))
            kept.append(finding);
    }
    return kept;
}

bool LintIgnores::moveOver(const QList<CanonicalHtml::TextEdit> &edits, qsizetype *start, qsizetype *end)
{
    qsizetype shift = 0;
    for (const CanonicalHtml::TextEdit &edit : edits) {
        // An insertion at the very place of an empty finding is an edit of it.
        const bool samePoint = edit.start == edit.end && *start == *end && edit.start == *start;
        if (edit.end <= *start && !samePoint)
            shift += edit.text.size() - (edit.end - edit.start);
        else if (edit.start >= *end && !samePoint)
            break;
        else
            return false;
    }
    *start += shift;
    *end += shift;
    return true;
}

} // namespace galley
