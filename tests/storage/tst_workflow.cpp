// The editorial workflow: who may move an article where, and what a move leaves behind.
#include "model/workflow.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/revisionrepository.h"
#include "storage/workflowrepository.h"

#include <QTemporaryDir>
#include <QTest>

#include "testnewsroom.h"

using namespace galley;
using S = WorkflowState;
using Result = WorkflowRepository::Result;

Q_DECLARE_METATYPE(galley::WorkflowState)
Q_DECLARE_METATYPE(galley::Role)

class WorkflowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_newsrooms = std::make_unique<galley::test::TestNewsrooms>();
        const QString location = m_newsrooms->create();
        QVERIFY2(!location.isEmpty(), qPrintable(m_newsrooms->errorString()));
        m_database = std::make_unique<Database>();
        QCOMPARE(m_database->open(location), Database::Status::Ok);
        m_article = Article {};
        m_article.title = QStringLiteral("Library to close");
        m_article.bodyHtml = QStringLiteral("<p>The council voted to close the library.</p>\n");
        ArticleRepository articles(*m_database);
        QVERIFY2(articles.create(m_article), qPrintable(articles.errorString()));
    }

    void cleanup()
    {
        m_database.reset();
        m_newsrooms.reset();
    }

    void rulesMatchTheNewsroomTable()
    {
        // Every (from, to, role) not listed here must be refused.
        const QList<WorkflowTransition> expected {
            { S::Draft, S::InReview, Role::Editor },
            { S::Draft, S::Archived, Role::Editor },
            { S::InReview, S::Approved, Role::Reviewer },
            { S::InReview, S::ChangesRequested, Role::Reviewer },
            { S::InReview, S::Draft, Role::Editor },
            { S::ChangesRequested, S::InReview, Role::Editor },
            { S::Approved, S::Published, Role::Editor },
            { S::Approved, S::ChangesRequested, Role::Reviewer },
            { S::Published, S::Archived, Role::Editor },
            { S::Archived, S::Draft, Role::Editor },
        };
        for (S from : allWorkflowStates()) {
            for (S to : allWorkflowStates()) {
                for (Role role : { Role::Editor, Role::Reviewer }) {
                    const bool allowed = expected.contains(WorkflowTransition { from, to, role });
                    QCOMPARE(Workflow::isAllowed(from, to, role), allowed);
                    QCOMPARE(Workflow::refusal(from, to, role).isEmpty(), allowed);
                }
            }
        }
        QCOMPARE(Workflow::available(S::InReview, Role::Reviewer).size(), 2);
        QCOMPARE(Workflow::available(S::InReview, Role::Editor).size(), 1);
        QCOMPARE(Workflow::available(S::Published, Role::Reviewer).size(), 0);
        QCOMPARE(Workflow::actionName({ S::ChangesRequested, S::InReview, Role::Editor }), QStringLiteral("Resubmit"));
        QCOMPARE(roleFromKey(u"Reviewer"), Role::Reviewer);
        QVERIFY(!roleFromKey(u"boss"));
    }

    void transitionLeavesEventAndRevision()
    {
        WorkflowRepository workflow(*m_database);
        const qint64 version = m_article.version;
        int revision = 0;
        QCOMPARE(workflow.transition(m_article, S::InReview, Role::Editor, QStringLiteral("Ed Editor"),
                     QStringLiteral("ready for the desk"), &revision),
            Result::Done);
        QCOMPARE(m_article.status, S::InReview);
        QCOMPARE(m_article.version, version + 1);
        QCOMPARE(ArticleRepository(*m_database).load(m_article.id)->status, S::InReview);

        const QList<WorkflowEvent> events = workflow.events(m_article.id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().from, S::Draft);
        QCOMPARE(events.first().to, S::InReview);
        QCOMPARE(events.first().who, QStringLiteral("Ed Editor"));
        QCOMPARE(events.first().note, QStringLiteral("ready for the desk"));
        QVERIFY(std::abs(events.first().at.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        const Revision recorded = *RevisionRepository(*m_database).load(m_article.id, revision);
        QVERIFY(recorded.named);
        QCOMPARE(recorded.status, S::InReview);
        QCOMPARE(recorded.author, QStringLiteral("Ed Editor"));
        QCOMPARE(recorded.note, QStringLiteral("Submit for review: ready for the desk"));
    }

    void refusedTransitionsWriteNothing_data()
    {
        QTest::addColumn<S>("to");
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("stale");
        QTest::addColumn<int>("result");
        QTest::newRow("robustness: a reviewer cannot submit a draft")
            << S::InReview << Role::Reviewer << false << int(Result::NotAllowed);
        QTest::newRow("robustness: a draft cannot be published")
            << S::Published << Role::Editor << false << int(Result::NotAllowed);
        QTest::newRow("robustness: nothing moves to where it already is")
            << S::Draft << Role::Editor << false << int(Result::NotAllowed);
        QTest::newRow("robustness: a stale copy is refused")
            << S::InReview << Role::Editor << true << int(Result::Conflict);
    }

    void refusedTransitionsWriteNothing()
    {
        QFETCH(S, to);
        QFETCH(Role, role);
        QFETCH(bool, stale);
        QFETCH(int, result);
        Article copy = m_article;
        if (stale) {
            Article other = m_article;
            other.title = QStringLiteral("Changed elsewhere");
            QCOMPARE(ArticleRepository(*m_database).save(other), ArticleRepository::SaveResult::Saved);
        }
        WorkflowRepository workflow(*m_database);
        QCOMPARE(int(workflow.transition(copy, to, role, QStringLiteral("Someone"))), result);
        QVERIFY(!workflow.errorString().isEmpty());
        QCOMPARE(ArticleRepository(*m_database).load(m_article.id)->status, S::Draft);
        QVERIFY(workflow.events(m_article.id).isEmpty());
        QCOMPARE(RevisionRepository(*m_database).count(m_article.id), 0);
    }

    void aFullRoundThroughTheDesk()
    {
        WorkflowRepository workflow(*m_database);
        const QList<std::tuple<S, Role, QString>> steps {
            { S::InReview, Role::Editor, QStringLiteral("Ed") },
            { S::ChangesRequested, Role::Reviewer, QStringLiteral("Rita") },
            { S::InReview, Role::Editor, QStringLiteral("Ed") },
            { S::Approved, Role::Reviewer, QStringLiteral("Rita") },
            { S::Published, Role::Editor, QStringLiteral("Ed") },
            { S::Archived, Role::Editor, QStringLiteral("Ed") },
            { S::Draft, Role::Editor, QStringLiteral("Ed") },
        };
        for (const auto &[to, role, who] : steps)
            QCOMPARE(workflow.transition(m_article, to, role, who), Result::Done);
        const QList<WorkflowEvent> events = workflow.events(m_article.id);
        QCOMPARE(events.size(), steps.size());
        QCOMPARE(events.at(1).who, QStringLiteral("Rita"));
        QCOMPARE(events.at(4).to, S::Published);
        QCOMPARE(RevisionRepository(*m_database).count(m_article.id), int(steps.size()));
    }

    void anEditorsUnsavedEditsGoWithTheTransition()
    {
        m_article.bodyHtml = QStringLiteral("<p>The council voted 5-4 to close the library.</p>\n");
        QCOMPARE(WorkflowRepository(*m_database).transition(m_article, S::InReview, Role::Editor, QStringLiteral("Ed")),
            Result::Done);
        const Article stored = *ArticleRepository(*m_database).load(m_article.id);
        QCOMPARE(stored.bodyText, QStringLiteral("The council voted 5-4 to close the library."));
        QCOMPARE(RevisionRepository(*m_database).latest(m_article.id)->bodyHtml, m_article.bodyHtml);
    }

private:
    std::unique_ptr<galley::test::TestNewsrooms> m_newsrooms;
    std::unique_ptr<Database> m_database;
    Article m_article;
};

QTEST_GUILESS_MAIN(WorkflowTest)
#include "tst_workflow.moc"
