#include "storage/articlerepository.h"
#include "storage/articlesearch.h"
#include "storage/sqlite/bulkloader.h"
#include "storage/sqlite/cjktokenizer.h"
#include "storage/database.h"
#include "testnewsroom.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace galley;

namespace {

struct Fixture {
    const char *title;
    const char *body;
    const char *desk;
    const char *byline;
    WorkflowState status;
    bool trashed = false;
};

// Chinese, English, Japanese and Korean copy, one article in the trash.
const Fixture fixtures[] = {
    { "中国经济稳步增长", "国家统计局今天发布数据。The economy grew 5% this year.", "财经", "王小明",
        WorkflowState::Published },
    { "Economy Weekly", "中国的经济形势分析。人民日报评论员文章。", "财经", "Jane Doe", WorkflowState::Draft },
    { "人民日报社论", "坚持以人民为中心的发展思想。AI and 5G networks.", "时政", "李华", WorkflowState::InReview },
    { "体育新闻", "中国队夺冠。The market rallied.", "体育", "王小明", WorkflowState::Approved },
    { "Trash 中国经济", "经济 economy in the trash", "财经", "王小明", WorkflowState::Draft, true },
    { "日本の経済", "東京で会議が開かれた。", "国际", "Jane Doe", WorkflowState::Archived },
    { "한국 경제", "서울에서 회의가 열렸다.", "国际", "", WorkflowState::ChangesRequested },
    { "English only", "Nothing Chinese here. AIR travel is up.", "", "Jane Doe", WorkflowState::Published },
};

QStringList titlesOf(const QList<ArticleRow> &rows)
{
    QStringList titles;
    for (const ArticleRow &row : rows)
        titles.append(row.title);
    return titles;
}

int statusRank(WorkflowState state)
{
    return int(allWorkflowStates().indexOf(state));
}

/// The order ArticleSearch promises without a search: by key, ties by id, in one direction.
bool before(const ArticleRow &a, const ArticleRow &b, ArticleSortKey key, Qt::SortOrder order)
{
    const auto compare = [&]() -> int {
        switch (key) {
        case ArticleSortKey::Title:
            return a.title.compare(b.title);
        case ArticleSortKey::Status:
            return statusRank(a.status) - statusRank(b.status);
        case ArticleSortKey::Byline:
            return a.byline.compare(b.byline);
        case ArticleSortKey::Desk:
            return a.desk.compare(b.desk);
        case ArticleSortKey::Characters:
            return int(a.characterCount - b.characterCount);
        case ArticleSortKey::PublishAt:
            return a.publishAt.compare(b.publishAt);
        case ArticleSortKey::UpdatedAt:
        case ArticleSortKey::Relevance:
            break;
        }
        return a.updatedAt < b.updatedAt ? -1 : (b.updatedAt < a.updatedAt ? 1 : 0);
    };
    int c = compare();
    if (c == 0)
        c = a.id < b.id ? -1 : (a.id > b.id ? 1 : 0);
    const bool ascending = key != ArticleSortKey::Relevance && order == Qt::AscendingOrder;
    return ascending ? c < 0 : c > 0;
}

} // namespace

class TestArticleSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void tokenizer_data();
    void tokenizer();
    void findsEveryQueryLength_data();
    void findsEveryQueryLength();
    void queryTextIsNeverSyntax_data();
    void queryTextIsNeverSyntax();
    void filtersCombineWithSearch();
    void relevanceRanksTitleHitsFirst_data();
    void relevanceRanksTitleHitsFirst();
    void snippetMarksTheHit();
    void snippetKeepsHitsWhole_data();
    void snippetKeepsHitsWhole();
    void trashIsListedSeparately();
    void trashSearchIsBounded();
    void desksAndBylines();
    void pagesAgreeFromEitherEnd_data();
    void pagesAgreeFromEitherEnd();

private:
    test::TestNewsrooms m_newsrooms;
    std::unique_ptr<Database> m_db;
    QHash<QString, qint64> m_ids; // by title
    std::unique_ptr<Database> m_bulkDb;
};

