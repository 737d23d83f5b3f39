// A team newsroom on a real PostgreSQL server (GALLEY_TEST_PG_URI; tools/test.sh starts one):
// what the server enforces for each group role, tried with raw SQL under each login as well as
// through the repositories, the schema checks at open, bad addresses and a connection lost
// during a save. Fails, never skips, without a server.

#include "document/anchoring.h"
#include "model/workflow.h"
#include "storage/annotationrepository.h"
#include "storage/articlerepository.h"
#include "storage/copydeskrepository.h"
#include "storage/database.h"
#include "storage/newsroomactions.h"
#include "storage/postgres/postgresconnection.h"
#include "storage/revisionrepository.h"
#include "storage/suggestionrepository.h"
#include "storage/workflowrepository.h"

#include "teamlogins.h"
#include "testnewsroom.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace galley;
using galley::test::runAsAdmin;
using galley::test::uriForDatabase;

class TeamServerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Login roles are the cluster's, not the database's: named after this run (t<pid>_editor, …).
        QVERIFY2(m_team.setUp(QStringLiteral("t")), qPrintable(m_team.errorString()));
        m_admin = m_team.admin();
        m_databaseName = m_team.databaseName();
        m_prefix = m_team.loginName(QString());
        QVERIFY(openAs(QStringLiteral("editor"), m_editor));
        QVERIFY(openAs(QStringLiteral("reviewer"), m_reviewer));
        QVERIFY(openAs(QStringLiteral("chief"), m_chief));
    }

    void cleanupTestCase()
    {
        m_editor.reset();
        m_reviewer.reset();
        m_chief.reset();
        m_team.tearDown();
    }

    void rolesComeFromMembership()
    {
        QCOMPARE(m_editor->serverRole(), std::optional<Role>(Role::Editor));
        QCOMPARE(m_reviewer->serverRole(), std::optional<Role>(Role::Reviewer));
        QCOMPARE(m_chief->serverRole(), std::optional<Role>(Role::Chief));
        QCOMPARE(m_editor->serverUser(), m_prefix + QStringLiteral("editor"));
        QCOMPARE(m_editor->engine(), Engine::PostgreSQL);

        Database nobody;
        QCOMPARE(nobody.open(location(QStringLiteral("nobody"))), Database::Status::AccessDenied);
        QVERIFY2(nobody.errorString().contains(
                     QStringLiteral("GRANT galley_editor TO ") + m_prefix + QStringLiteral("nobody")),
            qPrintable(nobody.errorString()));
        QVERIFY(!nobody.isOpen());
    }

    void editorWritesReviewerCannot()
    {
        Article article = draft(QStringLiteral("草原牧民的春天"));
        ArticleRepository editorArticles(*m_editor);
        QVERIFY2(editorArticles.create(article), qPrintable(editorArticles.errorString()));

        // Through the repository, as the GUI would if it let a reviewer type.
        ArticleRepository reviewerArticles(*m_reviewer);
        Article changed = *reviewerArticles.load(article.id);
        changed.bodyHtml = QStringLiteral("<p>审稿人改写的正文</p>\n");
        QCOMPARE(reviewerArticles.save(changed), ArticleRepository::SaveResult::Failed);
        QVERIFY2(reviewerArticles.errorString().contains(QStringLiteral("permission denied")),
            qPrintable(reviewerArticles.errorString()));

        // With raw SQL under the reviewer's own login: no text, no field, no new or removed row.
        for (const QString &sql : { QStringLiteral("UPDATE articles SET body_html = '<p>x</p>' WHERE id = %1"),
                 QStringLiteral("UPDATE articles SET title = 'x', body_text = 'x' WHERE id = %1"),
                 QStringLiteral("UPDATE articles SET byline = 'x' WHERE id = %1"),
                 QStringLiteral("UPDATE articles SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id = %1"),
                 QStringLiteral("DELETE FROM articles WHERE id = %1"),
                 QStringLiteral(
                     "INSERT INTO articles (uuid, slug, created_at, updated_at) VALUES ('u-%1', 's-%1', 'x', 'x')"),
                 QStringLiteral(
                     "INSERT INTO assets (hash, mime_type, bytes, created_at) VALUES ('h%1', 'image/png', 'x', 'x')"),
                 QStringLiteral("UPDATE revisions SET body_html = 'x' WHERE article_id = %1"),
                 QStringLiteral("UPDATE article_search SET search_text = 'x' WHERE article_id = %1"),
                 QStringLiteral("DELETE FROM search_pending WHERE article_id = %1") }) {
            QSqlQuery query(m_reviewer->connection());
            QVERIFY2(!query.exec(sql.arg(article.id)), qPrintable(sql));
            QVERIFY2(query.lastError().databaseText().contains(QStringLiteral("permission denied")),
                qPrintable(query.lastError().databaseText()));
        }
        const Article stored = *ArticleRepository(*m_chief).load(article.id);
        QCOMPARE(stored.bodyHtml, article.bodyHtml);
        QCOMPARE(stored.title, article.title);
        QCOMPARE(stored.version, article.version);

        // The version, which makes a stale copy's save a conflict, only goes up by one per write:
        // not back (so a stale copy could overwrite newer work), and not unmoved by a reviewer.
        for (const QString &sql : { QStringLiteral("UPDATE articles SET version = 1 WHERE id = %1"),
                 QStringLiteral("UPDATE articles SET updated_at = updated_at WHERE id = %1"),
                 QStringLiteral("UPDATE articles SET version = version + 5 WHERE id = %1") }) {
            QSqlQuery query(m_reviewer->connection());
            QVERIFY2(!query.exec(sql.arg(article.id)), qPrintable(sql));
            QVERIFY2(query.lastError().databaseText().contains(QStringLiteral("version goes up by one")),
                qPrintable(query.lastError().databaseText()));
        }
        QCOMPARE(ArticleRepository(*m_chief).load(article.id)->version, article.version);

        // The editor's own writes go through.
        Article mine = stored;
        mine.bodyHtml = QStringLiteral("<p>编辑改写的正文。</p>\n");
        QCOMPARE(editorArticles.save(mine), ArticleRepository::SaveResult::Saved);
    }

    void reviewerMakesTheReviewersMoves()
    {
        Article article = draft(QStringLiteral("审核流程"));
        QVERIFY(ArticleRepository(*m_editor).create(article));
        WorkflowRepository editorFlow(*m_editor);
        QCOMPARE(editorFlow.transition(article, WorkflowState::InReview, Role::Editor, QStringLiteral("赵晓")),
            WorkflowRepository::Result::Done);

        // The reviewer comments and approves: the status-only write the server allows.
        Article seen = *ArticleRepository(*m_reviewer).load(article.id);
        Annotation comment;
        comment.articleId = article.id;
        comment.author = QStringLiteral("陈曲");
        comment.body = QStringLiteral("这里的数字需要核实");
        comment.anchor.quote = QStringLiteral("正文");
        comment.anchor.start = 2;
        comment.anchor.end = 4;
        AnnotationRepository reviewerNotes(*m_reviewer);
        QVERIFY2(reviewerNotes.create(comment), qPrintable(reviewerNotes.errorString()));
        QVERIFY(reviewerNotes.setState(comment.id, AnnotationState::Resolved));
        WorkflowRepository reviewerFlow(*m_reviewer);
        int revision = 0;
        QCOMPARE(reviewerFlow.transition(
                     seen, WorkflowState::Approved, Role::Reviewer, QStringLiteral("陈曲"), {}, &revision),
            WorkflowRepository::Result::Done);
        QVERIFY(revision > 0);
        const Article approved = *ArticleRepository(*m_editor).load(article.id);
        QCOMPARE(approved.status, WorkflowState::Approved);
        QCOMPARE(approved.bodyHtml, article.bodyHtml);
        const QList<WorkflowEvent> events = editorFlow.events(article.id);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.last().who, QStringLiteral("陈曲"));

        // Publishing is the editor's move: the server refuses it to the reviewer, even raw.
        QSqlQuery query(m_reviewer->connection());
        QVERIFY(
            !query.exec(QStringLiteral("UPDATE articles SET status = 'published', version = version + 1 WHERE id = %1")
                            .arg(article.id)));
        QVERIFY2(query.lastError().databaseText().contains(QStringLiteral("is for the editor role (galley_editor)")),
            qPrintable(query.lastError().databaseText()));
        QCOMPARE(ArticleRepository(*m_editor).load(article.id)->status, WorkflowState::Approved);
    }

    void commentsBelongToTheLoginThatWroteThem()
    {
        Article article = draft(QStringLiteral("评论归属"));
        QVERIFY(ArticleRepository(*m_editor).create(article));
        Annotation comment;
        comment.articleId = article.id;
        comment.author = QStringLiteral("李明");
        comment.body = QStringLiteral("导语太长");
        comment.anchor.quote = QStringLiteral("正文");
        comment.anchor.start = 2;
        comment.anchor.end = 4;
        AnnotationRepository reviewerNotes(*m_reviewer);
        QVERIFY2(reviewerNotes.create(comment), qPrintable(reviewerNotes.errorString()));
        // Signed by the server with the writer's login, whatever the client sends.
        QSqlQuery forged(m_editor->connection());
        QVERIFY2(forged.exec(QStringLiteral("INSERT INTO annotations (article_id, author, created_at, body, login) "
                                            "VALUES (%1, '李明', 'x', '冒名的意见', '%2reviewer') RETURNING login")
                                 .arg(article.id)
                                 .arg(m_prefix)),
            qPrintable(forged.lastError().databaseText()));
        QVERIFY(forged.next());
        QCOMPARE(forged.value(0).toString(), m_prefix + QStringLiteral("editor"));
        const auto loginOf = [this](qint64 id) {
            QSqlQuery query(m_chief->connection());
            query.exec(QStringLiteral("SELECT login FROM annotations WHERE id = %1").arg(id));
            return query.next() ? query.value(0).toString() : QString();
        };
        QCOMPARE(loginOf(comment.id), m_prefix + QStringLiteral("reviewer"));

        // Another login cannot change its words or delete it, even with raw SQL...
        for (const QString &sql : { QStringLiteral("UPDATE annotations SET body = '改过的意见' WHERE id = %1"),
                 QStringLiteral("UPDATE annotations SET author = '王五' WHERE id = %1"),
                 QStringLiteral("UPDATE annotations SET login = current_user WHERE id = %1"),
                 QStringLiteral("DELETE FROM annotations WHERE id = %1") }) {
            QSqlQuery query(m_editor->connection());
            QVERIFY2(!query.exec(sql.arg(comment.id)), qPrintable(sql));
            QVERIFY2(query.lastError().databaseText().contains(QStringLiteral("by the login that wrote it")),
                qPrintable(query.lastError().databaseText()));
        }
        AnnotationRepository editorNotes(*m_editor);
        QVERIFY(!editorNotes.remove(comment.id));
        QVERIFY2(editorNotes.errorString().contains(m_prefix + QStringLiteral("reviewer")),
            qPrintable(editorNotes.errorString()));
        const std::optional<Annotation> kept = editorNotes.load(comment.id);
        QVERIFY(kept);
        QCOMPARE(kept->body, comment.body);
        QCOMPARE(kept->author, comment.author);

        // ... but anyone with a role resolves it and reopens it, and an editor's save moves its anchor.
        QVERIFY2(editorNotes.setState(comment.id, AnnotationState::Resolved), qPrintable(editorNotes.errorString()));
        QVERIFY2(editorNotes.setState(comment.id, AnnotationState::Open), qPrintable(editorNotes.errorString()));
        TextAnchor moved = comment.anchor;
        moved.start = 5;
        moved.end = 7;
        QVERIFY2(editorNotes.updateAnchor(comment.id, moved, 1), qPrintable(editorNotes.errorString()));

        // Its writer and a chief may change and delete it.
        QSqlQuery own(m_reviewer->connection());
        QVERIFY2(
            own.exec(QStringLiteral("UPDATE annotations SET body = '导语太长，请压缩' WHERE id = %1").arg(comment.id)),
            qPrintable(own.lastError().databaseText()));
        QVERIFY2(reviewerNotes.remove(comment.id), qPrintable(reviewerNotes.errorString()));
        Annotation second = comment;
        QVERIFY(reviewerNotes.create(second));
        QVERIFY2(AnnotationRepository(*m_chief).remove(second.id), "a chief may delete anyone's comment");

        // Deleting the article takes every comment on it along, whoever wrote them.
        Annotation third = comment;
        QVERIFY(reviewerNotes.create(third));
        QSqlQuery chief(m_chief->connection());
        QVERIFY2(chief.exec(QStringLiteral("DELETE FROM articles WHERE id = %1").arg(article.id)),
            qPrintable(chief.lastError().databaseText()));
        QVERIFY(!editorNotes.load(third.id));
    }

    void reviewersSuggestEditorsDecide()
    {
        Article article = draft(QStringLiteral("建议归属"));
        QVERIFY(ArticleRepository(*m_editor).create(article));
        const qsizetype at = article.bodyText.indexOf(QStringLiteral("一些"));
        Suggestion suggestion;
        suggestion.kind = SuggestionKind::Replace;
        suggestion.author = QStringLiteral("李明");
        suggestion.proposedHtml = QStringLiteral("许多");
        suggestion.anchor = Anchoring::create(article.bodyText, at, at + 2);
        const NewsroomActions::SuggestOutcome made = NewsroomActions::suggest(*m_reviewer, article, suggestion);
        QVERIFY2(made.ok, qPrintable(made.error));
        // Signed by the server with the reviewer's login.
        QCOMPARE(suggestion.login, m_prefix + QStringLiteral("reviewer"));

        // A reviewer may also suggest with raw SQL, but not add one that is already decided.
        QSqlQuery raw(m_reviewer->connection());
        QVERIFY2(
            raw.exec(QStringLiteral("INSERT INTO suggestions (article_id, author, created_at, kind, quote, "
                                    "proposed_html, login) VALUES (%1, '李明', 'x', 'delete', '有', '', 'someone') "
                                    "RETURNING id, login")
                         .arg(article.id)),
            qPrintable(raw.lastError().databaseText()));
        QVERIFY(raw.next());
        const qint64 rawId = raw.value(0).toLongLong();
        QCOMPARE(raw.value(1).toString(), m_prefix + QStringLiteral("reviewer"));
        QVERIFY(!raw.exec(QStringLiteral("INSERT INTO suggestions (article_id, author, created_at, kind, quote, state) "
                                         "VALUES (%1, '李明', 'x', 'delete', '有', 'accepted')")
                              .arg(article.id)));
        QVERIFY2(raw.lastError().databaseText().contains(QStringLiteral("only a chief")),
            qPrintable(raw.lastError().databaseText()));

        // The reviewer can accept or reject nothing: not with raw SQL, not through the use cases.
        for (const QString &sql :
            { QStringLiteral("UPDATE suggestions SET state = 'accepted', resolver = '李明' WHERE id = %1"),
                QStringLiteral("UPDATE suggestions SET state = 'rejected' WHERE id = %1") }) {
            QSqlQuery query(m_reviewer->connection());
            QVERIFY2(!query.exec(sql.arg(suggestion.id)), qPrintable(sql));
            QVERIFY2(query.lastError().databaseText().contains(QStringLiteral("by an editor or a chief")),
                qPrintable(query.lastError().databaseText()));
        }
        const NewsroomActions::ResolveOutcome rejectedByReviewer
            = NewsroomActions::rejectSuggestions(*m_reviewer, { suggestion.id }, QStringLiteral("李明"));
        QVERIFY(!rejectedByReviewer.ok);
        QVERIFY2(rejectedByReviewer.error.contains(QStringLiteral("by an editor or a chief")),
            qPrintable(rejectedByReviewer.error));
        const NewsroomActions::ResolveOutcome acceptedByReviewer
            = NewsroomActions::acceptSuggestions(*m_reviewer, { suggestion.id }, QStringLiteral("李明"));
        QVERIFY(!acceptedByReviewer.ok);
        SuggestionRepository editorView(*m_editor);
        QCOMPARE(editorView.load(suggestion.id)->state, SuggestionState::Open);
        QCOMPARE(ArticleRepository(*m_editor).load(article.id)->version, article.version);

        // The editor decides but cannot change or delete the reviewer's proposal.
        for (const QString &sql : { QStringLiteral("UPDATE suggestions SET proposed_html = '少许' WHERE id = %1"),
                 QStringLiteral("UPDATE suggestions SET author = '王五' WHERE id = %1"),
                 QStringLiteral("DELETE FROM suggestions WHERE id = %1") }) {
            QSqlQuery query(m_editor->connection());
            QVERIFY2(!query.exec(sql.arg(suggestion.id)), qPrintable(sql));
            QVERIFY2(query.lastError().databaseText().contains(QStringLiteral("by the login that made it")),
                qPrintable(query.lastError().databaseText()));
        }
        const NewsroomActions::ResolveOutcome accepted
            = NewsroomActions::acceptSuggestions(*m_editor, { suggestion.id }, QStringLiteral("陈思远"));
        QVERIFY2(accepted.ok, qPrintable(accepted.error));
        QVERIFY(accepted.article->bodyText.contains(QStringLiteral("有许多内容")));
        const std::optional<Suggestion> done = editorView.load(suggestion.id);
        QCOMPARE(done->state, SuggestionState::Accepted);
        QCOMPARE(done->resolverLogin, m_prefix + QStringLiteral("editor"));
        QCOMPARE(
            RevisionRepository(*m_editor).latest(article.id)->author, QStringLiteral("陈思远 (suggested by 李明)"));
        const NewsroomActions::ResolveOutcome rejected
            = NewsroomActions::rejectSuggestions(*m_editor, { rawId }, QStringLiteral("陈思远"));
        QVERIFY2(rejected.ok, qPrintable(rejected.error));

        // Where a suggestion sits, and who made it, are not rewritten with raw SQL: another login's
        // pending one is moved only by an editor's save, a decided one by nobody but a chief, and
        // only a chief changes its login; a pending one has no resolver.
        Suggestion editors = suggestion;
        editors.anchor = Anchoring::create(accepted.article->bodyText, 0, 2);
        QVERIFY2(NewsroomActions::suggest(*m_editor, *accepted.article, editors).ok, "the editor's suggestion");
        const auto refused = [](Database &database, const QString &sql, const QString &reason) {
            QSqlQuery query(database.connection());
            QVERIFY2(!query.exec(sql), qPrintable(sql));
            QVERIFY2(query.lastError().databaseText().contains(reason), qPrintable(query.lastError().databaseText()));
        };
        refused(*m_reviewer,
            QStringLiteral("UPDATE suggestions SET quote = '内容', start_offset = 3, end_offset = 5 WHERE id = %1").arg(editors.id),
            QStringLiteral("moved by an editor's save"));
        refused(*m_reviewer, QStringLiteral("UPDATE suggestions SET state = 'orphaned' WHERE id = %1").arg(editors.id),
            QStringLiteral("moved by an editor's save"));
        refused(*m_editor, QStringLiteral("UPDATE suggestions SET start_offset = 0 WHERE id = %1").arg(suggestion.id),
            QStringLiteral("a decided one by nobody"));
        refused(*m_editor, QStringLiteral("UPDATE suggestions SET resolver = '陈思远' WHERE id = %1").arg(editors.id),
            QStringLiteral("has no one who decided it"));
        refused(*m_reviewer, QStringLiteral("UPDATE suggestions SET login = '%1' WHERE id = %2")
                                 .arg(m_prefix + QStringLiteral("editor"))
                                 .arg(rawId),
            QStringLiteral("only a chief may change which login"));
        QCOMPARE(editorView.load(editors.id)->anchor, editors.anchor);

        // Its maker withdraws a pending suggestion, never a decided one.
        Suggestion third = suggestion;
        third.anchor = Anchoring::create(accepted.article->bodyText, 0, 2);
        QVERIFY2(NewsroomActions::suggest(*m_reviewer, *accepted.article, third).ok, "a second suggestion");
        SuggestionRepository reviewerView(*m_reviewer);
        QVERIFY2(reviewerView.remove(third.id), qPrintable(reviewerView.errorString()));
        QVERIFY(!reviewerView.remove(suggestion.id));
        QVERIFY2(
            reviewerView.errorString().contains(QStringLiteral("withdrawn")), qPrintable(reviewerView.errorString()));
    }

    // Replies to suggestions are comments in the suggestion's thread: a reviewer starts the thread
    // of an editor's suggestion and answers under it, before and after it is decided; the thread
    // is set once, and each reply stays its writer's.
    void anyoneRepliesToASuggestion()
    {
        Article article = draft(QStringLiteral("建议的讨论"));
        QVERIFY(ArticleRepository(*m_editor).create(article));
        const qsizetype at = article.bodyText.indexOf(QStringLiteral("一些"));
        Suggestion editors;
        editors.kind = SuggestionKind::Delete;
        editors.author = QStringLiteral("陈思远");
        editors.anchor = Anchoring::create(article.bodyText, at, at + 2);
        QVERIFY2(NewsroomActions::suggest(*m_editor, article, editors).ok, "the editor's suggestion");
        Suggestion reviewers;
        reviewers.kind = SuggestionKind::Replace;
        reviewers.author = QStringLiteral("李明");
        reviewers.proposedHtml = QStringLiteral("正文里");
        reviewers.anchor = Anchoring::create(article.bodyText, 2, 4);
        QVERIFY2(NewsroomActions::suggest(*m_reviewer, article, reviewers).ok, "the reviewer's suggestion");

        const auto reply = [](Database &database, qint64 suggestionId, const QString &author, const QString &body) {
            Annotation message;
            message.author = author;
            message.body = body;
            QString error;
            const bool ok = NewsroomActions::replyToSuggestion(database, suggestionId, message, &error);
            return std::pair { ok ? message.id : qint64(0), error };
        };
        // The reviewer's first reply starts the thread of the editor's suggestion (a change to a row
        // the editor made, which the server allows for the thread alone), the editor answers in it.
        const auto [first, firstError] = reply(*m_reviewer, editors.id, QStringLiteral("李明"), QStringLiteral("为什么删？"));
        QVERIFY2(first > 0, qPrintable(firstError));
        SuggestionRepository editorView(*m_editor);
        QCOMPARE(editorView.load(editors.id)->threadId, first);
        const auto [second, secondError] = reply(*m_editor, editors.id, QStringLiteral("陈思远"), QStringLiteral("多余。"));
        QVERIFY2(second > 0, qPrintable(secondError));
        const std::optional<Annotation> answer = AnnotationRepository(*m_reviewer).load(second);
        QVERIFY(answer);
        QCOMPARE(answer->parentId, first);
        QCOMPARE(answer->articleId, article.id);
        // The editor replies under the reviewer's suggestion too.
        const auto [third, thirdError] = reply(*m_editor, reviewers.id, QStringLiteral("陈思远"), QStringLiteral("可以。"));
        QVERIFY2(third > 0, qPrintable(thirdError));
        QCOMPARE(SuggestionRepository(*m_reviewer).load(reviewers.id)->threadId, third);

        // Replying decides nothing: both are still open, the text as it was.
        QCOMPARE(editorView.load(editors.id)->state, SuggestionState::Open);
        QCOMPARE(editorView.load(reviewers.id)->state, SuggestionState::Open);
        QCOMPARE(ArticleRepository(*m_editor).load(article.id)->version, article.version);

        // Once a thread is set, nobody but a chief moves the discussion to another one.
        for (Database *database : { m_reviewer.get(), m_editor.get() }) {
            QSqlQuery query(database->connection());
            const QString sql = QStringLiteral("UPDATE suggestions SET thread_id = %1 WHERE id = %2").arg(third).arg(editors.id);
            QVERIFY2(!query.exec(sql), qPrintable(sql));
            QVERIFY2(query.lastError().databaseText().contains(QStringLiteral("reply thread is not changed")),
                qPrintable(query.lastError().databaseText()));
        }
        QCOMPARE(editorView.load(editors.id)->threadId, first);

        // Each reply is its writer's: the editor cannot reword the reviewer's.
        QSqlQuery reword(m_editor->connection());
        QVERIFY(!reword.exec(QStringLiteral("UPDATE annotations SET body = '改过' WHERE id = %1").arg(first)));
        QVERIFY2(reword.lastError().databaseText().contains(QStringLiteral("by the login that wrote it")),
            qPrintable(reword.lastError().databaseText()));

        // A decided suggestion is still discussed: the reviewer asks why it was rejected.
        const NewsroomActions::ResolveOutcome rejected
            = NewsroomActions::rejectSuggestions(*m_editor, { reviewers.id }, QStringLiteral("陈思远"));
        QVERIFY2(rejected.ok, qPrintable(rejected.error));
        const auto [after, afterError] = reply(*m_reviewer, reviewers.id, QStringLiteral("李明"), QStringLiteral("为什么不改？"));
        QVERIFY2(after > 0, qPrintable(afterError));
        QCOMPARE(AnnotationRepository(*m_editor).load(after)->parentId, third);
        QCOMPARE(editorView.load(reviewers.id)->state, SuggestionState::Rejected);
    }

    // A suggestion's discussion is a thread of its own article, started for it by the first reply:
    // with raw SQL neither a reviewer nor an editor points a suggestion's thread at a comment on
    // another article, at a reply inside a thread, or at a colleague's comment, nor moves either
    // end apart afterwards; the reply through Galley still starts the thread.
    void suggestionThreadsStayOnTheirArticle()
    {
        Article article = draft(QStringLiteral("建议的线索"));
        QVERIFY(ArticleRepository(*m_editor).create(article));
        Article other = draft(QStringLiteral("另一篇稿件"));
        QVERIFY(ArticleRepository(*m_editor).create(other));
        Suggestion suggestion;
        suggestion.kind = SuggestionKind::Delete;
        suggestion.author = QStringLiteral("陈思远");
        suggestion.anchor = Anchoring::create(article.bodyText, 2, 4);
        QVERIFY2(NewsroomActions::suggest(*m_editor, article, suggestion).ok, "the editor's suggestion");
        SuggestionRepository chiefView(*m_chief);
        const auto threadOf = [&chiefView](qint64 id) { return chiefView.load(id)->threadId; };

        const auto comment = [](Database &database, qint64 articleId, qint64 parentId, const QString &body) {
            Annotation note;
            note.articleId = articleId;
            note.parentId = parentId;
            note.author = QStringLiteral("评论者");
            note.body = body;
            note.anchor.quote = QStringLiteral("正文");
            note.anchor.start = 2;
            note.anchor.end = 4;
            AnnotationRepository notes(database);
            return notes.create(note) ? note.id : qint64(0);
        };
        const auto refused = [](Database &database, const QString &sql, const QString &reason) {
            QSqlQuery query(database.connection());
            if (query.exec(sql))
                return QStringLiteral("accepted: %1").arg(sql);
            const QString said = query.lastError().databaseText();
            return said.contains(reason) ? QString() : QStringLiteral("%1: %2").arg(sql, said);
        };
        const QString point = QStringLiteral("UPDATE suggestions SET thread_id = %1 WHERE id = %2");

        for (Database *database : { m_reviewer.get(), m_editor.get() }) {
            // The login's own comments, so that where they are is the only fault.
            const qint64 elsewhere = comment(*database, other.id, 0, QStringLiteral("别的稿件上的评论"));
            const qint64 root = comment(*database, article.id, 0, QStringLiteral("本稿的评论"));
            const qint64 answer = comment(*database, article.id, root, QStringLiteral("评论里的回复"));
            QVERIFY(elsewhere > 0 && root > 0 && answer > 0);
            QString why = refused(*database, point.arg(elsewhere).arg(suggestion.id),
                QStringLiteral("reply thread is on its own article (%1): comment %2 is on article %3")
                    .arg(article.id)
                    .arg(elsewhere)
                    .arg(other.id));
            QVERIFY2(why.isEmpty(), qPrintable(why));
            why = refused(*database, point.arg(answer).arg(suggestion.id),
                QStringLiteral("comment %1 is a reply to comment %2").arg(answer).arg(root));
            QVERIFY2(why.isEmpty(), qPrintable(why));
            // A new suggestion may not come with another article's thread either.
            why = refused(*database,
                QStringLiteral("INSERT INTO suggestions (article_id, created_at, kind, quote, thread_id) "
                               "VALUES (%1, 'x', 'delete', '正文', %2)")
                    .arg(article.id)
                    .arg(elsewhere),
                QStringLiteral("reply thread is on its own article"));
            QVERIFY2(why.isEmpty(), qPrintable(why));
            QCOMPARE(threadOf(suggestion.id), qint64(0));
        }

        // The thread is the replier's own: the reviewer does not take over the editor's comment.
        const qint64 editorsRoot = comment(*m_editor, article.id, 0, QStringLiteral("编辑的评论"));
        QVERIFY(editorsRoot > 0);
        QString why = refused(*m_reviewer, point.arg(editorsRoot).arg(suggestion.id),
            QStringLiteral("comment %1 is by %2editor, not by %2reviewer").arg(editorsRoot).arg(m_prefix));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(threadOf(suggestion.id), qint64(0));

        // Through Galley, the reviewer's first reply starts the thread on the suggestion's article.
        Annotation message;
        message.author = QStringLiteral("李明");
        message.body = QStringLiteral("为什么删？");
        QString error;
        QVERIFY2(NewsroomActions::replyToSuggestion(*m_reviewer, suggestion.id, message, &error), qPrintable(error));
        QCOMPARE(threadOf(suggestion.id), message.id);
        QCOMPARE(AnnotationRepository(*m_editor).load(message.id)->articleId, article.id);
        Annotation answer;
        answer.author = QStringLiteral("陈思远");
        answer.body = QStringLiteral("多余。");
        QVERIFY2(NewsroomActions::replyToSuggestion(*m_editor, suggestion.id, answer, &error), qPrintable(error));
        QCOMPARE(answer.parentId, message.id);

        // Neither end moves apart afterwards: the suggestion's maker does not take it to another
        // article, the thread's writer does not make it a reply or move it.
        why = refused(*m_editor,
            QStringLiteral("UPDATE suggestions SET article_id = %1 WHERE id = %2").arg(other.id).arg(suggestion.id),
            QStringLiteral("reply thread is on its own article"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const qint64 reviewersOther = comment(*m_reviewer, article.id, 0, QStringLiteral("另一条评论"));
        for (const QString &sql :
            { QStringLiteral("UPDATE annotations SET parent_id = %1 WHERE id = %2").arg(reviewersOther).arg(message.id),
                QStringLiteral("UPDATE annotations SET article_id = %1 WHERE id = %2")
                    .arg(other.id)
                    .arg(message.id) }) {
            why = refused(*m_reviewer, sql,
                QStringLiteral("comment %1 is the reply thread of suggestion %2").arg(message.id).arg(suggestion.id));
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
        // A chief may still move the discussion, to another thread of the same article only.
        why = refused(*m_chief,
            point.arg(comment(*m_chief, other.id, 0, QStringLiteral("总编的评论"))).arg(suggestion.id),
            QStringLiteral("reply thread is on its own article"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QSqlQuery chief(m_chief->connection());
        QVERIFY2(chief.exec(point.arg(editorsRoot).arg(suggestion.id)), qPrintable(chief.lastError().databaseText()));
        QCOMPARE(threadOf(suggestion.id), editorsRoot);
    }

    // The server's rules: anyone ignores a finding and adds a word; an editor or a chief removes
    // a word and sets a language; only a chief sets the house style.
    void copyDeskMemoryByRole()
    {
        Article article = draft(QStringLiteral("Colour of the grassland"));
        ArticleRepository articles(*m_editor);
        QVERIFY2(articles.create(article), qPrintable(articles.errorString()));

        CopyDeskRepository asReviewer(*m_reviewer);
        QVERIFY2(asReviewer.ignoreFinding(article.id, QStringLiteral("k"), QStringLiteral("李明")), qPrintable(asReviewer.errorString()));
        QVERIFY2(asReviewer.addDictionaryWord(QStringLiteral("Hohhot"), QStringLiteral("李明")), qPrintable(asReviewer.errorString()));
        QVERIFY(!asReviewer.removeDictionaryWord(QStringLiteral("Hohhot")));
        QVERIFY(!asReviewer.setArticleLanguage(article.id, QStringLiteral("en-GB")));
        QVERIFY2(asReviewer.errorString().contains(QStringLiteral("permission denied")), qPrintable(asReviewer.errorString()));
        QVERIFY(!asReviewer.setHouseStyleJson("{}", QStringLiteral("李明")));

        CopyDeskRepository asEditor(*m_editor);
        QCOMPARE(asEditor.ignoredFindings(article.id), QSet<QString> { QStringLiteral("k") });
        QVERIFY2(asEditor.setArticleLanguage(article.id, QStringLiteral("en-GB")), qPrintable(asEditor.errorString()));
        QVERIFY(!asEditor.setHouseStyleJson("{}", QStringLiteral("王晓")));
        QVERIFY2(asEditor.errorString().startsWith(QStringLiteral("Could not store the house style")),
            qPrintable(asEditor.errorString()));
        QVERIFY2(asEditor.removeDictionaryWord(QStringLiteral("Hohhot")), qPrintable(asEditor.errorString()));

        CopyDeskRepository asChief(*m_chief);
        QVERIFY2(asChief.setHouseStyleJson("{}", QStringLiteral("陈曲")), qPrintable(asChief.errorString()));
        QCOMPARE(asReviewer.houseStyleJson(), QByteArray("{}"));
        QCOMPARE(asReviewer.articleLanguage(article.id), QStringLiteral("en-GB"));
        QCOMPARE(asReviewer.dictionaryWords(), QStringList());
    }

    void newArticlesStartAsDrafts()
    {
        // An editor cannot publish by adding an article that is already published (or approved).
        QSqlQuery query(m_editor->connection());
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO articles (uuid, slug, status, created_at, updated_at) VALUES "
                                           "('u-published', 's-published', 'published', 'x', 'x')")));
        QVERIFY2(query.lastError().databaseText().contains(QStringLiteral("starts as a draft")),
            qPrintable(query.lastError().databaseText()));
        Article published = draft(QStringLiteral("直接发布"));
        published.status = WorkflowState::Published;
        ArticleRepository editorArticles(*m_editor);
        QVERIFY(!editorArticles.create(published));
        QVERIFY2(editorArticles.errorString().contains(QStringLiteral("galley_chief")),
            qPrintable(editorArticles.errorString()));
        // A draft is the editor's to add; a chief may bring in copy at any stage (galley copy).
        Article fresh = draft(QStringLiteral("新稿"));
        QVERIFY2(editorArticles.create(fresh), qPrintable(editorArticles.errorString()));
        QCOMPARE(fresh.status, WorkflowState::Draft);
        Article archived = draft(QStringLiteral("旧稿"));
        archived.status = WorkflowState::Archived;
        QVERIFY(ArticleRepository(*m_chief).create(archived));
    }

    void editorCannotApproveOwnCopy()
    {
        Article article = draft(QStringLiteral("自己批准"));
        QVERIFY(ArticleRepository(*m_editor).create(article));
        QSqlQuery query(m_editor->connection());
        // No such move at all.
        QVERIFY(!query.exec(QStringLiteral("UPDATE articles SET status = 'published' WHERE id = %1").arg(article.id)));
        QVERIFY2(query.lastError().databaseText().contains(QStringLiteral("cannot go from draft to published")),
            qPrintable(query.lastError().databaseText()));
        QVERIFY(query.exec(QStringLiteral("UPDATE articles SET status = 'in_review' WHERE id = %1").arg(article.id)));
        // A reviewer's move.
        QVERIFY(!query.exec(QStringLiteral("UPDATE articles SET status = 'approved' WHERE id = %1").arg(article.id)));
        QVERIFY2(
            query.lastError().databaseText().contains(QStringLiteral("is for the reviewer role (galley_reviewer)")),
            qPrintable(query.lastError().databaseText()));
        // The chief may make either.
        QSqlQuery chief(m_chief->connection());
        QVERIFY2(chief.exec(QStringLiteral("UPDATE articles SET status = 'approved' WHERE id = %1").arg(article.id)),
            qPrintable(chief.lastError().databaseText()));
        QVERIFY2(chief.exec(QStringLiteral("UPDATE articles SET status = 'published' WHERE id = %1").arg(article.id)),
            qPrintable(chief.lastError().databaseText()));
    }

    void schemaIsCheckedAtOpen()
    {
        // An empty database: not a newsroom yet, and open() does not make it one.
        const QString empty = m_newsrooms.createDatabase();
        QVERIFY(!empty.isEmpty());
        Database database;
        QCOMPARE(database.open(uriForDatabase(m_admin, empty)), Database::Status::NotGalley);
        QVERIFY2(
            database.errorString().contains(QStringLiteral("galley admin init")), qPrintable(database.errorString()));
        QString error;
        QCOMPARE(countAsAdmin(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"), empty), 0);
        // initialize() sets it up, and a second run changes nothing.
        QCOMPARE(database.initialize(uriForDatabase(m_admin, empty)), Database::Status::Ok);
        const qint64 tables
            = countAsAdmin(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"), empty);
        QVERIFY(tables >= 8);
        QCOMPARE(database.initialize(uriForDatabase(m_admin, empty)), Database::Status::Ok);
        QCOMPARE(
            countAsAdmin(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"), empty), tables);
        database.close();

        // A newer schema is refused, and nothing is written.
        QVERIFY(runAsAdmin(
            QStringLiteral("UPDATE galley_meta SET value = '99' WHERE key = 'schema_version'"), &error, empty));
        QCOMPARE(database.open(uriForDatabase(m_admin, empty)), Database::Status::TooNew);
        QVERIFY2(database.errorString().contains(QStringLiteral("newer version of Galley")),
            qPrintable(database.errorString()));
        QCOMPARE(database.initialize(uriForDatabase(m_admin, empty)), Database::Status::TooNew);
        QCOMPARE(
            countAsAdmin(QStringLiteral("SELECT value::int FROM galley_meta WHERE key = 'schema_version'"), empty), 99);

        // Another application's database is neither opened nor set up.
        const QString foreign = m_newsrooms.createDatabase();
        QVERIFY(runAsAdmin(QStringLiteral("CREATE TABLE invoices (id int)"), &error, foreign));
        QCOMPARE(database.open(uriForDatabase(m_admin, foreign)), Database::Status::NotGalley);
        QCOMPARE(database.initialize(uriForDatabase(m_admin, foreign)), Database::Status::NotGalley);
        QVERIFY2(
            database.errorString().contains(QStringLiteral("another application")), qPrintable(database.errorString()));
        QCOMPARE(
            countAsAdmin(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"), foreign), 1);
    }

    // A server set up by the previous version (6, without the rules on a suggestion's thread) is
    // refused at open until galley admin init upgrades it; the upgrade keeps the newsroom's
    // contents, lets go of a thread on another article, and brings the rules.
    void adminInitUpgradesAnEarlierServer()
    {
        const QString name = m_newsrooms.createDatabase();
        QVERIFY(!name.isEmpty());
        const QString uri = uriForDatabase(m_admin, name);
        Database database;
        QCOMPARE(database.initialize(uri), Database::Status::Ok);
        Article article = draft(QStringLiteral("升级前的稿件"));
        QVERIFY(ArticleRepository(database).create(article));
        Article other = draft(QStringLiteral("升级前的另一篇"));
        QVERIFY(ArticleRepository(database).create(other));
        Annotation comment;
        comment.articleId = other.id;
        comment.author = QStringLiteral("李明");
        comment.body = QStringLiteral("另一篇上的评论");
        comment.anchor = Anchoring::create(other.bodyText, 2, 4);
        AnnotationRepository notes(database);
        QVERIFY2(notes.create(comment), qPrintable(notes.errorString()));
        Suggestion suggestion;
        suggestion.kind = SuggestionKind::Delete;
        suggestion.author = QStringLiteral("李明");
        suggestion.anchor = Anchoring::create(article.bodyText, 2, 4);
        QVERIFY(NewsroomActions::suggest(database, article, suggestion).ok);
        database.close();

        QString error;
        QVERIFY2(
            runAsAdmin(QStringLiteral("DROP TRIGGER suggestions_thread_check ON suggestions; "
                                      "DROP TRIGGER annotations_thread_check ON annotations; "
                                      "DROP FUNCTION galley_check_suggestion_thread(), galley_check_thread_root(); "
                                      "UPDATE suggestions SET thread_id = %1 WHERE id = %2; "
                                      "UPDATE galley_meta SET value = '6' WHERE key = 'schema_version'")
                           .arg(comment.id)
                           .arg(suggestion.id),
                &error, name),
            qPrintable(error));
        QCOMPARE(database.open(uri), Database::Status::MigrationFailed);
        QVERIFY2(database.errorString().contains(
                     QStringLiteral("needs an upgrade to schema version %1").arg(PostgresConnection::schemaVersion())),
            qPrintable(database.errorString()));

        QCOMPARE(database.initialize(uri), Database::Status::Ok);
        QCOMPARE(countAsAdmin(QStringLiteral("SELECT value::int FROM galley_meta WHERE key = 'schema_version'"), name),
            PostgresConnection::schemaVersion());
        QCOMPARE(ArticleRepository(database).count(), 2);
        QCOMPARE(SuggestionRepository(database).load(suggestion.id)->threadId, qint64(0));
        QCOMPARE(AnnotationRepository(database).load(comment.id)->body, comment.body);
        QSqlQuery query(database.connection());
        QVERIFY(!query.exec(
            QStringLiteral("UPDATE suggestions SET thread_id = %1 WHERE id = %2").arg(comment.id).arg(suggestion.id)));
        QVERIFY2(query.lastError().databaseText().contains(QStringLiteral("reply thread is on its own article")),
            qPrintable(query.lastError().databaseText()));
    }

    void badAddressesSayWhy()
    {
        Database database;
        QCOMPARE(database.open(QStringLiteral("postgresql://[bad")), Database::Status::CannotOpen);
        QVERIFY2(database.errorString().contains(QStringLiteral("not a valid team newsroom address")),
            qPrintable(database.errorString()));
        QVERIFY(!database.isOpen());

        // Nothing listens on port 1.
        QCOMPARE(database.open(QStringLiteral("postgresql://someone@127.0.0.1:1/news?connect_timeout=3")),
            Database::Status::CannotOpen);
        QVERIFY2(database.errorString().startsWith(
                     QStringLiteral("Cannot connect to the team newsroom “postgresql://someone@127.0.0.1:1/news")),
            qPrintable(database.errorString()));

        // Over TCP the server asks for a password; the wrong one is refused, the right one works,
        // and neither appears in what Galley shows.
        const QString port = portOfTestServer();
        QVERIFY2(!port.isEmpty(), "the test server's port is unknown");
        const QString tcp = QStringLiteral("postgresql://%1editor@127.0.0.1:%2/%3").arg(m_prefix, port, m_databaseName);
        QCOMPARE(database.open(tcp, QStringLiteral("wrong")), Database::Status::AccessDenied);
        QVERIFY2(database.errorString().contains(QStringLiteral("password authentication failed")),
            qPrintable(database.errorString()));
        QCOMPARE(
            database.open(tcp, QStringLiteral("secret-") + m_prefix + QStringLiteral("editor")), Database::Status::Ok);
        QCOMPARE(database.serverRole(), std::optional<Role>(Role::Editor));
        QVERIFY(database.passwordRequired() == false);
        QCOMPARE(database.open(tcp, QStringLiteral("wrong again")), Database::Status::AccessDenied);
        QVERIFY(database.passwordRequired()); // the GUI asks for one (whatever language libpq speaks)
        const QString withPassword
            = QStringLiteral("postgresql://%1editor:hunter2@127.0.0.1:%2/%3?password=hunter2&sslmode=disable")
                  .arg(m_prefix, port, m_databaseName);
        QVERIFY(!Database::displayNameOf(withPassword).contains(QStringLiteral("hunter2")));
        QCOMPARE(Database::displayNameOf(withPassword),
            QStringLiteral("postgresql://%1editor@127.0.0.1:%2/%3?sslmode=disable")
                .arg(m_prefix, port, m_databaseName));
        // A password with characters of a URI's other parts, and one libpq cannot read: never shown.
        for (const QString &uri : { QStringLiteral("postgresql://alice:pa?ss/w@rd@db.example/news"),
                 QStringLiteral("postgresql://alice:p%zzsecret@db.example/news"),
                 QStringLiteral("postgresql://alice@db.example/news?sslpassword=keysecret") }) {
            const QString shown = Database::displayNameOf(uri);
            QVERIFY2(!shown.contains(QStringLiteral("ss/w")) && !shown.contains(QStringLiteral("secret")),
                qPrintable(shown));
            QCOMPARE(database.open(uri), Database::Status::CannotOpen);
            QVERIFY2(!database.errorString().contains(QStringLiteral("secret"))
                    && !database.errorString().contains(QStringLiteral("ss/w")),
                qPrintable(database.errorString()));
        }
    }

    void savesAndCommentsOnOneArticleNeverDeadlock()
    {
        // Two desks at once on one article: an editor's saves (article + revision) and a
        // reviewer's comments (revision + comment), each in one transaction. Found by the
        // live-collaboration soak: they took the article's row and its history in opposite
        // orders and PostgreSQL broke the cycle by failing one of them.
        Article article = draft(QStringLiteral("并发"));
        QVERIFY(ArticleRepository(*m_editor).create(article));
        const qint64 id = article.id;
        std::atomic<int> failures { 0 };
        QStringList errors;
        QMutex errorsLock;
        const auto failed = [&](const QString &error) {
            ++failures;
            QMutexLocker locker(&errorsLock);
            errors.append(error);
        };
        const auto desk = [&](const QString &login, bool comments) {
            return QThread::create([&, login, comments] {
                Database database;
                if (database.open(location(login)) != Database::Status::Ok)
                    return failed(database.errorString());
                ArticleRepository articles(database);
                for (int n = 0; n < 150; ++n) {
                    std::optional<Article> current = articles.load(id);
                    if (!current)
                        return failed(articles.errorString());
                    if (comments) {
                        Annotation note;
                        note.articleId = id;
                        note.author = QStringLiteral("李明");
                        note.body = QStringLiteral("意见%1").arg(n);
                        note.anchor.quote = QStringLiteral("正文");
                        const NewsroomActions::AnnotateOutcome outcome
                            = NewsroomActions::annotate(database, *current, note);
                        if (!outcome.ok)
                            failed(outcome.error);
                        continue;
                    }
                    current->bodyHtml += QStringLiteral("<p>第%1次修改</p>\n").arg(n);
                    const NewsroomActions::SaveOutcome outcome
                        = NewsroomActions::save(database, *current, RevisionKind::Autosave, QStringLiteral("赵晓"));
                    if (outcome.result != ArticleRepository::SaveResult::Saved
                        && outcome.result != ArticleRepository::SaveResult::Conflict)
                        failed(outcome.error);
                }
            });
        };
        std::unique_ptr<QThread> editor(desk(QStringLiteral("editor"), false));
        std::unique_ptr<QThread> reviewer(desk(QStringLiteral("reviewer"), true));
        std::unique_ptr<QThread> chief(desk(QStringLiteral("chief"), false));
        for (QThread *thread : { editor.get(), reviewer.get(), chief.get() })
            thread->start();
        for (QThread *thread : { editor.get(), reviewer.get(), chief.get() })
            QVERIFY(thread->wait(120000));
        QVERIFY2(failures == 0, qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(AnnotationRepository(*m_chief).threads(id).size(), 150);
    }

    void lostConnectionFailsTheSaveCleanly()
    {
        std::unique_ptr<Database> desk;
        QVERIFY(openAs(QStringLiteral("editor"), desk));
        Article article = draft(QStringLiteral("断线"));
        ArticleRepository articles(*desk);
        QVERIFY(articles.create(article));
        QVERIFY(articles.load(article.id)); // its statements are prepared on this connection
        const int firstConnection = desk->connectionGeneration();

        // The server drops the desk's connection in the middle of a save's transaction (as a
        // restart or a network cut would): the save fails, nothing of it is stored, and the
        // caller's copy is untouched, so it can be saved again.
        Article edited = article;
        edited.bodyHtml = QStringLiteral("<p>断线时写的字。</p>\n");
        {
            WriteTransaction transaction(*desk);
            QVERIFY(transaction.isActive());
            QVERIFY(dropConnections(QStringLiteral("editor")));
            QCOMPARE(articles.save(edited), ArticleRepository::SaveResult::Failed);
            QVERIFY(!articles.errorString().isEmpty());
            QVERIFY(!transaction.commit());
        }
        QCOMPARE(edited.version, article.version);
        QCOMPARE(ArticleRepository(*m_chief).load(article.id)->bodyHtml, article.bodyHtml);

        // The same Database connects again by itself on its next use: the same copy saves,
        // through the same repository (whose prepared statements belonged to the lost one).
        QCOMPARE(articles.save(edited), ArticleRepository::SaveResult::Saved);
        QVERIFY(desk->connectionGeneration() > firstConnection);
        QCOMPARE(articles.load(article.id)->bodyHtml, edited.bodyHtml);
        QCOMPARE(ArticleRepository(*m_chief).load(article.id)->bodyHtml, edited.bodyHtml);
        QCOMPARE(RevisionRepository(*m_chief).list(article.id).size(), 0); // a plain save records no revision
        QCOMPARE(desk->serverRole(), std::optional<Role>(Role::Editor));

        // Dropped while idle, the connection is made again before the next statement: no call fails.
        QVERIFY(dropConnections(QStringLiteral("editor")));
        QTest::qWait(200); // the server's goodbye reaches the socket
        const std::optional<Article> reloaded = articles.load(article.id);
        QVERIFY2(reloaded.has_value(), qPrintable(articles.errorString()));
        QCOMPARE(reloaded->version, edited.version);
        edited = *reloaded;
        edited.title = QStringLiteral("断线以后");
        QCOMPARE(articles.save(edited), ArticleRepository::SaveResult::Saved);
    }

private:
    QString location(const QString &login) const { return m_team.location(login); }
    bool openAs(const QString &login, std::unique_ptr<Database> &database) const
    {
        return m_team.openAs(login, database);
    }
    bool dropConnections(const QString &login) const { return m_team.dropConnections(login); }

    static Article draft(const QString &title)
    {
        Article article;
        article.title = title;
        article.bodyHtml = QStringLiteral("<p>这是正文，有一些内容。</p>\n");
        article.byline = QStringLiteral("赵晓");
        return article;
    }

    qint64 countAsAdmin(const QString &sql, const QString &database)
    {
        // A plain QPSQL connection: the database may not be a newsroom.
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("count-admin"));
        const QString port = portOfTestServer();
        const QRegularExpression hostParameter(QStringLiteral("[?&]host=([^&]+)"));
        connection.setHostName(QUrl::fromPercentEncoding(hostParameter.match(m_admin).captured(1).toUtf8()));
        connection.setPort(port.toInt());
        connection.setUserName(QRegularExpression(QStringLiteral("://([^@:/?]*)@")).match(m_admin).captured(1));
        connection.setDatabaseName(database);
        qint64 value = -1;
        if (connection.open()) {
            QSqlQuery query(connection);
            if (query.exec(sql) && query.next())
                value = query.value(0).toLongLong();
        }
        connection.close();
        connection = {};
        QSqlDatabase::removeDatabase(QStringLiteral("count-admin"));
        return value;
    }

    QString portOfTestServer() const
    {
        const QString fromEnvironment = qEnvironmentVariable("GALLEY_TEST_PG_PORT");
        if (!fromEnvironment.isEmpty())
            return fromEnvironment;
        return QRegularExpression(QStringLiteral("[?&]port=(\\d+)")).match(m_admin).captured(1);
    }

    galley::test::TeamLogins m_team;
    galley::test::TestNewsrooms m_newsrooms;
    QString m_admin;
    QString m_databaseName;
    QString m_prefix;
    std::unique_ptr<Database> m_editor;
    std::unique_ptr<Database> m_reviewer;
    std::unique_ptr<Database> m_chief;
};

QTEST_GUILESS_MAIN(TeamServerTest)
#include "tst_teamserver.moc"
