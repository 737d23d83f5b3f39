// galley's commands as a user finds them: --help lists every command, each command explains
// itself, the bash completion and the manual page offer the same commands and options, a
// mistyped command is refused in a sentence, and a newsroom named alone (as a file manager or the
// desktop entry starts galley) opens in the window.
#include "storage/database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "galleyprocess.h"

#include <csignal>

namespace {

/// Every command the dispatcher runs, written out here so that a command dropped from the help
/// (or one the help names that the dispatcher does not run) fails the test.
const QStringList Commands { QStringLiteral("import"), QStringLiteral("show"), QStringLiteral("list"),
    QStringLiteral("export"), QStringLiteral("annotate"), QStringLiteral("reply"), QStringLiteral("resolve"),
    QStringLiteral("reopen"), QStringLiteral("suggest"), QStringLiteral("suggestions"), QStringLiteral("accept"),
    QStringLiteral("reject"), QStringLiteral("revise"), QStringLiteral("transition"), QStringLiteral("lint"),
    QStringLiteral("history"), QStringLiteral("diff"), QStringLiteral("watch"), QStringLiteral("admin"),
    QStringLiteral("copy") };

/// The names in the "Commands:" part of `galley --help`.
QStringList listedCommands(const QString &help)
{
    const qsizetype start = help.indexOf(QLatin1String("\nCommands:\n"));
    if (start < 0)
        return {};
    QStringList names;
    static const QRegularExpression row(QStringLiteral("^  ([a-z]+)  +\\S"));
    for (const QString &line : help.mid(start + 11).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            break;
        const QRegularExpressionMatch match = row.match(line);
        if (match.hasMatch())
            names.append(match.captured(1));
    }
    return names;
}

/// The long options a command's --help describes (rows "  -x, --name <value>  …").
QSet<QString> helpOptions(const QString &help)
{
    QSet<QString> options;
    static const QRegularExpression row(
        QStringLiteral("^  (?:-\\w, )?(--[\\w-]+)"), QRegularExpression::MultilineOption);
    for (auto it = row.globalMatch(help); it.hasNext();)
        options.insert(it.next().captured(1));
    options.remove(QStringLiteral("--help-all")); // Qt's, with its platform options: not offered
    return options;
}

/// What bash offers for the command line \a words with the cursor in the last word.
QStringList complete(const QString &script, const QStringList &words)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("galley.bash")));
    if (!file.open(QIODevice::WriteOnly))
        return { QStringLiteral("<cannot write the script>") };
    file.write(script.toUtf8());
    file.close();
    QString quoted;
    for (const QString &word : words)
        quoted += QStringLiteral(" '%1'").arg(word);
    const QString program = QStringLiteral("source '%1'; COMP_WORDS=(%2); COMP_CWORD=%3; _galley; "
                                           "printf '%s\\n' \"${COMPREPLY[@]}\"")
                                .arg(file.fileName(), quoted)
                                .arg(words.size() - 1);
    QProcess bash;
    bash.start(QStringLiteral("bash"), { QStringLiteral("--norc"), QStringLiteral("-c"), program });
    if (!bash.waitForFinished(30000) || bash.exitCode() != 0)
        return { QStringLiteral("<bash failed: %1>").arg(QString::fromUtf8(bash.readAllStandardError())) };
    QStringList offered = QString::fromUtf8(bash.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    offered.sort();
    return offered;
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// Beside bin/ in the build tree, as installed under the prefix.
QString sharePath(const QString &relative)
{
    return QFileInfo(QStringLiteral(GALLEY_BINARY)).dir().filePath(QStringLiteral("../share/") + relative);
}

} // namespace

class CommandLineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpListsEveryCommand()
    {
        const Run run = runGalley({ QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        const QString help = QString::fromUtf8(run.out);
        QCOMPARE(listedCommands(help), Commands);
        QVERIFY2(help.contains(QLatin1String("--db")) && help.contains(QLatin1String("--lang"))
                && help.contains(QLatin1String("--version")),
            qPrintable(help));
        QVERIFY2(!help.contains(QLatin1String("--man-page")), "the build's options are not for users");
    }

    void helpInChinese()
    {
        const Run run = runGalley({ QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("zh_CN") });
        QCOMPARE(run.exitCode, 0);
        const QString help = QString::fromUtf8(run.out);
        QVERIFY2(help.contains(QStringLiteral("命令：")), qPrintable(help));
        QVERIFY2(help.contains(QStringLiteral("导入")), qPrintable(help)); // import's line
    }

    void everyCommandExplainsItself_data()
    {
        QTest::addColumn<QString>("command");
        for (const QString &command : Commands)
            QTest::newRow(qPrintable(QStringLiteral("nominal: galley %1 --help").arg(command))) << command;
    }

    void everyCommandExplainsItself()
    {
        QFETCH(QString, command);
        const Run run = runGalley({ command, QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QString help = QString::fromUtf8(run.out);
        QVERIFY2(help.startsWith(QLatin1String("Usage: ")), qPrintable(help));
        QVERIFY2(helpOptions(help).contains(QStringLiteral("--help")), qPrintable(help));
    }

    void versionIsPrinted_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nominal: --version") << QStringList { QStringLiteral("--version") };
        QTest::newRow("nominal: -v") << QStringList { QStringLiteral("-v") };
    }

    void versionIsPrinted()
    {
        QFETCH(QStringList, arguments);
        const Run run = runGalley(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^galley \\d+\\.\\d+\\.\\d+\\n$"))
                     .match(QString::fromUtf8(run.out))
                     .hasMatch(),
            run.out.constData());
    }

    void mistakesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("said");
        QTest::addColumn<bool>("pointsToHelp");
        QTest::newRow("robustness: unknown command")
            << QStringList { QStringLiteral("frobnicate") } << QStringLiteral("unknown command \"frobnicate\"") << true;
        QTest::newRow("robustness: unknown command after an option")
            << QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("lsit") }
            << QStringLiteral("unknown command \"lsit\"") << true;
        QTest::newRow("robustness: unknown option")
            << QStringList { QStringLiteral("--frobnicate") } << QStringLiteral("frobnicate") << true;
        QTest::newRow("robustness: a language Galley does not speak, before a command")
            << QStringList { QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("list"), QStringLiteral("--db"),
                   QStringLiteral("/nonexistent/newsroom.galley") }
            << QStringLiteral("--lang xx: Galley speaks en and zh_CN") << false;
        QTest::newRow("robustness: a language Galley does not speak, after a command")
            << QStringList { QStringLiteral("list"), QStringLiteral("--db"), QStringLiteral("/nonexistent/newsroom.galley"),
                   QStringLiteral("--lang=klingon") }
            << QStringLiteral("--lang klingon") << false;
        QTest::newRow("robustness: a newsroom named twice")
            << QStringList { QStringLiteral("--db"), QStringLiteral("/nonexistent/a.galley"),
                   QStringLiteral("/nonexistent/b.galley") }
            << QStringLiteral("named twice, with --db \"/nonexistent/a.galley\" and as \"/nonexistent/b.galley\"")
            << false;
        QTest::newRow("robustness: two newsrooms for one window")
            << QStringList { QStringLiteral("/nonexistent/a.galley"), QStringLiteral("/nonexistent/b.galley") }
            << QStringLiteral("one newsroom, not 2") << false;
        QTest::newRow("robustness: a missing file that is not a newsroom's name stays an unknown command")
            << QStringList { QStringLiteral("/nonexistent/notes.txt") }
            << QStringLiteral("unknown command \"/nonexistent/notes.txt\"") << true;
        QTest::newRow("robustness: completion for another shell") << QStringList { QStringLiteral("--completion"),
            QStringLiteral("tcsh") } << QStringLiteral("bash") << false;
    }

    void mistakesAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, said);
        QFETCH(bool, pointsToHelp);
        const Run run = runGalley(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        QVERIFY2(run.err.startsWith(QLatin1String("galley: ")) && run.err.contains(said), qPrintable(run.err));
        if (pointsToHelp)
            QVERIFY2(run.err.contains(QLatin1String("galley --help")), qPrintable(run.err));
    }

    void aNewsroomNamedAloneOpensInTheWindow_data()
    {
        QTest::addColumn<bool>("exists");
        QTest::addColumn<bool>("asUrl");
        QTest::newRow("nominal: an existing newsroom's path (the desktop entry's %f)") << true << false;
        QTest::newRow("nominal: an existing newsroom as a file: URL") << true << true;
        QTest::newRow("nominal: a new .galley file is created, as with --db") << false << false;
    }

    void aNewsroomNamedAloneOpensInTheWindow()
    {
        QFETCH(bool, exists);
        QFETCH(bool, asUrl);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString path = home.filePath(QStringLiteral("desk 12月.galley"));
        if (exists) {
            galley::Database database;
            QCOMPARE(database.open(path), galley::Database::Status::Ok);
        }
        // Open, the newsroom has its write-ahead log beside it; closed, it has none.
        const QString log = path + QStringLiteral("-wal");
        QVERIFY(!QFileInfo::exists(log));

        QProcess galley;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        galley.setProcessEnvironment(env);
        galley.setProcessChannelMode(QProcess::MergedChannels);
        galley.start(QStringLiteral(GALLEY_BINARY), { asUrl ? QUrl::fromLocalFile(path).toString() : path });
        QVERIFY(galley.waitForStarted());
        QTRY_VERIFY2_WITH_TIMEOUT(QFileInfo::exists(log) || galley.state() != QProcess::Running,
            "Galley never opened the newsroom", 60000);
        QVERIFY2(galley.state() == QProcess::Running, galley.readAll().constData());

        ::kill(pid_t(galley.processId()), SIGTERM);
        QVERIFY2(galley.waitForFinished(30000), "Galley went on after SIGTERM");
        const QByteArray output = galley.readAll();
        QVERIFY2(galley.exitStatus() == QProcess::NormalExit && galley.exitCode() == 0, output.constData());
        // That newsroom, not the demo newsroom Galley makes when it is given none.
        QVERIFY(QFileInfo::exists(path));
        galley::Database opened;
        QCOMPARE(opened.open(path), galley::Database::Status::Ok);
        QDirIterator data(home.filePath(QStringLiteral("data")), { QStringLiteral("*.galley") }, QDir::Files,
            QDirIterator::Subdirectories);
        QVERIFY2(!data.hasNext(), qPrintable(data.hasNext() ? data.next() : QString()));
    }

    void qtsOwnOptionsAreNotCommands()
    {
        // -style and -platform belong to Qt (the window takes them): not an unknown command.
        const Run run = runGalley({ QStringLiteral("-style"), QStringLiteral("fusion"), QStringLiteral("-platform"),
            QStringLiteral("offscreen"), QStringLiteral("--version") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("galley "), run.out.constData());
    }

    void aCommandAfterGalleysOwnOptionsRuns()
    {
        const Run run = runGalley(
            { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("list"), QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(helpOptions(QString::fromUtf8(run.out)).contains(QStringLiteral("--status")), run.out.constData());
    }

    void completionOffersTheCommands()
    {
        const Run run = runGalley({ QStringLiteral("--completion"), QStringLiteral("bash") });
        QCOMPARE(run.exitCode, 0);
        const QString script = QString::fromUtf8(run.out);
        QStringList expected = Commands;
        expected.sort();
        QCOMPARE(complete(script, { QStringLiteral("galley"), QString() }), expected);
        QCOMPARE(complete(script, { QStringLiteral("galley"), QStringLiteral("re") }),
            (QStringList { QStringLiteral("reject"), QStringLiteral("reopen"), QStringLiteral("reply"),
                QStringLiteral("resolve"), QStringLiteral("revise") }));
        QCOMPARE(complete(script, { QStringLiteral("galley"), QStringLiteral("--lang"), QString() }),
            (QStringList { QStringLiteral("en"), QStringLiteral("zh_CN") }));
        // The value of an option is left to bash's own completion (files), not offered commands.
        QCOMPARE(
            complete(script, { QStringLiteral("galley"), QStringLiteral("list"), QStringLiteral("--db"), QString() }),
            QStringList());
    }

    void completionOffersEachCommandsOptions_data() { everyCommandExplainsItself_data(); }

    void completionOffersEachCommandsOptions()
    {
        QFETCH(QString, command);
        const Run script = runGalley({ QStringLiteral("--completion"), QStringLiteral("bash") });
        QCOMPARE(script.exitCode, 0);
        const Run help = runGalley({ command, QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QStringList expected = helpOptions(QString::fromUtf8(help.out)).values();
        expected.sort();
        QVERIFY(expected.size() >= 2);
        QCOMPARE(complete(QString::fromUtf8(script.out), { QStringLiteral("galley"), command, QStringLiteral("--") }),
            expected);
    }

    void theBuildInstallsTheCompletionAndTheManualPage()
    {
        const Run script = runGalley({ QStringLiteral("--completion"), QStringLiteral("bash") });
        QCOMPARE(script.exitCode, 0);
        QCOMPARE(
            readFile(sharePath(QStringLiteral("bash-completion/completions/galley"))), QString::fromUtf8(script.out));

        const QString page = readFile(sharePath(QStringLiteral("man/man1/galley.1")));
        QVERIFY2(page.startsWith(QLatin1String(".\\\"")) && page.contains(QLatin1String("\n.TH GALLEY 1 ")),
            qPrintable(page.left(200)));
        for (const QString &command : Commands) {
            const qsizetype section = page.indexOf(QStringLiteral("\n.SS \"galley %1 ").arg(command));
            QVERIFY2(section >= 0, qPrintable(command));
            // Its options come with it: --help at least, before the next command's section.
            const qsizetype next = page.indexOf(QLatin1String("\n.SS "), section + 1);
            QVERIFY2(
                page.mid(section, next - section).contains(QLatin1String("\\fB\\-\\-help\\fR")), qPrintable(command));
        }
    }

    void theManualPageFormats()
    {
        const QString man = QStandardPaths::findExecutable(QStringLiteral("man"));
        if (man.isEmpty())
            QSKIP("man is not installed");
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("100"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(man,
            { QStringLiteral("--warnings"), QStringLiteral("-l"), QStringLiteral("-P"), QStringLiteral("cat"),
                sharePath(QStringLiteral("man/man1/galley.1")) });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        const QString warnings = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(warnings.trimmed().isEmpty(), qPrintable(warnings));
        // The window, on a newsroom named alone (as the desktop entry starts it).
        QVERIFY2(text.contains(QLatin1String("galley [options] [newsroom]")), qPrintable(text.left(600)));
        for (const QString &command : Commands)
            QVERIFY2(text.contains(QStringLiteral("galley %1 [options]").arg(command)), qPrintable(command));
        QVERIFY2(text.contains(QLatin1String("--status <state>")) || text.contains(QLatin1String("--status state")),
            qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_commandline.moc"
