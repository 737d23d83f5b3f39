#include "document/sanitizer.h"
#include "exporting/exporter.h"
#include "lint/spellchecker.h"
#include "model/textstats.h"
#include "model/workflow.h"
#include "storage/articlerepository.h"
#include "storage/copydeskrepository.h"
#include "storage/database.h"
#include "importing/demonewsroom.h"
#include "storage/revisionrepository.h"
#include "storage/workflowrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace galley;

namespace {

const QString SampleTitle = QStringLiteral("不适宜担任现职,448名干部被调整");

bool isChinese(const QString &text)
{
    return computeTextStats(text).cjkCharacters > 0;
}

} // namespace

class TestDemoNewsroom final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void createsALivingNewsroom();
    void coversEveryWorkflowState();
    void isMostlyChineseWithEnglishDesks();
    void sampleWireCopyIsImportedWithEveryField();
    void bodiesAreCanonical_data();
    void bodiesAreCanonical();
    void internalRelatedItemsResolve();
    void historyLooksLived();
    void englishDeskSpellsBritish();
    void exportGateHoldsBackOnlyTheWireCopy();
    void neverTouchesANewsroomWithArticles_data();
    void neverTouchesANewsroomWithArticles();
    void refusesAClosedDatabase();
    void defaultPathIsInTheUserDataFolder();

private:
    [[nodiscard]] const Article *bySlug(const QString &slug) const;

    QTemporaryDir m_dir;
    Database m_database;
    QList<Article> m_articles; ///< the demo newsroom as loaded back through the repository
};

void TestDemoNewsroom::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QCOMPARE(m_database.open(m_dir.filePath(QStringLiteral("demo.galley"))), Database::Status::Ok);
    QString error;
    QVERIFY2(createDemoNewsroom(m_database, &error), qPrintable(error));
    QVERIFY(error.isEmpty());

    const ArticleRepository repository(m_database);
    const QList<qint64> ids = repository.allIds();
    for (qint64 id : ids) {
        const std::optional<Article> article = repository.load(id);
        QVERIFY(article);
        m_articles.append(*article);
    }
}

const Article *TestDemoNewsroom::bySlug(const QString &slug) const
{
    for (const Article &article : m_articles) {
        if (article.slug == slug)
            return &article;
    }
    return nullptr;
}

void TestDemoNewsroom::createsALivingNewsroom()
{
    const ArticleRepository repository(m_database);
    QVERIFY2(repository.count() >= 25, qPrintable(QString::number(repository.count())));
    QCOMPARE(qint64(m_articles.size()), repository.count());

    QSet<QString> bylines;
    QSet<QString> editors;
    QSet<QString> sources;
    int withSummary = 0;
    int withSubtitle = 0;
    for (const Article &article : m_articles) {
        QVERIFY2(!article.title.isEmpty(), qPrintable(article.slug));
        QVERIFY2(!article.desk.isEmpty(), qPrintable(article.title));
        QVERIFY2(!article.tags.isEmpty(), qPrintable(article.title));
        QVERIFY2(!article.editor.isEmpty(), qPrintable(article.title));
        QVERIFY2(!article.source.isEmpty(), qPrintable(article.title));
        QVERIFY2(article.characterCount > 100, qPrintable(article.title));
        QVERIFY(!article.isInTrash());
        if (!article.byline.isEmpty())
            bylines.insert(article.byline);
        editors.insert(article.editor);
        sources.insert(article.source);
        withSummary += article.summary.isEmpty() ? 0 : 1;
        withSubtitle += article.subtitle.isEmpty() ? 0 : 1;
    }
    QVERIFY2(bylines.size() >= 8, qPrintable(QStringList(bylines.cbegin(), bylines.cend()).join(u',')));
    QVERIFY(editors.size() >= 4);
    QVERIFY(sources.size() >= 5);
    // Some articles carry their own summary and subtitle; the others derive them later.
    QVERIFY(withSummary >= 5 && withSummary < m_articles.size());
    QVERIFY(withSubtitle >= 5 && withSubtitle < m_articles.size());
}

void TestDemoNewsroom::coversEveryWorkflowState()
{
    for (WorkflowState state : allWorkflowStates()) {
        int count = 0;
        for (const Article &article : m_articles) {
            if (article.status != state)
                continue;
            ++count;
            const bool scheduled = state == WorkflowState::Approved || state == WorkflowState::Published
                                   || state == WorkflowState::Archived;
            // Approved, published and archived articles carry a publication time.
            QCOMPARE(!article.publishAt.isEmpty(), scheduled);
            if (scheduled) {
                QVERIFY2(QDateTime::fromString(article.publishAt, Qt::ISODate).isValid(),
                         qPrintable(article.publishAt));
            }
            if (state == WorkflowState::Published || state == WorkflowState::Archived)
                QVERIFY2(article.views.has_value(), qPrintable(article.title));
        }
        QVERIFY2(count >= 3, qPrintable(workflowStateKey(state)));
    }
}

