// What one Galley hears of what others change (NewsroomWatcher): on a real PostgreSQL server
// (GALLEY_TEST_PG_URI; tools/test.sh starts one), the server's own announcements for every
// kind of change, from Galley and from raw SQL, nothing for a rolled-back transaction, a lost
// listening connection that comes back by itself; the rules the server keeps for editing locks
// and presence, tried with raw SQL under each login; on a newsroom file, another connection's
// commits. Fails, never skips, without a server.

#include "document/anchoring.h"
#include "model/workflow.h"
#include "storage/annotationrepository.h"
#include "storage/articlerepository.h"
#include "storage/copydeskrepository.h"
#include "storage/database.h"
#include "storage/newsroomactions.h"
#include "storage/newsroomcopy.h"
#include "storage/newsroomwatcher.h"
#include "storage/revisionrepository.h"
#include "storage/workflowrepository.h"

#include "teamlogins.h"
#include "testnewsroom.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace galley;

Q_DECLARE_METATYPE(galley::NewsroomEvent)

namespace {

Article draft(const QString &title)
{
    Article article;
    article.title = title;
    article.bodyHtml = QStringLiteral("<p>这是正文，有一些内容。</p>\n");
    article.byline = QStringLiteral("赵晓");
    return article;
}

/// The events \a spy has seen so far.
QList<NewsroomEvent> eventsOf(const QSignalSpy &spy)
{
    QList<NewsroomEvent> events;
    for (const QList<QVariant> &arguments : spy)
        events.append(arguments.at(0).value<NewsroomEvent>());
    return events;
}

/// Waits (up to a second, the issue's promise) until \a spy has an event on \a table that
/// \a match accepts.
template<typename Match>
std::optional<NewsroomEvent> waitFor(QSignalSpy &spy, const QString &table, Match match, int timeout = 1000)
{
    QElapsedTimer timer;
    timer.start();
    do {
        for (const NewsroomEvent &event : eventsOf(spy)) {
            if (event.table == table && match(event))
                return event;
        }
        QTest::qWait(10);
    } while (timer.elapsed() < timeout);
    for (const NewsroomEvent &event : eventsOf(spy))
        qInfo().noquote() << "heard:" << QString::fromUtf8(event.payload);
    return std::nullopt;
}

bool exec(Database &database, const QString &sql, QString *error = nullptr)
{
    QSqlQuery query(database.connection());
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().databaseText();
    return false;
}

} // namespace

class NewsroomWatcherTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<NewsroomEvent>();
        QVERIFY2(m_team.setUp(QStringLiteral("w")), qPrintable(m_team.errorString()));
        QVERIFY(m_team.openAs(QStringLiteral("editor"), m_editor));
        QVERIFY(m_team.openAs(QStringLiteral("reviewer"), m_reviewer));
        QVERIFY(m_team.openAs(QStringLiteral("chief"), m_chief));
    }

    void everyKindOfChangeIsHeard()
    {
        NewsroomWatcher watcher;
        QVERIFY2(watcher.start(*m_reviewer), qPrintable(watcher.errorString()));
        QSignalSpy spy(&watcher, &NewsroomWatcher::changed);

        Article article = draft(QStringLiteral("春耕"));
        ArticleRepository articles(*m_editor);
        QVERIFY(articles.create(article));
        const auto created = waitFor(spy, QStringLiteral("articles"), [&](const NewsroomEvent &e) {
            return e.articleId == article.id && e.op == QLatin1String("insert");
        });
        QVERIFY(created);
        QCOMPARE(created->version, 1);
        QCOMPARE(created->state, QStringLiteral("draft"));
        QCOMPARE(created->user, m_team.loginName(QStringLiteral("editor")));
        QVERIFY(created->isOwn()); // written by this process's session
        QVERIFY(!created->payload.contains("春耕")); // announcements never carry text

        article.title = QStringLiteral("春耕忙");
        QCOMPARE(articles.save(article), ArticleRepository::SaveResult::Saved);
        QVERIFY(waitFor(spy, QStringLiteral("articles"), [&](const NewsroomEvent &e) {
            return e.articleId == article.id && e.op == QLatin1String("update") && e.version == article.version;
        }));

        Annotation note;
        note.articleId = article.id;
        note.author = QStringLiteral("李明");
        note.body = QStringLiteral("第二段的数字请核实。");
        note.anchor.quote = QStringLiteral("正文");
        QVERIFY(AnnotationRepository(*m_reviewer).create(note));
        QVERIFY(waitFor(spy, QStringLiteral("annotations"), [&](const NewsroomEvent &e) {
            return e.articleId == article.id && e.id == note.id && e.state == QLatin1String("open");
        }));
        QVERIFY(AnnotationRepository(*m_editor).setState(note.id, AnnotationState::Resolved));
        QVERIFY(waitFor(spy, QStringLiteral("annotations"), [&](const NewsroomEvent &e) {
            return e.id == note.id && e.state == QLatin1String("resolved");
        }));

        QVERIFY(RevisionRepository(*m_editor).record(article, RevisionKind::Save, QStringLiteral("陈曲"), QStringLiteral("定稿")));
        const auto revision = waitFor(spy, QStringLiteral("revisions"), [&](const NewsroomEvent &e) {
            return e.articleId == article.id;
        });
        QVERIFY(revision);
        QCOMPARE(revision->name, QStringLiteral("陈曲"));
        QCOMPARE(revision->number, 1);

        QCOMPARE(WorkflowRepository(*m_editor).transition(article, WorkflowState::InReview, Role::Editor, QStringLiteral("陈曲")),
            WorkflowRepository::Result::Done);
        QVERIFY(waitFor(spy, QStringLiteral("workflow_events"), [&](const NewsroomEvent &e) {
            return e.articleId == article.id && e.state == QLatin1String("in_review") && e.name == QStringLiteral("陈曲");
        }));
        QVERIFY(waitFor(spy, QStringLiteral("articles"), [&](const NewsroomEvent &e) {
            return e.articleId == article.id && e.state == QLatin1String("in_review");
        }));

        QVERIFY(articles.moveToTrash(article.id));
        QVERIFY(waitFor(spy, QStringLiteral("articles"), [&](const NewsroomEvent &e) {
            return e.articleId == article.id && e.trashed;
        }));
    }

    void suggestionsAreHeardLikeComments()
    {
        NewsroomWatcher watcher;
        QVERIFY2(watcher.start(*m_editor), qPrintable(watcher.errorString()));
        QSignalSpy spy(&watcher, &NewsroomWatcher::changed);
        Article article = draft(QStringLiteral("建议"));
        QVERIFY(ArticleRepository(*m_editor).create(article));
        Suggestion suggestion;
        suggestion.kind = SuggestionKind::Delete;
        suggestion.author = QStringLiteral("李明");
        suggestion.anchor = Anchoring::create(article.bodyText, 5, 7);
        const NewsroomActions::SuggestOutcome made = NewsroomActions::suggest(*m_reviewer, article, suggestion);
        QVERIFY2(made.ok, qPrintable(made.error));
        const auto heard = waitFor(spy, QStringLiteral("suggestions"), [&](const NewsroomEvent &e) {
            return e.articleId == article.id && e.id == suggestion.id && e.op == QLatin1String("insert");
        });
        QVERIFY(heard);
        QCOMPARE(heard->state, QStringLiteral("open"));
        QCOMPARE(heard->user, m_team.loginName(QStringLiteral("reviewer")));
        QCOMPARE(heard->name, QStringLiteral("李明"));

        // A save that leaves the suggestion where it is announces the article, not the suggestion.
        article = *ArticleRepository(*m_editor).load(article.id);
        article.title = QStringLiteral("建议（二）");
        QCOMPARE(NewsroomActions::save(*m_editor, article, RevisionKind::Save, QStringLiteral("陈曲")).result,
            ArticleRepository::SaveResult::Saved);
        QVERIFY(waitFor(spy, QStringLiteral("articles"),
            [&](const NewsroomEvent &e) { return e.articleId == article.id && e.version == article.version; }));
        QVERIFY(!waitFor(
            spy, QStringLiteral("suggestions"), [&](const NewsroomEvent &e) { return e.op == QLatin1String("update"); },
            200));

        QVERIFY(NewsroomActions::rejectSuggestions(*m_editor, { suggestion.id }, QStringLiteral("陈曲")).ok);
        QVERIFY(waitFor(spy, QStringLiteral("suggestions"), [&](const NewsroomEvent &e) {
            return e.id == suggestion.id && e.state == QLatin1String("rejected")
                && e.user == m_team.loginName(QStringLiteral("editor")) && e.name == QStringLiteral("陈曲");
        }));
    }

    // The copy desk's shared memory (schema version 6): a word a colleague adds to the
    // newsroom's dictionary, or an editor takes out, and a chief's house style are announced,
    // without the word or the style in the announcement.
    void theCopyDesksMemoryIsHeard()
    {
        NewsroomWatcher watcher;
        QVERIFY2(watcher.start(*m_editor), qPrintable(watcher.errorString()));
        QSignalSpy spy(&watcher, &NewsroomWatcher::changed);
        QVERIFY(CopyDeskRepository(*m_reviewer).addDictionaryWord(QStringLiteral("Xilinhot"), QStringLiteral("李明")));
        const auto added = waitFor(spy, QStringLiteral("copydesk_words"),
            [](const NewsroomEvent &e) { return e.op == QLatin1String("insert"); });
        QVERIFY(added);
        QCOMPARE(added->user, m_team.loginName(QStringLiteral("reviewer")));
        QVERIFY(!added->payload.contains("Xilinhot"));
        QVERIFY(CopyDeskRepository(*m_chief).removeDictionaryWord(QStringLiteral("Xilinhot")));
        QVERIFY(waitFor(spy, QStringLiteral("copydesk_words"),
            [](const NewsroomEvent &e) { return e.op == QLatin1String("delete"); }));
        QVERIFY(CopyDeskRepository(*m_chief).setHouseStyleJson(
            R"({"rules": {"dash": {"enabled": false}}})", QStringLiteral("王主任")));
        const auto style = waitFor(spy, QStringLiteral("newsroom_settings"), [](const NewsroomEvent &) { return true; });
        QVERIFY(style);
        QVERIFY(!style->payload.contains("dash"));
    }

    void rawSqlIsHeardAndRollbacksAreNot()
    {
        Article article = draft(QStringLiteral("脚本"));
        QVERIFY(ArticleRepository(*m_editor).create(article));
        NewsroomWatcher watcher;
        QVERIFY(watcher.start(*m_reviewer));
        QSignalSpy spy(&watcher, &NewsroomWatcher::changed);

        // A rolled-back change is never announced.
        QVERIFY(exec(*m_editor, QStringLiteral("BEGIN")));
        QVERIFY(exec(*m_editor, QStringLiteral("UPDATE articles SET title = 'x', version = version + 1 WHERE id = %1").arg(article.id)));
        QVERIFY(exec(*m_editor, QStringLiteral("ROLLBACK")));

        // A script's change through psql is, naming its login and no Galley session.
        QString error;
        QVERIFY2(m_team.runInNewsroom(
                     QStringLiteral("UPDATE articles SET title = '脚本改的', version = version + 1 WHERE id = %1").arg(article.id),
                     &error),
            qPrintable(error));
        const auto heard = waitFor(spy, QStringLiteral("articles"), [&](const NewsroomEvent &e) {
            return e.articleId == article.id;
        });
        QVERIFY(heard);
        QCOMPARE(heard->version, article.version + 1); // the script's change, not the rolled-back one
        QVERIFY(heard->origin.isEmpty());
        QVERIFY(!heard->isOwn());
        QTest::qWait(100);
        QCOMPARE(spy.count(), 1);
    }

    void aLostListenerComesBackByItself()
    {
        NewsroomWatcher watcher;
        watcher.setHeartbeatInterval(100);
        QVERIFY(watcher.start(*m_reviewer));
        QSignalSpy events(&watcher, &NewsroomWatcher::changed);
        QSignalSpy lost(&watcher, &NewsroomWatcher::connectionLost);
        QSignalSpy back(&watcher, &NewsroomWatcher::reconnected);

        // The server refuses new connections to the newsroom for a while and drops the listener.
        QVERIFY(m_team.runInNewsroom(QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(m_team.loginName(QStringLiteral("reviewer")))));
        QVERIFY(m_team.dropConnections(QStringLiteral("reviewer")));
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 2000);
        QVERIFY(!watcher.isConnected());
        QVERIFY(!lost.at(0).at(0).toString().isEmpty());

        // Meanwhile a change is made: its announcement is lost by design...
        Article article = draft(QStringLiteral("断线期间"));
        QVERIFY(ArticleRepository(*m_editor).create(article));
        QTest::qWait(1500); // at least one failed attempt to connect again
        QCOMPARE(back.count(), 0);

        // ... and when the server lets it in again, the watcher says "read everything again".
        QVERIFY(m_team.runInNewsroom(QStringLiteral("ALTER ROLE %1 LOGIN").arg(m_team.loginName(QStringLiteral("reviewer")))));
        QTRY_COMPARE_WITH_TIMEOUT(back.count(), 1, 5000);
        QVERIFY(watcher.isConnected());
        QVERIFY(waitFor(events, QString(), [](const NewsroomEvent &) { return true; }));

        // Listening again: the next change is heard.
        article.title = QStringLiteral("恢复以后");
        QCOMPARE(ArticleRepository(*m_editor).save(article), ArticleRepository::SaveResult::Saved);
        QVERIFY(waitFor(events, QStringLiteral("articles"), [&](const NewsroomEvent &e) {
            return e.articleId == article.id && e.version == article.version;
        }));
    }

    void theServerKeepsTheLockRules()
    {
        Article article = draft(QStringLiteral("锁"));
        QVERIFY(ArticleRepository(*m_editor).create(article));
        std::unique_ptr<Database> editor2;
        QVERIFY(m_team.openAs(QStringLiteral("editor2"), editor2));
        NewsroomWatcher watcher;
        QVERIFY(watcher.start(*m_chief));
        QSignalSpy spy(&watcher, &NewsroomWatcher::changed);
        const QString id = QString::number(article.id);
        QString error;

        // A reviewer does not take editing locks; an editor does, and the server dates it.
        QVERIFY(!exec(*m_reviewer,
            QStringLiteral("INSERT INTO article_locks (article_id, holder, session) VALUES (%1, '李明', 'r')").arg(id), &error));
        QVERIFY2(error.contains(QStringLiteral("only editors and chiefs")), qPrintable(error));
        QVERIFY2(exec(*m_editor,
                     QStringLiteral("INSERT INTO article_locks (article_id, holder, session, login, since) "
                                    "VALUES (%1, '赵晓', 'e1', 'someone_else', '2000-01-01')")
                         .arg(id),
                     &error),
            qPrintable(error));
        QSqlQuery check(m_chief->connection());
        QVERIFY(check.exec(QStringLiteral("SELECT login, since > now() - interval '1 minute' FROM article_locks WHERE article_id = %1").arg(id)));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), m_team.loginName(QStringLiteral("editor"))); // not what was claimed
        QVERIFY(check.value(1).toBool());
        const auto taken = waitFor(spy, QStringLiteral("article_locks"), [&](const NewsroomEvent &e) {
            return e.articleId == article.id && e.op == QLatin1String("insert");
        });
        QVERIFY(taken);
        QCOMPARE(taken->name, QStringLiteral("赵晓"));
        QCOMPARE(taken->session, QStringLiteral("e1"));

        // Another editor can neither take nor remove a live lock; they may only ask for it.
        QVERIFY(!exec(*editor2, QStringLiteral("UPDATE article_locks SET session = 'e2', holder = '王静' WHERE article_id = %1").arg(id), &error));
        QVERIFY2(error.contains(QStringLiteral("only a chief may take it over")), qPrintable(error));
        QVERIFY(!exec(*editor2, QStringLiteral("DELETE FROM article_locks WHERE article_id = %1").arg(id), &error));
        QVERIFY(!exec(*m_reviewer, QStringLiteral("UPDATE article_locks SET heartbeat = now() WHERE article_id = %1").arg(id), &error));
        QVERIFY2(exec(*editor2,
                     QStringLiteral("UPDATE article_locks SET requested_by = '王静', requested_session = 'e2' WHERE article_id = %1").arg(id),
                     &error),
            qPrintable(error));
        QVERIFY(waitFor(spy, QStringLiteral("article_locks"), [&](const NewsroomEvent &e) {
            return e.articleId == article.id && e.requested;
        }));

        // The holder's heartbeat is the server's time whatever the client says.
        QVERIFY(exec(*m_editor, QStringLiteral("UPDATE article_locks SET heartbeat = '2000-01-01' WHERE article_id = %1").arg(id)));
        QVERIFY(check.exec(QStringLiteral("SELECT heartbeat > now() - interval '1 minute' FROM article_locks WHERE article_id = %1").arg(id)));
        QVERIFY(check.next() && check.value(0).toBool());

        // A holder who has not been heard of for two minutes (a crashed desktop) loses it to anyone.
        QVERIFY(m_team.runInNewsroom(QStringLiteral("SET session_replication_role = replica; UPDATE article_locks SET heartbeat = "
                                                    "now() - interval '3 minutes' WHERE article_id = %1")
                                         .arg(id)));
        QVERIFY2(exec(*editor2, QStringLiteral("UPDATE article_locks SET session = 'e2', holder = '王静' WHERE article_id = %1").arg(id),
                     &error),
            qPrintable(error));
        QVERIFY(check.exec(QStringLiteral("SELECT login, requested_session FROM article_locks WHERE article_id = %1").arg(id)));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), m_team.loginName(QStringLiteral("editor2")));
        QVERIFY(check.value(1).isNull());

        // A chief takes over a live lock.
        QVERIFY2(exec(*m_chief, QStringLiteral("UPDATE article_locks SET session = 'c1', holder = '主编' WHERE article_id = %1").arg(id),
                     &error),
            qPrintable(error));
        QVERIFY(waitFor(spy, QStringLiteral("article_locks"), [&](const NewsroomEvent &e) {
            return e.articleId == article.id && e.session == QLatin1String("c1");
        }));
        QVERIFY(exec(*m_chief, QStringLiteral("DELETE FROM article_locks WHERE article_id = %1").arg(id)));
        QVERIFY(waitFor(spy, QStringLiteral("article_locks"), [&](const NewsroomEvent &e) {
            return e.articleId == article.id && e.op == QLatin1String("delete");
        }));

        // Presence: everyone may say they are looking, only for themselves.
        QVERIFY2(exec(*m_reviewer,
                     QStringLiteral("INSERT INTO presence (session, article_id, name) VALUES ('r', %1, '李明')").arg(id), &error),
            qPrintable(error));
        QVERIFY(waitFor(spy, QStringLiteral("presence"), [&](const NewsroomEvent &e) {
            return e.articleId == article.id && e.name == QStringLiteral("李明");
        }));
        QVERIFY(!exec(*m_editor, QStringLiteral("DELETE FROM presence WHERE session = 'r'"), &error));
        QVERIFY(exec(*m_reviewer, QStringLiteral("DELETE FROM presence WHERE session = 'r'")));
    }

    void aCopyIntoTheNewsroomSaysReadEverythingAgain()
    {
        // galley copy into an empty team newsroom turns the per-row announcements off and
        // announces once, at its commit, that everything is new.
        galley::test::TestNewsrooms newsrooms;
        const QString file = newsrooms.create(Engine::SQLite);
        Database source;
        QCOMPARE(source.open(file), Database::Status::Ok);
        for (const QString &title : { QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三") }) {
            Article article = draft(title);
            QVERIFY(ArticleRepository(source).create(article));
        }
        const QString server = newsrooms.create(Engine::PostgreSQL);
        QVERIFY2(!server.isEmpty(), qPrintable(newsrooms.errorString()));
        Database destination;
        QCOMPARE(destination.open(server), Database::Status::Ok);
        Database listener;
        QCOMPARE(listener.open(server), Database::Status::Ok);
        NewsroomWatcher watcher;
        QVERIFY(watcher.start(listener));
        QSignalSpy spy(&watcher, &NewsroomWatcher::changed);

        NewsroomCopy copy(source, destination);
        QVERIFY2(copy.run(), qPrintable(copy.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 1000);
        QVERIFY(spy.at(0).at(0).value<NewsroomEvent>().isUnknown());
        QTest::qWait(200);
        QCOMPARE(spy.count(), 1); // not one per copied row
    }

    void aNewsroomFileHearsOtherConnections()
    {
        galley::test::TestNewsrooms newsrooms;
        const QString file = newsrooms.create(Engine::SQLite);
        Database mine;
        QCOMPARE(mine.open(file), Database::Status::Ok);
        Database other;
        QCOMPARE(other.open(file), Database::Status::Ok);
        NewsroomWatcher watcher;
        QVERIFY(watcher.start(mine));
        QSignalSpy spy(&watcher, &NewsroomWatcher::changed);

        Article article = draft(QStringLiteral("本机"));
        QVERIFY(ArticleRepository(mine).create(article)); // my own write is not news
        QTest::qWait(700);
        QCOMPARE(spy.count(), 0);

        Article theirs = draft(QStringLiteral("另一个窗口"));
        QVERIFY(ArticleRepository(other).create(theirs));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 1000);
        QVERIFY(spy.at(0).at(0).value<NewsroomEvent>().isUnknown());
    }

    void cleanupTestCase()
    {
        m_editor.reset();
        m_reviewer.reset();
        m_chief.reset();
        m_team.tearDown();
    }

private:
    galley::test::TeamLogins m_team;
    std::unique_ptr<Database> m_editor;
    std::unique_ptr<Database> m_reviewer;
    std::unique_ptr<Database> m_chief;
};

QTEST_GUILESS_MAIN(NewsroomWatcherTest)
#include "tst_newsroomwatcher.moc"
