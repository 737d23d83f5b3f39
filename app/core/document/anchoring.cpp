#include "document/anchoring.h"

#include "model/textstats.h"

#include <QChar>
#include <QList>

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <vector>

namespace galley::Anchoring {

namespace {

// Evidence is counted in "Latin characters": a CJK character carries about as much
// information as two, so it weighs two.
constexpr int RequiredEvidence = 12;
// Sitting at the stored offsets is worth half a full context of agreement.
constexpr int PositionBonus = ContextLength / 2;
// Approximate matching allows one edit per this many characters of the quote.
constexpr int CharactersPerEdit = 5;
// Approximate matches examined at most (the ones with the fewest edits first).
constexpr size_t MaxFuzzyCandidates = 5000;

qint64 clampOffset(qint64 offset, qsizetype size)
{
    return std::clamp<qint64>(offset, 0, size);
}

/// Moves \a offset off the middle of a surrogate pair: backwards for a start, forwards for an end.
qint64 snapToCodePoint(QStringView text, qint64 offset, bool forward)
{
    if (offset > 0 && offset < text.size() && text.at(offset).isLowSurrogate() && text.at(offset - 1).isHighSurrogate())
        return forward ? offset + 1 : offset - 1;
    return offset;
}

int weight(QChar c)
{
    return isCjk(c.unicode()) ? 2 : 1;
}

int weight(QStringView text)
{
    int total = 0;
    for (QChar c : text)
        total += weight(c);
    return total;
}

/// Weighted length of the longest common suffix of \a stored and the text ending at \a end.
int prefixAgreement(QStringView stored, QStringView text, qint64 end)
{
    int agreement = 0;
    qsizetype i = stored.size() - 1;
    qint64 j = end - 1;
    while (i >= 0 && j >= 0 && stored.at(i) == text.at(j)) {
        agreement += weight(stored.at(i));
        --i;
        --j;
    }
    return agreement;
}

/// Weighted length of the longest common prefix of \a stored and the text starting at \a start.
int suffixAgreement(QStringView stored, QStringView text, qint64 start)
{
    int agreement = 0;
    qsizetype i = 0;
    qint64 j = start;
    while (i < stored.size() && j < text.size() && stored.at(i) == text.at(j)) {
        agreement += weight(stored.at(i));
        ++i;
        ++j;
    }
    return agreement;
}

/// Myers' bit-vector algorithm for approximate matching (J. ACM 46(3), 1999), in blocks of 64
/// pattern characters: after each text character, the fewest edits that turn the whole pattern
/// into a text ending there. O(⌈m/64⌉) per text character, whatever the number of edits.
class BitParallelMatcher
{
public:
    explicit BitParallelMatcher(QStringView pattern)
        : m_length(int(pattern.size()))
        , m_blocks(size_t(pattern.size() + 63) / 64)
        , m_zero(m_blocks, 0)
    {
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            std::vector<quint64> &masks = m_equal[pattern.at(i).unicode()];
            if (masks.empty())
                masks.resize(m_blocks, 0);
            masks[size_t(i / 64)] |= quint64(1) << (i % 64);
        }
    }

    /// Starts a scan. With \a anywhere the match may begin at any text position (row 0 of the
    /// dynamic programming matrix is all zeros); otherwise at the first character fed.
    void reset(bool anywhere)
    {
        m_positive.assign(m_blocks, ~quint64(0));
        m_negative.assign(m_blocks, 0);
        m_score = m_length;
        m_anywhere = anywhere;
    }

