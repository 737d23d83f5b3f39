// Suggestions in storage, on both engines: stored apart from the body, accepted through the
// normal save path (a revision naming the editor and the reviewer) or rejected, and re-anchored
// on every change of the text (kept, moved or orphaned, never dropped).
#include "document/anchoring.h"
#include "document/canonicalhtml.h"
#include "storage/annotationrepository.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/newsroomactions.h"
#include "storage/revisionrepository.h"
#include "storage/suggestionrepository.h"

#include <QTest>

#include <thread>

#include "testnewsroom.h"

using namespace galley;

namespace {

QString html(const QStringList &paragraphs)
{
    QString result;
    for (const QString &paragraph : paragraphs)
        result += QStringLiteral("<p>") + paragraph + QStringLiteral("</p>\n");
    return result;
}

const QStringList EnglishV1 {
    QStringLiteral("The city council voted on Tuesday to close the Elm Street library."),
    QStringLiteral("Residents said the branch was the only quiet place to study in the district."),
    QStringLiteral("The mayor promised a review of the decision before the budget is final."),
};
// A wire update: a new opening paragraph, a word of the second passage changed, the third
// passage's sentence replaced.
const QStringList EnglishV2 {
    QStringLiteral("UPDATED with comment from the mayor's office."),
    QStringLiteral("The city council voted on Tuesday to close the Elm Street library."),
    QStringLiteral("Residents said the branch was the only calm place to study in the district."),
    QStringLiteral("The mayor's office declined to comment."),
};

const QString Reviewer = QStringLiteral("李华");
const QString Editor = QStringLiteral("陈思远");

} // namespace

class SuggestionRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_newsrooms = std::make_unique<galley::test::TestNewsrooms>();
        m_path = m_newsrooms->create();
        QVERIFY2(!m_path.isEmpty(), qPrintable(m_newsrooms->errorString()));
        m_database = std::make_unique<Database>();
        QCOMPARE(m_database->open(m_path), Database::Status::Ok);
        m_article = Article {};
        m_article.title = QStringLiteral("Library to close");
        m_article.bodyHtml = html(EnglishV1);
        ArticleRepository articles(*m_database);
        QVERIFY2(articles.create(m_article), qPrintable(articles.errorString()));
    }

    void cleanup()
    {
        m_database.reset();
        m_newsrooms.reset();
    }

    void storedApartFromTheBody()
    {
        const Suggestion stored = suggest(SuggestionKind::Replace, QStringLiteral("quiet"), QStringLiteral("calm"));
        QVERIFY(stored.id > 0);
        QVERIFY(stored.createdAt.isValid());
        QVERIFY(stored.revisionNumber > 0);
        QCOMPARE(stored.baseVersion, m_article.version);
        QCOMPARE(stored.groupId, qint64(0));

        SuggestionRepository repository(*m_database);
        const std::optional<Suggestion> loaded = repository.load(stored.id);
        QVERIFY2(loaded, qPrintable(repository.errorString()));
        QCOMPARE(*loaded, stored);
        QCOMPARE(loaded->state, SuggestionState::Open);
        QCOMPARE(loaded->author, Reviewer);
        QCOMPARE(loaded->proposedHtml, QStringLiteral("calm"));
        QCOMPARE(repository.list(m_article.id).size(), 1);
        QCOMPARE(repository.openCount(m_article.id), 1);
        QCOMPARE(
            repository.openCounts({ m_article.id, m_article.id + 1000 }), (QHash<qint64, int> { { m_article.id, 1 } }));

        // The body is untouched: no review markup in it.
        const std::optional<Article> article = ArticleRepository(*m_database).load(m_article.id);
        QVERIFY(article);
        QCOMPARE(article->bodyHtml, html(EnglishV1));
        QCOMPARE(article->version, m_article.version);
    }

    void badSuggestionsAreRefusedWithAReason_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("proposed");
        QTest::addColumn<QString>("reason");
        QTest::newRow("robustness: replace without text")
            << int(SuggestionKind::Replace) << QStringLiteral("quiet") << QString() << QStringLiteral("empty");
        QTest::newRow("robustness: only spaces proposed") << int(SuggestionKind::Insert) << QStringLiteral("quiet")
                                                          << QStringLiteral("  ") << QStringLiteral("empty");
        QTest::newRow("robustness: a paragraph proposed")
            << int(SuggestionKind::Insert) << QStringLiteral("quiet") << QStringLiteral("one</p><p>two")
            << QStringLiteral("one line");
        QTest::newRow("robustness: a line break proposed") << int(SuggestionKind::Replace) << QStringLiteral("quiet")
                                                           << QStringLiteral("a<br>b") << QStringLiteral("one line");
        QTest::newRow("robustness: quote not in the text")
            << int(SuggestionKind::Delete) << QString() << QString() << QStringLiteral("not anchored");
    }

    void badSuggestionsAreRefusedWithAReason()
    {
        QFETCH(int, kind);
        QFETCH(QString, quote);
        QFETCH(QString, proposed);
        QFETCH(QString, reason);
        Suggestion suggestion;
        suggestion.kind = SuggestionKind(kind);
        suggestion.author = Reviewer;
        suggestion.proposedHtml = proposed;
        if (!quote.isEmpty()) {
            const qsizetype at = m_article.bodyText.indexOf(quote);
            suggestion.anchor = Anchoring::create(m_article.bodyText, at, at + quote.size());
        } else {
            suggestion.anchor.quote = QStringLiteral("no such passage");
        }
        const NewsroomActions::SuggestOutcome outcome = NewsroomActions::suggest(*m_database, m_article, suggestion);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(reason), qPrintable(outcome.error));
        QCOMPARE(SuggestionRepository(*m_database).list(m_article.id).size(), 0);
    }

    void proposedTextIsSanitized()
    {
        const Suggestion stored = suggest(SuggestionKind::Replace, QStringLiteral("quiet"),
            QStringLiteral("<script>alert(1)</script><b onclick=\"x()\">calm</b>"));
        QCOMPARE(stored.proposedHtml, QStringLiteral("<strong>calm</strong>"));
        // Text without tags keeps its spaces and is escaped as canonical HTML.
        const Suggestion text
            = suggest(SuggestionKind::Insert, QStringLiteral("Elm Street"), QStringLiteral(" R&amp;D > x "));
        QCOMPARE(text.proposedHtml, QStringLiteral(" R&amp;D &gt; x "));
    }

    void oneGestureIsOneGroup()
    {
        QList<Suggestion> gesture;
        for (const QString &quote : { QStringLiteral("Tuesday"), QStringLiteral("budget") }) {
            Suggestion suggestion;
            suggestion.kind = SuggestionKind::Delete;
            suggestion.author = Reviewer;
            const qsizetype at = m_article.bodyText.indexOf(quote);
            suggestion.anchor = Anchoring::create(m_article.bodyText, at, at + quote.size());
            gesture.append(suggestion);
        }
        const NewsroomActions::SuggestOutcome outcome = NewsroomActions::suggest(*m_database, m_article, gesture);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(gesture.at(0).groupId, gesture.at(0).id);
        QCOMPARE(gesture.at(1).groupId, gesture.at(0).id);
        const QList<Suggestion> stored = SuggestionRepository(*m_database).list(m_article.id);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).groupId, gesture.at(0).id);
        QCOMPARE(stored.at(1).groupId, gesture.at(0).id);
    }

    void acceptAppliesTheChangeAsARevisionByBothNames()
    {
        const Suggestion replace = suggest(SuggestionKind::Replace, QStringLiteral("quiet"), QStringLiteral("calm"));
        const Suggestion other = suggest(SuggestionKind::Delete, QStringLiteral(" before the budget is final"));
        RevisionRepository revisions(*m_database);
        const int revisionsBefore = revisions.count(m_article.id);

        const NewsroomActions::ResolveOutcome accepted
            = NewsroomActions::acceptSuggestions(*m_database, { replace.id }, Editor);
        QVERIFY2(accepted.ok, qPrintable(accepted.error));
        QVERIFY(accepted.revision);
        QVERIFY(accepted.article);

        const std::optional<Article> article = ArticleRepository(*m_database).load(m_article.id);
        QVERIFY(article);
        QVERIFY2(article->bodyText.contains(QStringLiteral("the only calm place")), qPrintable(article->bodyText));
        QVERIFY(!article->bodyText.contains(QStringLiteral("quiet")));
        QCOMPARE(article->version, m_article.version + 1);
        QCOMPARE(revisions.count(m_article.id), revisionsBefore + 1);
        const std::optional<Revision> revision = revisions.latest(m_article.id);
        QVERIFY(revision);
        QCOMPARE(revision->number, *accepted.revision);
        QCOMPARE(revision->author, QStringLiteral("陈思远 (suggested by 李华)"));
        QCOMPARE(revision->bodyHtml, article->bodyHtml);
        QVERIFY(revision->named);

        SuggestionRepository repository(*m_database);
        const std::optional<Suggestion> done = repository.load(replace.id);
        QVERIFY(done);
        QCOMPARE(done->state, SuggestionState::Accepted);
        QCOMPARE(done->resolver, Editor);
        QVERIFY(done->resolvedAt.isValid());
        // The other one was placed on the new text (the same place, the quote unchanged).
        const std::optional<Suggestion> still = repository.load(other.id);
        QVERIFY(still);
        QCOMPARE(still->state, SuggestionState::Open);
        QCOMPARE(article->bodyText.mid(still->anchor.start, still->anchor.end - still->anchor.start),
            QStringLiteral(" before the budget is final"));
        QCOMPARE(still->revisionNumber, *accepted.revision);
        QCOMPARE(repository.openCount(m_article.id), 1);

        // A resolved suggestion is not accepted twice.
        const NewsroomActions::ResolveOutcome again
            = NewsroomActions::acceptSuggestions(*m_database, { replace.id }, Editor);
        QVERIFY(!again.ok);
        QVERIFY2(again.error.contains(QStringLiteral("already accepted")), qPrintable(again.error));
        QCOMPARE(revisions.count(m_article.id), revisionsBefore + 1);
    }

    void acceptingSeveralMakesOneRevision()
    {
        const Suggestion insert
            = suggest(SuggestionKind::Insert, QStringLiteral("The city council"), QStringLiteral(" unanimously"));
        const Suggestion remove = suggest(SuggestionKind::Delete, QStringLiteral(" in the district"));
        const Suggestion overlapping
            = suggest(SuggestionKind::Replace, QStringLiteral("in the district"), QStringLiteral("downtown"));
        RevisionRepository revisions(*m_database);
        const int before = revisions.count(m_article.id);

        // Two that change the same text cannot be applied together: nothing happens.
        const NewsroomActions::ResolveOutcome refused
            = NewsroomActions::acceptSuggestions(*m_database, { remove.id, overlapping.id }, Editor);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("same text")), qPrintable(refused.error));
        QCOMPARE(revisions.count(m_article.id), before);
        QCOMPARE(SuggestionRepository(*m_database).openCount(m_article.id), 3);

        const NewsroomActions::ResolveOutcome accepted
            = NewsroomActions::acceptSuggestions(*m_database, { insert.id, remove.id }, Editor);
        QVERIFY2(accepted.ok, qPrintable(accepted.error));
        QCOMPARE(revisions.count(m_article.id), before + 1);
        const QString text = accepted.article->bodyText;
        QVERIFY2(text.startsWith(QStringLiteral("The city council unanimously voted")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("the only quiet place to study.")), qPrintable(text));
        // The overlapping one no longer fits: orphaned, with its text.
        const std::optional<Suggestion> orphan = SuggestionRepository(*m_database).load(overlapping.id);
        QVERIFY(orphan);
        QCOMPARE(orphan->state, SuggestionState::Orphaned);
        QCOMPARE(orphan->anchor.quote, QStringLiteral("in the district"));
    }

    void acceptingAFormatChangeKeepsTheText()
    {
        Suggestion format;
        format.kind = SuggestionKind::Format;
        format.author = Reviewer;
        format.formatAfter = QStringLiteral("strong");
        const qsizetype at = m_article.bodyText.indexOf(QStringLiteral("Elm Street library"));
        format.anchor = Anchoring::create(m_article.bodyText, at, at + 18);
        NewsroomActions::SuggestOutcome made = NewsroomActions::suggest(*m_database, m_article, format);
        QVERIFY2(made.ok, qPrintable(made.error));
        const NewsroomActions::ResolveOutcome accepted
            = NewsroomActions::acceptSuggestions(*m_database, { format.id }, Editor);
        QVERIFY2(accepted.ok, qPrintable(accepted.error));
        QVERIFY2(accepted.article->bodyHtml.contains(QStringLiteral("close the <strong>Elm Street library</strong>.")),
            qPrintable(accepted.article->bodyHtml));
        QCOMPARE(accepted.article->bodyText, m_article.bodyText);

        Suggestion unknown = format;
        unknown.id = 0;
        unknown.formatAfter = QStringLiteral("blink");
        made = NewsroomActions::suggest(*m_database, *accepted.article, unknown);
        QVERIFY(!made.ok);
        QVERIFY2(made.error.contains(QStringLiteral("strong, em")), qPrintable(made.error));
    }

    void rejectLeavesTheText()
    {
        const Suggestion suggestion = suggest(SuggestionKind::Replace, QStringLiteral("quiet"), QStringLiteral("calm"));
        RevisionRepository revisions(*m_database);
        const int before = revisions.count(m_article.id);
        const NewsroomActions::ResolveOutcome rejected
            = NewsroomActions::rejectSuggestions(*m_database, { suggestion.id }, Editor);
        QVERIFY2(rejected.ok, qPrintable(rejected.error));
        QVERIFY(!rejected.revision);
        QCOMPARE(revisions.count(m_article.id), before);
        const std::optional<Article> article = ArticleRepository(*m_database).load(m_article.id);
        QCOMPARE(article->bodyHtml, html(EnglishV1));
        const std::optional<Suggestion> stored = SuggestionRepository(*m_database).load(suggestion.id);
        QCOMPARE(stored->state, SuggestionState::Rejected);
        QCOMPARE(stored->resolver, Editor);

        const NewsroomActions::ResolveOutcome again
            = NewsroomActions::acceptSuggestions(*m_database, { suggestion.id }, Editor);
        QVERIFY(!again.ok);
        QVERIFY2(again.error.contains(QStringLiteral("already rejected")), qPrintable(again.error));
        const NewsroomActions::ResolveOutcome missing
            = NewsroomActions::rejectSuggestions(*m_database, { suggestion.id + 100 }, Editor);
        QVERIFY(!missing.ok);
        QVERIFY2(missing.error.contains(QString::number(suggestion.id + 100)), qPrintable(missing.error));
    }

    void wireUpdateKeepsMovesAndOrphans()
    {
        const Suggestion kept
            = suggest(SuggestionKind::Insert, QStringLiteral("Elm Street"), QStringLiteral(" branch"));
        const Suggestion moved = suggest(SuggestionKind::Replace, QStringLiteral("the only quiet place to study"),
            QStringLiteral("the last quiet place to study"));
        const Suggestion orphaned
            = suggest(SuggestionKind::Delete, QStringLiteral("promised a review of the decision"));
        Article update;
        update.bodyHtml = html(EnglishV2);
        Article revised = m_article;
        const NewsroomActions::ReviseOutcome outcome = NewsroomActions::reviseFromUpdate(
            *m_database, revised, update, QStringLiteral("Wire"), QStringLiteral("Wire update"));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.suggestions.orphaned, 1);
        QCOMPARE(outcome.suggestions.moved + outcome.suggestions.unchanged, 2);

        SuggestionRepository repository(*m_database);
        const QString text = revised.bodyText;
        const auto textAt
            = [&text](const Suggestion &s) { return text.mid(s.anchor.start, s.anchor.end - s.anchor.start); };
        const std::optional<Suggestion> keptNow = repository.load(kept.id);
        QCOMPARE(keptNow->state, SuggestionState::Open);
        QCOMPARE(textAt(*keptNow), QStringLiteral("Elm Street"));
        QVERIFY(keptNow->anchor.start > kept.anchor.start); // a paragraph came before it
        QCOMPARE(keptNow->revisionNumber, outcome.revision);
        const std::optional<Suggestion> movedNow = repository.load(moved.id);
        QCOMPARE(movedNow->state, SuggestionState::Open);
        QCOMPARE(textAt(*movedNow), QStringLiteral("the only calm place to study"));
        const std::optional<Suggestion> orphanNow = repository.load(orphaned.id);
        QCOMPARE(orphanNow->state, SuggestionState::Orphaned);
        QCOMPARE(orphanNow->anchor.quote, QStringLiteral("promised a review of the decision"));
        QCOMPARE(repository.openCount(m_article.id), 2);

        // An orphan cannot be accepted; it can be rejected.
        const NewsroomActions::ResolveOutcome accept
            = NewsroomActions::acceptSuggestions(*m_database, { orphaned.id }, Editor);
        QVERIFY(!accept.ok);
        QVERIFY2(accept.error.contains(QStringLiteral("no longer fits")), qPrintable(accept.error));
        const NewsroomActions::ResolveOutcome reject
            = NewsroomActions::rejectSuggestions(*m_database, { orphaned.id }, Editor);
        QVERIFY2(reject.ok, qPrintable(reject.error));

        // Accepting the kept one applies it where its text is now.
        const NewsroomActions::ResolveOutcome accepted
            = NewsroomActions::acceptSuggestions(*m_database, { kept.id }, Editor);
        QVERIFY2(accepted.ok, qPrintable(accepted.error));
        QVERIFY2(accepted.article->bodyText.contains(QStringLiteral("the Elm Street branch library.")),
            qPrintable(accepted.article->bodyText));
    }

    void everySaveReanchorsAndAnOrphanThatFitsAgainIsOpen()
    {
        const Suggestion suggestion
            = suggest(SuggestionKind::Replace, QStringLiteral("quiet place"), QStringLiteral("calm place"));
        Article edited = m_article;
        edited.bodyHtml = html({ EnglishV1.at(0), EnglishV1.at(2) });
        NewsroomActions::SaveOutcome saved = NewsroomActions::save(*m_database, edited, RevisionKind::Save, Editor);
        QCOMPARE(saved.result, ArticleRepository::SaveResult::Saved);
        SuggestionRepository repository(*m_database);
        QCOMPARE(repository.load(suggestion.id)->state, SuggestionState::Orphaned);
        QCOMPARE(repository.openCount(m_article.id), 0);

        edited.bodyHtml = html(EnglishV1);
        saved = NewsroomActions::save(*m_database, edited, RevisionKind::Autosave, Editor);
        QCOMPARE(saved.result, ArticleRepository::SaveResult::Saved);
        const std::optional<Suggestion> back = repository.load(suggestion.id);
        QCOMPARE(back->state, SuggestionState::Open);
        QCOMPARE(edited.bodyText.mid(back->anchor.start, back->anchor.end - back->anchor.start),
            QStringLiteral("quiet place"));
    }

    void repliesGoToTheSuggestionsThread()
    {
        const Suggestion suggestion = suggest(SuggestionKind::Replace, QStringLiteral("quiet"), QStringLiteral("calm"));
        Annotation first;
        first.author = Editor;
        first.body = QStringLiteral("Why calm?");
        QString error;
        QVERIFY2(NewsroomActions::replyToSuggestion(*m_database, suggestion.id, first, &error), qPrintable(error));
        Annotation second;
        second.author = Reviewer;
        second.body = QStringLiteral("The source says so.");
        QVERIFY2(NewsroomActions::replyToSuggestion(*m_database, suggestion.id, second, &error), qPrintable(error));
        const std::optional<Suggestion> stored = SuggestionRepository(*m_database).load(suggestion.id);
        QCOMPARE(stored->threadId, first.id);
        QCOMPARE(second.parentId, first.id);
        const std::optional<AnnotationThread> thread = AnnotationRepository(*m_database).thread(first.id);
        QVERIFY(thread);
        QCOMPARE(thread->root.anchor.quote, QStringLiteral("quiet"));
        QCOMPARE(thread->replies.size(), 1);
        QCOMPARE(thread->replies.first().body, second.body);
    }

    // Two desks reply first to the same suggestion at the same moment: the other desk's reply is
    // still being written (its transaction open, the thread linked) when this one starts. Neither
    // reply is lost: this one joins the other's thread once it is committed (on a team server the
    // old code read "no thread yet", started a second one and was refused when linking it).
    void twoFirstRepliesAtOnceLoseNeither()
    {
        const Suggestion suggestion = suggest(SuggestionKind::Replace, QStringLiteral("quiet"), QStringLiteral("calm"));
        Database other;
        QCOMPARE(other.open(m_path), Database::Status::Ok);
        Annotation theirs;
        {
            WriteTransaction transaction(other);
            QVERIFY2(transaction.isActive(), qPrintable(transaction.errorString()));
            theirs.articleId = m_article.id;
            theirs.author = Reviewer;
            theirs.body = QStringLiteral("The source says calm.");
            theirs.anchor = suggestion.anchor;
            AnnotationRepository annotations(other);
            QVERIFY2(annotations.create(theirs), qPrintable(annotations.errorString()));
            SuggestionRepository suggestions(other);
            QCOMPARE(suggestions.startThread(suggestion.id, theirs.id), SuggestionRepository::ThreadStart::Started);

            // This desk's reply, from a thread of its own, while the other's is uncommitted.
            Annotation mine;
            mine.author = Editor;
            mine.body = QStringLiteral("Why calm?");
            bool ok = false;
            QString error;
            const QString path = m_path;
            const qint64 id = suggestion.id;
            std::thread replying([&mine, &ok, &error, path, id] {
                Database own;
                if (own.open(path) != Database::Status::Ok) {
                    error = own.errorString();
                    return;
                }
                ok = NewsroomActions::replyToSuggestion(own, id, mine, &error);
            });
            QTest::qSleep(500); // the reply is waiting for the other desk's transaction now
            QVERIFY2(transaction.commit(), qPrintable(transaction.errorString()));
            replying.join();
            QVERIFY2(ok, qPrintable(QStringLiteral("the second first reply was lost: ") + error));
            QCOMPARE(mine.parentId, theirs.id);
        }
        const std::optional<Suggestion> stored = SuggestionRepository(*m_database).load(suggestion.id);
        QCOMPARE(stored->threadId, theirs.id);
        const std::optional<AnnotationThread> thread = AnnotationRepository(*m_database).thread(theirs.id);
        QVERIFY(thread);
        QCOMPARE(thread->replies.size(), 1);
        QCOMPARE(thread->replies.first().body, QStringLiteral("Why calm?"));
        QCOMPARE(AnnotationRepository(*m_database).threads(m_article.id).size(), 1); // no second thread
    }

    void deletingTheArticleTakesItsSuggestions()
    {
        const Suggestion suggestion = suggest(SuggestionKind::Delete, QStringLiteral("quiet "));
        ArticleRepository articles(*m_database);
        QVERIFY(articles.moveToTrash(m_article.id));
        QVERIFY(articles.purge(m_article.id));
        QVERIFY(!SuggestionRepository(*m_database).load(suggestion.id));
    }

private:
    Suggestion suggest(SuggestionKind kind, const QString &quote, const QString &proposed = {})
    {
        Suggestion suggestion;
        suggestion.kind = kind;
        suggestion.author = Reviewer;
        suggestion.proposedHtml = proposed;
        const std::optional<Article> article = ArticleRepository(*m_database).load(m_article.id);
        const qsizetype at = article->bodyText.indexOf(quote);
        suggestion.anchor = Anchoring::create(article->bodyText, at, at + quote.size());
        const NewsroomActions::SuggestOutcome outcome = NewsroomActions::suggest(*m_database, *article, suggestion);
        if (!outcome.ok)
            qWarning() << outcome.error;
        return suggestion;
    }

    std::unique_ptr<galley::test::TestNewsrooms> m_newsrooms;
    QString m_path;
    std::unique_ptr<Database> m_database;
    Article m_article;
};

QTEST_GUILESS_MAIN(SuggestionRepositoryTest)
#include "tst_suggestionrepository.moc"
