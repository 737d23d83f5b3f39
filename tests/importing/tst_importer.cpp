// Importer: what a desk sees after File → Import… — every field of the sample wire copy, the
// same article whatever encoding or line endings the copy came in, HTML and Markdown through
// the sanitizer, and a clear refusal naming the file for each kind of bad input.
#include "importing/importer.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <thread>
#include <vector>

using namespace galley;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const QString SamplePath = QStringLiteral(GALLEY_TEST_DATA "/wire-nmg-cadres-2025-03-18.txt");
const QString ImportData = QStringLiteral(GALLEY_TEST_DATA "/import");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray encoded(const QString &text, const char *encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
    return encoder.encode(text);
}

// Paragraphs as the user sees them: the plain-text projection, one block per line.
QStringList paragraphsOf(const Article &article)
{
    return article.bodyText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

struct ExpectedRelated {
    const char *title;
    const char *summaryStart;
    const char *summaryEnd;
    const char *publishedAt;
};

const ExpectedRelated SampleRelated[] = {
    { "聚焦部署 精研业务——内蒙古农商银行正蓝旗支行开展信贷业务专题培训",
        "6月4日,内蒙古农商银行正蓝旗支行召开传达内蒙古农商银行党委重点工作部署会议精神",
        "要求全行上下围绕稳客拓客、不良清收化解、积极主动作", "2025-06-10T09:53:00" },
    { "自治区第一批惠企直达重点产业专项资金下达",
        "记者6月6日从呼和浩特市工业和信息化局获悉,近日,自治区财政厅下达了2025年第一批",
        "作为项目组织推荐单位,呼和浩特市工业和信息化局", "2025-06-07T07:49:00" },
    { "干部任职前公示(2025年5月23日)", "为在干部选拔任用工作中进一步扩大民主,广泛听取群众意见",
        "现任闵行区人民法院副院长、代理院长、党组书记,拟任市属事业单位正职。张鸣", "2025-05-24T00:29:00" },
    { "西藏以高质量干部驻村工作奋力谱写 社会主义现代化新西藏建设新篇章",
        "22日,自治区党委组织部举行“西藏自治区成立60周年”系列主题第二场新闻发布会。",
        "经过多年实践,驻村工作如今已经成为西藏强基固本、改", "2025-05-23T12:33:00" },
    { "2025年珠晖区基层卫生人才能力提升培训班(南华医院急诊站)圆满收官",
        "【来源:衡阳新闻网_热点关注】衡阳新闻网讯 通讯员魏红江 陈媛报道 近日,", "来自全区七个行政村卫生室的基",
        "2025-05-20T04:58:00" },
};

} // namespace

class TestImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void sampleEveryField();
    void sampleEncodings_data();
    void sampleEncodings();
    void nfdBecomesNfc();
    void plainTextWithoutMarkers();
    void html();
    void markdown();
    void markdownHeadingOnly();
    void badInput_data();
    void badInput();
    void oversizedFileIsRefusedBeforeReading();
    void pipesAndDevicesAreRefusedWithoutBlocking();
    void markupTooDeepOrWideIsRefused();
    void randomBytesNeverCrash_data();
    void randomBytesNeverCrash();
    void concurrentImportsAgree();

private:
    Article m_reference; ///< the UTF-8 sample as imported
};

void TestImporter::initTestCase()
{
    const ImportResult result = Importer::readFile(SamplePath);
    QVERIFY2(result.ok, qPrintable(result.error));
    m_reference = result.article;
}

