// The copy desk's memory in the newsroom, on both engines: ignored findings per article, the
// newsroom's dictionary, an article's chosen language and the house style are stored, read back
// by another connection (another desk), and go with the article when it is purged. Who may
// change what on a team server: storage_teamserver.
#include "storage/articlerepository.h"
#include "storage/copydeskrepository.h"
#include "storage/database.h"

#include <QTest>

#include "testnewsroom.h"

using namespace galley;

class CopyDeskRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_newsrooms = std::make_unique<galley::test::TestNewsrooms>();
        m_path = m_newsrooms->create();
        QVERIFY2(!m_path.isEmpty(), qPrintable(m_newsrooms->errorString()));
        m_database = std::make_unique<Database>();
        QCOMPARE(m_database->open(m_path), Database::Status::Ok);
        for (Article *article : { &m_first, &m_second }) {
            *article = Article {};
            article->title = QStringLiteral("内蒙古干部");
            article->bodyHtml = QStringLiteral("<p>减少48.4%;自治区</p>");
            ArticleRepository articles(*m_database);
            QVERIFY2(articles.create(*article), qPrintable(articles.errorString()));
        }
    }

    void cleanup()
    {
        m_database.reset();
        m_newsrooms.reset();
    }

    void ignoredFindingsArePerArticleAndShared()
    {
        CopyDeskRepository desk(*m_database);
        QCOMPARE(desk.ignoredFindings(m_first.id), QSet<QString>());
        const QString key = QStringLiteral("0\x1fhalfwidth-punctuation\x1f48.4%\x1f;\x1f自治区");
        QVERIFY2(desk.ignoreFinding(m_first.id, key, QStringLiteral("王晓")), qPrintable(desk.errorString()));
        QVERIFY2(desk.ignoreFinding(m_first.id, key, QStringLiteral("李明")), qPrintable(desk.errorString())); // once
        QVERIFY(desk.ignoreFinding(m_first.id, QStringLiteral("0\x1fspelling\x1f\x1f" "Colour\x1f"), QStringLiteral("王晓")));

        // Another desk opening the newsroom sees them; the other article has none.
        Database other;
        QCOMPARE(other.open(m_path), Database::Status::Ok);
        const std::optional<QSet<QString>> seen = CopyDeskRepository(other).ignoredFindings(m_first.id);
        QVERIFY(seen);
        QCOMPARE(seen->size(), 2);
        QVERIFY(seen->contains(key));
        QCOMPARE(CopyDeskRepository(other).ignoredFindings(m_second.id), QSet<QString>());

        // A purged article takes them with it.
        ArticleRepository articles(*m_database);
        QVERIFY(articles.moveToTrash(m_first.id));
        QVERIFY2(articles.purge(m_first.id), qPrintable(articles.errorString()));
        QCOMPARE(desk.ignoredFindings(m_first.id), QSet<QString>());
    }

    void dictionaryIsTheNewsrooms()
    {
        CopyDeskRepository desk(*m_database);
        QCOMPARE(desk.dictionaryWords(), QStringList());
        for (const QString &word : { QStringLiteral("Xilinhot"), QStringLiteral(" Hohhot "), QStringLiteral("Hohhot") })
            QVERIFY2(desk.addDictionaryWord(word, QStringLiteral("王晓")), qPrintable(desk.errorString()));
        Database other;
        QCOMPARE(other.open(m_path), Database::Status::Ok);
        QCOMPARE(CopyDeskRepository(other).dictionaryWords(), (QStringList { QStringLiteral("Hohhot"), QStringLiteral("Xilinhot") }));
        // Not a word: refused with the reason, nothing stored.
        for (const QString &bad : { QString(), QStringLiteral("   "), QStringLiteral("two words"), QStringLiteral("a\x1b[2Jb") }) {
            QVERIFY(!desk.addDictionaryWord(bad, QStringLiteral("王晓")));
            QVERIFY2(desk.errorString().contains(QStringLiteral("one word")), qPrintable(desk.errorString()));
        }
        QVERIFY(desk.removeDictionaryWord(QStringLiteral("Xilinhot")));
        QVERIFY(desk.removeDictionaryWord(QStringLiteral("never added")));
        QCOMPARE(CopyDeskRepository(other).dictionaryWords(), QStringList { QStringLiteral("Hohhot") });
    }

    void languageAndHouseStyle()
    {
        CopyDeskRepository desk(*m_database);
        QCOMPARE(desk.articleLanguage(m_first.id), QString());
        QVERIFY(desk.setArticleLanguage(m_first.id, QStringLiteral("en-GB")));
        QVERIFY(desk.setArticleLanguage(m_first.id, QStringLiteral("en-US")));
        QCOMPARE(desk.articleLanguage(m_first.id), QStringLiteral("en-US"));
        QCOMPARE(desk.articleLanguage(m_second.id), QString());
        QVERIFY(desk.setArticleLanguage(m_first.id, QString()));
        QCOMPARE(desk.articleLanguage(m_first.id), QString());

        QCOMPARE(desk.houseStyleJson(), QByteArray());
        QVERIFY2(desk.setHouseStyleJson("{}", QString()), qPrintable(desk.errorString())); // nobody's name yet
        const QByteArray style = R"({"rules": {"dash": {"enabled": false}}})";
        QVERIFY2(desk.setHouseStyleJson(style, QStringLiteral("陈曲")), qPrintable(desk.errorString()));
        QVERIFY(desk.setHouseStyleJson(style, QStringLiteral("陈曲")));
        Database other;
        QCOMPARE(other.open(m_path), Database::Status::Ok);
        QCOMPARE(CopyDeskRepository(other).houseStyleJson(), style);
        QVERIFY(desk.setHouseStyleJson({}, QStringLiteral("陈曲")));
        QCOMPARE(CopyDeskRepository(other).houseStyleJson(), QByteArray());
    }

private:
    std::unique_ptr<galley::test::TestNewsrooms> m_newsrooms;
    QString m_path;
    std::unique_ptr<Database> m_database;
    Article m_first;
    Article m_second;
};

QTEST_GUILESS_MAIN(CopyDeskRepositoryTest)
#include "tst_copydeskrepository.moc"
