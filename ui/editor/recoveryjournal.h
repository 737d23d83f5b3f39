#pragma once

#include "model/article.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace galley {

/// One article's unsaved state, as the recovery journal keeps it.
struct JournalEntry {
    QString uuid;         ///< the article's uuid: the journal file's name
    qint64 articleId = 0;
    qint64 baseVersion = 0; ///< the stored version the edit started from
    QString databasePath; ///< the newsroom it belongs to
    QDateTime writtenAt;  ///< UTC
    Article article;      ///< fields and bodyHtml as they were in the editor

    /// True when \a stored already holds everything this entry would bring back.
    [[nodiscard]] bool matches(const Article &stored) const;
};

/// The crash-recovery journal: one small JSON file per article with unsaved edits, in
/// QStandardPaths::AppDataLocation/journal/. The editor writes it shortly after every edit
/// (and right before each save) and removes it after a clean save; whatever is left at the
/// next start is text a crash would otherwise have lost. Writes are atomic (QSaveFile).
class RecoveryJournal final
{
public:
    /// A journal in \a directory; empty means defaultDirectory().
    explicit RecoveryJournal(QString directory = {});

    [[nodiscard]] static QString defaultDirectory();
    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] QString fileName(const QString &uuid) const;

    [[nodiscard]] bool write(const JournalEntry &entry);
    [[nodiscard]] std::optional<JournalEntry> read(const QString &uuid) const;
    bool remove(const QString &uuid);
    /// Every entry left in the journal (for a "recover unsaved articles" prompt at start-up).
    [[nodiscard]] QList<JournalEntry> entries() const;

private:
    QString m_directory;
};

} // namespace galley
