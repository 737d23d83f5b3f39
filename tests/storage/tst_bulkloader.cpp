#include "storage/annotationrepository.h"
#include "storage/articlerepository.h"
#include "storage/articlesearch.h"
#include "storage/sqlite/bulkloader.h"
#include "storage/database.h"
#include "storage/revisionrepository.h"
#include "storage/searchindex.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

namespace {

constexpr int ArticleCount = 120;

const char *const Words[] = { "经济", "发展", "草原", "牧民", "收入", "旗帜鲜明", "内蒙古", "风电", "光伏",
    "economy", "herders", "paperwork", "growth", "the", "council", "中国", "人民", "日报" };

/// The same articles every call: mixed Chinese and English copy, with related items, some
/// sharing a slug (the second one becomes "-2"), some without any (made from the title).
QList<Article> sampleArticles()
{
    QRandomGenerator random(20250318u);
    QList<Article> articles;
    for (int i = 0; i < ArticleCount; ++i) {
        Article article;
        QString title;
        for (int w = 0; w < 3; ++w)
            title += QString::fromUtf8(Words[random.bounded(int(std::size(Words)))]) + (i % 3 ? QString() : QStringLiteral(" "));
        article.title = title.trimmed();
        QString paragraph;
        for (int w = 0; w < 40; ++w) {
            paragraph += QString::fromUtf8(Words[random.bounded(int(std::size(Words)))]);
            paragraph += random.bounded(4) == 0 ? QStringLiteral("，") : QStringLiteral(" ");
        }
        article.bodyHtml = QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n<p><strong>%3</strong> ends.</p>\n")
                               .arg(article.title, paragraph.trimmed(), QString::number(i));
        article.slug = i % 10 == 0 ? QStringLiteral("shared-slug") : (i % 7 == 0 ? QString() : QStringLiteral("a-%1").arg(i));
        article.byline = i % 2 ? QStringLiteral("王晓") : QStringLiteral("Anna Smith");
        article.desk = QString::fromUtf8(i % 3 ? "经济" : "时政");
        article.source = QStringLiteral("新华社");
        article.editor = QStringLiteral("李明");
        article.tags = { QStringLiteral("经济"), QStringLiteral("tag %1").arg(i % 4) };
        article.status = WorkflowState(i % 6);
        article.publishAt = QStringLiteral("2025-03-%1T10:00:00").arg(1 + i % 28, 2, 10, QLatin1Char('0'));
        if (i % 5)
            article.views = i * 10;
        if (i % 4 == 0) {
            RelatedItem item;
            item.title = QStringLiteral("相关 %1").arg(i);
            item.url = QStringLiteral("https://example.org/%1").arg(i);
            article.related = { item };
        }
        articles.append(article);
    }
    return articles;
}

Annotation rootFor(const Article &article)
{
    Annotation root;
    root.articleId = article.id;
    root.author = QStringLiteral("李明");
    root.body = QStringLiteral("此处数据请核实来源。");
    root.anchor.start = 3;
    root.anchor.end = 8;
    root.anchor.quote = article.bodyText.mid(3, 5);
    root.anchor.prefix = article.bodyText.left(3);
    root.anchor.suffix = article.bodyText.mid(8, 32);
    return root;
}

Annotation replyTo(const Annotation &root)
{
    Annotation reply;
    reply.articleId = root.articleId;
    reply.parentId = root.id;
    reply.author = QStringLiteral("王晓");
    reply.body = QStringLiteral("已核实。");
    return reply;
}

/// Each article with a revision every third, a thread with a reply every fifth.
bool fillThroughRepositories(Database &database)
{
    ArticleRepository articles(database);
    RevisionRepository revisions(database);
    AnnotationRepository annotations(database);
    QList<Article> sample = sampleArticles();
    for (int i = 0; i < sample.size(); ++i) {
        Article &article = sample[i];
        if (!articles.create(article))
            return false;
        if (i % 3 == 0 && !revisions.record(article, RevisionKind::Save, article.editor, QStringLiteral("校对")))
            return false;
        if (i % 5 == 0) {
            Annotation root = rootFor(article);
            if (!annotations.create(root))
                return false;
            Annotation reply = replyTo(root);
            if (!annotations.create(reply))
                return false;
        }
    }
    return true;
}

bool fillThroughLoader(BulkLoader &loader)
{
    QList<Article> sample = sampleArticles();
    for (int i = 0; i < sample.size(); ++i) {
        Article &article = sample[i];
        if (!loader.addArticle(article))
            return false;
        if (i % 3 == 0 && !loader.addRevision(article, article.editor, QStringLiteral("校对")))
            return false;
        if (i % 5 == 0) {
            Annotation root = rootFor(article);
            if (!loader.addAnnotation(root))
                return false;
            Annotation reply = replyTo(root);
            if (!loader.addAnnotation(reply))
                return false;
        }
    }
    return true;
}

QList<qint64> idsOf(const QList<ArticleRow> &rows)
{
    QList<qint64> ids;
    for (const ArticleRow &row : rows)
        ids.append(row.id);
    return ids;
}

QVariant scalar(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

class TestBulkLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void searchAgrees_data();
    void searchAgrees();
    void listAgrees_data();
    void listAgrees();
    void articlesAgree();
    void historyAgrees();
    void leavesAnOrdinaryNewsroom();
    void triggersWorkAfterwards();
    void loadsIntoAnExistingNewsroom();
    void deferredIndexingCatchesUpOnSearch();
    void rollbackLeavesTheNewsroomAsItWas();
    void refusesWhatTheRepositoriesRefuse();

private:
    QTemporaryDir m_dir;
    Database m_viaRepository;
    Database m_viaLoader;
    bool m_wasFast = false;
};

void TestBulkLoader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(m_viaRepository.open(m_dir.filePath(QStringLiteral("repository.galley"))), Database::Status::Ok);
    QVERIFY(fillThroughRepositories(m_viaRepository));

