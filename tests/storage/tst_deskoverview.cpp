// The desk overview's numbers (DeskOverviewReader) on a small newsroom whose states, dates and
// comments are known: the chief's charts say what the article list and the timeline say.
#include "model/annotation.h"
#include "storage/annotationrepository.h"
#include "storage/articlerepository.h"
#include "storage/articlesearch.h"
#include "storage/database.h"
#include "storage/deskoverview.h"
#include "storage/workflowrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "testnewsroom.h"

using namespace galley;
using S = WorkflowState;

namespace {

const QDate LastDay(2026, 3, 31);

QDateTime local(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute));
}

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

class DeskOverviewTest : public QObject
{
    Q_OBJECT

private:
    struct Step {
        S to;
        QDateTime at;
    };

    /// A live article of \a desk created at \a created that went through \a steps (as a chief,
    /// each move dated as given), last updated a minute after the latest of them.
    qint64 addArticle(const QString &title, const QString &desk, const QDateTime &created, const QList<Step> &steps)
    {
        Article article;
        article.title = title;
        article.desk = desk;
        article.bodyHtml = QStringLiteral("<p>%1 的正文，记者现场报道。</p>\n").arg(title);
        ArticleRepository articles(*m_database);
        if (!articles.create(article)) {
            qWarning("create: %s", qPrintable(articles.errorString()));
            return 0;
        }
        WorkflowRepository workflow(*m_database);
        QDateTime updated = created;
        for (const Step &step : steps) {
            if (workflow.transition(article, step.to, Role::Chief, QStringLiteral("陈主编")) != WorkflowRepository::Result::Done) {
                qWarning("transition: %s", qPrintable(workflow.errorString()));
                return 0;
            }
            QSqlQuery query(m_database->connection());
            query.prepare(QStringLiteral("UPDATE workflow_events SET at = ? WHERE id = ?"));
            query.addBindValue(stamp(step.at));
            query.addBindValue(workflow.events(article.id).constLast().id);
            if (!query.exec()) {
                qWarning("event: %s", qPrintable(query.lastError().text()));
                return 0;
            }
            updated = std::max(updated, step.at);
        }
        QSqlQuery query(m_database->connection());
        query.prepare(
            QStringLiteral("UPDATE articles SET created_at = ?, updated_at = ?, version = version + 1 WHERE id = ?"));
        query.addBindValue(stamp(created));
        query.addBindValue(stamp(updated.addSecs(60)));
        query.addBindValue(article.id);
        if (!query.exec()) {
            qWarning("dates: %s", qPrintable(query.lastError().text()));
            return 0;
        }
        return article.id;
    }

    qint64 comment(qint64 articleId, const QString &author, qint64 parentId = 0)
    {
        Annotation annotation;
        annotation.articleId = articleId;
        annotation.parentId = parentId;
        annotation.author = author;
        annotation.body = QStringLiteral("请核实这个数字。");
        annotation.anchor.quote = QStringLiteral("记者");
        annotation.anchor.start = 0;
        annotation.anchor.end = 2;
        AnnotationRepository annotations(*m_database);
        if (!annotations.create(annotation)) {
            qWarning("comment: %s", qPrintable(annotations.errorString()));
            return 0;
        }
        return annotation.id;
    }

private Q_SLOTS:
    void init()
    {
        m_newsrooms = std::make_unique<galley::test::TestNewsrooms>();
        const QString location = m_newsrooms->create();
        QVERIFY2(!location.isEmpty(), qPrintable(m_newsrooms->errorString()));
        m_database = std::make_unique<Database>();
        QCOMPARE(m_database->open(location), Database::Status::Ok);
    }

    void cleanup()
    {
        m_database.reset();
        m_newsrooms.reset();
    }

    void emptyNewsroomHasThirtyEmptyDays()
    {
        DeskOverviewReader reader(*m_database);
        const std::optional<DeskOverview> overview = reader.read(LastDay, 30);
        QVERIFY2(overview, qPrintable(reader.errorString()));
        QVERIFY(overview->states.isEmpty());
        QVERIFY(overview->desks.isEmpty());
        QCOMPARE(overview->days.size(), 30);
        QCOMPARE(overview->days.constFirst().day, QDate(2026, 3, 2));
        QCOMPARE(overview->days.constLast().day, LastDay);
        for (const DeskDay &day : overview->days)
            QCOMPARE(day, DeskDay { day.day });
        QVERIFY(overview->reviewTimes.isEmpty());
        QVERIFY(overview->openComments.isEmpty());
    }

