#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace galley {

/// Where an annotation sits in an article's plain text (Article::bodyText), following the W3C
/// Web Annotation model: a TextQuoteSelector (quote with about 32 characters of prefix and
/// suffix) together with a TextPositionSelector (start/end). Offsets count UTF-16 code units
/// of QString, as stored; the command line's JSON converts them to Unicode code points.
struct TextAnchor {
    QString quote; ///< the exact text that was selected
    QString prefix; ///< up to ~32 characters just before the quote
    QString suffix; ///< up to ~32 characters just after the quote
    qint64 start = 0;
    qint64 end = 0; ///< exclusive

    [[nodiscard]] bool isEmpty() const { return quote.isEmpty(); }

    friend bool operator==(const TextAnchor &, const TextAnchor &) = default;
};

enum class AnnotationState { Open, Resolved };

/// Stable storage and command-line key: "open" or "resolved".
[[nodiscard]] inline QString annotationStateKey(AnnotationState state)
{
    return state == AnnotationState::Resolved ? QStringLiteral("resolved") : QStringLiteral("open");
}

/// One entry of a review thread: the thread's root (which carries the anchor) or a reply.
/// Value type, as stored in the annotations table.
struct Annotation {
    qint64 id = 0; ///< 0 until stored
    qint64 articleId = 0;
    qint64 parentId = 0; ///< 0 for a thread root; replies point at the root
    QString author;
    QDateTime createdAt; ///< UTC
    QString body;
    AnnotationState state = AnnotationState::Open; ///< meaningful on the root (the thread's state)
    TextAnchor anchor; ///< meaningful on the root; replies carry none
    int revisionNumber = 0; ///< revision of the article the anchor was last placed on (0: none)

    [[nodiscard]] bool isReply() const { return parentId != 0; }
    [[nodiscard]] bool isResolved() const { return state == AnnotationState::Resolved; }

    friend bool operator==(const Annotation &, const Annotation &) = default;
};

/// A thread: the root annotation and its replies, oldest first.
struct AnnotationThread {
    Annotation root;
    QList<Annotation> replies;

    [[nodiscard]] qint64 id() const { return root.id; }
};

} // namespace galley