    QCOMPARE(m_viaLoader.open(m_dir.filePath(QStringLiteral("loader.galley"))), Database::Status::Ok);
    BulkLoader loader(m_viaLoader);
    QVERIFY2(loader.begin(), qPrintable(loader.errorString()));
    m_wasFast = loader.isFastMode();
    QVERIFY2(fillThroughLoader(loader), qPrintable(loader.errorString()));
    QCOMPARE(loader.articleCount(), ArticleCount);
    QVERIFY2(loader.finish(), qPrintable(loader.errorString()));
    QVERIFY(!loader.isActive());
}

void TestBulkLoader::searchAgrees_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("expectHits");
    QTest::newRow("nominal: 1-character Chinese") << QStringLiteral("草") << true;
    QTest::newRow("nominal: 2-character Chinese") << QStringLiteral("牧民") << true;
    QTest::newRow("nominal: 4-character Chinese") << QStringLiteral("旗帜鲜明") << true;
    QTest::newRow("nominal: English word") << QStringLiteral("paperwork") << true;
    QTest::newRow("nominal: short and long terms") << QStringLiteral("经济 herders") << true;
    QTest::newRow("nominal: a number in the body") << QStringLiteral("117") << true;
    QTest::newRow("robustness: nothing matches") << QStringLiteral("不存在的词") << false;
}

void TestBulkLoader::searchAgrees()
{
    QFETCH(QString, query);
    QFETCH(bool, expectHits);
    ArticleSearch viaRepository(m_viaRepository);
    ArticleSearch viaLoader(m_viaLoader);
    ArticleFilter filter;
    filter.search = query;
    const qint64 count = viaRepository.count(filter);
    QCOMPARE(count > 0, expectHits);
    QCOMPARE(viaLoader.count(filter), count);
    for (const ArticleSortKey key : { ArticleSortKey::Relevance, ArticleSortKey::Title }) {
        const QList<ArticleRow> expected = viaRepository.page(filter, key, Qt::AscendingOrder, 0, 50);
        const QList<ArticleRow> actual = viaLoader.page(filter, key, Qt::AscendingOrder, 0, 50);
        QCOMPARE(idsOf(actual), idsOf(expected));
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(actual.at(i).snippet, expected.at(i).snippet);
    }
}

void TestBulkLoader::listAgrees_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("status");
    QTest::newRow("nominal: by title") << int(ArticleSortKey::Title) << -1;
    QTest::newRow("nominal: by status") << int(ArticleSortKey::Status) << -1;
    QTest::newRow("nominal: by characters") << int(ArticleSortKey::Characters) << -1;
    QTest::newRow("nominal: in review, by title") << int(ArticleSortKey::Title) << int(WorkflowState::InReview);
}

void TestBulkLoader::listAgrees()
{
    QFETCH(int, key);
    QFETCH(int, status);
    ArticleFilter filter;
    if (status >= 0)
        filter.status = WorkflowState(status);
    ArticleSearch viaRepository(m_viaRepository);
    ArticleSearch viaLoader(m_viaLoader);
    QCOMPARE(viaLoader.count(filter), viaRepository.count(filter));
    const auto sortKey = ArticleSortKey(key);
    QCOMPARE(idsOf(viaLoader.page(filter, sortKey, Qt::DescendingOrder, 0, ArticleCount)),
        idsOf(viaRepository.page(filter, sortKey, Qt::DescendingOrder, 0, ArticleCount)));
}

