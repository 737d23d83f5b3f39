// tools/readme-table.py: the README's benchmark table is galley-bench's own output, put between
// two markers by tools/bench.sh --readme, and nothing else of the README changes.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray Begin = "<!-- galley-bench table begin: tools/bench.sh --readme writes what follows; do not edit by hand -->";
const QByteArray End = "<!-- galley-bench table end -->";

struct Run {
    int exitCode = -1;
    QByteArray err;
};

const QByteArray PeersBegin
    = "<!-- gui-peers table begin: tools/bench.sh --gui-peers --readme writes what follows; do not edit by hand -->";
const QByteArray PeersEnd = "<!-- gui-peers table end -->";

Run splice(const QString &readme, const QString &table, const QString &name = QString())
{
    QProcess process;
    QStringList arguments{ QStringLiteral(GALLEY_SOURCE_DIR "/tools/readme-table.py"), readme, table };
    if (!name.isEmpty())
        arguments << name;
    process.start(QStringLiteral("python3"), arguments);
    if (!process.waitForFinished(30000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardError() };
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray Table = "galley-bench run of 2026-12-07 07:00 UTC: 200 full articles, 2000 list articles, 1 repetitions, "
                         "3 soak seconds; 2 logical CPUs, load average (1, 5, 15 min) 0.10, 0.20, 0.30 at the start and "
                         "0.90, 0.50, 0.40 at the end.\n\n"
                         "| path | size | budget | median | result |\n|---|---|---|---|---|\n"
                         "| search: 草 | 200 articles | < 150 ms | 3.1 ms | pass |\n";

} // namespace

class ReadmeTableTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replacesOnlyWhatIsBetweenTheMarkers()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString readme = dir.filePath(QStringLiteral("README.md"));
        const QString table = dir.filePath(QStringLiteral("table.md"));
        const QByteArray before = "# Galley 新闻编辑器\n\nLatest run:\n\n";
        const QByteArray after = "\n\nWhat is over budget, and why: 旗帜鲜明 …\n";
        QVERIFY(write(readme, before + Begin + "\n| path | size | budget | median | result |\n|---|---|---|---|---|\n"
                                  "| typed by hand | x | < 1 ms | 0.1 ms | pass |\n" + End + after));
        QVERIFY(write(table, Table));
        const Run run = splice(readme, table);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(read(readme), before + Begin + '\n' + Table + End + after);

        // A second run with the same table changes nothing.
        QCOMPARE(splice(readme, table).exitCode, 0);
        QCOMPARE(read(readme), before + Begin + '\n' + Table + End + after);
    }

    // tools/bench.sh --gui-peers --readme: the measurement from outside has its own markers; the
    // galley-bench table beside it stays as it was, and the other way round.
    void eachTableHasItsOwnMarkers()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString readme = dir.filePath(QStringLiteral("README.md"));
        const QString table = dir.filePath(QStringLiteral("table.md"));
        const QString peers = dir.filePath(QStringLiteral("peers.md"));
        const QByteArray peersTable = "gui-peers run of 2026-12-07 15:00 UTC: Xvfb 1920x1080\n\n"
                                      "| path, from outside | Galley | ghostwriter | ratio | budget | result |\n"
                                      "|---|---|---|---|---|---|\n| key -> editor repaint, median | 3.5 ms | 24.6 ms | 0.14 | < 10 ms | ok |\n";
        const QByteArray oldBench = "\n| path | typed |\n|---|---|\n";
        QVERIFY(write(readme, "# Galley\n" + Begin + oldBench + End + "\n\n" + PeersBegin + "\nold\n" + PeersEnd + "\n"));
        QVERIFY(write(table, Table));
        QVERIFY(write(peers, peersTable));
        Run run = splice(readme, peers, QStringLiteral("gui-peers"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(read(readme), "# Galley\n" + Begin + oldBench + End + "\n\n" + PeersBegin + '\n' + peersTable + PeersEnd + "\n");
        run = splice(readme, table);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(read(readme), "# Galley\n" + Begin + '\n' + Table + End + "\n\n" + PeersBegin + '\n' + peersTable + PeersEnd + "\n");
        // A galley-bench table is not a gui-peers one, and an unknown name is refused.
        const QByteArray before = read(readme);
        run = splice(readme, table, QStringLiteral("gui-peers"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("holds no gui-peers table"), run.err.constData());
        run = splice(readme, peers, QStringLiteral("peers"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("usage"), run.err.constData());
        QCOMPARE(read(readme), before);
    }

    void leavesTheReadmeAloneOnBadInput_data()
    {
        QTest::addColumn<QByteArray>("readme");
        QTest::addColumn<QByteArray>("table");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("no markers") << QByteArray("# Galley\n| path | size |\n") << Table << QByteArray("begin marker is there 0 times");
        QTest::newRow("no end marker") << QByteArray("x\n" + Begin + "\nold\n") << Table << QByteArray("end marker is there 0 times");
        QTest::newRow("two tables") << QByteArray(Begin + "\na\n" + End + "\n" + Begin + "\nb\n" + End + "\n") << Table
                                    << QByteArray("begin marker is there 2 times");
        QTest::newRow("end before begin") << QByteArray(End + "\nold\n" + Begin + "\n") << Table
                                          << QByteArray("end marker comes before the begin marker");
        QTest::newRow("empty table (a run that wrote nothing)") << QByteArray(Begin + "\nold\n" + End + "\n") << QByteArray()
                                                                << QByteArray("holds no galley-bench table");
    }

    void leavesTheReadmeAloneOnBadInput()
    {
        QFETCH(QByteArray, readme);
        QFETCH(QByteArray, table);
        QFETCH(QByteArray, reason);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString readmePath = dir.filePath(QStringLiteral("README.md"));
        const QString tablePath = dir.filePath(QStringLiteral("table.md"));
        QVERIFY(write(readmePath, readme));
        QVERIFY(write(tablePath, table));
        const Run run = splice(readmePath, tablePath);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(reason), run.err.constData());
        QVERIFY2(run.err.startsWith("readme-table: "), run.err.constData());
        QCOMPARE(read(readmePath), readme);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // no temporary left
    }

    // The project's README holds one table block, and it is a galley-bench run's: its measured
    // conditions line, then rows of five cells.
    void theReadmeHoldsOneRunsTable()
    {
        const QByteArray readme = read(QStringLiteral(GALLEY_SOURCE_DIR "/README.md"));
        QCOMPARE(readme.count(Begin), 1);
        QCOMPARE(readme.count(End), 1);
        const qsizetype start = readme.indexOf(Begin) + Begin.size();
        const QByteArray block = readme.mid(start, readme.indexOf(End) - start).trimmed();
        QVERIFY2(block.startsWith("galley-bench run of "), block.left(200).constData());
        const QList<QByteArray> lines = block.split('\n');
        int rows = 0;
        for (const QByteArray &line : lines) {
            if (!line.startsWith('|'))
                continue;
            QCOMPARE(line.count('|'), 6);
            ++rows;
        }
        QVERIFY2(rows > 40, QByteArray::number(rows).constData());

        // And one gui-peers block: a run from outside with Galley's budgets judged.
        QCOMPARE(readme.count(PeersBegin), 1);
        QCOMPARE(readme.count(PeersEnd), 1);
        const qsizetype peersStart = readme.indexOf(PeersBegin) + PeersBegin.size();
        const QByteArray peers = readme.mid(peersStart, readme.indexOf(PeersEnd) - peersStart).trimmed();
        QVERIFY2(peers.startsWith("gui-peers run of "), peers.left(200).constData());
        QVERIFY(peers.contains("| key -> editor repaint, median |"));
        QVERIFY(peers.contains("| exec -> first preview |"));
    }
};

QTEST_GUILESS_MAIN(ReadmeTableTest)
#include "tst_readmetable.moc"
