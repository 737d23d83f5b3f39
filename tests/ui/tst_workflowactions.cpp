// The workflow as the desk drives it from the Article → Workflow menu: the moves offered to an
// editor and to a reviewer from each state, the note asked for, and the move stored with its
// event on the timeline (shown in the history panel) and the state shown in the status bar.

#include "editortestsupport.h"

#include "editor/copydeskchecker.h"
#include "editor/richtextedit.h"
#include "review/historypanel.h"
#include "review/workflowactions.h"
#include "storage/revisionrepository.h"
#include "storage/workflowrepository.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolBar>
#include <QTreeWidget>

using namespace galley;
using galley::test::Newsroom;

Q_DECLARE_METATYPE(galley::WorkflowState)
Q_DECLARE_METATYPE(galley::Role)

class TestWorkflowActions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Newsroom> m_newsroom;
    std::unique_ptr<QWidget> m_window;
    EditorArea *m_area = nullptr;
    HistoryPanel *m_history = nullptr;
    WorkflowActions *m_workflow = nullptr;

    qint64 openArticleIn(WorkflowState state)
    {
        const qint64 id = m_newsroom->addArticle(QStringLiteral("流程测试"), QStringLiteral("<p>稿件正文。</p>"));
        Article article = m_newsroom->load(id);
        article.status = state;
        if (ArticleRepository(m_newsroom->database).save(article) != ArticleRepository::SaveResult::Saved)
            return 0;
        return m_area->openArticle(id) ? id : 0;
    }

    void actAs(Role role)
    {
        m_workflow->setRole(role);
        m_area->setReadOnly(role == Role::Reviewer);
        m_history->setReadOnly(role == Role::Reviewer);
        const QString name = role == Role::Reviewer ? QStringLiteral("审稿人") : QStringLiteral("编辑");
        m_workflow->setUserName(name);
        m_area->setUserName(name);
    }

    QStringList menuTexts() const
    {
        QStringList texts;
        for (const QAction *action : m_workflow->menu()->actions()) {
            if (action->isEnabled())
                texts.append(action->text());
        }
        return texts;
    }