void TestArticleSearch::initTestCase()
{
    GALLEY_CREATE_NEWSROOM(location, m_newsrooms);
    m_db = std::make_unique<Database>();
    QCOMPARE(m_db->open(location), Database::Status::Ok);
    QCOMPARE(m_db->engine(), test::testEngine());
    ArticleRepository repository(*m_db);
    for (const Fixture &fixture : fixtures) {
        Article article;
        article.title = QString::fromUtf8(fixture.title);
        article.bodyHtml = QStringLiteral("<p>%1</p>\n").arg(QString::fromUtf8(fixture.body).toHtmlEscaped());
        article.desk = QString::fromUtf8(fixture.desk);
        article.byline = QString::fromUtf8(fixture.byline);
        article.status = fixture.status;
        QVERIFY2(repository.create(article), qPrintable(repository.errorString()));
        if (fixture.trashed)
            QVERIFY(repository.moveToTrash(article.id));
        m_ids.insert(article.title, article.id);
    }

    // A second newsroom with many ties, for ordering and paging.
    GALLEY_CREATE_NEWSROOM(bulkLocation, m_newsrooms);
    m_bulkDb = std::make_unique<Database>();
    QCOMPARE(m_bulkDb->open(bulkLocation), Database::Status::Ok);
    ArticleRepository bulk(*m_bulkDb);
    WriteTransaction transaction(*m_bulkDb);
    const QStringList titles { QStringLiteral("经济"), QStringLiteral("Alpha"), QStringLiteral("中国新闻"),
        QStringLiteral("alpha"), QStringLiteral("Zulu") };
    const QStringList desks { QStringLiteral("财经"), QStringLiteral("时政"), QString() };
    for (int i = 0; i < 500; ++i) {
        Article article;
        article.title = titles.at(i % titles.size());
        article.bodyHtml = QStringLiteral("<p>%1</p>\n").arg(QString(QStringLiteral("中文正文")).repeated(1 + i % 7));
        article.desk = desks.at(i % desks.size());
        article.byline = QStringLiteral("记者%1").arg(i % 4);
        article.status = allWorkflowStates().at((i * 7) % 6);
        article.publishAt = i % 3 ? QStringLiteral("2025-03-%1T08:00:00").arg(10 + i % 9) : QString();
        QVERIFY(bulk.create(article));
        if (i % 50 == 7)
            QVERIFY(bulk.moveToTrash(article.id));
    }
    QVERIFY(transaction.commit());
}

void TestArticleSearch::cleanupTestCase()
{
    m_db.reset();
    m_bulkDb.reset();
}

void TestArticleSearch::tokenizer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("query");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("nominal: CJK run gives unigrams and bigrams")
        << QStringLiteral("中国人") << false
        << QStringList { QStringLiteral("中"), QStringLiteral("中国"), QStringLiteral("国"), QStringLiteral("国人"),
               QStringLiteral("人") };
    QTest::newRow("nominal: Latin words are lowercased, punctuation separates")
        << QStringLiteral("COVID-19 Café, 5G！") << false
        << QStringList { QStringLiteral("covid"), QStringLiteral("19"), QStringLiteral("café"), QStringLiteral("5g") };
    QTest::newRow("nominal: scripts alternate")
        << QStringLiteral("A股上涨") << false
        << QStringList { QStringLiteral("a"), QStringLiteral("股"), QStringLiteral("股上"), QStringLiteral("上"),
               QStringLiteral("上涨"), QStringLiteral("涨") };
    QTest::newRow("nominal: kana and hangul are CJK")
        << QStringLiteral("東京 서울") << false
        << QStringList { QStringLiteral("東"), QStringLiteral("東京"), QStringLiteral("京"), QStringLiteral("서"),
               QStringLiteral("서울"), QStringLiteral("울") };
    QTest::newRow("nominal: query, one character is its unigram")
        << QStringLiteral("中") << true << QStringList { QStringLiteral("中") };
    QTest::newRow("nominal: query, longer runs are bigrams only")
        << QStringLiteral("中国人") << true << QStringList { QStringLiteral("中国"), QStringLiteral("国人") };
    QTest::newRow("robustness: CJK punctuation is not indexed")
        << QStringLiteral("「中」。，") << false << QStringList { QStringLiteral("中") };
    QTest::newRow("robustness: nothing indexable") << QStringLiteral(" ！？… ") << false << QStringList {};
}

