#include "model/textstats.h"
#include "models/articlelistmodel.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "testnewsroom.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

using namespace galley;

namespace {

/// The newsroom of the test. Its articles go straight into a file; on a server they go through
/// ArticleRepository (which writes their search terms), a millisecond or two each, so there are
/// fewer of them: still hundreds of hits for each search below and pages from both ends.
constexpr int ArticleCount = 100000;
constexpr int ServerArticleCount = 12000;

/// splitmix64: small, fast and the same on every platform, so the newsroom is too.
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
    /// Skewed towards small values, like word frequencies.
    int skewed(int n)
    {
        return std::min(n - 1, int(std::pow(double(n), double(next() >> 11) / 9007199254740992.0)) - 1);
    }

private:
    quint64 m_state;
};

const QStringList &chineseWords()
{
    static const QStringList words = QStringLiteral(
        "中国 经济 发展 政府 工作 社会 国家 人民 市场 企业 记者 报道 今年 城市 地区 问题 建设 管理 服务 文化 "
        "教育 科技 创新 改革 政策 项目 投资 增长 全国 部门 干部 群众 农村 环境 保护 安全 生产 技术 公司 产业 "
        "领导 会议 合作 国际 世界 历史 时间 生活 医疗 健康 交通 能源 资源 数据 网络 平台 系统 信息 研究 专家 "
        "学生 学校 老师 家庭 孩子 价格 消费 银行 金融 出口 贸易 旅游 体育 比赛 电影 音乐 新闻 媒体 编辑 读者 "
        "天气 台风 地震 救援 医院 医生 食品 农业 工业 汽车 电池 芯片 手机 人工智能 新闻发布 国际合作 "
        "内蒙古 自治区 纪委 监委 不适宜 担任 现职 通报 的 了 在 是 和 也 对 与 将 从 为 被 把 大 新 多")
                                         .split(QLatin1Char(' '));
    return words;
}

const QStringList &englishWords()
{
    static const QStringList words
        = QStringLiteral("the of and to in is that for it was with on by at from new market economy government "
                         "newsroom editor report police court school energy climate trade bank price growth Beijing "
                         "Shanghai Reuters AI 5G GDP")
              .split(QLatin1Char(' '));
    return words;
}

QString sentence(Random &random, int minWords, int maxWords)
{
    const QStringList &zh = chineseWords();
    const QStringList &en = englishWords();
    QString text;
    const int words = minWords + random.below(maxWords - minWords + 1);
    for (int i = 0; i < words; ++i) {
        if (random.below(8) == 0) {
            text += QLatin1Char(' ') + en.at(random.skewed(int(en.size()))) + QLatin1Char(' ');
        } else {
            text += zh.at(random.skewed(int(zh.size())));
            if (random.below(10) == 0)
                text += QStringLiteral("，");
        }
    }
    return text.trimmed() + QStringLiteral("。");
}

struct Generated {
    qint64 id = 0;
    QString title;
    QString body;
    QString desk;
    QString byline;
    WorkflowState status = WorkflowState::Draft;
    QString updatedAt;
    qint64 characters = 0;
    bool trashed = false;
};

QString bodyHtml(const Generated &article)
{
    return QStringLiteral("<p>") + article.body.split(QLatin1Char('\n')).join(QStringLiteral("</p>\n<p>"))
        + QStringLiteral("</p>\n");
}

int statusRank(WorkflowState state)
{
    return int(allWorkflowStates().indexOf(state));
}

} // namespace

class TestArticleListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void opensWithEveryLiveArticle();
    void headerAndRoles();
    void scrollsTheWholeList();
    void sorts_data();
    void sorts();
    void filters_data();
    void filters();
    void searchHitCounts_data();
    void searchHitCounts();
    void rowOfArticle();
    void refreshFollowsWrites();

