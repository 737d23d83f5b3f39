#pragma once

#include "model/annotation.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace galley {

/// What a suggestion proposes to do with the text it is anchored on.
enum class SuggestionKind {
    Insert, ///< insert the proposed fragment right after the anchored text
    Delete, ///< delete the anchored text
    Replace, ///< replace the anchored text by the proposed fragment
    Format, ///< change the formatting of the anchored text (formatBefore -> formatAfter)
};

/// Where a suggestion stands. Open and Orphaned ones are re-anchored on every change of the
/// article's text (an orphaned one that fits again is open again); Accepted and Rejected are
/// final and keep the anchor they had when they were resolved.
enum class SuggestionState {
    Open,
    Accepted,
    Rejected,
    Orphaned, ///< its text is no longer in the article: kept, with its text, until resolved
};

/// Stable storage and command-line keys: "insert", "delete", "replace", "format".
[[nodiscard]] inline QString suggestionKindKey(SuggestionKind kind)
{
    switch (kind) {
    case SuggestionKind::Insert:
        return QStringLiteral("insert");
    case SuggestionKind::Delete:
        return QStringLiteral("delete");
    case SuggestionKind::Format:
        return QStringLiteral("format");
    case SuggestionKind::Replace:
        break;
    }
    return QStringLiteral("replace");
}

[[nodiscard]] inline std::optional<SuggestionKind> suggestionKindFromKey(const QString &key)
{
    for (SuggestionKind kind :
        { SuggestionKind::Insert, SuggestionKind::Delete, SuggestionKind::Replace, SuggestionKind::Format }) {
        if (suggestionKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

/// Stable storage and command-line keys: "open", "accepted", "rejected", "orphaned".
[[nodiscard]] inline QString suggestionStateKey(SuggestionState state)
{
    switch (state) {
    case SuggestionState::Accepted:
        return QStringLiteral("accepted");
    case SuggestionState::Rejected:
        return QStringLiteral("rejected");
    case SuggestionState::Orphaned:
        return QStringLiteral("orphaned");
    case SuggestionState::Open:
        break;
    }
    return QStringLiteral("open");
}

[[nodiscard]] inline std::optional<SuggestionState> suggestionStateFromKey(const QString &key)
{
    for (SuggestionState state :
        { SuggestionState::Open, SuggestionState::Accepted, SuggestionState::Rejected, SuggestionState::Orphaned }) {
        if (suggestionStateKey(state) == key)
            return state;
    }
    return std::nullopt;
}

/// A reviewer's proposed change to an article's text, stored apart from the body (which never
/// holds review markup) and anchored like a comment: a TextQuoteSelector and a
/// TextPositionSelector on the article's plain text (Article::bodyText, UTF-16 offsets as
/// stored). Value type, as stored in the suggestions table.
struct Suggestion {
    qint64 id = 0; ///< 0 until stored
    qint64 articleId = 0;
    /// One gesture that spans several ranges shares a group: the id of its first suggestion
    /// (0: a suggestion on its own).
    qint64 groupId = 0;
    qint64 baseVersion = 0; ///< the article's version the suggestion was made on
    int revisionNumber = 0; ///< revision of the article the anchor was made or last moved on (0: none)
    QString author; ///< who suggests, as Galley names its user
    /// On a team server, the login that stored it (set by the server; empty in a file).
    QString login;
    QDateTime createdAt; ///< UTC
    SuggestionKind kind = SuggestionKind::Replace;
    /// Insert: the text the fragment goes after; Delete, Replace, Format: the text changed.
    TextAnchor anchor;
    /// Insert, Replace: the new text as a canonical-HTML inline fragment (no block tags), e.g.
    /// "，" or "<strong>新华社</strong>"; empty for Delete and Format.
    QString proposedHtml;
    /// Format: the inline tags before and after, as canonical-HTML tag names joined by spaces
    /// in canonical order ("" -> "strong", "em" -> ""); empty for the other kinds.
    QString formatBefore;
    QString formatAfter;
    SuggestionState state = SuggestionState::Open;
    QString resolver; ///< who accepted or rejected it (empty while open)
    QString resolverLogin; ///< on a team server, the login that did (set by the server)
    QDateTime resolvedAt; ///< UTC; invalid while open
    /// The comment thread (an annotation root) that discusses this suggestion; 0: none yet.
    qint64 threadId = 0;

    [[nodiscard]] bool isPending() const
    {
        return state == SuggestionState::Open || state == SuggestionState::Orphaned;
    }
    [[nodiscard]] bool isResolved() const { return !isPending(); }

    friend bool operator==(const Suggestion &, const Suggestion &) = default;
};

} // namespace galley
