// The deferred full-text re-index: saves only note what changed, the background indexer (its
// own connection, its own thread) brings both indexes up to date, and whatever it has not done
// yet a search does first, so results are exact at every moment.
#include "storage/articlerepository.h"
#include "storage/articlesearch.h"
#include "storage/database.h"
#include "storage/searchindex.h"
#include "storage/searchindexer.h"
#include "searchindexcheck.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

namespace {

qint64 matches(Database &db, const char *index, const QString &phrase)
{
    QSqlQuery query(db.connection());
    const QString name = QLatin1String(index);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH '\"%2\"'").arg(name, phrase)) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

Article article(const QString &title, const QString &body)
{
    Article a;
    a.title = title;
    a.bodyHtml = QStringLiteral("<p>%1</p>\n").arg(body);
    return a;
}

qint64 hits(Database &db, const QString &text)
{
    ArticleFilter filter;
    filter.search = text;
    return ArticleSearch(db).count(filter);
}

} // namespace

class TestSearchIndexer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void saveDefersTheReindex();
    void backgroundPassIndexesEverything();
    void searchIsExactBeforeTheIndexerRuns();
    void purgeOfAPendingArticle();
    void trashAndRestoreWhilePending();
    void pendingSurvivesReopening();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_path;
};

void TestSearchIndexer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("newsroom.galley"));
    m_db = std::make_unique<Database>();
    QCOMPARE(m_db->open(m_path), Database::Status::Ok);
}

void TestSearchIndexer::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestSearchIndexer::saveDefersTheReindex()
{
    ArticleRepository repository(*m_db);
    Article a = article(QStringLiteral("台风预警"), QStringLiteral("沿海地区发布台风橙色预警"));
    QVERIFY(repository.create(a));
    // A new article is in both indexes at once.
    QCOMPARE(matches(*m_db, "articles_cjk", QStringLiteral("台风")), 1);
    QCOMPARE(matches(*m_db, "articles_fts", QStringLiteral("橙色预警")), 1);
    SearchIndex index(*m_db);
    QVERIFY(!index.hasPending());

    a.bodyHtml = QStringLiteral("<p>暴雨红色预警 heavy rain</p>\n");
    QCOMPARE(repository.save(a), ArticleRepository::SaveResult::Saved);
    QCOMPARE(index.pendingCount(), 1);
    // Until flushed, the indexes hold the old text (the save did not tokenize anything).
    QCOMPARE(matches(*m_db, "articles_fts", QStringLiteral("橙色预警")), 1);
    QCOMPARE(matches(*m_db, "articles_fts", QStringLiteral("heavy rain")), 0);

    // Saving again before the re-index keeps one pending entry, with the text first indexed.
    a.bodyHtml = QStringLiteral("<p>暴雨红色预警 heavy rain again</p>\n");
    QCOMPARE(repository.save(a), ArticleRepository::SaveResult::Saved);
    QCOMPARE(index.pendingCount(), 1);

    QCOMPARE(index.flush(), 1);
    QVERIFY(!index.hasPending());
    QCOMPARE(matches(*m_db, "articles_fts", QStringLiteral("橙色预警")), 0);
    QCOMPARE(matches(*m_db, "articles_fts", QStringLiteral("heavy rain again")), 1);
    QCOMPARE(matches(*m_db, "articles_cjk", QStringLiteral("暴雨")), 1);
    QString error;
    QVERIFY2(galley::test::searchIndexesMatchContent(*m_db, &error), qPrintable(error));

    // A save that changes no indexed text leaves nothing to do.
    a.views = 42;
    QCOMPARE(repository.save(a), ArticleRepository::SaveResult::Saved);
    QVERIFY(!index.hasPending());
}