private:
    void writeToFile();
    void writeThroughRepository();
    void resetModel();
    [[nodiscard]] QList<qint64> expectedIds(const std::function<bool(const Generated &)> &accept,
        const std::function<bool(const Generated &, const Generated &)> &less) const;
    [[nodiscard]] qint64 idAt(int row) const;

    test::TestNewsrooms m_newsrooms;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<Generated> m_articles; // m_articles[i].id == i + 1
};

void TestArticleListModel::initTestCase()
{
    GALLEY_CREATE_NEWSROOM(location, m_newsrooms);
    m_db = std::make_unique<Database>();
    QCOMPARE(m_db->open(location), Database::Status::Ok);
    QCOMPARE(m_db->engine(), test::testEngine());
    const int count = m_db->engine() == Engine::SQLite ? ArticleCount : ServerArticleCount;

    Random random(20250318);
    const QStringList desks { QStringLiteral("时政"), QStringLiteral("财经"), QStringLiteral("国际"),
        QStringLiteral("体育"), QStringLiteral("文化"), QStringLiteral("Metro"), QStringLiteral("World"),
        QStringLiteral("") };
    QStringList bylines;
    for (int i = 0; i < 40; ++i)
        bylines.append(i % 5 ? QStringLiteral("记者%1").arg(i) : QStringLiteral("Reporter %1").arg(i));
    const QDateTime epoch(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC);
    m_articles.reserve(count);
    for (int i = 0; i < count; ++i) {
        Generated article;
        article.id = i + 1;
        article.title = sentence(random, 2, 6);
        article.title.chop(1);
        QStringList paragraphs;
        const int target = 50 + random.below(100); // about 60 to 170 characters with the last sentence
        qsizetype length = 0;
        while (length < target) {
            paragraphs.append(sentence(random, 4, 14));
            length += paragraphs.last().size();
        }
        article.body = paragraphs.join(QLatin1Char('\n'));
        article.desk = desks.at(random.below(int(desks.size())));
        article.byline = bylines.at(random.skewed(int(bylines.size())));
        article.status = allWorkflowStates().at(random.below(6));
        article.updatedAt
            = epoch.addMSecs(qint64(random.next() % (4ull * 365 * 86400 * 1000))).toString(Qt::ISODateWithMs);
        article.characters = computeTextStats(article.body).characters;
        article.trashed = random.below(100) == 0;
        m_articles.append(article);
    }
    if (m_db->engine() == Engine::SQLite)
        writeToFile();
    else
        writeThroughRepository();
    if (QTest::currentTestFailed())
        return;
    m_model = std::make_unique<ArticleListModel>(*m_db);
    QVERIFY(m_model->index(0, 0).data(ArticleListModel::IdRole).toLongLong() > 0);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestArticleListModel::writeToFile()
{
    // Rows go into a staging table first and into articles with one INSERT ... SELECT: the FTS
    // triggers then run inside a single statement, and FTS5 flushes its index once, not per row.
    QSqlDatabase connection = m_db->connection();
    QSqlQuery query(connection);
    QVERIFY(query.exec(QStringLiteral("PRAGMA cache_size = -262144"))); // FTS5 merges re-read their segments
    QVERIFY(
        query.exec(QStringLiteral("CREATE TEMP TABLE staging AS SELECT id, uuid, slug, title, body_html, body_text, "
                                  "byline, desk, status, char_count, created_at, updated_at, deleted_at "
                                  "FROM articles WHERE 0")));
    QVERIFY(query.exec(QStringLiteral("BEGIN")));
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO staging VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    for (const Generated &article : std::as_const(m_articles)) {
        query.addBindValue(article.id);
        query.addBindValue(QStringLiteral("uuid-%1").arg(article.id));
        query.addBindValue(QStringLiteral("article-%1").arg(article.id));
        query.addBindValue(article.title);
        query.addBindValue(bodyHtml(article));
        query.addBindValue(article.body);
        query.addBindValue(article.byline);
        query.addBindValue(article.desk);
        query.addBindValue(workflowStateKey(article.status));
        query.addBindValue(article.characters);
        query.addBindValue(article.updatedAt);
        query.addBindValue(article.updatedAt);
        query.addBindValue(article.trashed ? QVariant(article.updatedAt) : QVariant());
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    query.finish();
    QVERIFY2(
        query.exec(QStringLiteral("INSERT INTO articles (id, uuid, slug, title, body_html, body_text, byline, desk, "
                                  "status, char_count, created_at, updated_at, deleted_at) "
                                  "SELECT * FROM staging ORDER BY id")),
        qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("COMMIT")));
    QVERIFY(query.exec(QStringLiteral("DROP TABLE staging")));
}

void TestArticleListModel::writeThroughRepository()
{
    // On a server the search rows are made from the articles as written (SearchIndex), so the
    // articles go through ArticleRepository. Only the time of the last change is set afterwards: the
    // repository stamps it with the clock, and the list's default order needs it spread out.
    ArticleRepository repository(*m_db);
    WriteTransaction transaction(*m_db);
    QVERIFY2(transaction.isActive(), qPrintable(transaction.errorString()));
    for (const Generated &generated : std::as_const(m_articles)) {
        Article article;
        article.slug = QStringLiteral("article-%1").arg(generated.id);
        article.title = generated.title;
        article.bodyHtml = bodyHtml(generated);
        article.desk = generated.desk;
        article.byline = generated.byline;
        article.status = generated.status;
        QVERIFY2(repository.create(article), qPrintable(repository.errorString()));
        QCOMPARE(article.id, generated.id);
        QCOMPARE(article.bodyText, generated.body);
        QCOMPARE(article.characterCount, generated.characters);
    }
    // One statement for all of them: a round trip per article would cost seconds.
    QStringList ids;
    QStringList times;
    for (const Generated &article : std::as_const(m_articles)) {
        ids.append(QString::number(article.id));
        times.append(article.updatedAt);
    }
    QSqlQuery query(m_db->connection());
    QVERIFY(query.prepare(QStringLiteral("UPDATE articles a SET updated_at = v.updated_at FROM unnest(?::bigint[], "
                                         "?::text[]) AS v(id, updated_at) WHERE a.id = v.id")));
    query.addBindValue(QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}'));
    query.addBindValue(QLatin1Char('{') + times.join(QLatin1Char(',')) + QLatin1Char('}'));
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QCOMPARE(query.numRowsAffected(), m_articles.size());
    for (const Generated &article : std::as_const(m_articles)) {
        if (article.trashed)
            QVERIFY2(repository.moveToTrash(article.id), qPrintable(repository.errorString()));
    }
    QVERIFY2(transaction.commit(), qPrintable(transaction.errorString()));
    QVERIFY(query.exec(QStringLiteral("ANALYZE")));
}

void TestArticleListModel::cleanupTestCase()
{
    m_tester.reset();
    m_model.reset();
    m_db.reset();
}

void TestArticleListModel::resetModel()
{
    m_model->setFilter({});
    m_model->sort(-1);
}

qint64 TestArticleListModel::idAt(int row) const
{
    return m_model->index(row, ArticleListModel::TitleColumn).data(ArticleListModel::IdRole).toLongLong();
}

QList<qint64> TestArticleListModel::expectedIds(const std::function<bool(const Generated &)> &accept,
    const std::function<bool(const Generated &, const Generated &)> &less) const
{
    QList<const Generated *> rows;
    for (const Generated &article : m_articles) {
        if (!article.trashed && accept(article))
            rows.append(&article);
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const Generated *a, const Generated *b) { return less(*a, *b); });
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const Generated *row : rows)
        ids.append(row->id);
    return ids;
}

