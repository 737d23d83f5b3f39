#include "exporting/articletransformer.h"
#include "exporting/canonicaltext.h"
#include "exporting/chineseconverter.h"

#include <QTest>

using namespace galley;

class TestTransform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textRuns()
    {
        // Inline tags do not break a run; blocks and br do.
        QString html = QStringLiteral("<p>a<strong>b</strong>c</p>\n<p>d<br>e</p>");
        QList<QList<QString>> runs;
        CanonicalText::transformTextRuns(html, [&runs](QList<QString> &pieces) { runs.append(pieces); });
        const QList<QList<QString>> expected{{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                             {QStringLiteral("\n")},
                                             {QStringLiteral("d")},
                                             {QStringLiteral("e")}};
        QCOMPARE(runs, expected);
    }

    void entitiesDecodedAndEscapedAgain()
    {
        QString html = QStringLiteral("<p>A &amp; B &lt;tag&gt; 中</p>");
        QList<QString> seen;
        CanonicalText::transformTextNodes(html, [&seen](const QString &text) {
            seen.append(text);
            return text + QStringLiteral("<&>");
        });
        QCOMPARE(seen, QList<QString>{QStringLiteral("A & B <tag> 中")});
        QCOMPARE(html, QStringLiteral("<p>A &amp; B &lt;tag&gt; 中&lt;&amp;&gt;</p>"));
    }

    void unchangedNodesKeepTheirBytes()
    {
        const QString original = QStringLiteral("<p>x&#39;y &quot;z&quot;</p>");
        QString html = original;
        CanonicalText::transformTextNodes(html, [](const QString &text) { return text; });
        QCOMPARE(html, original);
    }

    void plainText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: blocks on lines") << QStringLiteral("<h2>题</h2>\n<p>a<strong>b</strong>c</p>\n<p>d</p>")
                                                  << QStringLiteral("题\nabc\nd");
        QTest::newRow("nominal: lists and quotes") << QStringLiteral("<ul>\n<li>一</li>\n<li>二</li>\n</ul>\n<blockquote>\n<p>引</p>\n</blockquote>")
                                                   << QStringLiteral("一\n二\n引");
        QTest::newRow("nominal: line break") << QStringLiteral("<p>上<br>下</p>") << QStringLiteral("上\n下");
        QTest::newRow("nominal: figure caption, no image") << QStringLiteral("<figure><img src=\"assets/a.png\" alt=\"图\">\n<figcaption>说明</figcaption></figure>")
                                                           << QStringLiteral("说明");
        QTest::newRow("nominal: entities and no-break space") << QStringLiteral("<p>A&amp;B&nbsp;&lt;c&gt;</p>") << QStringLiteral("A&B <c>");
        QTest::newRow("robustness: empty") << QString() << QString();
    }
    void plainText()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        QCOMPARE(CanonicalText::plainText(html), expected);
    }

    void openccTextNodesOnly_data()
    {
        QTest::addColumn<int>("conversion");
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: s2t converts text")
            << int(ChineseConversion::S2T) << QStringLiteral("<p>干部被调整</p>") << QStringLiteral("<p>幹部被調整</p>");
        QTest::newRow("nominal: s2tw uses Taiwan variants")
            << int(ChineseConversion::S2TW) << QStringLiteral("<p>里面</p>") << QStringLiteral("<p>裡面</p>");
        QTest::newRow("nominal: s2hk uses Hong Kong variants")
            << int(ChineseConversion::S2HK) << QStringLiteral("<p>台</p>") << QStringLiteral("<p>台</p>");
        QTest::newRow("links: href and URL text untouched, words converted")
            << int(ChineseConversion::S2T)
            << QStringLiteral("<p>详见<a href=\"https://example.com/发布/后台\">https://example.com/fa-bu</a>发布</p>")
            << QStringLiteral("<p>詳見<a href=\"https://example.com/发布/后台\">https://example.com/fa-bu</a>發佈</p>");
        QTest::newRow("markup: image alt is an attribute, untouched")
            << int(ChineseConversion::S2T)
            << QStringLiteral("<figure><img src=\"assets/a.png\" alt=\"头发\">\n<figcaption>头发</figcaption></figure>")
            << QStringLiteral("<figure><img src=\"assets/a.png\" alt=\"头发\">\n<figcaption>頭髮</figcaption></figure>");
        QTest::newRow("markup: entities survive")
            << int(ChineseConversion::S2T) << QStringLiteral("<p>软件 &amp; 硬件 &lt;发布&gt;</p>")
            << QStringLiteral("<p>軟件 &amp; 硬件 &lt;發佈&gt;</p>");
        QTest::newRow("latin: nothing to convert")
            << int(ChineseConversion::S2T) << QStringLiteral("<p>Hello <em>world</em></p>") << QStringLiteral("<p>Hello <em>world</em></p>");
    }
    void openccTextNodesOnly()
    {
        QFETCH(int, conversion);
        QFETCH(QString, html);
        QFETCH(QString, expected);
        const ArticleTransformer transformer(ChineseConversion(conversion), false);
        QVERIFY2(transformer.isValid(), qPrintable(transformer.errorString()));
        QCOMPARE(transformer.transformHtml(html), expected);
    }

    void punctuationInHtml()
    {
        const ArticleTransformer transformer(ChineseConversion::None, true);
        QCOMPARE(transformer.transformHtml(QStringLiteral("<p><strong>文章指出</strong>, 内蒙古(<em>市区</em>): <a href=\"https://a.cn/?x=1,2\">链接</a>!</p>")),
                 QStringLiteral("<p><strong>文章指出</strong>，内蒙古（<em>市区</em>）：<a href=\"https://a.cn/?x=1,2\">链接</a>！</p>"));
    }

    void bothTransformsTogether()
    {
        const ArticleTransformer transformer(ChineseConversion::S2T, true);
        QCOMPARE(transformer.transformText(QStringLiteral("不适宜担任现职,448名干部被调整")),
                 QStringLiteral("不適宜擔任現職，448名幹部被調整"));
    }

    void offByDefaultChangesNothing()
    {
        const ArticleTransformer transformer(ChineseConversion::None, false);
        QVERIFY(transformer.isIdentity());
        const QString html = QStringLiteral("<p>干部,调整(市区)</p>");
        QCOMPARE(transformer.transformHtml(html), html);
        QCOMPARE(transformer.transformLanguage(QStringLiteral("zh-Hans")), QStringLiteral("zh-Hans"));
    }

    void language_data()
    {
        QTest::addColumn<int>("conversion");
        QTest::addColumn<QString>("language");
        QTest::newRow("nominal: s2t") << int(ChineseConversion::S2T) << QStringLiteral("zh-Hant");
        QTest::newRow("nominal: s2tw") << int(ChineseConversion::S2TW) << QStringLiteral("zh-Hant-TW");
        QTest::newRow("nominal: s2hk") << int(ChineseConversion::S2HK) << QStringLiteral("zh-Hant-HK");
    }
    void language()
    {
        QFETCH(int, conversion);
        QFETCH(QString, language);
        const ArticleTransformer transformer(ChineseConversion(conversion), false);
        QCOMPARE(transformer.transformLanguage(QStringLiteral("zh-Hans")), language);
        QCOMPARE(transformer.transformLanguage(QStringLiteral("en")), QStringLiteral("en"));
    }

    void wholeArticle()
    {
        RenderedArticle article;
        article.title = QStringLiteral("发布");
        article.source = QStringLiteral("内蒙古日报");
        article.tags = QStringList{QStringLiteral("软件")};
        article.related.append(RenderedRelated{QStringLiteral("后台"), QStringLiteral("头发"), {}, {}, QStringLiteral("p.html"),
                                               QString(), QStringLiteral("urn:uuid:x"), true});
        article.uuid = QStringLiteral("不变");
        article.fileStem = QStringLiteral("fa-bu");
        article.language = QStringLiteral("zh-Hans");
        ArticleTransformer(ChineseConversion::S2T, false).transform(article);
        QCOMPARE(article.title, QStringLiteral("發佈"));
        QCOMPARE(article.source, QStringLiteral("內蒙古日報"));
        QCOMPARE(article.tags, QStringList{QStringLiteral("軟件")});
        QCOMPARE(article.related.constFirst().title, QStringLiteral("後臺"));
        QCOMPARE(article.related.constFirst().summary, QStringLiteral("頭髮"));
        // Identifiers and file names are not text.
        QCOMPARE(article.uuid, QStringLiteral("不变"));
        QCOMPARE(article.related.constFirst().href, QStringLiteral("p.html"));
        QCOMPARE(article.language, QStringLiteral("zh-Hant"));
    }
};

QTEST_GUILESS_MAIN(TestTransform)
#include "tst_transform.moc"
