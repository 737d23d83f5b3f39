#include "exporting/exporttemplate.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestExportTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInTemplateLoads()
    {
        QString error;
        const std::optional<ExportTemplate> loaded = ExportTemplate::load(QString(), &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(loaded->hasTemplate(QStringLiteral("article.mustache")));
        QVERIFY(loaded->hasTemplate(QStringLiteral("index.mustache")));
        QVERIFY(loaded->hasTemplate(QStringLiteral("article.txt.mustache")));
        QVERIFY(loaded->staticFiles().contains(QStringLiteral("style.css")));
    }

    void errorsNameFileLineAndTag_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("tag");
        QTest::newRow("nominal: unclosed section")
            << QStringLiteral("article.mustache")
            << QByteArray("<html>\n<body>\n{{#related}}\n<li>{{title}}</li>\n</body>\n") << 3
            << QStringLiteral("{{#related}}");
        QTest::newRow("nominal: section closed by another name")
            << QStringLiteral("article.mustache") << QByteArray("<p>\n{{#has_views}}\n{{views}}\n{{/has_view}}\n</p>\n")
            << 2 << QStringLiteral("{{#has_views}}");
        QTest::newRow("nominal: unopened section")
            << QStringLiteral("article.mustache") << QByteArray("<p>{{title}}</p>\n{{/related}}\n") << 2
            << QStringLiteral("{{/related}}");
        QTest::newRow("nominal: unclosed tag")
            << QStringLiteral("article.mustache") << QByteArray("<html>\n\n\n<h1>{{title</h1>\n") << 4
            << QStringLiteral("{{title</h1>");
        QTest::newRow("nominal: unknown partial")
            << QStringLiteral("article.mustache") << QByteArray("<html>\n{{> header}}\n") << 2
            << QStringLiteral("{{> header}}");
        QTest::newRow("nominal: error in the index template")
            << QStringLiteral("index.mustache") << QByteArray("<ol>\n{{#articles}}\n") << 2
            << QStringLiteral("{{#articles}}");
        QTest::newRow("nominal: error in a partial")
            << QStringLiteral("footer.mustache") << QByteArray("\n\n\n\n\n{{^x}}") << 6 << QStringLiteral("{{^x}}");
        QTest::newRow("robustness: line counted in UTF-8 text")
            << QStringLiteral("article.mustache")
            << QByteArray("<p>稿件来源</p>\n<p>编辑</p>\n<p>相关文章 {{#related}}</p>\n") << 3
            << QStringLiteral("{{#related}}");
    }
    void errorsNameFileLineAndTag()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, source);
        QFETCH(int, line);
        QFETCH(QString, tag);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeFile(dir.filePath(QStringLiteral("article.mustache")), "<p>{{title}}</p>\n");
        writeFile(dir.filePath(file), source);
        QString error;
        QVERIFY(!ExportTemplate::load(dir.path(), &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(dir.filePath(file))), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("line %1").arg(line)), qPrintable(error));
        QVERIFY2(error.contains(tag), qPrintable(error));
    }

    void folderProblems()
    {
        QString error;
        QVERIFY(!ExportTemplate::load(QStringLiteral("/nonexistent/galley-template"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/galley-template")));

        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("index.mustache")), "<p></p>");
        QVERIFY(!ExportTemplate::load(dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("article.mustache")), qPrintable(error));
    }

    // A link out of the template folder would publish any file the exporting user can read.
    void linksOutOfTheFolderAreRefused_data()
    {
        QTest::addColumn<QString>("linkName");
        QTest::newRow("security: a partial") << QStringLiteral("footer.mustache");
        QTest::newRow("security: a style sheet") << QStringLiteral("site.css");
    }
    void linksOutOfTheFolderAreRefused()
    {
        QFETCH(QString, linkName);
        QTemporaryDir outside;
        writeFile(outside.filePath(QStringLiteral("secret.txt")), "SECRET KEY");
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("article.mustache")), "<h1>{{title}}</h1>{{> footer}}");
        if (linkName != QLatin1String("footer.mustache"))
            writeFile(dir.filePath(QStringLiteral("footer.mustache")), "<footer></footer>");
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret.txt")), dir.filePath(linkName)));
        QString error;
        QVERIFY(!ExportTemplate::load(dir.path(), &error));
        QVERIFY2(error.contains(linkName) && error.contains(QStringLiteral("outside the template folder")),
            qPrintable(error));

        // A link that stays inside the folder is the folder's own file.
        QFile::remove(dir.filePath(linkName));
        writeFile(dir.filePath(QStringLiteral("shared.txt")), "<footer>ok</footer>");
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("shared.txt")), dir.filePath(linkName)));
        QVERIFY2(ExportTemplate::load(dir.path(), &error), qPrintable(error));
    }

    void anEmptyPageIsAnError()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("article.mustache")), "{{#missing}}<p>{{title}}</p>{{/missing}}\n");
        QString error;
        const std::optional<ExportTemplate> loaded = ExportTemplate::load(dir.path(), &error);
        QVERIFY2(loaded, qPrintable(error));
        const TemplateRenderer renderer(*loaded);
        const QString page = renderer.render(
            QStringLiteral("article.mustache"), { { QStringLiteral("title"), QStringLiteral("标题") } }, &error);
        QVERIFY(page.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("article.mustache")) && error.contains(QStringLiteral("empty page")),
            qPrintable(error));
    }

    void userFolderFallsBackAndCopiesStaticFiles()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("article.mustache")), "<h1>{{title}}</h1>{{> footer}}");
        writeFile(dir.filePath(QStringLiteral("footer.mustache")), "<footer>{{source}}</footer>");
        writeFile(dir.filePath(QStringLiteral("site.css")), "body{}");
        writeFile(dir.filePath(QStringLiteral("logo.png")), "PNG");
        writeFile(dir.filePath(QStringLiteral("Notes About It.css")), "x");
        writeFile(dir.filePath(QStringLiteral(".hidden.css")), "x");
        writeFile(dir.filePath(QStringLiteral("README.md")), "x");
        QString error;
        const std::optional<ExportTemplate> loaded = ExportTemplate::load(dir.path(), &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(loaded->hasTemplate(QStringLiteral("index.mustache"))); // built-in fallback
        QCOMPARE(
            loaded->staticFiles().keys(), (QStringList { QStringLiteral("logo.png"), QStringLiteral("site.css") }));

        const TemplateRenderer renderer(*loaded);
        const QString page = renderer.render(QStringLiteral("article.mustache"),
            { { QStringLiteral("title"), QStringLiteral("<script>x</script> & \"q\"") },
                { QStringLiteral("source"), QStringLiteral("内蒙古日报<b>") } },
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(page,
            QStringLiteral(
                "<h1>&lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot;</h1><footer>内蒙古日报&lt;b&gt;</footer>"));
    }

    void textTemplateIsNotEscaped()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("article.mustache")), "{{title}}");
        writeFile(dir.filePath(QStringLiteral("article.txt.mustache")), "{{title}} | {{source}}\n");
        QString error;
        const std::optional<ExportTemplate> loaded = ExportTemplate::load(dir.path(), &error);
        QVERIFY2(loaded, qPrintable(error));
        const TemplateRenderer renderer(*loaded);
        QCOMPARE(renderer.render(QStringLiteral("article.txt.mustache"),
                     { { QStringLiteral("title"), QStringLiteral("A & B <c>") },
                         { QStringLiteral("source"), QStringLiteral("\"稿\"") } },
                     &error),
            QStringLiteral("A & B <c> | \"稿\"\n"));
    }

    void standaloneTagLinesLeaveNoBlankLines_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QVariantMap>("data");
        QTest::addColumn<QString>("expected");
        const QVariantMap on { { QStringLiteral("yes"), true }, { QStringLiteral("no"), false },
            { QStringLiteral("items"),
                QVariantList { QVariantMap { { QStringLiteral("x"), QStringLiteral("1") } },
                    QVariantMap { { QStringLiteral("x"), QStringLiteral("2") } } } } };
        QTest::newRow("nominal: skipped section")
            << QByteArray("a\n{{#no}}\nX\n{{/no}}\nb\n") << on << QStringLiteral("a\nb\n");
        QTest::newRow("nominal: rendered section")
            << QByteArray("a\n{{#yes}}\nX\n{{/yes}}\nb\n") << on << QStringLiteral("a\nX\nb\n");
        QTest::newRow("nominal: inverted section")
            << QByteArray("a\n{{^yes}}\nX\n{{/yes}}\nb\n") << on << QStringLiteral("a\nb\n");
        QTest::newRow("nominal: comment line") << QByteArray("a\n  {{! note }}\nb\n") << on << QStringLiteral("a\nb\n");
        QTest::newRow("nominal: list") << QByteArray("<ul>\n{{#items}}\n<li>{{x}}</li>\n{{/items}}\n</ul>\n") << on
                                       << QStringLiteral("<ul>\n<li>1</li>\n<li>2</li>\n</ul>\n");
        QTest::newRow("nominal: blank line inside a section is kept")
            << QByteArray("a\n{{#yes}}\n\nX\n{{/yes}}\nb\n") << on << QStringLiteral("a\n\nX\nb\n");
        QTest::newRow("nominal: inline sections untouched")
            << QByteArray("a {{#yes}}X{{/yes}}{{#no}}Y{{/no}} b\n") << on << QStringLiteral("a X b\n");
    }
    void standaloneTagLinesLeaveNoBlankLines()
    {
        QFETCH(QByteArray, source);
        QFETCH(QVariantMap, data);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("article.mustache")), source);
        QString error;
        const std::optional<ExportTemplate> loaded = ExportTemplate::load(dir.path(), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(TemplateRenderer(*loaded).render(QStringLiteral("article.mustache"), data, &error), expected);
    }

    void listItemsDoNotSeeParentValues()
    {
        // The default template relies on has_* flags being set on every item; an item without
        // views must not print the article's views.
        QString error;
        const std::optional<ExportTemplate> loaded = ExportTemplate::load(QString(), &error);
        QVERIFY2(loaded, qPrintable(error));
        const TemplateRenderer renderer(*loaded);
        QVariantMap item { { QStringLiteral("title"), QStringLiteral("相关") }, { QStringLiteral("has_views"), false },
            { QStringLiteral("views"), QString() }, { QStringLiteral("has_href"), false },
            { QStringLiteral("has_url"), false }, { QStringLiteral("has_summary"), false },
            { QStringLiteral("has_publish_time"), false } };
        const QVariantMap data { { QStringLiteral("title"), QStringLiteral("主") },
            { QStringLiteral("has_views"), true }, { QStringLiteral("views"), QStringLiteral("98765") },
            { QStringLiteral("has_related"), true }, { QStringLiteral("related"), QVariantList { item } } };
        const QString page = renderer.render(QStringLiteral("article.mustache"), data, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(page.count(QStringLiteral("98765")), 1);
    }
};

QTEST_GUILESS_MAIN(TestExportTemplate)
#include "tst_exporttemplate.moc"
