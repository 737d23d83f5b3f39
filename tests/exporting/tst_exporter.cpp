#include "exporttestsupport.h"

#include "exporting/exporter.h"
#include "exporting/pagedata.h"
#include "exporting/pagevalidator.h"
#include "exporting/pdfprinter.h"
#include "importing/importer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace galley;
using namespace galley::test;

namespace {

ExportSummary runExport(const QString &database, const ExportSelection &selection, const ExportOptions &options)
{
    return Exporter(database, selection, options).run();
}

ExportSelection ids(QList<qint64> list)
{
    return ExportSelection{std::move(list), std::nullopt, false};
}

ExportSelection all()
{
    return ExportSelection{{}, std::nullopt, true};
}

QString errors(const ExportSummary &summary)
{
    return summary.errors.join(QLatin1Char('\n'));
}

/// A small newsroom: the sample, an English article with a picture, both related to each
/// other, and a third article that only the sample points at.
struct SmallNewsroom {
    TestNewsroom newsroom;
    qint64 sample = 0;
    qint64 english = 0;
    qint64 third = 0;
    QString png;

    SmallNewsroom()
    {
        png = newsroom.addAsset(tinyPng(), QStringLiteral("image/png"));
        Article third_;
        third_.title = QStringLiteral("第三篇：旗县减负一年间");
        third_.slug = QStringLiteral("di-san-pian");
        third_.bodyHtml = QStringLiteral("<p>第三篇的第一段,讲基层减负。</p>");
        third_.publishAt = QStringLiteral("2025-03-20T10:00:00");
        third_.views = 12;
        third = newsroom.add(third_);

        Article english_;
        english_.title = QStringLiteral("Metro line 6 opens");
        english_.slug = QStringLiteral("metro-line-6-opens");
        english_.bodyHtml = QStringLiteral("<p>The line opened today.</p>\n<figure><img src=\"asset:%1\" alt=\"Train\">\n"
                                           "<figcaption>The first train</figcaption></figure>").arg(png);
        english_.publishAt = QStringLiteral("2025-03-28T09:00:00");
        english = newsroom.add(english_);

        Article sample_ = sampleArticle();
        sample_.related.prepend(related(english, QString()));
        sample_.related.prepend(related(third, QString()));
        sample = newsroom.add(sample_);
    }
};

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalInputGivesIdenticalBytes_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("nominal: html") << int(ExportFormat::Html);
        QTest::newRow("nominal: site") << int(ExportFormat::Site);
        QTest::newRow("nominal: ninjs") << int(ExportFormat::Ninjs);
        QTest::newRow("nominal: text") << int(ExportFormat::Text);
    }
    void identicalInputGivesIdenticalBytes()
    {
        QFETCH(int, format);
        SmallNewsroom small;
        ExportOptions options;
        options.format = ExportFormat(format);
        options.conversion = ChineseConversion::S2T;
        options.fixPunctuation = true;
        options.outputDirectory = small.newsroom.outputPath(QStringLiteral("first"));
        const ExportSummary first = runExport(small.newsroom.path(), all(), options);
        QVERIFY2(first.ok, qPrintable(errors(first)));

        options.outputDirectory = small.newsroom.outputPath(QStringLiteral("second"));
        options.jobs = 2; // the number of threads does not change a byte
        const ExportSummary second = runExport(small.newsroom.path(), all(), options);
        QVERIFY2(second.ok, qPrintable(errors(second)));

        const QMap<QString, QByteArray> a = readTree(small.newsroom.outputPath(QStringLiteral("first")));
        const QMap<QString, QByteArray> b = readTree(small.newsroom.outputPath(QStringLiteral("second")));
        QVERIFY(a.size() >= 4);
        QCOMPARE(a.keys(), b.keys());
        for (auto it = a.cbegin(); it != a.cend(); ++it)
            QVERIFY2(it.value() == b.value(it.key()), qPrintable(it.key()));

        // Exporting again into the same folder rewrites nothing.
        options.outputDirectory = small.newsroom.outputPath(QStringLiteral("first"));
        const ExportSummary again = runExport(small.newsroom.path(), all(), options);
        QVERIFY2(again.ok, qPrintable(errors(again)));
        for (const WrittenFile &file : again.files)
            QVERIFY2(file.unchanged, qPrintable(file.relativePath));
        QCOMPARE(readTree(options.outputDirectory), a);
    }

    void textFormatReadsBackAsWireCopy()
    {
        // The text format is wire copy: Galley's own importer reads it back field for field.
        TestNewsroom newsroom;
        const Article stored = sampleArticle();
        const qint64 id = newsroom.add(stored);
        ExportOptions options;
        options.format = ExportFormat::Text;
        options.outputDirectory = newsroom.outputPath(QStringLiteral("text"));
        const ExportSummary summary = runExport(newsroom.path(), ids({id}), options);
        QVERIFY2(summary.ok, qPrintable(errors(summary)));
        const Article read = Importer::parseWireText(QString::fromUtf8(readFile(summary.files.constLast().absolutePath)));
        QCOMPARE(read.title, stored.title);
        QCOMPARE(read.publishAt, stored.publishAt);
        QCOMPARE(read.views, stored.views);
        QCOMPARE(read.source, stored.source);
        QCOMPARE(read.editor, stored.editor);
        QCOMPARE(read.related.size(), stored.related.size());
        for (qsizetype i = 0; i < read.related.size(); ++i) {
            QCOMPARE(read.related.at(i).title, stored.related.at(i).title);
            QCOMPARE(read.related.at(i).summary, stored.related.at(i).summary);
            QCOMPARE(read.related.at(i).publishedAt, stored.related.at(i).publishedAt);
            QCOMPARE(read.related.at(i).views, stored.related.at(i).views);
        }
        QCOMPARE(read.bodyText.count(QLatin1Char('\n')) + 1, 8); // eight paragraphs
    }

    void siteBundleLinksResolve()
    {
        SmallNewsroom small;
        ExportOptions options;
        options.format = ExportFormat::Site;
        options.outputDirectory = small.newsroom.outputPath(QStringLiteral("site"));
        // The third article is not exported: the sample's link to it must become plain text.
        const ExportSummary summary = runExport(small.newsroom.path(), ids({small.sample, small.english}), options);
        QVERIFY2(summary.ok, qPrintable(errors(summary)));
        const QString out = options.outputDirectory;

        const QStringList pages = QDir(out).entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
        QCOMPARE(pages, (QStringList{QStringLiteral("bu-shi-yi-dan-ren-xian-zhi-448-ming-gan-bu-bei-tiao-zheng.html"),
                                     QStringLiteral("index.html"), QStringLiteral("metro-line-6-opens.html")}));
        for (const QString &page : pages) {
            const QString html = QString::fromUtf8(readFile(out + QLatin1Char('/') + page));
            for (const QString &reference : PageValidator::localReferences(html))
                QVERIFY2(QFileInfo::exists(out + QLatin1Char('/') + reference), qPrintable(page + QStringLiteral(" -> ") + reference));
        }
        QVERIFY(QFile::exists(out + QStringLiteral("/style.css")));
        QVERIFY(QFile::exists(out + QStringLiteral("/assets/") + small.png + QStringLiteral(".png")));

        // Following the related link from the sample lands on the English article's page.
        const QString sample = QString::fromUtf8(readFile(out + QStringLiteral("/bu-shi-yi-dan-ren-xian-zhi-448-ming-gan-bu-bei-tiao-zheng.html")));
        QVERIFY(sample.contains(QStringLiteral("<a href=\"metro-line-6-opens.html\">Metro line 6 opens</a>")));
        QVERIFY(sample.contains(QStringLiteral("<h3 class=\"related-title\">第三篇：旗县减负一年间</h3>")));
        QVERIFY(sample.contains(QStringLiteral("<a href=\"index.html\">")));
        const QString target = QString::fromUtf8(readFile(out + QStringLiteral("/metro-line-6-opens.html")));
        QVERIFY(target.contains(QStringLiteral("<h1 class=\"headline\">Metro line 6 opens</h1>")));
        QVERIFY(target.contains(QStringLiteral("<html lang=\"en\">")));

        // The index lists the articles newest first, with excerpts.
        const QString index = QString::fromUtf8(readFile(out + QStringLiteral("/index.html")));
        const qsizetype metro = index.indexOf(QStringLiteral("metro-line-6-opens.html"));
        const qsizetype cadres = index.indexOf(QStringLiteral("bu-shi-yi-dan-ren-xian-zhi"));
        QVERIFY(metro > 0 && cadres > metro);
        QVERIFY(index.contains(QStringLiteral("The line opened today.")));
    }

    void traditionalSite()
    {
        SmallNewsroom small;
        ExportOptions options;
        options.format = ExportFormat::Site;
        options.conversion = ChineseConversion::S2TW;
        options.outputDirectory = small.newsroom.outputPath(QStringLiteral("site"));
        const ExportSummary summary = runExport(small.newsroom.path(), all(), options);
        QVERIFY2(summary.ok, qPrintable(errors(summary)));
        const QString index = QString::fromUtf8(readFile(options.outputDirectory + QStringLiteral("/index.html")));
        QVERIFY(index.contains(QStringLiteral("<html lang=\"zh-Hant-TW\">")));
        QVERIFY(index.contains(QStringLiteral("最新文章")));
        QVERIFY(index.contains(QStringLiteral("不適宜擔任現職")));
        const QString page = QString::fromUtf8(readFile(
            options.outputDirectory + QStringLiteral("/bu-shi-yi-dan-ren-xian-zhi-448-ming-gan-bu-bei-tiao-zheng.html")));
        QVERIFY(page.contains(QStringLiteral("稿件來源 | 內蒙古日報 看齊綜合")));
        QVERIFY(page.contains(QStringLiteral("<h2 id=\"related-heading\">相關文章</h2>")));
        QVERIFY(page.contains(QStringLiteral("<a href=\"di-san-pian.html\">")));
        QVERIFY(page.contains(QStringLiteral("\"inLanguage\":\"zh-Hant-TW\"")));
    }

    void hostileBodiesCarryNoExecutableContent()
    {
        TestNewsroom newsroom;
        const QJsonArray vectors = QJsonDocument::fromJson(readFile(exportData(QStringLiteral("xss-vectors.json"))))
                                       .object().value(QStringLiteral("vectors")).toArray();
        QVERIFY(vectors.size() > 40);
        QList<qint64> created;
        int number = 0;
        for (const QJsonValue &vector : vectors) {
            Article hostile;
            hostile.title = QStringLiteral("</title><script>alert(%1)</script>\u2028").arg(++number);
            hostile.summary = QStringLiteral("\"><img src=x onerror=alert(1)>");
            hostile.source = QStringLiteral("<script>alert('source')</script>");
            hostile.editor = QStringLiteral("</script><!--");
            hostile.tags = {QStringLiteral("\"><svg onload=alert(1)>")};
            hostile.bodyHtml = QStringLiteral("<p>前文</p>") + vector.toString() + QStringLiteral("<p>后文</p>");
            hostile.related = {related(std::nullopt, QStringLiteral("<b onmouseover=alert(1)>x</b>"), QStringLiteral("</p><script>"),
                                       QString(), std::nullopt, QStringLiteral("javascript:alert(1)"))};
            created.append(newsroom.add(hostile));
        }
        for (int format : {int(ExportFormat::Site), int(ExportFormat::Html)}) {
            ExportOptions options;
            options.format = ExportFormat(format);
            options.outputDirectory = newsroom.outputPath(QStringLiteral("out-%1").arg(format));
            const ExportSummary summary = runExport(newsroom.path(), ids(created), options);
            QVERIFY2(summary.ok, qPrintable(errors(summary))); // sanitized, not refused
            int pages = 0;
            for (const WrittenFile &file : summary.files) {
                if (!file.relativePath.endsWith(QLatin1String(".html")))
                    continue;
                ++pages;
                const QString html = QString::fromUtf8(readFile(file.absolutePath));
                QVERIFY2(PageValidator::executableContent(html).isEmpty(),
                         qPrintable(file.relativePath + QLatin1Char('\n') + PageValidator::executableContent(html).join(QLatin1Char('\n'))));
                // Independent of the validator: the only script is the JSON-LD block.
                QCOMPARE(html.count(QStringLiteral("<script")), file.relativePath == QLatin1String("index.html") ? 0 : 1);
                QVERIFY(!html.contains(QStringLiteral("javascript:"), Qt::CaseInsensitive));
            }
            QCOMPARE(pages, int(created.size()) + (format == int(ExportFormat::Site) ? 1 : 0));
        }
    }

    void jsonLdKeepsHostileTextAsData()
    {
        TestNewsroom newsroom;
        Article article;
        article.title = QStringLiteral("</script><script>alert(1)</script> <!-- \u2028 & \u2029 end");
        article.bodyHtml = QStringLiteral("<p>正文</p>");
        const qint64 id = newsroom.add(article);
        ExportOptions options;
        options.outputDirectory = newsroom.outputPath(QStringLiteral("out"));
        const ExportSummary summary = runExport(newsroom.path(), ids({id}), options);
        QVERIFY2(summary.ok, qPrintable(errors(summary)));
        const QString html = QString::fromUtf8(readFile(summary.files.constLast().absolutePath));
        const QRegularExpressionMatch block = QRegularExpression(QStringLiteral("<script type=\"application/ld\\+json\">(.*?)</script>"))
                                                  .match(html);
        QVERIFY(block.hasMatch());
        QVERIFY(!block.captured(1).contains(QLatin1Char('<')));
        QVERIFY(!block.captured(1).contains(QChar(0x2028)));
        const QJsonObject data = QJsonDocument::fromJson(block.captured(1).toUtf8()).object();
        QCOMPARE(data.value(QStringLiteral("headline")).toString(), article.title);
        QCOMPARE(data.value(QStringLiteral("@type")).toString(), QStringLiteral("NewsArticle"));
    }

    // The page's JSON-LD is written directly for plain text; it must be the bytes QJsonDocument
    // writes (keys sorted, compact), made script-safe, for every kind of text and number.
    void jsonLdIsWhatQJsonDocumentWrites_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("views");
        QTest::addColumn<QString>("baseUrl");
        QTest::newRow("Chinese") << QStringLiteral("呼伦贝尔“数字”草原，45.6%") << qint64(161893) << QString();
        QTest::newRow("a million views") << QStringLiteral("plain") << qint64(1000000) << QString();
        QTest::newRow("no views") << QStringLiteral("plain") << qint64(-1) << QString();
        QTest::newRow("negative views") << QStringLiteral("plain") << qint64(-5) << QString();
        QTest::newRow("views past 2^53") << QStringLiteral("plain") << (qint64(1) << 60) << QString();
        QTest::newRow("script-unsafe") << QStringLiteral("</script><!-- a & b \u2028 \u2029 >") << qint64(3) << QString();
        QTest::newRow("quotes and backslashes") << QStringLiteral("\"quoted\" C:\\path") << qint64(3) << QString();
        QTest::newRow("control characters") << QStringLiteral("tab\there\x01\x1f end") << qint64(3) << QString();
        QTest::newRow("emoji") << QStringLiteral("火箭 \U0001F680") << qint64(3) << QString();
        QTest::newRow("lone surrogate") << QString(QStringLiteral("broken ") + QChar(0xD83D)) << qint64(3) << QString();
        QTest::newRow("base URL with a query") << QStringLiteral("plain") << qint64(3) << QStringLiteral("https://example.org/news/?a=1&b=<2>");
        QTest::newRow("empty optional fields") << QString() << qint64(-1) << QString();
    }

    void jsonLdIsWhatQJsonDocumentWrites()
    {
        QFETCH(QString, text);
        QFETCH(qint64, views);
        QFETCH(QString, baseUrl);
        RenderedArticle article;
        article.id = 7;
        article.uuid = QStringLiteral("d92d7d4b-70e6-4a15-b58d-6430ccb54164");
        article.fileStem = QStringLiteral("bench-7");
        article.title = QStringLiteral("标题 ") + text;
        article.subtitle = text;
        article.summary = text;
        article.byline = text;
        article.editor = text;
        article.source = text;
        article.desk = text;
        if (!text.isEmpty())
            article.tags = {text, QStringLiteral("科技")};
        article.publishAt = text.isEmpty() ? QString() : QStringLiteral("2025-06-16T17:34:00");
        article.createdAt = QDateTime(QDate(2024, 1, 8), QTime(13, 1, 16), Qt::UTC);
        if (!text.isEmpty())
            article.updatedAt = QDateTime(QDate(2024, 1, 10), QTime(23, 53, 36), Qt::UTC);
        if (views != -1) // the row "no views"
            article.views = views;
        article.language = QStringLiteral("zh-Hans");
        if (!text.isEmpty())
            article.assets = {{QStringLiteral("ab"), QStringLiteral("image/png"), QStringLiteral("assets/ab.png")},
                              {QStringLiteral("cd"), QStringLiteral("image/jpeg"), QStringLiteral("assets/cd.jpg")}};
        PageContext context;
        context.baseUrl = baseUrl;

        // What QJsonDocument writes for the same fields.
        QJsonObject expected{{QStringLiteral("@context"), QStringLiteral("https://schema.org")},
                             {QStringLiteral("@type"), QStringLiteral("NewsArticle")},
                             {QStringLiteral("headline"), article.title},
                             {QStringLiteral("inLanguage"), article.language},
                             {QStringLiteral("identifier"), QLatin1String("urn:uuid:") + article.uuid},
                             {QStringLiteral("dateCreated"), QStringLiteral("2024-01-08T13:01:16Z")}};
        const auto person = [](const QString &type, const QString &name) {
            return QJsonObject{{QStringLiteral("@type"), type}, {QStringLiteral("name"), name}};
        };
        if (!text.isEmpty()) {
            expected.insert(QStringLiteral("alternativeHeadline"), text);
            expected.insert(QStringLiteral("description"), text);
            expected.insert(QStringLiteral("datePublished"), article.publishAt);
            expected.insert(QStringLiteral("dateModified"), QStringLiteral("2024-01-10T23:53:36Z"));
            expected.insert(QStringLiteral("author"), person(QStringLiteral("Person"), text));
            expected.insert(QStringLiteral("editor"), person(QStringLiteral("Person"), text));
            expected.insert(QStringLiteral("sourceOrganization"), person(QStringLiteral("Organization"), text));
            expected.insert(QStringLiteral("articleSection"), text);
            expected.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(article.tags));
        }
        if (article.views)
            expected.insert(QStringLiteral("interactionStatistic"),
                            QJsonObject{{QStringLiteral("@type"), QStringLiteral("InteractionCounter")},
                                        {QStringLiteral("interactionType"), QStringLiteral("https://schema.org/ViewAction")},
                                        {QStringLiteral("userInteractionCount"), double(*article.views)}});
        const auto absolute = [&baseUrl](const QString &relative) {
            const QString base = baseUrl.endsWith(QLatin1Char('/')) ? baseUrl : baseUrl + QLatin1Char('/');
            return QUrl(base).resolved(QUrl(relative)).toString(QUrl::FullyEncoded);
        };
        if (!article.assets.isEmpty()) {
            QJsonArray images;
            for (const RenderedAsset &asset : std::as_const(article.assets))
                images.append(baseUrl.isEmpty() ? asset.path : absolute(asset.path));
            expected.insert(QStringLiteral("image"), images);
        }
        if (!baseUrl.isEmpty()) {
            const QString page = absolute(QStringLiteral("bench-7.html"));
            expected.insert(QStringLiteral("url"), page);
            expected.insert(QStringLiteral("mainEntityOfPage"), page);
        }
        const QString json = PageData::jsonLd(article, context);
        QCOMPARE(json, PageData::scriptSafeJson(QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact))));
        QVERIFY(!json.contains(QLatin1Char('<')));
        QCOMPARE(QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("headline")).toString(), article.title);
    }

    void foreignFileStopsTheExport()
    {
        SmallNewsroom small;
        const QString out = small.newsroom.outputPath(QStringLiteral("site"));
        QVERIFY(QDir().mkpath(out));
        QFile mine(out + QStringLiteral("/index.html"));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("the desk's own landing page");
        mine.close();

        ExportOptions options;
        options.format = ExportFormat::Site;
        options.outputDirectory = out;
        // With two jobs the folder is checked while the workers already make pages: still nothing
        // is written.
        for (int jobs : {1, 2}) {
            options.jobs = jobs;
            const ExportSummary refused = runExport(small.newsroom.path(), all(), options);
            QVERIFY(!refused.ok);
            QVERIFY2(errors(refused).contains(QStringLiteral("index.html")), qPrintable(errors(refused)));
            QCOMPARE(refused.files.size(), 0);
            QCOMPARE(refused.exported, 0);
            QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{QStringLiteral("index.html")});
        }

        options.overwriteForeignFiles = true;
        const ExportSummary forced = runExport(small.newsroom.path(), all(), options);
        QVERIFY2(forced.ok, qPrintable(errors(forced)));
        QVERIFY(readFile(out + QStringLiteral("/index.html")).contains("<!DOCTYPE html>"));
    }

    void cancelInTheMiddle()
    {
        // More articles than a cancel can find in flight: the files being staged (at most 64) and
        // the batch being gathered (16 when the tenth article is reported). With 40, a busy
        // machine had all of them handed to the writer before the tenth was reported, and the
        // cancel rightly found nothing left to stop.
        constexpr int total = 200;
        TestNewsroom newsroom;
        QList<qint64> created;
        for (int i = 0; i < total; ++i) {
            Article article;
            article.title = QStringLiteral("第%1篇").arg(i);
            article.slug = QStringLiteral("pian-%1").arg(i);
            article.bodyHtml = QStringLiteral("<p>%1</p>").arg(QString(2000, QChar(0x5B57)));
            created.append(newsroom.add(article));
        }
        for (int jobs : {1, 2}) {
            ExportOptions options;
            options.format = ExportFormat::Site;
            options.jobs = jobs;
            options.outputDirectory = newsroom.outputPath(QStringLiteral("out-%1").arg(jobs));
            Exporter exporter(newsroom.path(), all(), options);
            QSignalSpy progress(&exporter, &Exporter::progress);
            connect(&exporter, &Exporter::progress, &exporter, [&exporter](int done) {
                if (done == 10)
                    exporter.cancel();
            });
            const ExportSummary summary = exporter.run();
            QVERIFY(summary.cancelled);
            QVERIFY(!summary.ok);
            // Writes already in flight when the cancel came are finished, nothing after them.
            QVERIFY2(summary.exported >= 10 && summary.exported < total, qPrintable(QString::number(summary.exported)));
            QCOMPARE(progress.size(), summary.exported);
            QCOMPARE(QDir(options.outputDirectory).entryList({QStringLiteral("pian-*.html")}).size(), summary.exported);
            // No half-written file: every file on disk is complete and listed in the manifest.
            const QMap<QString, QByteArray> tree = readTree(options.outputDirectory);
            const QJsonObject manifest = QJsonDocument::fromJson(tree.value(QStringLiteral(".galley-export.json"))).object();
            const QJsonObject files = manifest.value(QStringLiteral("files")).toObject();
            QCOMPARE(tree.size(), files.size() + 1);
            for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
                if (it.key() == QLatin1String(".galley-export.json"))
                    continue;
                QCOMPARE(files.value(it.key()).toString(),
                         QString::fromLatin1(QCryptographicHash::hash(it.value(), QCryptographicHash::Sha256).toHex()));
            }
            QVERIFY(!tree.contains(QStringLiteral("index.html"))); // the index waits for a complete run
            // A second run finishes the job over the files of the first.
            options.jobs = 1;
            const ExportSummary resumed = runExport(newsroom.path(), all(), options);
            QVERIFY2(resumed.ok, qPrintable(errors(resumed)));
            QCOMPARE(resumed.exported, total);
        }
    }

    void selectionProblems()
    {
        SmallNewsroom small;
        ExportOptions options;
        options.outputDirectory = small.newsroom.outputPath(QStringLiteral("out"));

        ExportSummary summary = runExport(small.newsroom.path(), ids({small.sample, 999}), options);
        QVERIFY(!summary.ok);
        QVERIFY2(errors(summary).contains(QStringLiteral("999")), qPrintable(errors(summary)));
        QVERIFY(!QFileInfo::exists(options.outputDirectory)); // nothing written, not even the folder

        const QString missing = small.newsroom.outputPath(QStringLiteral("missing.galley"));
        summary = runExport(missing, all(), options);
        QVERIFY(!summary.ok);
        QVERIFY(errors(summary).contains(missing));
        QVERIFY(!QFileInfo::exists(missing)); // an export never creates a newsroom

        summary = runExport(small.newsroom.path(), ExportSelection{}, options);
        QVERIFY(!summary.ok);

        {
            ArticleRepository repository(small.newsroom.database());
            QVERIFY(repository.moveToTrash(small.third));
        }
        summary = runExport(small.newsroom.path(), ids({small.third}), options);
        QVERIFY(!summary.ok);
        QVERIFY2(errors(summary).contains(QStringLiteral("trash")), qPrintable(errors(summary)));
        summary = runExport(small.newsroom.path(), all(), options);
        QVERIFY2(summary.ok, qPrintable(errors(summary)));
        QCOMPARE(summary.exported, 2); // the trashed one is left out

        summary = runExport(small.newsroom.path(), ExportSelection{{}, WorkflowState::Published, false}, options);
        QVERIFY2(summary.ok, qPrintable(errors(summary)));
        QCOMPARE(summary.exported, 1); // only the sample is published
    }

    void slugsNeverEscape()
    {
        TestNewsroom newsroom;
        const QStringList slugs{QStringLiteral("../../etc/passwd"), QStringLiteral("/tmp/abs"), QStringLiteral(".."),
                                QStringLiteral("a/b\\c"), QStringLiteral("!!!"), QString(300, QLatin1Char('x')),
                                QStringLiteral("干部"), QStringLiteral("Index"), QStringLiteral("INDEX.HTML")};
        QList<qint64> created;
        for (const QString &slug : slugs) {
            Article article;
            article.title = QStringLiteral("标题");
            article.bodyHtml = QStringLiteral("<p>正文</p>");
            const qint64 id = newsroom.add(article);
            newsroom.setSlug(id, slug);
            created.append(id);
        }
        const QString parent = newsroom.outputPath(QStringLiteral("deep/down"));
        ExportOptions options;
        options.format = ExportFormat::Site;
        options.outputDirectory = parent + QStringLiteral("/out");
        const ExportSummary summary = runExport(newsroom.path(), ids(created), options);
        QVERIFY2(summary.ok, qPrintable(errors(summary)));
        QCOMPARE(QDir(parent).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{QStringLiteral("out")});
        QSet<QString> names;
        for (const WrittenFile &file : summary.files) {
            QVERIFY2(QFileInfo(file.absolutePath).canonicalFilePath().startsWith(QFileInfo(options.outputDirectory).canonicalFilePath() + QLatin1Char('/')),
                     qPrintable(file.absolutePath));
            QVERIFY2(QRegularExpression(QStringLiteral("^([a-z0-9-]+\\.(html|css)|assets/[a-f0-9]{64}\\.[a-z]+)$")).match(file.relativePath).hasMatch(),
                     qPrintable(file.relativePath));
            names.insert(file.relativePath);
        }
        QCOMPARE(names.size(), int(created.size()) + 2); // every article its own page, plus index and style
        QVERIFY(names.contains(QStringLiteral("etc-passwd.html")));
        QVERIFY(names.contains(QStringLiteral("article-%1.html").arg(created.at(2))));
        QVERIFY(names.contains(QStringLiteral("index-%1.html").arg(created.at(7)))); // never the site's index.html
        for (const QString &name : names)
            QVERIFY(name.size() <= 90);
    }

    void templateErrorStopsBeforeWriting()
    {
        SmallNewsroom small;
        QTemporaryDir templates;
        QFile broken(templates.filePath(QStringLiteral("article.mustache")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("<!DOCTYPE html>\n<html>\n<body>\n{{#related}}<li>{{title}}</li>\n</body>\n");
        broken.close();
        ExportOptions options;
        options.templateDirectory = templates.path();
        options.outputDirectory = small.newsroom.outputPath(QStringLiteral("out"));
        const ExportSummary summary = runExport(small.newsroom.path(), all(), options);
        QVERIFY(!summary.ok);
        QVERIFY2(errors(summary).contains(QStringLiteral("line 4")) && errors(summary).contains(QStringLiteral("{{#related}}")),
                 qPrintable(errors(summary)));
        QVERIFY(!QFileInfo::exists(options.outputDirectory));
    }

    void customTemplateWithScriptIsRefusedPerArticle()
    {
        SmallNewsroom small;
        QTemporaryDir templates;
        QFile page(templates.filePath(QStringLiteral("article.mustache")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("<!DOCTYPE html>\n<html lang=\"{{lang}}\"><head><meta charset=\"utf-8\"><title>{{title}}</title>"
                   "<script>track()</script></head><body>{{{body}}}</body></html>\n");
        page.close();
        ExportOptions options;
        options.templateDirectory = templates.path();
        options.outputDirectory = small.newsroom.outputPath(QStringLiteral("out"));
        QList<qint64> failedIds;
        Exporter exporter(small.newsroom.path(), all(), options);
        connect(&exporter, &Exporter::articleFailed, &exporter, [&failedIds](qint64 id) { failedIds.append(id); });
        const ExportSummary summary = exporter.run();
        QVERIFY(!summary.ok);
        QCOMPARE(summary.failed, 3);
        QCOMPARE(failedIds.size(), 3);
        QVERIFY2(errors(summary).contains(QStringLiteral("<script>")), qPrintable(errors(summary)));
        QVERIFY(QDir(options.outputDirectory).entryList({QStringLiteral("*.html")}).isEmpty());
    }

    void missingAssetFailsOnlyThatArticle()
    {
        SmallNewsroom small;
        Article broken;
        broken.title = QStringLiteral("缺图");
        broken.bodyHtml = QStringLiteral("<p><img src=\"asset:%1\" alt=\"\"></p>").arg(QString(64, QLatin1Char('c')));
        const qint64 id = small.newsroom.add(broken);
        ExportOptions options;
        options.outputDirectory = small.newsroom.outputPath(QStringLiteral("out"));
        const ExportSummary summary = runExport(small.newsroom.path(), all(), options);
        QVERIFY(!summary.ok);
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.exported, 3);
        QVERIFY2(errors(summary).contains(QString::number(id)) && errors(summary).contains(QString(64, QLatin1Char('c'))),
                 qPrintable(errors(summary)));
    }

    // A page that fails when it is written, after it was made (someone else's file is where its
    // picture goes), is not on the index, which is made while the last pages are written.
    void indexListsOnlyWrittenPages()
    {
        for (int jobs : {1, 2}) {
            SmallNewsroom small;
            ExportOptions options;
            options.format = ExportFormat::Site;
            options.jobs = jobs;
            options.outputDirectory = small.newsroom.outputPath(QStringLiteral("site"));
            const ExportSummary first = runExport(small.newsroom.path(), ids({small.sample, small.third}), options);
            QVERIFY2(first.ok, qPrintable(errors(first)));
            QVERIFY(QDir().mkpath(options.outputDirectory + QStringLiteral("/assets")));
            QFile foreign(options.outputDirectory + QStringLiteral("/assets/") + small.png + QStringLiteral(".png"));
            QVERIFY(foreign.open(QIODevice::WriteOnly));
            foreign.write("not Galley's");
            foreign.close();

            const ExportSummary summary = runExport(small.newsroom.path(), all(), options);
            QCOMPARE(summary.failed, 1);
            QCOMPARE(summary.exported, 2);
            QVERIFY2(errors(summary).contains(small.png), qPrintable(errors(summary)));
            QVERIFY(!QFile::exists(options.outputDirectory + QStringLiteral("/metro-line-6-opens.html")));
            const QString index = QString::fromUtf8(readFile(options.outputDirectory + QStringLiteral("/index.html")));
            QVERIFY2(!index.contains(QStringLiteral("metro-line-6-opens")), qPrintable(index));
            QVERIFY(index.contains(QStringLiteral("bu-shi-yi-dan-ren-xian-zhi")));
            QCOMPARE(index.count(QStringLiteral("<li class=\"article-item\"")), 2);
        }
    }

    void pdfUsesTheRegisteredPrinter()
    {
        SmallNewsroom small;
        ExportOptions options;
        options.format = ExportFormat::Pdf;
        options.outputDirectory = small.newsroom.outputPath(QStringLiteral("pdf"));
        setPdfPrintFunction({});
        ExportSummary summary = runExport(small.newsroom.path(), ids({small.english}), options);
        QVERIFY(!summary.ok);
        QVERIFY2(errors(summary).contains(QStringLiteral("PDF")), qPrintable(errors(summary)));

        QList<PdfRequest> requests;
        setPdfPrintFunction([&requests](const PdfRequest &request, QByteArray *pdf, QString *) {
            requests.append(request);
            *pdf = "%PDF-1.4 proof of " + request.title.toUtf8();
            return true;
        });
        summary = runExport(small.newsroom.path(), ids({small.english}), options);
        setPdfPrintFunction({});
        QVERIFY2(summary.ok, qPrintable(errors(summary)));
        QCOMPARE(requests.size(), 1);
        QVERIFY(requests.constFirst().html.contains(QStringLiteral("<h1 class=\"headline\">Metro line 6 opens</h1>")));
        QCOMPARE(requests.constFirst().baseUrl, QUrl::fromLocalFile(QFileInfo(options.outputDirectory).absoluteFilePath() + QLatin1Char('/')));
        QCOMPARE(readFile(options.outputDirectory + QStringLiteral("/metro-line-6-opens.pdf")), QByteArray("%PDF-1.4 proof of Metro line 6 opens"));
        // What the printer loads is there before it prints.
        QVERIFY(QFile::exists(options.outputDirectory + QStringLiteral("/style.css")));
        QVERIFY(QFile::exists(options.outputDirectory + QStringLiteral("/assets/") + small.png + QStringLiteral(".png")));
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
