// Suggest mode in the editor (#13): a reviewer's typing, deleting, pasting and input-method
// commits become suggestions (one per word typed), shown as marks in the editor, while the
// stored body stays exactly as it was; an editor with the mode off edits normally.

#include "editortestsupport.h"

#include "editor/editoractions.h"
#include "editor/richtextedit.h"
#include "editor/suggestediting.h"
#include "storage/newsroomactions.h"
#include "storage/suggestionrepository.h"

#include <QAction>
#include <QClipboard>
#include <QInputMethodEvent>
#include <QSettings>
#include <QTextBlock>

using namespace galley;
using galley::test::Newsroom;

namespace {

const QString Reviewer = QStringLiteral("李华");
const QString Html
    = QStringLiteral("<p>文章指出,内蒙古坚持激励和约束双向发力。</p>\n<p>广大基层干部对文山会海反映强烈。</p>\n");

/// Whether every character of [start, end) of \a document has \a test's format.
template <typename Test>
bool formatted(QTextDocument *document, int start, int end, Test test)
{
    if (start < 0 || end <= start)
        return false;
    for (int position = start; position < end; ++position) {
        QTextCursor cursor(document);
        cursor.setPosition(position + 1); // the format of the character before the cursor
        if (!test(cursor.charFormat()))
            return false;
    }
    return true;
}

bool inserted(const QTextCharFormat &format)
{
    return format.fontUnderline() && !format.fontStrikeOut()
        && format.underlineColor() == SuggestEditing::authorColor(Reviewer);
}

bool struck(const QTextCharFormat &format)
{
    return format.fontStrikeOut() && format.foreground().color() == SuggestEditing::authorColor(Reviewer);
}

bool plain(const QTextCharFormat &format)
{
    return !format.fontStrikeOut() && !format.fontUnderline();
}

} // namespace

class TestSuggestMode : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Newsroom> m_newsroom;
    std::unique_ptr<QWidget> m_window;
    EditorArea *m_area = nullptr;
    qint64 m_id = 0;
    QString m_storedHtml;

    RichTextEdit *body() const { return m_area->bodyEditor(); }

    QList<Suggestion> stored() const { return SuggestionRepository(m_newsroom->database).pending(m_id); }

    /// Puts the cursor in the shown text right after \a text (selecting it with \a select).
    void placeAfter(const QString &text, bool select = false)
    {
        const int at = int(body()->toPlainText().indexOf(text));
        QVERIFY2(at >= 0, qPrintable(text));
        QTextCursor cursor(body()->document());
        cursor.setPosition(select ? at : at + int(text.size()));
        if (select)
            cursor.setPosition(at + int(text.size()), QTextCursor::KeepAnchor);
        body()->setTextCursor(cursor);
    }

    /// An input method composing \a preedit, then committing \a commit (a Chinese IME).
    void compose(const QString &preedit, const QString &commit)
    {
        QInputMethodEvent composing(preedit, {});
        QCoreApplication::sendEvent(body(), &composing);
        QInputMethodEvent committing;
        committing.setCommitString(commit);
        QCoreApplication::sendEvent(body(), &committing);
    }

    /// The body as stored, read again from the database.
    void verifyBodyUnchanged()
    {
        Database &database = m_newsroom->database;
        QCOMPARE(ArticleRepository(database).load(m_id)->bodyHtml, m_storedHtml);
        QVERIFY(!m_area->documentController()->isModified());
        QCOMPARE(test::bodyHtml(*m_area), m_storedHtml);
    }

