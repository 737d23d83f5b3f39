#include "exporting/pagevalidator.h"

#include <QTest>

using namespace galley;

namespace {

QString page(const QString &head, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n<title>t</title>\n")
        + head + QStringLiteral("\n</head>\n<body>\n") + body + QStringLiteral("\n</body>\n</html>\n");
}

} // namespace

class TestPageValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanPageIsValid()
    {
        const QString html = page(QStringLiteral("<link rel=\"stylesheet\" href=\"style.css\">\n"
                                                 "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"\\u003c/script\\u003e\"}</script>"),
                                  QStringLiteral("<main><p>正文 <a href=\"https://example.com/?a=1&amp;b=2\">链接</a></p>"
                                                 "<img src=\"assets/aa.png\" alt=\"javascript: 入门\"><a href=\"other.html#top\">相关</a></main>"));
        const PageValidator::Result result = PageValidator::validate(html, [](const QString &path) {
            return path == QLatin1String("style.css") || path == QLatin1String("assets/aa.png") || path == QLatin1String("other.html");
        });
        QVERIFY2(result.isValid(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    }

    void rejectsExecutableContent_data()
    {
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("script: plain") << QString() << QStringLiteral("<script>alert(1)</script>") << QStringLiteral("<script>");
        QTest::newRow("script: external") << QStringLiteral("<script src=\"x.js\"></script>") << QString() << QStringLiteral("<script>");
        QTest::newRow("script: data type with src") << QStringLiteral("<script type=\"application/ld+json\" src=\"x.json\"></script>") << QString()
                                                    << QStringLiteral("<script>");
        QTest::newRow("script: ld+json that is not JSON") << QStringLiteral("<script type=\"application/ld+json\">alert(1)</script>") << QString()
                                                          << QStringLiteral("<script>");
        QTest::newRow("script: module type") << QString() << QStringLiteral("<script type=\"module\">import('x')</script>") << QStringLiteral("<script>");
        QTest::newRow("script: inside svg") << QString() << QStringLiteral("<svg><script>alert(1)</script></svg>") << QStringLiteral("<script>");
        QTest::newRow("handler: onerror") << QString() << QStringLiteral("<img src=\"x.png\" onerror=\"alert(1)\">") << QStringLiteral("onerror");
        QTest::newRow("handler: upper case onload") << QString() << QStringLiteral("<svg ONLOAD=alert(1)></svg>") << QStringLiteral("onload");
        QTest::newRow("handler: ontoggle") << QString() << QStringLiteral("<details open ontoggle=alert(1)></details>") << QStringLiteral("ontoggle");
        QTest::newRow("url: javascript href") << QString() << QStringLiteral("<a href=\"javascript:alert(1)\">x</a>") << QStringLiteral("script URL");
        QTest::newRow("url: mixed case and spaces") << QString() << QStringLiteral("<a href=\" JaVa\tScRiPt:alert(1)\">x</a>") << QStringLiteral("script URL");
        QTest::newRow("url: entity-encoded") << QString() << QStringLiteral("<a href=\"&#106;avascript&#58;alert(1)\">x</a>") << QStringLiteral("script URL");
        QTest::newRow("url: vbscript") << QString() << QStringLiteral("<a href=\"vbscript:msgbox(1)\">x</a>") << QStringLiteral("script URL");
        QTest::newRow("url: form action") << QString() << QStringLiteral("<form action=\"javascript:alert(1)\"><button>x</button></form>") << QStringLiteral("script URL");
        QTest::newRow("url: svg xlink") << QString() << QStringLiteral("<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>") << QStringLiteral("script URL");
        QTest::newRow("url: data html link") << QString() << QStringLiteral("<a href=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\">x</a>") << QStringLiteral("data:");
        QTest::newRow("element: iframe") << QString() << QStringLiteral("<iframe src=\"https://example.com\"></iframe>") << QStringLiteral("<iframe>");
        QTest::newRow("element: object") << QString() << QStringLiteral("<object data=\"x.swf\"></object>") << QStringLiteral("<object>");
        QTest::newRow("element: embed") << QString() << QStringLiteral("<embed src=\"x.swf\">") << QStringLiteral("<embed>");
        QTest::newRow("element: base") << QStringLiteral("<base href=\"https://evil.example/\">") << QString() << QStringLiteral("<base>");
        QTest::newRow("element: meta refresh") << QStringLiteral("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">") << QString()
                                               << QStringLiteral("refresh");
        QTest::newRow("css: javascript url in style") << QString() << QStringLiteral("<div style=\"background:url(javascript:alert(1))\">x</div>")
                                                      << QStringLiteral("script URL");
        QTest::newRow("css: expression") << QString() << QStringLiteral("<p style=\"width:expression(alert(1))\">x</p>") << QStringLiteral("style");
        QTest::newRow("css: style element") << QStringLiteral("<style>body{background:url(\"javascript:alert(1)\")}</style>") << QString()
                                            << QStringLiteral("<style>");
    }
    void rejectsExecutableContent()
    {
        QFETCH(QString, head);
        QFETCH(QString, body);
        QFETCH(QString, expected);
        const PageValidator::Result result = PageValidator::validate(page(head, body), {}, false);
        QVERIFY2(!result.isValid(), qPrintable(body + head));
        QVERIFY2(result.errors.join(QLatin1Char('\n')).contains(expected), qPrintable(result.errors.join(QLatin1Char('\n'))));
    }

    void notWellFormed_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("robustness: unknown element") << page(QString(), QStringLiteral("<p><blink2>x</blink2></p>"));
        QTest::newRow("robustness: stray end tag") << page(QString(), QStringLiteral("<p>x</galley></p>"));
        QTest::newRow("robustness: misnested inline") << page(QString(), QStringLiteral("<p><strong>x</p>"));
        QTest::newRow("robustness: block inside a paragraph") << page(QString(), QStringLiteral("<p><div>x</div></p>"));
        QTest::newRow("robustness: repeated attribute") << page(QString(), QStringLiteral("<p title=\"a\" title=\"b\">x</p>"));
        QTest::newRow("robustness: unescaped entity-like text") << page(QString(), QStringLiteral("<p>AT&T&copy2 &foo;</p>"));
    }
    void notWellFormed()
    {
        QFETCH(QString, html);
        if (!PageValidator::hasTidy())
            QSKIP("built without libtidy; gumbo's parse errors stand in");
        QVERIFY(!PageValidator::wellFormednessErrors(html).isEmpty());
    }

    void wellFormedWarningsAreNotErrors()
    {
        // An empty paragraph, a missing alt or an attribute Tidy does not know are warnings.
        const QString html = page(QStringLiteral("<meta property=\"og:title\" content=\"x\">"),
                                  QStringLiteral("<main><p></p><p data-x=\"1\">x</p><img src=\"a.png\"></main>"));
        QCOMPARE(PageValidator::wellFormednessErrors(html), QStringList());
    }

    void referencesMustExist_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: missing asset") << QStringLiteral("<img src=\"assets/missing.png\" alt=\"\">") << QStringLiteral("assets/missing.png");
        QTest::newRow("nominal: missing page") << QStringLiteral("<a href=\"gone.html\">x</a>") << QStringLiteral("gone.html");
        QTest::newRow("robustness: leaves the folder") << QStringLiteral("<img src=\"../secret.png\" alt=\"\">") << QStringLiteral("leaves");
        QTest::newRow("robustness: absolute path") << QStringLiteral("<img src=\"/etc/passwd\" alt=\"\">") << QStringLiteral("leaves");
        QTest::newRow("robustness: percent-encoded parent") << QStringLiteral("<img src=\"%2e%2e/x.png\" alt=\"\">") << QStringLiteral("leaves");
        QTest::newRow("robustness: srcset") << QStringLiteral("<img src=\"style.css\" srcset=\"assets/big.png 2x\" alt=\"\">") << QStringLiteral("assets/big.png");
    }
    void referencesMustExist()
    {
        QFETCH(QString, body);
        QFETCH(QString, expected);
        const PageValidator::Result result = PageValidator::validate(page(QString(), body), [](const QString &path) {
            return path == QLatin1String("style.css");
        }, false);
        QVERIFY(!result.isValid());
        QVERIFY2(result.errors.join(QLatin1Char('\n')).contains(expected), qPrintable(result.errors.join(QLatin1Char('\n'))));
    }

    void externalReferencesAreNotFiles()
    {
        const QString html = page(QString(), QStringLiteral("<a href=\"https://example.com/x.html\">a</a><a href=\"mailto:a@b.cn\">m</a>"
                                                            "<a href=\"#top\">t</a><img src=\"//cdn.example/x.png\" alt=\"\">"));
        QCOMPARE(PageValidator::localReferences(html), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestPageValidator)
#include "tst_pagevalidator.moc"
