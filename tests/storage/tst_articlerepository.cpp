#include "document/canonicalhtml.h"
#include "model/textstats.h"
#include "model/slug.h"
#include "storage/articlerepository.h"
#include "storage/articlesearch.h"
#include "storage/database.h"
#include "storage/searchindex.h"
#include "searchindexcheck.h"
#include "testnewsroom.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

namespace {

Article sampleArticle()
{
    Article article;
    article.title = QStringLiteral("内蒙古：3名干部被认定为不适宜担任现职");
    article.subtitle = QStringLiteral("自治区纪委监委通报");
    article.summary = QStringLiteral("近日，内蒙古自治区纪委监委通报了3起干部不担当不作为的典型问题。");
    article.bodyHtml = QStringLiteral("<p>近日，<strong>内蒙古自治区</strong>纪委监委通报。</p>\n"
                                      "<p>The cadres were <em>reassigned</em> on 18 March.</p>\n");
    article.byline = QStringLiteral("王小明");
    article.source = QStringLiteral("内蒙古纪检监察网");
    article.editor = QStringLiteral("李华");
    article.desk = QStringLiteral("时政");
    article.tags = { QStringLiteral("干部"), QStringLiteral("纪检"), QStringLiteral("Inner Mongolia") };
    article.status = WorkflowState::InReview;
    article.publishAt = QStringLiteral("2025-03-18T10:07:00");
    article.views = 1234;
    RelatedItem external;
    external.title = QStringLiteral("内蒙古通报3起典型案例");
    external.summary = QStringLiteral("摘要：某旗干部在项目审批中推诿扯皮。");
    external.publishedAt = QStringLiteral("2025-06-10T09:53:00");
    external.views = 5678;
    external.url = QStringLiteral("https://example.org/a/1");
    RelatedItem withoutViews;
    withoutViews.title = QStringLiteral("Another related item");
    article.related = { external, withoutViews };
    return article;
}

void compareArticles(const Article &actual, const Article &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.uuid, expected.uuid);
    QCOMPARE(actual.slug, expected.slug);
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.subtitle, expected.subtitle);
    QCOMPARE(actual.summary, expected.summary);
    QCOMPARE(actual.bodyHtml, expected.bodyHtml);
    QCOMPARE(actual.bodyText, expected.bodyText);
    QCOMPARE(actual.byline, expected.byline);
    QCOMPARE(actual.source, expected.source);
    QCOMPARE(actual.editor, expected.editor);
    QCOMPARE(actual.desk, expected.desk);
    QCOMPARE(actual.tags, expected.tags);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.publishAt, expected.publishAt);
    QCOMPARE(actual.views, expected.views);
    QCOMPARE(actual.createdAt, expected.createdAt);
    QCOMPARE(actual.updatedAt, expected.updatedAt);
    QCOMPARE(actual.version, expected.version);
    QCOMPARE(actual.characterCount, expected.characterCount);
    QCOMPARE(actual.deletedAt, expected.deletedAt);
    QCOMPARE(actual.related, expected.related);
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace

class TestArticleRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void roundTripsEveryField();
    void derivesTextAndCount();
    void plainFieldsLoseControlCharacters();
    void slugFromTitle_data();
    void slugFromTitle();
    void slugsAreUnique();
    void saveBumpsVersion();
    void versionConflictAcrossConnections();
    void saveOfMissingArticle();
    void createRefusesExistingId();
    void trashRestorePurge();
    void purgeClearsLinksToIt();
    void duplicateIsNewDraft();
    void joinsCallerTransaction();
    void searchIndexesFollowEveryWrite();

private:
    std::unique_ptr<galley::test::TestNewsrooms> m_newsrooms;
    std::unique_ptr<Database> m_db;
    QString m_path;
};

void TestArticleRepository::init()
{
    m_newsrooms = std::make_unique<galley::test::TestNewsrooms>();
    m_path = m_newsrooms->create();
    QVERIFY2(!m_path.isEmpty(), qPrintable(m_newsrooms->errorString()));
    m_db = std::make_unique<Database>();
    QCOMPARE(m_db->open(m_path), Database::Status::Ok);
}