void TestBulkLoader::articlesAgree()
{
    ArticleRepository viaRepository(m_viaRepository);
    ArticleRepository viaLoader(m_viaLoader);
    QCOMPARE(viaLoader.count(), qint64(ArticleCount));
    QCOMPARE(viaLoader.allIds(), viaRepository.allIds());
    for (const qint64 id : viaRepository.allIds()) {
        const std::optional<Article> expected = viaRepository.load(id);
        const std::optional<Article> actual = viaLoader.load(id);
        QVERIFY(expected && actual);
        QCOMPARE(actual->slug, expected->slug);
        QCOMPARE(actual->title, expected->title);
        QCOMPARE(actual->bodyHtml, expected->bodyHtml);
        QCOMPARE(actual->bodyText, expected->bodyText);
        QCOMPARE(actual->characterCount, expected->characterCount);
        QCOMPARE(actual->byline, expected->byline);
        QCOMPARE(actual->source, expected->source);
        QCOMPARE(actual->editor, expected->editor);
        QCOMPARE(actual->desk, expected->desk);
        QCOMPARE(actual->tags, expected->tags);
        QCOMPARE(actual->status, expected->status);
        QCOMPARE(actual->publishAt, expected->publishAt);
        QCOMPARE(actual->views, expected->views);
        QCOMPARE(actual->version, expected->version);
        QCOMPARE(actual->related, expected->related);
        QCOMPARE(actual->isInTrash(), false);
        QVERIFY(!actual->uuid.isEmpty());
        QVERIFY(actual->createdAt.isValid());
        QCOMPARE(actual->updatedAt, actual->createdAt);
    }
    // Shared slugs are told apart as create() does; an empty one comes from the title.
    QCOMPARE(viaLoader.load(1)->slug, QStringLiteral("shared-slug"));
    QCOMPARE(viaLoader.load(11)->slug, QStringLiteral("shared-slug-2"));
}

void TestBulkLoader::historyAgrees()
{
    RevisionRepository revisionsViaRepository(m_viaRepository);
    RevisionRepository revisionsViaLoader(m_viaLoader);
    AnnotationRepository notesViaRepository(m_viaRepository);
    AnnotationRepository notesViaLoader(m_viaLoader);
    int revisions = 0;
    int threads = 0;
    for (qint64 id = 1; id <= ArticleCount; ++id) {
        QCOMPARE(revisionsViaLoader.count(id), revisionsViaRepository.count(id));
        const QList<Revision> listed = revisionsViaLoader.list(id);
        const QList<Revision> expectedList = revisionsViaRepository.list(id);
        for (qsizetype r = 0; r < expectedList.size(); ++r)
            QCOMPARE(listed.at(r).characterCount, expectedList.at(r).characterCount);
        revisions += revisionsViaLoader.count(id);
        const QList<AnnotationThread> expected = notesViaRepository.threads(id);
        const QList<AnnotationThread> actual = notesViaLoader.threads(id);
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype t = 0; t < expected.size(); ++t) {
            QCOMPARE(actual.at(t).root.anchor, expected.at(t).root.anchor);
            QCOMPARE(actual.at(t).root.body, expected.at(t).root.body);
            QCOMPARE(actual.at(t).replies.size(), expected.at(t).replies.size());
            QCOMPARE(actual.at(t).replies.first().parentId, actual.at(t).root.id);
        }
        threads += int(actual.size());
        QCOMPARE(notesViaLoader.openThreadCount(id), notesViaRepository.openThreadCount(id));
    }
    QCOMPARE(revisions, ArticleCount / 3);
    QCOMPARE(threads, ArticleCount / 5);
    const std::optional<Revision> first = revisionsViaLoader.load(1, 1);
    QVERIFY(first);
    QVERIFY(first->named);
    QCOMPARE(first->note, QStringLiteral("校对"));
    QCOMPARE(first->bodyHtml, ArticleRepository(m_viaLoader).load(1)->bodyHtml);
}

