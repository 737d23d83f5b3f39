// The live preview: the article rendered through the export template in a WebEngine page with
// JavaScript off, patched in place as the editor changes (only the blocks that changed), the
// cursor's block brought into view, a click in the preview placing the editor's cursor,
// assets served through "galley:", remote requests blocked, and no script ever running.

#include "editortestsupport.h"

#include "editor/articlefieldsform.h"
#include "editor/richtextedit.h"
#include "preview/previewpage.h"
#include "document/anchoring.h"
#include "exporting/exporter.h"
#include "storage/assetrepository.h"
#include "storage/newsroomactions.h"
#include "storage/suggestionmarks.h"

#include <QAction>
#include <QBuffer>
#include <QDirIterator>
#include <QSettings>
#include <QTemporaryDir>
#include <QImage>
#include <QLineEdit>
#include <QScrollBar>
#include <QAbstractTextDocumentLayout>
#include <QWheelEvent>
#include <QSignalSpy>
#include <QTextBlock>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineView>

using namespace galley;
using galley::test::Newsroom;

namespace {

/// Runs \a script in the isolated world (where the glue lives) and waits for its result.
QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("no answer from the page to %s", qPrintable(script));
    return result;
}

QMap<QString, QByteArray> filesUnder(const QString &directory)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(directory, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(QDir(directory).relativeFilePath(path), file.readAll());
    }
    return files;
}

QString paragraphs(int count)
{
    QString html;
    for (int i = 0; i < count; ++i)
        html += QStringLiteral("<p>第%1段：内蒙古坚持激励和约束双向发力，旗帜鲜明地选拔敢作敢为、锐意进取的干部。</p>\n").arg(i);
    return html;
}

} // namespace

class TestPreviewPane : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Newsroom> m_newsroom;
    std::unique_ptr<EditorArea> m_area;

    PreviewPane *preview() const { return m_area->previewPane(); }
    QWebEnginePage *page() const { return preview()->page(); }

    /// Opens \a id and waits until the preview shows it.
    void openAndWait(qint64 id)
    {
        QSignalSpy updated(preview(), &PreviewPane::updated);
        QVERIFY(m_area->openArticle(id));
        QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty() && !preview()->isUpdatePending(), 20000);
        QVERIFY2(preview()->errorString().isEmpty(), qPrintable(preview()->errorString()));
        QTest::qWait(150); // the preview has brought the cursor's block into view by now
    }

    void waitForPreview()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!preview()->isUpdatePending(), 20000);
    }

    QString bodyText(int paragraph)
    {
        return evaluate(page(), QStringLiteral("document.querySelectorAll('.article-body p')[%1].textContent").arg(paragraph))
            .toString();
    }

