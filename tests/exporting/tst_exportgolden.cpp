// Golden files: the sample article of shared/corpus exported with the default template in each
// format. To accept a deliberate change, regenerate them and review the diff:
//     tests/data/export/update-golden.sh <build-dir>
// (runs this test with GALLEY_UPDATE_GOLDEN=1, which rewrites tests/data/export/golden/).

#include "exporttestsupport.h"

#include "exporting/exporter.h"

#include <QTest>

using namespace galley;
using namespace galley::test;

namespace {

// A readable failure: the first line that differs, not two truncated blobs.
QString firstDifference(const QByteArray &actual, const QByteArray &expected)
{
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        const QByteArray left = i < a.size() ? a.at(i) : QByteArray("<end of file>");
        const QByteArray right = i < e.size() ? e.at(i) : QByteArray("<end of file>");
        if (left != right)
            return QStringLiteral("line %1\n  actual:   %2\n  expected: %3").arg(i + 1).arg(QString::fromUtf8(left), QString::fromUtf8(right));
    }
    return QString();
}

} // namespace

class TestExportGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sample_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("conversion");
        QTest::addColumn<bool>("punctuation");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("golden");
        const QString stem = QStringLiteral("bu-shi-yi-dan-ren-xian-zhi-448-ming-gan-bu-bei-tiao-zheng");
        QTest::newRow("nominal: html page") << int(ExportFormat::Html) << int(ChineseConversion::None) << false
                                            << stem + QStringLiteral(".html") << QStringLiteral("sample.html");
        QTest::newRow("nominal: site page") << int(ExportFormat::Site) << int(ChineseConversion::None) << false
                                            << stem + QStringLiteral(".html") << QStringLiteral("sample-site.html");
        QTest::newRow("nominal: site index") << int(ExportFormat::Site) << int(ChineseConversion::None) << false
                                             << QStringLiteral("index.html") << QStringLiteral("sample-index.html");
        QTest::newRow("nominal: ninjs") << int(ExportFormat::Ninjs) << int(ChineseConversion::None) << false
                                        << stem + QStringLiteral(".json") << QStringLiteral("sample.json");
        QTest::newRow("nominal: text") << int(ExportFormat::Text) << int(ChineseConversion::None) << false
                                       << stem + QStringLiteral(".txt") << QStringLiteral("sample.txt");
        QTest::newRow("transforms: Traditional with punctuation, html")
            << int(ExportFormat::Html) << int(ChineseConversion::S2T) << true << stem + QStringLiteral(".html")
            << QStringLiteral("sample-s2t.html");
        QTest::newRow("transforms: Traditional with punctuation, text")
            << int(ExportFormat::Text) << int(ChineseConversion::S2TW) << true << stem + QStringLiteral(".txt")
            << QStringLiteral("sample-s2tw.txt");
    }
    void sample()
    {
        QFETCH(int, format);
        QFETCH(int, conversion);
        QFETCH(bool, punctuation);
        QFETCH(QString, file);
        QFETCH(QString, golden);

        TestNewsroom newsroom;
        const qint64 id = newsroom.add(sampleArticle());
        ExportOptions options;
        options.format = ExportFormat(format);
        options.conversion = ChineseConversion(conversion);
        options.fixPunctuation = punctuation;
        options.outputDirectory = newsroom.outputPath(QStringLiteral("out"));
        Exporter exporter(newsroom.path(), ExportSelection{{id}, std::nullopt, false}, options);
        const ExportSummary summary = exporter.run();
        QVERIFY2(summary.ok, qPrintable(summary.errors.join(QLatin1Char('\n'))));

        const QByteArray actual = readFile(options.outputDirectory + QLatin1Char('/') + file);
        QVERIFY(!actual.isEmpty());
        const QString goldenPath = exportData(QStringLiteral("golden/") + golden);
        if (qEnvironmentVariableIsSet("GALLEY_UPDATE_GOLDEN")) {
            QDir().mkpath(QFileInfo(goldenPath).absolutePath());
            QFile out(goldenPath);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(actual);
            qInfo("updated %s", qPrintable(goldenPath));
            return;
        }
        const QByteArray expected = readFile(goldenPath);
        QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("missing golden file %1").arg(goldenPath)));
        QVERIFY2(actual == expected, qPrintable(golden + QStringLiteral(" differs at ") + firstDifference(actual, expected)));
    }
};

QTEST_GUILESS_MAIN(TestExportGolden)
#include "tst_exportgolden.moc"
