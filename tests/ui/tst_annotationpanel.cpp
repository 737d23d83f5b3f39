// The review side panel as a reviewer and an editor use it: commenting on a selection (also in
// the read-only reviewer mode), replies, resolving and reopening, highlights in the editor that
// follow the text while it is edited, and the panel and the editor selecting each other.

#include "editortestsupport.h"

#include "editor/findreplacebar.h"
#include "editor/richtextedit.h"
#include "review/annotationhighlighter.h"
#include "review/annotationpanel.h"
#include "storage/annotationrepository.h"

#include <QIdentityProxyModel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTreeView>

using namespace galley;
using galley::test::Newsroom;

namespace {

const QString Reviewer = QStringLiteral("审稿人 Li");
const QString EditorName = QStringLiteral("编辑 Wang");

/// What the user sees highlighted in the body editor: the text under each extra selection.
QStringList highlightedTexts(const QTextEdit *edit)
{
    QStringList texts;
    for (const QTextEdit::ExtraSelection &selection : edit->extraSelections())
        texts.append(selection.cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n')));
    texts.sort();
    return texts;
}

} // namespace

class TestAnnotationPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Newsroom> m_newsroom;
    std::unique_ptr<QWidget> m_window;
    EditorArea *m_area = nullptr;
    AnnotationPanel *m_panel = nullptr;

    RichTextEdit *body() const { return m_area->bodyEditor(); }

    qint64 openWith(const QString &html)
    {
        const qint64 id = m_newsroom->addArticle(QStringLiteral("审稿测试"), html);
        if (id <= 0 || !m_area->openArticle(id))
            return 0;
        return id;
    }

    /// Selects the \a occurrence-th \a passage of the body, as dragging over it would.
    bool selectPassage(const QString &passage, int occurrence = 1)
    {
        const QString text = body()->document()->toPlainText();
        qsizetype start = -1;
        for (int i = 0; i < occurrence; ++i) {
            start = text.indexOf(passage, start + 1);
            if (start < 0)
                return false;
        }
        QTextCursor cursor(body()->document());
        cursor.setPosition(int(start));
        cursor.setPosition(int(start + passage.size()), QTextCursor::KeepAnchor);
        body()->setTextCursor(cursor);
        return true;
    }

    /// Comments through the panel as a user does: text in the box, then the Comment button.
    qint64 commentByHand(const QString &comment)
    {
        const QList<AnnotationThread> before = AnnotationRepository(m_newsroom->database).threads(m_area->currentArticleId());
        m_panel->composer()->setPlainText(comment);
        QPushButton *button = nullptr;
        for (QPushButton *candidate : m_panel->findChildren<QPushButton *>()) {
            if (candidate->text().remove(QLatin1Char('&')) == QStringLiteral("Comment"))
                button = candidate;
        }
        if (!button || !button->isEnabled())
            return 0;
        QTest::mouseClick(button, Qt::LeftButton);
        const QList<AnnotationThread> after = AnnotationRepository(m_newsroom->database).threads(m_area->currentArticleId());
        for (const AnnotationThread &thread : after) {
            if (std::none_of(before.cbegin(), before.cend(), [&](const AnnotationThread &t) { return t.id() == thread.id(); }))
                return thread.id();
        }
        return 0;
    }

    QPushButton *button(const QString &text) const
    {
        for (QPushButton *candidate : m_panel->findChildren<QPushButton *>()) {
            if (candidate->text().remove(QLatin1Char('&')) == text)
                return candidate;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_newsroom = std::make_unique<Newsroom>();
        m_window = std::make_unique<QWidget>();
        m_panel = test::addEditorAndPanel<AnnotationPanel>(*m_window, *m_newsroom, EditorName, &m_area);
        m_panel->setUserName(Reviewer);
        QVERIFY(test::showActive(*m_window));
    }

    void cleanup()
    {
        if (m_area)
            QVERIFY(m_area->closeArticle());
        m_window.reset();
        m_newsroom.reset();
    }

    void commentInReadOnlyMode_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("passage");
        QTest::addColumn<int>("occurrence");

        QTest::newRow("nominal: Chinese phrase inside a sentence")
            << QStringLiteral("<p>内蒙古自治区召开干部大会，宣布主要领导调整决定。</p>\n<p>会议强调要团结一致。</p>")
            << QStringLiteral("宣布主要领导调整") << 1;
        QTest::newRow("nominal: a word in the second paragraph")
            << QStringLiteral("<h2>Wire update</h2>\n<p>The council met on <strong>Tuesday</strong> and voted.</p>")
            << QStringLiteral("Tuesday and voted") << 1;
        QTest::newRow("nominal: the second of two equal phrases")
            << QStringLiteral("<p>团结一致，再次强调团结一致。</p>") << QStringLiteral("团结一致") << 2;
        QTest::newRow("robustness: passage across two paragraphs")
            << QStringLiteral("<p>第一段结尾</p>\n<p>第二段开头</p>") << QStringLiteral("结尾\n第二") << 1;
    }

