// What `cmake --install` (and so the Debian package, which CPack makes from the same rules) puts
// on a machine, checked in a throw-away root (DESTDIR, prefix /usr) as a desktop would find it:
// exactly the expected files; a desktop entry and AppStream metadata that Debian's own validators
// accept and that agree with each other, with the binary and with the newsroom file type; a file
// type that names a newsroom by its name and by its content; icons of the sizes their folders
// say; and the installed galley, run from the staging folder, answering --version and --help in
// both languages (its translations and resources travel inside it).
#include "storage/database.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

namespace {

const QString AppId = QStringLiteral(GALLEY_APP_ID);
const QString NewsroomType = QStringLiteral("application/x-galley-newsroom");

struct Output {
    int exitCode = -1; ///< -1: it did not start, crashed or took more than a minute
    QString out;
    QString err;
};

Output run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env = {})
{
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return { -1, {}, process.errorString() };
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

QString tool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    return path.isEmpty() ? QStringLiteral("/nonexistent/") + name : path;
}

/// Every file under \a root (links included), as paths relative to it, sorted.
QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::System | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

/// What the install rules promise, with the default template's files as the source tree has them.
QStringList expectedFiles()
{
    QStringList files { QStringLiteral("usr/bin/galley"),
        QStringLiteral("usr/share/applications/%1.desktop").arg(AppId),
        QStringLiteral("usr/share/bash-completion/completions/galley"),
        QStringLiteral("usr/share/doc/galley/changelog.gz"), QStringLiteral("usr/share/doc/galley/copyright"),
        QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(AppId),
        QStringLiteral("usr/share/man/man1/galley.1.gz"),
        QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(AppId),
        QStringLiteral("usr/share/mime/packages/galley-newsroom.xml") };
    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256 })
        files.append(QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(AppId));
    const QString templates = QStringLiteral(GALLEY_SOURCE_DIR "/resources/template");
    for (const QString &file : filesUnder(templates))
        files.append(QStringLiteral("usr/share/galley/template/") + file);
    files.sort();
    return files;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// The AppStream facts the other files must agree with.
struct Metainfo {
    QString id;
    QString launchable;
    QStringList mediaTypes;
    QStringList binaries;
    QStringList screenshots;
    QStringList releases; ///< newest first, as the file lists them
    QString error;
};

Metainfo readMetainfo(const QString &path)
{
    Metainfo info;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        info.error = file.errorString();
        return info;
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"id" && info.id.isEmpty())
            info.id = xml.readElementText();
        else if (name == u"launchable")
            info.launchable = xml.readElementText();
        else if (name == u"mediatype")
            info.mediaTypes.append(xml.readElementText());
        else if (name == u"binary")
            info.binaries.append(xml.readElementText());
        else if (name == u"image")
            info.screenshots.append(xml.readElementText().trimmed());
        else if (name == u"release")
            info.releases.append(xml.attributes().value(QLatin1String("version")).toString());
    }
    if (xml.hasError())
        info.error = xml.errorString();
    return info;
}

} // namespace

class InstallTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QElapsedTimer timer;
        timer.start();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DESTDIR"), m_root.path());
        const Output install = run(QStringLiteral(GALLEY_CMAKE),
            { QStringLiteral("--install"), QStringLiteral(GALLEY_BUILD_DIR), QStringLiteral("--prefix"),
                QStringLiteral("/usr") },
            env);
        QVERIFY2(install.exitCode == 0, qPrintable(install.out + install.err));
        qInfo("cmake --install into %s: %lld ms", qPrintable(m_root.path()), timer.elapsed());
        m_usr = m_root.filePath(QStringLiteral("usr"));
    }

    void installsExactlyTheExpectedFiles()
    {
        const QStringList installed = filesUnder(m_root.path());
        const QStringList expected = expectedFiles();
        QStringList missing;
        QStringList unexpected;
        for (const QString &file : expected) {
            if (!installed.contains(file))
                missing.append(file);
        }
        for (const QString &file : installed) {
            if (!expected.contains(file))
                unexpected.append(file);
        }
        QVERIFY2(missing.isEmpty() && unexpected.isEmpty(),
            qPrintable(QStringLiteral("not installed: %1\nnot expected (add them to expectedFiles()): %2")
                           .arg(missing.join(QLatin1String(", ")), unexpected.join(QLatin1String(", ")))));
        QVERIFY(QFileInfo(m_usr + QStringLiteral("/bin/galley")).isExecutable());
    }

    void theInstalledGalleyRuns_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: --version") << QStringList { QStringLiteral("--version") }
                                            << QStringLiteral("galley " GALLEY_EXPECTED_VERSION "\n");
        QTest::newRow("nominal: --help lists the commands")
            << QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help") }
            << QStringLiteral("\nCommands:\n");
        // Galley's translations are inside the binary: Chinese needs no file beside it.
        QTest::newRow("nominal: --help in Chinese")
            << QStringList { QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help") }
            << QStringLiteral("命令");
        QTest::newRow("nominal: a command's help")
            << QStringList { QStringLiteral("export"), QStringLiteral("--help") } << QStringLiteral("--template");
    }

    void theInstalledGalleyRuns()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        const Output galley = run(m_usr + QStringLiteral("/bin/galley"), arguments, env);
        QVERIFY2(galley.exitCode == 0, qPrintable(galley.err));
        if (arguments.contains(QStringLiteral("--version")))
            QCOMPARE(galley.out, expected);
        else
            QVERIFY2(galley.out.contains(expected), qPrintable(galley.out));
    }

    void theBinaryLooksForNothingInTheBuildFolder()
    {
        // An RPATH into the build tree would make the installed galley load the build's libraries.
        const Output dynamic = run(tool(QStringLiteral("readelf")), { QStringLiteral("-d"), m_usr + QStringLiteral("/bin/galley") });
        QCOMPARE(dynamic.exitCode, 0);
        QVERIFY2(!dynamic.out.contains(QLatin1String("RPATH")) && !dynamic.out.contains(QLatin1String("RUNPATH")),
            qPrintable(dynamic.out));
    }

    void theDesktopEntryIsValidAndStartsGalley()
    {
        const QString desktop = m_usr + QStringLiteral("/share/applications/%1.desktop").arg(AppId);
        const Output validate = run(tool(QStringLiteral("desktop-file-validate")), { desktop });
        QVERIFY2(validate.exitCode == 0 && validate.out.isEmpty(), qPrintable(validate.out + validate.err));

        const QStringList lines = readText(desktop).split(QLatin1Char('\n'));
        // "%f": a file manager passes the newsroom's path, which galley opens in its window.
        QVERIFY(lines.contains(QStringLiteral("Exec=galley %f")));
        QVERIFY(lines.contains(QStringLiteral("Icon=") + AppId));
        QVERIFY(lines.contains(QStringLiteral("MimeType=%1;").arg(NewsroomType)));
        const QRegularExpression chinese(QStringLiteral("^(Name|Comment)\\[zh_CN\\]=.*\\p{Han}"));
        QCOMPARE(lines.filter(chinese).size(), 2);
    }

    void theMetainfoIsValidAndAgreesWithTheRest()
    {
        const QString path = m_usr + QStringLiteral("/share/metainfo/%1.metainfo.xml").arg(AppId);
        const Output validate = run(tool(QStringLiteral("appstreamcli")),
            { QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--no-color"), path });
        QVERIFY2(validate.exitCode == 0, qPrintable(validate.out + validate.err));

        const Metainfo info = readMetainfo(path);
        QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
        QCOMPARE(info.id, AppId);
        QCOMPARE(info.launchable, AppId + QStringLiteral(".desktop"));
        QCOMPARE(info.binaries, QStringList { QStringLiteral("galley") });
        QCOMPARE(info.mediaTypes, QStringList { NewsroomType });
        // The newest release is this version, in the metadata and in the Debian changelog.
        QVERIFY(!info.releases.isEmpty());
        QCOMPARE(info.releases.constFirst(), QStringLiteral(GALLEY_EXPECTED_VERSION));
        const Output changelog = run(tool(QStringLiteral("dpkg-parsechangelog")),
            { QStringLiteral("-l"), QStringLiteral(GALLEY_SOURCE_DIR "/resources/desktop/changelog"), QStringLiteral("-S"),
                QStringLiteral("Version") });
        QCOMPARE(changelog.out.trimmed(), QStringLiteral(GALLEY_EXPECTED_VERSION));
        // Every screenshot it shows is one tools/screenshots.sh made.
        QVERIFY(info.screenshots.size() >= 2);
        for (const QString &url : info.screenshots) {
            const QString file = QUrl(url).fileName();
            QVERIFY2(QFileInfo::exists(QStringLiteral(GALLEY_SOURCE_DIR "/docs/screenshots/") + file), qPrintable(url));
        }
    }

    void iconsHaveTheirFoldersSizes()
    {
        const QString hicolor = m_usr + QStringLiteral("/share/icons/hicolor/");
        for (int size : { 16, 22, 24, 32, 48, 64, 128, 256 }) {
            const QImage icon(hicolor + QStringLiteral("%1x%1/apps/%2.png").arg(size).arg(AppId));
            QVERIFY2(!icon.isNull(), qPrintable(QString::number(size)));
            QCOMPARE(icon.size(), QSize(size, size));
            QVERIFY(icon.hasAlphaChannel());
        }
        QVERIFY(!QImage(hicolor + QStringLiteral("scalable/apps/%1.svg").arg(AppId)).isNull());
    }

    void newsroomsAreKnownByNameAndContent()
    {
        // The system's types and the installed one in a data folder of its own, as the package's
        // trigger runs update-mime-database on /usr/share/mime: it refuses a malformed type and
        // writes the one cache that GLib and Qt read (the staging root stays as installed).
        QTemporaryDir share;
        QVERIFY(share.isValid());
        const QString packages = share.filePath(QStringLiteral("mime/packages/"));
        QVERIFY(QDir().mkpath(packages));
        QVERIFY(QFile::copy(m_usr + QStringLiteral("/share/mime/packages/galley-newsroom.xml"),
            packages + QStringLiteral("galley-newsroom.xml")));
        const QDir system(QStringLiteral("/usr/share/mime/packages"), QStringLiteral("*.xml"));
        QVERIFY(!system.isEmpty());
        for (const QString &file : system.entryList())
            QVERIFY(QFile::copy(system.filePath(file), packages + file));
        // QMimeDatabase reads these at its first use, which is below.
        qputenv("XDG_DATA_HOME", share.path().toLocal8Bit());
        qputenv("XDG_DATA_DIRS", share.path().toLocal8Bit());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PKGSYSTEM_ENABLE_FSYNC"), QStringLiteral("0"));
        const Output update
            = run(tool(QStringLiteral("update-mime-database")), { share.filePath(QStringLiteral("mime")) }, env);
        QVERIFY2(update.exitCode == 0 && update.err.isEmpty(), qPrintable(update.err));
        QVERIFY(QFileInfo::exists(share.filePath(QStringLiteral("mime/mime.cache"))));

        // A real newsroom, then the same file under a name that says nothing, and a plain SQLite file.
        QTemporaryDir files;
        QVERIFY(files.isValid());
        const QString newsroom = files.filePath(QStringLiteral("desk.galley"));
        {
            galley::Database database;
            QCOMPARE(database.open(newsroom), galley::Database::Status::Ok);
        }
        const QString renamed = files.filePath(QStringLiteral("backup-2026-12-07"));
        QVERIFY(QFile::copy(newsroom, renamed));
        const QString other = files.filePath(QStringLiteral("other-database"));
        const Output sqlite = run(tool(QStringLiteral("sqlite3")), { other, QStringLiteral("CREATE TABLE t(x);") });
        QCOMPARE(sqlite.exitCode, 0);

        // As QMimeDatabase (Qt's file dialogs, Dolphin) sees them with the installed type.
        const QMimeDatabase types;
        QCOMPARE(types.mimeTypeForFile(newsroom).name(), NewsroomType);
        QCOMPARE(types.mimeTypeForFile(renamed).name(), NewsroomType);
        QCOMPARE(types.mimeTypeForFile(other).name(), QStringLiteral("application/vnd.sqlite3"));
        QVERIFY(types.mimeTypeForName(NewsroomType).inherits(QStringLiteral("application/vnd.sqlite3")));
        QVERIFY2(types.mimeTypeForName(NewsroomType).comment().contains(QLatin1String("Galley")),
            qPrintable(types.mimeTypeForName(NewsroomType).comment()));
    }

private:
    QTemporaryDir m_root;
    QString m_usr;
};

QTEST_GUILESS_MAIN(InstallTest)
#include "tst_install.moc"
