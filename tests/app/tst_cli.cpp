// The galley command line as a script or a machine reviewer uses it: JSON out, exit codes 0/1/2.
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "galleyprocess.h"

namespace {

Run galley(const QStringList &arguments)
{
    return runGalley(arguments);
}

QByteArray sha(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cli-%1.galley").arg(m_counter++));
    }

    void importThenShowGivesEveryFieldOfTheSample()
    {
        const QString sample = QStringLiteral(GALLEY_TEST_DATA "/wire-nmg-cadres-2025-03-18.txt");
        const Run imported = galley({QStringLiteral("import"), QStringLiteral("--db"), m_db, sample});
        QCOMPARE(imported.exitCode, 0);
        const QList<QJsonObject> created = jsonLines(imported.out);
        QCOMPARE(created.size(), 1);
        const qint64 id = created.first().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(created.first().value(QStringLiteral("title")).toString(), QStringLiteral("不适宜担任现职,448名干部被调整"));

        const Run shown = galley({QStringLiteral("show"), QStringLiteral("--db"), m_db, QStringLiteral("--json"), QString::number(id)});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject article = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(article.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(article.value(QStringLiteral("title")).toString(), QStringLiteral("不适宜担任现职,448名干部被调整"));
        QCOMPARE(article.value(QStringLiteral("views")).toInteger(-1), 0);
        QCOMPARE(article.value(QStringLiteral("publish_at")).toString(), QStringLiteral("2025-03-18T08:18:00"));
        QCOMPARE(article.value(QStringLiteral("source")).toString(), QStringLiteral("内蒙古日报 看齐综合"));
        QCOMPARE(article.value(QStringLiteral("editor")).toString(), QStringLiteral("陈曲"));
        QCOMPARE(article.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(article.value(QStringLiteral("version")).toInteger(), 1);
        QVERIFY(!article.value(QStringLiteral("uuid")).toString().isEmpty());
        QVERIFY(!article.value(QStringLiteral("slug")).toString().isEmpty());
        const QString body = article.value(QStringLiteral("body_text")).toString();
        QVERIFY(body.startsWith(QStringLiteral("《内蒙古日报》近日转发")));
        QVERIFY(body.contains(QStringLiteral("允许如实报告说明情况,上级重新研究后再作安排")));
        QVERIFY2(!body.contains(QStringLiteral("稿件来源")), "the source line is a field, not body text");
        QVERIFY2(!body.contains(QStringLiteral("相关文章")), "related articles are entries, not body text");
        QVERIFY(article.value(QStringLiteral("body_html")).toString().startsWith(QStringLiteral("<p>")));
        const QJsonObject stats = article.value(QStringLiteral("stats")).toObject();
        QCOMPARE(stats.value(QStringLiteral("paragraphs")).toInteger(), 8);
        // Independent count: Han characters by Unicode script, and every non-space character.
        qint64 han = 0;
        qint64 nonSpace = 0;
        for (const char32_t c : body.toUcs4()) {
            han += QChar::script(c) == QChar::Script_Han ? 1 : 0;
            nonSpace += QChar::isSpace(c) ? 0 : 1;
        }
        QVERIFY(han > 1000);
        QCOMPARE(stats.value(QStringLiteral("cjk_characters")).toInteger(), han);
        QCOMPARE(stats.value(QStringLiteral("characters")).toInteger(), nonSpace);

        const QJsonArray related = article.value(QStringLiteral("related")).toArray();
        QCOMPARE(related.size(), 5);
        const QJsonObject first = related.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("title")).toString(),
                 QStringLiteral("聚焦部署 精研业务——内蒙古农商银行正蓝旗支行开展信贷业务专题培训"));
        QVERIFY(first.value(QStringLiteral("summary")).toString().startsWith(QStringLiteral("6月4日,内蒙古农商银行正蓝旗支行")));
        QCOMPARE(first.value(QStringLiteral("published_at")).toString(), QStringLiteral("2025-06-10T09:53:00"));
        QCOMPARE(first.value(QStringLiteral("views")).toInteger(-1), 0);
        QVERIFY(first.value(QStringLiteral("article_id")).isNull());
        QCOMPARE(related.at(4).toObject().value(QStringLiteral("published_at")).toString(), QStringLiteral("2025-05-20T04:58:00"));
    }

