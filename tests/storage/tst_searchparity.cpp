// ArticleSearch gives the same answers on a newsroom file and on a team server: the same
// articles, written in the same order into an empty newsroom of each engine, are searched on
// both and every answer is compared. Needs both engines in one process, so it is not one of the
// tests registered twice: it fails (never skips) when GALLEY_TEST_PG_URI names no server.
#include "storage/articlerepository.h"
#include "storage/articlesearch.h"
#include "storage/database.h"
#include "testnewsroom.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace galley;

Q_DECLARE_METATYPE(std::optional<galley::WorkflowState>)

namespace {

/// Enough articles that a word in most of them has more hits than the 2,000 that Relevance
/// ranks (see ArticleSearch), so the cut between the ranked and the older hits is compared too.
constexpr int ArticleCount = 2400;
constexpr int RankedHits = 2000;

/// splitmix64: the same newsroom on every run and platform.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    template <typename T> const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }

private:
    quint64 m_state;
};

/// The clauses of the real wire copy (commas, full stops and line ends cut it up).
QStringList wireClauses()
{
    QFile file(QStringLiteral(GALLEY_TEST_DATA "/wire-nmg-cadres-2025-03-18.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression cut(QStringLiteral("[,，。；;\\n]+"));
    QStringList clauses;
    for (const QString &clause : QString::fromUtf8(file.readAll()).split(cut, Qt::SkipEmptyParts)) {
        const QString text = clause.trimmed();
        if (text.size() >= 4)
            clauses.append(text);
    }
    return clauses;
}

const QStringList pastoral { QStringLiteral("牧民赶着羊群走过草原"), QStringLiteral("今年草场长势良好，牧民收入增加"),
    QStringLiteral("嘎查牧民合作社扩大了饲草种植"), QStringLiteral("草原生态保护取得新成效"),
    QStringLiteral("5G网络覆盖了AI产业园") };

const QStringList english { QStringLiteral("The market rallied after the report."),
    QStringLiteral("Supermarket prices rose 50% in a year."), QStringLiteral("About 500 people attended the meeting."),
    QStringLiteral("The a_b test compared two layouts."), QStringLiteral("Results of the axb trial were mixed."),
    QStringLiteral("AI and 5G networks reshape the economy."), QStringLiteral("MARKET MOVES in the region."),
    QStringLiteral("The economy grew 5% this year; the market did not."),
    QStringLiteral("Airlines said air travel is up."), QStringLiteral("Café owners in the old town reopened.") };

const QStringList headlines { QStringLiteral("Market Watch"), QStringLiteral("Economy Weekly"),
    QStringLiteral("Briefing"), QStringLiteral("快讯"), QStringLiteral("牧民的新生活"), QStringLiteral("草原上的春天"),
    QStringLiteral("旗帜鲜明地选拔干部"), QStringLiteral("整治形式主义为基层减负"), QStringLiteral("AI 与 5G"),
    QStringLiteral("50% off: a_b results"), QStringLiteral("CAFÉ SOCIETY") };

const QStringList desks { QStringLiteral("时政"), QStringLiteral("财经"), QStringLiteral("国际"),
    QStringLiteral("Metro"), QString() };
const QStringList bylines { QStringLiteral("王小明"), QStringLiteral("李华"), QStringLiteral("Jane Doe"),
    QStringLiteral("记者1"), QString() };

struct Generated {
    Article article;
    QString updatedAt;
    bool trashed = false;
};

QList<Generated> corpus()
{
    const QStringList wire = wireClauses();
    Random random(20250318);
    const QDateTime epoch(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC);
    QList<Generated> articles;
    for (int i = 0; i < ArticleCount; ++i) {
        Generated generated;
        Article &article = generated.article;
        switch (random.below(6)) {
        case 0:
        case 1:
            article.title = random.pick(wire).left(4 + random.below(20));
            break;
        case 2:
            article.title = random.pick(wire).left(4 + random.below(5)) + QLatin1Char(' ')
                + random.pick(english).section(QLatin1Char(' '), 1, 1);
            break;
        default:
            article.title = random.pick(headlines);
        }
        QStringList paragraphs;
        for (int p = 1 + random.below(3); p > 0; --p) {
            QString paragraph;
            for (int s = 1 + random.below(3); s > 0; --s) {
                const int source = random.below(10);
                paragraph += source < 6 ? random.pick(wire) + QStringLiteral("。")
                                        : (source < 8 ? random.pick(pastoral) + QStringLiteral("。")
                                                      : random.pick(english) + QLatin1Char(' '));
            }
            paragraphs.append(paragraph.trimmed().toHtmlEscaped());
        }
        if (random.below(100) < 93)
            paragraphs.append(QStringLiteral("(Galley news)"));
        article.bodyHtml
            = QStringLiteral("<p>") + paragraphs.join(QStringLiteral("</p>\n<p>")) + QStringLiteral("</p>\n");
        article.desk = random.pick(desks);
        article.byline = random.pick(bylines);
        article.status = allWorkflowStates().at(random.below(6));
        article.publishAt
            = random.below(3) ? QStringLiteral("2025-03-%1T08:00:00").arg(10 + random.below(9)) : QString();
        // Few distinct times, so the time order has many ties.
        generated.updatedAt = epoch.addSecs(60 * random.below(700)).toString(Qt::ISODateWithMs);
        generated.trashed = random.below(100) < 3;
        articles.append(generated);
    }
    return articles;
}

QList<qint64> idsOf(const QList<ArticleRow> &rows)
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const ArticleRow &row : rows)
        ids.append(row.id);
    return ids;
}

