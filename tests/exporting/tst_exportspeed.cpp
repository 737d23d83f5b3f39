// Measures (reports, does not assert) site export throughput on generated articles of about
// 3,000 characters, with 1 and 2 jobs, without and with transforms. The default run is small
// enough for the test suite; for the numbers (issue 5: 10,000 articles):
//   GALLEY_EXPORT_BENCH_ARTICLES=10000   articles to generate
//   GALLEY_EXPORT_BENCH_NEWSROOM=<file>  keep the generated newsroom there (reused when it exists)
//   GALLEY_EXPORT_BENCH_RUNS=1,2,1t,2t   which runs (jobs, "t" = s2t + punctuation)
// Wall time depends on the disk and on what else the machine does; CPU seconds per article are
// the steadier figure. What it asserts is that every article got its page.

#include "exporttestsupport.h"

#include "exporting/exporter.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <sys/resource.h>
#include <QRandomGenerator>
#include <QTest>

using namespace galley;
using namespace galley::test;

namespace {

QString paragraph(QRandomGenerator &random, int characters)
{
    static const QString pool = QStringLiteral(
        "内蒙古坚持激励和约束双向发力在正向激励上出台激励干部担当作为措施和容错纠错意见旗帜鲜明地选拔敢作敢为锐意进取的干部"
        "为大胆创新务实肯干的干部撑腰鼓劲基层干部对文山会海过度留痕台账泛滥迎来送往频繁填表报数等问题反映强烈");
    QString text;
    text.reserve(characters + 16);
    while (text.size() < characters) {
        const int run = 8 + int(random.bounded(24));
        const int start = int(random.bounded(pool.size() - run));
        text += QStringView(pool).mid(start, run);
        text += random.bounded(5) == 0 ? QStringLiteral(",2025年%1月,").arg(1 + random.bounded(12)) : QStringLiteral("，");
    }
    return text + QStringLiteral("。");
}

// A canonical body (one block per line, each line ending in a newline) of six paragraphs of
// about 480 characters, some with a link or bold run, as the editor stores them.
QString body(QRandomGenerator &random)
{
    QString html;
    for (int p = 0; p < 6; ++p) {
        QString text = paragraph(random, 480);
        const quint32 kind = random.bounded(4);
        if (kind == 0)
            text = text.left(100) + QStringLiteral("<a href=\"https://news.example.com/2025/%1.html\">").arg(random.bounded(100000))
                + text.mid(100, 6) + QStringLiteral("</a>") + text.mid(106);
        else if (kind == 1)
            text = QStringLiteral("<strong>") + text.left(12) + QStringLiteral("</strong>") + text.mid(12);
        html += QStringLiteral("<p>") + text + QStringLiteral("</p>\n");
    }
    return html;
}

void fill(Database &database, int count)
{
    QRandomGenerator random(20250318);
    ArticleRepository repository(database);
    WriteTransaction transaction(database);
    QVERIFY(transaction.isActive());
    for (int i = 0; i < count; ++i) {
        Article article;
        article.title = QStringLiteral("第%1篇 ").arg(i) + paragraph(random, 16).left(18);
        article.slug = QStringLiteral("article-number-%1").arg(i);
        article.bodyHtml = body(random);
        article.source = QStringLiteral("内蒙古日报");
        article.editor = QStringLiteral("陈曲");
        article.tags = {QStringLiteral("基层减负")};
        article.publishAt = QStringLiteral("2025-03-%1T08:%2:00").arg(1 + i % 28, 2, 10, QLatin1Char('0')).arg(i % 60, 2, 10, QLatin1Char('0'));
        article.views = i;
        if (i > 0)
            article.related.append(related(qint64(i), QString())); // the previous article (ids start at 1)
        article.related.append(related(std::nullopt, QStringLiteral("外部文章"), paragraph(random, 100), QStringLiteral("2025-06-10T09:53:00"), 0));
        for (QString *field : {&article.subtitle, &article.summary, &article.byline, &article.desk})
            *field = nonNull(*field);
        QVERIFY2(repository.create(article), qPrintable(repository.errorString()));
    }
    QVERIFY(transaction.commit());
}

// CPU seconds of the whole process (all threads): what the export costs, whatever else the
// machine is busy with.
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

class TestExportSpeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void siteExport()
    {
        int count = qEnvironmentVariableIsSet("GALLEY_EXPORT_BENCH_ARTICLES")
            ? qEnvironmentVariableIntValue("GALLEY_EXPORT_BENCH_ARTICLES")
            : 300;
        const QString kept = qEnvironmentVariable("GALLEY_EXPORT_BENCH_NEWSROOM");
        const QStringList runs = qEnvironmentVariable("GALLEY_EXPORT_BENCH_RUNS", QStringLiteral("1,1t,2,2t")).split(QLatin1Char(','));
        TestNewsroom scratch;
        const QString path = kept.isEmpty() ? scratch.path() : kept;
        {
            Database database;
            const bool reuse = !kept.isEmpty() && QFileInfo::exists(kept);
            QVERIFY(database.open(path) == Database::Status::Ok);
            QElapsedTimer timer;
            timer.start();
            if (reuse) {
                QSqlQuery query(database.connection());
                QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM articles")) && query.next());
                count = query.value(0).toInt();
                qInfo("reusing %s: %d articles", qPrintable(path), count);
            } else {
                fill(database, count);
                if (QTest::currentTestFailed())
                    return;
                qInfo("generated %d articles in %lld ms", count, timer.elapsed());
            }
        }

        for (const QString &run : runs) {
            const int jobs = run.left(1).toInt();
            const bool transforms = run.endsWith(QLatin1Char('t'));
            ExportOptions options;
            options.format = ExportFormat::Site;
            options.jobs = jobs;
            if (transforms) {
                options.conversion = ChineseConversion::S2T;
                options.fixPunctuation = true;
            }
            options.outputDirectory = scratch.outputPath(QStringLiteral("site-%1").arg(run));
            const double cpuBefore = processCpuSeconds();
            const ExportSummary summary = Exporter(path, ExportSelection{{}, std::nullopt, true}, options).run();
            const double cpu = processCpuSeconds() - cpuBefore;
            QVERIFY2(summary.ok, qPrintable(summary.errors.join(QLatin1Char('\n'))));
            QCOMPARE(summary.exported, count);
            QCOMPARE(QDir(options.outputDirectory).entryList({QStringLiteral("*.html")}).size(), count + 1);
            qInfo("site export, %d job(s)%s: %d articles in %lld ms = %.0f articles/s; %.2f CPU s = %.0f articles per CPU second",
                  jobs, transforms ? ", s2t + punctuation" : "", count, summary.elapsedMs,
                  summary.elapsedMs > 0 ? 1000.0 * count / double(summary.elapsedMs) : 0.0, cpu, cpu > 0 ? count / cpu : 0.0);
        }
    }
};

QTEST_GUILESS_MAIN(TestExportSpeed)
#include "tst_exportspeed.moc"
