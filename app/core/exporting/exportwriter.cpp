#include "exportwriter.h"

#include "exportpaths.h"
#include "util/sha256.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryFile>

#ifdef Q_OS_UNIX
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace galley {

namespace {

QString sha256(const QByteArray &bytes)
{
    return sha256Hex(bytes);
}

QString fileSha256(const QString &path, bool *ok)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *ok = false;
        return QString();
    }
    return sha256Hex(file, ok);
}

const QString JournalName = QStringLiteral(".galley-export.journal");
const QString LockName = QStringLiteral(".galley-export.lock");

/// QLockFile creates its file, then writes the owner's process id into it: an export killed in
/// between leaves a lock file that names no one, which QLockFile never takes over (it cannot
/// tell the owner is dead), and every later export was refused. A live owner writes its id at
/// once; a file that still names no one after a second is such a leftover.
bool abandonedLockFile(const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.isFile() || info.isSymLink() || info.lastModified().msecsTo(QDateTime::currentDateTime()) < 1000)
        return false;
    if (!file.open(QIODevice::ReadOnly))
        return false;
    bool numeric = false;
    const qint64 pid = file.readLine().trimmed().toLongLong(&numeric);
    return !numeric || pid <= 0;
}

} // namespace

ExportWriter::ExportWriter(QString outputDirectory, bool overwriteForeignFiles)
    : m_directory(QDir::cleanPath(QFileInfo(outputDirectory).absoluteFilePath()))
    , m_overwriteForeign(overwriteForeignFiles)
{ }

ExportWriter::~ExportWriter() = default;

QString ExportWriter::absolutePath(const QString &relativePath) const
{
    return m_directory + QLatin1Char('/') + relativePath;
}

bool ExportWriter::open(QString *error)
{
    if (!QDir().mkpath(m_directory) || !QFileInfo(m_directory).isDir()) {
        if (error)
            *error = QCoreApplication::translate("galley::ExportWriter", "Cannot create the output folder %1.")
                         .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    m_canonicalDirectory = QFileInfo(m_directory).canonicalFilePath();
    // One export at a time: two at once would each write the manifest without the other's files.
    // A lock file there before this export takes it: an export that died (or one running, which
    // tryLock() then waits for). Only then can the folder hold another export's temporary files.
    const bool earlierExportDied = QFileInfo::exists(absolutePath(LockName));
    m_lock = std::make_unique<QLockFile>(absolutePath(LockName));
    m_lock->setStaleLockTime(0); // held as long as the export runs; a dead holder's is taken over
    bool locked = m_lock->tryLock(1000);
    if (!locked && m_lock->error() == QLockFile::LockFailedError && abandonedLockFile(absolutePath(LockName)))
        locked = m_lock->removeStaleLockFile() && m_lock->tryLock(1000);
    if (!locked) {
        qint64 pid = 0;
        QString host;
        QString application;
        const bool known = m_lock->getLockInfo(&pid, &host, &application);
        if (error) {
            *error = m_lock->error() == QLockFile::LockFailedError && known
                ? QCoreApplication::translate("galley::ExportWriter",
                    "Another export is writing into %1 (process %2 on %3); try again when it has finished.")
                      .arg(QDir::toNativeSeparators(m_directory))
                      .arg(pid)
                      .arg(host)
                : QCoreApplication::translate(
                    "galley::ExportWriter", "Cannot lock the output folder %1 for the export.")
                      .arg(QDir::toNativeSeparators(m_directory));
        }
        m_lock.reset();
        return false;
    }
    const QString manifestPath = absolutePath(ExportPaths::manifestFileName());
    if (QFileInfo(manifestPath).isSymLink()) {
        if (error)
            *error = QCoreApplication::translate(
                "galley::ExportWriter", "%1 is a symbolic link; Galley does not write through links.")
                         .arg(QDir::toNativeSeparators(manifestPath));
        return false;
    }
    if (QFileInfo::exists(manifestPath)) {
        QFile file(manifestPath);
        const bool readable = file.open(QIODevice::ReadOnly);
        const QJsonDocument document = readable ? QJsonDocument::fromJson(file.readAll()) : QJsonDocument();
        const QJsonObject files = document.object().value(QLatin1String("files")).toObject();
        if (!document.isObject()
            || document.object().value(QLatin1String("generator")).toString() != QLatin1String("Galley")) {
            if (!m_overwriteForeign) {
                if (error)
                    *error = QCoreApplication::translate("galley::ExportWriter",
                        "%1 is not a Galley export manifest; refusing to write into that folder.")
                                 .arg(QDir::toNativeSeparators(manifestPath));
                return false;
            }
        } else {
            for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
                if (ExportPaths::isSafeRelativePath(it.key()))
                    m_manifest.insert(it.key(), it.value().toString());
            }
        }
    }
    // A folder Galley has not exported into (no manifest, no journal of a killed export) must
    // be empty: exporting into a folder of someone's own files mixes pages in among them.
    if (!m_overwriteForeign && !QFileInfo::exists(manifestPath) && !QFileInfo::exists(absolutePath(JournalName))) {
        QStringList present
            = QDir(m_directory)
                  .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        present.removeAll(LockName);
        if (!present.isEmpty()) {
            if (error)
                *error
                    = QCoreApplication::translate("galley::ExportWriter",
                        "%1 already holds files Galley did not write (%2); export into an empty folder, or allow "
                        "overwriting (Export dialog option, or --force).")
                          .arg(QDir::toNativeSeparators(m_directory),
                              present.size() > 3 ? present.mid(0, 3).join(QStringLiteral(", ")) + QStringLiteral(", …")
                                                 : present.join(QStringLiteral(", ")));
            return false;
        }
    }
    recoverJournal();
    if (earlierExportDied)
        removeLeftovers(); // not on every export: a site folder can hold 100,000 pages
    // The journal exists from now until finish(): an export killed before its first file took
    // its name leaves hidden temporary files and a lock, and the journal says that the folder
    // is Galley's all the same (without it the next export took them for someone's files).
    openJournal();
    m_opened = true;
    return true;
}

