// The suggestions side panel as an editor uses it: the reviewer's suggestions listed, selecting
// one selects its passage, Accept changes the text in the editor (saved as a revision by both
// names), Reject leaves it, unsaved edits are saved first, and a read-only newsroom decides
// nothing. Accept/Reject Suggestions in Selection decide exactly the suggestions in the text
// selected in the editor, in suggest mode too, and are offered in its context menu.

#include "editortestsupport.h"

#include "editor/richtextedit.h"
#include "editor/suggestediting.h"
#include "review/suggestionpanel.h"
#include "storage/newsroomactions.h"
#include "storage/revisionrepository.h"
#include "storage/suggestionrepository.h"

#include <QAction>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTreeView>

using namespace galley;
using galley::test::Newsroom;

namespace {

const QString Reviewer = QStringLiteral("李华");
const QString EditorName = QStringLiteral("陈思远");
const QString Html
    = QStringLiteral("<p>文章指出,内蒙古坚持激励和约束双向发力。</p>\n<p>广大基层干部对文山会海反映强烈。</p>\n");

} // namespace

class TestSuggestionPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Newsroom> m_newsroom;
    std::unique_ptr<QWidget> m_window;
    EditorArea *m_area = nullptr;
    SuggestionPanel *m_panel = nullptr;
    qint64 m_id = 0;
    qint64 m_comma = 0;
    qint64 m_word = 0;

    RichTextEdit *body() const { return m_area->bodyEditor(); }

    qint64 suggest(SuggestionKind kind, const QString &quote, const QString &proposed)
    {
        const std::optional<Article> article = ArticleRepository(m_newsroom->database).load(m_id);
        Suggestion suggestion;
        suggestion.kind = kind;
        suggestion.author = Reviewer;
        suggestion.proposedHtml = proposed;
        const qsizetype at = article->bodyText.indexOf(quote);
        suggestion.anchor = Anchoring::create(article->bodyText, at, at + quote.size());
        const NewsroomActions::SuggestOutcome outcome
            = NewsroomActions::suggest(m_newsroom->database, *article, suggestion);
        return outcome.ok ? suggestion.id : 0;
    }

    QPushButton *button(const QString &text) const
    {
        for (QPushButton *candidate : m_panel->findChildren<QPushButton *>()) {
            if (candidate->text().remove(QLatin1Char('&')) == text)
                return candidate;
        }
        return nullptr;
    }

    /// Selects the editor's text from \a from's start to \a to's end, as a user drags over it.
    void selectText(const QString &from, const QString &to)
    {
        const QString text = body()->toPlainText();
        const qsizetype start = text.indexOf(from);
        const qsizetype end = text.indexOf(to, start) + to.size();
        QVERIFY(start >= 0 && end > start);
        QTextCursor cursor(body()->document());
        cursor.setPosition(int(start));
        cursor.setPosition(int(end), QTextCursor::KeepAnchor);
        body()->setTextCursor(cursor);
    }

    SuggestionState stateOf(qint64 id) const
    {
        return SuggestionRepository(m_newsroom->database).load(id)->state;
    }

    /// The editor's context menu as it would open: the actions the panel adds to it.
    QList<QAction *> contextMenuActions()
    {
        QMenu menu;
        Q_EMIT body()->contextMenuAboutToShow(&menu, body()->textCursor().position());
        return menu.actions();
    }

    void selectRow(qint64 id)
    {
        const QModelIndex index = m_panel->model()->indexOf(id);
        m_panel->view()->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

private Q_SLOTS:
    void init()
    {
        m_newsroom = std::make_unique<Newsroom>();
        m_window = std::make_unique<QWidget>();
        m_panel = test::addEditorAndPanel<SuggestionPanel>(*m_window, *m_newsroom, EditorName, &m_area);
        m_panel->setUserName(EditorName);
        QVERIFY(test::showActive(*m_window));
        m_id = m_newsroom->addArticle(QStringLiteral("建议测试"), Html);
        QVERIFY(m_id > 0);
        m_comma = suggest(SuggestionKind::Replace, QStringLiteral(","), QStringLiteral("，"));
        m_word = suggest(SuggestionKind::Insert, QStringLiteral("广大基层干部"), QStringLiteral("普遍"));
        QVERIFY(m_comma && m_word);
        QVERIFY(m_area->openArticle(m_id));
    }

    void cleanup()
    {
        if (m_area)
            QVERIFY(m_area->closeArticle());
        m_window.reset();
        m_newsroom.reset();
    }

    void listsAndSelectsThePassage()
    {
        QCOMPARE(m_panel->model()->rowCount(), 2);
        QCOMPARE(m_panel->countText(), QStringLiteral("2 pending · 0 decided"));
        QVERIFY(!button(QStringLiteral("Accept"))->isEnabled()); // nothing selected yet
        QVERIFY(button(QStringLiteral("Accept All"))->isEnabled());
        selectRow(m_word);
        QCOMPARE(body()->textCursor().selectedText(), QStringLiteral("广大基层干部"));
        QVERIFY(button(QStringLiteral("Accept"))->isEnabled());
    }

    void acceptChangesTheTextRejectLeavesIt()
    {
        selectRow(m_comma);
        QTest::mouseClick(button(QStringLiteral("Accept")), Qt::LeftButton);
        QVERIFY2(
            body()->toPlainText().startsWith(QStringLiteral("文章指出，内蒙古")), qPrintable(body()->toPlainText()));
        QCOMPARE(RevisionRepository(m_newsroom->database).latest(m_id)->author,
            QStringLiteral("陈思远 (suggested by 李华)"));
        QVERIFY(!m_area->documentController()->isModified());
        selectRow(m_word);
        QTest::mouseClick(button(QStringLiteral("Reject")), Qt::LeftButton);
        QVERIFY(!body()->toPlainText().contains(QStringLiteral("普遍")));
        QCOMPARE(m_panel->countText(), QStringLiteral("0 pending · 2 decided"));
        QCOMPARE(m_panel->model()->rowCount(), 0); // the filter shows pending ones
        QVERIFY(!button(QStringLiteral("Accept All"))->isEnabled());
    }

    void unsavedEditsAreSavedFirst()
    {
        QTextCursor cursor(body()->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("新加的话。"));
        QVERIFY(m_area->documentController()->isModified());
        QTest::mouseClick(button(QStringLiteral("Accept All")), Qt::LeftButton);
        const QString text = body()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("文章指出，内蒙古")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("广大基层干部普遍对")));
        QVERIFY(text.endsWith(QStringLiteral("新加的话。")));
        QCOMPARE(ArticleRepository(m_newsroom->database).load(m_id)->bodyText, text);
    }

    void repliesFromTheComposerShowUnderTheSuggestion()
    {
        QPushButton *reply = button(QStringLiteral("Reply"));
        QVERIFY(reply);
        QVERIFY(!reply->isEnabled()); // nothing selected, nothing written
        selectRow(m_comma);
        QVERIFY(!reply->isEnabled());
        m_panel->composer()->setFocus();
        QTest::keyClicks(m_panel->composer(), QStringLiteral("Why the full-width comma?"));
        QVERIFY(reply->isEnabled());
        QTest::mouseClick(reply, Qt::LeftButton);
        QVERIFY(m_panel->composer()->toPlainText().isEmpty());
        const QModelIndex row = m_panel->model()->indexOf(m_comma);
        QCOMPARE(m_panel->model()->rowCount(row), 1);
        const QModelIndex message = m_panel->model()->index(0, 0, row);
        QCOMPARE(message.data().toString(), QStringLiteral("Why the full-width comma?"));
        QCOMPARE(message.data(SuggestionModel::AuthorRole).toString(), EditorName);
        QVERIFY(m_panel->view()->isExpanded(row)); // the thread is shown under the suggestion
        QCOMPARE(m_panel->currentSuggestion(), m_comma);

        // A reviewer (whose editor is read-only) answers on the reply's row: same thread.
        m_panel->setReadOnly(true);
        m_panel->setUserName(Reviewer);
        m_panel->view()->setCurrentIndex(message);
        m_panel->composer()->insertPlainText(QStringLiteral("中文用全角。")); // as an input method commits it
        QVERIFY(reply->isEnabled());
        QTest::mouseClick(reply, Qt::LeftButton);
        const QModelIndex again = m_panel->model()->indexOf(m_comma);
        QCOMPARE(m_panel->model()->rowCount(again), 2);
        QCOMPARE(m_panel->model()->index(1, 0, again).data().toString(), QStringLiteral("中文用全角。"));
        QCOMPARE(m_panel->model()->index(1, 0, again).data(SuggestionModel::AuthorRole).toString(), Reviewer);
        QCOMPARE(m_panel->model()->rowCount(m_panel->model()->indexOf(m_word)), 0);
        // Discussing changes nothing in the text, and the suggestion is still pending.
        QVERIFY(body()->toPlainText().startsWith(QStringLiteral("文章指出,内蒙古")));
        QCOMPARE(m_panel->countText(), QStringLiteral("2 pending · 0 decided"));
    }

    void acceptsExactlyTheSuggestionsInTheSelection()
    {
        const qint64 cut = suggest(SuggestionKind::Delete, QStringLiteral("双向"), QString());
        QVERIFY(cut);
        m_panel->refresh();
        QAction *accept = m_panel->acceptSelectionAction();
        QVERIFY(!accept->isEnabled()); // nothing selected
        // From where the insertion goes, after the words it follows: nothing.
        selectText(QStringLiteral("对文山"), QStringLiteral("强烈"));
        QVERIFY(!accept->isEnabled());
        QVERIFY(!contextMenuActions().contains(accept));

        // From before the comma into the words to delete: two of the three.
        selectText(QStringLiteral("指出,"), QStringLiteral("约束双"));
        QVERIFY(accept->isEnabled());
        QCOMPARE(m_panel->pendingInSelection(), (QList<qint64> { m_comma, cut }));
        QVERIFY(contextMenuActions().contains(accept));
        QVERIFY(contextMenuActions().contains(m_panel->rejectSelectionAction()));
        const int revisions = RevisionRepository(m_newsroom->database).list(m_id).size();
        accept->trigger();

        const QString expected = QStringLiteral("文章指出，内蒙古坚持激励和约束发力。\n广大基层干部对文山会海反映强烈。");
        QCOMPARE(body()->toPlainText(), expected);
        QCOMPARE(ArticleRepository(m_newsroom->database).load(m_id)->bodyText, expected);
        QVERIFY(!m_area->documentController()->isModified());
        QCOMPARE(stateOf(m_comma), SuggestionState::Accepted);
        QCOMPARE(stateOf(cut), SuggestionState::Accepted);
        QCOMPARE(stateOf(m_word), SuggestionState::Open);
        // One revision, by both names; the third is still where its text is.
        QCOMPARE(RevisionRepository(m_newsroom->database).list(m_id).size(), revisions + 1);
        QCOMPARE(RevisionRepository(m_newsroom->database).latest(m_id)->author,
            QStringLiteral("陈思远 (suggested by 李华)"));
        QCOMPARE(m_panel->countText(), QStringLiteral("1 pending · 2 decided"));
        const QModelIndex word = m_panel->model()->indexOf(m_word);
        QCOMPARE(word.data(SuggestionModel::StartRole).toLongLong(), expected.indexOf(QStringLiteral("广大基层干部")));
        QVERIFY(!word.data(SuggestionModel::OrphanedRole).toBool());
        QVERIFY(!accept->isEnabled()); // the selection holds none now
    }

    void rejectsExactlyTheSuggestionsInTheSelection()
    {
        const qint64 cut = suggest(SuggestionKind::Delete, QStringLiteral("双向"), QString());
        QVERIFY(cut);
        m_panel->refresh();
        // From the words to delete over the paragraph break to the word the insertion follows.
        selectText(QStringLiteral("双向发力"), QStringLiteral("基层干部"));
        QCOMPARE(m_panel->pendingInSelection(), (QList<qint64> { cut, m_word }));
        QVERIFY(m_panel->rejectSelectionAction()->isEnabled());
        m_panel->rejectSelectionAction()->trigger();
        QCOMPARE(stateOf(cut), SuggestionState::Rejected);
        QCOMPARE(stateOf(m_word), SuggestionState::Rejected);
        QCOMPARE(stateOf(m_comma), SuggestionState::Open);
        QCOMPARE(body()->toPlainText(), QStringLiteral("文章指出,内蒙古坚持激励和约束双向发力。\n广大基层干部对文山会海反映强烈。"));
        QCOMPARE(m_panel->countText(), QStringLiteral("1 pending · 2 decided"));
    }

    void inSuggestModeTheProposedTextCounts()
    {
        QSettings().remove(QStringLiteral("editor/suggestMode"));
        m_area->setSuggestRole(QStringLiteral("reviewer"), true); // on by default for a reviewer
        QVERIFY(m_area->suggestEditing()->isActive());
        QVERIFY(body()->toPlainText().contains(QStringLiteral("广大基层干部普遍对"))); // shown, underlined
        // Only the proposed word is selected: its suggestion, not the comma.
        selectText(QStringLiteral("普遍"), QStringLiteral("普遍"));
        QCOMPARE(m_panel->pendingInSelection(), QList<qint64> { m_word });
        QVERIFY(m_panel->acceptInSelection());
        QCOMPARE(stateOf(m_word), SuggestionState::Accepted);
        QCOMPARE(stateOf(m_comma), SuggestionState::Open);
        QCOMPARE(ArticleRepository(m_newsroom->database).load(m_id)->bodyText,
            QStringLiteral("文章指出,内蒙古坚持激励和约束双向发力。\n广大基层干部普遍对文山会海反映强烈。"));
        // The comma, struck through with its replacement beside it: both shown characters count.
        selectText(QStringLiteral(",，"), QStringLiteral(",，"));
        QCOMPARE(m_panel->pendingInSelection(), QList<qint64> { m_comma });
        m_area->setSuggestRole(QStringLiteral("reviewer"), false);
    }

    void readOnlyDecidesNothing()
    {
        m_panel->setReadOnly(true);
        selectRow(m_comma);
        QVERIFY(!button(QStringLiteral("Accept"))->isEnabled());
        QVERIFY(!button(QStringLiteral("Reject All"))->isEnabled());
        // Nor in the selection: the actions are off and the context menu does not offer them.
        selectText(QStringLiteral("文章"), QStringLiteral("强烈"));
        QCOMPARE(m_panel->pendingInSelection().size(), 2);
        QVERIFY(!m_panel->acceptSelectionAction()->isEnabled());
        QVERIFY(!m_panel->rejectSelectionAction()->isEnabled());
        QVERIFY(!contextMenuActions().contains(m_panel->acceptSelectionAction()));
    }
};

GALLEY_UI_TEST_MAIN(TestSuggestionPanel)
#include "tst_suggestionpanel.moc"
