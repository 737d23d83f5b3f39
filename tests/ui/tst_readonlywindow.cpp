// The main window on a newsroom open read-only (a file Galley cannot write): the title and the
// status bar say so, the article can be read, and nothing offers a change that would fail —
// the text is not editable, no workflow move is offered, no comment can be written.

#include "editortestsupport.h"

#include "editor/editorarea.h"
#include "editor/richtextedit.h"
#include "mainwindow.h"
#include "review/annotationpanel.h"
#include "review/workflowactions.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTest>

using namespace galley;
using galley::test::Newsroom;

class TestReadOnlyWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readOnlyNewsroomOffersNoChange()
    {
        Newsroom newsroom;
        const qint64 id = newsroom.addArticle(QStringLiteral("只读稿件"), QStringLiteral("<p>牧民开始春耕。</p>"));
        newsroom.database.close();

        Database readOnly;
        QCOMPARE(readOnly.openReadOnly(newsroom.path()), Database::Status::Ok);
        QVERIFY(readOnly.isReadOnly());
        MainWindow window(readOnly);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openArticle(id));

        QVERIFY2(window.windowTitle().contains(QStringLiteral("read-only")), qPrintable(window.windowTitle()));
        bool said = false;
        for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
            said = said || label->text().contains(QStringLiteral("read-only"));
        QVERIFY2(said, "the status bar says the newsroom is read-only");

        RichTextEdit *body = window.editorArea()->bodyEditor();
        QVERIFY(body->toPlainText().contains(QStringLiteral("牧民开始春耕")));
        QVERIFY(body->isReadOnly());
        QVERIFY(window.workflowActions()->offeredTargets().isEmpty());
        auto *composer = window.annotationPanel()->findChild<QPlainTextEdit *>(QStringLiteral("annotationComposer"));
        QVERIFY(composer);
        QVERIFY(!composer->isEnabled());
    }
};

QTEST_MAIN(TestReadOnlyWindow)
#include "tst_readonlywindow.moc"