void TestArticleSearch::tokenizer()
{
    QFETCH(QString, text);
    QFETCH(bool, query);
    QFETCH(QStringList, expected);
    QCOMPARE(CjkTokenizer::tokens(text, query ? CjkTokenizer::Mode::Query : CjkTokenizer::Mode::Document), expected);
}

void TestArticleSearch::findsEveryQueryLength_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // titles, in any order

    QTest::newRow("nominal: one Chinese character (bigram index)")
        << QStringLiteral("中")
        << QStringList { QStringLiteral("中国经济稳步增长"), QStringLiteral("Economy Weekly"),
               QStringLiteral("人民日报社论"), QStringLiteral("体育新闻") };
    QTest::newRow("nominal: two Chinese characters (bigram index)") << QStringLiteral(
        "经济") << QStringList { QStringLiteral("中国经济稳步增长"), QStringLiteral("Economy Weekly") };
    QTest::newRow("nominal: four Chinese characters (trigram index)") << QStringLiteral(
        "人民日报") << QStringList { QStringLiteral("Economy Weekly"), QStringLiteral("人民日报社论") };
    QTest::newRow("nominal: English word, any case, as a substring") << QStringLiteral(
        "ECONOMY") << QStringList { QStringLiteral("中国经济稳步增长"), QStringLiteral("Economy Weekly") };
    QTest::newRow("nominal: two-letter word matches whole words only")
        << QStringLiteral("ai") << QStringList { QStringLiteral("人民日报社论") };
    QTest::newRow("nominal: letters and digits")
        << QStringLiteral("5g") << QStringList { QStringLiteral("人民日报社论") };
    QTest::newRow("nominal: every term must match") << QStringLiteral(
        "中国  economy") << QStringList { QStringLiteral("中国经济稳步增长"), QStringLiteral("Economy Weekly") };
    QTest::newRow("nominal: two short terms")
        << QStringLiteral("人民 中心") << QStringList { QStringLiteral("人民日报社论") };
    QTest::newRow("nominal: Japanese") << QStringLiteral("経済") << QStringList { QStringLiteral("日本の経済") };
    QTest::newRow("nominal: Korean") << QStringLiteral("경제") << QStringList { QStringLiteral("한국 경제") };
    QTest::newRow("nominal: title only") << QStringLiteral("社论") << QStringList { QStringLiteral("人民日报社论") };
    QTest::newRow("robustness: no such text") << QStringLiteral("不存在") << QStringList {};
    QTest::newRow("robustness: punctuation only") << QStringLiteral("！") << QStringList {};
    QTest::newRow("nominal: a long and a short term in one article")
        << QStringLiteral("人民日报 中心") << QStringList { QStringLiteral("人民日报社论") };
    QTest::newRow("nominal: three terms") << QStringLiteral(
        "economy 中国 经济") << QStringList { QStringLiteral("中国经济稳步增长"), QStringLiteral("Economy Weekly") };
    QTest::newRow("robustness: a long and a short term that never meet")
        << QStringLiteral("market 经济") << QStringList {};
    QTest::newRow("robustness: a short and a long term that never meet")
        << QStringLiteral("经济 market") << QStringList {};
    QTest::newRow("robustness: two long terms that never meet")
        << QStringLiteral("国家统计局 market") << QStringList {};
    QTest::newRow("robustness: three terms that never meet") << QStringLiteral("economy 中国 体育") << QStringList {};
    QTest::newRow("robustness: a long term without hits and a short one")
        << QStringLiteral("nonexistent 中国") << QStringList {};
}