void TestBulkLoader::leavesAnOrdinaryNewsroom()
{
    QVERIFY(m_wasFast); // a new file: loaded without a journal on disk
    QCOMPARE(scalar(m_viaLoader, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(m_viaLoader, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
    QCOMPARE(scalar(m_viaLoader, QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM sqlite_master "
                                                "WHERE type = 'trigger' ORDER BY name)")),
        scalar(m_viaRepository, QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM sqlite_master "
                                               "WHERE type = 'trigger' ORDER BY name)")));
    // The indexes agree with their content, and the loading buffer size is not left behind.
    for (const QString &index : { QStringLiteral("articles_fts"), QStringLiteral("articles_cjk") }) {
        QSqlQuery query(m_viaLoader.connection());
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(index)),
            qPrintable(index));
        QCOMPARE(scalar(m_viaLoader, QStringLiteral("SELECT count(*) FROM %1_config WHERE k = 'hashsize'").arg(index))
                     .toInt(),
            0);
    }
    // The indexes filled beside the load were adopted: nothing is left pending, and their
    // scratch databases are gone.
    QCOMPARE(SearchIndex(m_viaLoader).pendingCount(), qint64(0));
    QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("*scratch*") }, QDir::Files | QDir::Hidden), QStringList());
    // Like every newsroom, without planner statistics (see Database).
    QVERIFY(!scalar(m_viaLoader, QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")).isValid());
}

void TestBulkLoader::triggersWorkAfterwards()
{
    ArticleRepository articles(m_viaLoader);
    ArticleSearch search(m_viaLoader);
    std::optional<Article> article = articles.load(5);
    QVERIFY(article);
    article->bodyHtml = QStringLiteral("<p>全新的正文：独一无二 unparalleled</p>\n");
    QCOMPARE(articles.save(*article), ArticleRepository::SaveResult::Saved);
    ArticleFilter filter;
    for (const QString &query : { QStringLiteral("独一无二"), QStringLiteral("独一"), QStringLiteral("unparalleled") }) {
        filter.search = query;
        QCOMPARE(idsOf(search.page(filter, ArticleSortKey::Relevance, Qt::AscendingOrder, 0, 10)), QList<qint64> { 5 });
    }
    QVERIFY(articles.moveToTrash(5));
    filter.search = QStringLiteral("独一无二");
    QCOMPARE(search.count(filter), 0);
    QVERIFY(articles.restoreFromTrash(5));
    QCOMPARE(search.count(filter), 1);
}

void TestBulkLoader::loadsIntoAnExistingNewsroom()
{
    Database database;
    QCOMPARE(database.open(m_dir.filePath(QStringLiteral("existing.galley"))), Database::Status::Ok);
    Article first;
    first.title = QStringLiteral("已有的稿件");
    first.bodyHtml = QStringLiteral("<p>草原上的牧民旗帜鲜明。</p>\n");
    ArticleRepository articles(database);
    QVERIFY(articles.create(first));

    BulkLoader loader(database);
    QVERIFY2(loader.begin(), qPrintable(loader.errorString()));
    QVERIFY(!loader.isFastMode()); // there is something to lose: WAL throughout
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QVERIFY2(fillThroughLoader(loader), qPrintable(loader.errorString()));
    QVERIFY2(loader.finish(), qPrintable(loader.errorString()));

    ArticleSearch search(database);
    ArticleSearch reference(m_viaRepository);
    ArticleFilter filter;
    for (const QString &query : { QStringLiteral("牧民"), QStringLiteral("旗帜鲜明"), QStringLiteral("草") }) {
        filter.search = query;
        // The first article, once (not indexed twice), and the loaded ones, indexed once each.
        QCOMPARE(search.count(filter), reference.count(filter) + 1);
        QSqlQuery check(database.connection());
        QVERIFY(check.exec(QStringLiteral("INSERT INTO articles_cjk(articles_cjk) VALUES ('integrity-check')")));
    }
    QCOMPARE(articles.load(first.id + 1)->title, ArticleRepository(m_viaRepository).load(1)->title);
}

// Indexing::Deferred: the newsroom opens with its articles pending; the first search indexes
// them, and then finds exactly what the repository-made newsroom finds.
void TestBulkLoader::deferredIndexingCatchesUpOnSearch()
{
    Database database;
    QCOMPARE(database.open(m_dir.filePath(QStringLiteral("deferred.galley"))), Database::Status::Ok);
    BulkLoader loader(database);
    QVERIFY2(loader.begin(BulkLoader::Indexing::Deferred), qPrintable(loader.errorString()));
    QVERIFY2(fillThroughLoader(loader), qPrintable(loader.errorString()));
    QVERIFY2(loader.finish(), qPrintable(loader.errorString()));
    QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("*scratch*") }, QDir::Files | QDir::Hidden), QStringList());

    SearchIndex index(database);
    QCOMPARE(index.pendingCount(), qint64(ArticleCount));
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM articles_fts_docsize")).toInt(), 0);
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));

    ArticleSearch search(database);
    ArticleSearch reference(m_viaRepository);
    ArticleFilter filter;
    for (const QString &query : { QStringLiteral("牧民"), QStringLiteral("旗帜鲜明"), QStringLiteral("草"), QStringLiteral("paperwork") }) {
        filter.search = query;
        QCOMPARE(search.count(filter), reference.count(filter));
        QCOMPARE(idsOf(search.page(filter, ArticleSortKey::Relevance, Qt::AscendingOrder, 0, 50)),
            idsOf(reference.page(filter, ArticleSortKey::Relevance, Qt::AscendingOrder, 0, 50)));
    }
    QCOMPARE(index.pendingCount(), qint64(0));
    QSqlQuery check(database.connection());
    QVERIFY(check.exec(QStringLiteral("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")));
    QVERIFY(check.exec(QStringLiteral("INSERT INTO articles_cjk(articles_cjk) VALUES ('integrity-check')")));

    // The triggers are back: a later save is noted and found.
    ArticleRepository articles(database);
    std::optional<Article> first = articles.load(1);
    QVERIFY(first);
    first->bodyHtml = QStringLiteral("<p>独一无二的新词语</p>\n");
    QCOMPARE(articles.save(*first), ArticleRepository::SaveResult::Saved);
    filter.search = QStringLiteral("独一无二");
    QCOMPARE(search.count(filter), 1);
}

