#pragma once

#include <QList>
#include <QString>

#include <memory>

namespace galley {

/// One unit of a paragraph merge: a paragraph, a heading, a list item, a rule or a figure with
/// its caption, in the place it stands (its enclosing lists and block quotes).
struct MergeBlock {
    QString html; ///< the block alone as canonical HTML, with its enclosing lists and quotes
    QString text; ///< its plain text, as the editor shows it

    friend bool operator==(const MergeBlock &, const MergeBlock &) = default;
};

/// One stretch of a three-way merge, in body order. Each side holds the blocks it has in this
/// stretch: for an Unchanged hunk all three are the same, for a Mine hunk theirs equals base.
struct MergeHunk {
    enum class Kind {
        Unchanged, ///< neither side changed these blocks
        Mine,      ///< only mine changed them: mine is taken
        Theirs,    ///< only theirs changed them: theirs is taken
        Both,      ///< both sides made the same change
        Conflict,  ///< both changed them differently: a person chooses (MergeChoice)
    };
    Kind kind = Kind::Unchanged;
    QList<MergeBlock> base;
    QList<MergeBlock> mine;
    QList<MergeBlock> theirs;

    [[nodiscard]] bool isConflict() const { return kind == Kind::Conflict; }
};

/// What to keep of a conflicting hunk.
enum class MergeChoice {
    Mine,   ///< my blocks
    Theirs, ///< their blocks
    Both,   ///< my blocks, then theirs
};

/// Three-way merge of two edits of a body (canonical HTML) made from the same base, with the
/// block as the unit: paragraphs, headings, list items, rules and figures (see MergeBlock). Each
/// side is compared with the base (dtl, as TextDiff); a change only one side made is taken, a
/// change both made identically is taken once, and changes to different blocks merge even when
/// the blocks are neighbours. A conflict is left where both sides changed the same block
/// differently, where one side deleted a block the other changed, and where both inserted
/// different blocks at the same place.
///
/// The result does not depend on which side is "mine": swapping mine and theirs gives the same
/// conflicts and the same merged body. merge(base, x, base) and merge(base, base, x) give x
/// exactly. A value type, cheap to copy; pure and thread-safe.
class ParagraphMerge final
{
public:
    /// An empty merge: clean, no hunks, an empty body.
    ParagraphMerge();
    /// Merges \a mine and \a theirs, both edited from \a base (all canonical HTML; other HTML is
    /// read safely, as CanonicalHtml::toDocument() would).
    ParagraphMerge(const QString &base, const QString &mine, const QString &theirs);
    ~ParagraphMerge();
    ParagraphMerge(const ParagraphMerge &);
    ParagraphMerge &operator=(const ParagraphMerge &);

    /// The body in order: unchanged stretches and the changes of either side.
    [[nodiscard]] const QList<MergeHunk> &hunks() const;
    /// True when no hunk conflicts.
    [[nodiscard]] bool isClean() const;
    [[nodiscard]] int conflictCount() const;

    /// The merged body as canonical HTML; a null string when a hunk conflicts.
    [[nodiscard]] QString mergedHtml() const;
    /// The merged body with conflict i resolved by \a choices[i] (one choice per conflicting
    /// hunk, in body order); a null string when the number of choices is not conflictCount().
    [[nodiscard]] QString resolvedHtml(const QList<MergeChoice> &choices) const;

    /// Where the blocks of \a before are in \a after (block = a line of canonical HTML = a
    /// QTextBlock; a figure with a caption is two): for each block of \a before, the number of
    /// the same block in \a after, or of the block where the change that replaced it begins
    /// (clamped to the last block). For keeping an editor's cursor where it was when a merge
    /// replaces its text.
    [[nodiscard]] static QList<int> blockMap(const QString &before, const QString &after);

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace galley
