// One newsroom file used by a Galley with two connections (the window's and its search
// indexer's) while another galley process comes and goes: what the first one saves afterwards
// must reach the file. A plain open and close of the file by Galley's own header check used to
// drop the process's SQLite locks (POSIX locks belong to the process), so the other process,
// believing itself the last user, deleted the write-ahead log that later saves went into.

#include "storage/articlerepository.h"
#include "storage/database.h"

#include "galleyprocess.h"
#include "testnewsroom.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace galley;

class SharedFileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesAfterAnotherProcessLeftReachTheFile()
    {
        test::TestNewsrooms newsrooms;
        const QString file = newsrooms.create(Engine::SQLite);
        Database window;
        QCOMPARE(window.open(file), Database::Status::Ok);
        Article article;
        article.title = QStringLiteral("第一版");
        article.bodyHtml = QStringLiteral("<p>正文。</p>\n");
        QVERIFY(ArticleRepository(window).create(article));
        Database indexer; // a second connection of the same process, opened later
        QCOMPARE(indexer.open(file), Database::Status::Ok);

        // Another galley reads the newsroom and exits.
        const Run show = runGalley({ QStringLiteral("show"), QStringLiteral("--db"), file, QString::number(article.id) });
        QCOMPARE(show.exitCode, 0);
        QVERIFY(QFileInfo::exists(file + QStringLiteral("-wal"))); // still in use here

        // What the window saves now is in the file for everyone.
        article.title = QStringLiteral("第二版");
        QCOMPARE(ArticleRepository(window).save(article), ArticleRepository::SaveResult::Saved);
        const Run again = runGalley({ QStringLiteral("show"), QStringLiteral("--db"), file, QString::number(article.id) });
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QLatin1String("title")).toString(), QStringLiteral("第二版"));

        // Closed and opened again, every connection of this process still sees it.
        indexer.close();
        window.close();
        Database reopened;
        QCOMPARE(reopened.open(file), Database::Status::Ok);
        QCOMPARE(ArticleRepository(reopened).load(article.id)->title, QStringLiteral("第二版"));
    }
};

QTEST_GUILESS_MAIN(SharedFileTest)
#include "tst_sharedfile.moc"
