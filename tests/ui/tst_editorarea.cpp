// The editor as a user drives it: formatting through the keyboard shortcuts, links through the
// link dialog, undo, Chinese input methods, find and replace, paste. Checked on the canonical
// HTML the editor saves.

#include "editortestsupport.h"

#include "editor/articlefieldsform.h"
#include "editor/editoractions.h"
#include "editor/findreplacebar.h"
#include "editor/richtextedit.h"
#include "storage/assetrepository.h"

#include <QAction>
#include <QClipboard>
#include <QImage>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTimer>

using namespace galley;
using galley::test::Newsroom;

class TestEditorArea : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Newsroom> m_newsroom;
    std::unique_ptr<EditorArea> m_area;

    RichTextEdit *body() const { return m_area->bodyEditor(); }

    /// Opens a new article with \a html and gives the body the focus, cursor at the start.
    void openWith(const QString &html)
    {
        const qint64 id = m_newsroom->addArticle(QStringLiteral("测试 test"), html);
        QVERIFY(id > 0);
        QVERIFY(m_area->openArticle(id));
        body()->setFocus();
        QTRY_VERIFY(body()->hasFocus());
        QTest::keyClick(body(), Qt::Key_Home, Qt::ControlModifier);
    }

    /// What the article holds in the database after an explicit save.
    QString savedBody()
    {
        if (!m_area->saveNow())
            return QStringLiteral("<save failed>");
        return m_newsroom->load(m_area->currentArticleId()).bodyHtml;
    }

    void sendPreedit(const QString &text)
    {
        QList<QInputMethodEvent::Attribute> attributes;
        attributes.append({QInputMethodEvent::Cursor, int(text.size()), 1, QVariant()});
        QInputMethodEvent event(text, attributes);
        QApplication::sendEvent(body(), &event);
    }

    void sendCommit(const QString &text)
    {
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(body(), &event);
    }