    void commentInReadOnlyMode()
    {
        QFETCH(QString, html);
        QFETCH(QString, passage);
        QFETCH(int, occurrence);

        const qint64 id = openWith(html);
        QVERIFY(id > 0);
        const Article before = m_newsroom->load(id);
        m_area->setReadOnly(true); // the reviewer's editor
        QVERIFY(body()->isReadOnly());
        QVERIFY(selectPassage(passage, occurrence));
        const int start = body()->textCursor().selectionStart();

        const qint64 thread = commentByHand(QStringLiteral("请核实这一说法"));
        QVERIFY2(thread > 0, "the Comment button did not add a thread");

        // Stored, on exactly the selected passage, by the reviewer.
        const std::optional<AnnotationThread> stored = AnnotationRepository(m_newsroom->database).thread(thread);
        QVERIFY(stored);
        QCOMPARE(stored->root.anchor.quote, passage);
        QCOMPARE(stored->root.anchor.start, start);
        QCOMPARE(stored->root.author, Reviewer);
        QCOMPARE(stored->root.body, QStringLiteral("请核实这一说法"));
        QVERIFY(stored->root.revisionNumber > 0); // the text commented on is kept in the history

        // Highlighted in the editor, as an extra selection on the passage.
        QCOMPARE(highlightedTexts(body()), QStringList{passage});
        QCOMPARE(m_panel->highlighter()->highlightedThreads(), QList<qint64>{thread});
        QVERIFY(m_panel->countText().startsWith(QStringLiteral("1 open")));
        QVERIFY(m_panel->composer()->toPlainText().isEmpty());

        // Nothing of it reached the article: the stored body, its version and the HTML the
        // editor would save are unchanged.
        const Article after = m_newsroom->load(id);
        QCOMPARE(after.bodyHtml, before.bodyHtml);
        QCOMPARE(after.version, before.version);
        QCOMPARE(test::bodyHtml(*m_area), before.bodyHtml);
        QVERIFY(!m_area->documentController()->isModified());
    }

    void commentNeedsSelectionAndText()
    {
        QVERIFY(openWith(QStringLiteral("<p>没有选中文字。</p>")) > 0);
        QCOMPARE(m_panel->addComment(QStringLiteral("空")), 0); // nothing selected
        QVERIFY(selectPassage(QStringLiteral("选中")));
        QCOMPARE(m_panel->addComment(QStringLiteral("  ")), 0); // blank comment
        QVERIFY(AnnotationRepository(m_newsroom->database).threads(m_area->currentArticleId()).isEmpty());
        QVERIFY(body()->extraSelections().isEmpty());
    }