QSet<qint64> setOf(const QList<qint64> &ids)
{
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

QString describe(const ArticleFilter &filter)
{
    QStringList parts { QStringLiteral("search \"%1\"").arg(filter.search) };
    if (filter.status)
        parts.append(QStringLiteral("status %1").arg(workflowStateKey(*filter.status)));
    if (!filter.desk.isEmpty())
        parts.append(QStringLiteral("desk %1").arg(filter.desk));
    if (!filter.byline.isEmpty())
        parts.append(QStringLiteral("byline %1").arg(filter.byline));
    if (filter.trash)
        parts.append(QStringLiteral("trash"));
    return parts.join(QLatin1String(", "));
}

const QList<std::pair<ArticleSortKey, const char *>> sortKeys { { ArticleSortKey::Title, "title" },
    { ArticleSortKey::Status, "status" }, { ArticleSortKey::Byline, "byline" }, { ArticleSortKey::Desk, "desk" },
    { ArticleSortKey::UpdatedAt, "updated" }, { ArticleSortKey::Characters, "characters" },
    { ArticleSortKey::PublishAt, "publish at" } };

} // namespace

class SearchParityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void sameHitsInTheSameOrder_data();
    void sameHitsInTheSameOrder();
    void relevance_data();
    void relevance();
    void trashSearch_data();
    void trashSearch();
    void sameDesksAndBylines();

private:
    static void addQueryRows();
    /// Every hit of \a filter on \a search in the order of \a key.
    [[nodiscard]] static QList<ArticleRow> all(
        ArticleSearch &search, const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order);

    test::TestNewsrooms m_newsrooms;
    std::unique_ptr<Database> m_file;
    std::unique_ptr<Database> m_server;
};

