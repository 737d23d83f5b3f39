#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

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

/// A write checked by ExportWriter::prepare(), ready for commit() on any thread.
struct PendingWrite {
    WrittenFile file;
    QByteArray bytes;
};

/// The write stage. Writes files into one output folder:
/// - atomically (QSaveFile: a temporary file in the same folder, then rename), so a cancelled
///   or failed export never leaves a half-written file;
/// - only at relative paths ExportPaths::isSafeRelativePath() accepts, and never through a
///   symbolic link or into a folder that resolves outside the output folder;
/// - never over a file Galley did not write, unless asked: the manifest .galley-export.json
///   lists every file Galley wrote with its sha256; an existing file that is not listed, or
///   whose content changed since, is "foreign" and refused;
/// - identical bytes are not rewritten (the file is left as it is).
/// finish() writes the manifest (keys sorted, no times), so identical exports leave identical
/// folders. Not thread-safe: one writer, used from one thread.
class ExportWriter final
{
public:
    ExportWriter(QString outputDirectory, bool overwriteForeignFiles);

    /// Creates the folder when missing and reads its manifest. False (with \a error) when the
    /// folder cannot be created or holds a manifest Galley cannot read (unless overwriting).
    [[nodiscard]] bool open(QString *error);
    /// Checks, without writing, that every path may be written; the first refusal goes to \a error.
    [[nodiscard]] bool checkWritable(const QStringList &relativePaths, QString *error) const;
    /// Writes \a bytes to \a relativePath; nullopt and \a error on refusal or failure.
    /// Same as prepare(), commit() and record() in a row.
    [[nodiscard]] std::optional<WrittenFile> write(const QString &relativePath, const QByteArray &bytes, QString *error);

    /// Checks that \a relativePath may be written (safe name, no link, not foreign), creates its
    /// folder and claims the path, so that hasWritten() is true from now on. nullopt and \a error
    /// on refusal. The bytes are written by commit(), which may run on another thread.
    [[nodiscard]] std::optional<PendingWrite> prepare(const QString &relativePath, const QByteArray &bytes, QString *error);
    /// Gives up a claim made by prepare() that will not be committed.
    void release(const QString &relativePath) { m_written.remove(relativePath); }
    /// The atomic write itself (QSaveFile: temporary file, flush to disk, rename). Thread-safe:
    /// touches only the file of \a pending. Nothing to do for an unchanged file.
    [[nodiscard]] static bool commit(const PendingWrite &pending, QString *error);
    /// Notes a committed file in the manifest.
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

    QString m_directory;
    QString m_canonicalDirectory;
    bool m_overwriteForeign = false;
    bool m_opened = false;
    bool m_manifestChanged = false;
    QMap<QString, QString> m_manifest;
    QMap<QString, QString> m_written;
};

} // namespace galley
