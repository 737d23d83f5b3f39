// A desk's day with the keyboard only (issue 16): from the article list, open an article, comment
// on a phrase, submit it for review through the menus and export it, with key events alone
// (no mouse, no calls into the widgets), checking what each step left in the newsroom.

#include "editortestsupport.h"

#include "articlelistdock.h"
#include "editor/editorarea.h"
#include "editor/richtextedit.h"
#include "export/exportdialog.h"
#include "mainwindow.h"
#include "settings.h"
#include "storage/annotationrepository.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QScopeGuard>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace galley;
using galley::test::Newsroom;

namespace {

QWidget *mainWindow = nullptr; ///< where keys go while nothing has the focus

QWidget *focused()
{
    return QApplication::focusWidget();
}

/// Presses \a key on whatever has the focus (the active popup menu while one is open).
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::activePopupWidget();
    if (!target)
        target = QApplication::activeModalWidget() && QApplication::activeModalWidget()->focusWidget()
            ? QApplication::activeModalWidget()->focusWidget()
            : focused();
    if (!target)
        target = QApplication::activeWindow() ? QApplication::activeWindow() : mainWindow;
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

} // namespace

class TestKeyboardFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listOpenCommentSubmitExport()
    {
        Newsroom newsroom;
        const qint64 older = newsroom.addArticle(QStringLiteral("旧稿"), QStringLiteral("<p>去年的报道。</p>"));
        const qint64 id = newsroom.addArticle(QStringLiteral("草原春耕"), QStringLiteral("<p>牧民开始春耕，记者现场报道。</p>"));
        QVERIFY(older && id);
        Settings::setUserName(QStringLiteral("陈思远")); // no welcome bar between the list and the fields
        MainWindow window(newsroom.database);
        window.editorArea()->setUserName(QStringLiteral("陈思远"));
        QVERIFY(galley::test::showActive(window));
        mainWindow = &window;

        // F6 until the list has the focus; End and Home move through it, opening as they go.
        for (int i = 0; i < 8 && focused() != window.articleList()->view(); ++i)
            press(Qt::Key_F6);
        QCOMPARE(focused(), window.articleList()->view());
        press(Qt::Key_Home);
        QTRY_VERIFY(window.editorArea()->currentArticleId() > 0);
        if (window.editorArea()->currentArticleId() != id)
            press(Qt::Key_Down);
        QTRY_COMPARE(window.editorArea()->currentArticleId(), id);
        // Opening from the list leaves the focus there (Down goes on to the next article).
        QCOMPARE(focused(), window.articleList()->view());

        // To the body (F6 twice: fields, then text); select "牧民开始春耕" with Shift+arrows.
        press(Qt::Key_F6);
        press(Qt::Key_F6);
        QCOMPARE(focused(), window.editorArea()->bodyEditor());
        press(Qt::Key_Home, Qt::ControlModifier);
        for (int i = 0; i < 6; ++i)
            press(Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(window.editorArea()->bodyEditor()->textCursor().selectedText(), QStringLiteral("牧民开始春耕"));

        // Ctrl+Alt+M: the comment field takes the focus; type, then Ctrl+Alt+M comments.
        press(Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(focused());
        QCOMPARE(focused()->objectName(), QStringLiteral("annotationComposer"));
        QTest::keyClicks(focused(), QStringLiteral("Source?"));
        press(Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
        AnnotationRepository annotations(newsroom.database);
        QTRY_COMPARE(annotations.threads(id).size(), 1);
        QCOMPARE(annotations.threads(id).constFirst().root.anchor.quote, QStringLiteral("牧民开始春耕"));
        QCOMPARE(annotations.threads(id).constFirst().root.body, QStringLiteral("Source?"));

        // Article menu (Alt+A) ▸ Workflow (W) ▸ Submit for review (its first move), Enter; the
        // dialog that asks for a note: Tab leaves its text field for the buttons, Enter is OK.
        bool noteAsked = false;
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            noteAsked = true;
            QWidget *at = modal->focusWidget() ? modal->focusWidget() : modal;
            if (at->inherits("QPlainTextEdit") || at->inherits("QTextEdit"))
                QTest::keyClick(at, Qt::Key_Tab);
            else
                QTest::keyClick(at, Qt::Key_Return);
        });
        answer.start();
        press(Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        press(Qt::Key_W);
        QTRY_COMPARE(QApplication::activePopupWidget()->objectName(), QStringLiteral("workflowMenu"));
        auto *workflowMenu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(workflowMenu->activeAction() || !workflowMenu->actions().isEmpty());
        if (!workflowMenu->activeAction())
            press(Qt::Key_Down);
        QVERIFY2(workflowMenu->activeAction()->text().startsWith(QStringLiteral("Submit for review")),
            qPrintable(workflowMenu->activeAction()->text()));
        press(Qt::Key_Return);
        QTRY_COMPARE(newsroom.load(id).status, WorkflowState::InReview);
        answer.stop();
        QVERIFY(noteAsked);
        QVERIFY(!QApplication::activeModalWidget());

        // File ▸ Export (Ctrl+Shift+E): Alt+C for the current article, Alt+O for the folder,
        // type it, Enter exports, Escape closes when it is done.
        QTemporaryDir out;
        bool exported = false;
        // (the window manager gives the main window back its activation when the dialog closed)
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            QVERIFY2(qobject_cast<ExportDialog *>(QApplication::activeModalWidget()),
                qPrintable(QString::fromLatin1(QApplication::activeModalWidget()->metaObject()->className()) + QLatin1Char(' ')
                    + QApplication::activeModalWidget()->windowTitle()));
            auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
            const auto closeOnFailure = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            // (the window manager activates a dialog that opens)
            QApplication::setActiveWindow(dialog);
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            QSignalSpy finished(dialog, &ExportDialog::exportFinished);
            QTest::keyClick(dialog, Qt::Key_C, Qt::AltModifier);
            QTest::keyClick(dialog, Qt::Key_O, Qt::AltModifier);
            QWidget *field = QApplication::focusWidget();
            QCOMPARE(field->objectName(), QStringLiteral("outputDirectory"));
            QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(field, out.path());
            QTest::keyClick(field, Qt::Key_Return);
            exported = !finished.isEmpty() || finished.wait(60000);
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog, Qt::Key_Escape);
        });
        press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(exported);
        QVERIFY(!QApplication::activeModalWidget());
        QStringList pages;
        QDirIterator it(out.path(), { QStringLiteral("*.html") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            pages.append(it.next());
        QCOMPARE(pages.size(), 1);
        QFile page(pages.constFirst());
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(page.readAll());
        QVERIFY(html.contains(QStringLiteral("草原春耕")));
        QVERIFY2(!html.contains(QStringLiteral("Source?")), "the comment stays out of the export");
    }

    // A key bound twice among the window's actions (even twice to one action) is an "ambiguous
    // shortcut" to Qt, which then does nothing: Ctrl+Q did not quit.
    void noKeyIsBoundTwice()
    {
        Newsroom newsroom;
        MainWindow window(newsroom.database);
        QVERIFY(galley::test::showActive(window));
        QHash<QKeySequence, QStringList> bound;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcutContext() == Qt::WidgetShortcut || action->associatedObjects().isEmpty())
                continue; // a widget's own, or in no menu, tool bar or widget: never both live
            for (const QKeySequence &key : action->shortcuts()) {
                if (!key.isEmpty())
                    bound[key].append(action->text().remove(QLatin1Char('&')));
            }
        }
        QStringList twice;
        for (auto it = bound.cbegin(); it != bound.cend(); ++it) {
            if (it->size() > 1)
                twice.append(it.key().toString() + QStringLiteral(": ") + it->join(QStringLiteral(", ")));
        }
        QVERIFY2(twice.isEmpty(), qPrintable(twice.join(QStringLiteral("; "))));

        // Ctrl+Q closes the window, as the File menu says.
        press(Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!window.isVisible());
    }
};

GALLEY_UI_TEST_MAIN(TestKeyboardFlow)
#include "tst_keyboardflow.moc"
