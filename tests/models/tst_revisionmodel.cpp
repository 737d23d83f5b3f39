// The history panel's model: revisions newest first, with author, time, note and size change.
#include "models/revisionmodel.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/revisionrepository.h"
#include "testnewsroom.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace galley;
using namespace std::chrono_literals;

namespace {

const QDateTime T0 = QDateTime(QDate(2025, 3, 18), QTime(8, 0), QTimeZone::utc());

} // namespace

class RevisionModelTest : public QObject
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
        m_article = Article {};
        m_article.title = QStringLiteral("干部调整");
        m_article.bodyHtml = QStringLiteral("<p>共有448名干部。</p>\n"); // 9 characters
        ArticleRepository articles(*m_database);
        QVERIFY(articles.create(m_article));
    }

    void cleanup()
    {
        m_database.reset();
        m_newsrooms.reset();
    }

    void rowsShowTheHistoryNewestFirst()
    {
        RevisionRepository revisions(*m_database);
        QVERIFY(
            revisions.record(m_article, RevisionKind::Save, QStringLiteral("Ed"), QStringLiteral("first draft"), T0));
        m_article.bodyHtml = QStringLiteral("<p>全区共有448名干部被调整。</p>\n"); // 14
        QVERIFY(revisions.record(m_article, RevisionKind::Autosave, QStringLiteral("Ed"), {}, T0.addSecs(600)));
        m_article.bodyHtml = QStringLiteral("<p>448名干部。</p>\n"); // 7
        QVERIFY(revisions.record(
            m_article, RevisionKind::Transition, QStringLiteral("Rita"), QStringLiteral("Approve"), T0.addSecs(1200)));

        RevisionModel model(*m_database);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticle(m_article.id);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.numberAt(0), 3);
        QCOMPARE(model.data(model.index(0, RevisionModel::AuthorColumn)).toString(), QStringLiteral("Rita"));
        QCOMPARE(model.data(model.index(0, RevisionModel::NoteColumn)).toString(), QStringLiteral("Approve"));
        QCOMPARE(model.data(model.index(0, RevisionModel::SizeChangeColumn)).toString(), QStringLiteral("-7"));
        QCOMPARE(model.data(model.index(1, RevisionModel::SizeChangeColumn)).toString(), QStringLiteral("+5"));
        QCOMPARE(model.data(model.index(2, RevisionModel::SizeChangeColumn)).toString(), QStringLiteral("+9"));
        QCOMPARE(model.data(model.index(1, RevisionModel::NoteColumn)).toString(), QStringLiteral("Autosave"));
        QCOMPARE(model.data(model.index(1, 0), RevisionModel::NamedRole).toBool(), false);
        QCOMPARE(model.data(model.index(2, 0), RevisionModel::CreatedAtRole).toDateTime(), T0);
        QCOMPARE(model.data(model.index(2, 0), RevisionModel::CharactersRole).toLongLong(), 9);
        QCOMPARE(model.rowOf(1), 2);
    }

    void refreshAddsRowsOnTopAndUpdatesCoalescedOnes()
    {
        RevisionRepository revisions(*m_database);
        QVERIFY(revisions.record(m_article, RevisionKind::Save, QStringLiteral("Ed"), {}, T0));
        RevisionModel model(*m_database);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticle(m_article.id);
        const QPersistentModelIndex first = model.index(0, 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        m_article.bodyHtml = QStringLiteral("<p>共有448名干部被调整。</p>\n");
        QVERIFY(revisions.record(m_article, RevisionKind::Autosave, QStringLiteral("Ed"), {}, T0.addSecs(60)));
        model.refresh();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(first.row(), 1);
        QCOMPARE(inserted.count(), 1);

        // A coalesced autosave changes the newest row in place.
        m_article.bodyHtml = QStringLiteral("<p>全区共有448名干部被调整。</p>\n");
        QVERIFY(revisions.record(m_article, RevisionKind::Autosave, QStringLiteral("Ed"), {}, T0.addSecs(120)));
        changed.clear();
        model.refresh();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, 0), RevisionModel::CharactersRole).toLongLong(), 14);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(resets.count(), 0);
    }

    void pruningResetsTheList()
    {
        RevisionRepository revisions(*m_database, RevisionPolicy { 5min, 1 });
        QVERIFY(revisions.record(m_article, RevisionKind::Autosave, QStringLiteral("Ed"), {}, T0));
        RevisionModel model(*m_database);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticle(m_article.id);
        m_article.bodyHtml = QStringLiteral("<p>第二稿。</p>\n");
        QVERIFY(revisions.record(m_article, RevisionKind::Autosave, QStringLiteral("Ed"), {}, T0.addSecs(3600)));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.refresh();
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.numberAt(0), 2);
    }

private:
    std::unique_ptr<test::TestNewsrooms> m_newsrooms;
    std::unique_ptr<Database> m_database;
    Article m_article;
};

QTEST_GUILESS_MAIN(RevisionModelTest)
#include "tst_revisionmodel.moc"