void TestArticleRepository::cleanup()
{
    m_db.reset();
    m_newsrooms.reset();
}

void TestArticleRepository::roundTripsEveryField()
{
    ArticleRepository repository(*m_db);
    Article target = sampleArticle();
    target.title = QStringLiteral("Target");
    target.related.clear();
    QVERIFY2(repository.create(target), qPrintable(repository.errorString()));

    Article article = sampleArticle();
    RelatedItem internal;
    internal.targetArticleId = target.id;
    internal.title = QStringLiteral("Target");
    article.related.append(internal);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY2(repository.create(article), qPrintable(repository.errorString()));

    QVERIFY(article.id > 0);
    QVERIFY(article.id != target.id);
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                 .match(article.uuid)
                 .hasMatch(),
        qPrintable(article.uuid));
    // Pinyin, cut at a word boundary within 60 characters.
    QCOMPARE(article.slug, QStringLiteral("nei-meng-gu-3-ming-gan-bu-bei-ren-ding-wei-bu-shi-yi-dan-ren"));
    QCOMPARE(article.version, 1);
    QCOMPARE(article.createdAt.timeSpec(), Qt::UTC);
    QVERIFY(article.createdAt >= before);
    QCOMPARE(article.updatedAt, article.createdAt);
    QVERIFY(!article.isInTrash());

    const std::optional<Article> loaded = repository.load(article.id);
    QVERIFY(loaded);
    compareArticles(*loaded, article);
    QCOMPARE(loaded->related.size(), 3);
    QCOMPARE(loaded->related.at(1).views, std::nullopt);
    QCOMPARE(loaded->related.at(2).targetArticleId, std::optional<qint64>(target.id));
    // An export reads the body's HTML alone: the same article, its plain text left out.
    QVERIFY(!article.bodyText.isEmpty());
    const std::optional<Article> withoutText = repository.load(article.id, ArticleRepository::BodyText::Skipped);
    QVERIFY(withoutText);
    Article htmlOnly = article;
    htmlOnly.bodyText.clear();
    compareArticles(*withoutText, htmlOnly);
    QCOMPARE(withoutText->related.size(), 3);
    QCOMPARE(repository.load(article.id)->bodyText, article.bodyText);

    // Through another connection, after the first is gone: it is really on disk.
    m_db.reset();
    Database other;
    QCOMPARE(other.open(m_path), Database::Status::Ok);
    ArticleRepository otherRepository(other);
    const std::optional<Article> reloaded = otherRepository.loadByUuid(article.uuid);
    QVERIFY(reloaded);
    compareArticles(*reloaded, article);
    QVERIFY(!otherRepository.load(99999));
    QVERIFY(!otherRepository.loadByUuid(QStringLiteral("no-such-uuid")));
}

void TestArticleRepository::derivesTextAndCount()
{
    ArticleRepository repository(*m_db);
    Article article = sampleArticle();
    article.bodyText = QStringLiteral("stale text the repository must replace");
    article.characterCount = 1;
    QVERIFY(repository.create(article));
    QCOMPARE(
        article.bodyText, QStringLiteral("近日，内蒙古自治区纪委监委通报。\nThe cadres were reassigned on 18 March."));
    QCOMPARE(article.bodyText, CanonicalHtml::toPlainText(article.bodyHtml));
    QCOMPARE(article.characterCount, computeTextStats(article.bodyText).characters);
    QCOMPARE(repository.load(article.id)->characterCount, article.characterCount);
    // The summary is stored as given, never derived.
    QCOMPARE(repository.load(article.id)->summary, sampleArticle().summary);
}

