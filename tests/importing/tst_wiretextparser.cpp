// WireTextParser: the layout of plain-text wire copy, field by field, and the tolerance a desk
// needs for copy that went through e-mail, Word and chat clients.
#include "importing/wiretextparser.h"

#include <QFile>
#include <QTest>

using namespace galley;

namespace {

QString sampleText()
{
    QFile file(QStringLiteral(GALLEY_TEST_DATA "/wire-nmg-cadres-2025-03-18.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

class TestWireTextParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleHeader();
    void sampleBody();
    void sampleFooter();
    void sampleRelated();

    void header_data();
    void header();
    void footer_data();
    void footer();
    void paragraphs_data();
    void paragraphs();
    void related_data();
    void related();
    void isoDateTime_data();
    void isoDateTime();
};

void TestWireTextParser::sampleHeader()
{
    const WireCopy copy = WireTextParser::parse(sampleText());
    QCOMPARE(copy.title, u("不适宜担任现职,448名干部被调整"));
    QVERIFY(copy.views.has_value());
    QCOMPARE(*copy.views, 0);
    QCOMPARE(copy.publishAt, QStringLiteral("2025-03-18T08:18:00"));
}

void TestWireTextParser::sampleBody()
{
    const WireCopy copy = WireTextParser::parse(sampleText());
    QCOMPARE(copy.paragraphs.size(), 8);
    QCOMPARE(copy.paragraphs.first(),
        u("《内蒙古日报》近日转发内蒙古自治区党委书记孙绍骋在《学习与研究》2025年第3期上刊发的署名"
          "文章《推动整治形式主义为基层减负由治标向治本深化》。"));
    QVERIFY(copy.paragraphs.last().startsWith(u("工作中注重抓“两头”,一个是制定政策前做好研究论证")));
    // The sample's last paragraph has no final 。: it must neither be lost nor swallow the footer.
    QVERIFY(copy.paragraphs.last().endsWith(u("上级重新研究后再作安排")));
    for (const QString &paragraph : copy.paragraphs) {
        QVERIFY2(!paragraph.contains(u("稿件来源")) && !paragraph.contains(u("相关文章")), qPrintable(paragraph));
        QCOMPARE(paragraph, paragraph.trimmed());
    }
}

void TestWireTextParser::sampleFooter()
{
    const WireCopy copy = WireTextParser::parse(sampleText());
    QCOMPARE(copy.source, u("内蒙古日报 看齐综合"));
    QCOMPARE(copy.editor, u("陈曲"));
}

void TestWireTextParser::sampleRelated()
{
    const WireCopy copy = WireTextParser::parse(sampleText());
    QCOMPARE(copy.related.size(), 5);
    const QStringList dates = {
        QStringLiteral("2025-06-10T09:53:00"),
        QStringLiteral("2025-06-07T07:49:00"),
        QStringLiteral("2025-05-24T00:29:00"),
        QStringLiteral("2025-05-23T12:33:00"),
        QStringLiteral("2025-05-20T04:58:00"),
    };
    for (qsizetype i = 0; i < copy.related.size(); ++i) {
        const RelatedItem &item = copy.related.at(i);
        QCOMPARE(item.publishedAt, dates.at(i));
        QCOMPARE(item.views, std::optional<qint64>(0));
        QVERIFY(!item.targetArticleId.has_value());
        QVERIFY(!item.title.isEmpty());
        QVERIFY(!item.summary.isEmpty());
    }
    QCOMPARE(copy.related.at(3).title, u("西藏以高质量干部驻村工作奋力谱写 社会主义现代化新西藏建设新篇章"));
    QVERIFY(copy.related.at(4).summary.startsWith(u("【来源:衡阳新闻网_热点关注】")));
}

void TestWireTextParser::header_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<qint64>("views"); // -1: none
    QTest::addColumn<QString>("publishAt");
    QTest::addColumn<int>("paragraphs");

    QTest::newRow("nominal: full-width colon, many spaces")
        << u("标题\n\n1,234次浏览　　　发布时间：2025-03-18 08:18:00\n\n正文。") << u("标题") << qint64(1234)
        << QStringLiteral("2025-03-18T08:18:00") << 1;
    QTest::newRow("nominal: full-width digits, Chinese date, no seconds")
        << u("标题\n１２次浏览 发布时间：２０２５年３月８日 ８:０５\n正文。") << u("标题") << qint64(12)
        << QStringLiteral("2025-03-08T08:05:00") << 1;
    QTest::newRow("nominal: 万 views and a time line on its own")
        << u("标题\n1.2万次阅读\n发布时间: 2024/12/31 23:59\n\n正文。") << u("标题") << qint64(12000)
        << QStringLiteral("2024-12-31T23:59:00") << 1;
    QTest::newRow("nominal: date only") << u("标题\n发布时间:2025-03-18\n\n正文。") << u("标题") << qint64(-1)
                                        << QStringLiteral("2025-03-18") << 1;
    QTest::newRow("robustness: title after blank lines and indentation")
        << u("\n\n\t  标题  \t\n\n正文。") << u("标题") << qint64(-1) << QString() << 1;
    QTest::newRow("robustness: a number in the first paragraph is not a view count")
        << u("Title\n\nReaders asked for 3 more pages.\n\nSecond.") << u("Title") << qint64(-1) << QString() << 2;
    QTest::newRow("robustness: a count past any real one is no view count")
        << u("标题\n888888888888888888888888888888次浏览 发布时间：2025-03-18 08:18:00\n\n正文。") << u("标题") << qint64(-1)
        << QStringLiteral("2025-03-18T08:18:00") << 1;
    QTest::newRow("robustness: invalid date is not invented")
        << u("标题\n发布时间:2025-02-30 08:00\n\n正文。") << u("标题") << qint64(-1) << QString() << 1;
}

void TestWireTextParser::header()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(qint64, views);
    QFETCH(QString, publishAt);
    QFETCH(int, paragraphs);
    const WireCopy copy = WireTextParser::parse(text);
    QCOMPARE(copy.title, title);
    QCOMPARE(copy.views, views < 0 ? std::optional<qint64>() : std::optional<qint64>(views));
    QCOMPARE(copy.publishAt, publishAt);
    QCOMPARE(copy.paragraphs.size(), paragraphs);
}

void TestWireTextParser::footer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("editor");
    QTest::addColumn<QString>("lastParagraph");