void ExportWriter::recoverJournal()
{
    QFile journal(absolutePath(JournalName));
    if (QFileInfo(journal.fileName()).isSymLink() || !journal.open(QIODevice::ReadOnly))
        return;
    // "sha256 relative/path" per line; the last line may be cut short by the kill.
    while (!journal.atEnd()) {
        const QString line = QString::fromUtf8(journal.readLine()).trimmed();
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        if (space != 64)
            continue;
        const QString hash = line.left(space);
        const QString relativePath = line.mid(space + 1);
        if (!ExportPaths::isSafeRelativePath(relativePath) || relativePath == ExportPaths::manifestFileName()
            || QFileInfo(absolutePath(relativePath)).isSymLink())
            continue;
        bool ok = false;
        if (fileSha256(absolutePath(relativePath), &ok) == hash && ok && m_manifest.value(relativePath) != hash) {
            m_manifest.insert(relativePath, hash);
            m_manifestChanged = true;
        }
    }
}

void ExportWriter::removeLeftovers()
{
    // The names stage() gives (and QTemporaryFile's, off Unix); only with the folder locked, when
    // no export of this folder can be writing them.
    static const QRegularExpression temporary(QStringLiteral("^\\..+\\.galley-(\\d+-\\d+|[A-Za-z0-9]{6})$"));
    QDirIterator it(m_directory, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (temporary.match(it.fileName()).hasMatch() && insideOutput(QFileInfo(path).absolutePath()))
            QFile::remove(path);
    }
}

bool ExportWriter::insideOutput(const QString &absoluteFolder) const
{
    const QString canonical = QFileInfo(absoluteFolder).canonicalFilePath();
    return !canonical.isEmpty()
        && (canonical == m_canonicalDirectory || canonical.startsWith(m_canonicalDirectory + QLatin1Char('/')));
}

ExportWriter::Existing ExportWriter::inspect(const QString &relativePath, const QString &newHash, QString *error) const
{
    const QString path = absolutePath(relativePath);
    const QFileInfo info(path);
    if (info.isSymLink()) {
        if (error)
            *error = QCoreApplication::translate(
                "galley::ExportWriter", "%1 is a symbolic link; Galley does not write through links.")
                         .arg(QDir::toNativeSeparators(path));
        return Existing::NotAFile;
    }
    if (!info.exists())
        return Existing::Missing;
    if (!info.isFile()) {
        if (error)
            *error = QCoreApplication::translate("galley::ExportWriter", "%1 exists and is not a file.")
                         .arg(QDir::toNativeSeparators(path));
        return Existing::NotAFile;
    }
    bool ok = false;
    const QString existingHash = fileSha256(path, &ok);
    if (ok && !newHash.isEmpty() && existingHash == newHash)
        return Existing::Same;
    const auto listed = m_manifest.constFind(relativePath);
    if (ok && listed != m_manifest.constEnd() && listed.value() == existingHash)
        return Existing::Ours;
    if (m_overwriteForeign)
        return Existing::Ours;
    if (error) {
        *error = listed != m_manifest.constEnd() ? QCoreApplication::translate("galley::ExportWriter",
                     "%1 was changed since Galley wrote it; it is not overwritten unless you allow it (Export dialog "
                     "option, or --force).")
                                                       .arg(QDir::toNativeSeparators(path))
                                                 : QCoreApplication::translate("galley::ExportWriter",
                                                     "%1 was not written by Galley; it is not overwritten unless you "
                                                     "allow it (Export dialog option, or --force).")
                                                       .arg(QDir::toNativeSeparators(path));
    }
    return Existing::Foreign;
}