// Whoever writes an article (the window, the command line, an import), its plain fields never
// hold a control character: an ESC or BEL would retitle a terminal that lists it, and reach a
// published page's <title>.
void TestArticleRepository::plainFieldsLoseControlCharacters()
{
    ArticleRepository repository(*m_db);
    Article article = sampleArticle();
    article.title = QStringLiteral("不适宜担任现职\x1b]0;pwned\x07，448名\n干部被调整");
    article.subtitle = QStringLiteral("\x1b[31m红色\x1b[0m副题");
    article.byline = QStringLiteral("陈思远\t\u009b");
    article.summary = QStringLiteral("第一行\r\n第二行\x07");
    article.tags = { QStringLiteral("纪检\x1b"), QStringLiteral("干部") };
    QVERIFY2(repository.create(article), qPrintable(repository.errorString()));
    std::optional<Article> stored = repository.load(article.id);
    QVERIFY(stored);
    QCOMPARE(stored->title, QStringLiteral("不适宜担任现职]0;pwned，448名 干部被调整"));
    QCOMPARE(stored->subtitle, QStringLiteral("[31m红色[0m副题"));
    QCOMPARE(stored->byline, QStringLiteral("陈思远 "));
    QCOMPARE(stored->summary, QStringLiteral("第一行\n第二行"));
    QCOMPARE(stored->tags, (QStringList { QStringLiteral("纪检"), QStringLiteral("干部") }));

    stored->editor = QStringLiteral("李华\x07");
    QCOMPARE(repository.save(*stored), ArticleRepository::SaveResult::Saved);
    QCOMPARE(repository.load(article.id)->editor, QStringLiteral("李华"));

    // Nor a noncharacter or byte-order mark: bound as UTF-16, a value that starts with U+FFFE
    // came back from SQLite byte-swapped ("\ufffeab" as "愀戀") and a leading U+FEFF was lost.
    Article marked = sampleArticle();
    marked.title = QStringLiteral("\ufffe干部调整\ufeff名单");
    marked.byline = QStringLiteral("\ufeff陈思远");
    marked.summary = QStringLiteral("\ufffe摘要\uffff");
    QVERIFY2(repository.create(marked), qPrintable(repository.errorString()));
    stored = repository.load(marked.id);
    QVERIFY(stored);
    QCOMPARE(stored->title, QStringLiteral("干部调整名单"));
    QCOMPARE(stored->byline, QStringLiteral("陈思远"));
    QCOMPARE(stored->summary, QStringLiteral("摘要"));
}

void TestArticleRepository::slugFromTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expected"); // "#" stands for the article id

    QTest::newRow("nominal: Chinese title becomes toneless pinyin")
        << QStringLiteral("不适宜担任现职") << QStringLiteral("bu-shi-yi-dan-ren-xian-zhi");
    QTest::newRow("nominal: English title")
        << QStringLiteral("Hello, World! It's 2025") << QStringLiteral("hello-world-it-s-2025");
    QTest::newRow("nominal: accents are dropped")
        << QStringLiteral("Café crème à Zürich") << QStringLiteral("cafe-creme-a-zurich");
    QTest::newRow("nominal: mixed scripts") << QStringLiteral("5G网络") << QStringLiteral("5g-wang-luo");
    QTest::newRow("nominal: digits stay apart from pinyin")
        << QStringLiteral("3名干部") << QStringLiteral("3-ming-gan-bu");
    QTest::newRow("robustness: punctuation only falls back to the id")
        << QStringLiteral("！？……") << QStringLiteral("article-#");
    QTest::newRow("robustness: empty title falls back to the id") << QString() << QStringLiteral("article-#");
}

void TestArticleRepository::slugFromTitle()
{
    QFETCH(QString, title);
    QFETCH(QString, expected);
    ArticleRepository repository(*m_db);
    Article article;
    article.title = title;
    QVERIFY(repository.create(article));
    QCOMPARE(article.slug, QString(expected).replace(QLatin1Char('#'), QString::number(article.id)));
    QCOMPARE(repository.load(article.id)->slug, article.slug);
}

