// Saving over a newer version: two Galleys (two connections to one newsroom) edit the same
// article; disjoint edits are merged by paragraph and saved in one transaction with a revision
// naming both authors, overlapping ones are refused with what a person must choose, and nothing
// is written then. Runs on both engines (storage_mergesave and storage_mergesave_pg).

#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/newsroomactions.h"
#include "storage/revisionrepository.h"

#include <QTest>

#include "testnewsroom.h"

using namespace galley;

namespace {

const QString Body = QStringLiteral(
    "<h2>不适宜担任现职,448名干部被调整</h2>\n"
    "<p>文章指出,内蒙古坚持激励和约束双向发力。</p>\n"
    "<p>在反向约束上,细化落实推进领导干部能上能下规定。</p>\n"
    "<p>文章称,广大基层干部对文山会海等问题反映强烈。</p>\n");

QString replaced(QString body, const QString &before, const QString &after)
{
    return body.replace(before, after);
}

} // namespace

class MergeSaveTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestNewsrooms> m_newsrooms;
    std::unique_ptr<Database> m_mine;   ///< 王静's Galley
    std::unique_ptr<Database> m_theirs; ///< 陈曲's Galley
    Article m_base;                     ///< as both loaded it

    /// 陈曲 saves \a body (and \a title when given) from his own connection.
    void theySave(const QString &body, const QString &title = {})
    {
        Article theirs = ArticleRepository(*m_theirs).load(m_base.id).value();
        theirs.bodyHtml = body;
        if (!title.isEmpty())
            theirs.title = title;
        const auto outcome = NewsroomActions::save(*m_theirs, theirs, RevisionKind::Save, QStringLiteral("陈曲"));
        QCOMPARE(outcome.result, ArticleRepository::SaveResult::Saved);
    }

    [[nodiscard]] Article stored() const { return ArticleRepository(*m_mine).load(m_base.id).value(); }
    [[nodiscard]] int revisionCount() const { return RevisionRepository(*m_mine).count(m_base.id); }

