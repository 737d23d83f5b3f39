// Revision history: which actions make revisions, coalescing of autosaves, pruning, restore.
#include "document/anchoring.h"
#include "storage/annotationrepository.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/revisionrepository.h"
#include "storage/suggestionrepository.h"

#include <QTemporaryDir>
#include <QTest>

#include "testnewsroom.h"
#include <QTimeZone>

using namespace galley;
using namespace std::chrono_literals;

namespace {

const QDateTime T0 = QDateTime(QDate(2025, 3, 18), QTime(8, 0), QTimeZone::utc());

QDateTime minutes(double m)
{
    return T0.addMSecs(qint64(m * 60000));
}

QList<int> numbers(const QList<Revision> &revisions)
{
    QList<int> result;
    for (const Revision &revision : revisions)
        result.append(revision.number);
    return result;
}

} // namespace

class RevisionRepositoryTest : public QObject
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
        m_article.title = QStringLiteral("448名干部被调整");
        m_article.bodyHtml = QStringLiteral("<p>记者从内蒙古自治区纪委监委获悉。</p>\n");
        ArticleRepository articles(*m_database);
        QVERIFY2(articles.create(m_article), qPrintable(articles.errorString()));
    }

    void cleanup()
    {
        m_database.reset();
        m_newsrooms.reset();
    }

    void explicitSavesAreNamedAndNotDuplicated()
    {
        RevisionRepository revisions(*m_database);
        QCOMPARE(revisions.record(m_article, RevisionKind::Save, QStringLiteral("Ed"), QStringLiteral("first")), 1);
        // Saving again without a change adds nothing.
        QCOMPARE(revisions.record(m_article, RevisionKind::Save, QStringLiteral("Ed")), 1);
        m_article.bodyHtml = QStringLiteral("<p>记者从内蒙古自治区纪委监委获悉,共有448名干部。</p>\n");
        QCOMPARE(revisions.record(m_article, RevisionKind::Save, QStringLiteral("Ed")), 2);
        // Transitions and restores always make one, even on unchanged text.
        QCOMPARE(
            revisions.record(m_article, RevisionKind::Transition, QStringLiteral("Rita"), QStringLiteral("Approve")),
            3);

        const QList<Revision> list = revisions.list(m_article.id);
        QCOMPARE(numbers(list), (QList<int> { 1, 2, 3 }));
        for (const Revision &revision : list) {
            QVERIFY(revision.named);
            QVERIFY(revision.bodyHtml.isEmpty()); // the list carries no bodies
        }
        QCOMPARE(list.at(0).note, QStringLiteral("first"));
        QCOMPARE(list.at(0).characterCount, 16);
        QCOMPARE(list.at(1).characterCount, 25);
        QCOMPARE(list.at(2).author, QStringLiteral("Rita"));
        QCOMPARE(revisions.load(m_article.id, 2)->bodyHtml, m_article.bodyHtml);
    }

    void autosavesCoalesce_data()
    {
        QTest::addColumn<QList<double>>("autosaveMinutes");
        QTest::addColumn<QStringList>("authors");
        QTest::addColumn<int>("revisions");

        QTest::newRow("nominal: three autosaves within five minutes make one revision")
            << QList<double> { 0, 1, 4.5 } << QStringList {} << 1;
        QTest::newRow("nominal: the window does not slide: a new revision after five minutes")
            << QList<double> { 0, 2, 4, 6, 8 } << QStringList {} << 2;
        QTest::newRow("nominal: an hour of continuous typing, an autosave every 30 s") << [] {
            QList<double> list;
            for (int i = 0; i < 120; ++i)
                list.append(i * 0.5);
            return list;
        }() << QStringList {} << 12;
        QTest::newRow("nominal: another author's autosave starts its own revision")
            << QList<double> { 0, 1, 2 }
            << QStringList { QStringLiteral("Ed"), QStringLiteral("Li"), QStringLiteral("Li") } << 2;
    }

    void autosavesCoalesce()
    {
        QFETCH(QList<double>, autosaveMinutes);
        QFETCH(QStringList, authors);
        RevisionRepository revisions(*m_database, RevisionPolicy { 5min, 1000 });
        QString lastBody;
        for (qsizetype i = 0; i < autosaveMinutes.size(); ++i) {
            m_article.bodyHtml = QStringLiteral("<p>第%1稿。</p>\n").arg(i);
            lastBody = m_article.bodyHtml;
            QVERIFY(revisions.record(m_article, RevisionKind::Autosave, authors.value(i, QStringLiteral("Ed")), {},
                minutes(autosaveMinutes.at(i))));
        }
        const QList<Revision> list = revisions.list(m_article.id);
        QTEST(int(list.size()), "revisions");
        for (const Revision &revision : list)
            QVERIFY(!revision.named);
        // The newest revision holds the newest text.
        QCOMPARE(revisions.latest(m_article.id)->bodyHtml, lastBody);
    }

    void saveAfterAutosaveNamesIt()
    {
        RevisionRepository revisions(*m_database);
        m_article.bodyHtml = QStringLiteral("<p>草稿。</p>\n");
        QCOMPARE(revisions.record(m_article, RevisionKind::Autosave, QStringLiteral("Ed"), {}, minutes(0)), 1);
        QCOMPARE(
            revisions.record(m_article, RevisionKind::Save, QStringLiteral("Ed"), QStringLiteral("ready"), minutes(1)),
            1);
        const Revision revision = *revisions.latest(m_article.id);
        QVERIFY(revision.named);
        QCOMPARE(revision.note, QStringLiteral("ready"));
        // A later autosave no longer changes the named revision.
        m_article.bodyHtml = QStringLiteral("<p>草稿,续。</p>\n");
        QCOMPARE(revisions.record(m_article, RevisionKind::Autosave, QStringLiteral("Ed"), {}, minutes(2)), 2);
        QCOMPARE(revisions.load(m_article.id, 1)->bodyHtml, QStringLiteral("<p>草稿。</p>\n"));
    }

    void pruningNeverDropsNamedRevisions()
    {
        RevisionRepository revisions(*m_database, RevisionPolicy { 5min, 3 });
        QCOMPARE(
            revisions.record(m_article, RevisionKind::Save, QStringLiteral("Ed"), QStringLiteral("first save")), 1);
        for (int i = 0; i < 10; ++i) {
            m_article.bodyHtml = QStringLiteral("<p>第%1稿。</p>\n").arg(i);
            QVERIFY(
                revisions.record(m_article, RevisionKind::Autosave, QStringLiteral("Ed"), {}, minutes(10 * (i + 1))));
            if (i == 4) {
                m_article.bodyHtml = QStringLiteral("<p>中间保存。</p>\n");
                QVERIFY(
                    revisions.record(m_article, RevisionKind::Save, QStringLiteral("Ed"), QStringLiteral("middle")));
            }
        }
        // Named 1 and 7 stay; of the autosaves only the newest three.
        QCOMPARE(numbers(revisions.list(m_article.id)), (QList<int> { 1, 7, 10, 11, 12 }));
        QCOMPARE(revisions.load(m_article.id, 7)->note, QStringLiteral("middle"));
    }

    void pruningKeepsRevisionsThatWereAnnotated()
    {
        RevisionRepository revisions(*m_database, RevisionPolicy { 5min, 1 });
        AnnotationRepository annotations(*m_database);
        m_article.bodyHtml = QStringLiteral("<p>第一稿,有待核实。</p>\n");
        QCOMPARE(revisions.record(m_article, RevisionKind::Autosave, QStringLiteral("Ed"), {}, minutes(0)), 1);
        Annotation root { 0, m_article.id, 0, QStringLiteral("Rita"), {}, QStringLiteral("核实?"), {},
            Anchoring::create(QStringLiteral("第一稿,有待核实。"), 4, 8), 1 };
        QVERIFY(annotations.create(root));
        for (int i = 0; i < 4; ++i) {
            m_article.bodyHtml = QStringLiteral("<p>第%1稿。</p>\n").arg(i + 2);
            QVERIFY(
                revisions.record(m_article, RevisionKind::Autosave, QStringLiteral("Ed"), {}, minutes(10 * (i + 1))));
        }
        QCOMPARE(numbers(revisions.list(m_article.id)), (QList<int> { 1, 5 }));
    }

    // A suggestion names the revision its anchor was made on, as a comment does: pruning keeps it.
    void pruningKeepsRevisionsThatWereSuggestedOn()
    {
        RevisionRepository revisions(*m_database, RevisionPolicy { 5min, 1 });
        m_article.bodyHtml = QStringLiteral("<p>第一稿,有待核实。</p>\n");
        QCOMPARE(revisions.record(m_article, RevisionKind::Autosave, QStringLiteral("Ed"), {}, minutes(0)), 1);
        Suggestion suggestion;
        suggestion.articleId = m_article.id;
        suggestion.author = QStringLiteral("Rita");
        suggestion.kind = SuggestionKind::Replace;
        suggestion.proposedHtml = QStringLiteral("，");
        suggestion.anchor = Anchoring::create(QStringLiteral("第一稿,有待核实。"), 3, 4);
        suggestion.revisionNumber = 1;
        SuggestionRepository suggestions(*m_database);
        QVERIFY2(suggestions.create(suggestion), qPrintable(suggestions.errorString()));
        for (int i = 0; i < 4; ++i) {
            m_article.bodyHtml = QStringLiteral("<p>第%1稿。</p>\n").arg(i + 2);
            QVERIFY(
                revisions.record(m_article, RevisionKind::Autosave, QStringLiteral("Ed"), {}, minutes(10 * (i + 1))));
        }
        QCOMPARE(numbers(revisions.list(m_article.id)), (QList<int> { 1, 5 }));
    }

    void restoreMakesANewRevision()
    {
        ArticleRepository articles(*m_database);
        RevisionRepository revisions(*m_database);
        QCOMPARE(revisions.record(m_article, RevisionKind::Save, QStringLiteral("Ed")), 1);
        const QString first = m_article.bodyHtml;
        m_article.title = QStringLiteral("改过的标题");
        m_article.bodyHtml = QStringLiteral("<p>完全改写。</p>\n");
        QCOMPARE(articles.save(m_article), ArticleRepository::SaveResult::Saved);
        QCOMPARE(revisions.record(m_article, RevisionKind::Save, QStringLiteral("Ed")), 2);

        int restoredAs = 0;
        const qint64 versionBefore = m_article.version;
        QCOMPARE(revisions.restore(m_article, 1, QStringLiteral("Ed"), &restoredAs),
            RevisionRepository::RestoreResult::Restored);
        QCOMPARE(restoredAs, 3);
        QCOMPARE(m_article.version, versionBefore + 1);
        const Article stored = *articles.load(m_article.id);
        QCOMPARE(stored.bodyHtml, first);
        QCOMPARE(stored.title, QStringLiteral("448名干部被调整"));
        QCOMPARE(stored.bodyText, QStringLiteral("记者从内蒙古自治区纪委监委获悉。"));
        // Nothing is lost: the rewrite is still revision 2.
        QCOMPARE(numbers(revisions.list(m_article.id)), (QList<int> { 1, 2, 3 }));
        QCOMPARE(revisions.load(m_article.id, 2)->bodyHtml, QStringLiteral("<p>完全改写。</p>\n"));
        QCOMPARE(revisions.load(m_article.id, 3)->note, QStringLiteral("Restored revision 1"));
        QVERIFY(revisions.load(m_article.id, 3)->named);
    }

    void restoreNeverReplacesNewerWork()
    {
        ArticleRepository articles(*m_database);
        RevisionRepository revisions(*m_database);
        QCOMPARE(revisions.record(m_article, RevisionKind::Save, QStringLiteral("Ed")), 1);
        Article stale = m_article; // a window opened before someone else saved
        m_article.bodyHtml = QStringLiteral("<p>同事的新稿。</p>\n");
        QCOMPARE(articles.save(m_article), ArticleRepository::SaveResult::Saved);

        QCOMPARE(revisions.restore(stale, 1, QStringLiteral("Li")), RevisionRepository::RestoreResult::Conflict);
        QVERIFY(!revisions.errorString().isEmpty());
        QCOMPARE(articles.load(m_article.id)->bodyHtml, QStringLiteral("<p>同事的新稿。</p>\n"));
        QCOMPARE(revisions.count(m_article.id), 1);
        QCOMPARE(revisions.restore(m_article, 42, QStringLiteral("Li")), RevisionRepository::RestoreResult::NotFound);
    }

    void restoreKeepsUnsavedEditsInTheHistory()
    {
        RevisionRepository revisions(*m_database);
        QCOMPARE(revisions.record(m_article, RevisionKind::Save, QStringLiteral("Ed")), 1);
        Article editing = m_article;
        editing.bodyHtml = QStringLiteral("<p>还没保存的改动。</p>\n");
        QCOMPARE(revisions.restore(editing, 1, QStringLiteral("Ed")), RevisionRepository::RestoreResult::Restored);
        QCOMPARE(numbers(revisions.list(m_article.id)), (QList<int> { 1, 2, 3 }));
        QCOMPARE(revisions.load(m_article.id, 2)->bodyHtml, QStringLiteral("<p>还没保存的改动。</p>\n"));
        QCOMPARE(revisions.load(m_article.id, 2)->note, QStringLiteral("Before restoring revision 1"));
    }

    void restorePlacesAnnotationsOnTheRestoredText()
    {
        ArticleRepository articles(*m_database);
        RevisionRepository revisions(*m_database);
        AnnotationRepository annotations(*m_database);
        m_article.bodyHtml = QStringLiteral("<p>记者获悉,共有448名干部被调整。</p>\n");
        QCOMPARE(articles.save(m_article), ArticleRepository::SaveResult::Saved);
        QCOMPARE(revisions.record(m_article, RevisionKind::Save, QStringLiteral("Ed")), 1);
        const qsizetype at = m_article.bodyText.indexOf(QStringLiteral("448名干部"));
        Annotation root { 0, m_article.id, 0, QStringLiteral("Rita"), {}, QStringLiteral("数字核实"), {},
            Anchoring::create(m_article.bodyText, at, at + 6), 1 };
        QVERIFY(annotations.create(root));

        m_article.bodyHtml = QStringLiteral("<p>本报讯</p>\n<p>记者获悉,共有448名干部被调整。</p>\n");
        QCOMPARE(articles.save(m_article), ArticleRepository::SaveResult::Saved);
        QCOMPARE(revisions.record(m_article, RevisionKind::Save, QStringLiteral("Ed")), 2);
        QVERIFY(annotations.reanchorAll(m_article.id, m_article.bodyText, 2));
        QCOMPARE(annotations.load(root.id)->anchor.start, at + 4);

        QCOMPARE(revisions.restore(m_article, 1, QStringLiteral("Ed")), RevisionRepository::RestoreResult::Restored);
        const Annotation placed = *annotations.load(root.id);
        QCOMPARE(placed.anchor.start, at);
        QCOMPARE(placed.revisionNumber, 3);
        QCOMPARE(m_article.bodyText.mid(placed.anchor.start, 6), QStringLiteral("448名干部"));
    }

private:
    std::unique_ptr<galley::test::TestNewsrooms> m_newsrooms;
    std::unique_ptr<Database> m_database;
    Article m_article;
};

QTEST_GUILESS_MAIN(RevisionRepositoryTest)
#include "tst_revisionrepository.moc"
