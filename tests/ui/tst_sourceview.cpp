// The HTML tab: the canonical HTML of the body, highlighted (tags, attributes, strings,
// entities, comments) by the built-in highlighter, editable; leaving the tab parses it back
// through the sanitizer, says what was dropped, and is one step in the editor's undo history.

#include "editortestsupport.h"

#include "editor/richtextedit.h"
#include "sourceview/builtinhighlighter.h"
#include "sourceview/sourceview.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextLayout>

using namespace galley;
using galley::test::Newsroom;
using Token = BuiltInHighlighter::Token;

namespace {

/// The highlighter's format at \a position of \a document (after highlighting).
QTextCharFormat formatAt(const QTextDocument &document, int position)
{
    const QTextBlock block = document.findBlock(position);
    const int offset = position - block.position();
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (offset >= range.start && offset < range.start + range.length)
            return range.format;
    }
    return {};
}

} // namespace

class TestSourceView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void highlighting_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("at");   // the text whose first character is checked
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<int>("token");    // -1: not highlighted

        const QString html = QStringLiteral(
            "<p class=\"lead\" id='x' hidden>中文 &amp; &#20013; text</p>\n"
            "<!-- a comment\nover two lines --><a href=\"https://a.example/?q=1&amp;b=2\">link</a>\n"
            "<img src=asset:abc alt=\"图\">\n"
            "1 < 2 and a & b");
        QTest::newRow("nominal: tag name") << html << QStringLiteral("<p") << 0 << int(Token::Tag);
        QTest::newRow("nominal: closing tag") << html << QStringLiteral("</p>") << 0 << int(Token::Tag);
        QTest::newRow("nominal: attribute name") << html << QStringLiteral("class") << 0 << int(Token::Attribute);
        QTest::newRow("nominal: valueless attribute") << html << QStringLiteral("hidden") << 0 << int(Token::Attribute);
        QTest::newRow("nominal: double-quoted value") << html << QStringLiteral("\"lead\"") << 0 << int(Token::String);
        QTest::newRow("nominal: single-quoted value") << html << QStringLiteral("'x'") << 0 << int(Token::String);
        QTest::newRow("nominal: unquoted value") << html << QStringLiteral("asset:abc") << 0 << int(Token::String);
        QTest::newRow("nominal: named entity") << html << QStringLiteral("&amp;") << 0 << int(Token::Entity);
        QTest::newRow("nominal: numeric entity") << html << QStringLiteral("&#20013;") << 0 << int(Token::Entity);
        QTest::newRow("nominal: entity inside a value") << html << QStringLiteral("&amp;b") << 0 << int(Token::Entity);
        QTest::newRow("nominal: comment start") << html << QStringLiteral("<!--") << 0 << int(Token::Comment);
        QTest::newRow("nominal: comment's second line") << html << QStringLiteral("over") << 0 << int(Token::Comment);
        QTest::newRow("nominal: tag after a comment") << html << QStringLiteral("<a") << 0 << int(Token::Tag);
        QTest::newRow("nominal: text is plain") << html << QStringLiteral("中文") << 0 << -1;
        QTest::newRow("robustness: a lone < in text is not a tag") << html << QStringLiteral("< 2") << 0 << -1;
        QTest::newRow("robustness: a lone & in text is not an entity") << html << QStringLiteral("& b") << 0 << -1;
        QTest::newRow("robustness: tag spanning lines keeps its attributes")
            << QStringLiteral("<a\n  href=\"x\">t</a>") << QStringLiteral("href") << 0 << int(Token::Attribute);
    }

    void highlighting()
    {
        QFETCH(QString, source);
        QFETCH(QString, at);
        QFETCH(int, occurrence);
        QFETCH(int, token);
        QTextDocument document;
        document.setPlainText(source);
        QWidget owner;
        auto *highlighter = static_cast<BuiltInHighlighter *>(
            SourceHighlighter::createBuiltIn(&document, SourceHighlighter::Language::Html, &owner));
        QCOMPARE(highlighter->backendName(), QStringLiteral("built-in"));
        highlighter->rehighlight(); // QSyntaxHighlighter starts on the next event loop turn
        int position = -1;
        for (int i = 0; i <= occurrence; ++i)
            position = int(source.indexOf(at, position + 1));
        QVERIFY(position >= 0);
        const QTextCharFormat format = formatAt(document, position);
        if (token < 0) {
            QVERIFY2(!format.hasProperty(QTextFormat::ForegroundBrush), qPrintable(at));
        } else {
            QCOMPARE(format.foreground().color(), highlighter->format(Token(token)).foreground().color());
        }
    }

    void coloursFollowThePalette()
    {
        QTextDocument document;
        document.setPlainText(QStringLiteral("<p>x</p>"));
        QWidget owner;
        auto *highlighter = static_cast<BuiltInHighlighter *>(
            SourceHighlighter::createBuiltIn(&document, SourceHighlighter::Language::Html, &owner));
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        highlighter->setPalette(light);
        const QColor onLight = formatAt(document, 1).foreground().color();
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        highlighter->setPalette(dark);
        const QColor onDark = formatAt(document, 1).foreground().color();
        QVERIFY(onLight != onDark);
        QVERIFY(onLight.lightness() < 128); // dark text on a light background
        QVERIFY(onDark.lightness() > 128);
    }

    void mustacheAndCss()
    {
        QTextDocument mustache;
        mustache.setPlainText(QStringLiteral("<h1>{{title}}</h1>"));
        QWidget owner;
        auto *m = static_cast<BuiltInHighlighter *>(
            SourceHighlighter::createBuiltIn(&mustache, SourceHighlighter::Language::Mustache, &owner));
        m->rehighlight();
        QCOMPARE(formatAt(mustache, 4).foreground().color(), m->format(Token::Mustache).foreground().color());

        QTextDocument css;
        css.setPlainText(QStringLiteral("body {\n  color: #333; /* note\n */ margin: 0 }"));
        auto *c = static_cast<BuiltInHighlighter *>(
            SourceHighlighter::createBuiltIn(&css, SourceHighlighter::Language::Css, &owner));
        c->rehighlight();
        QCOMPARE(formatAt(css, 0).foreground().color(), c->format(Token::Tag).foreground().color());
        QCOMPARE(formatAt(css, int(css.toPlainText().indexOf(QLatin1String("color")))).foreground().color(),
                 c->format(Token::Property).foreground().color());
        QCOMPARE(formatAt(css, int(css.toPlainText().indexOf(QLatin1String(" */")) + 1)).foreground().color(),
                 c->format(Token::Comment).foreground().color());
        QCOMPARE(formatAt(css, int(css.toPlainText().indexOf(QLatin1String("margin")))).foreground().color(),
                 c->format(Token::Property).foreground().color());
    }

    void editingTheSourceAppliesOnLeavingTheTab()
    {
        Newsroom newsroom;
        const qint64 id = newsroom.addArticle(QStringLiteral("源码"), QStringLiteral("<p>原来的<strong>正文</strong></p>"));
        EditorArea area(newsroom.database);
        area.setViewMode(EditorArea::ViewMode::EditorOnly);
        QVERIFY(test::showActive(area));
        QVERIFY(area.openArticle(id));
        SourceView *source = area.sourceView();
        area.tabs()->setCurrentWidget(source);
        QCOMPARE(source->html(), QStringLiteral("<p>原来的<strong>正文</strong></p>\n"));
        QVERIFY(!source->isModified());
        // The highlighter is at work on the tab.
        QVERIFY(formatAt(*source->editor()->document(), 0).hasProperty(QTextFormat::ForegroundBrush));

        // Replace the text as a user would: select all, type.
        QPlainTextEdit *editor = source->editor();
        editor->setFocus();
        QTest::keySequence(editor, QKeySequence::SelectAll);
        test::typeText(editor, QStringLiteral("<h1>新标题</h1>\n<p onclick=\"x()\">新<b>正文</b></p>"
                                              "<script>alert(1)</script><iframe src=\"https://e.example/\"></iframe>"));
        QVERIFY(source->isModified());
        QSignalSpy messages(&area, &EditorArea::statusMessage);
        area.tabs()->setCurrentIndex(0); // leave the tab
        const QString applied = QStringLiteral("<h2>新标题</h2>\n<p>新<strong>正文</strong></p>\n");
        QCOMPARE(test::bodyHtml(area), applied);
        QCOMPARE(messages.count(), 1);
        const QString report = messages.first().at(0).toString();
        QVERIFY2(report.contains(QLatin1String("script")) && report.contains(QLatin1String("iframe")), qPrintable(report));
        QCOMPARE(source->report(), report);

        // One undo step takes the whole source edit back.
        area.bodyEditor()->setFocus();
        QTest::keySequence(area.bodyEditor(), QKeySequence::Undo);
        QCOMPARE(test::bodyHtml(area), QStringLiteral("<p>原来的<strong>正文</strong></p>\n"));
        QTest::keySequence(area.bodyEditor(), QKeySequence::Redo);
        QCOMPARE(test::bodyHtml(area), applied);

        // Apply while staying on the tab: the tab shows what was kept.
        area.tabs()->setCurrentWidget(source);
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
        test::typeText(editor, QStringLiteral("<p>再加<u>一段</u></p>"));
        QTest::mouseClick(source->findChild<QPushButton *>(QStringLiteral("applySource")), Qt::LeftButton);
        QCOMPARE(source->html(), applied + QStringLiteral("<p>再加<u>一段</u></p>\n"));
        QVERIFY(!source->isModified());
        QCOMPARE(source->report(), QStringLiteral("Applied."));
        QVERIFY(area.saveNow());
        QCOMPARE(newsroom.load(id).bodyHtml, applied + QStringLiteral("<p>再加<u>一段</u></p>\n"));
        QVERIFY(area.closeArticle());
    }

    void unchangedSourceChangesNothing()
    {
        Newsroom newsroom;
        const qint64 id = newsroom.addArticle(QStringLiteral("不变"), QStringLiteral("<p>文</p>"));
        EditorArea area(newsroom.database);
        area.setViewMode(EditorArea::ViewMode::EditorOnly);
        QVERIFY(test::showActive(area));
        QVERIFY(area.openArticle(id));
        area.tabs()->setCurrentWidget(area.sourceView());
        area.tabs()->setCurrentIndex(0);
        QVERIFY(!area.documentController()->isModified());
        QVERIFY(!area.bodyEditor()->document()->isUndoAvailable());
        QVERIFY(area.closeArticle());
    }
};

GALLEY_UI_TEST_MAIN(TestSourceView)
#include "tst_sourceview.moc"