void TestImporter::sampleEveryField()
{
    const Article &a = m_reference;
    QCOMPARE(a.title, u("不适宜担任现职,448名干部被调整"));
    QCOMPARE(a.views, std::optional<qint64>(0));
    QCOMPARE(a.publishAt, u("2025-03-18T08:18:00"));
    QCOMPARE(a.source, u("内蒙古日报 看齐综合"));
    QCOMPARE(a.editor, u("陈曲"));
    QCOMPARE(a.status, WorkflowState::Draft);
    QCOMPARE(a.id, 0);

    // Body: eight paragraphs, as <p> blocks, nothing of header or footer in them.
    QCOMPARE(a.bodyHtml.count(u("<p>")), 8);
    const QStringList paragraphs = paragraphsOf(a);
    QCOMPARE(paragraphs.size(), 8);
    QCOMPARE(paragraphs.first(),
        u("《内蒙古日报》近日转发内蒙古自治区党委书记孙绍骋在《学习与研究》2025年第3期上刊发的署名"
          "文章《推动整治形式主义为基层减负由治标向治本深化》。"));
    QCOMPARE(paragraphs.last(),
        u("工作中注重抓“两头”,一个是制定政策前做好研究论证,“有多少汤泡多少馍”,引导各级既跳起来"
          "摘桃子又不好高骛远,先把“规定动作”做扎实,有余力再搞“自选动作”,防止为了所谓的“政绩”层层"
          "加码;另一个是部署任务后给基层“说不”的权利,对下面确实难以完成的,允许如实报告说明情况,"
          "上级重新研究后再作安排"));
    for (const char *stray : { "次浏览", "发布时间", "稿件来源", "编辑 |", "相关文章", "2025-06-10" })
        QVERIFY2(!a.bodyText.contains(u(stray)), stray);
    QVERIFY(a.characterCount > 1000);

    // Related: five external items.
    QCOMPARE(a.related.size(), 5);
    for (int i = 0; i < 5; ++i) {
        const RelatedItem &item = a.related.at(i);
        const ExpectedRelated &expected = SampleRelated[i];
        QCOMPARE(item.title, u(expected.title));
        QVERIFY2(item.summary.startsWith(u(expected.summaryStart)), qPrintable(item.summary));
        QVERIFY2(item.summary.endsWith(u(expected.summaryEnd)), qPrintable(item.summary));
        QCOMPARE(item.summary.size(), 150);
        QCOMPARE(item.views, std::optional<qint64>(0));
        QCOMPARE(item.publishedAt, u(expected.publishedAt));
        QVERIFY(!item.targetArticleId.has_value());
    }
}

void TestImporter::sampleEncodings_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("data");

    const QString sample = QString::fromUtf8(readAll(SamplePath));
    QString crlf = sample;
    crlf.replace(QLatin1Char('\n'), u("\r\n"));
    QTest::newRow("nominal: GB18030") << u("gb.txt") << encoded(sample, "GB18030", false);
    QTest::newRow("nominal: UTF-16LE with BOM") << u("le.txt") << encoded(sample, "UTF-16LE", true);
    QTest::newRow("nominal: UTF-16BE with BOM") << u("be.txt") << encoded(sample, "UTF-16BE", true);
    QTest::newRow("nominal: UTF-8 with BOM") << u("bom.txt") << encoded(sample, "UTF-8", true);
    QTest::newRow("nominal: CRLF") << u("crlf.txt") << crlf.toUtf8();
    QTest::newRow("nominal: CRLF in GB18030") << u("crlf-gb.TXT") << encoded(crlf, "GB18030", false);
    QString tabbed = sample;
    tabbed.replace(u("稿件来源 | "), u("\t稿件来源｜"));
    tabbed.replace(u("看齐编辑 | "), u("看齐编辑：  "));
    tabbed.replace(u("发布时间:"), u("发布时间："));
    QTest::newRow("robustness: tabs, full-width bar and colons") << u("tabs.txt") << tabbed.toUtf8();
}

void TestImporter::sampleEncodings()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, data);
    QVERIFY(data != readAll(SamplePath));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    QVERIFY(writeFile(path, data));

    const ImportResult result = Importer::readFile(path);
    QVERIFY2(result.ok, qPrintable(result.error));
    const Article &a = result.article;
    const Article &r = m_reference;
    QCOMPARE(a.title, r.title);
    QCOMPARE(a.views, r.views);
    QCOMPARE(a.publishAt, r.publishAt);
    QCOMPARE(a.source, r.source);
    QCOMPARE(a.editor, r.editor);
    QCOMPARE(a.bodyHtml, r.bodyHtml);
    QCOMPARE(a.bodyText, r.bodyText);
    QCOMPARE(a.characterCount, r.characterCount);
    QCOMPARE(a.related, r.related);
    QCOMPARE(a.status, r.status);
}