    int feed(QChar c)
    {
        const auto it = m_equal.find(c.unicode());
        const std::vector<quint64> &equal = it == m_equal.end() ? m_zero : it->second;
        int carry = m_anywhere ? 0 : 1; // horizontal delta entering the block from below
        for (size_t b = 0; b < m_blocks; ++b) {
            const quint64 top = b + 1 == m_blocks ? quint64(1) << ((m_length - 1) % 64) : quint64(1) << 63;
            const quint64 pv = m_positive[b];
            const quint64 mv = m_negative[b];
            quint64 eq = equal[b];
            const quint64 xv = eq | mv;
            if (carry < 0)
                eq |= 1;
            const quint64 xh = (((eq & pv) + pv) ^ pv) | eq;
            quint64 ph = mv | ~(xh | pv);
            quint64 mh = pv & xh;
            const int out = (ph & top) ? 1 : (mh & top) ? -1 : 0;
            ph <<= 1;
            mh <<= 1;
            if (carry < 0)
                mh |= 1;
            else if (carry > 0)
                ph |= 1;
            m_positive[b] = mh | ~(xv | ph);
            m_negative[b] = ph & xv;
            carry = out;
        }
        m_score += carry;
        return m_score;
    }

private:
    int m_length = 0;
    size_t m_blocks = 0;
    std::unordered_map<char16_t, std::vector<quint64>> m_equal;
    std::vector<quint64> m_zero;
    std::vector<quint64> m_positive;
    std::vector<quint64> m_negative;
    int m_score = 0;
    bool m_anywhere = true;
};

struct Candidate {
    qint64 start = 0;
    qint64 end = 0;
    int distance = 0;
    int score = 0;
    qint64 displacement = 0;
};

/// Better = higher score, then nearer the old position, then earlier in the text.
bool isBetter(const Candidate &a, const Candidate &b)
{
    if (a.score != b.score)
        return a.score > b.score;
    if (a.displacement != b.displacement)
        return a.displacement < b.displacement;
    return a.start < b.start;
}

class Locator
{
public:
    Locator(const TextAnchor &anchor, QStringView text)
        : m_anchor(anchor)
        , m_text(text)
        , m_quote(anchor.quote)
        , m_quoteWeight(weight(m_quote))
        , m_required(std::min(RequiredEvidence, m_quoteWeight + weight(anchor.prefix) + weight(anchor.suffix)))
    { }

    AnchorMatch run()
    {
        if (m_quote.isEmpty() || m_text.size() < m_quote.size() - maxEdits())
            return {};
        const std::optional<Candidate> exact = bestExact();
        // An approximate match scores at most the full context minus two (one edit): only look
        // for one when the exact occurrences could be beaten, e.g. a common phrase found
        // elsewhere while the annotated passage itself was slightly edited.
        if (!exact || exact->score < weight(m_anchor.prefix) + weight(m_anchor.suffix) - 2) {
            const std::optional<Candidate> fuzzy = bestFuzzy();
            if (fuzzy && fuzzy->distance > 0 && (!exact || fuzzy->score > exact->score))
                return toMatch(*fuzzy, AnchorMatch::Method::Fuzzy);
        }
        if (exact)
            return toMatch(
                *exact, exact->start == m_anchor.start ? AnchorMatch::Method::Position : AnchorMatch::Method::Quote);
        return {};
    }

private:
    [[nodiscard]] int maxEdits() const { return static_cast<int>(m_quote.size() / CharactersPerEdit); }

    static AnchorMatch toMatch(const Candidate &candidate, AnchorMatch::Method method)
    {
        AnchorMatch match;
        match.method = method;
        match.start = candidate.start;
        match.end = candidate.end;
        match.editDistance = candidate.distance;
        return match;
    }

    /// Scores a candidate; false when it lacks the evidence to be trusted (\a trusted: it has
    /// it whatever the context says).
    bool evaluate(Candidate &candidate, int matchedWeight, bool trusted = false) const
    {
        const int context = prefixAgreement(m_anchor.prefix, m_text, candidate.start)
            + suffixAgreement(m_anchor.suffix, m_text, candidate.end);
        const bool atPosition = candidate.start == m_anchor.start && candidate.end - candidate.start == m_quote.size();
        const int bonus = atPosition && candidate.distance == 0 ? PositionBonus : 0;
        if (!trusted && matchedWeight + context + bonus < m_required)
            return false;
        candidate.score = context + bonus - 2 * candidate.distance;
        candidate.displacement = std::abs(candidate.start - m_anchor.start);
        return true;
    }