    void replyAndResolveRoundTrip()
    {
        const qint64 article = openWith(QStringLiteral("<p>市场监管总局发布新规，自下月起施行。</p>"));
        QVERIFY(article > 0);
        QVERIFY(selectPassage(QStringLiteral("自下月起施行")));
        const qint64 thread = m_panel->addComment(QStringLiteral("具体日期？"));
        QVERIFY(thread > 0);

        // The editor answers in the same thread.
        m_panel->setUserName(EditorName);
        m_panel->selectThread(thread);
        m_panel->composer()->setPlainText(QStringLiteral("已补充：6月1日"));
        QPushButton *reply = button(QStringLiteral("Reply"));
        QVERIFY(reply && reply->isEnabled());
        QTest::mouseClick(reply, Qt::LeftButton);

        std::optional<AnnotationThread> stored = AnnotationRepository(m_newsroom->database).thread(thread);
        QVERIFY(stored);
        QCOMPARE(stored->replies.size(), 1);
        QCOMPARE(stored->replies.first().body, QStringLiteral("已补充：6月1日"));
        QCOMPARE(stored->replies.first().author, EditorName);

        // Author and time show on the reply's row.
        const QModelIndex threadRow = m_panel->view()->model()->index(0, 0);
        QCOMPARE(m_panel->view()->model()->rowCount(threadRow), 1);
        const QModelIndex replyAuthor = m_panel->view()->model()->index(0, AnnotationModel::AuthorColumn, threadRow);
        const QModelIndex replyTime = m_panel->view()->model()->index(0, AnnotationModel::TimeColumn, threadRow);
        QCOMPARE(replyAuthor.data().toString(), EditorName);
        QVERIFY(!replyTime.data().toString().isEmpty());

        // Resolve: gone from the "open" list and from the editor, counted as resolved.
        m_panel->selectThread(thread);
        QPushButton *resolve = button(QStringLiteral("Resolve"));
        QVERIFY(resolve && resolve->isEnabled());
        QTest::mouseClick(resolve, Qt::LeftButton);
        stored = AnnotationRepository(m_newsroom->database).thread(thread);
        QVERIFY(stored && stored->root.isResolved());
        QCOMPARE(m_panel->view()->model()->rowCount(), 0);
        QVERIFY(body()->extraSelections().isEmpty());
        QCOMPARE(m_panel->countText(), QStringLiteral("0 open · 1 resolved"));

        // Shown again under "Resolved", and reopened from there.
        m_panel->setFilter(AnnotationModel::Filter::Resolved);
        QCOMPARE(m_panel->view()->model()->rowCount(), 1);
        m_panel->selectThread(thread);
        QPushButton *reopen = button(QStringLiteral("Reopen"));
        QVERIFY(reopen && reopen->isEnabled());
        QTest::mouseClick(reopen, Qt::LeftButton);
        stored = AnnotationRepository(m_newsroom->database).thread(thread);
        QVERIFY(stored && !stored->root.isResolved());
        QCOMPARE(stored->replies.size(), 1); // the reply survived the round trip

        // Another session reads the same from the database.
        AnnotationModel fresh(m_newsroom->database);
        fresh.setArticle(article, m_newsroom->load(article).bodyText);
        QCOMPARE(fresh.threadCount(AnnotationModel::Filter::Open), 1);
        QCOMPARE(fresh.rowCount(fresh.index(0, 0)), 1);
    }

    void highlightFollowsEdits_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("where"); // 0: start of the text, 1: start of the quote's paragraph