void TestImporter::nfdBecomesNfc()
{
    const QString nfc = u("Café crème à Zürich\n\nLe café est prêt. 한국어 기사.\n");
    const QString nfd = nfc.normalized(QString::NormalizationForm_D);
    QVERIFY(nfd != nfc);
    const ImportResult result = Importer::readData(nfd.toUtf8(), u("nfd.txt"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.article.title, u("Café crème à Zürich"));
    QCOMPARE(paragraphsOf(result.article), QStringList { u("Le café est prêt. 한국어 기사.") });
    QCOMPARE(result.article.bodyText, result.article.bodyText.normalized(QString::NormalizationForm_C));
}

void TestImporter::plainTextWithoutMarkers()
{
    const ImportResult result = Importer::readFile(ImportData + u("/plain-no-markers.txt"));
    QVERIFY2(result.ok, qPrintable(result.error));
    const Article &a = result.article;
    QCOMPARE(a.title, u("Council approves the 2025 budget"));
    QCOMPARE(paragraphsOf(a),
        (QStringList { u("The city council voted on Tuesday to approve the new budget after a long debate."),
            u("市议会周二投票通过了新预算。"), u("辩论持续了四个小时。"), u("Next year's plan follows in March.") }));
    QVERIFY(!a.views.has_value());
    QVERIFY(a.publishAt.isEmpty());
    QVERIFY(a.source.isEmpty());
    QVERIFY(a.editor.isEmpty());
    QVERIFY(a.related.isEmpty());
}

void TestImporter::html()
{
    const ImportResult result = Importer::readFile(ImportData + u("/story.html"));
    QVERIFY2(result.ok, qPrintable(result.error));
    const Article &a = result.article;
    // The <h1> is the headline (the <title> only adds the site name) and is not repeated.
    QCOMPARE(a.title, u("内蒙古为基层减负 448名干部被调整"));
    QVERIFY(!a.bodyText.contains(a.title));
    QCOMPARE(a.summary, u("内蒙古坚持激励和约束双向发力。 Inner Mongolia pairs incentives with constraints."));
    for (const char *gone : { "<script", "head-script", "body-script", "tracking", "javascript:", "onclick", "onload",
             "style", "class=", "<iframe", "ads.example.com", "color: red", "看齐新闻网" }) {
        QVERIFY2(!a.bodyHtml.contains(u(gone), Qt::CaseInsensitive), gone);
    }
    QVERIFY2(a.bodyText.contains(u("《内蒙古日报》近日转发了署名文章。")), qPrintable(a.bodyText));
    QVERIFY2(a.bodyText.contains(u("The article says 448 officials were moved & nobody was spared.")),
        qPrintable(a.bodyText));
    QVERIFY(a.bodyHtml.contains(u("<strong>448 officials</strong>")));
    QVERIFY(a.bodyHtml.contains(u("<a href=\"https://example.com/report\">spared</a>")));
    QVERIFY(a.bodyHtml.contains(u("<h2>减负</h2>")));
    QCOMPARE(a.status, WorkflowState::Draft);
}

void TestImporter::markdown()
{
    const ImportResult result = Importer::readFile(ImportData + u("/story.md"));
    QVERIFY2(result.ok, qPrintable(result.error));
    const Article &a = result.article;
    QCOMPARE(a.title, u("内蒙古为基层减负 Inner Mongolia cuts red tape"));
    QCOMPARE(a.byline, u("王小明 / Wang Xiaoming"));
    QCOMPARE(a.desk, u("要闻"));
    QCOMPARE(a.tags, (QStringList { u("减负"), u("基层治理"), u("governance") }));
    QCOMPARE(a.summary, u("内蒙古精简会议文件。"));
    QVERIFY(!a.bodyText.contains(u("Inner Mongolia cuts red tape")));
    QVERIFY(!a.bodyText.contains(u("byline")));
    QVERIFY(!a.bodyHtml.contains(u("<h1")));
    QVERIFY(!a.bodyHtml.contains(u("script")));
    QVERIFY(!a.bodyText.contains(u("markdown-script")));
    // A line break inside a Chinese paragraph is not a space.
    QVERIFY2(a.bodyText.contains(u("内蒙古坚持激励和约束双向发力，精简会议文件。")), qPrintable(a.bodyText));
    QVERIFY(a.bodyHtml.contains(u("<em>精简</em>")));
    QVERIFY(a.bodyHtml.contains(u("<strong>half</strong>")));
    QVERIFY(a.bodyHtml.contains(u("<s>tripled</s>"))); // strikethrough
    QVERIFY(a.bodyHtml.contains(u("<a href=\"https://example.com/report\">"))); // autolink
    QVERIFY(a.bodyHtml.contains(u("<h2>清理台账</h2>")));
    QVERIFY(a.bodyHtml.contains(u("<li>清理台账近3/4</li>")));
    QVERIFY2(a.bodyText.contains(u("The region cut meetings by half and tripled doubled field visits.")),
        qPrintable(a.bodyText));
}

void TestImporter::markdownHeadingOnly()
{
    const ImportResult result = Importer::readData(
        u("Intro line\n\n# Headline\n\nBody | not a table\n--- | ---\n").toUtf8(), u("notes.markdown"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.article.title, u("Headline"));
    QVERIFY(result.article.bodyText.startsWith(u("Intro line")));
    QVERIFY(!result.article.bodyHtml.contains(u("<table")));
    QVERIFY(Importer::markdownToHtml(u("**bold** ~~gone~~")).contains(u("<strong>bold</strong>")));
}

void TestImporter::badInput_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reason"); // English wording of the reason

    QTest::newRow("robustness: empty file") << u("empty.txt") << QByteArray() << u("empty");
    QTest::newRow("robustness: whitespace only") << u("blank.md") << QByteArray("\n  \r\n\t") << u("no text");
    QTest::newRow("robustness: binary (PNG renamed .txt)")
        << u("photo.txt") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x04\0\0\0\x03\0\x08\x06", 26) << u("binary");
    QTest::newRow("robustness: invalid UTF-8 that is not GB18030 either")
        << u("broken.txt") << QByteArray("Title\n\nCaf\xe9 \x80\xff au lait\n") << u("encoding");
    QTest::newRow("robustness: unknown suffix") << u("story.docx") << QByteArray("Plain words") << u(".txt, .html");
    QTest::newRow("robustness: no suffix") << u("README") << QByteArray("Plain words") << u(".txt, .html");
    QTest::newRow("robustness: missing file") << u("missing.txt") << QByteArray() << u("does not exist");
    QTest::newRow("robustness: folder") << u("folder.txt") << QByteArray() << u("folder");
}

void TestImporter::badInput()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, data);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    if (fileName == u("folder.txt"))
        QVERIFY(QDir(dir.path()).mkdir(fileName));
    else if (fileName != u("missing.txt"))
        QVERIFY(writeFile(path, data));

    const ImportResult result = Importer::readFile(path);
    QVERIFY(!result.ok);
    QCOMPARE(result.fileName, path);
    QVERIFY(result.article.title.isEmpty());
    QVERIFY(result.article.bodyHtml.isEmpty());
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
    QVERIFY2(result.error.contains(reason), qPrintable(result.error));
    QVERIFY2(!result.error.contains(u("\n")), qPrintable(result.error));
}

