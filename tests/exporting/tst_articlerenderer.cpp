#include "exporting/articlerenderer.h"

#include <QTest>

using namespace galley;

namespace {

const QString pngHash = QString(64, QLatin1Char('a'));

ArticleRenderer::Lookups lookups(QHash<qint64, Article> others = {})
{
    return {[](const QString &hash) -> std::optional<QString> {
                if (hash == pngHash)
                    return QStringLiteral("image/png");
                return std::nullopt;
            },
            [others](qint64 id) -> std::optional<Article> {
                if (others.contains(id))
                    return others.value(id);
                return std::nullopt;
            }};
}

Article article(const QString &body)
{
    Article a;
    a.id = 1;
    a.uuid = QStringLiteral("11111111-1111-4111-8111-111111111111");
    a.slug = QStringLiteral("sample");
    a.title = QStringLiteral("标题");
    a.bodyHtml = body;
    return a;
}

} // namespace

class TestArticleRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void derivedSummary_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: short first paragraph whole") << QStringLiteral("<h2>小标题</h2>\n<p>第一段。</p>\n<p>第二段。</p>")
                                                              << QStringLiteral("第一段。");
        QTest::newRow("nominal: long paragraph cut to 120 with ellipsis")
            << QStringLiteral("<p>") + QString(200, QChar(0x5B57)) + QStringLiteral("</p>") << QString(120, QChar(0x5B57)) + QChar(0x2026);
        QTest::newRow("nominal: inline markup and entities become text")
            << QStringLiteral("<p><strong>粗体</strong>与 &amp; 链接</p>") << QStringLiteral("粗体与 & 链接");
        QTest::newRow("robustness: no paragraph uses the first block") << QStringLiteral("<h2>只有标题</h2>") << QStringLiteral("只有标题");
        QTest::newRow("robustness: empty body") << QString() << QString();
        QTest::newRow("robustness: never splits a surrogate pair")
            << QStringLiteral("<p>") + QString(119, QChar(0x5B57)) + QStringLiteral("\U00020000\U00020000") + QStringLiteral("</p>")
            << QString(119, QChar(0x5B57)) + QChar(0x2026);
        QTest::newRow("robustness: trailing punctuation before the ellipsis dropped")
            << QStringLiteral("<p>") + QString(119, QChar(0x5B57)) + QStringLiteral("，后面还有很多") + QStringLiteral("</p>")
            << QString(119, QChar(0x5B57)) + QChar(0x2026);
    }
    void derivedSummary()
    {
        QFETCH(QString, body);
        QFETCH(QString, expected);
        QCOMPARE(ArticleRenderer::deriveSummary(body), expected);
    }

    void summaryForOtherPages_data()
    {
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: stored summary wins") << QStringLiteral(" 摘要 ") << QStringLiteral("<p>正文</p>") << QStringLiteral("摘要");
        QTest::newRow("nominal: plain first paragraph") << QString() << QStringLiteral("<h2>小标题</h2>\n<p>A &amp; B 正文</p>\n<p>二</p>")
                                                       << QStringLiteral("A & B 正文");
        QTest::newRow("nominal: paragraph with markup") << QString() << QStringLiteral("<p><strong>粗</strong>体</p>") << QStringLiteral("粗体");
        QTest::newRow("nominal: empty paragraph skipped") << QString() << QStringLiteral("<p></p>\n<p>第二段</p>") << QStringLiteral("第二段");
        QTest::newRow("robustness: cut-off body start") << QString() << QStringLiteral("<p>") + QString(300, QChar(0x5B57))
                                                        << QString(120, QChar(0x5B57)) + QChar(0x2026);
        QTest::newRow("robustness: hostile markup is not text") << QString() << QStringLiteral("<p>文<script>alert(1)</script>字</p>")
                                                                << QStringLiteral("文字");
        QTest::newRow("robustness: not canonical at all") << QString() << QStringLiteral("<div>一<br>二</div>") << QStringLiteral("一 二");
    }
    void summaryForOtherPages()
    {
        QFETCH(QString, summary);
        QFETCH(QString, body);
        QFETCH(QString, expected);
        QCOMPARE(ArticleRenderer::summaryFor(summary, body), expected);
    }

    void usesStoredSummaryElseDerives()
    {
        const QHash<qint64, ExportPlanEntry> plan;
        const ArticleRenderer renderer(plan, QStringLiteral(".html"), lookups());
        Article withSummary = article(QStringLiteral("<p>正文第一段</p>"));
        withSummary.summary = QStringLiteral("  编辑写的摘要 ");
        QString error;
        QCOMPARE(renderer.render(withSummary, &error)->summary, QStringLiteral("编辑写的摘要"));
        const std::optional<RenderedArticle> derived = renderer.render(article(QStringLiteral("<p>正文第一段</p>")), &error);
        QCOMPARE(derived->summary, QStringLiteral("正文第一段"));
        QVERIFY(derived->summaryDerived);
    }

    void resolvesAssets()
    {
        const QHash<qint64, ExportPlanEntry> plan;
        const ArticleRenderer renderer(plan, QStringLiteral(".html"), lookups());
        QString error;
        const std::optional<RenderedArticle> rendered = renderer.render(
            article(QStringLiteral("<figure><img src=\"asset:%1\" alt=\"图\">\n<figcaption>说明</figcaption></figure>\n"
                                   "<p>再次<img src=\"asset:%1\" alt=\"\"></p>")
                        .arg(pngHash)),
            &error);
        QVERIFY2(rendered, qPrintable(error));
        QCOMPARE(rendered->assets.size(), 1);
        QCOMPARE(rendered->assets.constFirst().path, QStringLiteral("assets/%1.png").arg(pngHash));
        QVERIFY(!rendered->bodyHtml.contains(QStringLiteral("asset:")));
        QCOMPARE(rendered->bodyHtml.count(QStringLiteral("src=\"assets/%1.png\"").arg(pngHash)), 2);
    }

    void missingAssetIsAnError()
    {
        const QHash<qint64, ExportPlanEntry> plan;
        const ArticleRenderer renderer(plan, QStringLiteral(".html"), lookups());
        QString error;
        const QString missing = QString(64, QLatin1Char('b'));
        QVERIFY(!renderer.render(article(QStringLiteral("<p><img src=\"asset:%1\" alt=\"\"></p>").arg(missing)), &error));
        QVERIFY2(error.contains(missing), qPrintable(error));
    }

    void hostileBodyIsSanitized()
    {
        const QHash<qint64, ExportPlanEntry> plan;
        const ArticleRenderer renderer(plan, QStringLiteral(".html"), lookups());
        QString error;
        const std::optional<RenderedArticle> rendered = renderer.render(
            article(QStringLiteral("<p onclick=\"x()\">文<script>alert(1)</script><a href=\"javascript:alert(1)\">链</a></p>"
                                   "<img src=x onerror=alert(1)><iframe src=\"https://evil.example\"></iframe>")),
            &error);
        QVERIFY2(rendered, qPrintable(error));
        for (const char *bad : {"script", "onclick", "onerror", "javascript:", "iframe"})
            QVERIFY2(!rendered->bodyHtml.contains(QLatin1String(bad)), qPrintable(rendered->bodyHtml));
        QVERIFY(rendered->bodyHtml.contains(QStringLiteral("文")));
    }

    void relatedItems()
    {
        QHash<qint64, ExportPlanEntry> plan;
        plan.insert(2, {2, QStringLiteral("22222222-2222-4222-8222-222222222222"), QStringLiteral("second"), QStringLiteral("第二篇"),
                        QStringLiteral("第二篇摘要"), QStringLiteral("2025-06-10T09:53:00"), 7});
        Article outside = article(QStringLiteral("<p>不在导出之列的文章正文</p>"));
        outside.id = 3;
        outside.uuid = QStringLiteral("33333333-3333-4333-8333-333333333333");
        outside.title = QStringLiteral("第三篇");
        const ArticleRenderer renderer(plan, QStringLiteral(".html"), lookups({{3, outside}}));

        Article a = article(QStringLiteral("<p>正文</p>"));
        a.related = {
            RelatedItem{2, QStringLiteral("旧标题"), QString(), QString(), std::nullopt, QString()},
            RelatedItem{3, QString(), QString(), QString(), std::nullopt, QString()},
            RelatedItem{std::nullopt, QStringLiteral("外部"), QStringLiteral("外部摘要"), QStringLiteral("2025-05-20T04:58:00"), 0,
                        QStringLiteral("https://example.com/a?b=1")},
            RelatedItem{std::nullopt, QStringLiteral("脚本链接"), QString(), QString(), std::nullopt, QStringLiteral("javascript:alert(1)")},
            RelatedItem{99, QStringLiteral("已删除的目标"), QString(), QString(), std::nullopt, QString()},
        };
        QString error;
        const std::optional<RenderedArticle> rendered = renderer.render(a, &error);
        QVERIFY2(rendered, qPrintable(error));
        QCOMPARE(rendered->related.size(), 5);
        const RenderedRelated &internal = rendered->related.at(0);
        QCOMPARE(internal.title, QStringLiteral("第二篇")); // the target's current title
        QCOMPARE(internal.href, QStringLiteral("second.html"));
        QCOMPARE(internal.views, std::optional<qint64>(7));
        QCOMPARE(internal.uri, QStringLiteral("urn:uuid:22222222-2222-4222-8222-222222222222"));
        const RenderedRelated &notExported = rendered->related.at(1);
        QCOMPARE(notExported.title, QStringLiteral("第三篇"));
        QVERIFY(notExported.href.isEmpty()); // not in this export: no link
        QCOMPARE(notExported.summary, QStringLiteral("不在导出之列的文章正文"));
        QCOMPARE(rendered->related.at(2).url, QStringLiteral("https://example.com/a?b=1"));
        QCOMPARE(rendered->related.at(2).uri, QStringLiteral("https://example.com/a?b=1"));
        QVERIFY(rendered->related.at(3).url.isEmpty()); // only http(s) URLs are kept
        QVERIFY(rendered->related.at(3).uri.startsWith(QStringLiteral("urn:uuid:")));
        QCOMPARE(rendered->related.at(4).title, QStringLiteral("已删除的目标"));
        QVERIFY(rendered->related.at(4).href.isEmpty());
    }

    void language_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("nominal: Chinese") << QStringLiteral("内蒙古对448名干部进行了调整") << QStringLiteral("zh-Hans");
        QTest::newRow("nominal: English") << QStringLiteral("The metro line opens today in the east") << QStringLiteral("en");
        QTest::newRow("nominal: Chinese with some English words") << QStringLiteral("使用APP和微信工作群办公的基层干部") << QStringLiteral("zh-Hans");
        QTest::newRow("nominal: English naming a Chinese city") << QStringLiteral("Travellers to 北京 should book early this year")
                                                                << QStringLiteral("en");
    }
    void language()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(ArticleRenderer::contentLanguage(text), language);
    }
};

QTEST_GUILESS_MAIN(TestArticleRenderer)
#include "tst_articlerenderer.moc"