void TestArticleSearch::findsEveryQueryLength()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    ArticleSearch search(*m_db);
    ArticleFilter filter;
    filter.search = query;
    QCOMPARE(search.count(filter), qint64(expected.size()));
    const ListCount quick = search.quickCount(filter);
    QCOMPARE(quick.count, qint64(expected.size()));
    QVERIFY(quick.exact);
    const QList<ArticleRow> rows = search.page(filter, ArticleSortKey::Relevance, Qt::AscendingOrder, 0, 100);
    QVERIFY2(search.errorString().isEmpty(), qPrintable(search.errorString()));
    // The list finds each hit where it shows it, and none of the others.
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(search.rowOf(filter, ArticleSortKey::Relevance, Qt::AscendingOrder, rows.at(i).id), qint64(i));
    if (rows.isEmpty())
        QCOMPARE(search.rowOf(
                     filter, ArticleSortKey::Relevance, Qt::AscendingOrder, m_ids.value(QStringLiteral("体育新闻"))),
            qint64(-1));
    QStringList titles = titlesOf(rows);
    titles.sort();
    expected.sort();
    QCOMPARE(titles, expected);
}

void TestArticleSearch::queryTextIsNeverSyntax_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expected");
    QTest::newRow("robustness: quote") << QStringLiteral("\"") << 0;
    QTest::newRow("robustness: unbalanced quote in a word") << QStringLiteral("economy\"") << 0;
    QTest::newRow("robustness: boolean keyword") << QStringLiteral("AND") << 1; // "AI and 5G"
    QTest::newRow("robustness: NOT and parentheses") << QStringLiteral("NOT (中国") << 0;
    QTest::newRow("robustness: column filter") << QStringLiteral("title:中国") << 0;
    QTest::newRow("robustness: prefix star is punctuation") << QStringLiteral("中*") << 4;
    QTest::newRow("robustness: NEAR") << QStringLiteral("NEAR(中国 经济)") << 0;
    // "The economy grew 5% this year.": LIKE's wildcards and escape are plain characters.
    QTest::newRow("robustness: percent sign is not a wildcard") << QStringLiteral("grew%year") << 0;
    QTest::newRow("robustness: underscore is not a wildcard") << QStringLiteral("gr_w") << 0;
    QTest::newRow("robustness: backslash is not an escape") << QStringLiteral("\\grew") << 0;
    QTest::newRow("robustness: percent sign as written") << QStringLiteral("grew 5% this") << 1;
    QTest::newRow("robustness: percent sign after a short word") << QStringLiteral("5%") << 1;
    // Control characters (a NUL or an ESC pasted into the search field) separate terms: FTS5
    // read a quoted string only up to the NUL and failed, "unterminated string" (fuzz target
    // "searchquery"), and PostgreSQL refuses a NUL in text.
    QTest::newRow("robustness: NUL between two terms") << QStringLiteral("grew%1this").arg(QChar(0)) << 1;
    QTest::newRow("robustness: BEL between two terms") << QStringLiteral("grew\athis") << 1;
}

void TestArticleSearch::queryTextIsNeverSyntax()
{
    QFETCH(QString, query);
    QFETCH(int, expected);
    ArticleSearch search(*m_db);
    ArticleFilter filter;
    filter.search = query;
    QCOMPARE(search.count(filter), qint64(expected));
    QVERIFY2(search.errorString().isEmpty(), qPrintable(search.errorString()));
    QCOMPARE(search.page(filter, ArticleSortKey::Relevance, Qt::AscendingOrder, 0, 10).size(), expected);
    QVERIFY2(search.errorString().isEmpty(), qPrintable(search.errorString()));
}

void TestArticleSearch::filtersCombineWithSearch()
{
    ArticleSearch search(*m_db);
    ArticleFilter filter;
    filter.search = QStringLiteral("中");
    filter.byline = QStringLiteral("王小明");
    QCOMPARE(titlesOf(search.page(filter, ArticleSortKey::Title, Qt::AscendingOrder, 0, 10)),
        (QStringList { QStringLiteral("中国经济稳步增长"), QStringLiteral("体育新闻") }));
    QCOMPARE(search.count(filter), 2);
    filter.status = WorkflowState::Approved;
    QCOMPARE(titlesOf(search.page(filter, ArticleSortKey::Relevance, Qt::AscendingOrder, 0, 10)),
        QStringList { QStringLiteral("体育新闻") });
    filter = {};
    filter.desk = QStringLiteral("财经");
    filter.search = QStringLiteral("中国经济");
    QCOMPARE(search.count(filter), 1); // the one in the trash does not count
}