void SearchParityTest::initTestCase()
{
    QString error;
    QVERIFY2(!test::testServerUri(&error).isEmpty(), qPrintable(error));
    const QString fileLocation = m_newsrooms.create(Engine::SQLite);
    QVERIFY2(!fileLocation.isEmpty(), qPrintable(m_newsrooms.errorString()));
    const QString serverLocation = m_newsrooms.create(Engine::PostgreSQL);
    QVERIFY2(!serverLocation.isEmpty(), qPrintable(m_newsrooms.errorString()));
    m_file = std::make_unique<Database>();
    QCOMPARE(m_file->open(fileLocation), Database::Status::Ok);
    m_server = std::make_unique<Database>();
    QCOMPARE(m_server->open(serverLocation), Database::Status::Ok);
    QCOMPARE(m_server->engine(), Engine::PostgreSQL);

    QVERIFY(wireClauses().size() > 50);
    const QList<Generated> articles = corpus();
    for (Database *database : { m_file.get(), m_server.get() }) {
        ArticleRepository repository(*database);
        WriteTransaction transaction(*database);
        qint64 id = 0;
        for (const Generated &generated : articles) {
            Article article = generated.article;
            QVERIFY2(repository.create(article), qPrintable(repository.errorString()));
            QCOMPARE(article.id, ++id);
        }
        // The repository stamps each write with the clock, which differs between the two runs:
        // the same times (with ties) are set on both, so that both list the same order.
        QSqlQuery query(database->connection());
        QVERIFY(query.prepare(QStringLiteral("UPDATE articles SET updated_at = ? WHERE id = ?")));
        for (qint64 i = 0; i < articles.size(); ++i) {
            query.addBindValue(articles.at(i).updatedAt);
            query.addBindValue(i + 1);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        query.finish();
        for (qint64 i = 0; i < articles.size(); ++i) {
            if (articles.at(i).trashed)
                QVERIFY2(repository.moveToTrash(i + 1), qPrintable(repository.errorString()));
        }
        QVERIFY2(transaction.commit(), qPrintable(transaction.errorString()));
    }
    // Statistics, as autovacuum would gather them after such a load: the planner needs them.
    QVERIFY(QSqlQuery(m_server->connection()).exec(QStringLiteral("ANALYZE")));
    QCOMPARE(ArticleRepository(*m_server).count(), ArticleRepository(*m_file).count());
}

void SearchParityTest::cleanupTestCase()
{
    m_file.reset();
    m_server.reset();
}

QList<ArticleRow> SearchParityTest::all(
    ArticleSearch &search, const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order)
{
    return search.page(filter, key, order, 0, ArticleCount + 1);
}

void SearchParityTest::addQueryRows()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<std::optional<WorkflowState>>("status");
    QTest::addColumn<QString>("desk");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<int>("minimumHits");

    const auto add = [](const char *name, const QString &query, int minimumHits) {
        QTest::newRow(name) << query << std::optional<WorkflowState>() << QString() << QString() << minimumHits;
    };
    add("nominal: one Chinese character", QStringLiteral("草"), 100);
    add("nominal: one Chinese character, in many articles", QStringLiteral("的"), 500);
    add("nominal: two Chinese characters", QStringLiteral("牧民"), 100);
    add("nominal: two Chinese characters, in many articles", QStringLiteral("干部"), 500);
    add("nominal: three Chinese characters", QStringLiteral("内蒙古"), 100);
    add("nominal: four Chinese characters", QStringLiteral("旗帜鲜明"), 20);
    add("nominal: four Chinese characters from the wire", QStringLiteral("形式主义"), 20);
    add("nominal: English word", QStringLiteral("market"), 100);
    add("nominal: English word in capitals", QStringLiteral("MARKET"), 100);
    add("nominal: English word in more articles than are ranked", QStringLiteral("news"), RankedHits + 1);
    add("nominal: two-letter word", QStringLiteral("ai"), 20);
    add("nominal: letters and digits next to Chinese", QStringLiteral("5G"), 20);
    add("nominal: accented word, any case", QStringLiteral("café"), 20);
    add("nominal: accented word in capitals", QStringLiteral("CAFÉ"), 20);
    add("nominal: two short terms", QStringLiteral("牧民 草"), 20);
    add("nominal: a short and a long term", QStringLiteral("干部 market"), 20);
    add("nominal: two long terms", QStringLiteral("内蒙古 news"), 20);
    add("robustness: punctuation only", QStringLiteral("，。！？ ..."), 0);
    add("robustness: percent sign", QStringLiteral("50%"), 20);
    add("robustness: underscore", QStringLiteral("a_b"), 20);
    add("robustness: percent sign alone", QStringLiteral("%"), 0);
    add("robustness: no such text", QStringLiteral("不存在的词"), 0);
    // Terms that are each in many articles but never in the same one (a headline word and a
    // word of another headline or of the pastoral copy), and terms that meet in a few.
    add("robustness: two long terms that never meet", QStringLiteral("briefing watch"), 0);
    add("robustness: a long and a short term that never meet", QStringLiteral("briefing 快讯"), 0);
    add("robustness: a short and a long term that never meet", QStringLiteral("快讯 briefing"), 0);
    add("robustness: a long term without hits and a common short one", QStringLiteral("nonexistentword 草"), 0);
    add("robustness: a common long term and a short one without hits", QStringLiteral("market 鑫"), 0);
    add("robustness: three terms that never meet", QStringLiteral("briefing watch 草"), 0);
    add("nominal: a long and a short term in few articles", QStringLiteral("café 嘎查"), 1);
    add("nominal: a short and a long term in few articles", QStringLiteral("嘎查 café"), 1);
    add("nominal: three terms in few articles", QStringLiteral("briefing 草 market"), 1);
    for (const QString &query : { QStringLiteral("草"), QStringLiteral("干部"), QStringLiteral("market"),
             QStringLiteral("news"), QStringLiteral("干部 market") }) {
        const QByteArray name = query.toUtf8();
        QTest::addRow("nominal: %s, published", name.constData())
            << query << std::optional<WorkflowState>(WorkflowState::Published) << QString() << QString() << 5;
        QTest::addRow("nominal: %s, in a desk", name.constData())
            << query << std::optional<WorkflowState>() << QStringLiteral("财经") << QString() << 5;
        QTest::addRow("nominal: %s, by a reporter", name.constData())
            << query << std::optional<WorkflowState>() << QString() << QStringLiteral("王小明") << 5;
        QTest::addRow("nominal: %s, approved in a desk", name.constData())
            << query << std::optional<WorkflowState>(WorkflowState::Approved) << QStringLiteral("时政") << QString()
            << 1;
    }
}