    QTest::newRow("nominal: half-width bars")
        << u("T\n\n正文。\n\n稿件来源 | 新华社\n\n责任编辑 | 王五") << u("新华社") << u("王五") << u("正文。");
    QTest::newRow("nominal: full-width bar and colon, no blank line between")
        << u("T\n\n正文。\n稿件来源｜人民日报\n编辑：李四") << u("人民日报") << u("李四") << u("正文。");
    QTest::newRow("nominal: bracketed editor line, trailing spaces")
        << u("T\n\n正文。\n\n来源：新华网  \n【责任编辑：张三】  ") << u("新华网") << u("张三") << u("正文。");
    QTest::newRow("robustness: a 来源 sentence inside the body stays in the body")
        << u("T\n\n来源：一位知情人士透露了消息。\n\n第二段。\n\n稿件来源 | 本报") << u("本报") << QString()
        << u("第二段。");
    QTest::newRow("robustness: no footer") << u("T\n\n第一段。\n\n第二段") << QString() << QString() << u("第二段");
}

void TestWireTextParser::footer()
{
    QFETCH(QString, text);
    QFETCH(QString, source);
    QFETCH(QString, editor);
    QFETCH(QString, lastParagraph);
    const WireCopy copy = WireTextParser::parse(text);
    QCOMPARE(copy.source, source);
    QCOMPARE(copy.editor, editor);
    QVERIFY(!copy.paragraphs.isEmpty());
    QCOMPARE(copy.paragraphs.last(), lastParagraph);
}

void TestWireTextParser::paragraphs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("paragraphs");

    QTest::newRow("nominal: blank-line separated")
        << u("T\n\n第一段。\n\n\n第二段。") << QStringList { u("第一段。"), u("第二段。") };
    QTest::newRow("nominal: CRLF and tabs") << u("T\r\n\r\n\tFirst  line.\t\r\n\r\nSecond line.\r\n")
                                            << QStringList { u("First line."), u("Second line.") };
    QTest::newRow("nominal: 　　-indented paragraphs without blank lines")
        << u("T\n　　第一段，没有空行\n　　第二段开始了") << QStringList { u("第一段，没有空行"), u("第二段开始了") };
    QTest::newRow("nominal: one Chinese paragraph per line")
        << u("T\n第一段结束了。\n第二段也结束了！\n“第三段。”\n第四段")
        << QStringList { u("第一段结束了。"), u("第二段也结束了！"), u("“第三段。”"), u("第四段") };
    QTest::newRow("nominal: hard-wrapped English joined with spaces")
        << u("T\n\nThe council voted on Tuesday\nto approve the new budget.\n\nNext paragraph.")
        << QStringList { u("The council voted on Tuesday to approve the new budget."), u("Next paragraph.") };
    QTest::newRow("nominal: hard-wrapped Chinese joined without spaces")
        << u("T\n\n内蒙古坚持激励和约束\n双向发力，成效明显。")
        << QStringList { u("内蒙古坚持激励和约束双向发力，成效明显。") };
    QTest::newRow("nominal: full-width and no-break spaces collapse")
        << u("T\n\n甲\u3000\u3000乙\u00a0 丙  ") << QStringList { u("甲 乙 丙") };
    QTest::newRow("robustness: title only") << u("Only a title\n\n\n") << QStringList {};
    QTest::newRow("robustness: long lines are paragraphs each")
        << (u("T\n") + QString(120, QLatin1Char('a')) + u("\n") + QString(120, QLatin1Char('b')))
        << QStringList { QString(120, QLatin1Char('a')), QString(120, QLatin1Char('b')) };
}

