#pragma once

#include "model/article.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace galley {

/// The fields of plain-text wire copy, before they become an Article.
struct WireCopy {
    QString title;
    std::optional<qint64> views;
    QString publishAt; ///< "2025-03-18T08:18:00" (ISO 8601, as given: no zone)
    QString source; ///< 稿件来源
    QString editor; ///< 编辑
    QStringList paragraphs;
    QList<RelatedItem> related;
};

/// Reads plain-text news copy in the layout of shared/corpus (title; a "N次浏览 发布时间:…"
/// line; body paragraphs; "稿件来源 | …" and "…编辑 | …" lines; "相关文章" with numbered items of
/// title, excerpt and "views date-time"), and plain text without any of those markers (first
/// non-empty line is the title, blank lines separate paragraphs).
///
/// Tolerant of what copy goes through: tabs, leading indentation, trailing spaces, no-break and
/// full-width spaces, half- and full-width colons and bars, full-width digits. Within a block of
/// lines without blank lines between them, an indented line ("　　" style) or a line after a
/// Chinese sentence end starts a new paragraph, and hard-wrapped lines are joined (with a space
/// between Latin words, without one between CJK characters). Expects "\n" line endings (see
/// EncodingDetector). Pure function, thread-safe.
class WireTextParser final
{
public:
    [[nodiscard]] static WireCopy parse(const QString &text);

    /// Joins two pieces of one paragraph: no space at a CJK boundary, one space otherwise.
    [[nodiscard]] static QString joinWrapped(const QString &left, const QString &right);
    /// True for characters that are written without spaces around them (Han, kana, hangul,
    /// CJK and full-width punctuation).
    [[nodiscard]] static bool isCjkBoundary(char32_t codePoint);
    /// "2025-03-18 08:18:00", "2025/3/18 8:18", "2025年3月18日 08时18分" -> "2025-03-18T08:18:00";
    /// a date alone -> "2025-03-18". Empty when \a text is not a valid date (and time).
    [[nodiscard]] static QString isoDateTime(const QString &text);
};

} // namespace galley