void SearchParityTest::sameHitsInTheSameOrder_data()
{
    addQueryRows();
}

void SearchParityTest::sameHitsInTheSameOrder()
{
    QFETCH(QString, query);
    QFETCH(std::optional<WorkflowState>, status);
    QFETCH(QString, desk);
    QFETCH(QString, byline);
    QFETCH(int, minimumHits);
    ArticleFilter filter;
    filter.search = query;
    filter.status = status;
    filter.desk = desk;
    filter.byline = byline;
    ArticleSearch file(*m_file);
    ArticleSearch server(*m_server);

    const qint64 total = file.count(filter);
    QVERIFY2(file.errorString().isEmpty(), qPrintable(file.errorString()));
    QCOMPARE(server.count(filter), total);
    QVERIFY2(server.errorString().isEmpty(), qPrintable(server.errorString()));
    QVERIFY2(total >= minimumHits, qPrintable(QStringLiteral("%1 hits").arg(total)));
    if (minimumHits == 0)
        QCOMPARE(total, 0);

    for (const auto &[key, name] : sortKeys) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            const QString what
                = QStringLiteral("%1, %2 %3")
                      .arg(describe(filter), QLatin1String(name),
                          order == Qt::AscendingOrder ? QLatin1String("ascending") : QLatin1String("descending"));
            const QList<ArticleRow> expected = all(file, filter, key, order);
            const QList<ArticleRow> actual = all(server, filter, key, order);
            QVERIFY2(server.errorString().isEmpty(), qPrintable(server.errorString()));
            QCOMPARE(expected.size(), total);
            QVERIFY2(idsOf(actual) == idsOf(expected), qPrintable(what));
            if (expected.isEmpty()
                || !((key == ArticleSortKey::Title && order == Qt::AscendingOrder)
                    || (key == ArticleSortKey::UpdatedAt && order == Qt::DescendingOrder)))
                continue;
            // What the list shows of each hit: the same excerpt with the same hits marked.
            for (qsizetype i = 0; i < expected.size(); ++i) {
                QVERIFY2(actual.at(i).snippet == expected.at(i).snippet,
                    qPrintable(QStringLiteral("%1, article %2:\n  file:   %3\n  server: %4")
                                   .arg(what)
                                   .arg(expected.at(i).id)
                                   .arg(expected.at(i).snippet, actual.at(i).snippet)));
                QCOMPARE(actual.at(i).title, expected.at(i).title);
                QCOMPARE(actual.at(i).updatedAt, expected.at(i).updatedAt);
            }
            // Pages of the server, read forwards and (past the middle) backwards, join up.
            QList<qint64> paged;
            for (qint64 offset = 0; offset < total; offset += 401)
                paged += idsOf(server.page(filter, key, order, offset, 401, total));
            QVERIFY2(paged == idsOf(expected), qPrintable(what));
            for (const qsizetype row : { qsizetype(0), expected.size() / 2, expected.size() - 1 })
                QCOMPARE(server.rowOf(filter, key, order, expected.at(row).id), qint64(row));
        }
    }
}

