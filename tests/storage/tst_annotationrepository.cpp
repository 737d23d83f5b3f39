// Review threads in storage: replies, resolve/reopen, and anchors re-placed between revisions.
#include "document/anchoring.h"
#include "document/canonicalhtml.h"
#include "storage/annotationrepository.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/revisionrepository.h"

#include <QTemporaryDir>
#include <QTest>

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
// Version 2: a new opening paragraph, a word inside the second passage changed, the third
// passage's sentence replaced.
const QStringList EnglishV2 {
    QStringLiteral("UPDATED with comment from the mayor's office."),
    QStringLiteral("The city council voted on Tuesday to close the Elm Street library."),
    QStringLiteral("Residents said the branch was the only calm place to study in the district."),
    QStringLiteral("The mayor's office declined to comment."),
};

} // namespace

class AnnotationRepositoryTest : public QObject
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

    void repliesAndResolveRoundTrip()
    {
        AnnotationRepository repository(*m_database);
        Annotation root;
        root.articleId = m_article.id;
        root.author = QStringLiteral("Rita Reviewer");
        root.body = QStringLiteral("Source for this?");
        const qsizetype at = m_article.bodyText.indexOf(QStringLiteral("the only quiet place"));
        root.anchor = Anchoring::create(m_article.bodyText, at, at + 20);
        root.revisionNumber = 1;
        QVERIFY2(repository.create(root), qPrintable(repository.errorString()));
        QVERIFY(root.id > 0);
        QVERIFY(root.createdAt.isValid());

        Annotation answer { 0, m_article.id, root.id, QStringLiteral("Ed Editor"), {},
            QStringLiteral("The branch manager."), {}, {}, 0 };
        QVERIFY(repository.create(answer));
        // A reply to the reply joins the thread (threads are flat). It was pasted with a byte-order
        // mark the wrong way round, which SQLite would take as one and swap the whole text.
        Annotation followUp { 0, m_article.id, answer.id, QStringLiteral("Rita Reviewer"), {},
            QStringLiteral("\ufffeThanks, name them."), {}, {}, 0 };
        QVERIFY(repository.create(followUp));
        QCOMPARE(followUp.parentId, root.id);

        // Resolving through a reply resolves the thread.
        QVERIFY(repository.setState(followUp.id, AnnotationState::Resolved));

        // Everything survives closing and reopening the file.
        m_database.reset();
        Database reopened;
        QCOMPARE(reopened.open(m_path), Database::Status::Ok);
        AnnotationRepository again(reopened);
        const QList<AnnotationThread> threads = again.threads(m_article.id);
        QCOMPARE(threads.size(), 1);
        const AnnotationThread &thread = threads.first();
        QCOMPARE(thread.root.body, QStringLiteral("Source for this?"));
        QCOMPARE(thread.root.author, QStringLiteral("Rita Reviewer"));
        QCOMPARE(thread.root.createdAt, root.createdAt);
        QCOMPARE(thread.root.anchor, root.anchor);
        QCOMPARE(thread.root.anchor.quote, QStringLiteral("the only quiet place"));
        QVERIFY(thread.root.isResolved());
        QCOMPARE(thread.replies.size(), 2);
        QCOMPARE(thread.replies.at(0).body, QStringLiteral("The branch manager."));
        QCOMPARE(thread.replies.at(0).author, QStringLiteral("Ed Editor"));
        QCOMPARE(thread.replies.at(1).body, QStringLiteral("Thanks, name them."));
        QCOMPARE(again.openThreadCount(m_article.id), 0);

        QVERIFY(again.setState(thread.id(), AnnotationState::Open));
        QCOMPARE(again.openThreadCount(m_article.id), 1);
        QVERIFY(!again.threads(m_article.id).first().root.isResolved());
    }

    void refusals_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("robustness: a blank comment") << 0;
        QTest::newRow("robustness: a thread without a quote") << 1;
        QTest::newRow("robustness: a reply to a missing thread") << 2;
        QTest::newRow("robustness: a comment on a missing article") << 3;
    }

    void refusals()
    {
        QFETCH(int, kind);
        AnnotationRepository repository(*m_database);
        Annotation annotation;
        annotation.articleId = m_article.id;
        annotation.author = QStringLiteral("Rita");
        annotation.body = QStringLiteral("Check this.");
        annotation.anchor = Anchoring::create(m_article.bodyText, 0, 8);
        switch (kind) {
        case 0:
            annotation.body = QStringLiteral("   ");
            break;
        case 1:
            annotation.anchor = {};
            break;
        case 2:
            annotation.parentId = 9999;
            break;
        case 3:
            annotation.articleId = 9999;
            break;
        }
        QVERIFY(!repository.create(annotation));
        QVERIFY(!repository.errorString().isEmpty());
        QCOMPARE(annotation.id, 0);
        QVERIFY(repository.threads(m_article.id).isEmpty());
    }

    void removingAThreadRemovesItsReplies()
    {
        AnnotationRepository repository(*m_database);
        Annotation root { 0, m_article.id, 0, QStringLiteral("R"), {}, QStringLiteral("One"), {},
            Anchoring::create(m_article.bodyText, 0, 8), 1 };
        QVERIFY(repository.create(root));
        Annotation reply { 0, m_article.id, root.id, QStringLiteral("E"), {}, QStringLiteral("Two"), {}, {}, 0 };
        QVERIFY(repository.create(reply));
        Annotation other { 0, m_article.id, 0, QStringLiteral("R"), {}, QStringLiteral("Three"), {},
            Anchoring::create(m_article.bodyText, 10, 20), 1 };
        QVERIFY(repository.create(other));
        QVERIFY(repository.remove(root.id));
        QVERIFY(!repository.load(reply.id));
        QCOMPARE(repository.threads(m_article.id).size(), 1);
        QCOMPARE(repository.openThreadCounts({ m_article.id, 9999 }), (QHash<qint64, int> { { m_article.id, 1 } }));
    }

    void reanchorBetweenStoredRevisions_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<QStringList>("quotes"); // annotated on the first revision
        QTest::addColumn<QStringList>("expected"); // the text each sits on in the second; empty = orphaned

        QTest::newRow("nominal: English, text moved, edited inside, and deleted")
            << EnglishV1 << EnglishV2
            << QStringList { QStringLiteral("close the Elm Street library"),
                   QStringLiteral("the only quiet place to study"),
                   QStringLiteral("promised a review of the decision") }
            << QStringList { QStringLiteral("close the Elm Street library"),
                   QStringLiteral("the only calm place to study"), QString() };
        QTest::newRow("nominal: Chinese, no word boundaries")
            << QStringList { QStringLiteral(
                                 "记者从内蒙古自治区纪委监委获悉,2024年全区共有448名干部因不适宜担任现职被调整。"),
                   QStringLiteral("这些干部中,有的担当作为不够,有的工作能力不足,有的作风不实。"),
                   QStringLiteral("下一步,将持续推动干部能上能下常态化。") }
            << QStringList { QStringLiteral("本报呼和浩特3月18日电"),
                   QStringLiteral("记者从内蒙古自治区纪委监委获悉,2024年全区共有448名干部因不适宜担任现职被调整。"),
                   QStringLiteral("这些干部中,有的担当作为不足,有的工作能力不足,有的作风不实。"),
                   QStringLiteral("下一步,将完善考核评价制度。") }
            << QStringList { QStringLiteral("448名干部因不适宜担任现职被调整"),
                   QStringLiteral("有的担当作为不够,有的工作能力不足"), QStringLiteral("将持续推动干部能上能下常态化") }
            << QStringList { QStringLiteral("448名干部因不适宜担任现职被调整"),
                   QStringLiteral("有的担当作为不足,有的工作能力不足"), QString() };
    }

    void reanchorBetweenStoredRevisions()
    {
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        QFETCH(QStringList, quotes);
        QFETCH(QStringList, expected);

        ArticleRepository articles(*m_database);
        RevisionRepository revisions(*m_database);
        AnnotationRepository annotations(*m_database);
        m_article.bodyHtml = html(before);
        QCOMPARE(articles.save(m_article), ArticleRepository::SaveResult::Saved);
        const std::optional<int> first = revisions.record(m_article, RevisionKind::Save, QStringLiteral("Ed"));
        QVERIFY(first);

        // Annotate the first revision's text as stored.
        const QString firstText = CanonicalHtml::toPlainText(revisions.load(m_article.id, *first)->bodyHtml);
        QList<qint64> ids;
        for (const QString &quote : quotes) {
            const qsizetype at = firstText.indexOf(quote);
            QVERIFY2(at >= 0, qPrintable(quote));
            Annotation root { 0, m_article.id, 0, QStringLiteral("Rita"), {}, QStringLiteral("Check."), {},
                Anchoring::create(firstText, at, at + quote.size()), *first };
            QVERIFY(annotations.create(root));
            ids.append(root.id);
        }

        m_article.bodyHtml = html(after);
        QCOMPARE(articles.save(m_article), ArticleRepository::SaveResult::Saved);
        const std::optional<int> second = revisions.record(m_article, RevisionKind::Save, QStringLiteral("Ed"));
        QVERIFY(second);
        const QString secondText = CanonicalHtml::toPlainText(revisions.load(m_article.id, *second)->bodyHtml);
        QCOMPARE(secondText, m_article.bodyText);

        const auto summary = annotations.reanchorAll(m_article.id, secondText, *second);
        QVERIFY2(summary, qPrintable(annotations.errorString()));
        QCOMPARE(summary->orphaned, int(expected.count(QString())));
        QCOMPARE(summary->moved + summary->unchanged + summary->orphaned, int(quotes.size()));

        for (qsizetype i = 0; i < ids.size(); ++i) {
            const Annotation stored = *annotations.load(ids.at(i));
            const AnchorMatch placed = Anchoring::locate(stored.anchor, secondText);
            if (expected.at(i).isEmpty()) {
                // Orphaned: kept exactly as annotated, never moved elsewhere.
                QVERIFY(placed.isOrphaned());
                QCOMPARE(stored.anchor.quote, quotes.at(i));
                QCOMPARE(stored.revisionNumber, *first);
            } else {
                QCOMPARE(placed.method, AnchorMatch::Method::Position);
                QCOMPARE(stored.anchor.quote, expected.at(i));
                QCOMPARE(secondText.mid(stored.anchor.start, stored.anchor.end - stored.anchor.start), expected.at(i));
                QCOMPARE(stored.revisionNumber, *second);
            }
        }
        // Nothing was dropped.
        QCOMPARE(annotations.threads(m_article.id).size(), quotes.size());
    }

private:
    std::unique_ptr<galley::test::TestNewsrooms> m_newsrooms;
    QString m_path;
    std::unique_ptr<Database> m_database;
    Article m_article;
};

QTEST_GUILESS_MAIN(AnnotationRepositoryTest)
#include "tst_annotationrepository.moc"
