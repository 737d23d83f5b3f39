#include "exporttestsupport.h"

#include "exporting/exporter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace galley;
using namespace galley::test;

namespace {

// Validates files against the IPTC ninjs 2.2 schema (draft 2020-12) with python3-jsonschema,
// formats (date-time, uri when the checker is installed) included.
const char *validatorScript = R"(
import json, sys
from jsonschema import Draft202012Validator, FormatChecker
schema = json.load(open(sys.argv[1], encoding='utf-8'))
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema, format_checker=FormatChecker())
problems = 0
for path in sys.argv[2:]:
    for error in validator.iter_errors(json.load(open(path, encoding='utf-8'))):
        problems += 1
        print(path, '/'.join(str(p) for p in error.absolute_path), error.message)
print('checked', len(sys.argv) - 2, 'files')
sys.exit(1 if problems else 0)
)";

} // namespace

class TestNinjs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QProcess probe;
        probe.start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import jsonschema")});
        if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
            QFAIL("python3 with jsonschema (Debian python3-jsonschema) is needed to validate ninjs");
    }

    void everyExportedFileValidates_data()
    {
        QTest::addColumn<int>("conversion");
        QTest::addColumn<QString>("baseUrl");
        QTest::newRow("nominal: as stored, relative hrefs") << int(ChineseConversion::None) << QString();
        QTest::newRow("nominal: Traditional, absolute hrefs") << int(ChineseConversion::S2T) << QStringLiteral("https://news.example.cn/2025/");
    }
    void everyExportedFileValidates()
    {
        QFETCH(int, conversion);
        QFETCH(QString, baseUrl);
        TestNewsroom newsroom;
        const qint64 sample = newsroom.add(sampleArticle());
        const QString png = newsroom.addAsset(tinyPng(), QStringLiteral("image/png"));
        Article pictured;
        pictured.title = QStringLiteral("Metro line 6 opens");
        pictured.subtitle = QStringLiteral("Twelve stations");
        pictured.byline = QStringLiteral("Li Xiaoming");
        pictured.bodyHtml = QStringLiteral("<p>The line opened today.</p>\n<figure><img src=\"asset:%1\" alt=\"Train\">\n"
                                           "<figcaption>The first train</figcaption></figure>").arg(png);
        pictured.tags = {QStringLiteral("transport"), QStringLiteral("metro")};
        pictured.status = WorkflowState::Approved;
        pictured.publishAt = QStringLiteral("2025-03-28T09:00:00+08:00");
        pictured.related = {related(sample, QString()), related(std::nullopt, QStringLiteral("External"), QStringLiteral("Elsewhere"),
                                                                  QStringLiteral("2025-01-01T00:00:00"), 5,
                                                                  QStringLiteral("https://example.com/x"))};
        const qint64 english = newsroom.add(pictured);
        Article bare;
        bare.title = QStringLiteral("草稿");
        const qint64 draft = newsroom.add(bare);

        ExportOptions options;
        options.format = ExportFormat::Ninjs;
        options.conversion = ChineseConversion(conversion);
        options.baseUrl = baseUrl;
        options.outputDirectory = newsroom.outputPath(QStringLiteral("ninjs"));
        const ExportSummary summary = Exporter(newsroom.path(), ExportSelection{{sample, english, draft}, std::nullopt, false}, options).run();
        QVERIFY2(summary.ok, qPrintable(summary.errors.join(QLatin1Char('\n'))));

        QStringList files;
        for (const WrittenFile &file : summary.files) {
            if (file.relativePath.endsWith(QLatin1String(".json")))
                files.append(file.absolutePath);
        }
        QCOMPARE(files.size(), 3);
        QVERIFY(QFile::exists(options.outputDirectory + QStringLiteral("/assets/") + png + QStringLiteral(".png")));

        QProcess python;
        python.setProcessChannelMode(QProcess::MergedChannels);
        python.start(QStringLiteral("python3"), QStringList{QStringLiteral("-c"), QString::fromUtf8(validatorScript),
                                                            exportData(QStringLiteral("ninjs-schema_2.2.json"))} + files);
        QVERIFY(python.waitForFinished(60000));
        const QString report = QString::fromUtf8(python.readAll());
        QVERIFY2(python.exitCode() == 0, qPrintable(report));

        // What a wire consumer reads.
        const QJsonObject item = QJsonDocument::fromJson(readFile(files.at(1))).object();
        QCOMPARE(item.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        QCOMPARE(item.value(QStringLiteral("pubstatus")).toString(), QStringLiteral("usable"));
        QCOMPARE(item.value(QStringLiteral("contentcreated")).toString(), QStringLiteral("2025-03-28T09:00:00+08:00"));
        QCOMPARE(item.value(QStringLiteral("by")).toString(), QStringLiteral("Li Xiaoming"));
        const QJsonArray associations = item.value(QStringLiteral("associations")).toArray();
        QCOMPARE(associations.size(), 3);
        QCOMPARE(associations.at(0)[QStringLiteral("type")].toString(), QStringLiteral("picture"));
        QCOMPARE(associations.at(1)[QStringLiteral("uri")].toString(), QStringLiteral("urn:uuid:3f0c9a52-7d1e-4c0b-9a64-1b2f5e8d7c21"));
        const QJsonArray bodies = item.value(QStringLiteral("bodies")).toArray();
        QCOMPARE(bodies.size(), 2);
        QCOMPARE(bodies.at(1)[QStringLiteral("contenttype")].toString(), QStringLiteral("text/plain"));
        QVERIFY(bodies.at(1)[QStringLiteral("charcount")].toDouble() > 0);
        const QJsonObject chinese = QJsonDocument::fromJson(readFile(files.at(0))).object();
        QCOMPARE(chinese.value(QStringLiteral("language")).toString(),
                 conversion == int(ChineseConversion::S2T) ? QStringLiteral("zh-Hant") : QStringLiteral("zh-Hans"));
        QCOMPARE(chinese.value(QStringLiteral("subjects")).toArray().size(), 3);
        const QJsonObject pending = QJsonDocument::fromJson(readFile(files.at(2))).object();
        QCOMPARE(pending.value(QStringLiteral("pubstatus")).toString(), QStringLiteral("withheld"));
    }
};

QTEST_GUILESS_MAIN(TestNinjs)
#include "tst_ninjs.moc"