void TestArticleSearch::relevanceRanksTitleHitsFirst_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    // Without ranking, the newer body hit would come first in each case.
    QTest::newRow("nominal: two characters, title hit first") << QStringLiteral(
        "经济") << QStringList { QStringLiteral("中国经济稳步增长"), QStringLiteral("Economy Weekly") };
    QTest::newRow("nominal: four characters, BM25 prefers the title") << QStringLiteral(
        "人民日报") << QStringList { QStringLiteral("人民日报社论"), QStringLiteral("Economy Weekly") };
    QTest::newRow("nominal: English word, BM25 prefers the title") << QStringLiteral(
        "economy") << QStringList { QStringLiteral("Economy Weekly"), QStringLiteral("中国经济稳步增长") };
}

void TestArticleSearch::relevanceRanksTitleHitsFirst()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    ArticleSearch search(*m_db);
    ArticleFilter filter;
    filter.search = query;
    QCOMPARE(titlesOf(search.page(filter, ArticleSortKey::Relevance, Qt::DescendingOrder, 0, 10)), expected);
    QCOMPARE(search.rowOf(filter, ArticleSortKey::Relevance, Qt::AscendingOrder, m_ids.value(expected.last())),
        qint64(expected.size() - 1));
}

void TestArticleSearch::snippetMarksTheHit()
{
    ArticleSearch search(*m_db);
    ArticleFilter filter;
    filter.search = QStringLiteral("人民日报");
    const QList<ArticleRow> rows = search.page(filter, ArticleSortKey::Relevance, Qt::AscendingOrder, 0, 10);
    QCOMPARE(rows.size(), 2);
    // Only the title matches: the highlighted title stands in for a body excerpt.
    QCOMPARE(rows.at(0).snippet, QStringLiteral("\x02人民日报\x03社论"));
    QVERIFY2(
        rows.at(1).snippet.contains(QStringLiteral("分析。\x02人民日报\x03评论员")), qPrintable(rows.at(1).snippet));

    filter.search = QStringLiteral("经济");
    const QList<ArticleRow> short2 = search.page(filter, ArticleSortKey::Title, Qt::AscendingOrder, 0, 10);
    QCOMPARE(short2.size(), 2);
    QVERIFY2(short2.at(0).snippet.contains(QStringLiteral("中国的\x02经济\x03形势")), qPrintable(short2.at(0).snippet));

    filter.search.clear();
    const QList<ArticleRow> plain = search.page(filter, ArticleSortKey::Title, Qt::AscendingOrder, 0, 10);
    QVERIFY(!plain.isEmpty());
    QVERIFY(plain.first().snippet.isEmpty());
}

void TestArticleSearch::snippetKeepsHitsWhole_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("filler");
    // Two hits a varying distance apart: at some distance the second one straddles the edge
    // of a fixed-size excerpt window (FTS5's snippet() highlighted "旗帜鲜" of "旗帜鲜明").
    QTest::newRow("nominal: 4-character Chinese") << QStringLiteral("旗帜鲜明") << QStringLiteral("乙");
    QTest::newRow("nominal: English word") << QStringLiteral("paperwork") << QStringLiteral("a ");
    QTest::newRow("robustness: characters outside the BMP around the hits")
        << QStringLiteral("旗帜鲜明") << QStringLiteral("\U00020000");
}

