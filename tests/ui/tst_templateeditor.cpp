// The template editor as a web desk uses it: copy the built-in template into a folder, break
// it, let Check point at the file and line, fix it, save, and see the export use the folder.

#include "../exporting/exporttestsupport.h"

#include "export/exportdialog.h"
#include "export/templateeditor.h"
#include "exporting/exporttemplate.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>

using namespace galley;
using namespace galley::test;

namespace {

/// Inserts \a text as a new line before line \a line (1-based) of the editor, as typing would.
void insertLine(QPlainTextEdit *editor, int line, const QString &text)
{
    QTextCursor cursor(editor->document()->findBlockByNumber(line - 1));
    cursor.insertText(text + QLatin1Char('\n'));
}

void removeLine(QPlainTextEdit *editor, int line)
{
    QTextCursor cursor(editor->document()->findBlockByNumber(line - 1));
    cursor.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
}

} // namespace

class TestTemplateEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createFromDefault()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("our-template"));
        TemplateEditor editor;
        // Without a folder the built-in template is shown, read-only.
        QVERIFY(editor.directory().isEmpty());
        QVERIFY(editor.editor()->isReadOnly());
        QCOMPARE(editor.currentFile(), QStringLiteral("article.mustache"));
        QVERIFY(!editor.findChild<QPushButton *>(QStringLiteral("saveTemplate"))->isEnabled());

        QString error;
        QVERIFY2(editor.createFromDefault(folder, false, &error), qPrintable(error));
        QCOMPARE(editor.directory(), QDir(folder).absolutePath());
        const QStringList builtIn = QDir(ExportTemplate::builtInDirectory()).entryList(QDir::Files, QDir::Name);
        QVERIFY(builtIn.contains(QStringLiteral("article.mustache")));
        QVERIFY(builtIn.contains(QStringLiteral("style.css")));
        QCOMPARE(editor.fileNames(), builtIn);
        for (const QString &name : builtIn)
            QCOMPARE(readFile(QDir(folder).filePath(name)), readFile(QDir(ExportTemplate::builtInDirectory()).filePath(name)));
        QVERIFY(!editor.editor()->isReadOnly());
        QCOMPARE(editor.currentFile(), QStringLiteral("article.mustache"));
        QVERIFY(editor.check());

        // A second copy into the same folder does not silently replace the user's files.
        QVERIFY(!editor.createFromDefault(folder, false, &error));
        QVERIFY(error.contains(QLatin1String("already exists")));
    }

    void checkPointsAtTheLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("broken");
        QTest::newRow("robustness: unclosed section in the page") << QStringLiteral("article.mustache") << 30 << QStringLiteral("{{#oops}}");
        QTest::newRow("robustness: section closed that was never opened, in the index")
            << QStringLiteral("index.mustache") << 12 << QStringLiteral("<p>{{/title}}</p>");
        QTest::newRow("robustness: unknown partial") << QStringLiteral("article.mustache") << 40 << QStringLiteral("{{> nosuch}}");
    }

    void checkPointsAtTheLine()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, broken);
        QTemporaryDir dir;
        TemplateEditor editor;
        QString error;
        QVERIFY2(editor.createFromDefault(dir.path(), false, &error), qPrintable(error));
        const QByteArray saved = readFile(dir.filePath(file));

        QVERIFY(editor.openFile(file));
        insertLine(editor.editor(), line, broken);
        QVERIFY(editor.isModified());
        // Check reads what is on screen, unsaved: the message names the file, the line and the tag.
        QVERIFY(!editor.check());
        const QString message = editor.message();
        QVERIFY2(message.contains(dir.filePath(file)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("line %1").arg(line)), qPrintable(message));
        QVERIFY2(message.contains(broken.mid(broken.indexOf(QLatin1String("{{")), 4)), qPrintable(message));
        QVERIFY2(!message.contains(QDir::tempPath() + QLatin1String("/qt_temp")), qPrintable(message));
        QCOMPARE(editor.errorLine(), line);
        QCOMPARE(editor.currentFile(), file);
        QCOMPARE(editor.editor()->textCursor().blockNumber() + 1, line);
        QCOMPARE(readFile(dir.filePath(file)), saved); // nothing written by checking

        removeLine(editor.editor(), line);
        QVERIFY2(editor.check(), qPrintable(editor.message()));
        QCOMPARE(editor.errorLine(), 0);
    }

    void checkOpensTheFileWithTheError()
    {
        QTemporaryDir dir;
        TemplateEditor editor;
        QVERIFY(editor.createFromDefault(dir.path(), false, nullptr));
        QFile index(dir.filePath(QStringLiteral("index.mustache")));
        QVERIFY(index.open(QIODevice::Append));
        index.write("{{#articles}}\n");
        index.close();
        QCOMPARE(editor.currentFile(), QStringLiteral("article.mustache"));
        QVERIFY(!editor.check());
        QCOMPARE(editor.currentFile(), QStringLiteral("index.mustache"));
        QVERIFY(editor.errorLine() > 1);
        QCOMPARE(editor.editor()->textCursor().blockNumber() + 1, editor.errorLine());
    }

    void savedTemplateIsUsedByTheExport()
    {
        TestNewsroom newsroom;
        Article article;
        article.title = QStringLiteral("模板测试");
        article.slug = QStringLiteral("template-test");
        article.status = WorkflowState::Approved;
        article.bodyHtml = QStringLiteral("<p>正文。</p>");
        const qint64 id = newsroom.add(article);
        const QString folder = newsroom.outputPath(QStringLiteral("template"));

        TemplateEditor editor;
        QVERIFY(editor.createFromDefault(folder, false, nullptr));
        QVERIFY(editor.openFile(QStringLiteral("article.mustache")));
        // Break it, check, fix it by hand, save.
        insertLine(editor.editor(), 25, QStringLiteral("<meta name=\"desk-mark\" content=\"{{#title}}\">"));
        QVERIFY(!editor.check());
        QCOMPARE(editor.errorLine(), 25);
        removeLine(editor.editor(), 25);
        insertLine(editor.editor(), 25, QStringLiteral("<meta name=\"desk-mark\" content=\"{{title}}\">"));
        QVERIFY(editor.check());
        auto *save = editor.findChild<QPushButton *>(QStringLiteral("saveTemplate"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!editor.isModified());
        QVERIFY(readFile(QDir(folder).filePath(QStringLiteral("article.mustache"))).contains("desk-mark"));

        // The export dialog with that folder writes pages from it.
        const QString output = newsroom.outputPath(QStringLiteral("out"));
        ExportDialog dialog(newsroom.path());
        dialog.setCurrentArticle(id);
        dialog.setFormat(ExportFormat::Html);
        dialog.setTemplateDirectory(folder);
        dialog.setOutputDirectory(output);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QVERIFY(finished.wait(60000));
        QVERIFY2(dialog.summary().ok, qPrintable(dialog.summary().errors.join(QLatin1Char('\n'))));
        const QByteArray page = readFile(QDir(output).filePath(QStringLiteral("template-test.html")));
        QVERIFY2(page.contains(QStringLiteral("<meta name=\"desk-mark\" content=\"模板测试\">").toUtf8()), page.constData());
    }

    void cssIsHighlightedAsCss()
    {
        QTemporaryDir dir;
        TemplateEditor editor;
        QVERIFY(editor.createFromDefault(dir.path(), false, nullptr));
        QVERIFY(editor.openFile(QStringLiteral("style.css")));
        QVERIFY(editor.editor()->toPlainText().contains(QLatin1String(":root")));
        // Switching files with changes asks first; saving keeps the change.
        editor.editor()->appendPlainText(QStringLiteral(".desk { color: red; }"));
        QVERIFY(editor.save());
        QVERIFY(readFile(dir.filePath(QStringLiteral("style.css"))).contains(".desk { color: red; }"));
        QVERIFY(editor.openFile(QStringLiteral("index.mustache")));
        QCOMPARE(editor.currentFile(), QStringLiteral("index.mustache"));
    }
};

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GalleyTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestTemplateEditor"));
    TestTemplateEditor test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_templateeditor.moc"
