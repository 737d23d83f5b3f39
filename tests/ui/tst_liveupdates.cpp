// Two desks on one team newsroom (a real PostgreSQL server, GALLEY_TEST_PG_URI): a main window
// logged in as an editor, and a colleague's Galley simulated by repositories on connections of
// their own (another session, as another desktop would be). What the colleague does shows in
// the window within a second, without a refresh: the list row, a new comment in the panel, the
// workflow state and history; a newer saved version comes in place when nothing is unsaved and
// through the bar otherwise; a lost server shows its bar and the text typed meanwhile is saved
// when it is back. A newsroom file hears another Galley on the same machine. Fails, never skips,
// without a server.

#include "editortestsupport.h"

#include "editor/richtextedit.h"
#include <QTextCursor>

#include "editor/copydeskchecker.h"
#include "lint/spellchecker.h"
#include "liveupdates.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "noticebar.h"
#include "articlelistdock.h"
#include "review/annotationpanel.h"
#include "review/historypanel.h"
#include "review/suggestionpanel.h"
#include "review/workflowactions.h"
#include "storage/annotationrepository.h"
#include "storage/copydeskrepository.h"
#include "storage/lockrepository.h"
#include "storage/newsroomactions.h"
#include "storage/revisionrepository.h"
#include "storage/workflowrepository.h"

#include "teamlogins.h"
#include "testnewsroom.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QSqlQuery>
#include <QTableView>
#include <QTreeView>

using namespace galley;
using namespace galley::test;

namespace {

/// A colleague's Galley: another session on its own connection.
std::unique_ptr<Database> colleague(const TeamLogins &team, const QString &login)
{
    std::unique_ptr<Database> database;
    if (!team.openAs(login, database))
        return nullptr;
    QSqlQuery query(database->connection());
    query.exec(QStringLiteral("SELECT set_config('galley.session', 'colleague-%1', false), set_config('galley.name', '陈曲', false)")
                   .arg(login));
    return database;
}

Article draft(const QString &title, const QString &body)
{
    Article article;
    article.title = title;
    article.bodyHtml = body;
    article.byline = QStringLiteral("赵晓");
    return article;
}

/// The words the copy desk underlines as misspelt in the open article's body.
QStringList misspeltInBody(MainWindow &window)
{
    QStringList words;
    for (const CopyDeskChecker::Located &located : window.editorArea()->copyDesk()->findings()) {
        if (located.finding.isSpelling() && located.field == CopyDeskChecker::Field::Body)
            words.append(located.cursor.selectedText());
    }
    return words;
}

const QString EnglishBody = QStringLiteral("<p>Herders near Xilinhot received the new rules.</p>\n");

QString listTitles(ArticleListDock *list)
{
    QStringList titles;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        titles.append(list->model()->index(row, ArticleListModel::TitleColumn).data().toString());
    return titles.join(QLatin1Char('|'));
}

} // namespace