void TestSearchIndexer::backgroundPassIndexesEverything()
{
    ArticleRepository repository(*m_db);
    QList<Article> articles;
    for (int i = 0; i < 20; ++i) {
        Article a = article(QStringLiteral("稿件 %1").arg(i), QStringLiteral("原来的正文 %1").arg(i));
        QVERIFY(repository.create(a));
        articles.append(a);
    }
    for (Article &a : articles) {
        a.bodyHtml = QStringLiteral("<p>修改后的正文 revised %1</p>\n").arg(a.id);
        QCOMPARE(repository.save(a), ArticleRepository::SaveResult::Saved);
    }
    SearchIndex index(*m_db);
    QCOMPARE(index.pendingCount(), 20);

    SearchIndexer indexer(m_path);
    indexer.setDelay(10);
    QSignalSpy indexed(&indexer, &SearchIndexer::indexed);
    QSignalSpy failed(&indexer, &SearchIndexer::failed);
    indexer.schedule();
    QVERIFY(indexed.wait(10000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(indexed.first().first().toInt(), 20);
    QCOMPARE(index.pendingCount(), 0);
    QCOMPARE(matches(*m_db, "articles_fts", QStringLiteral("原来的正文")), 0);
    QCOMPARE(matches(*m_db, "articles_fts", QStringLiteral("修改后的正文")), 20);
    QString error;
    QVERIFY2(galley::test::searchIndexesMatchContent(*m_db, &error), qPrintable(error));

    // Scheduling with nothing pending is a quick, harmless pass.
    indexer.schedule();
    QVERIFY(indexed.wait(10000));
    QCOMPARE(indexed.last().first().toInt(), 0);
}

void TestSearchIndexer::searchIsExactBeforeTheIndexerRuns()
{
    ArticleRepository repository(*m_db);
    Article a = article(QStringLiteral("Market report"), QStringLiteral("股市 opened higher"));
    QVERIFY(repository.create(a));
    QCOMPARE(hits(*m_db, QStringLiteral("opened")), 1);
    a.bodyHtml = QStringLiteral("<p>债市 closed lower</p>\n");
    QCOMPARE(repository.save(a), ArticleRepository::SaveResult::Saved);
    // Every kind of query sees the saved text, never the old one.
    QCOMPARE(hits(*m_db, QStringLiteral("opened")), 0);
    QCOMPARE(hits(*m_db, QStringLiteral("closed")), 1);
    QCOMPARE(hits(*m_db, QStringLiteral("债")), 1);
    QCOMPARE(hits(*m_db, QStringLiteral("股市")), 0);
    QVERIFY(!SearchIndex(*m_db).hasPending());
}

void TestSearchIndexer::purgeOfAPendingArticle()
{
    ArticleRepository repository(*m_db);
    Article a = article(QStringLiteral("要删除的稿件"), QStringLiteral("第一版正文"));
    QVERIFY(repository.create(a));
    a.bodyHtml = QStringLiteral("<p>第二版正文</p>\n");
    QCOMPARE(repository.save(a), ArticleRepository::SaveResult::Saved);
    QVERIFY(repository.moveToTrash(a.id));
    QVERIFY(repository.purge(a.id));
    // The purge removed what the indexes held (the first version) and the pending entry.
    SearchIndex index(*m_db);
    QVERIFY(!index.hasPending());
    QCOMPARE(matches(*m_db, "articles_fts", QStringLiteral("第一版正文")), 0);
    QString error;
    QVERIFY2(galley::test::searchIndexesMatchContent(*m_db, &error), qPrintable(error));
}

void TestSearchIndexer::trashAndRestoreWhilePending()
{
    ArticleRepository repository(*m_db);
    Article a = article(QStringLiteral("来回的稿件"), QStringLiteral("原文内容"));
    QVERIFY(repository.create(a));
    QVERIFY(repository.moveToTrash(a.id));
    QCOMPARE(hits(*m_db, QStringLiteral("原文内容")), 0);
    QVERIFY(repository.restoreFromTrash(a.id));
    QCOMPARE(hits(*m_db, QStringLiteral("原文内容")), 1);
    QVERIFY(repository.moveToTrash(a.id));
    SearchIndex index(*m_db);
    QCOMPARE(index.flush(), 1);
    QCOMPARE(matches(*m_db, "articles_fts", QStringLiteral("原文内容")), 0);
    QVERIFY(repository.restoreFromTrash(a.id));
    QCOMPARE(index.flush(), 1);
    QCOMPARE(matches(*m_db, "articles_fts", QStringLiteral("原文内容")), 1);
    QString error;
    QVERIFY2(galley::test::searchIndexesMatchContent(*m_db, &error), qPrintable(error));
}

void TestSearchIndexer::pendingSurvivesReopening()
{
    {
        ArticleRepository repository(*m_db);
        Article a = article(QStringLiteral("重开"), QStringLiteral("旧的文字"));
        QVERIFY(repository.create(a));
        a.bodyHtml = QStringLiteral("<p>新的文字</p>\n");
        QCOMPARE(repository.save(a), ArticleRepository::SaveResult::Saved);
    }
    m_db->close();
    Database reopened;
    QCOMPARE(reopened.open(m_path), Database::Status::Ok);
    QCOMPARE(SearchIndex(reopened).pendingCount(), 1);
    QCOMPARE(hits(reopened, QStringLiteral("新的文字")), 1);
    QCOMPARE(hits(reopened, QStringLiteral("旧的文字")), 0);
}

QTEST_GUILESS_MAIN(TestSearchIndexer)
#include "tst_searchindexer.moc"