void TestImporter::oversizedFileIsRefusedBeforeReading()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u("huge.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Sparse: sized past the limit without writing 20 MB.
    QVERIFY(file.resize(Importer::MaxFileSize + 1));
    file.close();

    const ImportResult result = Importer::readFile(path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(path) && result.error.contains(u("20 MB")), qPrintable(result.error));

    // Exactly at the limit is not "too large" (it fails later, as binary: a sparse file is NULs).
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(Importer::MaxFileSize));
    file.close();
    const ImportResult atLimit = Importer::readFile(path);
    QVERIFY(!atLimit.ok);
    QVERIFY2(atLimit.error.contains(u("binary")), qPrintable(atLimit.error));

    // The same check guards bytes already in memory.
    const ImportResult inMemory = Importer::readData(QByteArray(Importer::MaxFileSize + 1, 'a'), u("big.txt"));
    QVERIFY(!inMemory.ok);
    QVERIFY(inMemory.error.contains(u("20 MB")));
}

void TestImporter::pipesAndDevicesAreRefusedWithoutBlocking()
{
    // Opening a pipe nobody writes into would block the import (and the files after it) forever.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pipe = dir.filePath(u("wire.txt"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    const QString device = dir.filePath(u("endless.txt")); // a device that never ends
    QVERIFY(QFile::link(u("/dev/zero"), device));
    for (const QString &path : { pipe, device }) {
        const ImportResult result = Importer::readFile(path);
        QVERIFY(!result.ok);
        QVERIFY2(
            result.error.contains(path) && result.error.contains(u("not a regular file")), qPrintable(result.error));
    }
}

