#pragma once

#include <QDate>
#include <QString>

#include <functional>

namespace galley::bench {

/// Ids of the articles every generated newsroom starts with (created first, so ids 1 and 2).
inline constexpr qint64 Article20kId = 1;
inline constexpr qint64 Article100kId = 2;

/// The generated copy spans two years from 1 January 2024 (UTC), oldest first: the newest
/// articles were created on this day, so the 30 days before it are a working newsroom's month.
[[nodiscard]] inline QDate generatedLastDay()
{
    return QDate(2024, 1, 1).addDays(2 * 365);
}

/// Builds synthetic newsrooms through the real storage API (Database, AssetRepository and
/// BulkLoader, which stores what ArticleRepository, RevisionRepository and AnnotationRepository
/// would, in one transaction), and caches them by size: a finished file is renamed into place,
/// so an interrupted run never leaves a half-built cache entry behind.
class NewsroomGenerator final
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit NewsroomGenerator(QString cacheDirectory);

    /// A newsroom of \a articles full articles (~3,000 characters, 70% Chinese, 30% English,
    /// headings, links, images, annotations, revisions), plus the 20,000- and 100,000-character
    /// articles (ids 1 and 2). Returns the file path, or an empty string (see errorString()).
    [[nodiscard]] QString fullNewsroom(qint64 articles, const Progress &progress = {});
    /// A newsroom of \a articles articles with short bodies (one paragraph), for the list.
    [[nodiscard]] QString listNewsroom(qint64 articles, const Progress &progress = {});

    [[nodiscard]] QString errorString() const { return m_error; }
    /// Seconds the last build took (0 when the file came from the cache).
    [[nodiscard]] double lastBuildSeconds() const { return m_lastBuildSeconds; }
    /// Of those, the seconds spent making and inserting the rows (the rest is full-text indexing).
    [[nodiscard]] double lastRowsSeconds() const { return m_lastRowsSeconds; }

    /// A canonical-HTML body of about \a characters characters (Chinese or English).
    [[nodiscard]] static QString body(quint32 seed, int characters, bool chinese, const QStringList &assets);

private:
    enum class Kind { Full, List };
    QString build(Kind kind, qint64 articles, const Progress &progress);

    QString m_cacheDirectory;
    QString m_error;
    double m_lastBuildSeconds = 0;
    double m_lastRowsSeconds = 0;
};

} // namespace galley::bench