void TestArticleRepository::slugsAreUnique()
{
    ArticleRepository repository(*m_db);
    QStringList slugs;
    for (int i = 0; i < 3; ++i) {
        Article article;
        article.title = QStringLiteral("Budget Day");
        QVERIFY(repository.create(article));
        slugs.append(article.slug);
    }
    QCOMPARE(slugs,
        (QStringList { QStringLiteral("budget-day"), QStringLiteral("budget-day-2"), QStringLiteral("budget-day-3") }));

    // A slug given explicitly is kept, made unique the same way.
    Article given;
    given.title = QStringLiteral("Something else");
    given.slug = QStringLiteral("budget-day");
    QVERIFY(repository.create(given));
    QCOMPARE(given.slug, QStringLiteral("budget-day-4"));

    // Long titles are cut at a word boundary.
    Article longTitle;
    longTitle.title
        = QStringLiteral("中华人民共和国国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要全文发布");
    QVERIFY(repository.create(longTitle));
    QVERIFY2(longTitle.slug.size() <= 60 && !longTitle.slug.endsWith(QLatin1Char('-')), qPrintable(longTitle.slug));
    QVERIFY(longTitle.slug.startsWith(QStringLiteral("zhong-hua-ren-min-gong-he-guo")));
    QCOMPARE(galley::slugFromTitle(longTitle.title), longTitle.slug);

    // Saving with a cleared slug makes one again from the (new) title, unique except for itself.
    Article reloaded = *repository.load(given.id);
    reloaded.slug.clear();
    reloaded.title = QStringLiteral("Budget Day");
    const auto saveResult = repository.save(reloaded);
    QVERIFY2(saveResult == ArticleRepository::SaveResult::Saved, qPrintable(repository.errorString()));
    QCOMPARE(reloaded.slug, QStringLiteral("budget-day-4"));
}

void TestArticleRepository::saveBumpsVersion()
{
    ArticleRepository repository(*m_db);
    Article article = sampleArticle();
    QVERIFY(repository.create(article));
    const QDateTime created = article.createdAt;
    QTest::qWait(5);

    article.title = QStringLiteral("新标题");
    article.bodyHtml = QStringLiteral("<p>改写后的正文。</p>\n");
    article.views.reset();
    article.related.removeFirst();
    QCOMPARE(repository.save(article), ArticleRepository::SaveResult::Saved);
    QCOMPARE(article.version, 2);
    QVERIFY(article.updatedAt > created);
    QCOMPARE(article.createdAt, created);
    QCOMPARE(article.bodyText, QStringLiteral("改写后的正文。"));
    QCOMPARE(article.characterCount, 7);

    const Article loaded = *repository.load(article.id);
    compareArticles(loaded, article);
    QCOMPARE(loaded.related.size(), 1);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM related")), 1);
}

void TestArticleRepository::versionConflictAcrossConnections()
{
    ArticleRepository setup(*m_db);
    Article original = sampleArticle();
    QVERIFY(setup.create(original));

    Database first;
    Database second;
    QCOMPARE(first.open(m_path), Database::Status::Ok);
    QCOMPARE(second.open(m_path), Database::Status::Ok);
    ArticleRepository firstRepository(first);
    ArticleRepository secondRepository(second);
    Article mine = *firstRepository.load(original.id);
    Article theirs = *secondRepository.load(original.id);

    mine.bodyHtml = QStringLiteral("<p>第一位编辑的修改。</p>\n");
    QCOMPARE(firstRepository.save(mine), ArticleRepository::SaveResult::Saved);

    theirs.bodyHtml = QStringLiteral("<p>第二位编辑的修改。</p>\n");
    theirs.title = QStringLiteral("Second editor's title");
    QCOMPARE(secondRepository.save(theirs), ArticleRepository::SaveResult::Conflict);
    QVERIFY(!secondRepository.errorString().isEmpty());
    QCOMPARE(theirs.version, 1); // the caller's copy is left as it was

    const Article stored = *ArticleRepository(*m_db).load(original.id);
    QCOMPARE(stored.bodyHtml, mine.bodyHtml);
    QCOMPARE(stored.title, original.title);
    QCOMPARE(stored.version, 2);

    // After reloading, the second editor can save.
    Article reloaded = *secondRepository.load(original.id);
    reloaded.title = QStringLiteral("Second editor's title");
    QCOMPARE(secondRepository.save(reloaded), ArticleRepository::SaveResult::Saved);
    QCOMPARE(reloaded.version, 3);
}

