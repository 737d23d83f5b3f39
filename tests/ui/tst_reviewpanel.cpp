// The review panel: comments and suggestions in one dock, with a filter that shows comments,
// suggestions or both; its entries carry the open counts, the choice is kept for the next start,
// and Comment on Selection shows the comments whatever it was set to.

#include "editortestsupport.h"

#include "editor/richtextedit.h"
#include "review/annotationpanel.h"
#include "review/reviewpanel.h"
#include "review/suggestionpanel.h"
#include "storage/newsroomactions.h"

#include <QAction>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTreeView>

using namespace galley;
using galley::test::Newsroom;

namespace {

const QString Html = QStringLiteral("<p>文章指出,内蒙古坚持激励和约束双向发力。</p>\n");

} // namespace

class TestReviewPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Newsroom> m_newsroom;
    std::unique_ptr<QWidget> m_window;
    EditorArea *m_area = nullptr;
    ReviewPanel *m_panel = nullptr;
    qint64 m_id = 0;

    void makePanel()
    {
        m_window = std::make_unique<QWidget>();
        m_panel = test::addEditorAndPanel<ReviewPanel>(*m_window, *m_newsroom, QStringLiteral("陈思远"), &m_area);
        QVERIFY(test::showActive(*m_window));
        QVERIFY(m_area->openArticle(m_id));
    }

private Q_SLOTS:
    void init()
    {
        QSettings().remove(QStringLiteral("ui/reviewPanel"));
        m_newsroom = std::make_unique<Newsroom>();
        m_id = m_newsroom->addArticle(QStringLiteral("评审面板"), Html);
        QVERIFY(m_id > 0);
        const std::optional<Article> article = ArticleRepository(m_newsroom->database).load(m_id);
        Suggestion suggestion;
        suggestion.kind = SuggestionKind::Replace;
        suggestion.author = QStringLiteral("李华");
        suggestion.proposedHtml = QStringLiteral("，");
        const qsizetype at = article->bodyText.indexOf(QLatin1Char(','));
        suggestion.anchor = Anchoring::create(article->bodyText, at, at + 1);
        QVERIFY(NewsroomActions::suggest(m_newsroom->database, *article, suggestion).ok);
        makePanel();
    }

    void cleanup()
    {
        if (m_area)
            QVERIFY(m_area->closeArticle());
        m_window.reset();
        m_newsroom.reset();
    }

    void showsBothByDefaultThenEitherAlone()
    {
        QCOMPARE(m_panel->shown(), ReviewPanel::Show::All);
        QVERIFY(m_panel->comments()->isVisible());
        QVERIFY(m_panel->suggestions()->isVisible());
        QComboBox *filter = m_panel->filterBox();
        QCOMPARE(filter->count(), 3);
        QVERIFY(!filter->accessibleName().isEmpty());
        // The entries say how many are open.
        QCOMPARE(filter->itemText(0), QStringLiteral("Comments"));
        QCOMPARE(filter->itemText(1), QStringLiteral("Suggestions (1)"));

        // Chosen from the keyboard, as a user would.
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_Up);
        QTest::keyClick(filter, Qt::Key_Up);
        QCOMPARE(m_panel->shown(), ReviewPanel::Show::Comments);
        QVERIFY(m_panel->comments()->isVisible());
        QVERIFY(!m_panel->suggestions()->isVisible());
        QTest::keyClick(filter, Qt::Key_Down);
        QCOMPARE(m_panel->shown(), ReviewPanel::Show::Suggestions);
        QVERIFY(!m_panel->comments()->isVisible());
        QVERIFY(m_panel->suggestions()->isVisible());
        QCOMPARE(m_panel->suggestions()->view()->model()->rowCount(), 1);
    }

    void theChoiceIsKeptForTheNextStart()
    {
        m_panel->setShown(ReviewPanel::Show::Suggestions);
        QVERIFY(m_area->closeArticle());
        m_window.reset();
        makePanel();
        QCOMPARE(m_panel->shown(), ReviewPanel::Show::Suggestions);
        QVERIFY(!m_panel->comments()->isVisible());
    }

    void commentingShowsTheComments()
    {
        m_panel->setShown(ReviewPanel::Show::Suggestions);
        QVERIFY(!m_panel->comments()->isVisible());
        m_panel->comments()->commentAction()->trigger();
        QVERIFY(m_panel->comments()->isVisible());
        QVERIFY(m_panel->comments()->composer()->hasFocus());
        QCOMPARE(m_panel->shown(), ReviewPanel::Show::Comments);
    }

    void openCommentsAreCountedInTheFilter()
    {
        QTextCursor cursor(m_area->bodyEditor()->document());
        cursor.setPosition(0);
        cursor.setPosition(4, QTextCursor::KeepAnchor);
        m_area->bodyEditor()->setTextCursor(cursor);
        QVERIFY(m_panel->comments()->addComment(QStringLiteral("出处？")) > 0);
        QCOMPARE(m_panel->filterBox()->itemText(0), QStringLiteral("Comments (1)"));
        QCOMPARE(m_panel->filterBox()->itemText(1), QStringLiteral("Suggestions (1)"));
    }
};

GALLEY_UI_TEST_MAIN(TestReviewPanel)
#include "tst_reviewpanel.moc"