    void countsMatchTheListAndTheTimeline()
    {
        const QString sport = QStringLiteral("体育");
        const QString economy = QStringLiteral("经济");
        // The window is 2 to 31 March (local days).
        QVERIFY(addArticle(QStringLiteral("新稿"), sport, local(3, 31, 10), {}));
        const qint64 inReview = addArticle(QStringLiteral("送审稿"), sport, local(3, 2, 0, 30), { { S::InReview, local(3, 5, 9) } });
        QVERIFY(inReview);
        // Created before the window, reviewed 6 hours within it.
        QVERIFY(addArticle(QStringLiteral("旧稿通过"), sport, local(2, 20, 9),
            { { S::InReview, local(3, 10, 8) }, { S::Approved, local(3, 10, 14) } }));
        // Sent back and resubmitted: the wait is counted from the resubmission (2 hours).
        const qint64 resubmitted = addArticle(QStringLiteral("退改稿"), sport, local(3, 3, 12),
            { { S::InReview, local(3, 5, 9) }, { S::ChangesRequested, local(3, 5, 11) }, { S::InReview, local(3, 6, 10) },
                { S::Approved, local(3, 6, 12) } });
        QVERIFY(resubmitted);
        // Created the evening before the window began; approved after an hour, published next day.
        QVERIFY(addArticle(QStringLiteral("已发稿"), economy, local(3, 1, 23, 30),
            { { S::InReview, local(3, 10, 9) }, { S::Approved, local(3, 10, 10) }, { S::Published, local(3, 11, 8) } }));
        QVERIFY(addArticle(QStringLiteral("草稿"), economy, local(3, 10, 15), {}));
        // Approved in January: in the list's counts, not in the period's.
        QVERIFY(addArticle(QStringLiteral("一月稿"), economy, local(1, 1, 9),
            { { S::InReview, local(1, 10, 9) }, { S::Approved, local(1, 11, 9) } }));
        // In the trash: counted nowhere.
        const qint64 trashed = addArticle(QStringLiteral("废稿"), sport, local(3, 10, 16),
            { { S::InReview, local(3, 10, 17) }, { S::Approved, local(3, 10, 18) } });
        QVERIFY(trashed);
        ArticleRepository articles(*m_database);
        QVERIFY(articles.moveToTrash(trashed));

        const qint64 first = comment(inReview, QStringLiteral("李审"));
        QVERIFY(first);
        QVERIFY(comment(inReview, QStringLiteral("李审")));
        const qint64 resolved = comment(inReview, QStringLiteral("李审"));
        QVERIFY(resolved);
        AnnotationRepository annotations(*m_database);
        QVERIFY(annotations.setState(resolved, AnnotationState::Resolved));
        QVERIFY(comment(inReview, QStringLiteral("王审"), first)); // a reply is not a thread
        QVERIFY(comment(resubmitted, QStringLiteral("王审")));
        QVERIFY(comment(trashed, QStringLiteral("王审")));

        DeskOverviewReader reader(*m_database);
        const std::optional<DeskOverview> overview = reader.read(LastDay, 30);
        QVERIFY2(overview, qPrintable(reader.errorString()));

        QCOMPARE(overview->desks, QStringList({ sport, economy }));
        const QList<DeskStateCount> states {
            { sport, S::Draft, 1 },
            { sport, S::InReview, 1 },
            { sport, S::Approved, 2 },
            { economy, S::Draft, 1 },
            { economy, S::Approved, 1 },
            { economy, S::Published, 1 },
        };
        QCOMPARE(overview->states, states);
        // Each bar is what the article list (and galley list) counts for that desk and state.
        ArticleSearch search(*m_database);
        for (const QString &desk : overview->desks) {
            for (S state : allWorkflowStates()) {
                ArticleFilter filter;
                filter.desk = desk;
                filter.status = state;
                qint64 shown = 0;
                for (const DeskStateCount &count : overview->states) {
                    if (count.desk == desk && count.state == state)
                        shown = count.count;
                }
                QCOMPARE(shown, search.count(filter));
            }
        }

        QList<DeskDay> expectedDays;
        for (QDate day(2026, 3, 2); day <= LastDay; day = day.addDays(1))
            expectedDays.append(DeskDay { day });
        const auto at = [&expectedDays](int dayOfMarch) -> DeskDay & { return expectedDays[dayOfMarch - 2]; };
        at(2).created = 1;
        at(3).created = 1;
        at(10).created = 1;
        at(31).created = 1;
        at(6).approved = 1;
        at(10).approved = 2;
        at(11).published = 1;
        QCOMPARE(overview->days, expectedDays);

        const QList<DeskReviewTime> reviewTimes { { sport, 2, 4 * 3600 }, { economy, 1, 3600 } };
        QCOMPARE(overview->reviewTimes, reviewTimes);

        const QList<ReviewerComments> comments { { QStringLiteral("李审"), 2 }, { QStringLiteral("王审"), 1 } };
        QCOMPARE(overview->openComments, comments);

        // A shorter period that ends earlier: only what happened in it.
        const std::optional<DeskOverview> week = reader.read(QDate(2026, 3, 10), 7);
        QVERIFY2(week, qPrintable(reader.errorString()));
        QCOMPARE(week->days.size(), 7);
        QCOMPARE(week->days.constFirst().day, QDate(2026, 3, 4));
        QCOMPARE(week->days.constLast(), (DeskDay { QDate(2026, 3, 10), 1, 2, 0 }));
        QCOMPARE(week->reviewTimes, (QList<DeskReviewTime> { { sport, 2, 4 * 3600 }, { economy, 1, 3600 } }));
        QCOMPARE(week->states, states); // states are now, whatever the period
    }

private:
    std::unique_ptr<galley::test::TestNewsrooms> m_newsrooms;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(DeskOverviewTest)
#include "tst_deskoverview.moc"