void TestArticleRepository::saveOfMissingArticle()
{
    ArticleRepository repository(*m_db);
    Article ghost = sampleArticle();
    ghost.id = 4242;
    ghost.version = 1;
    QCOMPARE(repository.save(ghost), ArticleRepository::SaveResult::NotFound);
    QCOMPARE(repository.count(), 0);
}

void TestArticleRepository::createRefusesExistingId()
{
    ArticleRepository repository(*m_db);
    Article article = sampleArticle();
    QVERIFY(repository.create(article));
    Article again = article;
    QVERIFY(!repository.create(again));
    QVERIFY(!repository.errorString().isEmpty());
    QCOMPARE(repository.count(), 1);
}

void TestArticleRepository::trashRestorePurge()
{
    ArticleRepository repository(*m_db);
    QList<qint64> ids;
    for (WorkflowState state : { WorkflowState::Draft, WorkflowState::Published, WorkflowState::Published }) {
        Article article = sampleArticle();
        article.status = state;
        QVERIFY(repository.create(article));
        ids.append(article.id);
    }
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("INSERT INTO revisions (article_id, number, title, body_html, status, created_at) "
                                 "VALUES (?, 1, 't', '<p>x</p>', 'draft', 'x')"));
    query.addBindValue(ids.at(1));
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

    QCOMPARE(repository.count(), 3);
    QVERIFY(repository.moveToTrash(ids.at(1)));
    QVERIFY(repository.moveToTrash(ids.at(1))); // already there: fine
    QCOMPARE(repository.count(), 2);
    QCOMPARE(repository.allIds(), (QList<qint64> { ids.at(0), ids.at(2) }));
    QCOMPARE(repository.idsWithStatus(WorkflowState::Published), QList<qint64> { ids.at(2) });
    const Article trashed = *repository.load(ids.at(1));
    QVERIFY(trashed.isInTrash());
    QCOMPARE(trashed.version, 2);

    QVERIFY(repository.restoreFromTrash(ids.at(1)));
    QVERIFY(!repository.load(ids.at(1))->isInTrash());
    QCOMPARE(repository.count(), 3);
    QCOMPARE(repository.idsWithStatus(WorkflowState::Published), (QList<qint64> { ids.at(1), ids.at(2) }));

    QVERIFY(repository.purge(ids.at(1)));
    QVERIFY(!repository.load(ids.at(1)));
    QCOMPARE(repository.count(), 2);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM revisions")), 0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM related WHERE article_id = %1").arg(ids.at(1))), 0);

    QVERIFY(!repository.purge(ids.at(1)));
    QVERIFY(!repository.moveToTrash(ids.at(1)));
    QVERIFY(!repository.restoreFromTrash(ids.at(1)));
    QVERIFY(!repository.errorString().isEmpty());
}

void TestArticleRepository::purgeClearsLinksToIt()
{
    ArticleRepository repository(*m_db);
    Article target = sampleArticle();
    QVERIFY(repository.create(target));
    Article linking = sampleArticle();
    RelatedItem link;
    link.targetArticleId = target.id;
    link.title = target.title;
    linking.related = { link };
    QVERIFY(repository.create(linking));
    QVERIFY(repository.purge(target.id));
    const Article loaded = *repository.load(linking.id);
    QCOMPARE(loaded.related.size(), 1);
    QCOMPARE(loaded.related.first().targetArticleId, std::nullopt);
    QCOMPARE(loaded.related.first().title, target.title);
}