private Q_SLOTS:
    void init()
    {
        m_newsrooms = std::make_unique<test::TestNewsrooms>();
        GALLEY_CREATE_NEWSROOM(location, *m_newsrooms);
        m_mine = std::make_unique<Database>();
        QCOMPARE(m_mine->open(location), Database::Status::Ok);
        m_theirs = std::make_unique<Database>();
        QCOMPARE(m_theirs->open(location), Database::Status::Ok);
        Article article;
        article.title = QStringLiteral("448名干部被调整");
        article.bodyHtml = Body;
        ArticleRepository articles(*m_mine);
        QVERIFY2(articles.create(article), qPrintable(articles.errorString()));
        QVERIFY(RevisionRepository(*m_mine).record(article, RevisionKind::Baseline, QStringLiteral("赵晓")));
        m_base = articles.load(article.id).value();
    }

    void cleanup()
    {
        m_mine.reset();
        m_theirs.reset();
        m_newsrooms.reset();
    }

    void upToDateSaveIsAPlainSave()
    {
        Article mine = m_base;
        mine.bodyHtml = replaced(Body, QStringLiteral("双向发力"), QStringLiteral("双向同时发力"));
        const auto outcome = NewsroomActions::saveMerging(*m_mine, mine, m_base, RevisionKind::Save,
            QStringLiteral("王静"), QStringLiteral("Saved"));
        QCOMPARE(outcome.result, ArticleRepository::SaveResult::Saved);
        QVERIFY(!outcome.merged);
        QCOMPARE(stored().bodyHtml, mine.bodyHtml);
        QCOMPARE(mine.version, 2);
        QCOMPARE(RevisionRepository(*m_mine).latest(m_base.id)->note, QStringLiteral("Saved"));
    }

    void disjointEditsAreMerged_data()
    {
        QTest::addColumn<QString>("theirsBody");
        QTest::addColumn<QString>("mineBody");
        QTest::addColumn<QString>("merged");
        const QString mineBody = replaced(Body, QStringLiteral("对文山会海等问题"), QStringLiteral("对文山会海、过度留痕等问题"));
        QTest::newRow("nominal: different paragraphs")
            << replaced(Body, QStringLiteral("双向发力"), QStringLiteral("双向同时发力")) << mineBody
            << replaced(mineBody, QStringLiteral("双向发力"), QStringLiteral("双向同时发力"));
        QTest::newRow("nominal: neighbouring paragraphs")
            << replaced(Body, QStringLiteral("能上能下规定"), QStringLiteral("能上能下规定,调整448名干部")) << mineBody
            << replaced(mineBody, QStringLiteral("能上能下规定"), QStringLiteral("能上能下规定,调整448名干部"));
        QTest::newRow("nominal: they added a paragraph at the end")
            << Body + QStringLiteral("<p>稿件来源:内蒙古日报</p>\n") << mineBody
            << mineBody + QStringLiteral("<p>稿件来源:内蒙古日报</p>\n");
    }

    void disjointEditsAreMerged()
    {
        QFETCH(QString, theirsBody);
        QFETCH(QString, mineBody);
        QFETCH(QString, merged);
        theySave(theirsBody); // version 2
        const int revisionsBefore = revisionCount();

        Article mine = m_base;
        mine.bodyHtml = mineBody;
        const auto outcome = NewsroomActions::saveMerging(*m_mine, mine, m_base, RevisionKind::Autosave,
            QStringLiteral("王静"));
        QCOMPARE(outcome.result, ArticleRepository::SaveResult::Saved);
        QVERIFY(outcome.merged);
        QCOMPARE(outcome.theirs->version, 2);
        QCOMPARE(outcome.theirsAuthor, QStringLiteral("陈曲"));
        // Saved on top of theirs; the caller holds what was saved.
        QCOMPARE(mine.bodyHtml, merged);
        QCOMPARE(mine.version, 3);
        const Article now = stored();
        QCOMPARE(now.bodyHtml, merged);
        QCOMPARE(now.version, 3);
        // One revision, named (never coalesced away), by me, naming them.
        QCOMPARE(revisionCount(), revisionsBefore + 1);
        const Revision revision = RevisionRepository(*m_mine).latest(m_base.id).value();
        QCOMPARE(revision.bodyHtml, merged);
        QCOMPARE(revision.author, QStringLiteral("王静"));
        QCOMPARE(revision.note, QStringLiteral("Merged with 陈曲's version 2"));
        QVERIFY(revision.named);
        // Their version stays in the history as they saved it.
        const QList<Revision> list = RevisionRepository(*m_mine).list(m_base.id);
        QCOMPARE(RevisionRepository(*m_mine).load(m_base.id, list.at(list.size() - 2).number)->bodyHtml, theirsBody);
    }

    void theirFieldsAndStateSurviveTheMerge()
    {
        Article theirs = ArticleRepository(*m_theirs).load(m_base.id).value();
        theirs.title = QStringLiteral("内蒙古:448名干部被调整");
        theirs.status = WorkflowState::InReview;
        QCOMPARE(NewsroomActions::save(*m_theirs, theirs, RevisionKind::Save, QStringLiteral("陈曲")).result,
            ArticleRepository::SaveResult::Saved);
        Article mine = m_base;
        mine.bodyHtml = replaced(Body, QStringLiteral("双向发力"), QStringLiteral("双向同时发力"));
        mine.byline = QStringLiteral("记者 王静");
        const auto outcome = NewsroomActions::saveMerging(*m_mine, mine, m_base, RevisionKind::Save, QStringLiteral("王静"));
        QCOMPARE(outcome.result, ArticleRepository::SaveResult::Saved);
        QVERIFY(outcome.merged);
        const Article now = stored();
        QCOMPARE(now.title, QStringLiteral("内蒙古:448名干部被调整"));
        QCOMPARE(now.status, WorkflowState::InReview);
        QCOMPARE(now.byline, QStringLiteral("记者 王静"));
        QCOMPARE(now.bodyHtml, mine.bodyHtml);
    }

    void overlappingEditsWriteNothing_data()
    {
        QTest::addColumn<QString>("theirsBody");
        QTest::addColumn<QString>("mineBody");
        QTest::addColumn<QString>("theirsTitle");
        QTest::newRow("conflict: the same paragraph edited differently")
            << replaced(Body, QStringLiteral("双向发力"), QStringLiteral("同时发力"))
            << replaced(Body, QStringLiteral("双向发力"), QStringLiteral("双向用力")) << QString();
        QTest::newRow("conflict: I deleted the paragraph they edited")
            << replaced(Body, QStringLiteral("双向发力"), QStringLiteral("同时发力"))
            << replaced(Body, QStringLiteral("<p>文章指出,内蒙古坚持激励和约束双向发力。</p>\n"), QString()) << QString();
        QTest::newRow("conflict: both retitled it") << Body
                                                    << replaced(Body, QStringLiteral("双向发力"), QStringLiteral("双向用力"))
                                                    << QStringLiteral("他们的标题");
    }

    void overlappingEditsWriteNothing()
    {
        QFETCH(QString, theirsBody);
        QFETCH(QString, mineBody);
        QFETCH(QString, theirsTitle);
        theySave(theirsBody, theirsTitle);
        const int revisionsBefore = revisionCount();
        Article mine = m_base;
        mine.bodyHtml = mineBody;
        if (!theirsTitle.isEmpty())
            mine.title = QStringLiteral("我的标题");
        const Article edited = mine;
        const auto outcome = NewsroomActions::saveMerging(*m_mine, mine, m_base, RevisionKind::Save, QStringLiteral("王静"));
        QCOMPARE(outcome.result, ArticleRepository::SaveResult::Conflict);
        QVERIFY(!outcome.merged);
        QVERIFY(!outcome.merge.isClean());
        QCOMPARE(outcome.theirs->version, 2);
        QCOMPARE(outcome.theirsAuthor, QStringLiteral("陈曲"));
        QVERIFY(!outcome.error.isEmpty());
        // Nothing written, the caller's copy untouched.
        QCOMPARE(stored().version, 2);
        QCOMPARE(stored().bodyHtml, theirsBody);
        QCOMPARE(revisionCount(), revisionsBefore);
        QCOMPARE(mine.bodyHtml, edited.bodyHtml);
        QCOMPARE(mine.version, m_base.version);

        // A person chose mine everywhere; saved on top of theirs with their base.
        Article resolved = outcome.merge
                               .resolved(QList<MergeChoice>(outcome.merge.body().conflictCount(), MergeChoice::Mine),
                                   QList<MergeChoice>(outcome.merge.fieldConflicts().size(), MergeChoice::Mine))
                               .value();
        QCOMPARE(resolved.version, 2);
        const auto saved = NewsroomActions::saveMerging(*m_mine, resolved, *outcome.theirs, RevisionKind::Save,
            QStringLiteral("王静"), NewsroomActions::mergeNote(outcome.theirsAuthor, 2, true));
        QCOMPARE(saved.result, ArticleRepository::SaveResult::Saved);
        QCOMPARE(stored().bodyHtml, mineBody);
        QCOMPARE(stored().version, 3);
        QCOMPARE(RevisionRepository(*m_mine).latest(m_base.id)->note,
            QStringLiteral("Merged with 陈曲's version 2, overlapping edits chosen by hand"));
    }

    void mergesAgainWhenTheyKeepSaving()
    {
        // Two saves by them since I loaded: the merge is with the newest.
        theySave(replaced(Body, QStringLiteral("双向发力"), QStringLiteral("双向同时发力")));
        theySave(replaced(Body, QStringLiteral("双向发力"), QStringLiteral("双向同时发力"))
                     .replace(QStringLiteral("能上能下规定"), QStringLiteral("能上能下规定,调整448名干部")));
        Article mine = m_base;
        mine.bodyHtml = replaced(Body, QStringLiteral("对文山会海等问题"), QStringLiteral("对文山会海、过度留痕等问题"));
        const auto outcome = NewsroomActions::saveMerging(*m_mine, mine, m_base, RevisionKind::Save, QStringLiteral("王静"));
        QCOMPARE(outcome.result, ArticleRepository::SaveResult::Saved);
        QCOMPARE(outcome.theirs->version, 3);
        QCOMPARE(stored().version, 4);
        QVERIFY(stored().bodyHtml.contains(QStringLiteral("双向同时发力")));
        QVERIFY(stored().bodyHtml.contains(QStringLiteral("调整448名干部")));
        QVERIFY(stored().bodyHtml.contains(QStringLiteral("过度留痕")));
    }
};

QTEST_GUILESS_MAIN(MergeSaveTest)
#include "tst_mergesave.moc"