void TestDemoNewsroom::isMostlyChineseWithEnglishDesks()
{
    int chinese = 0;
    int english = 0;
    QSet<QString> desks;
    for (const Article &article : m_articles) {
        desks.insert(article.desk);
        if (isChinese(article.title)) {
            ++chinese;
            QVERIFY2(computeTextStats(article.bodyText).cjkCharacters > 200, qPrintable(article.title));
        } else {
            ++english;
            QVERIFY2(computeTextStats(article.bodyText).latinWords > 80, qPrintable(article.title));
        }
    }
    // About two thirds Chinese, one third English.
    QVERIFY2(chinese >= 2 * english - 2 && english * 4 >= m_articles.size(),
             qPrintable(QStringLiteral("%1 Chinese, %2 English").arg(chinese).arg(english)));
    const QStringList expectedDesks = {
        QStringLiteral("时政"), QStringLiteral("经济"), QStringLiteral("科技"),    QStringLiteral("文化"),
        QStringLiteral("体育"), QStringLiteral("社会"), QStringLiteral("地方"),    QStringLiteral("World"),
        QStringLiteral("Business"), QStringLiteral("Science"), QStringLiteral("Culture")};
    for (const QString &desk : expectedDesks)
        QVERIFY2(desks.contains(desk), qPrintable(desk));
}

void TestDemoNewsroom::sampleWireCopyIsImportedWithEveryField()
{
    const Article *sample = nullptr;
    for (const Article &article : m_articles) {
        if (article.title == SampleTitle)
            sample = &article;
    }
    QVERIFY(sample);
    QCOMPARE(sample->source, QStringLiteral("内蒙古日报 看齐综合"));
    QCOMPARE(sample->editor, QStringLiteral("陈曲"));
    QCOMPARE(sample->views.value_or(-1), qint64(0));
    QCOMPARE(sample->publishAt, QStringLiteral("2025-03-18T08:18:00"));
    QCOMPARE(sample->status, WorkflowState::Published);
    QCOMPARE(sample->desk, QStringLiteral("时政"));
    QVERIFY(sample->bodyText.startsWith(QStringLiteral("《内蒙古日报》近日转发")));
    QVERIFY(sample->bodyText.contains(QStringLiteral("对448名不适宜担任现职干部进行了调整")));
    QVERIFY(!sample->bodyText.contains(QStringLiteral("稿件来源")));
    QVERIFY(!sample->bodyText.contains(QStringLiteral("相关文章")));

    QCOMPARE(sample->related.size(), 5);
    const RelatedItem &first = sample->related.first();
    QVERIFY(!first.targetArticleId);
    QCOMPARE(first.title, QStringLiteral("聚焦部署 精研业务——内蒙古农商银行正蓝旗支行开展信贷业务专题培训"));
    QVERIFY(first.summary.startsWith(QStringLiteral("6月4日,内蒙古农商银行正蓝旗支行")));
    QCOMPARE(first.publishedAt, QStringLiteral("2025-06-10T09:53:00"));
    QCOMPARE(first.views.value_or(-1), qint64(0));
    const RelatedItem &last = sample->related.last();
    QCOMPARE(last.title, QStringLiteral("2025年珠晖区基层卫生人才能力提升培训班(南华医院急诊站)圆满收官"));
    QCOMPARE(last.publishedAt, QStringLiteral("2025-05-20T04:58:00"));
}

void TestDemoNewsroom::bodiesAreCanonical_data()
{
    QTest::addColumn<QString>("bodyHtml");
    for (const Article &article : std::as_const(m_articles)) {
        QTest::addRow("nominal: %s", qPrintable(article.slug.isEmpty() ? article.title : article.slug))
            << article.bodyHtml;
    }
}

void TestDemoNewsroom::bodiesAreCanonical()
{
    QFETCH(QString, bodyHtml);
    QVERIFY(!bodyHtml.isEmpty());
    QCOMPARE(Sanitizer::sanitize(bodyHtml), bodyHtml);
}

