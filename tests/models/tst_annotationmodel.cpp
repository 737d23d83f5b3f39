// The review panel's model: threads as a tree, filtered, placed on the text, updated in place.
#include "document/anchoring.h"
#include "models/annotationmodel.h"
#include "storage/annotationrepository.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "testnewsroom.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace galley;
using Filter = AnnotationModel::Filter;

Q_DECLARE_METATYPE(galley::AnnotationModel::Filter)

namespace {

const QString Body = QStringLiteral("记者从内蒙古自治区纪委监委获悉,2024年全区共有448名干部因不适宜担任现职被调整。\n"
                                    "这些干部中,有的担当作为不够,有的工作能力不足,有的作风不实。\n"
                                    "下一步,将持续推动干部能上能下常态化。");

} // namespace

class AnnotationModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_newsrooms = std::make_unique<test::TestNewsrooms>();
        GALLEY_CREATE_NEWSROOM(location, *m_newsrooms);
        m_database = std::make_unique<Database>();
        QCOMPARE(m_database->open(location), Database::Status::Ok);
        QCOMPARE(m_database->engine(), test::testEngine());
        Article article;
        article.title = QStringLiteral("448名干部被调整");
        article.bodyHtml = QStringLiteral("<p>") + Body.split(QLatin1Char('\n')).join(QStringLiteral("</p>\n<p>"))
            + QStringLiteral("</p>\n");
        ArticleRepository articles(*m_database);
        QVERIFY2(articles.create(article), qPrintable(articles.errorString()));
        QCOMPARE(article.bodyText, Body);
        m_articleId = article.id;

        // Stored out of text order on purpose; one thread is on text that is gone (orphaned).
        m_third = thread(QStringLiteral("能上能下"), QStringLiteral("Rita"), QStringLiteral("说明具体措施"));
        m_first = thread(QStringLiteral("448名干部"), QStringLiteral("Rita"), QStringLiteral("数字请核实"));
        m_orphan = storedThread(QStringLiteral("已删除的句子"), QStringLiteral("Li"), QStringLiteral("这句删了?"));
        m_second = thread(QStringLiteral("担当作为不够"), QStringLiteral("Li"), QStringLiteral("举个例子"));
        AnnotationRepository repository(*m_database);
        Annotation reply { 0, m_articleId, m_first, QStringLiteral("Ed"), {}, QStringLiteral("已核实:448名"), {}, {},
            0 };
        QVERIFY(repository.create(reply));
        QVERIFY(repository.setState(m_second, AnnotationState::Resolved));
    }

    void cleanup()
    {
        m_database.reset();
        m_newsrooms.reset();
    }

    void threadsFormATreeInTextOrder()
    {
        AnnotationModel model(*m_database);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticle(m_articleId, Body);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(ids(model), (QList<qint64> { m_first, m_second, m_third, m_orphan }));

        const QModelIndex first = model.index(0, 0);
        QCOMPARE(model.data(first).toString(), QStringLiteral("数字请核实"));
        QCOMPARE(model.data(model.index(0, AnnotationModel::AuthorColumn)).toString(), QStringLiteral("Rita"));
        QCOMPARE(model.data(first, AnnotationModel::QuoteRole).toString(), QStringLiteral("448名干部"));
        QCOMPARE(model.data(first, AnnotationModel::StartRole).toLongLong(), Body.indexOf(QStringLiteral("448名干部")));
        QCOMPARE(model.data(first, AnnotationModel::ReplyCountRole).toInt(), 1);
        QCOMPARE(model.rowCount(first), 1);
        const QModelIndex reply = model.index(0, 0, first);
        QCOMPARE(model.data(reply).toString(), QStringLiteral("已核实:448名"));
        QCOMPARE(model.data(reply, AnnotationModel::IsReplyRole).toBool(), true);
        QCOMPARE(model.data(reply, AnnotationModel::ThreadIdRole).toLongLong(), m_first);
        QCOMPARE(model.parent(reply), first);

        const QModelIndex orphan = model.index(3, 0);
        QCOMPARE(model.data(orphan, AnnotationModel::OrphanedRole).toBool(), true);
        QCOMPARE(model.data(orphan, AnnotationModel::StartRole).toLongLong(), -1);
        QVERIFY(model.data(orphan, Qt::ToolTipRole).toString().contains(QStringLiteral("已删除的句子")));
        QCOMPARE(model.data(model.index(1, 0), AnnotationModel::ResolvedRole).toBool(), true);
    }

    void filtersAndCounts_data()
    {
        QTest::addColumn<Filter>("filter");
        QTest::addColumn<int>("rows");
        QTest::newRow("nominal: open threads") << Filter::Open << 3;
        QTest::newRow("nominal: resolved threads") << Filter::Resolved << 1;
        QTest::newRow("nominal: all threads") << Filter::All << 4;
    }

    void filtersAndCounts()
    {
        QFETCH(Filter, filter);
        AnnotationModel model(*m_database);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticle(m_articleId, Body);
        model.setFilter(filter);
        QTEST(model.rowCount(), "rows");
        QCOMPARE(model.threadCount(Filter::Open), 3);
        QCOMPARE(model.threadCount(Filter::Resolved), 1);
        QCOMPARE(model.threadCount(Filter::All), 4);
    }

    void writesUpdateRowsInPlace()
    {
        AnnotationModel model(*m_database);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticle(m_articleId, Body);
        model.setFilter(Filter::Open);
        QCOMPARE(ids(model), (QList<qint64> { m_first, m_third, m_orphan }));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy counts(&model, &AnnotationModel::countsChanged);
        const QPersistentModelIndex third = model.index(1, 0);

        // A new thread lands at its place in the text.
        const qsizetype at = Body.indexOf(QStringLiteral("工作能力不足"));
        const qint64 added = model.addThread(at, at + 6, QStringLiteral("能力指什么?"), QStringLiteral("Rita"), 1);
        QVERIFY2(added > 0, qPrintable(model.errorString()));
        QCOMPARE(ids(model), (QList<qint64> { m_first, added, m_third, m_orphan }));
        QCOMPARE(third.row(), 2);

        // A reply appears under its thread.
        QVERIFY(model.reply(added, QStringLiteral("指执行能力"), QStringLiteral("Ed")) > 0);
        QCOMPARE(model.rowCount(model.index(1, 0)), 1);

        // Resolving under the "open" filter takes the row away; reopening brings it back.
        QVERIFY(model.setResolved(added, true));
        QCOMPARE(ids(model), (QList<qint64> { m_first, m_third, m_orphan }));
        QCOMPARE(model.threadCount(Filter::Open), 3);
        QVERIFY(model.setResolved(added, false));
        QCOMPARE(ids(model), (QList<qint64> { m_first, added, m_third, m_orphan }));

        QVERIFY(model.remove(added));
        QCOMPARE(ids(model), (QList<qint64> { m_first, m_third, m_orphan }));
        QCOMPARE(third.row(), 1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(counts.count(), 4);

        // Storage agrees.
        AnnotationRepository repository(*m_database);
        QCOMPARE(repository.threads(m_articleId).size(), 4);
    }

    void editedTextMovesThreads()
    {
        AnnotationModel model(*m_database);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticle(m_articleId, Body);
        const QPersistentModelIndex third = model.index(2, 0);
        const QPersistentModelIndex reply = model.index(0, 0, model.index(0, 0));
        QCOMPARE(third.data(AnnotationModel::IdRole).toLongLong(), m_third);

        // The last paragraph moves to the top: its thread now comes first.
        const QStringList paragraphs = Body.split(QLatin1Char('\n'));
        const QString moved
            = paragraphs.at(2) + QLatin1Char('\n') + paragraphs.at(0) + QLatin1Char('\n') + paragraphs.at(1);
        model.setBodyText(moved);
        QCOMPARE(ids(model), (QList<qint64> { m_third, m_first, m_second, m_orphan }));
        QCOMPARE(third.row(), 0);
        QCOMPARE(third.data(AnnotationModel::StartRole).toLongLong(), moved.indexOf(QStringLiteral("能上能下")));
        QCOMPARE(reply.parent().data(AnnotationModel::IdRole).toLongLong(), m_first);

        QCOMPARE(model.threadAt(moved.indexOf(QStringLiteral("能上能下")) + 1), m_third);
        QCOMPARE(model.threadAt(moved.indexOf(QStringLiteral("常态化"))), 0);
        QCOMPARE(model.indexOf(m_third), model.index(0, 0));
    }

private:
    qint64 thread(const QString &quote, const QString &author, const QString &body)
    {
        const qsizetype at = Body.indexOf(quote);
        if (at < 0)
            return 0;
        AnnotationRepository repository(*m_database);
        Annotation root { 0, m_articleId, 0, author, {}, body, {}, Anchoring::create(Body, at, at + quote.size()), 1 };
        return repository.create(root) ? root.id : 0;
    }

    qint64 storedThread(const QString &quote, const QString &author, const QString &body)
    {
        AnnotationRepository repository(*m_database);
        Annotation root { 0, m_articleId, 0, author, {}, body, {},
            TextAnchor { quote, QStringLiteral("原来的"), QStringLiteral("上下文"), 3, 9 }, 1 };
        return repository.create(root) ? root.id : 0;
    }

    static QList<qint64> ids(const AnnotationModel &model)
    {
        QList<qint64> result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.data(model.index(row, 0), AnnotationModel::IdRole).toLongLong());
        return result;
    }

    std::unique_ptr<test::TestNewsrooms> m_newsrooms;
    std::unique_ptr<Database> m_database;
    qint64 m_articleId = 0;
    qint64 m_first = 0;
    qint64 m_second = 0;
    qint64 m_third = 0;
    qint64 m_orphan = 0;
};

QTEST_GUILESS_MAIN(AnnotationModelTest)
#include "tst_annotationmodel.moc"
