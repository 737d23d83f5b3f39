#pragma once

#include "workflowstate.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace galley {

/// One entry of an article's "相关文章" (related articles) list. Either points at another
/// article of the same newsroom (targetArticleId) or is an external item described by its
/// own title, summary, date and view count (as imported from wire copy).
struct RelatedItem {
    std::optional<qint64> targetArticleId;
    QString title;
    QString summary;
    QString publishedAt; ///< ISO 8601 as given ("2025-06-10T09:53:00"), no zone invented.
    std::optional<qint64> views;
    QString url;

    friend bool operator==(const RelatedItem &, const RelatedItem &) = default;
};

/// Character statistics of an article's plain text, newsroom style (字数 excludes whitespace).
struct TextStats {
    qint64 characters = 0;    ///< every non-whitespace character (字数)
    qint64 cjkCharacters = 0; ///< Han, kana and hangul characters
    qint64 latinWords = 0;    ///< runs of Latin letters/digits
    qint64 punctuation = 0;
    qint64 paragraphs = 0;
    /// Minutes to read: 300 CJK characters or 200 Latin words a minute, at least 1 for any text.
    [[nodiscard]] int readingMinutes() const;

    friend bool operator==(const TextStats &, const TextStats &) = default;
};

/// An article as stored: value type, no behaviour. bodyHtml is canonical HTML (see
/// document/), bodyText its plain-text projection (for search, counts and anchoring).
struct Article {
    qint64 id = 0; ///< 0 until created
    QString uuid;
    QString slug;
    QString title;
    QString subtitle;
    QString summary;
    QString bodyHtml;
    QString bodyText;
    QString byline;
    QString source; ///< 稿件来源
    QString editor; ///< 编辑
    QString desk;
    QStringList tags;
    WorkflowState status = WorkflowState::Draft;
    QString publishAt; ///< ISO 8601 as given, no zone invented; empty when unscheduled
    std::optional<qint64> views;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC
    qint64 version = 0;  ///< bumped by every write; optimistic concurrency
    qint64 characterCount = 0;
    QDateTime deletedAt; ///< set when in the trash
    QList<RelatedItem> related;

    [[nodiscard]] bool isInTrash() const { return deletedAt.isValid(); }
};

} // namespace galley