class TestLiveUpdates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QDir(RecoveryJournal::defaultDirectory()).removeRecursively();
        QVERIFY2(m_team.setUp(QStringLiteral("lu")), qPrintable(m_team.errorString()));
    }

    void cleanupTestCase()
    {
        m_team.tearDown();
        QDir(RecoveryJournal::defaultDirectory()).removeRecursively();
    }

    void othersChangesArriveByThemselves()
    {
        std::unique_ptr<Database> mine;
        QVERIFY(m_team.openAs(QStringLiteral("editor"), mine));
        std::unique_ptr<Database> editor2 = colleague(m_team, QStringLiteral("editor2"));
        std::unique_ptr<Database> reviewer = colleague(m_team, QStringLiteral("reviewer"));
        QVERIFY(editor2 && reviewer);
        Article article = draft(QStringLiteral("牧区春耕"), QStringLiteral("<p>第一段。</p>\n<p>第二段。</p>\n"));
        QVERIFY(ArticleRepository(*editor2).create(article));

        MainWindow window(*mine);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openArticle(article.id));
        EditorArea *area = window.editorArea();

        // A new article by a colleague appears in the list.
        Article other = draft(QStringLiteral("新来的稿件"), QStringLiteral("<p>正文。</p>\n"));
        QVERIFY(ArticleRepository(*editor2).create(other));
        QTRY_VERIFY_WITH_TIMEOUT(listTitles(window.articleList()).contains(QStringLiteral("新来的稿件")), 1000);

        // A colleague starts editing the new article: the list says who, within a second.
        LockRepository colleagueLocks(*editor2, QStringLiteral("colleague-editor2"));
        QCOMPARE(colleagueLocks.take(other.id, QStringLiteral("陈曲")).result, LockRepository::TakeResult::Taken);
        QTRY_COMPARE_WITH_TIMEOUT(window.articleList()->model()->index(window.articleList()->model()->rowOfArticle(other.id), 0)
                                      .data(ArticleListModel::LockHolderRole)
                                      .toString(),
            QStringLiteral("陈曲"), 1000);

        // The reviewer's comment shows in the panel and is highlighted in the text.
        Annotation note;
        note.articleId = article.id;
        note.author = QStringLiteral("李明");
        note.body = QStringLiteral("第二段请补充数据。");
        note.anchor.quote = QStringLiteral("第二段");
        note.anchor.start = 4;
        note.anchor.end = 7;
        QVERIFY(AnnotationRepository(*reviewer).create(note));
        QAbstractItemModel *threads = window.annotationPanel()->view()->model();
        QTRY_COMPARE_WITH_TIMEOUT(threads->rowCount(), 1, 1000);
        QVERIFY(threads->index(0, 0).data().toString().contains(QStringLiteral("第二段请补充数据")) ||
                threads->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("第二段请补充数据")));

        // The reviewer's suggestion shows in the suggestions panel, and the list counts it.
        Suggestion suggestion;
        suggestion.kind = SuggestionKind::Replace;
        suggestion.author = QStringLiteral("李明");
        suggestion.proposedHtml = QStringLiteral("第2段");
        const Article stored = *ArticleRepository(*reviewer).load(article.id);
        suggestion.anchor = Anchoring::create(stored.bodyText, 4, 7);
        QVERIFY(NewsroomActions::suggest(*reviewer, stored, suggestion).ok);
        QAbstractItemModel *suggestions = window.suggestionPanel()->view()->model();
        QTRY_COMPARE_WITH_TIMEOUT(suggestions->rowCount(), 1, 1000);
        QCOMPARE(suggestions->index(0, 0).data(SuggestionModel::IdRole).toLongLong(), suggestion.id);

        // The colleague saves a newer version while nothing is unsaved here: it comes in place.
        Article newer = *ArticleRepository(*editor2).load(article.id);
        newer.bodyHtml = QStringLiteral("<p>第一段。</p>\n<p>第二段，补了数据：48.4%。</p>\n");
        QCOMPARE(ArticleRepository(*editor2).save(newer), ArticleRepository::SaveResult::Saved);
        QTRY_VERIFY_WITH_TIMEOUT(bodyHtml(*area).contains(QStringLiteral("48.4%")), 1000);
        QCOMPARE(area->documentController()->article().version, newer.version);
        QVERIFY(!area->documentController()->isModified());

        // The editor submits it; the reviewer's workflow move shows in the state and the timeline.
        QCOMPARE(WorkflowRepository(*editor2).transition(newer, WorkflowState::InReview, Role::Editor, QStringLiteral("陈曲")),
            WorkflowRepository::Result::Done);
        QTRY_COMPARE_WITH_TIMEOUT(area->documentController()->article().status, WorkflowState::InReview, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(window.workflowActions()->offeredTargets().contains(WorkflowState::Draft), 1000);

        // A revision recorded elsewhere appears in the history panel.
        const int revisionsBefore = RevisionRepository(*mine).count(article.id);
        Article draftOfTheirs = newer; // a revision of a text that differs from the last one
        draftOfTheirs.bodyHtml += QStringLiteral("<p>备用的结尾。</p>\n");
        QVERIFY(RevisionRepository(*editor2).record(draftOfTheirs, RevisionKind::Save, QStringLiteral("陈曲"), QStringLiteral("补数据")));
        QAbstractItemModel *history = window.historyPanel()->view()->model();
        QTRY_VERIFY2_WITH_TIMEOUT(history->rowCount() > revisionsBefore,
            qPrintable(QStringLiteral("%1 rows, %2 before").arg(history->rowCount()).arg(revisionsBefore)), 1000);

        // Now I type; the colleague saves again: my text stays, a bar says who saved.
        QTextCursor cursor(area->bodyEditor()->document());
        cursor.movePosition(QTextCursor::End);
        area->bodyEditor()->setTextCursor(cursor);
        area->bodyEditor()->setFocus();
        typeText(area->bodyEditor(), QStringLiteral("我的补充"));
        QVERIFY(area->documentController()->isModified());
        newer = *ArticleRepository(*editor2).load(article.id);
        newer.title = QStringLiteral("牧区春耕（更新）");
        QCOMPARE(ArticleRepository(*editor2).save(newer), ArticleRepository::SaveResult::Saved);
        auto *bar = window.findChild<NoticeBar *>(QStringLiteral("versionBar"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 1000);
        QVERIFY2(bar->text().contains(QStringLiteral("陈曲")), qPrintable(bar->text()));
        QVERIFY(bodyHtml(*area).contains(QStringLiteral("我的补充")));
        // The list row shows the new title meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(listTitles(window.articleList()).contains(QStringLiteral("牧区春耕（更新）")), 1000);

        // Reload: my unsaved text goes into the history, the newer version is shown.
        window.liveUpdates()->reloadNewerVersion();
        QVERIFY(!bar->isVisible());
        QCOMPARE(area->documentController()->article().version, newer.version);
        QVERIFY(!bodyHtml(*area).contains(QStringLiteral("我的补充")));
        const std::optional<Revision> kept = RevisionRepository(*mine).latest(article.id);
        QVERIFY(kept);
        QVERIFY(kept->bodyHtml.contains(QStringLiteral("我的补充")));
        QVERIFY(area->closeArticle());
    }

    void aLostServerKeepsTheTextAndSavesItWhenBack()
    {
        std::unique_ptr<Database> mine;
        QVERIFY(m_team.openAs(QStringLiteral("editor"), mine));
        Article article = draft(QStringLiteral("断线稿"), QStringLiteral("<p>原来的正文。</p>\n"));
        QVERIFY(ArticleRepository(*mine).create(article));
        MainWindow window(*mine);
        window.liveUpdates()->watcher()->setHeartbeatInterval(100);
        window.liveUpdates()->watcher()->setMaxRetryDelay(500);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openArticle(article.id));
        EditorArea *area = window.editorArea();

        // The server stops letting the editor in and drops its connections.
        const QString login = m_team.loginName(QStringLiteral("editor"));
        QVERIFY(m_team.runInNewsroom(QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(login)));
        QVERIFY(m_team.dropConnections(QStringLiteral("editor")));
        auto *bar = window.findChild<NoticeBar *>(QStringLiteral("connectionBar"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 2000);

        // Typing goes on; the save fails and the text stays, in the editor and in the journal.
        QTextCursor cursor(area->bodyEditor()->document());
        cursor.movePosition(QTextCursor::End);
        area->bodyEditor()->setTextCursor(cursor);
        typeText(area->bodyEditor(), QStringLiteral("断线时打的字"));
        QVERIFY(!area->saveNow());
        QVERIFY(bodyHtml(*area).contains(QStringLiteral("断线时打的字")));
        QTRY_VERIFY_WITH_TIMEOUT(area->documentController()->journal().read(area->documentController()->article().uuid).has_value(), 2000);

        // Back: the bar goes and what was typed is saved, once.
        QVERIFY(m_team.runInNewsroom(QStringLiteral("ALTER ROLE %1 LOGIN").arg(login)));
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!area->documentController()->isModified(), 3000);
        std::unique_ptr<Database> check;
        QVERIFY(m_team.openAs(QStringLiteral("chief"), check));
        const Article stored = *ArticleRepository(*check).load(article.id);
        QVERIFY2(stored.bodyHtml.contains(QStringLiteral("断线时打的字")), qPrintable(stored.bodyHtml));
        QCOMPARE(stored.version, article.version + 1);
        QVERIFY(area->closeArticle());
    }

    void aNewsroomFileHearsAnotherGalley()
    {
        Newsroom newsroom;
        const qint64 id = newsroom.addArticle(QStringLiteral("本机稿件"), QStringLiteral("<p>正文。</p>"));
        MainWindow window(newsroom.database);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openArticle(id));

        Database other; // another Galley on the same file
        QCOMPARE(other.open(newsroom.path()), Database::Status::Ok);
        Article changed = *ArticleRepository(other).load(id);
        changed.title = QStringLiteral("另一个窗口改的标题");
        QCOMPARE(ArticleRepository(other).save(changed), ArticleRepository::SaveResult::Saved);
        QTRY_VERIFY_WITH_TIMEOUT(listTitles(window.articleList()).contains(QStringLiteral("另一个窗口改的标题")), 1500);
        QTRY_COMPARE_WITH_TIMEOUT(window.editorArea()->documentController()->article().title,
            QStringLiteral("另一个窗口改的标题"), 1500);
        QVERIFY(window.editorArea()->closeArticle());
    }

    // A word a colleague adds to the newsroom's dictionary on another desktop stops being
    // underlined here without a restart (and without opening the article again); a chief's new
    // house style applies as well.
    void aColleaguesDictionaryWordIsSeenLive()
    {
        QVERIFY2(SpellChecker(QStringLiteral("en")).isValid(), "install hunspell-en-us");
        std::unique_ptr<Database> mine;
        QVERIFY(m_team.openAs(QStringLiteral("editor"), mine));
        std::unique_ptr<Database> reviewer = colleague(m_team, QStringLiteral("reviewer"));
        QVERIFY(reviewer);
        Article article = draft(QStringLiteral("Spring in the grasslands"), EnglishBody);
        QVERIFY(ArticleRepository(*mine).create(article));
        MainWindow window(*mine);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openArticle(article.id));
        QTRY_COMPARE_WITH_TIMEOUT(misspeltInBody(window), QStringList { QStringLiteral("Xilinhot") }, 5000);

        // The chief makes spelling a warning: the underline follows the new house style.
        std::unique_ptr<Database> chief = colleague(m_team, QStringLiteral("chief"));
        QVERIFY(chief);
        QVERIFY(CopyDeskRepository(*chief).setHouseStyleJson(
            R"({"rules": {"spelling": {"severity": "warning"}}})", QStringLiteral("王主任")));
        const auto spellingSeverity = [&window] {
            for (const CopyDeskChecker::Located &located : window.editorArea()->copyDesk()->findings()) {
                if (located.finding.isSpelling())
                    return int(located.finding.severity);
            }
            return -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(spellingSeverity(), int(LintSeverity::Warning), 2000);

        QVERIFY(CopyDeskRepository(*reviewer).addDictionaryWord(QStringLiteral("Xilinhot"), QStringLiteral("李明")));
        QTRY_COMPARE_WITH_TIMEOUT(misspeltInBody(window), QStringList(), 2000);
        QCOMPARE(window.editorArea()->copyDesk()->dictionaryWords(), QStringList { QStringLiteral("Xilinhot") });
        QVERIFY(CopyDeskRepository(*chief).setHouseStyleJson(QByteArray(), QStringLiteral("王主任")));
        QVERIFY(window.editorArea()->closeArticle());
    }

    void aNewsroomFileHearsAnotherGalleysDictionaryWord()
    {
        QVERIFY2(SpellChecker(QStringLiteral("en")).isValid(), "install hunspell-en-us");
        Newsroom newsroom;
        const qint64 id = newsroom.addArticle(QStringLiteral("Spring in the grasslands"), EnglishBody);
        MainWindow window(newsroom.database);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openArticle(id));
        QTRY_COMPARE_WITH_TIMEOUT(misspeltInBody(window), QStringList { QStringLiteral("Xilinhot") }, 5000);

        Database other; // another Galley on the same file
        QCOMPARE(other.open(newsroom.path()), Database::Status::Ok);
        QVERIFY(CopyDeskRepository(other).addDictionaryWord(QStringLiteral("Xilinhot"), QStringLiteral("李明")));
        QTRY_COMPARE_WITH_TIMEOUT(misspeltInBody(window), QStringList(), 2000);
        QVERIFY(window.editorArea()->closeArticle());
    }

private:
    TeamLogins m_team;
};

GALLEY_UI_TEST_MAIN(TestLiveUpdates)
#include "tst_liveupdates.moc"