void TestArticleRepository::duplicateIsNewDraft()
{
    ArticleRepository repository(*m_db);
    Article article = sampleArticle();
    article.status = WorkflowState::Published;
    QVERIFY(repository.create(article));
    const qint64 copyId = repository.duplicate(article.id, article.title + QStringLiteral("（副本）"));
    QVERIFY(copyId > 0);
    const Article copy = *repository.load(copyId);
    QCOMPARE(copy.title, article.title + QStringLiteral("（副本）"));
    QCOMPARE(copy.status, WorkflowState::Draft);
    QVERIFY(copy.uuid != article.uuid);
    QVERIFY(copy.slug != article.slug);
    QCOMPARE(copy.bodyHtml, article.bodyHtml);
    QCOMPARE(copy.related, article.related);
    QCOMPARE(copy.views, std::nullopt);
    QCOMPARE(copy.version, 1);
    QCOMPARE(repository.duplicate(99999, QStringLiteral("x")), 0);
}

void TestArticleRepository::joinsCallerTransaction()
{
    ArticleRepository repository(*m_db);
    {
        WriteTransaction transaction(*m_db);
        Article article = sampleArticle();
        QVERIFY(repository.create(article));
        QCOMPARE(repository.count(), 1);
    } // not committed
    QCOMPARE(repository.count(), 0);
    {
        WriteTransaction transaction(*m_db);
        for (int i = 0; i < 3; ++i) {
            Article article = sampleArticle();
            QVERIFY(repository.create(article));
        }
        QVERIFY(transaction.commit());
    }
    QCOMPARE(repository.count(), 3);
}

void TestArticleRepository::searchIndexesFollowEveryWrite()
{
    ArticleRepository repository(*m_db);
    QList<Article> articles;
    for (int i = 0; i < 5; ++i) {
        Article article = sampleArticle();
        article.title += QString::number(i);
        QVERIFY(repository.create(article));
        articles.append(article);
    }
    articles[0].bodyHtml = QStringLiteral("<p>全新的内容 with new words</p>\n");
    QCOMPARE(repository.save(articles[0]), ArticleRepository::SaveResult::Saved);
    articles[1].views = 99; // no text change
    QCOMPARE(repository.save(articles[1]), ArticleRepository::SaveResult::Saved);
    QVERIFY(repository.moveToTrash(articles[2].id));
    QVERIFY(repository.purge(articles[3].id));
    QVERIFY(repository.duplicate(articles[4].id, QStringLiteral("副本")) > 0);

    const ArticleSearch search(*m_db);
    ArticleFilter filter;
    if (m_db->engine() == Engine::PostgreSQL) {
        // On a team server every write marks its article pending (a server trigger, whoever
        // writes), and a search first brings the search rows up to date.
        SearchIndex index(*m_db);
        QCOMPARE(index.pendingCount(), 5); // the four left and the copy: inserted or changed since indexed
        filter.search = QStringLiteral("全新");
        QCOMPARE(search.count(filter), 1);
        filter.search = QStringLiteral("new words");
        QCOMPARE(search.count(filter), 1);
        filter.search = QStringLiteral("副本");
        QCOMPARE(search.count(filter), 1);
        filter.search = QStringLiteral("内蒙古");
        QCOMPARE(search.count(filter), 4); // 0, 1, 4 and the copy of 4: not the trashed or the purged one
        QVERIFY(!index.hasPending());
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM article_search")), 5); // the purged one's went with it
        return;
    }
    // The changed and the trashed article wait for the deferred re-index (a purge and a new
    // article are indexed at once); a search brings the indexes up to date before it looks.
    SearchIndex index(*m_db);
    QCOMPARE(index.pendingCount(), 2);
    filter.search = QStringLiteral("全新");
    QCOMPARE(search.count(filter), 1);
    QVERIFY(!index.hasPending());

    QString error;
    QVERIFY2(galley::test::searchIndexesMatchContent(*m_db, &error), qPrintable(error));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM articles_cjk WHERE articles_cjk MATCH '\"全新\"'")), 1);
    QCOMPARE(
        scalar(*m_db, QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '\"new words\"'")), 1);
}

QTEST_GUILESS_MAIN(TestArticleRepository)
#include "tst_articlerepository.moc"
