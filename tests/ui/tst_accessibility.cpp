// Keyboard and screen readers (issue 16): every widget that takes the keyboard focus, in the
// main window and in every window it opens, has a name a screen reader can say (its own
// accessible name, its text, or the label that is its buddy), and F6 / Shift+F6 move between
// the list, the fields, the body and the review panel.

#include "editortestsupport.h"

#include "access/focuscycle.h"
#include "articlelistdock.h"
#include "desk/deskoverviewwindow.h"
#include "editor/articlefieldsform.h"
#include "editor/conflictdialog.h"
#include "editor/editoractions.h"
#include "editor/editorarea.h"
#include "editor/findreplacebar.h"
#include "editor/richtextedit.h"
#include "export/templateeditor.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "settings.h"
#include "review/suggestionpanel.h"
#include "review/annotationpanel.h"
#include "review/copydeskpanel.h"
#include "review/historypanel.h"
#include "review/reviewpanel.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QSettings>
#include <QTimer>
#include <QTreeView>

using namespace galley;
using galley::test::Newsroom;

namespace {

/// "QLineEdit "fieldName" in ExportDialog" for every focusable, visible widget of \a window that
/// a screen reader would announce without a name.
QStringList unnamedFocusables(QWidget *window)
{
    QStringList unnamed;
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    int checked = 0;
    for (QWidget *widget : std::as_const(widgets)) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisible() || widget->focusProxy())
            continue;
        ++checked;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty()) {
            unnamed.append(QStringLiteral("%1 \"%2\" (in %3 \"%4\")")
                               .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                   QString::fromLatin1(widget->parentWidget() ? widget->parentWidget()->metaObject()->className() : "-"),
                                   window->windowTitle()));
        }
    }
    if (checked == 0)
        unnamed.append(QStringLiteral("nothing focusable checked in ") + window->windowTitle());
    return unnamed;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    /// Triggers \a action, which opens a modal dialog, checks the dialog and closes it.
    QStringList checkModalDialogOf(QAction *action)
    {
        QStringList found;
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            QWidget *dialog = QApplication::activeModalWidget();
            seen = true;
            found = unnamedFocusables(dialog);
            if (auto *asDialog = qobject_cast<QDialog *>(dialog))
                asDialog->reject();
            else
                dialog->close();
        });
        action->trigger();
        if (!seen)
            found.append(QStringLiteral("no dialog opened for ") + action->text());
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QAccessible::setActive(true);
    }

    void everyFocusableWidgetHasAName()
    {
        Newsroom newsroom;
        const qint64 id = newsroom.addArticle(QStringLiteral("草原春耕"), QStringLiteral("<p>牧民开始春耕，记者现场报道。</p>"));
        MainWindow window(newsroom.database);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openArticle(id));
        // The fields' details (source, editor, schedule) shown too.
        auto *details = window.editorArea()->fieldsForm()->findChild<QAbstractButton *>(QStringLiteral("detailsButton"));
        QVERIFY(details);
        details->setChecked(true);
        // The bars too: find and replace, and every notice bar with a button and its close button.
        window.editorArea()->actions()->replace->trigger();
        QVERIFY(window.editorArea()->findBar()->isVisible());
        QList<NoticeBar *> bars = window.findChildren<NoticeBar *>();
        QCOMPARE(bars.size(), 4); // server connection, newer version, welcome, editing lock
        for (NoticeBar *bar : std::as_const(bars)) {
            if (!bar->isVisible()) {
                bar->clearButtons();
                bar->addButton(QStringLiteral("&Reload"), [] {});
                bar->showMessage(QStringLiteral("A notice"));
            }
            QVERIFY2(!bar->accessibleName().isEmpty() && bar->accessibleName() != QStringLiteral("Notice"),
                     qPrintable(bar->objectName()));
        }
        QStringList unnamed = unnamedFocusables(&window);

        const QStringList modal = { QStringLiteral("preferencesAction"), QStringLiteral("openTeamNewsroomAction"),
            QStringLiteral("exportAction") };
        for (const QString &name : modal) {
            auto *action = window.findChild<QAction *>(name);
            QVERIFY2(action, qPrintable(name));
            unnamed += checkModalDialogOf(action);
        }

        DeskOverviewWindow *desk = window.showDeskOverview();
        QVERIFY(QTest::qWaitForWindowExposed(desk));
        unnamed += unnamedFocusables(desk);
        desk->close();

        TemplateEditor templates;
        templates.show();
        QVERIFY(QTest::qWaitForWindowExposed(&templates));
        unnamed += unnamedFocusables(&templates);

        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("without an accessible name:\n  ") + unnamed.join(QStringLiteral("\n  "))));
    }

    void barsAreReachedAndClosedFromTheKeyboard()
    {
        QSettings().remove(QStringLiteral("user/name")); // first start: the welcome bar shows
        Newsroom newsroom;
        const qint64 id = newsroom.addArticle(QStringLiteral("草原春耕"), QStringLiteral("<p>牧民开始春耕。</p>"));
        MainWindow window(newsroom.database);
        QVERIFY(galley::test::showActive(window));
        QVERIFY(window.openArticle(id));
        QWidget *body = window.editorArea()->bodyEditor();
        const auto inside = [](QWidget *area) {
            QWidget *focus = QApplication::focusWidget();
            return focus && (focus == area || area->isAncestorOf(focus));
        };

        // Find bar: Ctrl+F opens it in the find field, Esc from any of its controls closes it
        // and the text has the focus again.
        FindReplaceBar *find = window.editorArea()->findBar();
        for (const char *control : {"findField", "findCloseButton"}) {
            body->setFocus();
            QTRY_COMPARE(QApplication::focusWidget(), body);
            QTest::keyClick(body, Qt::Key_F, Qt::ControlModifier);
            QVERIFY(find->isVisible());
            QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("findField"));
            auto *target = find->findChild<QWidget *>(QString::fromLatin1(control));
            QVERIFY(target);
            target->setFocus();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
            QVERIFY2(!find->isVisible(), control);
            QCOMPARE(QApplication::focusWidget(), body);
        }

        // The welcome bar: F6 from the list goes to it first (it is above the fields), Tab
        // reaches its buttons, Esc closes it and the focus goes on to the fields.
        auto *welcome = window.findChild<NoticeBar *>(QStringLiteral("welcomeBar"));
        QVERIFY(welcome && welcome->isVisible());
        window.articleList()->view()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), window.articleList()->view());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QVERIFY2(inside(welcome), QApplication::focusWidget()->metaObject()->className());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(inside(welcome));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!welcome->isVisible());
        QVERIFY(!Settings::hasUserName()); // closed, not answered
        QVERIFY2(inside(window.editorArea()->fieldsForm()), QApplication::focusWidget()->metaObject()->className());

        // A bar that goes only when its situation does (the editing lock): F6 reaches it, Esc
        // leaves it where it is and goes on to the fields.
        NoticeBar *lock = window.editorArea()->lockBar();
        lock->clearButtons();
        lock->addButton(QStringLiteral("&Ask to Edit"), [] {});
        lock->showMessage(QStringLiteral("王静 is editing this article."));
        QVERIFY(!lock->isClosable());
        window.articleList()->view()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), window.articleList()->view());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QVERIFY2(inside(lock), QApplication::focusWidget()->metaObject()->className());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(lock->isVisible());
        QVERIFY(!inside(lock));
        QVERIFY(inside(window.editorArea()->fieldsForm()));
        lock->hide();
    }

    void f6CyclesListFieldsBodyReview()
    {
        Settings::setUserName(QStringLiteral("陈思远")); // no welcome bar on the way
        Newsroom newsroom;
        const qint64 id = newsroom.addArticle(QStringLiteral("草原春耕"), QStringLiteral("<p>牧民开始春耕。</p>"));
        MainWindow window(newsroom.database);
        QVERIFY(galley::test::showActive(window));
        QVERIFY(window.openArticle(id));
        window.reviewPanel()->setShown(ReviewPanel::Show::Comments);
        window.reviewPanel()->show();
        window.reviewPanel()->raise();
        window.articleList()->view()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), window.articleList()->view());

        const auto inside = [](QWidget *area) {
            QWidget *focus = QApplication::focusWidget();
            return focus && (focus == area || area->isAncestorOf(focus));
        };
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QCOMPARE(QApplication::focusWidget(), window.editorArea()->fieldsForm()->titleField());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QCOMPARE(QApplication::focusWidget(), window.editorArea()->bodyEditor());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QVERIFY2(inside(window.annotationPanel()), QApplication::focusWidget()->metaObject()->className());
        // Shift+F6 goes back the same way.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), window.editorArea()->bodyEditor());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), window.editorArea()->fieldsForm()->titleField());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), window.articleList()->view());
        // From the list backwards: round to the last visible review panel.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QVERIFY(inside(window.annotationPanel()) || inside(window.historyPanel()) || inside(window.copyDeskPanel()));
        QVERIFY(!inside(window.articleList()));

        // A closed list is skipped.
        window.articleList()->close();
        window.editorArea()->bodyEditor()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), window.editorArea()->bodyEditor());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), window.editorArea()->fieldsForm()->titleField());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QVERIFY(!inside(window.articleList()));

        // The suggestions are on the way too, when the review panel shows them: right after the
        // comments when it shows both, and in their place when it shows suggestions only.
        window.reviewPanel()->setShown(ReviewPanel::Show::All);
        window.reviewPanel()->raise();
        window.editorArea()->bodyEditor()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), window.editorArea()->bodyEditor());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QVERIFY(inside(window.annotationPanel()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QVERIFY2(inside(window.suggestionPanel()), QApplication::focusWidget()->metaObject()->className());
        window.reviewPanel()->setShown(ReviewPanel::Show::Suggestions);
        QVERIFY(!window.annotationPanel()->isVisible());
        window.editorArea()->bodyEditor()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), window.editorArea()->bodyEditor());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QVERIFY(inside(window.suggestionPanel()));
        // The filter itself is one Shift+Tab before the list, and named.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), window.reviewPanel()->filterBox());
        QVERIFY(!window.reviewPanel()->filterBox()->accessibleName().isEmpty());
    }
};

GALLEY_UI_TEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
