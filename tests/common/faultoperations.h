#pragma once

// The use cases the storage fault sweeps run (issue #15): tst_storagefaults fails the Nth write,
// sync or lock of a newsroom file, tst_serverfaults stops the PostgreSQL server before the Nth
// statement. Both start from the same newsroom (seedFaultNewsroom) and run the same use cases
// (faultOperation); only how the fault is made and how the newsroom is compared differ.

#include "document/anchoring.h"
#include "importing/importjob.h"
#include "storage/annotationrepository.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/newsroomactions.h"

#include <QString>

#include <functional>

namespace galley::test {

/// The body of the article every sweep starts from.
inline QString faultBody()
{
    return QStringLiteral("<p>The city council voted on Tuesday to close the Elm Street library.</p>\n"
                          "<p>Residents said the branch was the only quiet place to study.</p>\n");
}

/// What a use case did: stored (and how to find it again), or refused with a message.
struct FaultAttempt {
    bool ok = false;
    QString error;
    std::function<bool(Database &)> stored; ///< true when the change is in the newsroom
};

/// Runs the use case a 1st or 2nd time on the newsroom at \a location (open in \a db unless the
/// use case is opening it), calling \a start just before the use case itself (after reading what
/// it needs, as the editor has it on screen).
using FaultOperation
    = std::function<FaultAttempt(Database &db, const QString &location, int run, const std::function<void()> &start)>;

/// Writes the starting newsroom into the open \a db: one article with a comment thread.
/// Returns false with \a error set when a step fails.
inline bool seedFaultNewsroom(Database &db, qint64 *articleId, qint64 *threadId, QString *error)
{
    Article article;
    article.title = QStringLiteral("Library to close");
    article.bodyHtml = faultBody();
    ArticleRepository articles(db);
    if (!articles.create(article)) {
        *error = articles.errorString();
        return false;
    }
    Annotation root;
    root.articleId = article.id;
    root.author = QStringLiteral("Rita Reviewer");
    root.body = QStringLiteral("Which vote?");
    const qsizetype at = article.bodyText.indexOf(QStringLiteral("voted on Tuesday"));
    root.anchor = Anchoring::create(article.bodyText, at, at + 16);
    const NewsroomActions::AnnotateOutcome annotated = NewsroomActions::annotate(db, article, root);
    if (!annotated.ok) {
        *error = annotated.error;
        return false;
    }
    *articleId = article.id;
    *threadId = root.id;
    return true;
}

/// The use case \a name ("save", "revise", "annotate", "reply" or "import") on the seeded
/// article \a id and its thread \a thread; an empty function for any other name (the opening
/// use cases each sweep runs in its own way).
inline FaultOperation faultOperation(const QString &name, qint64 id, qint64 thread)
{
    if (name == QLatin1String("save") || name == QLatin1String("revise")) {
        const bool save = name == QLatin1String("save");
        return [id, save](Database &db, const QString &, int run, const std::function<void()> &start) {
            FaultAttempt attempt;
            const QString marker = save ? QStringLiteral("Saved paragraph %1.").arg(run)
                                        : QStringLiteral("UPDATE %1: the vote was moved.").arg(run);
            attempt.stored = [id, marker](Database &db) {
                const std::optional<Article> stored = ArticleRepository(db).load(id);
                return stored && stored->bodyText.contains(marker);
            };
            const ArticleRepository articles(db);
            std::optional<Article> article = articles.load(id);
            if (!article) {
                attempt.error = articles.errorString();
                return attempt;
            }
            if (save) {
                article->bodyHtml += QStringLiteral("<p>%1</p>\n").arg(marker);
                start();
                const NewsroomActions::SaveOutcome outcome
                    = NewsroomActions::save(db, *article, RevisionKind::Save, QStringLiteral("Ed Editor"));
                attempt.ok = outcome.result == ArticleRepository::SaveResult::Saved;
                attempt.error = outcome.error;
            } else {
                Article update;
                update.bodyHtml = QStringLiteral("<p>%1</p>\n").arg(marker) + faultBody();
                start();
                const NewsroomActions::ReviseOutcome outcome = NewsroomActions::reviseFromUpdate(
                    db, *article, update, QStringLiteral("Wire"), QStringLiteral("Wire update"));
                attempt.ok = outcome.ok;
                attempt.error = outcome.error;
            }
            return attempt;
        };
    }
    if (name == QLatin1String("annotate") || name == QLatin1String("reply")) {
        const bool reply = name == QLatin1String("reply");
        return [id, reply, thread](Database &db, const QString &, int run, const std::function<void()> &start) {
            FaultAttempt attempt;
            const QString body = QStringLiteral("%1 %2: which branch?").arg(reply ? QStringLiteral("Reply") : QStringLiteral("Comment")).arg(run);
            attempt.stored = [id, body](Database &db) {
                for (const AnnotationThread &thread : AnnotationRepository(db).threads(id)) {
                    if (thread.root.body == body)
                        return true;
                    for (const Annotation &reply : thread.replies) {
                        if (reply.body == body)
                            return true;
                    }
                }
                return false;
            };
            const ArticleRepository articles(db);
            const std::optional<Article> article = articles.load(id);
            if (!article) {
                attempt.error = articles.errorString();
                return attempt;
            }
            Annotation note;
            note.articleId = id;
            note.author = reply ? QStringLiteral("Ed Editor") : QStringLiteral("Rita Reviewer");
            note.body = body;
            start();
            if (reply) {
                note.parentId = thread;
                attempt.ok = NewsroomActions::reply(db, note, &attempt.error);
            } else {
                const qsizetype at = article->bodyText.indexOf(QStringLiteral("the branch"));
                note.anchor = Anchoring::create(article->bodyText, at, at + 10);
                const NewsroomActions::AnnotateOutcome outcome = NewsroomActions::annotate(db, *article, note);
                attempt.ok = outcome.ok;
                attempt.error = outcome.error;
            }
            return attempt;
        };
    }
    if (name == QLatin1String("import")) {
        return [](Database &db, const QString &, int, const std::function<void()> &start) {
            FaultAttempt attempt;
            // A read first, as an open window has: the first step counted is the import's.
            (void)ArticleRepository(db).count();
            start();
            const QList<ImportOutcome> outcomes = importFiles(db, { QStringLiteral(GALLEY_TEST_DATA "/import/story.md") });
            const qint64 imported = outcomes.size() == 1 ? outcomes.first().articleId : 0;
            attempt.ok = imported > 0;
            attempt.error = outcomes.isEmpty() ? QStringLiteral("no outcome") : outcomes.first().error;
            attempt.stored = [imported](Database &db) { return imported > 0 && ArticleRepository(db).load(imported).has_value(); };
            return attempt;
        };
    }
    return {};
}

} // namespace galley::test