void SearchParityTest::relevance_data()
{
    addQueryRows();
}

void SearchParityTest::relevance()
{
    QFETCH(QString, query);
    QFETCH(std::optional<WorkflowState>, status);
    QFETCH(QString, desk);
    QFETCH(QString, byline);
    ArticleFilter filter;
    filter.search = query;
    filter.status = status;
    filter.desk = desk;
    filter.byline = byline;
    ArticleSearch file(*m_file);
    ArticleSearch server(*m_server);
    const QList<qint64> expected = idsOf(all(file, filter, ArticleSortKey::Relevance, Qt::AscendingOrder));
    const QList<qint64> actual = idsOf(all(server, filter, ArticleSortKey::Relevance, Qt::AscendingOrder));
    QVERIFY2(server.errorString().isEmpty(), qPrintable(server.errorString()));

    QStringList longTerms;
    for (const QString &term : query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (term.toUcs4().size() >= 3)
            longTerms.append(term);
    }
    if (longTerms.isEmpty()) {
        // Only short terms: title hits, then the others, newest first in each; exactly.
        QCOMPARE(actual, expected);
    } else {
        // With a long term the newest RankedHits hits of the long terms (whatever the filter)
        // are ranked, the older ones follow newest first. SQLite ranks with FTS5's bm25(), the
        // server with its formula but an estimate of the newsroom's average length (see
        // PostgresSearch): the ranked group holds the same articles, near-ties possibly swapped;
        // the older ones come in the same order.
        ArticleFilter longOnly;
        longOnly.search = longTerms.join(QLatin1Char(' '));
        QList<qint64> newest = idsOf(all(file, longOnly, ArticleSortKey::UpdatedAt, Qt::AscendingOrder));
        std::sort(newest.begin(), newest.end(), std::greater<>());
        const qint64 cut = newest.isEmpty() ? 0 : newest.at(std::min<qsizetype>(RankedHits, newest.size()) - 1);
        const auto ranked = std::count_if(expected.cbegin(), expected.cend(), [cut](qint64 id) { return id >= cut; });
        QCOMPARE(setOf(actual), setOf(expected));
        QCOMPARE(setOf(actual.first(ranked)), setOf(expected.first(ranked)));
        QCOMPARE(actual.sliced(ranked), expected.sliced(ranked));
        // Close enough that a person sees the same best hits first: most of them where SQLite
        // lists them, and none more than a few places away (near-ties in the score may swap).
        QHash<qint64, qsizetype> place;
        for (qsizetype i = 0; i < ranked; ++i)
            place.insert(expected.at(i), i);
        qsizetype same = 0;
        qsizetype shift = 0;
        for (qsizetype i = 0; i < ranked; ++i) {
            same += actual.at(i) == expected.at(i) ? 1 : 0;
            shift = std::max(shift, qAbs(place.value(actual.at(i)) - i));
        }
        qDebug("%s: %lld of %lld ranked hits in the same place, none more than %lld places away",
            qPrintable(describe(filter)), qlonglong(same), qlonglong(ranked), qlonglong(shift));
        QVERIFY2(
            same * 10 >= ranked * 8, qPrintable(QStringLiteral("%1 of %2 in the same place").arg(same).arg(ranked)));
        QVERIFY2(shift <= 10, qPrintable(QStringLiteral("a hit %1 places away").arg(shift)));
    }
    // Scrolling shows the same list: pages of it, read from its start and (past the middle)
    // from its end, each from only the hits its window needs, are the whole list's rows there.
    const qint64 total = actual.size();
    for (const qint64 offset : { qint64(0), qint64(50), qint64(400), total / 2 + 7, total - 120, total - 50 }) {
        if (offset < 0 || offset >= total)
            continue;
        const QList<qint64> page = idsOf(server.page(filter, ArticleSortKey::Relevance, Qt::AscendingOrder, offset, 50, total));
        QVERIFY2(page == actual.mid(offset, 50), qPrintable(QStringLiteral("page at %1 of %2").arg(offset).arg(total)));
    }
    QCOMPARE(idsOf(server.page(filter, ArticleSortKey::Relevance, Qt::AscendingOrder, 0, 50)), actual.mid(0, 50));
    // Each engine finds every hit where its own list has it.
    for (const qsizetype row : { qsizetype(0), actual.size() / 3, actual.size() - 1 }) {
        if (row >= 0 && row < actual.size())
            QCOMPARE(server.rowOf(filter, ArticleSortKey::Relevance, Qt::AscendingOrder, actual.at(row)), qint64(row));
    }
}