void TestArticleListModel::opensWithEveryLiveArticle()
{
    resetModel();
    const auto live
        = std::count_if(m_articles.cbegin(), m_articles.cend(), [](const Generated &a) { return !a.trashed; });
    QVERIFY(live < m_articles.size() && live > m_articles.size() * 95 / 100);
    QCOMPARE(m_model->rowCount(), int(live));
    QCOMPARE(m_model->columnCount(), 6);
}

void TestArticleListModel::headerAndRoles()
{
    resetModel();
    QCOMPARE(m_model->headerData(ArticleListModel::TitleColumn, Qt::Horizontal).toString(), QStringLiteral("Title"));
    QCOMPARE(m_model->headerData(ArticleListModel::CharactersColumn, Qt::Horizontal).toString(),
        QStringLiteral("Characters"));
    const qint64 id = idAt(0);
    const Generated &article = m_articles.at(id - 1);
    const auto cell = [&](int column, int role = Qt::DisplayRole) { return m_model->index(0, column).data(role); };
    QCOMPARE(cell(ArticleListModel::TitleColumn).toString(), article.title);
    QCOMPARE(cell(ArticleListModel::StatusColumn).toString(), workflowStateDisplayName(article.status));
    QCOMPARE(cell(ArticleListModel::BylineColumn).toString(), article.byline);
    QCOMPARE(cell(ArticleListModel::DeskColumn).toString(), article.desk);
    QCOMPARE(cell(ArticleListModel::UpdatedColumn).toString(),
        QLocale().toString(
            QDateTime::fromString(article.updatedAt, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(cell(ArticleListModel::CharactersColumn).toString(), QLocale().toString(article.characters));
    QCOMPARE(cell(ArticleListModel::StatusColumn, ArticleListModel::StatusRole).toInt(), int(article.status));
    QCOMPARE(cell(ArticleListModel::TitleColumn, Qt::ToolTipRole).toString(), article.title);
    QVERIFY(cell(ArticleListModel::TitleColumn, ArticleListModel::SnippetRole).toString().isEmpty());
}

void TestArticleListModel::scrollsTheWholeList()
{
    // Newest first, every row checked: forward pages for the first half, backward for the rest.
    resetModel();
    const QList<qint64> expected = expectedIds([](const Generated &) { return true; },
        [](const Generated &a, const Generated &b) {
            return a.updatedAt != b.updatedAt ? a.updatedAt > b.updatedAt : a.id > b.id;
        });
    QCOMPARE(m_model->rowCount(), expected.size());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (idAt(row) != expected.at(row))
            QFAIL(
                qPrintable(QStringLiteral("row %1: id %2, expected %3").arg(row).arg(idAt(row)).arg(expected.at(row))));
    }
}

void TestArticleListModel::sorts_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    const char *names[] = { "title", "status", "byline", "desk", "updated", "characters" };
    for (int column = 0; column < ArticleListModel::ColumnCount; ++column) {
        QTest::addRow("nominal: %s ascending", names[column]) << column << Qt::AscendingOrder;
        QTest::addRow("nominal: %s descending", names[column]) << column << Qt::DescendingOrder;
    }
}

void TestArticleListModel::sorts()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    resetModel();
    m_model->sort(column, order);
    const int last = m_model->rowCount() - 1;
    const qint64 lastId = idAt(last);

    const auto key = [column](const Generated &a, const Generated &b) {
        switch (column) {
        case ArticleListModel::TitleColumn:
            return a.title.compare(b.title);
        case ArticleListModel::StatusColumn:
            return statusRank(a.status) - statusRank(b.status);
        case ArticleListModel::BylineColumn:
            return a.byline.compare(b.byline);
        case ArticleListModel::DeskColumn:
            return a.desk.compare(b.desk);
        case ArticleListModel::UpdatedColumn:
            return a.updatedAt.compare(b.updatedAt);
        default:
            return int(a.characters - b.characters);
        }
    };
    const bool ascending = order == Qt::AscendingOrder;
    const QList<qint64> expected = expectedIds([](const Generated &) { return true; },
        [&](const Generated &a, const Generated &b) {
            const int c = key(a, b);
            if (c != 0)
                return ascending ? c < 0 : c > 0;
            return ascending ? a.id < b.id : a.id > b.id;
        });
    QCOMPARE(m_model->rowCount(), expected.size());
    QCOMPARE(lastId, expected.last());
    for (const int start : { 0, last / 2 - 300, last / 2 + 1000, last - 600 }) {
        for (int row = start; row < start + 600; ++row)
            QCOMPARE(idAt(row), expected.at(row));
    }
}