    void listFiltersAndSearches()
    {
        const QString sample = QStringLiteral(GALLEY_TEST_DATA "/wire-nmg-cadres-2025-03-18.txt");
        QCOMPARE(galley({QStringLiteral("import"), QStringLiteral("--db"), m_db, sample}).exitCode, 0);

        const auto list = [&](const QStringList &extra) {
            const Run run = galley(QStringList{QStringLiteral("list"), QStringLiteral("--db"), m_db, QStringLiteral("--json")} + extra);
            return std::make_pair(run.exitCode, jsonLines(run.out));
        };
        QCOMPARE(list({}).second.size(), 1);
        QCOMPARE(list({QStringLiteral("--status"), QStringLiteral("draft")}).second.size(), 1);
        QCOMPARE(list({QStringLiteral("--status"), QStringLiteral("published")}).second.size(), 0);
        // one-, two- and four-character Chinese queries, and one that is not in the text
        for (const QString &query : {QStringLiteral("馍"), QStringLiteral("干部"), QStringLiteral("基层减负")}) {
            const auto [code, rows] = list({QStringLiteral("--search"), query});
            QCOMPARE(code, 0);
            QCOMPARE(rows.size(), 1);
            QVERIFY2(rows.first().value(QStringLiteral("snippet_html")).toString().contains(QStringLiteral("<mark>")), qPrintable(query));
        }
        QCOMPARE(list({QStringLiteral("--search"), QStringLiteral("足球")}).second.size(), 0);
        QCOMPARE(list({QStringLiteral("--status"), QStringLiteral("nonsense")}).first, 2);
    }

    // A row written by another program (psql, sqlite3, an older Galley) with terminal escapes in
    // its title and byline: no page, text export or line printed carries them (#15).
    void controlCharactersInTheDatabaseNeverReachAPage()
    {
        const QString sample = QStringLiteral(GALLEY_TEST_DATA "/wire-nmg-cadres-2025-03-18.txt");
        QCOMPARE(galley({QStringLiteral("import"), QStringLiteral("--db"), m_db, sample}).exitCode, 0);
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {m_db,
            QStringLiteral("UPDATE articles SET title = 'X' || char(27) || ']0;pwned' || char(7) || 'Y', "
                           "byline = char(27) || '[31m' || char(155) || 'red' WHERE id = 1")});
        QVERIFY2(sqlite.waitForFinished(30000) && sqlite.exitCode() == 0, sqlite.readAllStandardError().constData());