        QTest::newRow("nominal: Chinese typed at the start of the text")
            << QStringLiteral("<p>国务院新闻办公室今天举行发布会。</p>") << QStringLiteral("举行发布会")
            << QStringLiteral("据新华社报道，") << 0;
        QTest::newRow("nominal: Latin typed before the quote in its paragraph")
            << QStringLiteral("<p>Intro.</p>\n<p>Prices rose by 3 percent in May.</p>") << QStringLiteral("3 percent")
            << QStringLiteral("Officially, ") << 1;
        QTest::newRow("nominal: a new paragraph inserted before")
            << QStringLiteral("<p>第一段。</p>\n<p>第二段里有重点。</p>") << QStringLiteral("重点")
            << QStringLiteral("新段落\n") << 0;
    }

    void highlightFollowsEdits()
    {
        QFETCH(QString, html);
        QFETCH(QString, quote);
        QFETCH(QString, typed);
        QFETCH(int, where);

        const qint64 article = openWith(html);
        QVERIFY(article > 0);
        QVERIFY(selectPassage(quote));
        const qint64 thread = m_panel->addComment(QStringLiteral("核实"));
        QVERIFY(thread > 0);
        const int oldStart = m_panel->highlighter()->range(thread).selectionStart();

        // The editor types before the quote, as a user does: cursor there, then keys.
        QTextCursor cursor(body()->document());
        if (where == 1)
            cursor = QTextCursor(body()->document()->findBlock(oldStart));
        body()->setTextCursor(cursor);
        body()->setFocus();
        QTRY_VERIFY(body()->hasFocus());
        for (const QChar c : typed) {
            if (c == QLatin1Char('\n'))
                QTest::keyClick(body(), Qt::Key_Return);
            else
                test::typeText(body(), QString(c));
        }

        // The highlight moved with its passage.
        const QTextCursor range = m_panel->highlighter()->range(thread);
        QVERIFY(!range.isNull());
        QCOMPARE(range.selectionStart(), oldStart + int(typed.size()));
        QCOMPARE(range.selectedText(), quote);
        QCOMPARE(highlightedTexts(body()), QStringList{quote});

        // Saved: the stored anchor is where the passage now is.
        QVERIFY(m_area->saveNow());
        const std::optional<AnnotationThread> stored = AnnotationRepository(m_newsroom->database).thread(thread);
        QVERIFY(stored);
        const QString bodyText = m_newsroom->load(article).bodyText;
        QCOMPARE(stored->root.anchor.start, oldStart + typed.size());
        QCOMPARE(bodyText.mid(stored->root.anchor.start, stored->root.anchor.end - stored->root.anchor.start), quote);
        QCOMPARE(highlightedTexts(body()), QStringList{quote});
    }

    void panelAndEditorSelectEachOther()
    {
        QVERIFY(openWith(QStringLiteral("<p>甲方表示同意。乙方表示反对。</p>")) > 0);
        QVERIFY(selectPassage(QStringLiteral("甲方表示同意")));
        const qint64 first = m_panel->addComment(QStringLiteral("一"));
        QVERIFY(selectPassage(QStringLiteral("乙方表示反对")));
        const qint64 second = m_panel->addComment(QStringLiteral("二"));
        QVERIFY(first > 0 && second > 0);

        // Clicking into the first passage selects its thread.
        QTextCursor cursor(body()->document());
        cursor.setPosition(2);
        body()->setTextCursor(cursor);
        QCOMPARE(m_panel->currentThread(), first);

        // Choosing the second thread in the panel selects its passage in the editor.
        const auto *proxy = static_cast<QIdentityProxyModel *>(m_panel->view()->model());
        m_panel->view()->setCurrentIndex(proxy->mapFromSource(m_panel->model()->indexOf(second)));
        QCOMPARE(body()->textCursor().selectedText(), QStringLiteral("乙方表示反对"));
        QCOMPARE(m_panel->highlighter()->currentThread(), second);
    }

    void findDoesNotWipeHighlights()
    {
        QVERIFY(openWith(QStringLiteral("<p>记者从现场获悉，现场秩序良好。</p>")) > 0);
        QVERIFY(selectPassage(QStringLiteral("秩序良好")));
        QVERIFY(m_panel->addComment(QStringLiteral("来源？")) > 0);

        m_area->findBar()->showFind();
        m_area->findBar()->findField()->setText(QStringLiteral("现场"));
        QTRY_COMPARE(highlightedTexts(body()).size(), 3); // two matches over the comment's passage
        m_area->findBar()->closeBar();
        QCOMPARE(highlightedTexts(body()), QStringList{QStringLiteral("秩序良好")});
    }

    void orphanedThreadIsListedWithItsQuote()
    {
        const qint64 article = openWith(QStringLiteral("<p>这段文字后来被整段改写了。</p>"));
        QVERIFY(article > 0);
        Annotation root;
        root.articleId = article;
        root.author = Reviewer;
        root.body = QStringLiteral("此处数据有误");
        root.anchor.quote = QStringLiteral("增长百分之十二");
        root.anchor.prefix = QStringLiteral("去年");
        root.anchor.start = 3;
        root.anchor.end = 10;
        QVERIFY(AnnotationRepository(m_newsroom->database).create(root));
        QVERIFY(m_area->closeArticle());
        QVERIFY(m_area->openArticle(article));

        QCOMPARE(m_panel->view()->model()->rowCount(), 1);
        const QModelIndex row = m_panel->view()->model()->index(0, 0);
        QVERIFY(row.data(AnnotationModel::OrphanedRole).toBool());
        QVERIFY(row.data().toString().contains(QStringLiteral("增长百分之十二")));
        QVERIFY(row.data().toString().contains(QStringLiteral("此处数据有误")));
        QVERIFY(body()->extraSelections().isEmpty()); // never put on the wrong text
        QVERIFY(m_panel->countText().startsWith(QStringLiteral("1 open")));
    }
};

GALLEY_UI_TEST_MAIN(TestAnnotationPanel)
#include "tst_annotationpanel.moc"