private Q_SLOTS:
    void init()
    {
        m_newsroom = std::make_unique<Newsroom>();
        m_area = std::make_unique<EditorArea>(m_newsroom->database);
        m_area->setViewMode(EditorArea::ViewMode::EditorOnly); // these tests are about the text
        QVERIFY(test::showActive(*m_area));
    }

    void cleanup()
    {
        if (m_area)
            QVERIFY(m_area->closeArticle());
        m_area.reset();
        m_newsroom.reset();
    }

    void shortcuts_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QKeySequence>("select");   // pressed first (selection), may be empty
        QTest::addColumn<QKeySequence>("shortcut"); // the formatting command
        QTest::addColumn<QString>("expected");

        const QKeySequence lastWord(Qt::CTRL | Qt::SHIFT | Qt::Key_Left);
        const QKeySequence all(QKeySequence::SelectAll);
        QTest::newRow("nominal: bold the last word")
            << QStringLiteral("<p>Hello world</p>") << lastWord << QKeySequence(QKeySequence::Bold)
            << QStringLiteral("<p>Hello <strong>world</strong></p>\n");
        QTest::newRow("nominal: italic")
            << QStringLiteral("<p>Hello world</p>") << lastWord << QKeySequence(QKeySequence::Italic)
            << QStringLiteral("<p>Hello <em>world</em></p>\n");
        QTest::newRow("nominal: underline")
            << QStringLiteral("<p>Hello world</p>") << lastWord << QKeySequence(QKeySequence::Underline)
            << QStringLiteral("<p>Hello <u>world</u></p>\n");
        QTest::newRow("nominal: strikethrough")
            << QStringLiteral("<p>Hello world</p>") << lastWord << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)
            << QStringLiteral("<p>Hello <s>world</s></p>\n");
        QTest::newRow("nominal: bulleted list of two paragraphs")
            << QStringLiteral("<p>一</p>\n<p>二</p>") << all << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8)
            << QStringLiteral("<ul>\n<li>一</li>\n<li>二</li>\n</ul>\n");
        QTest::newRow("nominal: numbered list")
            << QStringLiteral("<p>一</p>\n<p>二</p>") << all << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7)
            << QStringLiteral("<ol>\n<li>一</li>\n<li>二</li>\n</ol>\n");
        QTest::newRow("nominal: list toggled off again")
            << QStringLiteral("<ul>\n<li>一</li>\n<li>二</li>\n</ul>") << all
            << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8) << QStringLiteral("<p>一</p>\n<p>二</p>\n");
        QTest::newRow("nominal: heading 2 (bold look not written)")
            << QStringLiteral("<p>标题</p>") << QKeySequence() << QKeySequence(Qt::CTRL | Qt::Key_2)
            << QStringLiteral("<h2>标题</h2>\n");
        QTest::newRow("nominal: heading back to body text")
            << QStringLiteral("<h3>标题</h3>") << QKeySequence() << QKeySequence(Qt::CTRL | Qt::Key_0)
            << QStringLiteral("<p>标题</p>\n");
        QTest::newRow("nominal: quote")
            << QStringLiteral("<p>引语</p>") << QKeySequence() << QKeySequence(Qt::CTRL | Qt::Key_5)
            << QStringLiteral("<blockquote>\n<p>引语</p>\n</blockquote>\n");
        QTest::newRow("nominal: clear formatting keeps the link")
            << QStringLiteral("<h2><em>a</em> <a href=\"https://x.example/\">b</a></h2>") << all
            << QKeySequence(Qt::CTRL | Qt::Key_Backslash)
            << QStringLiteral("<p>a <a href=\"https://x.example/\">b</a></p>\n");
    }

    void shortcuts()
    {
        QFETCH(QString, html);
        QFETCH(QKeySequence, select);
        QFETCH(QKeySequence, shortcut);
        QFETCH(QString, expected);
        openWith(html);
        QTest::keyClick(body(), Qt::Key_End);
        if (!select.isEmpty())
            QTest::keySequence(body(), select);
        QTest::keySequence(body(), shortcut);
        QCOMPARE(test::bodyHtml(*m_area), expected);
        QCOMPARE(savedBody(), expected);
    }

    void nestedListWithIndent()
    {
        openWith(QStringLiteral("<p>一</p>\n<p>二</p>\n<p>三</p>"));
        QTest::keySequence(body(), QKeySequence::SelectAll);
        QTest::keySequence(body(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8));
        // The second item one level deeper, under the first.
        QTest::keyClick(body(), Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(body(), Qt::Key_Down);
        QTest::keySequence(body(), QKeySequence(Qt::CTRL | Qt::Key_BracketRight));
        QCOMPARE(test::bodyHtml(*m_area),
                 QStringLiteral("<ul>\n<li>一\n<ul>\n<li>二</li>\n</ul>\n</li>\n<li>三</li>\n</ul>\n"));
        QTest::keySequence(body(), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft));
        QCOMPARE(test::bodyHtml(*m_area), QStringLiteral("<ul>\n<li>一</li>\n<li>二</li>\n<li>三</li>\n</ul>\n"));
    }

    void undoRevertsFormatting()
    {
        openWith(QStringLiteral("<p>Hello world</p>"));
        QTest::keyClick(body(), Qt::Key_End);
        QTest::keyClick(body(), Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keySequence(body(), QKeySequence::Bold);
        QCOMPARE(test::bodyHtml(*m_area), QStringLiteral("<p>Hello <strong>world</strong></p>\n"));
        QTest::keySequence(body(), QKeySequence::Undo);
        QCOMPARE(test::bodyHtml(*m_area), QStringLiteral("<p>Hello world</p>\n"));
        QCOMPARE(savedBody(), QStringLiteral("<p>Hello world</p>\n"));
        QTest::keySequence(body(), QKeySequence::Redo);
        QCOMPARE(savedBody(), QStringLiteral("<p>Hello <strong>world</strong></p>\n"));
    }

    void typedTextIsBoldAfterCtrlB()
    {
        openWith(QStringLiteral("<p>A</p>"));
        QTest::keyClick(body(), Qt::Key_End);
        QTest::keySequence(body(), QKeySequence::Bold);
        test::typeText(body(), QStringLiteral("bc"));
        QTest::keySequence(body(), QKeySequence::Bold);
        test::typeText(body(), QStringLiteral("d"));
        QCOMPARE(savedBody(), QStringLiteral("<p>A<strong>bc</strong>d</p>\n"));
    }

    void linkThroughTheDialog_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: bare host becomes https")
            << QStringLiteral("example.com") << QStringLiteral("<p>Read <a href=\"https://example.com\">this</a>!</p>\n");
        QTest::newRow("nominal: full URL kept")
            << QStringLiteral("http://news.example/a?b=1&c=2")
            << QStringLiteral("<p>Read <a href=\"http://news.example/a?b=1&amp;c=2\">this</a>!</p>\n");
        QTest::newRow("robustness: javascript: refused")
            << QStringLiteral("javascript:alert(1)") << QStringLiteral("<p>Read this!</p>\n");
    }

    void linkThroughTheDialog()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        openWith(QStringLiteral("<p>Read this!</p>"));
        // Select "this" with the keyboard.
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(body(), Qt::Key_Right);
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(body(), Qt::Key_Right, Qt::ShiftModifier);
        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialogSeen = true;
            auto *field = dialog->findChild<QLineEdit *>();
            QVERIFY(field);
            test::typeText(field, typed);
            // A refused address answers with a warning box: close it.
            QTimer::singleShot(0, this, [] {
                if (QWidget *warning = QApplication::activeModalWidget())
                    QTest::keyClick(warning, Qt::Key_Escape);
            });
            QTest::keyClick(field, Qt::Key_Return);
        });
        QTest::keySequence(body(), QKeySequence(Qt::CTRL | Qt::Key_K));
        QVERIFY(dialogSeen);
        QCOMPARE(savedBody(), expected);
    }

    void typingAfterALinkDoesNotExtendIt()
    {
        openWith(QStringLiteral("<p>Go</p>"));
        QTest::keyClick(body(), Qt::Key_End);
        QTest::keyClick(body(), Qt::Key_Home, Qt::ShiftModifier);
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            test::typeText(dialog->findChild<QLineEdit *>(), QStringLiteral("https://a.example/"));
            QTest::keyClick(dialog->findChild<QLineEdit *>(), Qt::Key_Return);
        });
        QTest::keySequence(body(), QKeySequence(Qt::CTRL | Qt::Key_K));
        QTest::keyClick(body(), Qt::Key_End);
        test::typeText(body(), QStringLiteral(" now"));
        QCOMPARE(savedBody(), QStringLiteral("<p><a href=\"https://a.example/\">Go</a> now</p>\n"));
        // Remove the link again from inside it.
        QTest::keyClick(body(), Qt::Key_Home);
        QTest::keyClick(body(), Qt::Key_Right);
        QVERIFY(m_area->actions()->removeLink->isEnabled());
        QCOMPARE(body()->textCursor().position(), 1);
        QVERIFY(test::showActive(*m_area)); // active again after the dialog (offscreen does not)
        QTest::keySequence(body(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
        QCOMPARE(savedBody(), QStringLiteral("<p>Go now</p>\n"));
    }

    void ruleAndImage()
    {
        openWith(QStringLiteral("<p>前</p>"));
        QTest::keyClick(body(), Qt::Key_End);
        m_area->actions()->rule->trigger();
        test::typeText(body(), QStringLiteral("后"));
        QCOMPARE(savedBody(), QStringLiteral("<p>前</p>\n<hr>\n<p>后</p>\n"));

        QImage image(4, 3, QImage::Format_RGB32);
        image.fill(Qt::red);
        const QString file = m_newsroom->dir.filePath(QStringLiteral("photo.png"));
        QVERIFY(image.save(file));
        QVERIFY(m_area->insertImageFile(file, QStringLiteral("红色")));
        test::typeText(body(), QStringLiteral("图说"));
        const QString hash = AssetRepository::hashOf([&] {
            QFile f(file);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }());
        QCOMPARE(savedBody(), QStringLiteral("<p>前</p>\n<hr>\n<p>后</p>\n<figure><img src=\"asset:%1\" alt=\"红色\">"
                                             "<figcaption>图说</figcaption></figure>\n")
                                  .arg(hash));
        QVERIFY(AssetRepository(m_newsroom->database).exists(hash));
        QVERIFY(!m_area->insertImageFile(m_newsroom->path())); // not an image
    }

    void inputMethod_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<int>("rightPresses");    // from the start of the document
        QTest::addColumn<int>("selectLeftWords"); // Ctrl+Shift+Left after moving
        QTest::addColumn<QStringList>("preedits");
        QTest::addColumn<QString>("commit");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("cursorAfter");     // position in the document after the commit

        const QStringList pinyin{QStringLiteral("n"), QStringLiteral("ni"), QStringLiteral("ni h"),
                                 QStringLiteral("ni ha"), QStringLiteral("ni hao")};
        QTest::newRow("nominal: at the start of a block")
            << QStringLiteral("<p>世界</p>") << 0 << 0 << pinyin << QStringLiteral("你好")
            << QStringLiteral("<p>你好世界</p>\n") << 2;
        QTest::newRow("nominal: inside bold text")
            << QStringLiteral("<p><strong>粗体</strong>字</p>") << 1 << 0 << QStringList{QStringLiteral("zh"), QStringLiteral("zhong")}
            << QStringLiteral("中") << QStringLiteral("<p><strong>粗中体</strong>字</p>\n") << 2;
        QTest::newRow("nominal: empty document")
            << QString() << 0 << 0 << QStringList{QStringLiteral("zhong"), QStringLiteral("zhongwen")}
            << QStringLiteral("中文") << QStringLiteral("<p>中文</p>\n") << 2;
        QTest::newRow("nominal: replacing a selection")
            << QStringLiteral("<p>hello world</p>") << 11 << 1 << QStringList{QStringLiteral("shi"), QStringLiteral("shijie")}
            << QStringLiteral("世界") << QStringLiteral("<p>hello 世界</p>\n") << 8;
        QTest::newRow("nominal: second paragraph, after a list")
            << QStringLiteral("<ul>\n<li>项</li>\n</ul>\n<p>尾</p>") << 2 << 0 << pinyin
            << QStringLiteral("你好") << QStringLiteral("<ul>\n<li>项</li>\n</ul>\n<p>你好尾</p>\n") << 4;
        QTest::newRow("robustness: preedit cancelled")
            << QStringLiteral("<p>原文</p>") << 1 << 0 << pinyin << QString()
            << QStringLiteral("<p>原文</p>\n") << 1;
    }

    void inputMethod()
    {
        QFETCH(QString, html);
        QFETCH(int, rightPresses);
        QFETCH(int, selectLeftWords);
        QFETCH(QStringList, preedits);
        QFETCH(QString, commit);
        QFETCH(QString, expected);
        QFETCH(int, cursorAfter);
        openWith(html);
        for (int i = 0; i < rightPresses; ++i)
            QTest::keyClick(body(), Qt::Key_Right);
        for (int i = 0; i < selectLeftWords; ++i)
            QTest::keyClick(body(), Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
        const QString before = test::bodyHtml(*m_area);

        for (const QString &preedit : std::as_const(preedits)) {
            sendPreedit(preedit);
            // Preedit text is shown, never part of the article.
            const QString during = test::bodyHtml(*m_area);
            QVERIFY2(!during.contains(preedit), qPrintable(during));
            QVERIFY(!m_area->documentController()->currentArticle().bodyHtml.contains(QStringLiteral("ni")));
        }
        sendCommit(commit);

        QCOMPARE(test::bodyHtml(*m_area), expected);
        QCOMPARE(body()->document()->toPlainText().count(commit.isEmpty() ? QStringLiteral("\x01") : commit),
                 commit.isEmpty() ? 0 : 1);
        QCOMPARE(body()->textCursor().position(), cursorAfter);
        QCOMPARE(savedBody(), expected);
        if (!commit.isEmpty()) {
            // The commit is one step in the undo history.
            QTest::keySequence(body(), QKeySequence::Undo);
            if (selectLeftWords == 0)
                QCOMPARE(test::bodyHtml(*m_area), before);
        }
    }

    void findAndReplace()
    {
        openWith(QStringLiteral("<p>中国人民。中国。China and china.</p>"));
        QTest::keySequence(body(), QKeySequence::Find);
        FindReplaceBar *bar = m_area->findBar();
        QVERIFY(bar->isVisible());
        QTRY_VERIFY(bar->findField()->hasFocus());
        test::typeText(bar->findField(), QStringLiteral("中国"));
        QTest::keyClick(bar->findField(), Qt::Key_Return);
        QCOMPARE(body()->textCursor().selectedText(), QStringLiteral("中国"));
        QCOMPARE(body()->textCursor().selectionStart(), 0);
        QCOMPARE(bar->statusText(), QStringLiteral("1 of 2"));
        QTest::keyClick(bar->findField(), Qt::Key_Return);
        QCOMPARE(body()->textCursor().selectionStart(), 5);

        // Replace all with Ctrl+H, then Undo takes all of it back in one step.
        QTest::keySequence(body(), QKeySequence::Replace);
        test::typeText(bar->replaceField(), QStringLiteral("中华"));
        QCOMPARE(bar->replaceAll(), 2);
        QCOMPARE(savedBody(), QStringLiteral("<p>中华人民。中华。China and china.</p>\n"));
        body()->undo();
        QCOMPARE(test::bodyHtml(*m_area), QStringLiteral("<p>中国人民。中国。China and china.</p>\n"));
        QTest::keyClick(bar, Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
    }

    void finderOptions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<bool>("wholeWords");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<QString>("expected");

        QTest::newRow("nominal: case-insensitive") << QStringLiteral("Cat cat concat") << QStringLiteral("cat")
                                                   << false << false << false << QStringLiteral("dog")
                                                   << QStringLiteral("dog dog condog");
        QTest::newRow("nominal: match case") << QStringLiteral("Cat cat concat") << QStringLiteral("cat") << true
                                             << false << false << QStringLiteral("dog")
                                             << QStringLiteral("Cat dog condog");
        QTest::newRow("nominal: whole words") << QStringLiteral("Cat cat concat cats") << QStringLiteral("cat")
                                              << false << true << false << QStringLiteral("dog")
                                              << QStringLiteral("dog dog concat cats");
        QTest::newRow("nominal: whole words in Chinese (no spaces: every match counts)")
            << QStringLiteral("中国人在中国") << QStringLiteral("中国") << false << true << false
            << QStringLiteral("中华") << QStringLiteral("中华人在中华");
        QTest::newRow("nominal: whole words, Latin next to Chinese")
            << QStringLiteral("用AI写AIGC") << QStringLiteral("AI") << true << true << false
            << QStringLiteral("人工智能") << QStringLiteral("用人工智能写AIGC");
        QTest::newRow("nominal: regular expression with a group")
            << QStringLiteral("2024年和2025年") << QStringLiteral("(\\d+)年") << false << false << true
            << QStringLiteral("\\1 年") << QStringLiteral("2024 年和2025 年");
        QTest::newRow("nominal: regex over Chinese classes")
            << QStringLiteral("甲乙丙 abc") << QStringLiteral("\\p{Han}+") << false << false << true
            << QStringLiteral("[汉]") << QStringLiteral("[汉] abc");
        QTest::newRow("robustness: regex special characters searched literally")
            << QStringLiteral("a.b a+b") << QStringLiteral("a+b") << false << false << false
            << QStringLiteral("x") << QStringLiteral("a.b x");
        QTest::newRow("robustness: invalid regex replaces nothing")
            << QStringLiteral("a(b") << QStringLiteral("(") << false << false << true << QStringLiteral("x")
            << QStringLiteral("a(b");
    }

    void finderOptions()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QFETCH(bool, caseSensitive);
        QFETCH(bool, wholeWords);
        QFETCH(bool, regex);
        QFETCH(QString, replacement);
        QFETCH(QString, expected);
        QTextDocument document;
        document.setPlainText(text);
        const TextFinder finder(query, {caseSensitive, wholeWords, regex});
        finder.replaceAll(document, replacement);
        QCOMPARE(document.toPlainText(), expected);
        // Searching backwards finds the same matches in reverse order.
        document.setPlainText(text);
        const QList<QTextCursor> forward = finder.findAll(document);
        QList<int> backward;
        QTextCursor from(&document);
        from.movePosition(QTextCursor::End);
        for (;;) {
            from = finder.find(document, from, true, false);
            if (from.isNull())
                break;
            backward.prepend(from.selectionStart());
        }
        QList<int> starts;
        for (const QTextCursor &c : forward)
            starts.append(c.selectionStart());
        QCOMPARE(backward, starts);
    }

    void pasteIsSanitized()
    {
        openWith(QStringLiteral("<p>起</p>"));
        QTest::keyClick(body(), Qt::Key_End);
        QSignalSpy messages(m_area.get(), &EditorArea::statusMessage);
        auto *mime = new QMimeData;
        mime->setHtml(QStringLiteral(
            "<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>"
            "<p style=\"font-size:30px\" onclick=\"alert(2)\">网页 <b>粗体</b> <span class=\"x\">文字</span> "
            "<a href=\"javascript:alert(3)\">坏</a> <a href=\"https://ok.example/\">好</a></p>"
            "<iframe src=\"https://evil.example/\"></iframe><h1>大标题</h1></body></html>"));
        mime->setText(QStringLiteral("plain fallback"));
        QApplication::clipboard()->setMimeData(mime);
        QTest::keySequence(body(), QKeySequence::Paste);
        const QString saved = savedBody();
        QCOMPARE(saved, QStringLiteral("<p>起网页 <strong>粗体</strong> 文字 坏 <a href=\"https://ok.example/\">好</a></p>\n"
                                       "<h2>大标题</h2>\n"));
        bool told = false;
        for (const auto &args : std::as_const(messages))
            told = told || args.at(0).toString().contains(QLatin1String("script"));
        QVERIFY2(told, "the user is told what the paste lost");
    }

    void pasteOfMarkupTooDeepToParseKeepsItsWords()
    {
        // 60,000 unclosed <b>: gumbo would take minutes; the words come in at once, unformatted.
        openWith(QStringLiteral("<p>起</p>"));
        QTest::keyClick(body(), Qt::Key_End);
        QSignalSpy messages(m_area.get(), &EditorArea::statusMessage);
        auto *mime = new QMimeData;
        mime->setHtml(QStringLiteral("<html><body>") + QStringLiteral("<b>深").repeated(60000) + QStringLiteral("</body></html>"));
        mime->setText(QStringLiteral("层层嵌套的稿件"));
        QApplication::clipboard()->setMimeData(mime);
        QTest::keySequence(body(), QKeySequence::Paste);
        QCOMPARE(savedBody(), QStringLiteral("<p>起层层嵌套的稿件</p>\n"));
        bool told = false;
        for (const auto &args : std::as_const(messages))
            told = told || args.at(0).toString().contains(QLatin1String("too complex"));
        QVERIFY2(told, "the user is told that the formatting was left out");
    }

    void pastePlainTextAndCopyWithinTheEditor()
    {
        openWith(QStringLiteral("<p><strong>粗</strong>细</p>"));
        QTest::keySequence(body(), QKeySequence::SelectAll);
        QTest::keySequence(body(), QKeySequence::Copy);
        const QString copied = QApplication::clipboard()->mimeData()->html();
        QVERIFY2(copied.contains(QStringLiteral("<strong>粗</strong>")), qPrintable(copied));
        QTest::keyClick(body(), Qt::Key_End, Qt::ControlModifier);
        QTest::keySequence(body(), QKeySequence::Paste);
        QCOMPARE(savedBody(), QStringLiteral("<p><strong>粗</strong>细<strong>粗</strong>细</p>\n"));

        auto *mime = new QMimeData;
        mime->setText(QStringLiteral("第一段\n\n第二段 <b>not bold</b>"));
        QApplication::clipboard()->setMimeData(mime);
        QTest::keyClick(body(), Qt::Key_Return);
        QTest::keySequence(body(), QKeySequence::Paste);
        QCOMPARE(savedBody(), QStringLiteral("<p><strong>粗</strong>细<strong>粗</strong>细</p>\n<p>第一段</p>\n"
                                             "<p>第二段 &lt;b&gt;not bold&lt;/b&gt;</p>\n"));
    }

    void fieldsAreSaved()
    {
        openWith(QStringLiteral("<p>正文</p>"));
        ArticleFieldsForm *fields = m_area->fieldsForm();
        QLineEdit *title = fields->titleField();
        title->setFocus();
        QTest::keyClick(title, Qt::Key_End);
        test::typeText(title, QStringLiteral("（更新）"));
        test::typeText(fields->field(QStringLiteral("sourceField")), QStringLiteral("新华社"));
        QLineEdit *tags = fields->field(QStringLiteral("tagsField"));
        QTest::keySequence(tags, QKeySequence::SelectAll);
        test::typeText(tags, QStringLiteral("内蒙古，干部, 基层"));
        QVERIFY(m_area->saveNow());
        const Article saved = m_newsroom->load(m_area->currentArticleId());
        QCOMPARE(saved.title, QStringLiteral("测试 test（更新）"));
        QCOMPARE(saved.source, QStringLiteral("新华社"));
        QCOMPARE(saved.tags, (QStringList{QStringLiteral("内蒙古"), QStringLiteral("干部"), QStringLiteral("基层")}));
        QCOMPARE(saved.bodyHtml, QStringLiteral("<p>正文</p>\n"));
    }

    void readOnlyForReviewers()
    {
        openWith(QStringLiteral("<p>审阅</p>"));
        m_area->setReadOnly(true);
        test::typeText(body(), QStringLiteral("改"));
        QTest::keySequence(body(), QKeySequence::Bold);
        QVERIFY(!m_area->actions()->bold->isEnabled());
        QVERIFY(m_area->fieldsForm()->titleField()->isReadOnly());
        QCOMPARE(test::bodyHtml(*m_area), QStringLiteral("<p>审阅</p>\n"));
        QVERIFY(!m_area->documentController()->isModified());
        m_area->setReadOnly(false);
        test::typeText(body(), QStringLiteral("改"));
        QCOMPARE(savedBody(), QStringLiteral("<p>改审阅</p>\n"));
    }

    void statsFollowTheText()
    {
        QSignalSpy stats(m_area.get(), &EditorArea::statsChanged);
        openWith(QStringLiteral("<p>中文 text</p>"));
        QTRY_VERIFY(!stats.isEmpty());
        QCOMPARE(stats.last().at(0).value<TextStats>().characters, 6);
        stats.clear();
        QTest::keyClick(body(), Qt::Key_End);
        test::typeText(body(), QStringLiteral("字"));
        QTRY_VERIFY(!stats.isEmpty());
        const TextStats now = stats.last().at(0).value<TextStats>();
        QCOMPARE(now.characters, 7);
        QCOMPARE(now.cjkCharacters, 3);
    }
};

GALLEY_UI_TEST_MAIN(TestEditorArea)
#include "tst_editorarea.moc"
