// Who works on each article, as the article list shows it on a team newsroom (a real PostgreSQL
// server, GALLEY_TEST_PG_URI): the holder of a row's editing lock and since when, who else has
// it open, this Galley's own session left out, a crashed desk's expired lock not shown, and a
// change read again for the rows loaded (dataChanged, not a reset). A newsroom file shows
// nobody. Fails, never skips, without a server.

#include "models/articlelistmodel.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/lockrepository.h"

#include "teamlogins.h"
#include "testnewsroom.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace galley;

class ArticleListActivityTest : public QObject
{
    Q_OBJECT

private:
    galley::test::TeamLogins m_team;
    std::unique_ptr<Database> m_editor;
    std::unique_ptr<Database> m_reviewer;
    qint64 m_first = 0;
    qint64 m_second = 0;

    QModelIndex titleOf(const ArticleListModel &model, qint64 id) const
    {
        return model.index(model.rowOfArticle(id), ArticleListModel::TitleColumn);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_team.setUp(QStringLiteral("la")), qPrintable(m_team.errorString()));
        QVERIFY(m_team.openAs(QStringLiteral("editor"), m_editor));
        QVERIFY(m_team.openAs(QStringLiteral("reviewer"), m_reviewer));
        for (qint64 *id : { &m_first, &m_second }) {
            Article article;
            article.title = QStringLiteral("稿件 %1").arg(id == &m_first ? 1 : 2);
            article.bodyHtml = QStringLiteral("<p>正文。</p>\n");
            QVERIFY(ArticleRepository(*m_editor).create(article));
            *id = article.id;
        }
    }

    void rowsSayWhoEditsAndWhoHasThemOpen()
    {
        LockRepository zhao(*m_editor, QStringLiteral("zhao"));
        LockRepository li(*m_reviewer, QStringLiteral("li"));
        QCOMPARE(zhao.take(m_first, QStringLiteral("赵晓")).result, LockRepository::TakeResult::Taken);
        QVERIFY(zhao.join(m_first, QStringLiteral("赵晓")));
        QVERIFY(li.join(m_first, QStringLiteral("李明")));
        QVERIFY(li.join(m_second, QStringLiteral("李明")));

        std::unique_ptr<Database> mine;
        QVERIFY(m_team.openAs(QStringLiteral("editor2"), mine));
        // This Galley has the second article open itself: not shown to itself.
        LockRepository own(*mine);
        QCOMPARE(own.take(m_second, QStringLiteral("陈曲")).result, LockRepository::TakeResult::Taken);
        QVERIFY(own.join(m_second, QStringLiteral("陈曲")));

        ArticleListModel model(*mine);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex first = titleOf(model, m_first);
        QCOMPARE(first.data(ArticleListModel::LockHolderRole).toString(), QStringLiteral("赵晓"));
        QCOMPARE(first.data(ArticleListModel::LockSinceRole).toDateTime(), zhao.lock(m_first)->since);
        // The holder is not counted twice.
        QCOMPARE(first.data(ArticleListModel::ViewersRole).toStringList(), QStringList { QStringLiteral("李明") });
        QVERIFY2(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("赵晓 is editing since")),
            qPrintable(first.data(Qt::ToolTipRole).toString()));
        QVERIFY(first.data(Qt::AccessibleDescriptionRole).toString().contains(QStringLiteral("Open by 李明")));

        const QModelIndex second = titleOf(model, m_second);
        QVERIFY(second.data(ArticleListModel::LockHolderRole).toString().isEmpty());
        QCOMPARE(second.data(ArticleListModel::ViewersRole).toStringList(), QStringList { QStringLiteral("李明") });

        // The holder lets go and the reviewer closes the second article: read again, only those
        // rows change, in place.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(zhao.release(m_first));
        QVERIFY(li.leave(m_second));
        model.refreshActivity();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 2);
        QVERIFY(titleOf(model, m_first).data(ArticleListModel::LockHolderRole).toString().isEmpty());
        QVERIFY(titleOf(model, m_second).data(ArticleListModel::ViewersRole).toStringList().isEmpty());
        model.refreshActivity();
        QCOMPARE(changed.count(), 2); // nothing changed, nothing said

        // A crashed desk: its lock and presence expire after two minutes without a heartbeat.
        QCOMPARE(zhao.take(m_first, QStringLiteral("赵晓")).result, LockRepository::TakeResult::Taken);
        model.refreshActivity();
        QCOMPARE(titleOf(model, m_first).data(ArticleListModel::LockHolderRole).toString(), QStringLiteral("赵晓"));
        QVERIFY(m_team.runInNewsroom(QStringLiteral("SET session_replication_role = replica; UPDATE article_locks SET "
                                                    "heartbeat = now() - interval '3 minutes'; UPDATE presence SET "
                                                    "heartbeat = now() - interval '3 minutes'")));
        model.refreshActivity();
        QVERIFY(titleOf(model, m_first).data(ArticleListModel::LockHolderRole).toString().isEmpty());
        QVERIFY(titleOf(model, m_first).data(ArticleListModel::ViewersRole).toStringList().isEmpty());
    }

    void aNewsroomFileShowsNobody()
    {
        galley::test::TestNewsrooms newsrooms;
        Database file;
        QCOMPARE(file.open(newsrooms.create(Engine::SQLite)), Database::Status::Ok);
        Article article;
        article.title = QStringLiteral("本机");
        QVERIFY(ArticleRepository(file).create(article));
        ArticleListModel model(file);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex title = model.index(0, ArticleListModel::TitleColumn);
        QVERIFY(title.data(ArticleListModel::LockHolderRole).toString().isEmpty());
        QVERIFY(title.data(ArticleListModel::ViewersRole).toStringList().isEmpty());
        QCOMPARE(title.data(Qt::ToolTipRole).toString(), QStringLiteral("本机"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshActivity();
        QCOMPARE(changed.count(), 0);
    }

    void cleanupTestCase()
    {
        m_editor.reset();
        m_reviewer.reset();
        m_team.tearDown();
    }
};

QTEST_GUILESS_MAIN(ArticleListActivityTest)
#include "tst_articlelistactivity.moc"