bool ExportWriter::checkWritable(const QStringList &relativePaths, QString *error) const
{
    for (const QString &relativePath : relativePaths) {
        if (!ExportPaths::isSafeRelativePath(relativePath)) {
            if (error)
                *error
                    = QCoreApplication::translate("galley::ExportWriter", "Refusing to write %1: not a safe file name.")
                          .arg(relativePath);
            return false;
        }
        const Existing existing = inspect(relativePath, QString(), error);
        if (existing == Existing::Foreign || existing == Existing::NotAFile)
            return false;
    }
    return true;
}

std::optional<WrittenFile> ExportWriter::write(const QString &relativePath, const QByteArray &bytes, QString *error)
{
    const std::optional<PendingWrite> pending = prepare(relativePath, bytes, error);
    if (!pending)
        return std::nullopt;
    announce(pending->file);
    if (!commit(*pending, error)) {
        release(relativePath);
        return std::nullopt;
    }
    record(pending->file);
    return pending->file;
}

std::optional<PendingWrite> ExportWriter::prepare(const QString &relativePath, const QByteArray &bytes, QString *error)
{
    if (!m_opened) {
        if (error)
            *error = QCoreApplication::translate("galley::ExportWriter", "The output folder is not open.");
        return std::nullopt;
    }
    if (!ExportPaths::isSafeRelativePath(relativePath) || relativePath == ExportPaths::manifestFileName()) {
        if (error)
            *error = QCoreApplication::translate("galley::ExportWriter", "Refusing to write %1: not a safe file name.")
                         .arg(relativePath);
        return std::nullopt;
    }
    const QString path = absolutePath(relativePath);
    const QString folder = QFileInfo(path).absolutePath();
    if (folder != m_directory) {
        if (!QFileInfo(folder).isSymLink())
            QDir().mkpath(folder);
        if (QFileInfo(folder).isSymLink() || !insideOutput(folder)) {
            if (error)
                *error = QCoreApplication::translate("galley::ExportWriter",
                    "Refusing to write %1: its folder is a link or lies outside the output folder.")
                             .arg(QDir::toNativeSeparators(path));
            return std::nullopt;
        }
    }

    PendingWrite pending { WrittenFile { relativePath, path, sha256(bytes), bytes.size(), false }, bytes, QString() };
    switch (inspect(relativePath, pending.file.sha256, error)) {
    case Existing::Foreign:
    case Existing::NotAFile:
        return std::nullopt;
    case Existing::Same:
        pending.file.unchanged = true;
        pending.bytes.clear();
        break;
    case Existing::Missing:
    case Existing::Ours:
        break;
    }
    m_written.insert(relativePath, pending.file.sha256);
    return pending;
}

bool ExportWriter::commit(const PendingWrite &pending, QString *error)
{
    if (pending.file.unchanged)
        return true;
#ifdef Q_OS_UNIX
    // Not QSaveFile: Qt 6.4's links its file into place even when a write failed with ENOSPC,
    // which left a truncated page reported as written and an empty manifest on a full disk.
    // stage() checks every byte; the file reaches the disk before it takes its name.
    PendingWrite staged = pending;
    if (!stage(staged, error))
        return false;
    const QByteArray temporary = QFile::encodeName(staged.temporaryPath);
    int problem = 0;
    const int fd = ::open(temporary.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0)
        problem = errno;
    if (fd >= 0)
        ::close(fd);
    if (problem == 0 && ::rename(temporary.constData(), QFile::encodeName(pending.file.absolutePath).constData()) != 0)
        problem = errno;
    if (problem != 0) {
        ::unlink(temporary.constData());
        if (error)
            *error = QCoreApplication::translate("galley::ExportWriter", "Cannot write %1: %2.")
                         .arg(QDir::toNativeSeparators(pending.file.absolutePath),
                             QString::fromLocal8Bit(strerror(problem)));
        return false;
    }
    return true;
#else
    QSaveFile file(pending.file.absolutePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(pending.bytes) != pending.bytes.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("galley::ExportWriter", "Cannot write %1: %2.")
                         .arg(QDir::toNativeSeparators(pending.file.absolutePath), file.errorString());
        return false;
    }
    return true;
#endif
}

