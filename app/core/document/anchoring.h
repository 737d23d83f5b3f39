#pragma once

#include "model/annotation.h"

#include <QStringView>

namespace galley {

/// Where an anchor landed on a text, and how it was found.
struct AnchorMatch {
    enum class Method {
        None, ///< orphaned: no place in the text holds the quote with enough agreement
        Position, ///< the quote still sits at its stored offsets
        Quote, ///< found the exact quote elsewhere, chosen by its prefix/suffix agreement
        Fuzzy, ///< found the quote with a few edits inside it
    };
    Method method = Method::None;
    qint64 start = -1; ///< UTF-16 offset, -1 when orphaned
    qint64 end = -1; ///< exclusive
    int editDistance = 0; ///< Fuzzy: edits between the stored quote and the text now there

    [[nodiscard]] bool isAnchored() const { return method != Method::None; }
    [[nodiscard]] bool isOrphaned() const { return method == Method::None; }
};

/// Anchoring of annotations to plain text, after the W3C Web Annotation model (a
/// TextQuoteSelector and a TextPositionSelector together, as in Hypothesis' anchoring).
///
/// locate() tries, in order:
///  1. every exact occurrence of the quote, scored by how much of the stored prefix and suffix
///     agrees with the text around it; the stored position counts as strong extra agreement, so
///     a quote that still sits at its offsets stays there unless another occurrence is clearly
///     the one with the original context. Ties go to the occurrence nearest the old position.
///  2. approximate occurrences: the quote with at most one edit per five characters (none for
///     quotes under five characters), scored the same way minus the edits, nearest wins ties.
///  3. otherwise the anchor is orphaned.
/// A candidate is only accepted with enough evidence: the matched quote plus the agreeing
/// context must amount to about twelve Latin or six CJK characters (or all there is), so a
/// short quote whose surroundings were rewritten is orphaned rather than moved to another
/// place that merely holds the same word. Works on code units; needs no word boundaries.
///
/// All offsets are QString (UTF-16) offsets; anchors never split a surrogate pair.
namespace Anchoring {

/// Length of the stored prefix and suffix, in characters.
inline constexpr int ContextLength = 32;

/// Describes the range [start, end) of \a text as an anchor (clamped to the text and widened
/// to whole code points), with up to \a contextLength characters of prefix and suffix.
[[nodiscard]] TextAnchor create(QStringView text, qint64 start, qint64 end, int contextLength = ContextLength);

/// Finds \a anchor in \a text (see above). Fast enough for every annotation of an article on
/// load: linear in the text for the exact pass; the approximate pass (Myers' bit-vector
/// algorithm, ⌈quote length / 64⌉ × text length) runs only when no exact occurrence is
/// convincing. About 20 ms for a 400-character quote in a 100,000-character article.
[[nodiscard]] AnchorMatch locate(const TextAnchor &anchor, QStringView text);

/// The anchor as it should be stored after \a text replaced the text it was made on: placed
/// where locate() found it, with the quote, prefix and suffix taken from \a text; or, when
/// orphaned, \a anchor unchanged (so its quote is kept, shown, and tried again later).
[[nodiscard]] TextAnchor reanchor(const TextAnchor &anchor, QStringView text, AnchorMatch *match = nullptr);

/// Converts a UTF-16 offset into \a text to a count of Unicode code points (the W3C model's
/// unit), and back. Offsets are clamped to the text.
[[nodiscard]] qint64 toCodePointOffset(QStringView text, qint64 utf16Offset);
[[nodiscard]] qint64 fromCodePointOffset(QStringView text, qint64 codePointOffset);

/// The n-th (1-based) non-overlapping occurrence of \a needle in \a text as [start, end), or
/// {-1, -1}. How `galley annotate --quote TEXT --occurrence N` picks its passage.
[[nodiscard]] std::pair<qint64, qint64> findOccurrence(QStringView text, QStringView needle, int n);
/// Number of non-overlapping occurrences of \a needle in \a text.
[[nodiscard]] int countOccurrences(QStringView text, QStringView needle);

} // namespace Anchoring
} // namespace galley