void TestArticleSearch::snippetKeepsHitsWhole()
{
    QFETCH(QString, query);
    QFETCH(QString, filler);
    GALLEY_CREATE_NEWSROOM(location, m_newsrooms);
    Database database;
    QCOMPARE(database.open(location), Database::Status::Ok);
    ArticleRepository repository(database);
    for (int gap = 0; gap <= 40; ++gap) {
        Article article;
        article.title = QStringLiteral("gap %1").arg(gap);
        article.bodyHtml = QStringLiteral("<p>%1%2%3%2%4</p>\n")
                               .arg(filler.repeated(28), query.toUpper(), filler.repeated(gap), filler.repeated(30));
        QVERIFY(repository.create(article));
    }
    ArticleSearch search(database);
    ArticleFilter filter;
    filter.search = query;
    const QList<ArticleRow> rows = search.page(filter, ArticleSortKey::Title, Qt::AscendingOrder, 0, 100);
    QCOMPARE(rows.size(), 41);
    static const QRegularExpression hit(QStringLiteral("\x02([^\x03]*)\x03"));
    for (const ArticleRow &row : rows) {
        const QString &snippet = row.snippet;
        QVERIFY2(snippet.count(QChar(0x02)) >= 1, qPrintable(row.title));
        QCOMPARE(snippet.count(QChar(0x02)), snippet.count(QChar(0x03)));
        for (auto it = hit.globalMatch(snippet); it.hasNext();)
            QCOMPARE(it.next().captured(1).toLower(), query);
        QVERIFY2(!snippet.front().isLowSurrogate() && !snippet.back().isHighSurrogate(), qPrintable(row.title));
        QVERIFY2(snippet.size() < 100 + 2 * query.size(), qPrintable(row.title)); // an excerpt, not the body
    }
}

void TestArticleSearch::trashIsListedSeparately()
{
    ArticleSearch search(*m_db);
    ArticleFilter filter;
    QCOMPARE(search.count(filter), 7);
    filter.trash = true;
    QCOMPARE(search.count(filter), 1);
    QCOMPARE(titlesOf(search.page(filter, ArticleSortKey::Relevance, Qt::AscendingOrder, 0, 10)),
        QStringList { QStringLiteral("Trash 中国经济") });
    filter.search = QStringLiteral("经济");
    QCOMPARE(search.count(filter), 1);
    filter.search = QStringLiteral("economy");
    QCOMPARE(search.page(filter, ArticleSortKey::Relevance, Qt::AscendingOrder, 0, 10).size(), 1);
}

void TestArticleSearch::trashSearchIsBounded()
{
    // The trash has no full-text index: a search there reads the text of the 2,000 most
    // recently trashed articles, however big the trash grows.
    GALLEY_CREATE_NEWSROOM(location, m_newsrooms);
    Database database;
    QCOMPARE(database.open(location), Database::Status::Ok);
    constexpr int Trashed = 2100;
    const auto article = [](int i) {
        Article article;
        article.title = QStringLiteral("稿件 %1").arg(i);
        article.bodyHtml = QStringLiteral("<p>正文 marker%1 共同词</p>\n").arg(i);
        return article;
    };
    ArticleRepository repository(database);
    if (database.engine() == Engine::SQLite) {
        BulkLoader loader(database);
        QVERIFY(loader.begin());
        for (int i = 0; i < Trashed; ++i) {
            Article created = article(i);
            QVERIFY(loader.addArticle(created));
        }
        QVERIFY(loader.finish());
    } else {
        WriteTransaction transaction(database);
        for (int i = 0; i < Trashed; ++i) {
            Article created = article(i);
            QVERIFY2(repository.create(created), qPrintable(repository.errorString()));
            QCOMPARE(created.id, qint64(i + 1));
        }
        QVERIFY(transaction.commit());
    }
    {
        // One transaction, the articles in id order: the first one is trashed first.
        WriteTransaction transaction(database);
        for (qint64 id = 1; id <= Trashed; ++id)
            QVERIFY(repository.moveToTrash(id));
        QVERIFY(transaction.commit());
    }
    ArticleSearch search(database);
    ArticleFilter filter;
    filter.trash = true;
    QCOMPARE(search.count(filter), Trashed); // listing the trash is not limited
    QCOMPARE(search.page(filter, ArticleSortKey::UpdatedAt, Qt::AscendingOrder, 0, 5000).size(), Trashed);
    QCOMPARE(search.page(filter, ArticleSortKey::Title, Qt::AscendingOrder, 2050, 100).size(), Trashed - 2050);
    filter.search = QStringLiteral("共同词");
    QCOMPARE(search.count(filter), 2000);
    const QList<ArticleRow> all = search.page(filter, ArticleSortKey::Relevance, Qt::AscendingOrder, 0, 5000);
    QCOMPARE(all.size(), 2000);
    // Newest first (each article was written after the one before it), read from either end.
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(all.at(i).id, qint64(Trashed - i));
    QList<ArticleRow> joined;
    for (qint64 offset = 0; offset < 2000; offset += 301)
        joined += search.page(filter, ArticleSortKey::Relevance, Qt::AscendingOrder, offset, 301, 2000);
    QCOMPARE(joined.size(), all.size());
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(joined.at(i).id, all.at(i).id);
    QCOMPARE(search.rowOf(filter, ArticleSortKey::Relevance, Qt::AscendingOrder, Trashed - 1500), 1500);
    QCOMPARE(search.rowOf(filter, ArticleSortKey::Title, Qt::DescendingOrder, 1), -1); // beyond the bound
    QVERIFY2(search.errorString().isEmpty(), qPrintable(search.errorString()));
    filter.search = QStringLiteral("marker%1").arg(Trashed - 1); // trashed last
    QCOMPARE(search.count(filter), 1);
    filter.search = QStringLiteral("marker0"); // trashed first, beyond the bound
    QCOMPARE(search.count(filter), 0);
}

