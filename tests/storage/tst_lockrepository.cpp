// Editing locks and presence (LockRepository) on a real team server (GALLEY_TEST_PG_URI; tools/
// test.sh starts one), under the logins of a test newsroom: taking, being held off, heartbeats,
// expiry of a crashed desk, take-over by a chief and of an idle holder, requests, two Galley of
// one person, who has an article open; and a newsroom file, which has no locks and says so
// without an error. Elapsed time is simulated by the server's admin moving the stored times back
// (with the lock rules' trigger off for that statement). Fails, never skips, without a server.

#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/lockrepository.h"

#include "teamlogins.h"
#include "testnewsroom.h"

#include <QTest>

using namespace galley;
using Take = LockRepository::TakeResult;
using Beat = LockRepository::HeartbeatResult;

class LockRepositoryTest : public QObject
{
    Q_OBJECT

private:
    /// A new article, written by the editor.
    qint64 newArticle()
    {
        Article article;
        article.title = QStringLiteral("锁稿 %1").arg(++m_count);
        article.bodyHtml = QStringLiteral("<p>正文。</p>\n");
        if (!ArticleRepository(*m_editor).create(article))
            return 0;
        return article.id;
    }

    /// Moves \a column of \a table's rows for \a articleId back by \a interval, as the admin
    /// (the rules' trigger would stamp the server's time): time passing.
    bool age(const char *table, const char *column, qint64 articleId, const char *interval)
    {
        QString error;
        const bool ok = m_team.runInNewsroom(
            QStringLiteral("SET session_replication_role = replica; UPDATE %1 SET %2 = now() - interval '%3' WHERE "
                           "article_id = %4")
                .arg(QLatin1String(table), QLatin1String(column), QLatin1String(interval))
                .arg(articleId),
            &error);
        if (!ok)
            qWarning() << error;
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_team.setUp(QStringLiteral("l")), qPrintable(m_team.errorString()));
        QVERIFY(m_team.openAs(QStringLiteral("editor"), m_editor));
        QVERIFY(m_team.openAs(QStringLiteral("editor2"), m_editor2));
        QVERIFY(m_team.openAs(QStringLiteral("reviewer"), m_reviewer));
        QVERIFY(m_team.openAs(QStringLiteral("chief"), m_chief));
    }

    void takingAndBeingHeldOff()
    {
        const qint64 id = newArticle();
        QVERIFY(id > 0);
        LockRepository zhao(*m_editor, QStringLiteral("zhao-1"));
        LockRepository wang(*m_editor2, QStringLiteral("wang-1"));
        QVERIFY(zhao.isSupported());

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
        const LockRepository::TakeOutcome taken = zhao.take(id, QStringLiteral("赵晓"));
        QCOMPARE(taken.result, Take::Taken);
        QCOMPARE(taken.lock.holder, QStringLiteral("赵晓"));
        QCOMPARE(taken.lock.session, QStringLiteral("zhao-1"));
        QCOMPARE(taken.lock.login, m_team.loginName(QStringLiteral("editor")));
        QVERIFY(taken.lock.since >= before && taken.lock.since <= QDateTime::currentDateTimeUtc().addSecs(5));
        QVERIFY(!taken.lock.expired && !taken.lock.idle && !taken.lock.isRequested());

        // Taking it again from the same session is a sign of life, not a conflict.
        QCOMPARE(zhao.take(id, QStringLiteral("赵晓")).result, Take::Taken);

        const LockRepository::TakeOutcome held = wang.take(id, QStringLiteral("王静"));
        QCOMPARE(held.result, Take::HeldBy);
        QCOMPARE(held.lock.holder, QStringLiteral("赵晓"));
        QCOMPARE(held.lock.session, QStringLiteral("zhao-1"));
        QCOMPARE(held.lock.since, taken.lock.since);
        QVERIFY(!held.lock.mayTakeOver); // another editor, and the holder is active
        QVERIFY(wang.errorString().isEmpty());

        // Another session's release does nothing to it; the holder's frees it.
        QVERIFY(wang.release(id));
        QCOMPARE(wang.take(id, QStringLiteral("王静")).result, Take::HeldBy);
        const QHash<qint64, EditingLock> holders = wang.holders({ id, id + 1000 });
        QCOMPARE(holders.size(), 1);
        QCOMPARE(holders.value(id).holder, QStringLiteral("赵晓"));
        QVERIFY(zhao.release(id));
        QVERIFY(!wang.lock(id));
        QVERIFY(wang.errorString().isEmpty());
        QCOMPARE(wang.take(id, QStringLiteral("王静")).result, Take::Taken);
        QVERIFY(wang.release(id));
    }

    void reviewersTakeNoLocks()
    {
        const qint64 id = newArticle();
        LockRepository reviewer(*m_reviewer, QStringLiteral("li-1"));
        const LockRepository::TakeOutcome outcome = reviewer.take(id, QStringLiteral("李明"));
        QCOMPARE(outcome.result, Take::Failed);
        QVERIFY2(reviewer.errorString().contains(QStringLiteral("only editors and chiefs")),
            qPrintable(reviewer.errorString()));
        QVERIFY(!reviewer.lock(id));
    }

    void twoGalleyOfOnePersonAreTwoHolders()
    {
        const qint64 id = newArticle();
        std::unique_ptr<Database> secondDesk;
        QVERIFY(m_team.openAs(QStringLiteral("editor"), secondDesk));
        LockRepository office(*m_editor, QStringLiteral("zhao-office"));
        LockRepository laptop(*secondDesk, QStringLiteral("zhao-laptop"));
        QCOMPARE(office.take(id, QStringLiteral("赵晓")).result, Take::Taken);

        const LockRepository::TakeOutcome held = laptop.take(id, QStringLiteral("赵晓"));
        QCOMPARE(held.result, Take::HeldBy);
        QCOMPARE(held.lock.session, QStringLiteral("zhao-office"));
        QVERIFY(held.lock.mayTakeOver); // it is the same login's

        // A request from the same person's other Galley is no sign of the holder's life.
        QVERIFY(age("article_locks", "heartbeat", id, "1 minute"));
        const QDateTime beat = office.lock(id)->heartbeat;
        QVERIFY(laptop.requestTakeOver(id, QStringLiteral("赵晓")));
        const std::optional<EditingLock> asked = office.lock(id);
        QVERIFY(asked && asked->isRequested());
        QCOMPARE(asked->heartbeat, beat);
        QCOMPARE(asked->requestedSession, QStringLiteral("zhao-laptop"));
        QVERIFY(asked->requesterMayTakeOver);

        const LockRepository::TakeOutcome moved = laptop.takeOver(id, QStringLiteral("赵晓"));
        QCOMPARE(moved.result, Take::Taken);
        QCOMPARE(moved.lock.session, QStringLiteral("zhao-laptop"));
        QVERIFY(!moved.lock.isRequested());
        QCOMPARE(office.heartbeat(id, false).result, Beat::Lost);
        QVERIFY(laptop.release(id));
    }

    void heartbeatsAndExpiry()
    {
        const qint64 id = newArticle();
        LockRepository zhao(*m_editor, QStringLiteral("zhao-2"));
        LockRepository wang(*m_editor2, QStringLiteral("wang-2"));
        QCOMPARE(zhao.take(id, QStringLiteral("赵晓")).result, Take::Taken);

        // A heartbeat after 90 s keeps it; the holder has not typed, so it grows idle.
        QVERIFY(age("article_locks", "heartbeat", id, "90 seconds"));
        QVERIFY(age("article_locks", "last_edit", id, "11 minutes"));
        const LockRepository::HeartbeatOutcome beat = zhao.heartbeat(id, false);
        QCOMPARE(beat.result, Beat::Held);
        QVERIFY(!beat.lock.expired);
        QVERIFY(beat.lock.idle);
        QVERIFY(beat.lock.heartbeat > QDateTime::currentDateTimeUtc().addSecs(-30));
        // Typing makes the holder active again.
        QVERIFY(!zhao.heartbeat(id, true).lock.idle);
        QCOMPARE(wang.take(id, QStringLiteral("王静")).result, Take::HeldBy);

        // A crashed desk sends no heartbeat: after two minutes the lock is free for anyone.
        QVERIFY(age("article_locks", "heartbeat", id, "121 seconds"));
        const std::optional<EditingLock> stale = wang.lock(id);
        QVERIFY(stale && stale->expired && stale->mayTakeOver);
        QVERIFY(wang.holders({ id }).isEmpty()); // the list shows nobody editing
        const LockRepository::TakeOutcome taken = wang.take(id, QStringLiteral("王静"));
        QCOMPARE(taken.result, Take::Taken);
        QCOMPARE(taken.lock.holder, QStringLiteral("王静"));
        QCOMPARE(taken.lock.login, m_team.loginName(QStringLiteral("editor2")));
        QVERIFY(!taken.lock.expired);
        // The desk that comes back learns it has lost the lock.
        QCOMPARE(zhao.heartbeat(id, true).result, Beat::Lost);
        QCOMPARE(zhao.take(id, QStringLiteral("赵晓")).result, Take::HeldBy);
        QVERIFY(wang.release(id));
    }

    void takeOverNeedsAChiefOrAnIdleHolder()
    {
        const qint64 id = newArticle();
        LockRepository zhao(*m_editor, QStringLiteral("zhao-3"));
        LockRepository wang(*m_editor2, QStringLiteral("wang-3"));
        LockRepository chief(*m_chief, QStringLiteral("chief-3"));
        QCOMPARE(zhao.take(id, QStringLiteral("赵晓")).result, Take::Taken);

        QCOMPARE(wang.takeOver(id, QStringLiteral("王静")).result, Take::Failed);
        QVERIFY2(wang.errorString().contains(QStringLiteral("only a chief")), qPrintable(wang.errorString()));
        QVERIFY(chief.lock(id)->mayTakeOver);

        // Idle for ten minutes: anyone may take it over.
        QVERIFY(age("article_locks", "last_edit", id, "601 seconds"));
        const std::optional<EditingLock> idle = wang.lock(id);
        QVERIFY(idle && idle->idle && !idle->expired && idle->mayTakeOver);
        QVERIFY(wang.holders({ id }).contains(id)); // still shown as editing
        QCOMPARE(wang.take(id, QStringLiteral("王静")).result, Take::HeldBy); // take() alone does not
        LockRepository::TakeOutcome moved = wang.takeOver(id, QStringLiteral("王静"));
        QCOMPARE(moved.result, Take::Taken);
        QCOMPARE(moved.lock.session, QStringLiteral("wang-3"));
        QVERIFY(!moved.lock.idle);
        QCOMPARE(zhao.heartbeat(id, false).result, Beat::Lost);

        // A chief takes over a live, active holder.
        moved = chief.takeOver(id, QStringLiteral("主编"));
        QCOMPARE(moved.result, Take::Taken);
        QCOMPARE(moved.lock.holder, QStringLiteral("主编"));
        QCOMPARE(moved.lock.login, m_team.loginName(QStringLiteral("chief")));
        QCOMPARE(wang.heartbeat(id, false).result, Beat::Lost);
        QVERIFY(chief.release(id));
    }

    void requests()
    {
        const qint64 id = newArticle();
        LockRepository zhao(*m_editor, QStringLiteral("zhao-4"));
        LockRepository wang(*m_editor2, QStringLiteral("wang-4"));
        LockRepository chief(*m_chief, QStringLiteral("chief-4"));
        QVERIFY(!wang.requestTakeOver(id, QStringLiteral("王静"))); // nobody holds it
        QCOMPARE(zhao.take(id, QStringLiteral("赵晓")).result, Take::Taken);

        // An editor may ask; the server signs the request with the login.
        QVERIFY2(wang.requestTakeOver(id, QStringLiteral("王静")), qPrintable(wang.errorString()));
        LockRepository::HeartbeatOutcome beat = zhao.heartbeat(id, false);
        QCOMPARE(beat.result, Beat::Held);
        QVERIFY(beat.lock.isRequested());
        QCOMPARE(beat.lock.requestedBy, QStringLiteral("王静"));
        QCOMPARE(beat.lock.requestedSession, QStringLiteral("wang-4"));
        QCOMPARE(beat.lock.requestedLogin, m_team.loginName(QStringLiteral("editor2")));
        QVERIFY(beat.lock.requestedAt.isValid());
        QVERIFY(!beat.lock.requesterMayTakeOver); // an editor, and the holder is active

        // The holder declines: the request is gone, the lock stays.
        QVERIFY(zhao.declineRequest(id));
        beat = zhao.heartbeat(id, false);
        QVERIFY(!beat.lock.isRequested());
        QVERIFY(beat.lock.requestedLogin.isEmpty());

        // A chief's request is one the holder's Galley honours by itself.
        QVERIFY(chief.requestTakeOver(id, QStringLiteral("主编")));
        beat = zhao.heartbeat(id, false);
        QCOMPARE(beat.lock.requestedBy, QStringLiteral("主编"));
        QVERIFY(beat.lock.requesterMayTakeOver);
        // So is an editor's once the holder is idle.
        QVERIFY(wang.requestTakeOver(id, QStringLiteral("王静")));
        QVERIFY(age("article_locks", "last_edit", id, "11 minutes"));
        QVERIFY(zhao.lock(id)->requesterMayTakeOver);

        // Releasing answers the request: the asker takes it.
        QVERIFY(zhao.release(id));
        const LockRepository::TakeOutcome taken = wang.take(id, QStringLiteral("王静"));
        QCOMPARE(taken.result, Take::Taken);
        QVERIFY(!taken.lock.isRequested());
        QVERIFY(wang.release(id));
    }

    void presence()
    {
        const qint64 first = newArticle();
        const qint64 second = newArticle();
        LockRepository zhao(*m_editor, QStringLiteral("zhao-5"));
        LockRepository li(*m_reviewer, QStringLiteral("li-5"));
        LockRepository chief(*m_chief, QStringLiteral("chief-5"));
        QVERIFY2(zhao.join(first, QStringLiteral("赵晓")), qPrintable(zhao.errorString()));
        QVERIFY2(li.join(first, QStringLiteral("李明")), qPrintable(li.errorString())); // reviewers are seen too
        QVERIFY(li.join(second, QStringLiteral("李明")));
        QVERIFY(li.join(second, QStringLiteral("李明"))); // twice is once

        const QList<Viewer> viewers = chief.viewers(first);
        QCOMPARE(viewers.size(), 2);
        QCOMPARE(viewers.at(0).name, QStringLiteral("李明"));
        QCOMPARE(viewers.at(0).login, m_team.loginName(QStringLiteral("reviewer")));
        QCOMPARE(viewers.at(1).name, QStringLiteral("赵晓"));
        QCOMPARE(viewers.at(1).session, QStringLiteral("zhao-5"));
        const QHash<qint64, QList<Viewer>> both = chief.presence({ first, second });
        QCOMPARE(both.value(first).size(), 2);
        QCOMPARE(both.value(second).size(), 1);

        // Nobody removes another's presence; one's own goes on leaving.
        QVERIFY(zhao.leave(second)); // not zhao's: nothing happens
        QCOMPARE(chief.viewers(second).size(), 1);
        QVERIFY(li.leave(second));
        QVERIFY(chief.viewers(second).isEmpty());

        // A desk that stopped beating drops out of the list after two minutes; its heartbeat
        // keeps a desk in it.
        QVERIFY(age("presence", "heartbeat", first, "3 minutes"));
        QVERIFY(chief.viewers(first).isEmpty());
        QVERIFY(zhao.heartbeatPresence());
        QCOMPARE(chief.viewers(first).size(), 1);
        QCOMPARE(chief.viewers(first).at(0).name, QStringLiteral("赵晓"));
    }

    void sweepingRemovesOnlyExpiredRows()
    {
        const qint64 live = newArticle();
        const qint64 crashed = newArticle();
        LockRepository zhao(*m_editor, QStringLiteral("zhao-6"));
        LockRepository li(*m_reviewer, QStringLiteral("li-6"));
        QCOMPARE(zhao.take(live, QStringLiteral("赵晓")).result, Take::Taken);
        QCOMPARE(zhao.take(crashed, QStringLiteral("赵晓")).result, Take::Taken);
        QVERIFY(zhao.join(live, QStringLiteral("赵晓")));
        QVERIFY(zhao.join(crashed, QStringLiteral("赵晓")));
        QVERIFY(age("article_locks", "heartbeat", crashed, "5 minutes"));
        QVERIFY(age("presence", "heartbeat", crashed, "5 minutes"));

        QVERIFY2(li.sweep(), qPrintable(li.errorString())); // anyone, a reviewer too
        QVERIFY(!li.lock(crashed));
        QVERIFY(li.lock(live));
        QVERIFY(li.viewers(crashed).isEmpty());
        QCOMPARE(li.viewers(live).size(), 1);
        QVERIFY(zhao.release(live));
        QVERIFY(zhao.leave(live));
    }

    void aNewsroomFileHasNoLocks()
    {
        galley::test::TestNewsrooms newsrooms;
        Database file;
        QCOMPARE(file.open(newsrooms.create(Engine::SQLite)), Database::Status::Ok);
        Article article;
        article.title = QStringLiteral("本机");
        QVERIFY(ArticleRepository(file).create(article));
        LockRepository locks(file);
        QVERIFY(!locks.isSupported());
        QCOMPARE(locks.session(), Database::sessionId());
        QCOMPARE(locks.take(article.id, QStringLiteral("赵晓")).result, Take::Taken);
        QCOMPARE(locks.heartbeat(article.id, true).result, Beat::Held);
        QVERIFY(!locks.lock(article.id));
        QVERIFY(locks.holders({ article.id }).isEmpty());
        QVERIFY(locks.join(article.id, QStringLiteral("赵晓")));
        QVERIFY(locks.viewers(article.id).isEmpty());
        QVERIFY(!locks.requestTakeOver(article.id, QStringLiteral("王静")));
        QVERIFY(locks.release(article.id) && locks.leave(article.id) && locks.sweep());
        QVERIFY(locks.errorString().isEmpty());
    }

    void cleanupTestCase()
    {
        m_editor.reset();
        m_editor2.reset();
        m_reviewer.reset();
        m_chief.reset();
        m_team.tearDown();
    }

private:
    galley::test::TeamLogins m_team;
    std::unique_ptr<Database> m_editor;
    std::unique_ptr<Database> m_editor2;
    std::unique_ptr<Database> m_reviewer;
    std::unique_ptr<Database> m_chief;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(LockRepositoryTest)
#include "tst_lockrepository.moc"