private Q_SLOTS:
    void init()
    {
        m_newsroom = std::make_unique<Newsroom>();
        m_window = std::make_unique<QWidget>();
        auto *layout = new QHBoxLayout(m_window.get());
        m_area = new EditorArea(m_newsroom->database, m_window.get());
        m_area->setViewMode(EditorArea::ViewMode::EditorOnly);
        m_area->documentController()->setConflictResolver(
            [](const DocumentController::Conflict &) { return DocumentController::ConflictChoice::Cancel; });
        m_history = new HistoryPanel(m_newsroom->database, m_area, m_window.get());
        m_workflow = new WorkflowActions(m_newsroom->database, m_area->documentController(), m_window.get());
        m_workflow->setNoteProvider([](const WorkflowTransition &) { return std::optional<QString>(QString()); });
        layout->addWidget(m_area, 2);
        layout->addWidget(m_history, 1);
        layout->addWidget(m_workflow->statusWidget());
        actAs(Role::Editor);
        QVERIFY(test::showActive(*m_window));
    }

    void cleanup()
    {
        if (m_area)
            QVERIFY(m_area->closeArticle());
        m_window.reset();
        m_newsroom.reset();
    }

    void approvingWithCopyDeskFindingsAsksFirst()
    {
        // Two half-width commas between Chinese characters: two errors of the copy desk.
        const qint64 id = m_newsroom->addArticle(QStringLiteral("牧区减负"), QStringLiteral("<p>文件减少,会议减少,基层轻松了。</p>"));
        Article article = m_newsroom->load(id);
        article.status = WorkflowState::InReview;
        QCOMPARE(ArticleRepository(m_newsroom->database).save(article), ArticleRepository::SaveResult::Saved);
        QVERIFY(m_area->openArticle(id));
        QTRY_VERIFY(m_area->copyDesk()->isIdle());
        actAs(Role::Reviewer);
        m_workflow->setCopyDesk(m_area->copyDesk());
        QList<QPair<int, int>> asked;
        bool answer = false;
        m_workflow->setApprovalConfirmer([&](int findings, int errors) {
            asked.append({ findings, errors });
            return answer;
        });
        QVERIFY(!m_workflow->perform(WorkflowState::Approved)); // "Review Findings"
        QCOMPARE(asked, (QList<QPair<int, int>> { { 2, 2 } }));
        QCOMPARE(m_newsroom->load(id).status, WorkflowState::InReview);
        answer = true; // "Approve Anyway"
        QVERIFY(m_workflow->perform(WorkflowState::Approved));
        QCOMPARE(m_newsroom->load(id).status, WorkflowState::Approved);
        // Sending back for changes asks nothing.
        QVERIFY(m_workflow->perform(WorkflowState::ChangesRequested));
        QCOMPARE(asked.size(), 2);
    }

    void offeredMovesFollowTheRole_data()
    {
        QTest::addColumn<WorkflowState>("state");
        QTest::addColumn<Role>("role");
        QTest::addColumn<QList<WorkflowState>>("offered");

        using S = WorkflowState;
        QTest::newRow("nominal: editor on a draft submits or spikes")
            << S::Draft << Role::Editor << QList<S>{S::InReview, S::Archived};
        QTest::newRow("nominal: reviewer on a draft has nothing to do")
            << S::Draft << Role::Reviewer << QList<S>{};
        QTest::newRow("nominal: reviewer in review approves or requests changes")
            << S::InReview << Role::Reviewer << QList<S>{S::Approved, S::ChangesRequested};
        QTest::newRow("nominal: editor in review can only withdraw (never approve)")
            << S::InReview << Role::Editor << QList<S>{S::Draft};
        QTest::newRow("nominal: editor resubmits after changes were requested")
            << S::ChangesRequested << Role::Editor << QList<S>{S::InReview};
        QTest::newRow("nominal: editor publishes what was approved")
            << S::Approved << Role::Editor << QList<S>{S::Published};
        QTest::newRow("nominal: reviewer may revoke an approval, not publish")
            << S::Approved << Role::Reviewer << QList<S>{S::ChangesRequested};
        QTest::newRow("nominal: editor archives what was published")
            << S::Published << Role::Editor << QList<S>{S::Archived};
    }

    void offeredMovesFollowTheRole()
    {
        QFETCH(WorkflowState, state);
        QFETCH(Role, role);
        QFETCH(QList<WorkflowState>, offered);

        QVERIFY(openArticleIn(state) > 0);
        actAs(role);
        QCOMPARE(m_workflow->offeredTargets(), offered);
        QCOMPARE(m_workflow->toolBar()->actions().size(), offered.size());
        QCOMPARE(menuTexts().size(), offered.size()); // the menu offers nothing else
        const QLabel *label = m_workflow->statusWidget()->findChildren<QLabel *>().last();
        QCOMPARE(label->text(), workflowStateDisplayName(state));
    }

    void reviewRoundTrip()
    {
        const qint64 id = openArticleIn(WorkflowState::Draft);
        QVERIFY(id > 0);

        // The editor types, then submits: the unsaved words go along, the note is asked for.
        m_area->bodyEditor()->setFocus();
        QTRY_VERIFY(m_area->bodyEditor()->hasFocus());
        QTest::keyClick(m_area->bodyEditor(), Qt::Key_End, Qt::ControlModifier);
        test::typeText(m_area->bodyEditor(), QStringLiteral("补记"));
        QString askedFor;
        m_workflow->setNoteProvider([&](const WorkflowTransition &transition) {
            askedFor = Workflow::actionName(transition);
            return std::optional<QString>(QStringLiteral("请审阅"));
        });
        m_workflow->actions().first()->trigger();
        QCOMPARE(askedFor, Workflow::actionName(*Workflow::find(WorkflowState::Draft, WorkflowState::InReview)));
        Article stored = m_newsroom->load(id);
        QCOMPARE(stored.status, WorkflowState::InReview);
        QCOMPARE(stored.bodyHtml, QStringLiteral("<p>稿件正文。补记</p>\n"));
        QVERIFY(!m_area->documentController()->isModified());

        // A cancelled note moves nothing.
        actAs(Role::Reviewer);
        m_workflow->setNoteProvider([](const WorkflowTransition &) { return std::optional<QString>(); });
        QVERIFY(!m_workflow->perform(WorkflowState::Approved));
        QCOMPARE(m_newsroom->load(id).status, WorkflowState::InReview);

        // The reviewer approves with a note, from the read-only editor.
        m_workflow->setNoteProvider([](const WorkflowTransition &) { return std::optional<QString>(QStringLiteral("可以发")); });
        QVERIFY(m_workflow->perform(WorkflowState::Approved));
        QCOMPARE(m_newsroom->load(id).status, WorkflowState::Approved);
        QCOMPARE(m_workflow->offeredTargets(), QList<WorkflowState>{WorkflowState::ChangesRequested});
        QCOMPARE(m_workflow->statusWidget()->findChildren<QLabel *>().last()->text(),
                 workflowStateDisplayName(WorkflowState::Approved));
        // A reviewer cannot publish, even when asked directly.
        QVERIFY(!m_workflow->perform(WorkflowState::Published));

        // The timeline, with who and the notes.
        const QList<WorkflowEvent> events = WorkflowRepository(m_newsroom->database).events(id);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).who, QStringLiteral("编辑"));
        QCOMPARE(events.at(1).who, QStringLiteral("审稿人"));
        QCOMPARE(events.at(1).note, QStringLiteral("可以发"));
        m_history->refresh();
        QCOMPARE(m_history->timeline()->topLevelItemCount(), 2);
        QCOMPARE(m_history->timeline()->topLevelItem(1)->text(3), QStringLiteral("可以发"));
        QVERIFY(RevisionRepository(m_newsroom->database).count(id) >= 2); // each move is a revision
    }
};

GALLEY_UI_TEST_MAIN(TestWorkflowActions)
#include "tst_workflowactions.moc"