        for (const QString &format : {QStringLiteral("html"), QStringLiteral("text")}) {
            const QString out = m_dir.filePath(QStringLiteral("controls-") + format);
            const Run exported = galley({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--all"),
                QStringLiteral("--format"), format, QStringLiteral("--out"), out});
            QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
            // The progress line names the article without its escapes.
            QVERIFY2(exported.err.contains(QStringLiteral("]0;pwned")), qPrintable(exported.err));
            QVERIFY(!exported.err.contains(QChar(0x1b)) && !exported.err.contains(QChar(0x07)));
            QByteArray pages;
            for (const QString &name : QDir(out).entryList(QDir::Files)) {
                QFile file(QDir(out).filePath(name));
                QVERIFY(file.open(QIODevice::ReadOnly));
                pages += file.readAll();
            }
            QVERIFY2(pages.contains("X]0;pwnedY"), qPrintable(format));
            QVERIFY2(pages.contains("[31mred"), qPrintable(format));
            for (const char control : {'\x1b', '\x07'})
                QVERIFY2(!pages.contains(control), qPrintable(format));
            QVERIFY(!pages.contains("\xc2\x9b")); // U+009B, a C1 control sequence introducer
            if (format == QLatin1String("html"))
                QVERIFY2(pages.contains("<title>X]0;pwnedY"), pages.left(600).constData());
        }
    }

    void badFilesAreReportedAndTheOthersStillGoIn()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.txt"));
        QFile(empty).open(QIODevice::WriteOnly);
        const QString binary = m_dir.filePath(QStringLiteral("photo.txt"));
        {
            QFile file(binary);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20));
        }
        const QString sample = QStringLiteral(GALLEY_TEST_DATA "/wire-nmg-cadres-2025-03-18.txt");
        const Run run = galley({QStringLiteral("import"), QStringLiteral("--db"), m_db, empty, binary, sample});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(jsonLines(run.out).size(), 1);
        QVERIFY2(run.err.contains(QStringLiteral("empty.txt")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("photo.txt")), qPrintable(run.err));
        const Run listed = galley({QStringLiteral("list"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QCOMPARE(jsonLines(listed.out).size(), 1);
    }

    // Each article's line is printed when it is committed: an import killed half-way has told
    // its caller which articles went in.
    void importReportsEachArticleAsItIsStored()
    {
        const QString sample = QStringLiteral(GALLEY_TEST_DATA "/wire-nmg-cadres-2025-03-18.txt");
        // Slow files after it: markup at the parser's bound takes a second or more each.
        const QString slow = m_dir.filePath(QStringLiteral("deep.html"));
        {
            QFile file(slow);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("<html><body>" + QByteArray("<b>x").repeated(49000) + "</body></html>");
        }
        QStringList arguments { QStringLiteral("import"), QStringLiteral("--db"), m_db, sample };
        for (int i = 0; i < 40; ++i)
            arguments.append(slow);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GALLEY_BINARY), arguments);
        QVERIFY(process.waitForStarted());
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains('\n') && process.state() == QProcess::Running && timer.elapsed() < 30000) {
            process.waitForReadyRead(100);
            out += process.readAllStandardOutput();
        }
        const bool runningStill = process.state() == QProcess::Running;
        process.kill();
        process.waitForFinished();
        QVERIFY2(runningStill, "the import ended before the test could interrupt it");
        const QList<QJsonObject> lines = jsonLines(out.left(out.indexOf('\n') + 1));
        QCOMPARE(lines.size(), 1);
        const Run shown = galley({ QStringLiteral("show"), QStringLiteral("--db"), m_db,
            QString::number(lines.first().value(QStringLiteral("id")).toInteger()) });
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(QString::fromUtf8(shown.out).contains(QStringLiteral("448名干部")));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("usage: unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--frobnicate")} << 2;
        QTest::newRow("usage: show without id") << QStringList{QStringLiteral("show"), QStringLiteral("--db"), QStringLiteral("@DB@")} << 2;
        QTest::newRow("usage: import without files") << QStringList{QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("@DB@")} << 2;
        QTest::newRow("usage: no database") << QStringList{QStringLiteral("list"), QStringLiteral("--json")} << 2;
        QTest::newRow("failure: unknown id") << QStringList{QStringLiteral("show"), QStringLiteral("--db"), QStringLiteral("@DB@"), QStringLiteral("--json"), QStringLiteral("4242")} << 1;
        QTest::newRow("failure: missing file") << QStringList{QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("@DB@"), QStringLiteral("/nonexistent/wire.txt")} << 1;
        QTest::newRow("nominal: empty newsroom lists nothing") << QStringList{QStringLiteral("list"), QStringLiteral("--db"), QStringLiteral("@DB@"), QStringLiteral("--json")} << 0;
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        arguments.replaceInStrings(QStringLiteral("@DB@"), m_db);
        const Run run = galley(arguments);
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode != 0) {
            QVERIFY2(run.err.startsWith(QStringLiteral("galley: ")), qPrintable(run.err));
            QVERIFY(run.out.isEmpty());
        }
    }

    void refusesAFileThatIsNotANewsroomAndLeavesItAlone()
    {
        const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile file(notes);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Shopping list: rice, tea, paper.\n");
        }
        const QByteArray before = sha(notes);
        const Run run = galley({QStringLiteral("list"), QStringLiteral("--db"), notes, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("notes.txt")), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(sha(notes), before);
        QVERIFY(!QFile::exists(notes + QStringLiteral("-wal")));
    }

    void chineseMessagesWithLangZhCN()
    {
        const Run run = galley({QStringLiteral("show"), QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--db"),
                                m_db, QStringLiteral("--json"), QStringLiteral("7")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("不存在")), qPrintable(run.err));
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_db;
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