void TestArticleListModel::filters_data()
{
    QTest::addColumn<int>("status"); // -1: any
    QTest::addColumn<QString>("desk");
    QTest::addColumn<QString>("byline");
    QTest::newRow("nominal: status") << int(WorkflowState::InReview) << QString() << QString();
    QTest::newRow("nominal: desk") << -1 << QStringLiteral("财经") << QString();
    QTest::newRow("nominal: byline") << -1 << QString() << QStringLiteral("记者3");
    QTest::newRow("nominal: status, desk and byline")
        << int(WorkflowState::Published) << QStringLiteral("World") << QStringLiteral("记者1");
    QTest::newRow("robustness: nobody by that name") << -1 << QString() << QStringLiteral("Nobody");
}

void TestArticleListModel::filters()
{
    QFETCH(int, status);
    QFETCH(QString, desk);
    QFETCH(QString, byline);
    resetModel();
    ArticleFilter filter;
    if (status >= 0)
        filter.status = WorkflowState(status);
    filter.desk = desk;
    filter.byline = byline;
    m_model->setFilter(filter);
    (void)idAt(0);

    const QList<qint64> expected = expectedIds(
        [&](const Generated &a) {
            return (status < 0 || a.status == WorkflowState(status)) && (desk.isEmpty() || a.desk == desk)
                && (byline.isEmpty() || a.byline == byline);
        },
        [](const Generated &a, const Generated &b) {
            return a.updatedAt != b.updatedAt ? a.updatedAt > b.updatedAt : a.id > b.id;
        });
    QCOMPARE(m_model->rowCount(), expected.size());
    const int rows = m_model->rowCount();
    for (const int row : { 0, 1, rows / 2, rows - 2, rows - 1 }) {
        if (row >= 0 && row < rows)
            QCOMPARE(idAt(row), expected.at(row));
    }
}

