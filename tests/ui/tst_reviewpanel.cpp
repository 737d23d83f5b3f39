// The review panel: comments and suggestions in one dock, with a filter that shows comments,
// suggestions or both; its entries carry the open counts, the choice is kept for the next start,
// and Comment on Selection shows the comments whatever it was set to. Its "Show:" is the only
// one (the lists' own filters say "Status:"); on a 768-pixel screen a list shown alone holds
// eight rows and more, both shown share the height by a splitter that is kept.

#include "editortestsupport.h"

#include "editor/richtextedit.h"
#include "review/annotationpanel.h"
#include "review/reviewpanel.h"
#include "review/suggestionpanel.h"
#include "storage/newsroomactions.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSplitter>
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

    /// Rows of \a view shown whole.
    static int visibleRows(const QTreeView *view)
    {
        int rows = 0;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            rows += view->viewport()->rect().contains(view->visualRect(view->model()->index(row, 0))) ? 1 : 0;
        return rows;
    }

    /// The label that names \a field (its buddy).
    QLabel *labelOf(const QWidget *field) const
    {
        for (QLabel *label : m_panel->findChildren<QLabel *>()) {
            if (label->buddy() == field)
                return label;
        }
        return nullptr;
    }

    void makePanel()
    {
        m_window = std::make_unique<QWidget>();
        // The review dock on a 1366 × 768 screen: about 450 × 640 beside the editor.
        m_window->resize(1366, 660);
        m_panel = test::addEditorAndPanel<ReviewPanel>(*m_window, *m_newsroom, QStringLiteral("陈思远"), &m_area);
        QVERIFY(test::showActive(*m_window));
        QVERIFY(m_area->openArticle(m_id));
    }

private Q_SLOTS:
    void init()
    {
        QSettings().remove(QStringLiteral("ui/reviewPanel"));
        QSettings().remove(QStringLiteral("ui/reviewPanel/splitter"));
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

    void oneShowAndTwoStatusFilters()
    {
        QStringList texts;
        for (const QLabel *label : m_panel->findChildren<QLabel *>())
            texts.append(label->text());
        QCOMPARE(texts.count(QStringLiteral("Show:")), 1);
        QCOMPARE(labelOf(m_panel->filterBox())->text(), QStringLiteral("Show:"));
        const auto *comments = m_panel->comments()->findChild<QComboBox *>(QStringLiteral("annotationFilter"));
        const auto *suggestions = m_panel->suggestions()->findChild<QComboBox *>(QStringLiteral("suggestionFilter"));
        QVERIFY(comments && suggestions);
        QCOMPARE(labelOf(comments)->text(), QStringLiteral("Status:"));
        QCOMPARE(labelOf(suggestions)->text(), QStringLiteral("Status:"));
        // Each says to a screen reader which list it filters.
        const QStringList names { m_panel->filterBox()->accessibleName(), comments->accessibleName(),
            suggestions->accessibleName() };
        for (const QString &name : names)
            QVERIFY(!name.isEmpty());
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 3);
    }

    void listsShowEightRowsOnALaptopScreen()
    {
        const std::optional<Article> article = ArticleRepository(m_newsroom->database).load(m_id);
        for (int at = 1; at <= 12; ++at) {
            Suggestion suggestion;
            suggestion.kind = SuggestionKind::Delete;
            suggestion.author = QStringLiteral("李华");
            suggestion.anchor = Anchoring::create(article->bodyText, at + 1, at + 2);
            QVERIFY(NewsroomActions::suggest(m_newsroom->database, *article, suggestion).ok);
        }
        m_panel->suggestions()->refresh();
        for (int at = 0; at < 12; ++at) {
            QTextCursor cursor(m_area->bodyEditor()->document());
            cursor.setPosition(at);
            cursor.setPosition(at + 1, QTextCursor::KeepAnchor);
            m_area->bodyEditor()->setTextCursor(cursor);
            QVERIFY(m_panel->comments()->addComment(QStringLiteral("意见%1").arg(at)) > 0);
        }
        QTreeView *suggestionList = m_panel->suggestions()->view();
        QTreeView *commentList = m_panel->comments()->view();
        QCOMPARE(suggestionList->model()->rowCount(), 13);
        QVERIFY(m_panel->height() >= 600);

        m_panel->setShown(ReviewPanel::Show::Suggestions);
        QTRY_VERIFY2(visibleRows(suggestionList) >= 8, qPrintable(QString::number(visibleRows(suggestionList))));
        m_panel->setShown(ReviewPanel::Show::Comments);
        QTRY_VERIFY2(visibleRows(commentList) >= 8, qPrintable(QString::number(visibleRows(commentList))));
        // Both: each list keeps a useful part of the height.
        m_panel->setShown(ReviewPanel::Show::All);
        QTRY_VERIFY2(visibleRows(suggestionList) >= 10, qPrintable(QString::number(visibleRows(suggestionList))));
        QVERIFY2(visibleRows(commentList) >= 5, qPrintable(QString::number(visibleRows(commentList))));
    }

    void theSplitterIsKeptForTheNextStart()
    {
        QSplitter *splitter = m_panel->splitter();
        QCOMPARE(splitter->count(), 2);
        const QList<int> before = splitter->sizes();
        QVERIFY(qAbs(before.at(0) - before.at(1)) < 40); // shared evenly at first
        // The handle dragged 120 pixels down, as a user does: the comments get more.
        QSplitterHandle *handle = splitter->handle(1);
        const QPoint middle = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, {}, middle);
        QTest::mouseMove(handle, middle + QPoint(0, 60));
        QTest::mouseMove(handle, middle + QPoint(0, 120));
        QTest::mouseRelease(handle, Qt::LeftButton, {}, middle + QPoint(0, 120));
        const QList<int> moved = splitter->sizes();
        QVERIFY2(moved.at(0) >= before.at(0) + 100, qPrintable(QStringLiteral("%1 → %2").arg(before.at(0)).arg(moved.at(0))));
        QVERIFY(m_area->closeArticle());
        m_window.reset();
        makePanel();
        QCOMPARE(m_panel->splitter()->sizes(), moved);
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
