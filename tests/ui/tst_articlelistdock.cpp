// ArticleListDock's trash actions: what they change, and that they tell whoever keeps the
// search index up to date (MainWindow schedules the SearchIndexer on this signal); the initials
// its rows show for who has an article open.

#include "editortestsupport.h"

#include "articlelistdelegate.h"
#include "articlelistdock.h"
#include "models/articlelistmodel.h"
#include "storage/searchindex.h"

#include <QAction>
#include <QSignalSpy>
#include <QTreeView>

using namespace galley;
using namespace galley::test;

class TestArticleListDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initialsOfWhoHasAnArticleOpen_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("initials");
        QTest::newRow("nominal: a Chinese name, its family name") << QStringLiteral("赵晓") << QStringLiteral("赵");
        QTest::newRow("nominal: first and last word") << QStringLiteral("Anna van Berg") << QStringLiteral("AB");
        QTest::newRow("nominal: one word") << QStringLiteral("chen") << QStringLiteral("C");
        QTest::newRow("robustness: spaces around") << QStringLiteral("  王静 ") << QStringLiteral("王");
        QTest::newRow("robustness: a character outside the BMP") << QStringLiteral("𠀀明") << QStringLiteral("𠀀");
        QTest::newRow("robustness: no name") << QString() << QStringLiteral("?");
    }

    void initialsOfWhoHasAnArticleOpen()
    {
        QFETCH(QString, name);
        QFETCH(QString, initials);
        QCOMPARE(ArticleListDelegate::initials(name), initials);
    }

    void countLabel_data()
    {
        QTest::addColumn<qint64>("count");
        QTest::addColumn<bool>("exact");
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("trash");
        QTest::addColumn<QString>("text");
        // The source texts (no translator here): the numbers and which sentence are what matter.
        QTest::newRow("nominal: counted") << qint64(1234) << true << 1234 << false << QStringLiteral("1234 article(s)");
        QTest::newRow("nominal: the trash")
            << qint64(3) << true << 3 << true << QStringLiteral("3 article(s) in the trash");
        QTest::newRow("nominal: estimated, with the locale's digit groups")
            << qint64(29700) << false << 200 << false << QStringLiteral("About 29,700 article(s)");
        QTest::newRow("robustness: no estimate beyond the rows listed")
            << qint64(200) << false << 200 << false << QStringLiteral("More than 200 article(s)");
    }

    void countLabel()
    {
        QFETCH(qint64, count);
        QFETCH(bool, exact);
        QFETCH(int, rows);
        QFETCH(bool, trash);
        QFETCH(QString, text);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(ArticleListDock::countText(count, exact, rows, trash), text);
        QLocale::setDefault(QLocale::system());
    }

    void trashAndRestoreLeaveTheIndexPending()
    {
        Newsroom newsroom;
        const qint64 kept = newsroom.addArticle(QStringLiteral("留下的稿件"), QStringLiteral("<p>草原上的牧民</p>\n"));
        const qint64 trashed = newsroom.addArticle(QStringLiteral("移走的稿件"), QStringLiteral("<p>旗帜鲜明</p>\n"));
        ArticleListDock dock(newsroom.database);
        QSignalSpy moved(&dock, &ArticleListDock::articlesMovedToOrFromTrash);

        dock.selectArticle(trashed);
        QCOMPARE(dock.currentArticleId(), trashed);
        dock.trashAction()->trigger();
        QCOMPARE(moved.count(), 1);
        QVERIFY(ArticleRepository(newsroom.database).load(trashed)->deletedAt.isValid());
        QVERIFY(!ArticleRepository(newsroom.database).load(kept)->deletedAt.isValid());
        // The search entries of the trashed article wait for the indexer.
        QCOMPARE(SearchIndex(newsroom.database).pendingCount(), qint64(1));

        dock.showTrashAction()->setChecked(true);
        dock.selectArticle(trashed);
        QCOMPARE(dock.currentArticleId(), trashed);
        dock.restoreAction()->trigger();
        QCOMPARE(moved.count(), 2);
        QVERIFY(!ArticleRepository(newsroom.database).load(trashed)->deletedAt.isValid());
    }

    void nothingMovedNothingSaid()
    {
        Newsroom newsroom;
        newsroom.addArticle(QStringLiteral("稿件"), QStringLiteral("<p>正文</p>\n"));
        ArticleListDock dock(newsroom.database);
        QSignalSpy moved(&dock, &ArticleListDock::articlesMovedToOrFromTrash);
        dock.view()->clearSelection();
        dock.trashAction()->trigger();
        QCOMPARE(moved.count(), 0);
    }
};

GALLEY_UI_TEST_MAIN(TestArticleListDock)
#include "tst_articlelistdock.moc"
