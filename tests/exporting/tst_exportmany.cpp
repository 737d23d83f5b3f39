// Many articles exported at once (300 generated articles of about 3,000 characters, each
// related to the one before): with 1 and 2 jobs, without and with transforms (Simplified to
// Traditional, punctuation), every article gets its page and the index its own. The export's
// speed is galley-bench's (tools/bench.sh: "export site bundle"), not measured here (issue 17).

#include "exporttestsupport.h"

#include "exporting/exporter.h"

#include <QFileInfo>

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

} // namespace

class TestExportMany : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyArticleGetsItsPage_data()
    {
        QTest::addColumn<int>("jobs");
        QTest::addColumn<bool>("transforms");
        QTest::newRow("1 job") << 1 << false;
        QTest::newRow("1 job, s2t + punctuation") << 1 << true;
        QTest::newRow("2 jobs") << 2 << false;
        QTest::newRow("2 jobs, s2t + punctuation") << 2 << true;
    }

    void everyArticleGetsItsPage()
    {
        QFETCH(int, jobs);
        QFETCH(bool, transforms);
        const int count = 300;
        TestNewsroom scratch;
        {
            Database database;
            QVERIFY(database.open(scratch.path()) == Database::Status::Ok);
            fill(database, count);
            if (QTest::currentTestFailed())
                return;
        }
        ExportOptions options;
        options.format = ExportFormat::Site;
        options.jobs = jobs;
        if (transforms) {
            options.conversion = ChineseConversion::S2T;
            options.fixPunctuation = true;
        }
        options.outputDirectory = scratch.outputPath(QStringLiteral("site"));
        const ExportSummary summary = Exporter(scratch.path(), ExportSelection{{}, std::nullopt, true}, options).run();
        QVERIFY2(summary.ok, qPrintable(summary.errors.join(QLatin1Char('\n'))));
        QCOMPARE(summary.exported, count);
        QCOMPARE(QDir(options.outputDirectory).entryList({QStringLiteral("*.html")}).size(), count + 1);
        // The transforms reached the pages: Traditional characters and full-width punctuation.
        QFile page(QDir(options.outputDirectory).filePath(QStringLiteral("article-number-7.html")));
        QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.fileName()));
        const QString html = QString::fromUtf8(page.readAll());
        QCOMPARE(html.contains(QStringLiteral("內蒙古")), transforms);
        QCOMPARE(html.contains(QStringLiteral("内蒙古")), !transforms);
    }
};

QTEST_GUILESS_MAIN(TestExportMany)
#include "tst_exportmany.moc"