void TestArticleSearch::desksAndBylines()
{
    ArticleSearch search(*m_db);
    QCOMPARE(search.desks(),
        (QStringList {
            QStringLiteral("体育"), QStringLiteral("国际"), QStringLiteral("时政"), QStringLiteral("财经") }));
    QCOMPARE(search.bylines(),
        (QStringList { QStringLiteral("Jane Doe"), QStringLiteral("李华"), QStringLiteral("王小明") }));
}

void TestArticleSearch::pagesAgreeFromEitherEnd_data()
{
    QTest::addColumn<ArticleSortKey>("key");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("desk");

    const QList<std::pair<ArticleSortKey, const char *>> keys { { ArticleSortKey::Title, "title" },
        { ArticleSortKey::Status, "status" }, { ArticleSortKey::Byline, "byline" }, { ArticleSortKey::Desk, "desk" },
        { ArticleSortKey::UpdatedAt, "updated" }, { ArticleSortKey::Characters, "characters" },
        { ArticleSortKey::PublishAt, "publish at" } };
    for (const auto &[key, name] : keys) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            const char *direction = order == Qt::AscendingOrder ? "ascending" : "descending";
            QTest::addRow("nominal: %s %s", name, direction) << key << order << QString() << QString();
            QTest::addRow("nominal: %s %s, searching", name, direction)
                << key << order << QStringLiteral("中") << QString();
            // A filtered list walks the sort index (or articles_live_list) instead of sorting.
            QTest::addRow("nominal: %s %s in a desk", name, direction)
                << key << order << QString() << QStringLiteral("财经");
        }
    }
    QTest::newRow("nominal: newest first") << ArticleSortKey::Relevance << Qt::AscendingOrder << QString() << QString();
    QTest::newRow("nominal: newest first in a desk")
        << ArticleSortKey::Relevance << Qt::AscendingOrder << QString() << QStringLiteral("财经");
    QTest::newRow("nominal: relevance, short query")
        << ArticleSortKey::Relevance << Qt::AscendingOrder << QStringLiteral("中") << QString();
    QTest::newRow("nominal: relevance, long query")
        << ArticleSortKey::Relevance << Qt::AscendingOrder << QStringLiteral("中文正文中") << QString();
}