void TestDemoNewsroom::internalRelatedItemsResolve()
{
    const ArticleRepository repository(m_database);
    int internal = 0;
    int external = 0;
    for (const Article &article : std::as_const(m_articles)) {
        for (const RelatedItem &item : article.related) {
            if (item.targetArticleId) {
                ++internal;
                QVERIFY2(*item.targetArticleId != article.id, qPrintable(article.title));
                const std::optional<Article> target = repository.load(*item.targetArticleId);
                QVERIFY2(target && !target->isInTrash(), qPrintable(article.title));
            } else {
                ++external;
                QVERIFY2(!item.title.isEmpty() && !item.publishedAt.isEmpty(), qPrintable(article.title));
            }
        }
    }
    QVERIFY2(internal >= 10, qPrintable(QString::number(internal)));
    QVERIFY2(external >= 15, qPrintable(QString::number(external)));

    // Keys resolve to the right articles, not just to some article: the story on easing village
    // paperwork points first at the imported wire copy, the metro story at the old-town story.
    const Article *paperwork = bySlug(QStringLiteral("easing-village-paperwork"));
    QVERIFY(paperwork);
    QVERIFY(!paperwork->related.isEmpty());
    const std::optional<Article> wire = repository.load(paperwork->related.first().targetArticleId.value_or(0));
    QVERIFY(wire);
    QCOMPARE(wire->title, SampleTitle);

    const Article *metro = bySlug(QStringLiteral("jianglan-metro-line6-opens"));
    QVERIFY(metro);
    QCOMPARE(metro->related.size(), 3);
    const std::optional<Article> oldTown = repository.load(metro->related.first().targetArticleId.value_or(0));
    QVERIFY(oldTown);
    QCOMPARE(oldTown->title, QStringLiteral("老城更新“绣花” 府前街片区百年老宅焕新颜"));
    QCOMPARE(metro->related.at(1).url, QStringLiteral("https://www.example.com/jianglan-metro/line1-ridership"));
    QCOMPARE(metro->related.at(1).views.value_or(-1), qint64(5621));
}

void TestDemoNewsroom::historyLooksLived()
{
    // The list sorts by update time: the demo must not look as if written in one second.
    QSet<QString> updateTimes;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Article &article : std::as_const(m_articles)) {
        QVERIFY(article.updatedAt.isValid() && article.createdAt.isValid());
        QVERIFY2(article.createdAt < article.updatedAt, qPrintable(article.title));
        QVERIFY(article.updatedAt <= now);
        updateTimes.insert(article.updatedAt.toString(Qt::ISODate));
    }
    QVERIFY2(updateTimes.size() >= m_articles.size() - 3, qPrintable(QString::number(updateTimes.size())));

    // Every article that left the draft state has the workflow events that brought it there, a
    // request for changes says what to change, and the history holds the first text plus one
    // revision per move.
    const WorkflowRepository workflow(m_database);
    const RevisionRepository revisions(m_database);
    for (const Article &article : std::as_const(m_articles)) {
        const QList<WorkflowEvent> events = workflow.events(article.id);
        WorkflowState state = WorkflowState::Draft;
        for (const WorkflowEvent &event : events) {
            QCOMPARE(event.from, state);
            QVERIFY(Workflow::find(event.from, event.to).has_value());
            QVERIFY(!event.who.isEmpty());
            QVERIFY2(event.at > article.createdAt && event.at <= article.updatedAt, qPrintable(article.title));
            state = event.to;
        }
        QCOMPARE(state, article.status);
        if (article.status == WorkflowState::ChangesRequested)
            QVERIFY2(!events.last().note.isEmpty(), qPrintable(article.title));

        const QList<Revision> history = revisions.list(article.id);
        QCOMPARE(history.size(), events.size() + 1);
        QCOMPARE(history.first().createdAt, article.createdAt);
        QCOMPARE(history.last().status, article.status);
    }
}

void TestDemoNewsroom::englishDeskSpellsBritish()
{
    // The English desk writes British English (harbour, programme, licence): each of its
    // articles carries en-GB as the copy desk's Spelling choice; Chinese copy has none.
    CopyDeskRepository desk(m_database);
    const std::optional<QHash<qint64, QString>> languages = desk.articleLanguages();
    QVERIFY2(languages, qPrintable(desk.errorString()));
    int english = 0;
    for (const Article &article : std::as_const(m_articles)) {
        if (isChinese(article.title)) {
            QVERIFY2(!languages->contains(article.id), qPrintable(article.title));
        } else {
            ++english;
            QCOMPARE(languages->value(article.id), QStringLiteral("en-GB"));
        }
    }
    QVERIFY(english >= 8);
    // Its places, which Hunspell does not know, are in the newsroom's dictionary.
    const std::optional<QStringList> words = desk.dictionaryWords();
    QVERIFY2(words, qPrintable(desk.errorString()));
    QVERIFY2(words->contains(QStringLiteral("Marren")) && words->contains(QStringLiteral("Tessaly")),
             qPrintable(words->join(u',')));
}

