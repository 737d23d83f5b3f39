#include "exporting/exportpaths.h"

#include <QRegularExpression>
#include <QTest>

using namespace galley;

class TestExportPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileStem_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: pinyin slug kept") << QStringLiteral("bu-shi-yi-448-ming-gan-bu") << QStringLiteral("bu-shi-yi-448-ming-gan-bu");
        QTest::newRow("nominal: upper case and spaces") << QStringLiteral("Metro Line 6 Opens") << QStringLiteral("metro-line-6-opens");
        QTest::newRow("robustness: parent folders") << QStringLiteral("../../etc/passwd") << QStringLiteral("etc-passwd");
        QTest::newRow("robustness: absolute path") << QStringLiteral("/etc/passwd") << QStringLiteral("etc-passwd");
        QTest::newRow("robustness: backslashes") << QStringLiteral("..\\..\\windows\\system32") << QStringLiteral("windows-system32");
        QTest::newRow("robustness: only dots") << QStringLiteral("..") << QStringLiteral("article-42");
        QTest::newRow("robustness: only punctuation") << QStringLiteral("!!!?!?---///") << QStringLiteral("article-42");
        QTest::newRow("robustness: Chinese not transliterated") << QStringLiteral("干部被调整") << QStringLiteral("article-42");
        QTest::newRow("robustness: empty") << QString() << QStringLiteral("article-42");
        QTest::newRow("robustness: hidden file") << QStringLiteral(".htaccess") << QStringLiteral("htaccess");
        QTest::newRow("robustness: NUL and newline") << QStringLiteral("a\nb") + QChar(0) + QStringLiteral("c") << QStringLiteral("a-b-c");
        QTest::newRow("robustness: look-alike letters are not ASCII") << QStringLiteral("\u212Aelvin-\u0130stanbul") << QStringLiteral("elvin-stanbul");
    }
    void fileStem()
    {
        QFETCH(QString, slug);
        QFETCH(QString, expected);
        QCOMPARE(ExportPaths::fileStem(slug, 42), expected);
    }

    void fileStemIsAlwaysSafe_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::newRow("robustness: 300 characters") << QString(300, QLatin1Char('a'));
        QTest::newRow("robustness: 300 characters of words") << QStringLiteral("word-").repeated(60);
        QTest::newRow("robustness: slashes everywhere") << QStringLiteral("a/b/c/../../../d");
        QTest::newRow("robustness: only punctuation") << QStringLiteral("。，、；：？！…—·");
        QTest::newRow("robustness: dot dot inside") << QStringLiteral("a..b");
    }
    void fileStemIsAlwaysSafe()
    {
        QFETCH(QString, slug);
        const QString stem = ExportPaths::fileStem(slug, 7);
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$")).match(stem).hasMatch(), qPrintable(stem));
        QVERIFY(stem.size() <= ExportPaths::MaxStemLength);
        QVERIFY(ExportPaths::isSafeRelativePath(stem + QLatin1String(".html")));
    }

    void uniqueStems()
    {
        // Two articles with the same slug, one named like the site index, one named like a later
        // article's disambiguated stem: every file name is different and stable.
        const QHash<qint64, QString> stems = ExportPaths::uniqueFileStems(
            {{9, QStringLiteral("same")}, {3, QStringLiteral("same")}, {5, QStringLiteral("index")}, {4, QStringLiteral("same-9")}});
        QCOMPARE(stems.value(3), QStringLiteral("same"));
        QCOMPARE(stems.value(4), QStringLiteral("same-9"));
        QCOMPARE(stems.value(5), QStringLiteral("index-5"));
        QCOMPARE(stems.value(9), QStringLiteral("same-9-2"));
        QCOMPARE(QSet<QString>(stems.cbegin(), stems.cend()).size(), 4);
    }

    void assetPath_data()
    {
        QTest::addColumn<QString>("hash");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QString>("expected");
        const QString hash = QString(64, QLatin1Char('a'));
        QTest::newRow("nominal: png") << hash << QStringLiteral("image/png") << QStringLiteral("assets/") + hash + QStringLiteral(".png");
        QTest::newRow("nominal: jpeg") << hash << QStringLiteral("IMAGE/JPEG") << QStringLiteral("assets/") + hash + QStringLiteral(".jpg");
        QTest::newRow("robustness: unknown type") << hash << QStringLiteral("application/x-evil") << QStringLiteral("assets/") + hash + QStringLiteral(".bin");
        QTest::newRow("robustness: not a hash") << QStringLiteral("../../x") << QStringLiteral("image/png") << QString();
        QTest::newRow("robustness: upper-case hash") << QString(64, QLatin1Char('A')) << QStringLiteral("image/png") << QString();
    }
    void assetPath()
    {
        QFETCH(QString, hash);
        QFETCH(QString, mime);
        QFETCH(QString, expected);
        QCOMPARE(ExportPaths::assetPath(hash, mime), expected);
    }

    void safeRelativePath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("safe");
        QTest::newRow("nominal: page") << QStringLiteral("a-b.html") << true;
        QTest::newRow("nominal: asset") << QStringLiteral("assets/abc.png") << true;
        QTest::newRow("nominal: manifest") << QStringLiteral(".galley-export.json") << true;
        QTest::newRow("robustness: parent") << QStringLiteral("../a.html") << false;
        QTest::newRow("robustness: absolute") << QStringLiteral("/tmp/a.html") << false;
        QTest::newRow("robustness: hidden") << QStringLiteral(".bashrc") << false;
        QTest::newRow("robustness: deep") << QStringLiteral("a/b/c.html") << false;
        QTest::newRow("robustness: upper case") << QStringLiteral("A.html") << false;
        QTest::newRow("robustness: empty component") << QStringLiteral("assets//a.png") << false;
        QTest::newRow("robustness: dot dot in name") << QStringLiteral("a..html") << false;
    }
    void safeRelativePath()
    {
        QFETCH(QString, path);
        QFETCH(bool, safe);
        QCOMPARE(ExportPaths::isSafeRelativePath(path), safe);
    }
};

QTEST_GUILESS_MAIN(TestExportPaths)
#include "tst_exportpaths.moc"