void TestArticleSearch::pagesAgreeFromEitherEnd()
{
    QFETCH(ArticleSortKey, key);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, query);
    QFETCH(QString, desk);

    ArticleSearch search(*m_bulkDb);
    ArticleFilter filter;
    filter.search = query;
    filter.desk = desk;
    const qint64 total = search.count(filter);
    QVERIFY(total > 100);
    const QList<ArticleRow> all = search.page(filter, key, order, 0, 100000);
    QCOMPARE(all.size(), total);

    // Sorted by a column, the order is fully specified: check it row by row.
    if (key != ArticleSortKey::Relevance || query.isEmpty()) {
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY2(before(all.at(i - 1), all.at(i), key, order), qPrintable(QString::number(i)));
    } else if (key == ArticleSortKey::Relevance && query.size() < 3) {
        // Title hits first, newest (highest id) first within each group.
        const auto tier = [&](const ArticleRow &row) { return row.title.contains(query) ? 0 : 1; };
        for (qsizetype i = 1; i < all.size(); ++i) {
            const ArticleRow &a = all.at(i - 1);
            const ArticleRow &b = all.at(i);
            QVERIFY(tier(a) < tier(b) || (tier(a) == tier(b) && a.id > b.id));
        }
    }

    // Pages read forwards (first half) and backwards (second half) join up to the same list.
    QList<ArticleRow> joined;
    for (qint64 offset = 0; offset < total; offset += 37) {
        const QList<ArticleRow> page = search.page(filter, key, order, offset, 37, total);
        QCOMPARE(page.size(), std::min<qint64>(37, total - offset));
        joined += page;
    }
    QCOMPARE(joined.size(), all.size());
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(joined.at(i).id, all.at(i).id);

    for (const qsizetype i : { qsizetype(0), all.size() / 3, all.size() / 2 + 1, all.size() - 1 })
        QCOMPARE(search.rowOf(filter, key, order, all.at(i).id), qint64(i));
    QVERIFY2(search.errorString().isEmpty(), qPrintable(search.errorString()));

    // Without a search, pages seeked from a neighbour (keyset pagination, as the list scrolls)
    // join up to the same list: forwards from each page's last row, backwards from its first.
    if (!query.isEmpty())
        return;
    QList<ArticleRow> forwards = search.page(filter, key, order, 0, 37, total);
    while (forwards.size() < total) {
        const QList<ArticleRow> page
            = search.page(filter, key, order, forwards.size(), 37, total, PageNeighbour { forwards.constLast().id, 0 });
        QCOMPARE(page.size(), std::min<qint64>(37, total - forwards.size()));
        forwards += page;
    }
    QList<ArticleRow> backwards = search.page(filter, key, order, total - 37, 37, total);
    while (backwards.size() < total) {
        const qint64 offset = std::max<qint64>(0, total - backwards.size() - 37);
        const QList<ArticleRow> page = search.page(
            filter, key, order, offset, int(total - backwards.size() - offset), total, PageNeighbour { 0, backwards.constFirst().id });
        QCOMPARE(page.size(), total - backwards.size() - offset);
        backwards = page + backwards;
    }
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(forwards.at(i).id, all.at(i).id);
        QCOMPARE(backwards.at(i).id, all.at(i).id);
    }
    // Farther from the neighbour (as the scroll bar is dragged): the rows between are stepped over.
    for (const qint64 offset : { qint64(40), total / 2, total - 37 - 5 }) {
        const QList<ArticleRow> ahead = search.page(
            filter, key, order, offset, 37, total, PageNeighbour { all.at(2).id, 0, offset - 3 });
        const QList<ArticleRow> behind = search.page(
            filter, key, order, offset, 37, total, PageNeighbour { 0, all.constLast().id, total - 1 - offset - 37 });
        QCOMPARE(ahead.size(), 37);
        QCOMPARE(behind.size(), 37);
        for (qsizetype i = 0; i < 37; ++i) {
            QCOMPARE(ahead.at(i).id, all.at(offset + i).id);
            QCOMPARE(behind.at(i).id, all.at(offset + i).id);
        }
    }
    // A neighbour that is gone (purged): read by offset instead, the same rows.
    const QList<ArticleRow> fallback = search.page(filter, key, order, 37, 37, total, PageNeighbour { 99999999, 0 });
    QCOMPARE(fallback.size(), 37);
    QCOMPARE(fallback.constFirst().id, all.at(37).id);
    QVERIFY2(search.errorString().isEmpty(), qPrintable(search.errorString()));
}

QTEST_GUILESS_MAIN(TestArticleSearch)
#include "tst_articlesearch.moc"