void TestArticleListModel::searchHitCounts_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("desk");
    QTest::newRow("nominal: one Chinese character") << QStringLiteral("民") << QString();
    QTest::newRow("nominal: two Chinese characters") << QStringLiteral("经济") << QString();
    QTest::newRow("nominal: four Chinese characters") << QStringLiteral("人工智能") << QString();
    QTest::newRow("nominal: four characters across words") << QStringLiteral("发展经济") << QString();
    QTest::newRow("nominal: English word") << QStringLiteral("market") << QString();
    QTest::newRow("nominal: two characters in one desk") << QStringLiteral("干部") << QStringLiteral("时政");
}

void TestArticleListModel::searchHitCounts()
{
    QFETCH(QString, query);
    QFETCH(QString, desk);
    resetModel();
    ArticleFilter filter;
    filter.search = query;
    filter.desk = desk;
    m_model->setFilter(filter);
    (void)idAt(0);

    // Brute force over the generated text: substring, case-insensitive (trigram folds case).
    const auto matches = [&](const Generated &a) {
        return (desk.isEmpty() || a.desk == desk)
            && (a.title.contains(query, Qt::CaseInsensitive) || a.body.contains(query, Qt::CaseInsensitive));
    };
    const auto expected = std::count_if(
        m_articles.cbegin(), m_articles.cend(), [&](const Generated &a) { return !a.trashed && matches(a); });
    QVERIFY(expected > 20);
    if (!m_model->isCountExact()) {
        // Estimated (a long term with many hits on a server): the rows known to be there are
        // listed, the estimate is near the truth, and scrolling to the end lists every hit.
        QVERIFY(m_model->rowCount() > 0 && m_model->rowCount() < expected);
        QVERIFY2(std::abs(double(m_model->count()) - double(expected)) <= 0.25 * double(expected),
            qPrintable(QStringLiteral("about %1, in fact %2").arg(m_model->count()).arg(expected)));
        QSignalSpy counted(m_model.get(), &ArticleListModel::countChanged);
        while (m_model->canFetchMore({}))
            m_model->fetchMore({});
        QVERIFY(counted.count() > 0);
        QVERIFY(m_model->isCountExact());
    }
    QCOMPARE(m_model->rowCount(), int(expected));
    QCOMPARE(m_model->count(), qint64(expected));

    // The rows are hits, with the hit marked in the snippet.
    for (int row = 0; row < std::min(m_model->rowCount(), 300); ++row) {
        const qint64 id = idAt(row);
        QVERIFY(id > 0);
        QVERIFY2(matches(m_articles.at(id - 1)), qPrintable(QString::number(id)));
    }
    const QString snippet = m_model->index(0, 0).data(ArticleListModel::SnippetRole).toString();
    const qsizetype open = snippet.indexOf(QLatin1Char('\x02'));
    const qsizetype close = snippet.indexOf(QLatin1Char('\x03'), open);
    QVERIFY2(open >= 0 && close > open, qPrintable(snippet));
    QVERIFY2(snippet.mid(open + 1, close - open - 1).contains(query, Qt::CaseInsensitive), qPrintable(snippet));
    QVERIFY(!m_model->index(0, 0).data(Qt::ToolTipRole).toString().contains(QLatin1Char('\x02')));
}

