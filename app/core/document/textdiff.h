#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace galley {

/// One stretch of a text diff: text both versions share, or that only the newer (Insert) or
/// only the older (Delete) version has.
struct DiffRun {
    enum class Op { Equal, Insert, Delete };
    Op op = Op::Equal;
    QString text;

    friend bool operator==(const DiffRun &, const DiffRun &) = default;
};

/// One row of a side-by-side line diff. Line numbers are 1-based; 0 where the side has no line.
struct SideBySideRow {
    enum class Kind {
        Equal, ///< the same line on both sides
        Changed, ///< a line of the old version replaced by a line of the new one
        Deleted, ///< only on the left
        Inserted, ///< only on the right
    };
    Kind kind = Kind::Equal;
    int leftLine = 0;
    QString left;
    int rightLine = 0;
    QString right;

    friend bool operator==(const SideBySideRow &, const SideBySideRow &) = default;
};

/// Differences between two versions of an article, computed with dtl (Wu, Manber and Myers'
/// O(NP) algorithm, Debian's libdtl-dev). Pure functions, thread-safe.
namespace TextDiff {

/// Splits text into the units a reader compares: each CJK character alone (Chinese has no
/// word boundaries), runs of letters/digits (Latin words), runs of spaces, each line break,
/// and each other character (punctuation, symbols, emoji) alone. Concatenated, the tokens
/// give back the text.
[[nodiscard]] QStringList tokenize(QStringView text);

/// Diff of two plain texts: character-level for CJK, word-level for Latin. Runs alternate
/// (never two Equal runs in a row); within a change the Delete run comes before the Insert run.
/// Equal runs shorter than the changes on both sides of them are folded into those changes
/// (semantic clean-up, as in diff-match-patch), so a rewritten sentence reads as one
/// replacement instead of confetti. Concatenating the Equal and Delete runs gives \a before;
/// Equal and Insert give \a after. For speed on long texts, sentences and lines are matched
/// first and only changed stretches are compared token by token; a long rewritten stretch is
/// compared sentence by sentence, so even unrelated texts diff in well under a second.
[[nodiscard]] QList<DiffRun> diff(QStringView before, QStringView after);

/// Line-based side-by-side diff (for canonical HTML, one block per line). Replaced lines are
/// paired up as Changed rows; the rest of a replaced stretch becomes Deleted or Inserted rows.
[[nodiscard]] QList<SideBySideRow> sideBySide(QStringView before, QStringView after);

/// Renders runs the way `git diff --word-diff=plain` does: deletions as [-text-], insertions
/// as {+text+}, shared text as is.
[[nodiscard]] QString toWordDiff(const QList<DiffRun> &runs);

/// Characters only in the older and only in the newer version (code points, whitespace included).
struct Summary {
    qint64 deleted = 0;
    qint64 inserted = 0;
    friend bool operator==(const Summary &, const Summary &) = default;
};
[[nodiscard]] Summary summarize(const QList<DiffRun> &runs);

} // namespace TextDiff
} // namespace galley