private Q_SLOTS:
    void init()
    {
        m_newsroom = std::make_unique<Newsroom>();
        m_area = std::make_unique<EditorArea>(m_newsroom->database);
        m_area->documentController()->setAutosaveDelay(3600 * 1000);
        QVERIFY(test::showActive(*m_area));
    }

    void cleanup()
    {
        if (m_area)
            QVERIFY(m_area->closeArticle());
        m_area.reset();
        m_newsroom.reset();
    }

    void showsTheArticleThroughTheExportTemplate()
    {
        const qint64 id = m_newsroom->addArticle(QStringLiteral("不适宜担任现职，448名干部被调整"),
                                                 QStringLiteral("<p>第一段</p><h2>小标题</h2><p>第二段</p>"));
        openAndWait(id);
        QCOMPARE(evaluate(page(), QStringLiteral("document.title")).toString(),
                 QStringLiteral("不适宜担任现职，448名干部被调整"));
        QCOMPARE(bodyText(0), QStringLiteral("第一段"));
        QCOMPARE(evaluate(page(), QStringLiteral("document.querySelector('.article-body h2').textContent")).toString(),
                 QStringLiteral("小标题"));
        // The template's stylesheet came through the galley: scheme.
        QVERIFY(evaluate(page(), QStringLiteral("document.styleSheets.length > 0 && "
                                                "document.styleSheets[0].cssRules.length > 0"))
                    .toBool());
        QCOMPARE(page()->url().scheme(), QStringLiteral("galley"));
        // Page JavaScript is off; the glue exists only in the isolated world.
        QCOMPARE(page()->settings()->testAttribute(QWebEngineSettings::JavascriptEnabled), false);
        QVariant mainWorld;
        bool done = false;
        page()->runJavaScript(QStringLiteral("typeof galley"), QWebEngineScript::MainWorld, [&](const QVariant &v) {
            mainWorld = v;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(mainWorld.toString() != QStringLiteral("object"));
        QCOMPARE(evaluate(page(), QStringLiteral("typeof galley")).toString(), QStringLiteral("object"));
    }

    // English copy gets Latin glyphs for its curly apostrophe (a CJK face draws it full-width:
    // "the project’ s"); Chinese copy keeps the full-width quotes of its CJK face.
    void englishQuotesAreLatinChineseQuotesFullWidth()
    {
        const qint64 english = m_newsroom->addArticle(QStringLiteral("The team published its data"),
            QStringLiteral("<p>Data is on the project’s data portal and the survey’s site.</p>"));
        openAndWait(english);
        const QString width = QStringLiteral(
            "(() => { const p = document.querySelector('.article-body p'); const s = document.createElement('span');"
            " s.textContent = '%1'; p.appendChild(s); const w = s.getBoundingClientRect().width;"
            " const m = document.createElement('span'); m.textContent = '\u6c34'; p.appendChild(m);"
            " const r = w / m.getBoundingClientRect().width; s.remove(); m.remove(); return r; })()");
        QCOMPARE(evaluate(page(), QStringLiteral("document.documentElement.lang")).toString(), QStringLiteral("en"));
        const double apostrophe = evaluate(page(), width.arg(QStringLiteral("\u2019"))).toDouble();
        QVERIFY2(apostrophe > 0 && apostrophe < 0.5, qPrintable(QString::number(apostrophe))); // of a CJK character's width

        const qint64 chinese = m_newsroom->addArticle(QStringLiteral("不适宜担任现职，448名干部被调整"),
            QStringLiteral("<p>连续两年开展“担当作为好干部”评选。</p>"));
        QVERIFY(m_area->closeArticle());
        openAndWait(chinese);
        const double quote = evaluate(page(), width.arg(QStringLiteral("\u201c"))).toDouble();
        QVERIFY2(quote > 0.8, qPrintable(QString::number(quote)));
    }

    void editsPatchOnlyTheChangedBlock()
    {
        const qint64 id = m_newsroom->addArticle(QStringLiteral("补丁"), QStringLiteral("<p>甲</p><p>乙</p><p>丙</p>"));
        openAndWait(id);
        const int loads = preview()->pageLoadCount();
        // Mark the DOM nodes: a patched block is a new node, an untouched one keeps its mark.
        QCOMPARE(evaluate(page(), QStringLiteral("var ps = document.querySelectorAll('.article-body p');"
                                                 "ps.forEach(function (p, i) { p.galleyMark = i; }); ps.length"))
                     .toInt(),
                 3);
        QTextEdit *body = m_area->bodyEditor();
        body->setFocus();
        QTextCursor cursor(body->document()->findBlockByNumber(1));
        cursor.movePosition(QTextCursor::EndOfBlock);
        body->setTextCursor(cursor);
        test::typeText(body, QStringLiteral("，改了"));
        QTRY_COMPARE_WITH_TIMEOUT(bodyText(1), QStringLiteral("乙，改了"), 10000);
        waitForPreview();
        QCOMPARE(evaluate(page(), QStringLiteral("Array.from(document.querySelectorAll('.article-body p'))"
                                                 ".map(function (p) { return String(p.galleyMark); }).join(',')"))
                     .toString(),
                 QStringLiteral("0,undefined,2"));
        QCOMPARE(preview()->pageLoadCount(), loads); // patched, not reloaded

        // A new paragraph and a deleted one.
        test::typeText(body, QStringLiteral("\r新段"));
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(page(), QStringLiteral("document.querySelectorAll('.article-body p').length")).toInt(), 4, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(bodyText(2), QStringLiteral("新段"), 10000);
        body->selectAll();
        test::typeText(body, QStringLiteral("全新"));
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(page(), QStringLiteral("document.querySelector('.article-body').textContent.trim()")).toString(),
                                  QStringLiteral("全新"), 10000);
        QCOMPARE(preview()->pageLoadCount(), loads);
    }

    void fieldChangesReloadKeepingTheScrollPosition()
    {
        const qint64 id = m_newsroom->addArticle(QStringLiteral("长文"), paragraphs(150));
        openAndWait(id);
        evaluate(page(), QStringLiteral("galley.setScrollY(3000)"));
        const QVariantList before = evaluate(page(), QStringLiteral("galley.viewAnchor()")).toList();
        QCOMPARE(before.size(), 2);
        QVERIFY2(before[0].toInt() > 5, qPrintable(evaluate(page(), QStringLiteral("JSON.stringify([galley.viewAnchor(), window.scrollY, document.documentElement.scrollHeight, window.innerHeight, window.innerWidth])")).toString()));
        const int loads = preview()->pageLoadCount();
        QLineEdit *title = m_area->fieldsForm()->titleField();
        title->setFocus();
        QTest::keyClick(title, Qt::Key_End);
        test::typeText(title, QStringLiteral("（续）"));
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(page(), QStringLiteral("document.title")).toString(), QStringLiteral("长文（续）"), 10000);
        waitForPreview();
        QVERIFY(preview()->pageLoadCount() > loads);
        // The same paragraph is at the top of the window, where it was.
        QTRY_COMPARE(evaluate(page(), QStringLiteral("galley.viewAnchor()[0]")).toInt(), before[0].toInt());
        QVERIFY(qAbs(evaluate(page(), QStringLiteral("galley.viewAnchor()[1]")).toDouble() - before[1].toDouble()) < 2);
    }

    void typingKeepsTheScrollPositionAndFollowsTheCursor()
    {
        const qint64 id = m_newsroom->addArticle(QStringLiteral("滚动"), paragraphs(200));
        openAndWait(id);
        QTextEdit *body = m_area->bodyEditor();
        body->setFocus();
        // The cursor's block comes into view in the preview.
        QTextCursor cursor(body->document()->findBlockByNumber(120));
        body->setTextCursor(cursor);
        const QString inView = QStringLiteral(
            "(function () { var r = document.querySelectorAll('.article-body p')[120].getBoundingClientRect();"
            " return r.top >= 0 && r.bottom <= window.innerHeight; })()");
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(page(), inView).toBool(), 10000);
        const int scrolled = evaluate(page(), QStringLiteral("galley.scrollY()")).toInt();
        QVERIFY(scrolled > 0);
        // Typing there patches the block and leaves the preview where it is.
        test::typeText(body, QStringLiteral("插入"));
        QTRY_VERIFY_WITH_TIMEOUT(bodyText(120).startsWith(QStringLiteral("插入")), 10000);
        waitForPreview();
        QCOMPARE(evaluate(page(), QStringLiteral("galley.scrollY()")).toInt(), scrolled);
    }

    void clickInThePreviewMovesTheCursor()
    {
        const qint64 id = m_newsroom->addArticle(QStringLiteral("点击"),
                                                 QStringLiteral("<p>第零段</p><ul><li>列表项</li></ul><p>第二段文字</p><p>第三段</p>"));
        openAndWait(id);
        QTextEdit *body = m_area->bodyEditor();
        QCOMPARE(body->textCursor().blockNumber(), 0);
        // Where the third text block ("第二段文字") is on screen, a little into its text.
        const QVariantList rect = evaluate(page(), QStringLiteral(
            "(function () { var r = document.querySelectorAll('.article-body p')[1].getBoundingClientRect();"
            " return [r.left, r.top, r.height]; })()")).toList();
        QCOMPARE(rect.size(), 3);
        const QPoint point(int(rect[0].toDouble()) + 40, int(rect[1].toDouble() + rect[2].toDouble() / 2));
        QSignalSpy clicked(preview(), &PreviewPane::leafClicked);
        QWidget *target = m_area->previewPane()->view()->focusProxy();
        QVERIFY(target);
        QTest::mouseClick(target, Qt::LeftButton, {}, point);
        QTRY_VERIFY_WITH_TIMEOUT(!clicked.isEmpty(), 10000);
        QCOMPARE(clicked.first().at(0).toInt(), 2);
        QCOMPARE(body->textCursor().blockNumber(), 2);
        QVERIFY(body->textCursor().positionInBlock() > 0); // near where the click was, not the start
        QVERIFY(body->hasFocus());
    }

    void scrollingTheEditorScrollsThePreview_data()
    {
        QTest::addColumn<bool>("synchronized");
        QTest::newRow("nominal: View ▸ Synchronize Scrolling on") << true;
        QTest::newRow("nominal: off, the preview stays") << false;
    }

    void scrollingTheEditorScrollsThePreview()
    {
        QFETCH(bool, synchronized);
        QSettings().remove(QStringLiteral("preview/syncScrolling"));
        QVERIFY(PreviewPane(m_newsroom->database).syncScrollingAction()->isChecked()); // on by default
        preview()->syncScrollingAction()->setChecked(synchronized);
        const qint64 id = m_newsroom->addArticle(QStringLiteral("同步滚动"), paragraphs(150));
        openAndWait(id);
        QTextEdit *body = m_area->bodyEditor();
        const int previewTop = evaluate(page(), QStringLiteral("galley.scrollY()")).toInt();
        // The scroll bar moved (dragged, or the wheel) until block 40 is at the top; the cursor
        // stays in block 0.
        const QRectF block40 = body->document()->documentLayout()->blockBoundingRect(body->document()->findBlockByNumber(40));
        body->verticalScrollBar()->setValue(int(block40.top()) + 1);
        QCOMPARE(body->cursorForPosition(QPoint(0, 0)).blockNumber(), 40);
        QCOMPARE(body->textCursor().blockNumber(), 0);
        const QString topOfWindow = QStringLiteral(
            "(function () { var r = document.querySelectorAll('.article-body p')[40].getBoundingClientRect();"
            " return r.top > -4 && r.top < 2; })()");
        const QString inView = QStringLiteral(
            "(function () { var r = document.querySelectorAll('.article-body p')[40].getBoundingClientRect();"
            " return r.bottom > 0 && r.top < window.innerHeight; })()");
        if (synchronized) {
            QTRY_VERIFY_WITH_TIMEOUT(evaluate(page(), topOfWindow).toBool(), 10000);
            // Back at the top of the editor, the preview shows the top of the page (the headline).
            body->verticalScrollBar()->setValue(0);
            QTRY_COMPARE_WITH_TIMEOUT(evaluate(page(), QStringLiteral("galley.scrollY()")).toInt(), 0, 10000);
        } else {
            QTest::qWait(500);
            QCOMPARE(evaluate(page(), QStringLiteral("galley.scrollY()")).toInt(), previewTop);
            QVERIFY(!evaluate(page(), inView).toBool());
        }
    }

    void scrollingThePreviewScrollsTheEditor_data()
    {
        QTest::addColumn<bool>("synchronized");
        QTest::newRow("nominal: View ▸ Synchronize Scrolling on") << true;
        QTest::newRow("nominal: off, the editor stays") << false;
    }

    void scrollingThePreviewScrollsTheEditor()
    {
        QFETCH(bool, synchronized);
        preview()->syncScrollingAction()->setChecked(synchronized);
        const qint64 id = m_newsroom->addArticle(QStringLiteral("同步滚动"), paragraphs(150));
        openAndWait(id);
        QTextEdit *body = m_area->bodyEditor();
        const int editorTop = body->verticalScrollBar()->value();
        QVERIFY(body->cursorForPosition(QPoint(0, 0)).blockNumber() < 2);
        // The reader turns the mouse wheel over the preview.
        QWidget *target = preview()->view()->focusProxy();
        QVERIFY(target);
        const QPointF point(target->width() / 2.0, target->height() / 2.0);
        for (int notch = 0; notch < 12; ++notch) {
            QWheelEvent wheel(point, target->mapToGlobal(point), QPoint(), QPoint(0, -120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(target, &wheel);
            QTest::qWait(20);
        }
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(page(), QStringLiteral("galley.viewAnchor()[0]")).toInt() > 5, 10000);
        if (!synchronized) {
            QTest::qWait(500);
            QCOMPARE(body->verticalScrollBar()->value(), editorTop);
            return;
        }
        // The editor shows at its top the block at the top of the preview, and neither moves the
        // other back and forth after.
        QTRY_COMPARE_WITH_TIMEOUT(body->cursorForPosition(QPoint(0, 0)).blockNumber(),
                                  evaluate(page(), QStringLiteral("galley.viewAnchor()[0]")).toInt(), 10000);
        QTest::qWait(500);
        const int previewY = evaluate(page(), QStringLiteral("galley.scrollY()")).toInt();
        const int editorY = body->verticalScrollBar()->value();
        QTest::qWait(500);
        QCOMPARE(evaluate(page(), QStringLiteral("galley.scrollY()")).toInt(), previewY);
        QCOMPARE(body->verticalScrollBar()->value(), editorY);
        QCOMPARE(body->textCursor().blockNumber(), 0); // scrolling never moves the cursor
    }

    void showsSuggestionsOnlyWhenAskedAndNeverInExports()
    {
        QSettings().remove(QStringLiteral("preview/showSuggestions"));
        const qint64 id = m_newsroom->addArticle(QStringLiteral("建议预览"),
            QStringLiteral("<p>文章指出,内蒙古坚持激励和约束双向发力。</p>\n<p>广大基层干部对文山会海反映强烈。</p>\n"));
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const auto exportTo = [&](const QString &folder) {
            ExportSelection selection;
            selection.ids = { id };
            ExportOptions options;
            options.outputDirectory = out.filePath(folder);
            const ExportSummary summary = Exporter(m_newsroom->path(), selection, options).run();
            if (!summary.ok)
                qWarning().noquote() << summary.errors.join(QLatin1Char('\n'));
            return summary.ok ? filesUnder(out.filePath(folder)) : QMap<QString, QByteArray>();
        };
        const QMap<QString, QByteArray> before = exportTo(QStringLiteral("before"));
        QVERIFY(!before.isEmpty());

        const auto suggest = [&](SuggestionKind kind, const QString &quote, const QString &proposed, const QString &who) {
            const std::optional<Article> article = ArticleRepository(m_newsroom->database).load(id);
            Suggestion suggestion;
            suggestion.kind = kind;
            suggestion.author = who;
            suggestion.proposedHtml = proposed;
            const qsizetype at = article->bodyText.indexOf(quote);
            suggestion.anchor = Anchoring::create(article->bodyText, at, at + quote.size());
            QVERIFY(NewsroomActions::suggest(m_newsroom->database, *article, suggestion).ok);
        };
        suggest(SuggestionKind::Replace, QStringLiteral(","), QStringLiteral("，"), QStringLiteral("李华"));
        suggest(SuggestionKind::Delete, QStringLiteral("文山会海"), QString(), QStringLiteral("王芳"));
        suggest(SuggestionKind::Insert, QStringLiteral("广大基层干部"), QStringLiteral("普遍"), QStringLiteral("李华"));
        openAndWait(id);

        // Off by default: the page is the export's.
        QVERIFY(!preview()->showsSuggestions());
        const QString marks = QStringLiteral("document.querySelectorAll('.article-body ins, .article-body del').length");
        QCOMPARE(evaluate(page(), marks).toInt(), 0);

        QSignalSpy updated(preview(), &PreviewPane::updated);
        preview()->showSuggestionsAction()->trigger(); // View ▸ Show Suggestions in Preview
        QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty() && !preview()->isUpdatePending(), 20000);
        QCOMPARE(QSettings().value(QStringLiteral("preview/showSuggestions")).toBool(), true);
        QCOMPARE(evaluate(page(), QStringLiteral("Array.from(document.querySelectorAll('.article-body del'))"
                                                 ".map(e => e.textContent).join('|')"))
                     .toString(),
            QStringLiteral(",|文山会海"));
        QCOMPARE(evaluate(page(), QStringLiteral("Array.from(document.querySelectorAll('.article-body ins'))"
                                                 ".map(e => e.textContent).join('|')"))
                     .toString(),
            QStringLiteral("，|普遍"));
        // The reader sees both: the first paragraph reads with the comma struck and "，" added.
        QCOMPARE(bodyText(0), QStringLiteral("文章指出,，内蒙古坚持激励和约束双向发力。"));
        // Struck through and underlined in the suggester's colour.
        const QString deleted = QStringLiteral("getComputedStyle(document.querySelectorAll('.article-body del')[1])");
        QVERIFY(evaluate(page(), deleted + QStringLiteral(".textDecorationLine")).toString().contains(QStringLiteral("line-through")));
        const QColor wang = SuggestionMarks::authorColor(QStringLiteral("王芳"));
        QCOMPARE(evaluate(page(), deleted + QStringLiteral(".color")).toString(),
            QStringLiteral("rgb(%1, %2, %3)").arg(wang.red()).arg(wang.green()).arg(wang.blue()));
        const QString inserted = QStringLiteral("getComputedStyle(document.querySelector('.article-body ins'))");
        QVERIFY(evaluate(page(), inserted + QStringLiteral(".textDecorationLine")).toString().contains(QStringLiteral("underline")));
        // Marks only in the body: the page's head says nothing of them.
        QVERIFY(!evaluate(page(), QStringLiteral("document.head.innerHTML")).toString().contains(QStringLiteral("普遍")));

        // Typing keeps the marks (the block is patched with them).
        const int loads = preview()->pageLoadCount();
        QTextCursor cursor(m_area->bodyEditor()->document());
        cursor.movePosition(QTextCursor::End);
        m_area->bodyEditor()->setTextCursor(cursor);
        QTest::keyClicks(m_area->bodyEditor(), QStringLiteral("OK"));
        waitForPreview();
        QTRY_VERIFY_WITH_TIMEOUT(bodyText(1).endsWith(QStringLiteral("OK")), 10000);
        QCOMPARE(evaluate(page(), marks).toInt(), 4);
        QCOMPARE(preview()->pageLoadCount(), loads);

        // Exports (of the stored article) never show them, whatever the preview shows: the
        // bytes are those of the export made before there were any suggestions.
        const QMap<QString, QByteArray> shown = exportTo(QStringLiteral("shown"));
        preview()->setShowsSuggestions(false);
        waitForPreview();
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(page(), marks).toInt(), 0, 10000);
        const QMap<QString, QByteArray> hidden = exportTo(QStringLiteral("hidden"));
        QCOMPARE(shown.keys(), before.keys());
        QCOMPARE(hidden.keys(), before.keys());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QVERIFY2(shown.value(it.key()) == it.value(), qPrintable(it.key()));
            QVERIFY2(hidden.value(it.key()) == it.value(), qPrintable(it.key()));
        }
        QVERIFY(!shown.values().join().contains("<ins"));
    }

    void scriptsNeverRun()
    {
        // A body that bypassed the sanitizer (written to the database by something else).
        Article article;
        article.title = QStringLiteral("脚本");
        article.bodyHtml = QStringLiteral("<p>正文</p><script>document.title = 'pwned';</script>"
                                          "<p><img src=\"x\" onerror=\"document.title = 'pwned'\"></p>");
        for (QString *text : {&article.subtitle, &article.summary, &article.byline, &article.source, &article.editor,
                              &article.desk, &article.publishAt, &article.slug, &article.uuid, &article.bodyText})
            *text = QStringLiteral("");
        article.tags = QStringList{QStringLiteral("测试")};
        QVERIFY(ArticleRepository(m_newsroom->database).create(article));
        openAndWait(article.id);
        QTest::qWait(300);
        QCOMPARE(page()->title(), QStringLiteral("脚本"));
        QCOMPARE(evaluate(page(), QStringLiteral("document.querySelectorAll('.article-body script, [onerror]').length")).toInt(), 0);

        // And the page settings alone stop a script that reached the page.
        PreviewPage bare(page()->profile());
        QSignalSpy loaded(&bare, &QWebEnginePage::loadFinished);
        bare.setHtml(QStringLiteral("<html><head><title>before</title></head><body>"
                                    "<script>document.title = 'ran';</script><p>x</p></body></html>"),
                     QUrl(QStringLiteral("galley:/preview/other")));
        QVERIFY(loaded.wait(10000));
        QTest::qWait(200);
        QCOMPARE(bare.title(), QStringLiteral("before"));
    }

    void assetsAreServedAndRemoteRequestsBlocked()
    {
        QImage image(37, 21, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(image.save(&buffer, "PNG"));
        const QString hash = AssetRepository(m_newsroom->database).store(png, QStringLiteral("image/png"));
        QVERIFY(!hash.isEmpty());
        const qint64 id = m_newsroom->addArticle(
            QStringLiteral("图片"), QStringLiteral("<figure><img src=\"asset:%1\" alt=\"蓝\"><figcaption>图说</figcaption></figure>").arg(hash));
        openAndWait(id);
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(page(), QStringLiteral("document.querySelector('figure img').naturalWidth")).toInt(), 37, 10000);

        QCOMPARE(preview()->blockedRequestCount(), 0);
        evaluate(page(), QStringLiteral("var i = document.createElement('img'); i.src = 'https://tracker.example/pixel.png';"
                                        " document.body.appendChild(i); 1"));
        QTRY_COMPARE_WITH_TIMEOUT(preview()->blockedRequestCount(), 1, 10000);
        QVERIFY(!preview()->isRemoteContentAllowed());
        preview()->allowRemoteContentAction()->trigger(); // allowed for this article
        QVERIFY(preview()->isRemoteContentAllowed());
        waitForPreview();
        const int blocked = preview()->blockedRequestCount();
        evaluate(page(), QStringLiteral("var j = document.createElement('img'); j.src = 'https://tracker.example/again.png';"
                                        " document.body.appendChild(j); 1"));
        QTest::qWait(500);
        QCOMPARE(preview()->blockedRequestCount(), blocked);

        // Another article does not inherit the permission.
        const qint64 other = m_newsroom->addArticle(QStringLiteral("另一篇"), QStringLiteral("<p>文</p>"));
        openAndWait(other);
        QVERIFY(!preview()->isRemoteContentAllowed());
        QVERIFY(!preview()->allowRemoteContentAction()->isChecked());
    }

    void hiddenPreviewCatchesUpWhenShown()
    {
        const qint64 id = m_newsroom->addArticle(QStringLiteral("隐藏"), QStringLiteral("<p>原来</p>"));
        openAndWait(id);
        m_area->setViewMode(EditorArea::ViewMode::EditorOnly);
        QVERIFY(!preview()->isVisible());
        QTextEdit *body = m_area->bodyEditor();
        body->setFocus();
        QTest::keyClick(body, Qt::Key_End, Qt::ControlModifier);
        test::typeText(body, QStringLiteral("后来"));
        QTest::qWait(200);
        QCOMPARE(bodyText(0), QStringLiteral("原来")); // no work for a preview nobody sees
        m_area->setViewMode(EditorArea::ViewMode::PreviewOnly);
        QTRY_COMPARE_WITH_TIMEOUT(bodyText(0), QStringLiteral("原来后来"), 10000);
        QVERIFY(!m_area->bodyEditor()->isVisible());
    }
};

GALLEY_UI_TEST_MAIN(TestPreviewPane)
#include "tst_previewpane.moc"