    /// True when the words that stood before and after the quote still stand together with
    /// the quote gone from between them (at most a space or a punctuation mark left there):
    /// the quote was deleted from its passage.
    bool passageStandsWithoutQuote() const
    {
        constexpr qsizetype Context = 8;
        constexpr qsizetype Gap = 2;
        const QStringView before = QStringView(m_anchor.prefix).right(Context).trimmed();
        const QStringView after = QStringView(m_anchor.suffix).left(Context).trimmed();
        if (weight(before) < 4 || weight(after) < 4)
            return false; // too little context to tell
        for (qsizetype at = m_text.indexOf(before); at >= 0; at = m_text.indexOf(before, at + 1)) {
            qsizetype next = at + before.size();
            for (qsizetype gap = 0; gap <= Gap && next <= m_text.size(); ++gap, ++next) {
                if (m_text.mid(next).startsWith(after))
                    return true;
                if (next < m_text.size() && m_text.at(next).isLetterOrNumber())
                    break;
            }
        }
        return false;
    }

    /// The best exact occurrence. The quoted words found once are where the comment belongs,
    /// whatever happened to the words around them (a revision that rewrote the sentence around
    /// the quote must not orphan it), unless the passage they were quoted from still stands
    /// without them; context only chooses between several occurrences.
    std::optional<Candidate> bestExact() const
    {
        // A quote cut inside a character (half a surrogate pair, from an anchor not made by
        // create()) is not there where the text holds the whole character.
        QList<qsizetype> occurrences;
        for (qsizetype at = m_text.indexOf(m_quote); at >= 0; at = m_text.indexOf(m_quote, at + 1)) {
            if (snapToCodePoint(m_text, at, false) == at && snapToCodePoint(m_text, at + m_quote.size(), true) == at + m_quote.size())
                occurrences.append(at);
        }
        const bool once = occurrences.size() == 1 && !passageStandsWithoutQuote();
        std::optional<Candidate> best;
        for (const qsizetype at : std::as_const(occurrences)) {
            Candidate candidate { at, at + m_quote.size(), 0, 0, 0 };
            if (evaluate(candidate, m_quoteWeight, once) && (!best || isBetter(candidate, *best)))
                best = candidate;
        }
        return best;
    }