void TestWireTextParser::paragraphs()
{
    QFETCH(QString, text);
    QFETCH(QStringList, paragraphs);
    QCOMPARE(WireTextParser::parse(text).paragraphs, paragraphs);
}

void TestWireTextParser::related_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QStringList>("summaries");
    QTest::addColumn<QStringList>("dates");

    QTest::newRow("nominal: numbered with full-width numbers and views after the date")
        << u("T\n\n正文。\n\n相关文章：\n１．第一篇\n摘要一，\n续行。\n2025-01-02 03:04:05 "
             "12次浏览\n２．第二篇\n\n2025-01-03 10:00")
        << QStringList { u("第一篇"), u("第二篇") } << QStringList { u("摘要一，续行。"), QString() }
        << QStringList { QStringLiteral("2025-01-02T03:04:05"), QStringLiteral("2025-01-03T10:00:00") };
    QTest::newRow("nominal: unnumbered items closed by their statistics line")
        << u("T\n\n正文。\n\n相关阅读\n甲文\n甲摘要\n5 2025-01-01 00:00:00\n乙文\n乙摘要\n6 2025-01-02 00:00:00")
        << QStringList { u("甲文"), u("乙文") } << QStringList { u("甲摘要"), u("乙摘要") }
        << QStringList { QStringLiteral("2025-01-01T00:00:00"), QStringLiteral("2025-01-02T00:00:00") };
    QTest::newRow("robustness: excerpt starting with a number is not a new item")
        << u("T\n\n正文。\n\n相关文章\n1. 第一篇\n3. 条措施已经出台\n0 2025-01-01 00:00:00")
        << QStringList { u("第一篇") } << QStringList { u("3. 条措施已经出台") }
        << QStringList { QStringLiteral("2025-01-01T00:00:00") };
    QTest::newRow("robustness: heading without items")
        << u("T\n\n正文。\n\n相关文章\n\n") << QStringList {} << QStringList {} << QStringList {};
}

void TestWireTextParser::related()
{
    QFETCH(QString, text);
    QFETCH(QStringList, titles);
    QFETCH(QStringList, summaries);
    QFETCH(QStringList, dates);
    const WireCopy copy = WireTextParser::parse(text);
    QCOMPARE(copy.paragraphs, QStringList { u("正文。") });
    QStringList gotTitles, gotSummaries, gotDates;
    for (const RelatedItem &item : copy.related) {
        gotTitles << item.title;
        gotSummaries << item.summary;
        gotDates << item.publishedAt;
    }
    QCOMPARE(gotTitles, titles);
    QCOMPARE(gotSummaries, summaries);
    QCOMPARE(gotDates, dates);
}

void TestWireTextParser::isoDateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");
    QTest::newRow("nominal: dashes") << u("2025-03-18 08:18:00") << u("2025-03-18T08:18:00");
    QTest::newRow("nominal: slashes, single digits") << u("2025/3/8 8:05") << u("2025-03-08T08:05:00");
    QTest::newRow("nominal: Chinese") << u("2025年3月18日 08时18分") << u("2025-03-18T08:18:00");
    QTest::newRow("nominal: ISO T") << u("2025-03-18T08:18:30") << u("2025-03-18T08:18:30");
    QTest::newRow("robustness: 25 o'clock") << u("2025-03-18 25:00") << QString();
    QTest::newRow("robustness: not a date") << u("第3期") << QString();
}

void TestWireTextParser::isoDateTime()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);
    QCOMPARE(WireTextParser::isoDateTime(text), iso);
}

QTEST_GUILESS_MAIN(TestWireTextParser)
#include "tst_wiretextparser.moc"
