// Editing locks and presence as people see them: desks on one team newsroom (a real PostgreSQL
// server, GALLEY_TEST_PG_URI), each an EditorArea on its own connection under its own login,
// with its own Galley session and its own NewsroomWatcher, in one test process. The second to
// open an article sees who edits it and cannot type; a chief's take-over keeps the holder's
// unsaved text in the history and turns the holder read-only, saying who took it; a holder gone
// silent is taken over after the hand-over time-out, an idle one by anyone, an expired one by
// itself; a colleague may ask, and the holder hands over or keeps editing; two Galley of one
// person are two holders; a reviewer never locks. Fails, never skips, without a server.

#include "editortestsupport.h"

#include "editor/lockcontroller.h"
#include "editor/locknotice.h"
#include "editor/richtextedit.h"
#include "noticebar.h"
#include "storage/lockrepository.h"
#include "storage/newsroomwatcher.h"
#include "storage/revisionrepository.h"

#include "teamlogins.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>

using namespace galley;
using namespace galley::test;
using State = LockController::State;

namespace {

/// One Galley: a login's connection, an editor, and what it hears of the newsroom.
struct Desk {
    std::unique_ptr<Database> database;
    std::unique_ptr<EditorArea> area;
    NewsroomWatcher watcher;

    [[nodiscard]] LockController *lock() const { return area->lockController(); }
    [[nodiscard]] DocumentController *document() const { return area->documentController(); }
    [[nodiscard]] QString barText() const { return area->lockBar()->isVisible() ? area->lockBar()->text() : QString(); }
    [[nodiscard]] QPushButton *button(const char *name) const
    {
        auto *button = area->lockBar()->findChild<QPushButton *>(QLatin1String(name) + QLatin1String("Button"));
        return button && button->isVisible() ? button : nullptr;
    }
    [[nodiscard]] QString viewers() const
    {
        auto *label = area->findChild<QLabel *>(QStringLiteral("viewersLabel"));
        return label && label->isVisible() ? label->text() : QString();
    }
    [[nodiscard]] bool canType() const { return !area->bodyEditor()->isReadOnly(); }
};

void typeAtEnd(const Desk &desk, const QString &text)
{
    QApplication::setActiveWindow(desk.area.get());
    desk.area->bodyEditor()->setFocus();
    QTest::keyClick(desk.area->bodyEditor(), Qt::Key_End, Qt::ControlModifier);
    typeText(desk.area->bodyEditor(), text);
}

} // namespace

class TestEditingLocks : public QObject
{
    Q_OBJECT

private:
    galley::test::TeamLogins m_team;
    int m_sessions = 0;

    /// A desk logged in as \a login, whose user is \a name.
    std::unique_ptr<Desk> openDesk(const QString &login, const QString &name, bool reviewer = false)
    {
        auto desk = std::make_unique<Desk>();
        if (!m_team.openAs(login, desk->database))
            return nullptr;
        desk->area = std::make_unique<EditorArea>(*desk->database);
        desk->area->setViewMode(EditorArea::ViewMode::EditorOnly);
        desk->area->setUserName(name);
        desk->area->setReadOnly(reviewer);
        desk->lock()->setSession(QStringLiteral("%1-desk-%2").arg(login).arg(++m_sessions));
        desk->lock()->setHandOverTimeout(3000);
        desk->document()->setAutosaveDelay(3600 * 1000); // what is typed stays unsaved
        desk->document()->setMaxSaveDelay(3600 * 1000);
        desk->document()->setConflictResolver(
            [](const DocumentController::Conflict &) { return DocumentController::ConflictChoice::Cancel; });
        desk->document()->setRecoveryHandler([](const Article &, const JournalEntry &) { return false; });
        if (!desk->watcher.start(*desk->database)) {
            qWarning() << desk->watcher.errorString();
            return nullptr;
        }
        QObject::connect(&desk->watcher, &NewsroomWatcher::changed, desk->lock(), &LockController::onNewsroomEvent);
        desk->area->resize(1000, 700);
        desk->area->show();
        if (!QTest::qWaitForWindowExposed(desk->area.get()))
            return nullptr;
        return desk;
    }

