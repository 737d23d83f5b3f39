// The bounds on markup handed to gumbo: real articles and web pages (the corpus sample, a page
// with a 1 MB inline image, Word's verbose clipboard HTML) pass; markup deep or wide enough to
// keep the parser busy for minutes is refused with a sentence that says what is too much.

#include "document/htmllimits.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace galley;

class TestHtmlLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realMarkupPasses()
    {
        QStringList pages;
        const QDir data(QStringLiteral(GALLEY_TEST_DATA "/html"));
        for (const QString &name : data.entryList({ QStringLiteral("*.html"), QStringLiteral("*.htm") }, QDir::Files)) {
            QFile file(data.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            pages.append(QString::fromUtf8(file.readAll()));
        }
        QVERIFY2(!pages.isEmpty(), "tests/data holds HTML samples");
        // An inline image: one attribute a megabyte long, with the = of base64 padding.
        pages.append(QStringLiteral("<p><img src=\"data:image/png;base64,%1==\" alt=\"图\"></p>")
                         .arg(QString(1024 * 1024, QLatin1Char('A'))));
        // Word's clipboard: many attributes, styles and conditional comments on every paragraph.
        pages.append(QStringLiteral("<p class=MsoNormal style='mso-list:l0 level1 lfo1' lang=ZH-CN x=1 y=2>段落</p>")
                         .repeated(5000));
        for (const QString &page : std::as_const(pages))
            QVERIFY2(HtmlLimits::problem(page).isEmpty(), qPrintable(HtmlLimits::problem(page)));
    }

    void tooMuchMarkupIsRefused_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("says");
        QTest::newRow("100,000 unclosed <b>")
            << QStringLiteral("<b>x").repeated(100000) << QStringLiteral("100000 tags");
        QTest::newRow("one element with 100,000 attributes")
            << (QStringLiteral("<p ") + QStringLiteral("a=1 ").repeated(100000) + QStringLiteral(">x</p>"))
            << QStringLiteral("100000 attributes");
        QTest::newRow("just over the tag bound")
            << QStringLiteral("<i>").repeated(HtmlLimits::MaxTags + 1) << QStringLiteral("50001 tags");
    }
    void tooMuchMarkupIsRefused()
    {
        QFETCH(QString, html);
        QFETCH(QString, says);
        const QString problem = HtmlLimits::problem(html);
        QVERIFY2(problem.contains(says), qPrintable(problem));
        // At the bound exactly, it passes.
        QVERIFY(HtmlLimits::problem(QStringLiteral("<i>").repeated(HtmlLimits::MaxTags)).isEmpty());
        QVERIFY(HtmlLimits::problem(
            QStringLiteral("<p ") + QStringLiteral("a=1 ").repeated(HtmlLimits::MaxAttributes) + QStringLiteral(">"))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHtmlLimits)
#include "tst_htmllimits.moc"