bool ExportWriter::stage(PendingWrite &pending, QString *error)
{
    if (pending.file.unchanged)
        return true;
    const QFileInfo destination(pending.file.absolutePath);
    const QString prefix
        = destination.absolutePath() + QLatin1String("/.") + destination.fileName() + QLatin1String(".galley-");
#ifdef Q_OS_UNIX
    // Plain POSIX calls: open a new hidden name (O_EXCL), write, close. QTemporaryFile costs
    // several more system calls per file (it opens unnamed and links a random name in), which
    // showed as a seventh of an export's time. The name: pid and a counter, a clash only if an
    // earlier run died at the same pid, and then the next number is tried.
    static std::atomic<quint64> counter { 0 };
    static const QByteArray pid = QByteArray::number(qint64(::getpid()));
    int fd = -1;
    QString path;
    int problem = 0;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        path = prefix + QLatin1String(pid) + QLatin1Char('-') + QString::number(counter.fetch_add(1));
        // 0666 less the umask, as QSaveFile does; a file replaced keeps its permissions (below).
        fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        problem = fd < 0 ? errno : 0;
        if (fd < 0 && problem != EEXIST)
            break;
    }
    bool ok = fd >= 0;
    // A file replaced keeps its permissions; a new one has 0666 less the umask from open().
    struct stat existing {
    };
    if (ok && ::stat(QFile::encodeName(pending.file.absolutePath).constData(), &existing) == 0
        && ::fchmod(fd, existing.st_mode & 07777) != 0) {
        problem = errno;
        ok = false;
    }
    for (qsizetype written = 0; ok && written < pending.bytes.size();) {
        const ssize_t n = ::write(fd, pending.bytes.constData() + written, size_t(pending.bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            problem = n < 0 ? errno : EIO;
            ok = false;
            break;
        }
        written += n;
    }
    if (fd >= 0 && ::close(fd) != 0 && ok) {
        problem = errno;
        ok = false;
    }
    if (!ok) {
        if (fd >= 0)
            ::unlink(QFile::encodeName(path).constData());
        if (error)
            *error = QCoreApplication::translate("galley::ExportWriter", "Cannot write %1: %2.")
                         .arg(QDir::toNativeSeparators(pending.file.absolutePath),
                             QString::fromLocal8Bit(strerror(problem)));
        return false;
    }
    pending.temporaryPath = path;
    return true;
#else
    QTemporaryFile file(prefix + QLatin1String("XXXXXX"));
    file.setAutoRemove(false);
    if (!file.open() || file.write(pending.bytes) != pending.bytes.size() || !file.flush()) {
        if (error)
            *error = QCoreApplication::translate("galley::ExportWriter", "Cannot write %1: %2.")
                         .arg(QDir::toNativeSeparators(pending.file.absolutePath), file.errorString());
        if (file.isOpen())
            file.remove();
        return false;
    }
    pending.temporaryPath = file.fileName();
    file.close();
    return true;
#endif
}

void ExportWriter::discard(PendingWrite &pending)
{
    if (!pending.temporaryPath.isEmpty())
        QFile::remove(pending.temporaryPath);
    pending.temporaryPath.clear();
}

