// galley lint as a desk runs it on the sample wire copy: JSON lines, --fix as one revision by the
// copy desk, --annotate once per finding, exit codes 0/1/2, a bad house-style file named.
#include "storage/copydeskrepository.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "galleyprocess.h"

namespace {

/// Half-width marks in Chinese text in the sample's body, and its two unfinished paragraphs.
constexpr int SampleHalfWidth = 57;
constexpr int SampleUnfinished = 2;

QStringList lintArguments(const QString &db, qint64 id, const QStringList &more = {})
{
    return QStringList { QStringLiteral("lint"), QStringLiteral("--db"), db, QStringLiteral("--id"),
        QString::number(id) }
    + more;
}

} // namespace

class LintCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("lint-%1.galley").arg(m_counter++));
        const Run imported = runGalley({ QStringLiteral("import"), QStringLiteral("--db"), m_db,
            QStringLiteral(GALLEY_TEST_DATA "/wire-nmg-cadres-2025-03-18.txt") });
        QCOMPARE(imported.exitCode, 0);
        m_id = jsonLines(imported.out).value(0).value(QStringLiteral("id")).toInteger();
        QVERIFY(m_id > 0);
    }

    void jsonLinesOfTheSample()
    {
        const Run run = runGalley(lintArguments(m_db, m_id, { QStringLiteral("--json") }));
        QCOMPARE(run.exitCode, 1); // half-width punctuation is an error
        const QList<QJsonObject> findings = jsonLines(run.out);
        QCOMPARE(findings.size(), SampleHalfWidth + SampleUnfinished);
        const QString body = bodyText();
        const QList<uint> codePoints = body.toUcs4();
        int halfWidth = 0;
        for (const QJsonObject &finding : findings) {
            QCOMPARE(finding.value(QStringLiteral("article_id")).toInteger(), m_id);
            const qint64 start = finding.value(QStringLiteral("start")).toInteger(-1);
            const qint64 end = finding.value(QStringLiteral("end")).toInteger(-1);
            QVERIFY(start >= 0 && start < end && end <= codePoints.size());
            const QList<uint> slice = codePoints.mid(start, end - start);
            QCOMPARE(finding.value(QStringLiteral("text")).toString(),
                QString::fromUcs4(reinterpret_cast<const char32_t *>(slice.constData()), slice.size()));
            QVERIFY(!finding.value(QStringLiteral("message")).toString().isEmpty());
            const QString rule = finding.value(QStringLiteral("rule")).toString();
            if (rule == QLatin1String("halfwidth-punctuation")) {
                ++halfWidth;
                QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
                QVERIFY(finding.value(QStringLiteral("fix")).isString());
            } else {
                QCOMPARE(rule, QStringLiteral("paragraph-end"));
                QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
                QVERIFY(finding.value(QStringLiteral("fix")).isNull());
            }
        }
        QCOMPARE(halfWidth, SampleHalfWidth);

        const Run text = runGalley(lintArguments(m_db, m_id));
        QCOMPARE(text.exitCode, 1);
        QCOMPARE(text.out.count('\n'), SampleHalfWidth + SampleUnfinished);
        const Run chinese = runGalley(
            lintArguments(m_db, m_id, { QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("zh_CN") }));
        QVERIFY2(jsonLines(chinese.out)
                     .value(0)
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("全角")),
            chinese.out.constData());
    }

    void fixSavesOneRevisionByTheCopyDesk()
    {
        const int revisionsBefore = revisions().size();
        const Run fixed = runGalley(lintArguments(m_db, m_id, { QStringLiteral("--json"), QStringLiteral("--fix") }));
        QCOMPARE(fixed.exitCode, 0); // only the unfinished paragraphs are left, warnings
        const QList<QJsonObject> left = jsonLines(fixed.out);
        QCOMPARE(left.size(), SampleUnfinished);
        QVERIFY2(fixed.err.contains(QStringLiteral("Galley copy desk")), qPrintable(fixed.err));
        QVERIFY(bodyText().contains(QStringLiteral("近3/4，开到旗县的会议减少48.4%；自治区、盟市、旗县（市区）对下")));
        const QJsonArray after = revisions();
        QCOMPARE(after.size(), revisionsBefore + 1);
        QVERIFY2(QJsonDocument(after).toJson().contains("Galley copy desk"), QJsonDocument(after).toJson().constData());

        // Nothing left to fix: no second revision.
        const Run again = runGalley(lintArguments(m_db, m_id, { QStringLiteral("--fix") }));
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(!again.err.contains(QStringLiteral("revision")), qPrintable(again.err));
        QCOMPARE(revisions().size(), revisionsBefore + 1);
    }

    void annotateLeavesEachFindingOnce()
    {
        const QStringList arguments { QStringLiteral("--json"), QStringLiteral("--annotate") };
        const Run first = runGalley(lintArguments(m_db, m_id, arguments));
        QCOMPARE(first.exitCode, 1);
        QCOMPARE(copyDeskComments(), SampleHalfWidth + SampleUnfinished);
        const QList<QJsonObject> firstLines = jsonLines(first.out);
        const Run second = runGalley(lintArguments(m_db, m_id, arguments));
        QCOMPARE(second.exitCode, 1);
        QCOMPARE(copyDeskComments(), SampleHalfWidth + SampleUnfinished);
        const QList<QJsonObject> secondLines = jsonLines(second.out);
        QCOMPARE(secondLines.size(), firstLines.size());
        for (qsizetype i = 0; i < firstLines.size(); ++i) {
            QVERIFY(firstLines.at(i).value(QStringLiteral("annotation")).toInteger() > 0);
            QCOMPARE(secondLines.at(i).value(QStringLiteral("annotation")),
                firstLines.at(i).value(QStringLiteral("annotation")));
        }
    }

    void selectionsAndUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("nominal: --all") << QStringList { QStringLiteral("--all") } << 1 << QString();
        QTest::addRow("nominal: --status draft")
            << QStringList { QStringLiteral("--status"), QStringLiteral("draft") } << 1 << QString();
        QTest::addRow("nominal: no article in the state")
            << QStringList { QStringLiteral("--status"), QStringLiteral("published") } << 0 << QString();
        QTest::addRow("usage: no selection") << QStringList {} << 2 << QStringLiteral("--id, --status or --all");
        QTest::addRow("usage: two selections") << QStringList { QStringLiteral("--all"), QStringLiteral("--id"),
            QStringLiteral("1") } << 2 << QStringLiteral("--id, --status or --all");
        QTest::addRow("usage: unknown status")
            << QStringList { QStringLiteral("--status"), QStringLiteral("bogus") } << 2 << QStringLiteral("bogus");
        QTest::addRow("usage: bad id") << QStringList { QStringLiteral("--id"), QStringLiteral("x") } << 2
                                       << QStringLiteral("\"x\"");
        QTest::addRow("failure: no such article") << QStringList { QStringLiteral("--id"), QStringLiteral("99") } << 1
                                                  << QStringLiteral("no article with id 99");
    }

    void selectionsAndUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = runGalley(QStringList { QStringLiteral("lint"), QStringLiteral("--db"), m_db } + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void houseStyleFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("house.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"rules": {"halfwidth-punctuation": {"enabled": false}}})");
        file.close();
        const Run off
            = runGalley(lintArguments(m_db, m_id, { QStringLiteral("--json"), QStringLiteral("--house-style"), path }));
        QCOMPARE(off.exitCode, 0);
        QCOMPARE(jsonLines(off.out).size(), SampleUnfinished);

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"rules": {"paragraph-end": {"severity": "fatal"}}})");
        file.close();
        const Run bad = runGalley(lintArguments(m_db, m_id, { QStringLiteral("--house-style"), path }));
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(path + QStringLiteral(": rules.paragraph-end.severity:")), qPrintable(bad.err));
        QVERIFY(bad.out.isEmpty());
    }

    // Without --house-style, the newsroom's own (Preferences > House Style) decides.
    void newsroomHouseStyle()
    {
        {
            galley::Database database;
            QCOMPARE(database.open(m_db), galley::Database::Status::Ok);
            QVERIFY(galley::CopyDeskRepository(database).setHouseStyleJson(
                R"({"rules": {"halfwidth-punctuation": {"enabled": false}}})", QStringLiteral("陈曲")));
        }
        const Run run = runGalley(lintArguments(m_db, m_id, { QStringLiteral("--json") }));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(jsonLines(run.out).size(), SampleUnfinished);
        {
            galley::Database database;
            QCOMPARE(database.open(m_db), galley::Database::Status::Ok);
            QVERIFY(galley::CopyDeskRepository(database).setHouseStyleJson(R"({"rules": {"dash": 3}})", QStringLiteral("陈曲")));
        }
        const Run bad = runGalley(lintArguments(m_db, m_id, {}));
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("(its house style): rules.dash:")), qPrintable(bad.err));
        QVERIFY(bad.out.isEmpty());
    }

private:
    QJsonObject shown()
    {
        const Run run = runGalley(
            { QStringLiteral("show"), QStringLiteral("--db"), m_db, QStringLiteral("--json"), QString::number(m_id) });
        return QJsonDocument::fromJson(run.out).object();
    }

    QString bodyText() { return shown().value(QStringLiteral("body_text")).toString(); }

    int copyDeskComments()
    {
        int count = 0;
        for (const QJsonValue &thread : shown().value(QStringLiteral("annotations")).toArray()) {
            if (thread.toObject().value(QStringLiteral("author")).toString() == QLatin1String("Galley copy desk"))
                ++count;
        }
        return count;
    }

    QJsonArray revisions()
    {
        const Run run = runGalley({ QStringLiteral("history"), QStringLiteral("--db"), m_db, QStringLiteral("--id"),
            QString::number(m_id), QStringLiteral("--json") });
        QJsonArray array;
        for (const QJsonObject &line : jsonLines(run.out))
            array.append(line);
        return array;
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_db;
    qint64 m_id = 0;
};

QTEST_GUILESS_MAIN(LintCliTest)
#include "tst_lintcli.moc"
