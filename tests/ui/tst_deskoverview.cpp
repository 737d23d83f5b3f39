// The desk overview window (View ▸ Desk Overview): its charts show the newsroom's numbers,
// clicking a bar lists those articles in the main window, and a chart saves as a PNG image.

#include "editortestsupport.h"

#include "articlelistdock.h"
#include "desk/deskoverviewwindow.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "storage/workflowrepository.h"

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QBarCategoryAxis>
#include <QHorizontalStackedBarSeries>
#include <QTest>
#include <QTreeView>

using namespace galley;
using galley::test::Newsroom;
using S = WorkflowState;

class TestDeskOverview : public QObject
{
    Q_OBJECT

private:
    qint64 add(Newsroom &newsroom, const QString &title, const QString &desk, const QList<S> &moves)
    {
        const qint64 id = newsroom.addArticle(title, QStringLiteral("<p>%1，记者报道。</p>").arg(title));
        Article article = newsroom.load(id);
        article.desk = desk;
        ArticleRepository articles(newsroom.database);
        if (articles.save(article) != ArticleRepository::SaveResult::Saved)
            return 0;
        WorkflowRepository workflow(newsroom.database);
        for (S to : moves) {
            if (workflow.transition(article, to, Role::Chief, QStringLiteral("陈主编")) != WorkflowRepository::Result::Done)
                return 0;
        }
        return id;
    }

    static QBarSet *setNamed(QAbstractBarSeries *series, S state)
    {
        for (QBarSet *set : series->barSets()) {
            if (set->label() == workflowStateDisplayName(state))
                return set;
        }
        return nullptr;
    }

private Q_SLOTS:
    void chartsShowTheNewsroomAndBarsFilterTheList()
    {
        Newsroom newsroom;
        const QString sport = QStringLiteral("体育");
        const QString economy = QStringLiteral("经济");
        QVERIFY(add(newsroom, QStringLiteral("体育草稿一"), sport, {}));
        QVERIFY(add(newsroom, QStringLiteral("体育草稿二"), sport, {}));
        QVERIFY(add(newsroom, QStringLiteral("体育送审"), sport, { S::InReview }));
        QVERIFY(add(newsroom, QStringLiteral("经济送审一"), economy, { S::InReview }));
        QVERIFY(add(newsroom, QStringLiteral("经济送审二"), economy, { S::InReview }));
        QVERIFY(add(newsroom, QStringLiteral("经济送审三"), economy, { S::InReview }));
        QVERIFY(add(newsroom, QStringLiteral("经济已发"), economy, { S::InReview, S::Approved, S::Published }));

        MainWindow window(newsroom.database);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("deskOverviewAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
        action->trigger();
        auto *overview = window.findChild<DeskOverviewWindow *>();
        QVERIFY(overview);
        QVERIFY(QTest::qWaitForWindowExposed(overview));
        QVERIFY(overview->overview());

        // Stacked bars: one per desk, read from the top (体育, then 经济), one set per state.
        QChart *states = overview->chartView(DeskOverviewWindow::States)->chart();
        auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(states->series().value(0));
        QVERIFY(bars);
        auto *deskAxis = qobject_cast<QBarCategoryAxis *>(states->axes(Qt::Vertical).value(0));
        QVERIFY(deskAxis);
        QCOMPARE(deskAxis->categories(), QStringList({ economy, sport })); // bottom-up
        const int sportBar = 1;
        const int economyBar = 0;
        QCOMPARE(bars->barSets().size(), allWorkflowStates().size());
        QCOMPARE(setNamed(bars, S::Draft)->at(sportBar), 2.0);
        QCOMPARE(setNamed(bars, S::Draft)->at(economyBar), 0.0);
        QCOMPARE(setNamed(bars, S::InReview)->at(sportBar), 1.0);
        QCOMPARE(setNamed(bars, S::InReview)->at(economyBar), 3.0);
        QCOMPARE(setNamed(bars, S::Published)->at(economyBar), 1.0);
        QCOMPARE(setNamed(bars, S::Approved)->at(economyBar), 0.0);

        // Lines: today's point has the 7 articles created, 1 approval and 1 publication.
        QChart *days = overview->chartView(DeskOverviewWindow::Days)->chart();
        QCOMPARE(days->series().size(), 3);
        const QList<qreal> todays = { 7, 1, 1 };
        for (int i = 0; i < 3; ++i) {
            auto *line = qobject_cast<QLineSeries *>(days->series().at(i));
            QVERIFY(line);
            QCOMPARE(line->count(), DeskOverviewWindow::Days30);
            QCOMPARE(line->at(line->count() - 1).y(), todays.at(i));
            QCOMPARE(line->at(0).y(), 0.0);
        }

        // Open comments: none yet, so no bars.
        auto *comments = qobject_cast<QHorizontalBarSeries *>(
            overview->chartView(DeskOverviewWindow::OpenComments)->chart()->series().value(0));
        QVERIFY(comments);
        QCOMPARE(comments->barSets().constFirst()->count(), 0);

        // A click on 经济's "in review" segment (from 0 to 3 on the value axis) lists those
        // three articles.
        QChartView *view = overview->chartView(DeskOverviewWindow::States);
        const QPointF inChart = states->mapToPosition(QPointF(1.5, economyBar), bars);
        const QPoint inView = view->mapFromScene(states->mapToScene(inChart));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);
        ArticleListModel *list = window.articleList()->model();
        QCOMPARE(list->filter().desk, economy);
        QCOMPARE(list->filter().status, std::optional<S>(S::InReview));
        QCOMPARE(list->rowCount(), 3);
        QVERIFY(window.articleList()->isVisible());

        // Another click, on 体育's drafts (from 0 to 2).
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
            view->mapFromScene(states->mapToScene(states->mapToPosition(QPointF(1, sportBar), bars))));
        QCOMPARE(list->filter().desk, sport);
        QCOMPARE(list->filter().status, std::optional<S>(S::Draft));
        QCOMPARE(list->rowCount(), 2);

        // Saved as PNG: an image of the chart's size.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("states.png"));
        QVERIFY(overview->saveChart(DeskOverviewWindow::States, path));
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), view->grab().size());
        QVERIFY(!overview->findChildren<QWidget *>(QStringLiteral("saveChart0")).isEmpty());

        // Refresh (F5) reads again: a new draft shows.
        QVERIFY(add(newsroom, QStringLiteral("体育草稿三"), sport, {}));
        QApplication::setActiveWindow(overview);
        QVERIFY(QTest::qWaitForWindowActive(overview));
        QTest::keyClick(overview, Qt::Key_F5);
        // (a button's shortcut clicks it after a short animation)
        QTRY_COMPARE(setNamed(qobject_cast<QHorizontalStackedBarSeries *>(states->series().value(0)), S::Draft)->at(sportBar), 3.0);
    }
};

GALLEY_UI_TEST_MAIN(TestDeskOverview)
#include "tst_deskoverview.moc"