void SearchParityTest::trashSearch_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("nominal: the trash") << QString();
    QTest::newRow("nominal: one Chinese character") << QStringLiteral("草");
    QTest::newRow("nominal: two Chinese characters") << QStringLiteral("干部");
    QTest::newRow("nominal: English word") << QStringLiteral("MARKET");
    QTest::newRow("nominal: two terms") << QStringLiteral("干部 news");
    QTest::newRow("robustness: percent sign") << QStringLiteral("50%");
    QTest::newRow("robustness: underscore") << QStringLiteral("a_b");
    QTest::newRow("robustness: accented word in capitals") << QStringLiteral("CAFÉ");
    QTest::newRow("robustness: accented word") << QStringLiteral("café");
}

void SearchParityTest::trashSearch()
{
    QFETCH(QString, query);
    ArticleFilter filter;
    filter.trash = true;
    filter.search = query;
    ArticleSearch file(*m_file);
    ArticleSearch server(*m_server);
    const qint64 total = file.count(filter);
    QVERIFY(total > 0);
    QCOMPARE(server.count(filter), total);
    for (const auto &[key, name] : sortKeys) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder })
            QVERIFY2(idsOf(all(server, filter, key, order)) == idsOf(all(file, filter, key, order)), name);
    }
    QCOMPARE(idsOf(all(server, filter, ArticleSortKey::Relevance, Qt::AscendingOrder)),
        idsOf(all(file, filter, ArticleSortKey::Relevance, Qt::AscendingOrder)));
    QVERIFY2(server.errorString().isEmpty(), qPrintable(server.errorString()));
}

void SearchParityTest::sameDesksAndBylines()
{
    ArticleSearch file(*m_file);
    ArticleSearch server(*m_server);
    QCOMPARE(file.desks().size(), desks.size() - 1); // all but the empty one
    QCOMPARE(server.desks(), file.desks());
    QCOMPARE(server.bylines(), file.bylines());
}

QTEST_GUILESS_MAIN(SearchParityTest)
#include "tst_searchparity.moc"