    qint64 newArticle(const QString &title)
    {
        std::unique_ptr<Database> editor;
        if (!m_team.openAs(QStringLiteral("editor"), editor))
            return 0;
        Article article;
        article.title = title;
        article.bodyHtml = QStringLiteral("<p>第一段。</p>\n<p>第二段。</p>\n");
        article.byline = QStringLiteral("赵晓");
        return ArticleRepository(*editor).create(article) ? article.id : 0;
    }

    /// The revisions of \a id whose note is \a note.
    QList<Revision> revisionsNoted(qint64 id, const QString &note)
    {
        std::unique_ptr<Database> chief;
        if (!m_team.openAs(QStringLiteral("chief"), chief))
            return {};
        RevisionRepository revisions(*chief);
        QList<Revision> found;
        for (const Revision &revision : revisions.list(id)) {
            if (revision.note == note)
                found.append(revisions.load(id, revision.number).value_or(revision));
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir(RecoveryJournal::defaultDirectory()).removeRecursively();
        qRegisterMetaType<NewsroomEvent>();
        QVERIFY2(m_team.setUp(QStringLiteral("el")), qPrintable(m_team.errorString()));
    }

    void cleanupTestCase()
    {
        m_team.tearDown();
        QDir(RecoveryJournal::defaultDirectory()).removeRecursively();
    }

    void theSecondToOpenReadsWhoEditsAndCannotType()
    {
        const qint64 id = newArticle(QStringLiteral("锁的横幅"));
        auto zhao = openDesk(QStringLiteral("editor"), QStringLiteral("赵晓"));
        auto chen = openDesk(QStringLiteral("editor2"), QStringLiteral("陈曲"));
        QVERIFY(zhao && chen);

        QVERIFY(zhao->area->openArticle(id));
        QCOMPARE(zhao->lock()->state(), State::Editing);
        QVERIFY(zhao->canType());
        QVERIFY(zhao->barText().isEmpty());

        QVERIFY(chen->area->openArticle(id));
        QCOMPARE(chen->lock()->state(), State::HeldBy);
        const QString since = LockNotice::timeText(chen->lock()->lock()->since);
        QVERIFY2(chen->barText().startsWith(QStringLiteral("赵晓 is editing since %1.").arg(since)),
            qPrintable(chen->barText()));
        QVERIFY(!chen->canType());
        const QString before = bodyHtml(*chen->area);
        typeAtEnd(*chen, QStringLiteral("不该出现"));
        QCOMPARE(bodyHtml(*chen->area), before);
        QVERIFY(!chen->document()->isModified());
        QTRY_VERIFY_WITH_TIMEOUT(chen->button("ask"), 1000); // another editor, the holder active: may only ask
        QVERIFY(!chen->button("takeOver"));

        // The holder sees who else has it open.
        QTRY_COMPARE_WITH_TIMEOUT(zhao->viewers(), QStringLiteral("Also open: 陈曲"), 2000);

        // Let go (switching away): the colleague's editor takes the lock and becomes editable.
        QVERIFY(zhao->area->closeArticle());
        QTRY_COMPARE_WITH_TIMEOUT(chen->lock()->state(), State::Editing, 2000);
        QVERIFY(chen->canType());
        QVERIFY(chen->barText().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(chen->viewers().isEmpty(), 2000);
    }

    void aChiefTakesOverAndTheHoldersTextIsKept()
    {
        const qint64 id = newArticle(QStringLiteral("接管"));
        auto zhao = openDesk(QStringLiteral("editor"), QStringLiteral("赵晓"));
        auto wang = openDesk(QStringLiteral("chief"), QStringLiteral("王静"));
        QVERIFY(zhao && wang);
        QVERIFY(zhao->area->openArticle(id));
        typeAtEnd(*zhao, QStringLiteral("赵晓还没保存的一句。"));
        QVERIFY(zhao->document()->isModified());

        QVERIFY(wang->area->openArticle(id));
        QCOMPARE(wang->lock()->state(), State::HeldBy);
        QVERIFY(wang->lock()->mayTakeOver());
        QTRY_VERIFY_WITH_TIMEOUT(wang->button("takeOver"), 1000);
        QPushButton *takeOver = wang->button("takeOver");
        QCOMPARE(takeOver->accessibleName(), QStringLiteral("Take Over"));
        QTest::mouseClick(takeOver, Qt::LeftButton);

        // The holder's Galley keeps the text and lets go; the chief edits it, with that text.
        QTRY_COMPARE_WITH_TIMEOUT(wang->lock()->state(), State::Editing, 2000);
        QVERIFY(wang->canType());
        QVERIFY2(
            bodyHtml(*wang->area).contains(QStringLiteral("赵晓还没保存的一句。")), qPrintable(bodyHtml(*wang->area)));
        const QList<Revision> kept = revisionsNoted(id, QStringLiteral("Kept when 王静 took over"));
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.at(0).author, QStringLiteral("赵晓"));
        QVERIFY(kept.at(0).bodyHtml.contains(QStringLiteral("赵晓还没保存的一句。")));

        // The previous holder reads, and is told who took it.
        QTRY_COMPARE_WITH_TIMEOUT(zhao->lock()->state(), State::HeldBy, 2000);
        QCOMPARE(zhao->lock()->takenOverBy(), QStringLiteral("王静"));
        QVERIFY2(
            zhao->barText().startsWith(QStringLiteral("王静 took over this article at")), qPrintable(zhao->barText()));
        QVERIFY(zhao->barText().contains(QStringLiteral("Your unsaved text was kept in its history.")));
        QVERIFY(!zhao->canType());
        QVERIFY(!zhao->document()->isModified()); // nothing left unsaved there
        QVERIFY(bodyHtml(*zhao->area).contains(QStringLiteral("赵晓还没保存的一句。")));
    }

    void aSilentHolderIsTakenOverAfterTheTimeOut()
    {
        const qint64 id = newArticle(QStringLiteral("无人应答"));
        // A Galley that holds the lock and no longer answers (hung, or its network is gone).
        std::unique_ptr<Database> frozen;
        QVERIFY(m_team.openAs(QStringLiteral("editor"), frozen));
        LockRepository frozenLocks(*frozen, QStringLiteral("frozen-desk"));
        QCOMPARE(frozenLocks.take(id, QStringLiteral("赵晓")).result, LockRepository::TakeResult::Taken);
        QVERIFY(frozenLocks.join(id, QStringLiteral("赵晓")));

        auto wang = openDesk(QStringLiteral("chief"), QStringLiteral("王静"));
        QVERIFY(wang);
        wang->lock()->setHandOverTimeout(300);
        QVERIFY(wang->area->openArticle(id));
        QCOMPARE(wang->lock()->state(), State::HeldBy);
        QTRY_VERIFY_WITH_TIMEOUT(wang->button("takeOver"), 1000);
        QTest::mouseClick(wang->button("takeOver"), Qt::LeftButton);
        QCOMPARE(wang->lock()->state(), State::Asking);
        QVERIFY2(wang->barText().contains(QStringLiteral("Asking 赵晓")), qPrintable(wang->barText()));
        QTRY_COMPARE_WITH_TIMEOUT(wang->lock()->state(), State::Editing, 2000);
        QCOMPARE(frozenLocks.heartbeat(id, false).result, LockRepository::HeartbeatResult::Lost);
    }

    void anIdleHolderIsTakenOverByAnyEditor()
    {
        const qint64 id = newArticle(QStringLiteral("闲置"));
        auto zhao = openDesk(QStringLiteral("editor"), QStringLiteral("赵晓"));
        auto chen = openDesk(QStringLiteral("editor2"), QStringLiteral("陈曲"));
        QVERIFY(zhao && chen);
        QVERIFY(zhao->area->openArticle(id));
        typeAtEnd(*zhao, QStringLiteral("十分钟前写的。"));
        QVERIFY(chen->area->openArticle(id));
        QVERIFY(!chen->lock()->mayTakeOver());

        // Ten minutes without typing pass; the colleague's next beat sees it.
        QVERIFY(m_team.runInNewsroom(QStringLiteral("SET session_replication_role = replica; UPDATE article_locks SET "
                                                    "last_edit = now() - interval '11 minutes' WHERE article_id = %1")
                                         .arg(id)));
        chen->lock()->refresh();
        QVERIFY(chen->lock()->mayTakeOver());
        QVERIFY2(chen->barText().contains(QStringLiteral("Nothing typed since")), qPrintable(chen->barText()));
        QTRY_VERIFY_WITH_TIMEOUT(chen->button("takeOver"), 1000);
        QTest::mouseClick(chen->button("takeOver"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(chen->lock()->state(), State::Editing, 2000);
        QVERIFY(bodyHtml(*chen->area).contains(QStringLiteral("十分钟前写的。")));
        QCOMPARE(revisionsNoted(id, QStringLiteral("Kept when 陈曲 took over")).size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(zhao->lock()->takenOverBy(), QStringLiteral("陈曲"), 2000);
    }

    void aColleagueAsksAndTheHolderDecides()
    {
        const qint64 id = newArticle(QStringLiteral("请求"));
        auto zhao = openDesk(QStringLiteral("editor"), QStringLiteral("赵晓"));
        auto chen = openDesk(QStringLiteral("editor2"), QStringLiteral("陈曲"));
        QVERIFY(zhao && chen);
        QVERIFY(zhao->area->openArticle(id));
        QVERIFY(chen->area->openArticle(id));

        QTRY_VERIFY_WITH_TIMEOUT(chen->button("ask"), 1000);
        QTest::mouseClick(chen->button("ask"), Qt::LeftButton);
        QCOMPARE(chen->lock()->state(), State::Asking);
        QTRY_COMPARE_WITH_TIMEOUT(zhao->lock()->askedBy(), QStringLiteral("陈曲"), 2000);
        QVERIFY2(
            zhao->barText().startsWith(QStringLiteral("陈曲 asks to edit this article.")), qPrintable(zhao->barText()));
        QVERIFY(zhao->canType()); // still the holder's until they answer

        // Keep editing: the colleague is told and reads on.
        QTRY_VERIFY_WITH_TIMEOUT(zhao->button("keepEditing"), 1000);
        QTest::mouseClick(zhao->button("keepEditing"), Qt::LeftButton);
        QVERIFY(zhao->barText().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(chen->lock()->state(), State::HeldBy, 2000);

        // Asked again, the holder hands over.
        typeAtEnd(*zhao, QStringLiteral("交接前的一句。"));
        QTRY_VERIFY_WITH_TIMEOUT(chen->button("ask"), 1000);
        QTest::mouseClick(chen->button("ask"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(zhao->button("handOver"), 2000);
        QTest::mouseClick(zhao->button("handOver"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(chen->lock()->state(), State::Editing, 2000);
        QVERIFY(bodyHtml(*chen->area).contains(QStringLiteral("交接前的一句。")));
        QTRY_COMPARE_WITH_TIMEOUT(zhao->lock()->state(), State::HeldBy, 2000);
        QVERIFY(!zhao->canType());
        QCOMPARE(zhao->lock()->takenOverBy(), QStringLiteral("陈曲"));
        QVERIFY2(
            zhao->barText().startsWith(QStringLiteral("陈曲 took over this article at")), qPrintable(zhao->barText()));
        QCOMPARE(revisionsNoted(id, QStringLiteral("Kept when 陈曲 took over")).size(), 1);
    }

    void anExpiredLockIsTakenByTheNextBeat()
    {
        const qint64 id = newArticle(QStringLiteral("过期"));
        std::unique_ptr<Database> crashed;
        QVERIFY(m_team.openAs(QStringLiteral("editor"), crashed));
        LockRepository crashedLocks(*crashed, QStringLiteral("crashed-desk"));
        QCOMPARE(crashedLocks.take(id, QStringLiteral("赵晓")).result, LockRepository::TakeResult::Taken);

        auto chen = openDesk(QStringLiteral("editor2"), QStringLiteral("陈曲"));
        QVERIFY(chen);
        chen->lock()->setHeartbeatInterval(100);
        QVERIFY(chen->area->openArticle(id));
        QCOMPARE(chen->lock()->state(), State::HeldBy);
        QTest::qWait(300);
        QCOMPARE(chen->lock()->state(), State::HeldBy); // a live holder stays

        // The crashed desk sends no heartbeat for two minutes.
        QVERIFY(m_team.runInNewsroom(QStringLiteral("SET session_replication_role = replica; UPDATE article_locks SET "
                                                    "heartbeat = now() - interval '121 seconds' WHERE article_id = %1")
                                         .arg(id)));
        QTRY_COMPARE_WITH_TIMEOUT(chen->lock()->state(), State::Editing, 2000);
        QVERIFY(chen->canType());
    }

    void twoGalleyOfOnePersonAreTwoHolders()
    {
        const qint64 id = newArticle(QStringLiteral("两台电脑"));
        auto office = openDesk(QStringLiteral("editor"), QStringLiteral("赵晓"));
        auto laptop = openDesk(QStringLiteral("editor"), QStringLiteral("赵晓"));
        QVERIFY(office && laptop);
        QVERIFY(office->area->openArticle(id));
        QVERIFY(laptop->area->openArticle(id));
        QCOMPARE(laptop->lock()->state(), State::HeldBy);
        QVERIFY(laptop->lock()->heldByMyOtherSession());
        QVERIFY2(laptop->barText().startsWith(QStringLiteral("You are editing this article in another Galley window")),
            qPrintable(laptop->barText()));
        QVERIFY(!laptop->canType());
        QTRY_VERIFY_WITH_TIMEOUT(laptop->button("takeOver"), 1000);
        QTest::mouseClick(laptop->button("takeOver"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(laptop->lock()->state(), State::Editing, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(office->lock()->state(), State::HeldBy, 2000);
        QVERIFY(!office->canType());
    }

    void aReviewerNeverLocks()
    {
        const qint64 id = newArticle(QStringLiteral("审核"));
        auto li = openDesk(QStringLiteral("reviewer"), QStringLiteral("李明"), true);
        auto zhao = openDesk(QStringLiteral("editor"), QStringLiteral("赵晓"));
        QVERIFY(li && zhao);
        QVERIFY(li->area->openArticle(id));
        QCOMPARE(li->lock()->state(), State::Off);
        QVERIFY(!li->lock()->lock());
        QVERIFY(zhao->area->openArticle(id));
        QCOMPARE(zhao->lock()->state(), State::Editing); // the reviewer's reading holds nobody back
        QTRY_COMPARE_WITH_TIMEOUT(li->lock()->state(), State::HeldBy, 2000);
        QVERIFY2(li->barText()
                == QStringLiteral("赵晓 is editing since %1.").arg(LockNotice::timeText(li->lock()->lock()->since)),
            qPrintable(li->barText()));
        QVERIFY(!li->button("takeOver") && !li->button("ask"));
        QTRY_COMPARE_WITH_TIMEOUT(zhao->viewers(), QStringLiteral("Also open: 李明"), 2000);
    }
};

GALLEY_UI_TEST_MAIN(TestEditingLocks)
#include "tst_editinglocks.moc"
