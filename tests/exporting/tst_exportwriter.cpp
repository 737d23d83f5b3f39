#include "exporting/exportwriter.h"
#include "exporting/writequeue.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace galley;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/// What the folder holds, without the lock an export holds while it runs.
QStringList entries(const QString &path)
{
    QStringList names = QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    names.removeAll(QStringLiteral(".galley-export.lock"));
    return names;
}

/// The lock a killed export leaves: its process no longer runs.
void writeStaleLock(const QString &folder)
{
    QFile stale(folder + QStringLiteral("/.galley-export.lock"));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("999999999\ngalley\n" + QSysInfo::machineHostName().toUtf8() + "\n");
}

} // namespace

class TestExportWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAtomicallyAndRecordsManifest()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        ExportWriter writer(out, false);
        QString error;
        QVERIFY2(writer.open(&error), qPrintable(error));
        const std::optional<WrittenFile> page = writer.write(QStringLiteral("a.html"), "<p>1</p>", &error);
        QVERIFY2(page, qPrintable(error));
        QVERIFY(writer.write(QStringLiteral("assets/0123.png"), "PNG", &error));
        QVERIFY(writer.finish(&error));

        QCOMPARE(readAll(page->absolutePath), QByteArray("<p>1</p>"));
        QCOMPARE(page->sha256,
            QString::fromLatin1(QCryptographicHash::hash("<p>1</p>", QCryptographicHash::Sha256).toHex()));
        // No temporary file is left behind: only what was written and the manifest.
        QCOMPARE(entries(out),
            (QStringList {
                QStringLiteral(".galley-export.json"), QStringLiteral("a.html"), QStringLiteral("assets") }));
        const QJsonObject manifest
            = QJsonDocument::fromJson(readAll(out + QStringLiteral("/.galley-export.json"))).object();
        QCOMPARE(manifest.value(QStringLiteral("generator")).toString(), QStringLiteral("Galley"));
        QCOMPARE(manifest.value(QStringLiteral("files")).toObject().keys(),
            (QStringList { QStringLiteral("a.html"), QStringLiteral("assets/0123.png") }));
        QCOMPARE(manifest.value(QStringLiteral("files")).toObject().value(QStringLiteral("a.html")).toString(),
            page->sha256);
    }

    // Batched writes: staged bytes wait under a hidden temporary name, and the real name appears
    // (replacing the old file whole) only when the batch is published.
    void stagedFilesAppearOnlyWhenPublished()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        ExportWriter writer(out, false);
        QString error;
        QVERIFY2(writer.open(&error), qPrintable(error));
        QVERIFY(writer.write(QStringLiteral("b.html"), "old", &error));

        QList<PendingWrite> batch;
        for (const auto &[path, bytes] : { std::pair { QStringLiteral("a.html"), QByteArray("<p>a</p>") },
                 std::pair { QStringLiteral("b.html"), QByteArray("<p>b</p>") },
                 std::pair { QStringLiteral("c.html"), QByteArray("<p>c</p>") } }) {
            std::optional<PendingWrite> pending = writer.prepare(path, bytes, &error);
            QVERIFY2(pending, qPrintable(error));
            QVERIFY2(ExportWriter::stage(*pending, &error), qPrintable(error));
            QVERIFY(QFileInfo(pending->temporaryPath).fileName().startsWith(QLatin1Char('.')));
            batch.append(*pending);
        }
        // Staged, not published: the old file is intact and the new names do not exist.
        QCOMPARE(readAll(out + QStringLiteral("/b.html")), QByteArray("old"));
        QVERIFY(!QFile::exists(out + QStringLiteral("/a.html")));
        QVERIFY(entries(out).contains(QStringLiteral(".galley-export.journal"))); // b.html's, until finish()
        QCOMPARE(entries(out).size(), 1 + 3 + 1);

        // One that will not be published (its article failed) leaves nothing behind.
        PendingWrite dropped = batch.takeLast();
        ExportWriter::discard(dropped);
        writer.release(dropped.file.relativePath);

        QStringList errors;
        ExportWriter::publish(batch, &errors);
        QCOMPARE(errors, (QStringList { QString(), QString() }));
        for (const PendingWrite &write : std::as_const(batch))
            writer.record(write.file);
        QVERIFY(writer.finish(&error));
        QCOMPARE(readAll(out + QStringLiteral("/a.html")), QByteArray("<p>a</p>"));
        QCOMPARE(readAll(out + QStringLiteral("/b.html")), QByteArray("<p>b</p>"));
        QCOMPARE(entries(out),
            (QStringList {
                QStringLiteral(".galley-export.json"), QStringLiteral("a.html"), QStringLiteral("b.html") }));
    }

    // A published page is readable like any other file the user creates (a web server reads
    // it as another user), and a rewritten file keeps the permissions it had.
    void publishedFilesKeepUsualPermissions()
    {
        const mode_t previous = ::umask(022);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        ExportWriter writer(out, false);
        QString error;
        QVERIFY2(writer.open(&error), qPrintable(error));
        QVERIFY(writer.write(QStringLiteral("kept.html"), "old", &error));
        const QFileDevice::Permissions restricted
            = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
        QVERIFY(QFile::setPermissions(out + QStringLiteral("/kept.html"), restricted));
        QList<PendingWrite> batch;
        for (const QString &path : { QStringLiteral("new.html"), QStringLiteral("kept.html") }) {
            std::optional<PendingWrite> pending = writer.prepare(path, "<p>x</p>", &error);
            QVERIFY2(pending, qPrintable(error));
            QVERIFY2(ExportWriter::stage(*pending, &error), qPrintable(error));
            batch.append(*pending);
        }
        QStringList errors;
        ExportWriter::publish(batch, &errors);
        ::umask(previous);
        QCOMPARE(errors, (QStringList { QString(), QString() }));
        const QFileDevice::Permissions usual
            = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        const QFileDevice::Permissions unixBits = QFileDevice::ReadOwner | QFileDevice::WriteOwner
            | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(out + QStringLiteral("/new.html")) & unixBits, usual);
        QCOMPARE(QFile::permissions(out + QStringLiteral("/kept.html")) & unixBits, restricted);
    }

    // The caller submits and takes results on one thread: a full queue must not wait for
    // results to be taken, only for writes to finish (else it waits forever).
    void fullQueueDoesNotWaitForTheCaller()
    {
        QTemporaryDir dir;
        ExportWriter writer(dir.path(), false);
        QString error;
        QVERIFY(writer.open(&error));
        WriteQueue queue(1, 4);
        for (int i = 0; i < 40; ++i) {
            std::optional<PendingWrite> pending
                = writer.prepare(QStringLiteral("f%1.html").arg(i), QByteArray::number(i), &error);
            QVERIFY2(pending, qPrintable(error));
            queue.submit(std::move(*pending), i);
        }
        QList<WriteQueue::Result> results = queue.takeFinished(true);
        QCOMPARE(results.size(), 40);
        for (int i = 0; i < results.size(); ++i) {
            QCOMPARE(results.at(i).tag, i); // in submission order
            QVERIFY(results.at(i).ok);
            ExportWriter::discard(results[i].pending);
        }
    }

    void refusesForeignFiles()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("index.html")), "my own page");
        QString error;
        {
            // A folder of someone's own files, where Galley never exported: refused at once.
            ExportWriter writer(dir.path(), false);
            QVERIFY(!writer.open(&error));
            QVERIFY2(error.contains(QStringLiteral("did not write (index.html)"))
                    && error.contains(QStringLiteral("--force")),
                qPrintable(error));
        }
        QCOMPARE(readAll(dir.filePath(QStringLiteral("index.html"))), QByteArray("my own page"));

        // A folder Galley exported into, where someone put a file of their own since.
        QTemporaryDir galleyDir;
        {
            ExportWriter first(galleyDir.path(), false);
            QVERIFY(first.open(&error));
            QVERIFY(first.write(QStringLiteral("a.html"), "galley page a", &error));
            QVERIFY(first.finish(&error));
        }
        writeFile(galleyDir.filePath(QStringLiteral("index.html")), "my own page");
        ExportWriter writer(galleyDir.path(), false);
        QVERIFY2(writer.open(&error), qPrintable(error));
        QVERIFY(!writer.checkWritable({ QStringLiteral("index.html") }, &error));
        QVERIFY2(error.contains(QStringLiteral("index.html")) && error.contains(QStringLiteral("--force")),
            qPrintable(error));
        QVERIFY(!writer.write(QStringLiteral("index.html"), "galley page", &error));
        QCOMPARE(readAll(galleyDir.filePath(QStringLiteral("index.html"))), QByteArray("my own page"));
        QVERIFY(writer.write(QStringLiteral("a.html"), "galley page a, again", &error));
        QVERIFY(writer.finish(&error));

        ExportWriter forced(dir.path(), true);
        QVERIFY(forced.open(&error));
        QVERIFY(forced.write(QStringLiteral("index.html"), "galley page", &error));
        QCOMPARE(readAll(dir.filePath(QStringLiteral("index.html"))), QByteArray("galley page"));
    }

    void overwritesItsOwnFilesButNotEditedOnes()
    {
        QTemporaryDir dir;
        QString error;
        {
            ExportWriter first(dir.path(), false);
            QVERIFY(first.open(&error));
            QVERIFY(first.write(QStringLiteral("a.html"), "v1", &error));
            QVERIFY(first.write(QStringLiteral("b.html"), "v1", &error));
            QVERIFY(first.finish(&error));
        }
        writeFile(dir.filePath(QStringLiteral("b.html")), "edited by hand");
        ExportWriter second(dir.path(), false);
        QVERIFY(second.open(&error));
        QVERIFY2(second.write(QStringLiteral("a.html"), "v2", &error), qPrintable(error));
        QCOMPARE(readAll(dir.filePath(QStringLiteral("a.html"))), QByteArray("v2"));
        QVERIFY(!second.write(QStringLiteral("b.html"), "v2", &error));
        QVERIFY2(error.contains(QStringLiteral("changed since")), qPrintable(error));
        QCOMPARE(readAll(dir.filePath(QStringLiteral("b.html"))), QByteArray("edited by hand"));
    }

    // Two exports into one folder at once would each write the manifest without the other's
    // files: the second is told the folder is busy, and may go once the first has finished.
    void oneExportAtATimePerFolder()
    {
        QTemporaryDir dir;
        QString error;
        ExportWriter first(dir.path(), false);
        QVERIFY2(first.open(&error), qPrintable(error));
        QVERIFY(first.write(QStringLiteral("a.html"), "first", &error));
        ExportWriter second(dir.path(), true); // not even --force writes beside a running export
        QVERIFY(!second.open(&error));
        QVERIFY2(error.contains(QStringLiteral("Another export"))
                && error.contains(QString::number(QCoreApplication::applicationPid())),
            qPrintable(error));
        QVERIFY(first.finish(&error));
        QVERIFY2(second.open(&error), qPrintable(error));
        QVERIFY(second.write(QStringLiteral("b.html"), "second", &error));
        QVERIFY(second.finish(&error));
        const QJsonObject files = QJsonDocument::fromJson(readAll(dir.filePath(QStringLiteral(".galley-export.json"))))
                                      .object()
                                      .value(QStringLiteral("files"))
                                      .toObject();
        QCOMPARE(files.keys(), (QStringList { QStringLiteral("a.html"), QStringLiteral("b.html") }));
    }

    // An export killed half-way (SIGKILL: no finish(), no manifest, staged files left under
    // their hidden names, the lock file of a dead process): the next export into the folder
    // cleans up after it and knows the pages it had written as Galley's.
    void aKilledExportIsPickedUpByTheNext()
    {
        QTemporaryDir dir;
        QString error;
        {
            ExportWriter killed(dir.path(), false);
            QVERIFY(killed.open(&error));
            QVERIFY(killed.write(QStringLiteral("a.html"), "page a", &error));
            QVERIFY(killed.write(QStringLiteral("assets/1.png"), "PNG", &error));
            QVERIFY(killed.write(QStringLiteral("b.html"), "page b", &error));
            std::optional<PendingWrite> staged = killed.prepare(QStringLiteral("c.html"), "page c", &error);
            QVERIFY(staged && ExportWriter::stage(*staged, &error));
            std::optional<PendingWrite> asset = killed.prepare(QStringLiteral("assets/2.png"), "PNG2", &error);
            QVERIFY(asset && ExportWriter::stage(*asset, &error));
            QVERIFY(QFile::exists(staged->temporaryPath) && QFile::exists(asset->temporaryPath));
        } // gone without finish(), as a killed process is (its lock would be stale: the pid is dead)
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral(".galley-export.json"))));
        writeFile(dir.filePath(QStringLiteral("b.html")), "edited by hand after the crash");
        // A lock left by a process that no longer runs is taken over.
        {
            QFile stale(dir.filePath(QStringLiteral(".galley-export.lock")));
            QVERIFY(stale.open(QIODevice::WriteOnly));
            stale.write("999999999\ngalley\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        }

        ExportWriter next(dir.path(), false);
        QVERIFY2(next.open(&error), qPrintable(error));
        // Its temporary files are gone, in subfolders too.
        for (const QString &folder : { dir.path(), dir.filePath(QStringLiteral("assets")) }) {
            for (const QString &name : entries(folder))
                QVERIFY2(
                    !name.contains(QStringLiteral(".galley-")) || name.startsWith(QStringLiteral(".galley-export")),
                    qPrintable(name));
        }
        // Its pages are Galley's: rewritten without --force; the one edited since is not.
        QVERIFY2(next.write(QStringLiteral("a.html"), "page a, again", &error), qPrintable(error));
        QVERIFY(next.write(QStringLiteral("assets/1.png"), "PNG, again", &error));
        QVERIFY(!next.write(QStringLiteral("b.html"), "page b, again", &error));
        QVERIFY2(error.contains(QStringLiteral("not written by Galley")), qPrintable(error));
        QVERIFY(next.finish(&error));
        QCOMPARE(entries(dir.path()),
            (QStringList { QStringLiteral(".galley-export.json"), QStringLiteral("a.html"), QStringLiteral("assets"),
                QStringLiteral("b.html") }));
        QCOMPARE(readAll(dir.filePath(QStringLiteral("b.html"))), QByteArray("edited by hand after the crash"));
    }

    // Found by tools/soak.sh: the first export into a new folder, killed while its first pages
    // were still under their hidden temporary names (no manifest, nothing journalled yet), left
    // a folder every later export refused as "files Galley did not write".
    void anExportKilledBeforeItsFirstPageIsPickedUpByTheNext()
    {
        QTemporaryDir dir;
        QString error;
        QString temporary;
        {
            ExportWriter killed(dir.path(), false);
            QVERIFY(killed.open(&error));
            std::optional<PendingWrite> staged = killed.prepare(QStringLiteral("a.html"), "page a", &error);
            QVERIFY(staged && ExportWriter::stage(*staged, &error));
            temporary = staged->temporaryPath;
        }
        writeStaleLock(dir.path());
        QVERIFY(QFile::exists(temporary));

        ExportWriter next(dir.path(), false);
        QVERIFY2(next.open(&error), qPrintable(error));
        QVERIFY(!QFile::exists(temporary));
        QVERIFY2(next.write(QStringLiteral("a.html"), "page a", &error), qPrintable(error));
        QVERIFY(next.finish(&error));
        QCOMPARE(entries(dir.path()), (QStringList { QStringLiteral(".galley-export.json"), QStringLiteral("a.html") }));
    }

    // Found by tools/soak.sh: an export killed between QLockFile's creating the lock file and
    // writing its process id into it left a lock that names no one, and every later export said
    // "Cannot lock the output folder". A lock that still names no one after a second is taken over;
    // a fresh one (an export starting this very moment) is not.
    void aLockFileThatNamesNoOneIsTakenOver()
    {
        QTemporaryDir dir;
        QString error;
        writeFile(dir.filePath(QStringLiteral(".galley-export.lock")), QByteArray());
        ExportWriter next(dir.path(), false);
        QVERIFY2(next.open(&error), qPrintable(error));
        QVERIFY(next.write(QStringLiteral("a.html"), "page a", &error));
        QVERIFY(next.finish(&error));
        QCOMPARE(entries(dir.path()), (QStringList { QStringLiteral(".galley-export.json"), QStringLiteral("a.html") }));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral(".galley-export.lock"))));

        // One that a live export is writing its name into at this moment stays its own.
        // (Its time is set ahead, as this open() waits a second for the lock before looking.)
        QTemporaryDir busy;
        {
            QFile fresh(busy.filePath(QStringLiteral(".galley-export.lock")));
            QVERIFY(fresh.open(QIODevice::WriteOnly));
            QVERIFY(fresh.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        }
        ExportWriter waiting(busy.path(), false);
        QVERIFY(!waiting.open(&error));
        QVERIFY(QFile::exists(busy.filePath(QStringLiteral(".galley-export.lock"))));
    }

    // Found by tools/soak.sh: an export killed after a page took its name but before it was
    // journalled left bytes the manifest did not know, and every later export refused the page
    // as "changed since Galley wrote it". The journal now names the bytes before the rename.
    void aPageKilledRightAfterItsRenameIsStillGalleys()
    {
        QTemporaryDir dir;
        QString error;
        {
            ExportWriter first(dir.path(), false);
            QVERIFY(first.open(&error));
            QVERIFY(first.write(QStringLiteral("a.html"), "page a, first", &error));
            QVERIFY(first.finish(&error));
        }
        {
            ExportWriter killed(dir.path(), false);
            QVERIFY(killed.open(&error));
            std::optional<PendingWrite> pending = killed.prepare(QStringLiteral("a.html"), "page a, second", &error);
            QVERIFY(pending);
            killed.announce(pending->file);
            QVERIFY(ExportWriter::commit(*pending, &error)); // renamed; killed before record()
        }
        writeStaleLock(dir.path());
        QCOMPARE(readAll(dir.filePath(QStringLiteral("a.html"))), QByteArray("page a, second"));

        ExportWriter next(dir.path(), false);
        QVERIFY2(next.open(&error), qPrintable(error));
        QVERIFY2(next.write(QStringLiteral("a.html"), "page a, third", &error), qPrintable(error));
        QVERIFY(next.finish(&error));
        QCOMPARE(readAll(dir.filePath(QStringLiteral("a.html"))), QByteArray("page a, third"));
    }

    // A disk that fills up (here: a file size limit, the same failed write): a page that does not
    // fit is not written at all, not left truncated under its name; a manifest that does not fit
    // leaves the previous one intact, and the journal tells the next export what was written.
    void aFullDiskLeavesNoTruncatedFile()
    {
        QTemporaryDir dir;
        QString error;
        {
            ExportWriter first(dir.path(), false);
            QVERIFY(first.open(&error));
            QVERIFY(first.write(QStringLiteral("a.html"), "page a", &error));
            QVERIFY(first.finish(&error));
        }
        const QByteArray manifestBefore = readAll(dir.filePath(QStringLiteral(".galley-export.json")));

        struct rlimit saved {
        };
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN); // a failed write, not a killed process
        struct rlimit small = saved;
        small.rlim_cur = 2000;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        bool opened = false;
        std::optional<WrittenFile> big;
        QString bigError;
        int smallWritten = 0;
        bool finished = false;
        QString finishError;
        {
            ExportWriter second(dir.path(), false);
            opened = second.open(&error);
            big = second.write(QStringLiteral("big.html"), QByteArray(5000, 'x'), &error);
            bigError = error;
            for (int i = 0; i < 40; ++i) // enough names that the manifest outgrows the limit
                smallWritten += second.write(QStringLiteral("p%1.html").arg(i), "small page", &error) ? 1 : 0;
            finished = second.finish(&error);
            finishError = error;
        }
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &saved), 0);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(opened);
        QVERIFY(!big);
        QVERIFY2(bigError.contains(QStringLiteral("big.html")), qPrintable(bigError));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("big.html"))));
        QCOMPARE(smallWritten, 40);
        QVERIFY(!finished);
        QVERIFY2(finishError.contains(QStringLiteral("manifest")), qPrintable(finishError));
        QCOMPARE(readAll(dir.filePath(QStringLiteral(".galley-export.json"))), manifestBefore);
        for (const QString &name : entries(dir.path()))
            QVERIFY2(!name.contains(QStringLiteral(".galley-")) || name.startsWith(QStringLiteral(".galley-export")),
                qPrintable(name));

        // With room again, the next export knows as Galley's the pages the journal recorded
        // before the disk was full (the first ones; later lines did not fit either).
        ExportWriter third(dir.path(), false);
        QVERIFY2(third.open(&error), qPrintable(error));
        QVERIFY2(third.write(QStringLiteral("p0.html"), "page zero, again", &error), qPrintable(error));
        QVERIFY2(third.write(QStringLiteral("p7.html"), "page seven, again", &error), qPrintable(error));
        QVERIFY(third.finish(&error));
    }

    void identicalBytesAreNotRewritten()
    {
        QTemporaryDir dir;
        QString error;
        ExportWriter first(dir.path(), false);
        QVERIFY(first.open(&error));
        QVERIFY(first.write(QStringLiteral("a.html"), "same", &error));
        QVERIFY(first.finish(&error));
        const QDateTime before = QFileInfo(dir.filePath(QStringLiteral("a.html"))).lastModified();
        ExportWriter second(dir.path(), false);
        QVERIFY(second.open(&error));
        const std::optional<WrittenFile> again = second.write(QStringLiteral("a.html"), "same", &error);
        QVERIFY(again);
        QVERIFY(again->unchanged);
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("a.html"))).lastModified(), before);
    }

    void unsafePathsAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("robustness: parent folder") << QStringLiteral("../escape.html");
        QTest::newRow("robustness: absolute") << QStringLiteral("/tmp/escape.html");
        QTest::newRow("robustness: deep") << QStringLiteral("a/b/c.html");
        QTest::newRow("robustness: the manifest itself") << QStringLiteral(".galley-export.json");
        QTest::newRow("robustness: hidden file") << QStringLiteral(".profile");
    }
    void unsafePathsAreRefused()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        ExportWriter writer(out, true);
        QString error;
        QVERIFY(writer.open(&error));
        QVERIFY(!writer.write(path, "x", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(writer.finish(&error)); // the export's own journal goes with it
        QCOMPARE(entries(dir.path()), QStringList { QStringLiteral("out") });
        QCOMPARE(entries(out), QStringList());
    }

    void doesNotWriteThroughLinks()
    {
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        QVERIFY(QFile::link(elsewhere.path(), out + QStringLiteral("/assets")));
        QVERIFY(QFile::link(elsewhere.filePath(QStringLiteral("target.html")), out + QStringLiteral("/page.html")));
        ExportWriter writer(out, true);
        QString error;
        QVERIFY(writer.open(&error));
        QVERIFY(!writer.write(QStringLiteral("assets/a.png"), "x", &error));
        QVERIFY(!writer.write(QStringLiteral("page.html"), "x", &error));
        QCOMPARE(entries(elsewhere.path()), QStringList());
    }

    void unreadableManifestStopsTheExport()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral(".galley-export.json")), "not json");
        ExportWriter writer(dir.path(), false);
        QString error;
        QVERIFY(!writer.open(&error));
        QVERIFY2(error.contains(QStringLiteral(".galley-export.json")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestExportWriter)
#include "tst_exportwriter.moc"