void TestImporter::markupTooDeepOrWideIsRefused()
{
    // Under the size cap, but minutes of parsing: refused at once, with the reason.
    const QByteArray nested = "<html><body>" + QByteArray("<b>x").repeated(100000) + "</body></html>";
    const ImportResult deep = Importer::readData(nested, u("nested.html"));
    QVERIFY(!deep.ok);
    QVERIFY2(deep.error.contains(u("nested.html")) && deep.error.contains(u("100002 tags")), qPrintable(deep.error));
    const QByteArray wide = "<p " + QByteArray("a=1 ").repeated(100000) + ">x</p>";
    const ImportResult attributes = Importer::readData(wide, u("wide.htm"));
    QVERIFY(!attributes.ok);
    QVERIFY2(attributes.error.contains(u("100000 attributes")), qPrintable(attributes.error));
    // Markdown nests as deep through its raw HTML.
    const ImportResult markdown = Importer::readData("# 标题\n\n" + QByteArray("<i>").repeated(60000), u("deep.md"));
    QVERIFY(!markdown.ok);
    QVERIFY2(markdown.error.contains(u("tags")), qPrintable(markdown.error));
}

void TestImporter::randomBytesNeverCrash_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("robustness: random bytes as .txt") << u("noise.txt");
    QTest::newRow("robustness: random bytes as .html") << u("noise.html");
    QTest::newRow("robustness: random bytes as .md") << u("noise.md");
}

void TestImporter::randomBytesNeverCrash()
{
    QFETCH(QString, fileName);
    // Truncations of real copy in every encoding, then mutated: each import either succeeds
    // with a title or fails with a sentence naming the file; nothing in between, no crash.
    const QString sample = QString::fromUtf8(readAll(SamplePath));
    const QList<QByteArray> sources
        = { sample.toUtf8(), encoded(sample, "GB18030", false), encoded(sample, "UTF-16LE", true),
              readAll(ImportData + u("/story.html")), readAll(ImportData + u("/story.md")) };
    QRandomGenerator random(20250318); // fixed seed: failures reproduce
    int refused = 0;
    for (int round = 0; round < 300; ++round) {
        QByteArray data = sources.at(round % sources.size());
        data.truncate(random.bounded(qsizetype(1), data.size()));
        const int mutations = random.bounded(4);
        for (int m = 0; m < mutations; ++m)
            data[random.bounded(data.size())] = char(random.bounded(256));
        const ImportResult result = Importer::readData(data, fileName);
        if (result.ok) {
            QVERIFY(!result.article.title.isEmpty());
            QVERIFY(result.error.isEmpty());
        } else {
            ++refused;
            QVERIFY(result.error.contains(fileName));
        }
    }
    QVERIFY(refused > 0); // the mutations do produce bad input
}

void TestImporter::concurrentImportsAgree()
{
    // File → Import… runs on worker threads: parsers, cmark registration and ICU are shared.
    const QStringList paths = { SamplePath, ImportData + u("/story.md"), ImportData + u("/story.html"),
        ImportData + u("/plain-no-markers.txt") };
    QList<QString> expected;
    for (const QString &path : paths)
        expected.append(Importer::readFile(path).article.bodyHtml);
    std::vector<QList<QString>> results(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < results.size(); ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 10; ++round) {
                for (const QString &path : paths)
                    results[t].append(Importer::readFile(path).article.bodyHtml);
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (const QList<QString> &result : results) {
        QCOMPARE(result.size(), 10 * paths.size());
        for (qsizetype i = 0; i < result.size(); ++i)
            QCOMPARE(result.at(i), expected.at(i % paths.size()));
    }
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