void TestBulkLoader::rollbackLeavesTheNewsroomAsItWas()
{
    Database database;
    QCOMPARE(database.open(m_dir.filePath(QStringLiteral("rollback.galley"))), Database::Status::Ok);
    {
        BulkLoader loader(database);
        QVERIFY(loader.begin());
        QVERIFY(fillThroughLoader(loader));
        // Destroyed without finish(): rolled back.
    }
    ArticleRepository articles(database);
    QCOMPARE(articles.count(), 0);
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    // The triggers came back with the rollback: a new article is found at once.
    Article article;
    article.title = QStringLiteral("回滚之后");
    article.bodyHtml = QStringLiteral("<p>草原</p>\n");
    QVERIFY(articles.create(article));
    ArticleFilter filter;
    filter.search = QStringLiteral("草原");
    QCOMPARE(ArticleSearch(database).count(filter), 1);

    BulkLoader explicitRollback(database);
    QVERIFY(explicitRollback.begin());
    QVERIFY(fillThroughLoader(explicitRollback));
    explicitRollback.rollback();
    QVERIFY(!explicitRollback.isActive());
    QCOMPARE(articles.count(), 1);
}

void TestBulkLoader::refusesWhatTheRepositoriesRefuse()
{
    Database database;
    QCOMPARE(database.open(m_dir.filePath(QStringLiteral("refuse.galley"))), Database::Status::Ok);
    BulkLoader loader(database);
    Article article;
    article.title = QStringLiteral("标题");
    QVERIFY(!loader.addArticle(article)); // not begun
    QVERIFY(!loader.errorString().isEmpty());
    QVERIFY(loader.begin());
    QVERIFY(!loader.begin()); // already running

    Article existing = article;
    existing.id = 42;
    QVERIFY(!loader.addArticle(existing));
    QVERIFY(loader.addArticle(article));

    Annotation unanchored;
    unanchored.articleId = article.id;
    unanchored.body = QStringLiteral("批注");
    QVERIFY(!loader.addAnnotation(unanchored));
    Annotation orphanReply = unanchored;
    orphanReply.parentId = 999;
    QVERIFY(!loader.addAnnotation(orphanReply));
    Annotation blank = unanchored;
    blank.anchor.quote = QStringLiteral("标题");
    blank.body = QStringLiteral("  ");
    QVERIFY(!loader.addAnnotation(blank));
    Article missing;
    missing.id = 999;
    QVERIFY(!loader.addRevision(missing, QStringLiteral("someone"))); // the foreign key
    QVERIFY(loader.finish());
    QCOMPARE(ArticleRepository(database).count(), 1);

    Database readOnly;
    QCOMPARE(readOnly.openReadOnly(m_dir.filePath(QStringLiteral("loader.galley"))), Database::Status::Ok);
    BulkLoader refused(readOnly);
    QVERIFY(!refused.begin());
}

QTEST_GUILESS_MAIN(TestBulkLoader)
#include "tst_bulkloader.moc"