private Q_SLOTS:
    void init()
    {
        QSettings().remove(QStringLiteral("editor/suggestMode"));
        m_newsroom = std::make_unique<Newsroom>();
        m_window = std::make_unique<QWidget>();
        auto *layout = new QHBoxLayout(m_window.get());
        m_area = new EditorArea(m_newsroom->database, m_window.get());
        m_area->setViewMode(EditorArea::ViewMode::EditorOnly);
        m_area->setUserName(Reviewer);
        layout->addWidget(m_area);
        QVERIFY(test::showActive(*m_window));
        m_id = m_newsroom->addArticle(QStringLiteral("建议模式"), Html);
        QVERIFY(m_id > 0);
        m_storedHtml = m_newsroom->load(m_id).bodyHtml;
        // A reviewer: the editor is read-only, suggest mode on by default.
        m_area->setReadOnly(true);
        m_area->setSuggestRole(QStringLiteral("reviewer"), true);
        QVERIFY(m_area->openArticle(m_id));
        body()->setFocus();
    }

    void cleanup()
    {
        if (m_area)
            QVERIFY(m_area->closeArticle());
        m_window.reset();
        m_newsroom.reset();
    }

    void reviewerSuggestsByDefaultEditorDoesNot()
    {
        QAction *toggle = m_area->suggestAction();
        QVERIFY(toggle->isCheckable());
        QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
        QVERIFY(m_area->editActions().contains(toggle));
        QVERIFY(toggle->isChecked());
        QVERIFY(m_area->suggestEditing()->isActive());
        QVERIFY(!body()->isReadOnly()); // it takes typing, to suggest
        m_area->setReadOnly(false);
        m_area->setSuggestRole(QStringLiteral("editor"), true);
        QVERIFY(!toggle->isChecked());
        QVERIFY(!m_area->suggestEditing()->isActive());
        // The choice is kept per role.
        toggle->trigger();
        QVERIFY(m_area->suggestEditing()->isActive());
        QCOMPARE(QSettings().value(QStringLiteral("editor/suggestMode/editor")).toBool(), true);
        m_area->setSuggestRole(QStringLiteral("reviewer"), false); // a read-only newsroom
        QVERIFY(!m_area->suggestEditing()->isActive());
        QVERIFY(!toggle->isEnabled());
    }

    void chineseCommitIsOneInsertion()
    {
        placeAfter(QStringLiteral("广大基层干部"));
        compose(QStringLiteral("pubian"), QStringLiteral("普遍"));
        const QList<Suggestion> suggestions = stored();
        QCOMPARE(suggestions.size(), 1);
        QCOMPARE(suggestions.first().kind, SuggestionKind::Insert);
        QCOMPARE(suggestions.first().proposedHtml, QStringLiteral("普遍"));
        QCOMPARE(suggestions.first().author, Reviewer);
        QCOMPARE(suggestions.first().anchor.end, m_newsroom->load(m_id).bodyText.indexOf(QStringLiteral("对文山")));
        // Shown underlined after the text it follows, the cursor after it.
        const int at = int(body()->toPlainText().indexOf(QStringLiteral("广大基层干部普遍对")));
        QVERIFY2(at >= 0, qPrintable(body()->toPlainText()));
        QVERIFY(formatted(body()->document(), at + 6, at + 8, inserted));
        QVERIFY(formatted(body()->document(), at, at + 6, plain));
        QCOMPARE(body()->textCursor().position(), at + 8);
        // Stored-text positions map past the proposed text (the panel selects passages so).
        const qint64 next = m_newsroom->load(m_id).bodyText.indexOf(QStringLiteral("对文山"));
        QCOMPARE(m_area->suggestEditing()->shownPosition(next, true), at + 8);
        QCOMPARE(m_area->suggestEditing()->shownPosition(next, false), at + 6);
        QCOMPARE(m_area->suggestEditing()->shownPosition(at, true), at);
        verifyBodyUnchanged();
    }

    void keystrokesMergeIntoOneSuggestion()
    {
        placeAfter(QStringLiteral("广大基层干部"));
        QTest::keyClick(body(), Qt::Key_S);
        // Later keystrokes change the shown copy where the word is (a new copy of a long
        // article per keystroke took hundreds of milliseconds): the same document, still marked.
        const QTextDocument *shown = body()->document();
        QTest::keyClicks(body(), QStringLiteral("o much"));
        QCOMPARE(body()->document(), shown);
        QList<Suggestion> suggestions = stored();
        QCOMPARE(suggestions.size(), 1);
        QCOMPARE(suggestions.first().proposedHtml, QStringLiteral("so much"));
        QTest::keyClick(body(), Qt::Key_Backspace); // inside one's own insertion: it shrinks
        QCOMPARE(body()->document(), shown);
        suggestions = stored();
        QCOMPARE(suggestions.size(), 1);
        QCOMPARE(suggestions.first().proposedHtml, QStringLiteral("so muc"));
        QVERIFY(body()->toPlainText().contains(QStringLiteral("广大基层干部so muc对")));
        const int at = int(body()->toPlainText().indexOf(QStringLiteral("so muc")));
        QVERIFY(formatted(body()->document(), at, at + 6, inserted));
        QVERIFY(formatted(body()->document(), at + 6, at + 7, plain));
        QCOMPARE(body()->textCursor().position(), at + 6);
        verifyBodyUnchanged();
    }

    void boldOverSelectionSuggestsFormatting()
    {
        QAction *bold = nullptr;
        for (QAction *action : m_area->formatActions()) {
            if (action->objectName() == QLatin1String("boldAction"))
                bold = action;
        }
        QVERIFY(bold);
        placeAfter(QStringLiteral("激励和"), true);
        QVERIFY(bold->isEnabled()); // the body is not edited, but formatting can be suggested
        bold->trigger(); // Ctrl+B
        QList<Suggestion> suggestions = stored();
        QCOMPARE(suggestions.size(), 1);
        QCOMPARE(suggestions.first().kind, SuggestionKind::Format);
        QCOMPARE(suggestions.first().anchor.quote, QStringLiteral("激励和"));
        QCOMPARE(suggestions.first().formatBefore, QString());
        QCOMPARE(suggestions.first().formatAfter, QStringLiteral("strong"));
        verifyBodyUnchanged();
        // Shown dotted-underlined in the suggester's colour, not yet bold.
        const int at = int(body()->toPlainText().indexOf(QStringLiteral("激励和")));
        QVERIFY(formatted(body()->document(), at, at + 3, [](const QTextCharFormat &format) {
            return format.underlineStyle() == QTextCharFormat::DotLine
                && format.underlineColor() == SuggestEditing::authorColor(Reviewer) && format.fontWeight() < QFont::Bold;
        }));
        // An editor accepts it: the stored text is bold there.
        const NewsroomActions::ResolveOutcome accepted = NewsroomActions::acceptSuggestions(
            m_newsroom->database, { suggestions.first().id }, QStringLiteral("陈思远"));
        QVERIFY2(accepted.ok, qPrintable(accepted.error));
        QVERIFY2(accepted.article->bodyHtml.contains(QStringLiteral("<strong>激励和</strong>")),
            qPrintable(accepted.article->bodyHtml));

        // Without a selection there is nothing to suggest formatting for.
        placeAfter(QStringLiteral("广大"));
        QVERIFY(!bold->isEnabled());
        bold->trigger();
        QCOMPARE(stored().size(), 0);
    }

    void backspaceOverSelectionSuggestsDeletion()
    {
        placeAfter(QStringLiteral("激励和"), true);
        QTest::keyClick(body(), Qt::Key_Backspace);
        const QList<Suggestion> suggestions = stored();
        QCOMPARE(suggestions.size(), 1);
        QCOMPARE(suggestions.first().kind, SuggestionKind::Delete);
        QCOMPARE(suggestions.first().anchor.quote, QStringLiteral("激励和"));
        // Kept visible, struck through.
        const int at = int(body()->toPlainText().indexOf(QStringLiteral("坚持激励和约束")));
        QVERIFY(at >= 0);
        QVERIFY(formatted(body()->document(), at + 2, at + 5, struck));
        QVERIFY(formatted(body()->document(), at, at + 2, plain));
        QVERIFY(formatted(body()->document(), at + 5, at + 7, plain));
        verifyBodyUnchanged();
    }

    void backspacesExtendOneDeletion()
    {
        placeAfter(QStringLiteral("反映强烈"));
        QTest::keyClick(body(), Qt::Key_Backspace);
        QTest::keyClick(body(), Qt::Key_Backspace);
        const QList<Suggestion> suggestions = stored();
        QCOMPARE(suggestions.size(), 1);
        QCOMPARE(suggestions.first().anchor.quote, QStringLiteral("强烈"));
        verifyBodyUnchanged();
    }

    void replacementShowsBoth()
    {
        placeAfter(QStringLiteral(","), true);
        compose(QString(), QStringLiteral("，"));
        const QList<Suggestion> suggestions = stored();
        QCOMPARE(suggestions.size(), 1);
        QCOMPARE(suggestions.first().kind, SuggestionKind::Replace);
        QCOMPARE(suggestions.first().anchor.quote, QStringLiteral(","));
        QCOMPARE(suggestions.first().proposedHtml, QStringLiteral("，"));
        const int at = int(body()->toPlainText().indexOf(QStringLiteral(",，")));
        QVERIFY2(at >= 0, qPrintable(body()->toPlainText()));
        QVERIFY(formatted(body()->document(), at, at + 1, struck));
        QVERIFY(formatted(body()->document(), at + 1, at + 2, inserted));
        verifyBodyUnchanged();
    }

    // Underline and Strikethrough in the tool bar say what the text has, not the marks.
    void formatButtonsShowTheTextNotTheMarks()
    {
        QAction *underline = nullptr;
        QAction *strike = nullptr;
        for (QAction *action : m_area->formatActions()) {
            if (action->objectName() == QLatin1String("underlineAction"))
                underline = action;
            else if (action->objectName() == QLatin1String("strikeAction"))
                strike = action;
        }
        QVERIFY(underline && strike);
        placeAfter(QStringLiteral(","), true);
        compose(QString(), QStringLiteral("，"));
        const int at = int(body()->toPlainText().indexOf(QStringLiteral(",，")));
        QVERIFY(formatted(body()->document(), at + 1, at + 2, inserted));
        QCOMPARE(body()->textCursor().position(), at + 2); // after the underlined proposal
        QVERIFY(!underline->isChecked());
        QVERIFY(!strike->isChecked());
        placeAfter(QStringLiteral(",")); // after the struck-through comma
        QVERIFY(formatted(body()->document(), at, at + 1, struck));
        QVERIFY(!strike->isChecked());
        QVERIFY(!underline->isChecked());
        // Text that is underlined in the article still shows so.
        QVERIFY(m_area->closeArticle());
        const qint64 id = m_newsroom->addArticle(QStringLiteral("下划线"), QStringLiteral("<p>普通<u>下划线</u>文字</p>\n"));
        QVERIFY(m_area->openArticle(id));
        QVERIFY(m_area->suggestEditing()->isActive());
        placeAfter(QStringLiteral("下划"));
        QVERIFY(underline->isChecked());
        placeAfter(QStringLiteral("普通"));
        QVERIFY(!underline->isChecked());
    }

    void pasteIsOneInsertion()
    {
        placeAfter(QStringLiteral("内蒙古"));
        QGuiApplication::clipboard()->setText(QStringLiteral("自治区<b>"));
        m_area->actions()->paste->trigger();
        const QList<Suggestion> suggestions = stored();
        QCOMPARE(suggestions.size(), 1);
        QCOMPARE(suggestions.first().proposedHtml, QStringLiteral("自治区&lt;b&gt;"));
        QVERIFY(body()->toPlainText().contains(QStringLiteral("内蒙古自治区<b>坚持")));
        verifyBodyUnchanged();
    }

    void enterIsRefused()
    {
        placeAfter(QStringLiteral("内蒙古"));
        QTest::keyClick(body(), Qt::Key_Return);
        QVERIFY(stored().isEmpty());
        QCOMPARE(body()->document()->blockCount(), 2);
        verifyBodyUnchanged();
    }

    void suggestOffEditsNormally()
    {
        m_area->setReadOnly(false);
        m_area->setSuggestRole(QStringLiteral("editor"), true);
        QVERIFY(!m_area->suggestEditing()->isActive());
        placeAfter(QStringLiteral("广大基层干部"));
        QTest::keyClicks(body(), QStringLiteral("abc"));
        QVERIFY(test::bodyHtml(*m_area).contains(QStringLiteral("广大基层干部abc对")));
        QVERIFY(m_area->saveNow());
        QVERIFY(m_newsroom->load(m_id).bodyText.contains(QStringLiteral("广大基层干部abc对")));
        QVERIFY(stored().isEmpty());
    }
};

GALLEY_UI_TEST_MAIN(TestSuggestMode)
#include "tst_suggestmode.moc"