    /// Approximate matches: every run of text positions where the quote ends within k edits
    /// gives one candidate, at its best end.
    std::optional<Candidate> bestFuzzy() const
    {
        const int k = maxEdits();
        if (k == 0)
            return std::nullopt;
        const qsizetype m = m_quote.size();
        BitParallelMatcher matcher(m_quote);
        matcher.reset(true);
        std::vector<std::pair<qint64, int>> ends; // (end, edits)
        qint64 runEnd = -1;
        int runBest = k + 1;
        for (qsizetype j = 0; j < m_text.size(); ++j) {
            const int distance = matcher.feed(m_text.at(j));
            if (distance <= k) {
                // Among ends with equally few edits, the one the stored suffix follows is right.
                if (distance < runBest
                    || (distance == runBest
                        && suffixAgreement(m_anchor.suffix, m_text, j + 1)
                            > suffixAgreement(m_anchor.suffix, m_text, runEnd))) {
                    runBest = distance;
                    runEnd = j + 1;
                }
            } else if (runEnd >= 0) {
                ends.emplace_back(runEnd, runBest);
                runEnd = -1;
                runBest = k + 1;
            }
        }
        if (runEnd >= 0)
            ends.emplace_back(runEnd, runBest);
        std::stable_sort(ends.begin(), ends.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
        if (ends.size() > MaxFuzzyCandidates)
            ends.resize(MaxFuzzyCandidates);

        QString reversed(m_quote.size(), Qt::Uninitialized);
        std::reverse_copy(m_quote.begin(), m_quote.end(), reversed.begin());
        BitParallelMatcher backwards(reversed);
        std::optional<Candidate> best;
        for (const auto &[end, edits] : ends) {
            Candidate candidate = alignStart(backwards, end, k);
            if (candidate.distance > k || candidate.start >= candidate.end)
                continue;
            if (evaluate(candidate, weight(m_quote) * static_cast<int>(m - candidate.distance) / static_cast<int>(m))
                && (!best || isBetter(candidate, *best)))
                best = candidate;
        }
        return best;
    }

    /// The start of the best alignment of the whole quote with a text ending at \a end: the
    /// reversed quote matched against the text read backwards from \a end, starting there.
    Candidate alignStart(BitParallelMatcher &backwards, qint64 end, int k) const
    {
        const qsizetype m = m_quote.size();
        const qsizetype width = std::min<qint64>(end, m + k);
        backwards.reset(false);
        // Fewest edits first; among those, the start the stored prefix leads to; then the length
        // nearest the quote's.
        qsizetype bestLength = 0;
        int bestValue = int(m);
        int bestAgreement = prefixAgreement(m_anchor.prefix, m_text, end);
        for (qsizetype c = 1; c <= width; ++c) {
            const int value = backwards.feed(m_text.at(end - c));
            if (value > bestValue)
                continue;
            const int agreement = prefixAgreement(m_anchor.prefix, m_text, end - c);
            if (value < bestValue || agreement > bestAgreement
                || (agreement == bestAgreement && std::abs(c - m) < std::abs(bestLength - m))) {
                bestLength = c;
                bestValue = value;
                bestAgreement = agreement;
            }
        }
        const qint64 start = snapToCodePoint(m_text, end - bestLength, false);
        return Candidate { start, snapToCodePoint(m_text, end, true), bestValue, 0, 0 };
    }

    const TextAnchor &m_anchor;
    QStringView m_text;
    QStringView m_quote;
    int m_quoteWeight = 0;
    int m_required = 0;
};

} // namespace

TextAnchor create(QStringView text, qint64 start, qint64 end, int contextLength)
{
    start = clampOffset(start, text.size());
    end = clampOffset(end, text.size());
    if (end < start)
        std::swap(start, end);
    start = snapToCodePoint(text, start, false);
    end = snapToCodePoint(text, end, true);
    const qint64 prefixStart = snapToCodePoint(text, std::max<qint64>(0, start - contextLength), true);
    const qint64 suffixEnd = snapToCodePoint(text, std::min<qint64>(text.size(), end + contextLength), false);
    TextAnchor anchor;
    anchor.quote = text.mid(start, end - start).toString();
    anchor.prefix = text.mid(prefixStart, start - prefixStart).toString();
    anchor.suffix = text.mid(end, suffixEnd - end).toString();
    anchor.start = start;
    anchor.end = end;
    return anchor;
}

AnchorMatch locate(const TextAnchor &anchor, QStringView text)
{
    return Locator(anchor, text).run();
}

TextAnchor reanchor(const TextAnchor &anchor, QStringView text, AnchorMatch *match)
{
    const AnchorMatch found = locate(anchor, text);
    if (match)
        *match = found;
    if (found.isOrphaned())
        return anchor;
    const int contextLength
        = static_cast<int>(std::max<qsizetype>({ ContextLength, anchor.prefix.size(), anchor.suffix.size() }));
    return create(text, found.start, found.end, contextLength);
}

qint64 toCodePointOffset(QStringView text, qint64 utf16Offset)
{
    utf16Offset = clampOffset(utf16Offset, text.size());
    qint64 codePoints = 0;
    for (qint64 i = 0; i < utf16Offset; ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++codePoints;
    }
    return codePoints;
}

qint64 fromCodePointOffset(QStringView text, qint64 codePointOffset)
{
    qint64 i = 0;
    for (qint64 seen = 0; seen < codePointOffset && i < text.size(); ++seen) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            i += 2;
        else
            ++i;
    }
    return i;
}

std::pair<qint64, qint64> findOccurrence(QStringView text, QStringView needle, int n)
{
    if (needle.isEmpty() || n < 1)
        return { -1, -1 };
    qsizetype from = 0;
    for (int seen = 1;; ++seen) {
        const qsizetype at = text.indexOf(needle, from);
        if (at < 0)
            return { -1, -1 };
        if (seen == n)
            return { at, at + needle.size() };
        from = at + needle.size();
    }
}

int countOccurrences(QStringView text, QStringView needle)
{
    if (needle.isEmpty())
        return 0;
    int count = 0;
    for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.size()))
        ++count;
    return count;
}

} // namespace galley::Anchoring