void TestArticleListModel::rowOfArticle()
{
    resetModel();
    m_model->sort(ArticleListModel::CharactersColumn, Qt::DescendingOrder);
    const int rows = m_model->rowCount();
    for (const int row : { 0, 5, rows / 3, rows - 7, rows - 1 }) {
        const qint64 id = idAt(row);
        QCOMPARE(m_model->articleId(row), id);
        QCOMPARE(m_model->rowOfArticle(id), row);
    }
    ArticleFilter filter;
    filter.search = QStringLiteral("经济");
    m_model->setFilter(filter);
    const int hits = m_model->rowCount();
    const qint64 id = m_model->articleId(hits - 3);
    m_model->sort(-1);
    const int row = m_model->rowOfArticle(id);
    QVERIFY(row >= 0);
    QCOMPARE(idAt(row), id);
    QCOMPARE(m_model->rowOfArticle(0), -1);
    const auto trashed
        = std::find_if(m_articles.cbegin(), m_articles.cend(), [](const Generated &a) { return a.trashed; });
    QCOMPARE(m_model->rowOfArticle(trashed->id), -1);
}

void TestArticleListModel::refreshFollowsWrites()
{
    resetModel();
    ArticleRepository repository(*m_db);
    const int rows = m_model->rowCount();

    // An article far down the list is edited: it becomes the newest, and the selection follows.
    const int oldRow = rows - 10;
    const qint64 id = idAt(oldRow);
    QPersistentModelIndex selected(m_model->index(oldRow, ArticleListModel::TitleColumn));
    Article article = *repository.load(id);
    article.title = QStringLiteral("刚刚修改的标题");
    QCOMPARE(repository.save(article), ArticleRepository::SaveResult::Saved);
    m_model->refresh();
    QCOMPARE(m_model->rowCount(), rows);
    QCOMPARE(selected.row(), 0);
    QCOMPARE(selected.data().toString(), article.title);
    QCOMPARE(idAt(0), id);

    // Moving one to the trash removes its row.
    QVERIFY(repository.moveToTrash(id));
    m_model->refresh();
    QCOMPARE(m_model->rowCount(), rows - 1);
    QCOMPARE(m_model->rowOfArticle(id), -1);
    QVERIFY(repository.restoreFromTrash(id));
    m_model->refresh();
    QCOMPARE(m_model->rowCount(), rows);
}

QTEST_GUILESS_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
