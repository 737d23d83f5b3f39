// The article's fields in the editor take no control character (#15): a headline pasted from a
// terminal or a web page with an ESC, BEL or a line break stays one clean line.
#include "editor/articlefieldsform.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace galley;

class ArticleFieldsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pastedControlCharactersAreDropped_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("shown");
        QTest::newRow("title: terminal retitle and a line break")
            << QStringLiteral("titleField") << QStringLiteral("不适宜担任现职\x1b]0;pwned\x07\n448名干部被调整")
            << QStringLiteral("前不适宜担任现职]0;pwned 448名干部被调整后");
        QTest::newRow("byline: colour codes and a tab") << QStringLiteral("bylineField")
                                                        << QStringLiteral("\x1b[31m陈思远\x1b[0m\t李华")
                                                        << QStringLiteral("前[31m陈思远[0m 李华后");
        QTest::newRow("tags: C1 controls") << QStringLiteral("tagsField") << QStringLiteral("纪检\u009b, 干部\u0085")
                                           << QStringLiteral("前纪检, 干部 后");
    }

    void pastedControlCharactersAreDropped()
    {
        QFETCH(QString, field);
        QFETCH(QString, pasted);
        QFETCH(QString, shown);
        ArticleFieldsForm form;
        Article article;
        article.id = 1;
        article.title = QStringLiteral("标题");
        form.setArticle(article);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QLineEdit *edit = form.field(field);
        QVERIFY(edit);
        edit->setFocus();
        edit->setText(QStringLiteral("前后"));
        edit->setCursorPosition(1);
        QSignalSpy edited(&form, &ArticleFieldsForm::edited);
        QGuiApplication::clipboard()->setText(pasted);
        QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(edit->text(), shown);
        // The cursor is after what was pasted, before the last character typed.
        QCOMPARE(edit->cursorPosition(), int(shown.size()) - 1);
        QVERIFY(!edited.isEmpty());
    }
};

QTEST_MAIN(ArticleFieldsTest)
#include "tst_articlefields.moc"