void TestDemoNewsroom::exportGateHoldsBackOnlyTheWireCopy()
{
    // A new user exporting the demo with "Hold back articles with copy-desk errors" meets only
    // the error planted on purpose: the sample wire copy's half-width commas. Every English
    // article spells clean in its language with the newsroom's dictionary, so it is exported.
    QVERIFY2(SpellChecker(QStringLiteral("en-GB")).isValid(), "hunspell-en-gb is needed (tools/packages.txt)");
    ExportSelection selection;
    selection.all = true;
    ExportOptions options;
    options.format = ExportFormat::Text;
    options.outputDirectory = m_dir.filePath(QStringLiteral("gate"));
    options.lintGate = LintSeverity::Error;
    Exporter exporter(m_database.path(), selection, options);
    QSignalSpy failed(&exporter, &Exporter::articleFailed);
    const ExportSummary summary = exporter.run();

    QStringList heldBack;
    for (const QList<QVariant> &arguments : std::as_const(failed)) {
        const auto article = std::find_if(m_articles.cbegin(), m_articles.cend(),
            [&](const Article &a) { return a.id == arguments.at(0).toLongLong(); });
        QVERIFY(article != m_articles.cend());
        heldBack.append(article->title + QLatin1String(": ") + arguments.at(1).toString());
    }
    QCOMPARE(heldBack.size(), 1);
    QVERIFY2(heldBack.constFirst().startsWith(SampleTitle), qPrintable(heldBack.join(u'\n')));
    QVERIFY2(heldBack.constFirst().contains(QLatin1String("halfwidth-punctuation")), qPrintable(heldBack.constFirst()));
    QCOMPARE(summary.selected, int(m_articles.size()));
    QCOMPARE(summary.exported, int(m_articles.size()) - 1);
}

void TestDemoNewsroom::neverTouchesANewsroomWithArticles_data()
{
    QTest::addColumn<QString>("ownTitle"); // empty: the demo newsroom itself
    QTest::addColumn<bool>("trashed");
    QTest::newRow("nominal: second call on the demo newsroom") << QString() << false;
    QTest::newRow("nominal: a newsroom with one article of its own") << QStringLiteral("本地新闻") << false;
    QTest::newRow("robustness: a newsroom whose only article is in the trash") << QStringLiteral("Old story")
                                                                             << true;
}

void TestDemoNewsroom::neverTouchesANewsroomWithArticles()
{
    QFETCH(QString, ownTitle);
    QFETCH(bool, trashed);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QCOMPARE(database.open(dir.filePath(QStringLiteral("newsroom.galley"))), Database::Status::Ok);
    ArticleRepository repository(database);
    QString error;
    if (ownTitle.isEmpty()) {
        QVERIFY2(createDemoNewsroom(database, &error), qPrintable(error));
    } else {
        Article own;
        own.title = ownTitle;
        own.bodyHtml = QStringLiteral("<p>%1</p>").arg(ownTitle);
        QVERIFY2(repository.create(own), qPrintable(repository.errorString()));
        if (trashed)
            QVERIFY(repository.moveToTrash(own.id));
    }
    const QList<qint64> before = repository.allIds();
    const qint64 liveBefore = repository.count();

    QVERIFY2(createDemoNewsroom(database, &error), qPrintable(error));
    QCOMPARE(repository.allIds(), before);
    QCOMPARE(repository.count(), liveBefore);
    if (!ownTitle.isEmpty())
        QCOMPARE(liveBefore, qint64(trashed ? 0 : 1));
}

void TestDemoNewsroom::refusesAClosedDatabase()
{
    Database closed;
    QString error;
    QVERIFY(!createDemoNewsroom(closed, &error));
    QVERIFY(!error.isEmpty());
}

void TestDemoNewsroom::defaultPathIsInTheUserDataFolder()
{
    const QString path = defaultNewsroomPath();
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("newsroom.galley"));
    QCOMPARE(QFileInfo(path).absolutePath(),
             QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).absolutePath());
    QVERIFY(QFileInfo(path).dir().exists()); // so that Database::open() can create the file
}

QTEST_MAIN(TestDemoNewsroom)
#include "tst_demonewsroom.moc"
