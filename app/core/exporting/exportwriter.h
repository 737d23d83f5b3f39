#pragma once

#include <QByteArray>
#include <QFile>
#include <QLockFile>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace galley {

/// A file the write stage put (or found already in place) in the output folder.
struct WrittenFile {
    QString relativePath;
    QString absolutePath;
    QString sha256;
    qint64 size = 0;
    bool unchanged = false; ///< the file already held exactly these bytes: not rewritten
};

/// A write checked by ExportWriter::prepare(), ready for commit() — or stage() then
/// publish() — on any thread.
struct PendingWrite {
    WrittenFile file;
    QByteArray bytes;
    QString temporaryPath; ///< set by stage(): the bytes wait there for publish()
};

/// The write stage. Writes files into one output folder:
/// - atomically: the bytes go to a temporary file in the same folder, are flushed to disk, and
///   only then renamed to their name, so a cancelled, failed or crashed export never leaves a
///   half-written file. commit() does that for one file (QSaveFile); many files go through
///   stage() and publish(), which flushes a whole batch with one call instead of one per file
///   (a crash between the two can leave hidden ".<name>.galley-XXXXXX" files, never a partial
///   file under a real name);
/// - only at relative paths ExportPaths::isSafeRelativePath() accepts, and never through a
///   symbolic link or into a folder that resolves outside the output folder;
/// - never over a file Galley did not write, unless asked: the manifest .galley-export.json
///   lists every file Galley wrote with its sha256; an existing file that is not listed, or
///   whose content changed since, is "foreign" and refused;
/// - identical bytes are not rewritten (the file is left as it is).
/// finish() writes the manifest (keys sorted, no times), so identical exports leave identical
/// folders. Meanwhile the journal .galley-export.journal (made by open(), removed by finish())
/// names each file's bytes before the file takes its name, so that an export killed before
/// finish() leaves its files known as Galley's: the next open() takes the journal's entries whose
/// files hold those bytes into the manifest, and removes the hidden temporary files such an
/// export left. One export at a
/// time per folder: open() takes the lock .galley-export.lock (QLockFile; one left by a process
/// that died is taken over) and a second export is told the folder is busy.
/// Not thread-safe: one writer, used from one thread.
class ExportWriter final
{
public:
    ExportWriter(QString outputDirectory, bool overwriteForeignFiles);
    ~ExportWriter();
    ExportWriter(const ExportWriter &) = delete;
    ExportWriter &operator=(const ExportWriter &) = delete;

    /// Creates the folder when missing, takes its lock, reads its manifest (and the journal of
    /// an export that did not finish) and removes temporary files a killed export left. False
    /// (with \a error) when the folder cannot be created, another export holds it, or it holds
    /// a manifest Galley cannot read (unless overwriting).
    [[nodiscard]] bool open(QString *error);
    /// Checks, without writing, that every path may be written; the first refusal goes to \a error.
    [[nodiscard]] bool checkWritable(const QStringList &relativePaths, QString *error) const;
    /// Writes \a bytes to \a relativePath; nullopt and \a error on refusal or failure.
    /// Same as prepare(), commit() and record() in a row.
    [[nodiscard]] std::optional<WrittenFile> write(
        const QString &relativePath, const QByteArray &bytes, QString *error);

    /// Checks that \a relativePath may be written (safe name, no link, not foreign), creates its
    /// folder and claims the path, so that hasWritten() is true from now on. nullopt and \a error
    /// on refusal. The bytes are written by commit(), which may run on another thread.
    [[nodiscard]] std::optional<PendingWrite> prepare(
        const QString &relativePath, const QByteArray &bytes, QString *error);
    /// Gives up a claim made by prepare() that will not be committed.
    void release(const QString &relativePath) { m_written.remove(relativePath); }
    /// The atomic write itself (QSaveFile: temporary file, flush to disk, rename). Thread-safe:
    /// touches only the file of \a pending. Nothing to do for an unchanged file.
    [[nodiscard]] static bool commit(const PendingWrite &pending, QString *error);
    /// Writes the bytes of \a pending to a new hidden temporary file beside its destination
    /// (not flushed yet) and sets pending.temporaryPath. Thread-safe. Nothing to do for an
    /// unchanged file.
    [[nodiscard]] static bool stage(PendingWrite &pending, QString *error);
    /// Flushes every staged file of \a pending to disk (on Linux one syncfs() of the output's
    /// file system), then renames each over its destination, in order. \a errors gets one
    /// entry per write: empty when it was published; a write that failed is discarded.
    static void publish(QList<PendingWrite> &pending, QStringList *errors);
    /// Removes the temporary file of a staged write that will not be published.
    static void discard(PendingWrite &pending);
    /// Notes in the journal the bytes \a file is about to take its name with: call before
    /// commit() or publish(). A kill between the rename and record() then leaves the file known
    /// as Galley's to the next export, which would otherwise call it changed by someone else.
    void announce(const WrittenFile &file);
    /// Notes a committed file in the manifest (and in the journal, unless announced).
    void record(const WrittenFile &file);

    /// True when this writer wrote, kept or claimed \a relativePath.
    [[nodiscard]] bool hasWritten(const QString &relativePath) const { return m_written.contains(relativePath); }
    /// Writes the manifest if anything changed. Call also after a cancel or failure, so the
    /// files already written are known as Galley's next time.
    [[nodiscard]] bool finish(QString *error);

    [[nodiscard]] QString outputDirectory() const { return m_directory; }
    [[nodiscard]] QString absolutePath(const QString &relativePath) const;
    /// The manifest as read at open() plus what was written since: path -> sha256.
    [[nodiscard]] const QMap<QString, QString> &manifest() const { return m_manifest; }

private:
    enum class Existing { Missing, Ours, Same, Foreign, NotAFile };
    [[nodiscard]] Existing inspect(const QString &relativePath, const QString &newHash, QString *error) const;
    [[nodiscard]] bool insideOutput(const QString &absoluteFolder) const;
    /// Takes the journal's entries whose files still hold the bytes it names into the manifest.
    void recoverJournal();
    /// Removes the hidden ".<name>.galley-<pid>-<n>" files of exports that were killed.
    void removeLeftovers();
    /// Creates the journal or opens it for appending (once per export).
    void openJournal();
    /// Appends "sha256 path" to the journal, opening (creating) it first.
    void journal(const WrittenFile &file);

    QString m_directory;
    QString m_canonicalDirectory;
    bool m_overwriteForeign = false;
    bool m_opened = false;
    bool m_manifestChanged = false;
    QMap<QString, QString> m_manifest;
    QMap<QString, QString> m_written;
    std::unique_ptr<QLockFile> m_lock;
    QSet<QString> m_announced; ///< "sha256 path" lines already in the journal
    std::unique_ptr<QFile> m_journal; ///< open for appending from open() until finish()
};

} // namespace galley