void ExportWriter::publish(QList<PendingWrite> &pending, QStringList *errors)
{
    QStringList results(pending.size());
    // Durable first: the data of every temporary file reaches the disk before any of them gets
    // its real name, so that a crash leaves old files or complete new ones.
    QString flushError;
#ifdef Q_OS_LINUX
    // One syncfs() per file system the batch touches (the output folder's, unless a subfolder
    // is a mount point of its own).
    QSet<QString> folders;
    QList<dev_t> devices;
    for (const PendingWrite &write : std::as_const(pending)) {
        if (write.temporaryPath.isEmpty())
            continue;
        const QString folder = QFileInfo(write.temporaryPath).absolutePath();
        if (folders.contains(folder))
            continue;
        folders.insert(folder);
        const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        struct stat info {
        };
        if (fd < 0 || ::fstat(fd, &info) != 0) {
            flushError = QString::fromLocal8Bit(strerror(errno));
        } else if (!devices.contains(info.st_dev)) {
            devices.append(info.st_dev);
            if (::syncfs(fd) != 0)
                flushError = QString::fromLocal8Bit(strerror(errno));
        }
        if (fd >= 0)
            ::close(fd);
    }
#elif defined(Q_OS_UNIX)
    for (const PendingWrite &write : std::as_const(pending)) {
        if (write.temporaryPath.isEmpty() || !flushError.isEmpty())
            continue;
        const int fd = ::open(QFile::encodeName(write.temporaryPath).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0 || ::fsync(fd) != 0)
            flushError = QString::fromLocal8Bit(strerror(errno));
        if (fd >= 0)
            ::close(fd);
    }
#endif
    for (qsizetype i = 0; i < pending.size(); ++i) {
        PendingWrite &write = pending[i];
        if (write.temporaryPath.isEmpty())
            continue; // unchanged, or never staged
        QString problem = flushError;
        if (problem.isEmpty()) {
#ifdef Q_OS_UNIX
            if (::rename(QFile::encodeName(write.temporaryPath).constData(),
                    QFile::encodeName(write.file.absolutePath).constData())
                != 0)
                problem = QString::fromLocal8Bit(strerror(errno));
#else
            QFile::remove(write.file.absolutePath);
            if (!QFile::rename(write.temporaryPath, write.file.absolutePath))
                problem = QCoreApplication::translate("galley::ExportWriter", "cannot rename the temporary file");
#endif
        }
        if (!problem.isEmpty()) {
            results[i] = QCoreApplication::translate("galley::ExportWriter", "Cannot write %1: %2.")
                             .arg(QDir::toNativeSeparators(write.file.absolutePath), problem);
            discard(write);
        }
        write.temporaryPath.clear();
    }
    if (errors)
        *errors = results;
}

void ExportWriter::announce(const WrittenFile &file)
{
    if (file.unchanged || m_manifest.value(file.relativePath) == file.sha256)
        return;
    journal(file);
}

void ExportWriter::record(const WrittenFile &file)
{
    if (m_manifest.value(file.relativePath) == file.sha256)
        return;
    m_manifest.insert(file.relativePath, file.sha256);
    m_manifestChanged = true;
    journal(file);
}

void ExportWriter::openJournal()
{
    if (m_journal)
        return;
    // Written through at once (unbuffered): what a kill leaves is known as Galley's next time.
    m_journal = std::make_unique<QFile>(absolutePath(JournalName));
    if (QFileInfo(m_journal->fileName()).isSymLink()
        || !m_journal->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        m_journal->close(); // not fatal: the manifest at finish() still records the files
}

void ExportWriter::journal(const WrittenFile &file)
{
    const QString line = file.sha256 + QLatin1Char(' ') + file.relativePath;
    if (m_announced.contains(line))
        return;
    openJournal();
    if (m_journal->isOpen() && m_journal->write((line + QLatin1Char('\n')).toUtf8()) > 0)
        m_announced.insert(line);
}

bool ExportWriter::finish(QString *error)
{
    if (!m_opened)
        return true;
    if (m_manifestChanged) {
        QJsonObject files;
        for (auto it = m_manifest.constBegin(); it != m_manifest.constEnd(); ++it)
            files.insert(it.key(), it.value());
        const QJsonObject manifest {
            { QStringLiteral("generator"), QStringLiteral("Galley") },
            { QStringLiteral("format"), 1 },
            { QStringLiteral("files"), files },
        };
        const QByteArray bytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
        const PendingWrite write { WrittenFile { ExportPaths::manifestFileName(),
                                       absolutePath(ExportPaths::manifestFileName()), QString(), bytes.size(), false },
            bytes, QString() };
        QString problem;
        if (!commit(write, &problem)) {
            // The previous manifest is intact, and the journal stays: the next export still
            // knows these files.
            if (error)
                *error = QCoreApplication::translate("galley::ExportWriter", "Cannot write the export manifest: %1")
                             .arg(problem);
            return false;
        }
        m_manifestChanged = false;
    }
    // The manifest holds everything now; the folder is free for the next export.
    if (m_journal)
        m_journal->close();
    m_journal.reset();
    m_announced.clear();
    QFile::remove(absolutePath(JournalName));
    m_lock.reset();
    m_opened = false;
    return true;
}

} // namespace galley
