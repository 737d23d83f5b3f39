// File ▸ Export… as the desk uses it: pick "all Approved" as a site, watch it run on a worker
// thread, read the summary; cancel a long export and find only complete files; come back to the
// same choices next time; and see the exporter's refusals (a foreign file, a broken template)
// spelled out in the dialog.

#include "../exporting/exporttestsupport.h"

#include "articlelistdock.h"
#include "export/exportdialog.h"
#include "editor/editorarea.h"
#include "editor/richtextedit.h"
#include "mainwindow.h"
#include "preview/previewpane.h"

#include <QAction>
#include <QApplication>
#include <QTimer>
#include <QTreeView>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace galley;
using namespace galley::test;

namespace {

Article article(const QString &title, const QString &slug, WorkflowState status, int paragraphs = 2)
{
    Article result;
    result.title = title;
    result.slug = slug;
    result.status = status;
    result.publishAt = QStringLiteral("2025-03-18T08:00:00");
    QString body;
    for (int i = 0; i < paragraphs; ++i)
        body += QStringLiteral("<p>第%1段：自治区党委召开会议，研究部署基层减负工作，要求各地把减负落到实处。</p>\n").arg(i + 1);
    result.bodyHtml = body;
    return result;
}

constexpr int ManyArticles = 1500;

template<typename T>
T *child(const QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

/// Every file under \a root, relative, hidden ones included.
QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

bool waitForFinish(QSignalSpy &spy)
{
    return !spy.isEmpty() || spy.wait(60000);
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QSettings settings;
        settings.remove(QStringLiteral("export"));
    }

    void approvedAsSite()
    {
        TestNewsroom newsroom;
        QList<QString> approved;
        for (int i = 1; i <= 4; ++i) {
            newsroom.add(article(QStringLiteral("通过稿件 %1").arg(i), QStringLiteral("approved-%1").arg(i), WorkflowState::Approved));
            approved.append(QStringLiteral("approved-%1").arg(i));
        }
        newsroom.add(article(QStringLiteral("草稿"), QStringLiteral("draft-1"), WorkflowState::Draft));
        newsroom.add(article(QStringLiteral("已发布"), QStringLiteral("published-1"), WorkflowState::Published));
        const QString output = newsroom.outputPath(QStringLiteral("site"));

        ExportDialog dialog(newsroom.path());
        dialog.setCurrentArticle(0);
        dialog.setSelectedArticles({});
        dialog.show();

        // The status combo counts live articles per query.
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.counts().isEmpty(), 10000);
        auto *status = child<QComboBox>(dialog, "statusQuery");
        const int approvedRow = status->findData(QStringLiteral("approved"));
        QVERIFY(approvedRow >= 0);
        QCOMPARE(status->itemText(approvedRow), dialogText("%1 (%2)").arg(workflowStateDisplayName(WorkflowState::Approved)).arg(4));
        QCOMPARE(status->itemText(status->findData(QStringLiteral("all"))).endsWith(QLatin1String("(6)")), true);

        status->setCurrentIndex(approvedRow);
        QVERIFY(child<QRadioButton>(dialog, "scopeStatus")->isChecked());
        QVERIFY(child<QLabel>(dialog, "scopeCount")->text().contains(QLatin1Char('4')));
        auto *format = child<QComboBox>(dialog, "format");
        format->setCurrentIndex(format->findData(QStringLiteral("site")));
        child<QLineEdit>(dialog, "outputDirectory")->setText(output);

        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QVERIFY(!child<QPushButton>(dialog, "closeButton")->isVisible());
        QVERIFY(child<QPushButton>(dialog, "cancelButton")->isVisible());
        QVERIFY(waitForFinish(finished));
        QVERIFY(!dialog.isRunning());

        const ExportSummary summary = dialog.summary();
        QVERIFY2(summary.ok, qPrintable(summary.errors.join(QLatin1Char('\n'))));
        QCOMPARE(summary.exported, 4);
        QVERIFY(QFileInfo::exists(QDir(output).filePath(QStringLiteral("index.html"))));
        for (const QString &slug : approved)
            QVERIFY2(QFileInfo::exists(QDir(output).filePath(slug + QLatin1String(".html"))), qPrintable(slug));
        QVERIFY(!QFileInfo::exists(QDir(output).filePath(QStringLiteral("draft-1.html"))));
        QVERIFY(!QFileInfo::exists(QDir(output).filePath(QStringLiteral("published-1.html"))));

        // The summary says how many, where, and offers the folder.
        const QString text = child<QLabel>(dialog, "summaryLabel")->text();
        QVERIFY2(text.contains(QLatin1Char('4')) && text.contains(QDir::toNativeSeparators(output)), qPrintable(text));
        QVERIFY(child<QPushButton>(dialog, "openFolder")->isVisible());
        QVERIFY(!child<QPlainTextEdit>(dialog, "exportErrors")->isVisible());
        QVERIFY(child<QPushButton>(dialog, "closeButton")->isVisible());
        QCOMPARE(child<QProgressBar>(dialog, "exportProgress")->value(), 4);
    }

    void cancelLeavesOnlyCompleteFiles()
    {
        TestNewsroom newsroom;
        {
            WriteTransaction transaction(newsroom.database());
            // Enough pages that the export still runs when the click lands: at 3,000 pages a
            // second a few hundred are written in the time a busy machine takes to deliver it.
            for (int i = 1; i <= ManyArticles; ++i)
                newsroom.add(article(QStringLiteral("稿件 %1").arg(i), QStringLiteral("article-%1").arg(i), WorkflowState::Approved, 40));
            QVERIFY(transaction.commit());
        }
        const QString output = newsroom.outputPath(QStringLiteral("pages"));

        ExportDialog dialog(newsroom.path());
        dialog.show();
        dialog.setStatusQuery(std::nullopt); // all articles
        dialog.setFormat(ExportFormat::Html);
        dialog.setOutputDirectory(output);

        auto *cancel = child<QPushButton>(dialog, "cancelButton");
        auto *progress = child<QProgressBar>(dialog, "exportProgress");
        bool clicked = false;
        connect(progress, &QProgressBar::valueChanged, &dialog, [&](int value) {
            if (value >= 3 && !clicked) {
                clicked = true;
                QTest::mouseClick(cancel, Qt::LeftButton);
            }
        });
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QVERIFY(waitForFinish(finished));
        QVERIFY(clicked);

        const ExportSummary summary = dialog.summary();
        QVERIFY(summary.cancelled);
        QVERIFY2(summary.exported >= 3 && summary.exported < ManyArticles, qPrintable(QString::number(summary.exported)));
        QVERIFY(child<QLabel>(dialog, "summaryLabel")->text().contains(QString::number(summary.exported)));

        // Only finished files: no temporary file, each page whole, as many pages as reported.
        const QStringList files = filesUnder(output);
        int pages = 0;
        for (const QString &file : files) {
            QVERIFY2(!file.contains(QLatin1String(".tmp")) && !file.contains(QLatin1String("~")), qPrintable(file));
            QVERIFY2(file == QLatin1String(".galley-export.json") || file == QLatin1String("style.css")
                         || QRegularExpression(QStringLiteral("^article-\\d+\\.html$")).match(file).hasMatch(),
                     qPrintable(file));
            if (file.endsWith(QLatin1String(".html"))) {
                ++pages;
                QVERIFY2(readFile(QDir(output).filePath(file)).trimmed().endsWith("</html>"), qPrintable(file));
            }
        }
        QCOMPARE(pages, summary.exported);
    }

    void choicesAreRemembered()
    {
        TestNewsroom newsroom;
        const QString output = newsroom.outputPath(QStringLiteral("out"));
        const QString templates = newsroom.outputPath(QStringLiteral("template"));
        {
            ExportDialog dialog(newsroom.path());
            dialog.setStatusQuery(WorkflowState::Published);
            dialog.setFormat(ExportFormat::Text);
            child<QCheckBox>(dialog, "convertChinese")->setChecked(true);
            auto *profile = child<QComboBox>(dialog, "conversionProfile");
            profile->setCurrentIndex(profile->findData(QStringLiteral("s2hk")));
            child<QCheckBox>(dialog, "fixPunctuation")->setChecked(true);
            QVERIFY(!dialog.options().lintGate);
            child<QCheckBox>(dialog, "lintGate")->setChecked(true);
            dialog.setTemplateDirectory(templates);
            dialog.setOutputDirectory(output);
            dialog.reject(); // closing keeps the choices too
        }
        ExportDialog dialog(newsroom.path());
        QCOMPARE(dialog.scope(), ExportDialog::Scope::Status);
        QCOMPARE(dialog.statusQuery(), std::optional<WorkflowState>(WorkflowState::Published));
        const ExportOptions options = dialog.options();
        QCOMPARE(options.format, ExportFormat::Text);
        QCOMPARE(options.conversion, ChineseConversion::S2HK);
        QVERIFY(options.fixPunctuation);
        QCOMPARE(options.lintGate, std::optional<LintSeverity>(LintSeverity::Error)); // held back at errors
        QCOMPARE(options.templateDirectory, templates);
        QCOMPARE(options.outputDirectory, output);
        QVERIFY(child<QComboBox>(dialog, "conversionProfile")->isEnabled());
    }

    void scopeFollowsWhatIsOpenAndSelected()
    {
        TestNewsroom newsroom;
        const qint64 first = newsroom.add(article(QStringLiteral("一"), QStringLiteral("one"), WorkflowState::Draft));
        const qint64 second = newsroom.add(article(QStringLiteral("二"), QStringLiteral("two"), WorkflowState::Draft));

        ExportDialog dialog(newsroom.path());
        dialog.setCurrentArticle(0);
        dialog.setSelectedArticles({});
        auto *current = child<QRadioButton>(dialog, "scopeCurrent");
        auto *selected = child<QRadioButton>(dialog, "scopeSelected");
        QVERIFY(!current->isEnabled());
        QVERIFY(!selected->isEnabled());
        QCOMPARE(dialog.scope(), ExportDialog::Scope::Status);
        dialog.setScope(ExportDialog::Scope::CurrentArticle); // refused: nothing is open
        QCOMPARE(dialog.scope(), ExportDialog::Scope::Status);

        dialog.setCurrentArticle(first, QStringLiteral("一"));
        QVERIFY(current->isEnabled());
        QCOMPARE(dialog.scope(), ExportDialog::Scope::CurrentArticle); // the default when there is one
        QVERIFY(current->text().contains(QStringLiteral("一")));
        QCOMPARE(dialog.selection().ids, QList<qint64>{first});

        dialog.setSelectedArticles({first, second});
        QVERIFY(selected->isEnabled());
        QVERIFY(selected->text().contains(QLatin1Char('2')));
        selected->click();
        QCOMPARE(dialog.selection().ids, (QList<qint64>{first, second}));
        QVERIFY(child<QLabel>(dialog, "scopeCount")->text().contains(QLatin1Char('2')));

        // Exporting the current article as plain text writes just that one.
        current->click();
        const QString output = newsroom.outputPath(QStringLiteral("text"));
        dialog.setFormat(ExportFormat::Text);
        dialog.setOutputDirectory(output);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QVERIFY(waitForFinish(finished));
        QCOMPARE(dialog.summary().exported, 1);
        QVERIFY(QFileInfo::exists(QDir(output).filePath(QStringLiteral("one.txt"))));
        QVERIFY(!QFileInfo::exists(QDir(output).filePath(QStringLiteral("two.txt"))));
    }

    void refusalsAreShown_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("expected");
        QTest::newRow("robustness: a file Galley did not write is in the way") << QStringLiteral("foreign") << QStringLiteral("one.html");
        QTest::newRow("robustness: the template has a syntax error") << QStringLiteral("template") << QStringLiteral("article.mustache");
        QTest::newRow("robustness: no output folder") << QStringLiteral("no-output") << QString();
    }

    void refusalsAreShown()
    {
        QFETCH(QString, problem);
        QFETCH(QString, expected);
        TestNewsroom newsroom;
        const qint64 id = newsroom.add(article(QStringLiteral("一"), QStringLiteral("one"), WorkflowState::Approved));
        const QString output = newsroom.outputPath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(output));
        const QString foreign = QDir(output).filePath(QStringLiteral("one.html"));

        ExportDialog dialog(newsroom.path());
        dialog.show();
        dialog.setCurrentArticle(id);
        dialog.setFormat(ExportFormat::Html);
        dialog.setOutputDirectory(output);
        if (problem == QLatin1String("foreign")) {
            QFile file(foreign);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("<p>the web desk's own page</p>");
        } else if (problem == QLatin1String("template")) {
            const QString templates = newsroom.outputPath(QStringLiteral("template"));
            QVERIFY(QDir().mkpath(templates));
            QFile file(QDir(templates).filePath(QStringLiteral("article.mustache")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("<html>\n<body>\n{{#body}}\n</body>\n</html>\n");
            file.close();
            dialog.setTemplateDirectory(templates);
        } else {
            dialog.setOutputDirectory(QString());
        }

        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        if (problem == QLatin1String("no-output")) {
            QVERIFY(!dialog.isRunning());
            QVERIFY(child<QLabel>(dialog, "summaryLabel")->isVisible());
            QVERIFY(!child<QLabel>(dialog, "summaryLabel")->text().isEmpty());
            QVERIFY(child<QLineEdit>(dialog, "outputDirectory")->hasFocus() || !QApplication::focusWidget());
            return;
        }
        QVERIFY(waitForFinish(finished));
        QCOMPARE(dialog.summary().exported, 0);
        auto *details = child<QPlainTextEdit>(dialog, "exportErrors");
        QVERIFY(details->isVisible());
        QVERIFY2(details->toPlainText().contains(expected), qPrintable(details->toPlainText()));
        QVERIFY(!child<QPushButton>(dialog, "openFolder")->isVisible());
        QVERIFY(!child<QProgressBar>(dialog, "exportProgress")->isVisible());
        if (problem == QLatin1String("foreign")) {
            QCOMPARE(readFile(foreign), QByteArray("<p>the web desk's own page</p>"));
            // Asked for, the file is replaced.
            child<QCheckBox>(dialog, "overwriteForeign")->setChecked(true);
            dialog.startExport();
            QVERIFY(finished.wait(60000));
            QCOMPARE(dialog.summary().exported, 1);
            QVERIFY(readFile(foreign).trimmed().endsWith("</html>"));
        }
        if (problem == QLatin1String("template"))
            QVERIFY2(details->toPlainText().contains(QLatin1String("line")), qPrintable(details->toPlainText()));
    }

    void heldBackArticlesNameTheirRules()
    {
        // With "Hold back articles with copy-desk errors" an article with a misspelt English
        // body and a half-width comma in its Chinese title is not exported: the summary says
        // the copy desk held it back and for which rules, the details name the article with
        // its own count of each, and a clean article beside it is written.
        TestNewsroom newsroom;
        Article mixed = article(QStringLiteral("减负,见实效"), QStringLiteral("mixed"), WorkflowState::Approved);
        mixed.bodyHtml = QStringLiteral("<p>Herders near Xilinhot say the new rules did not recieve a hearing in the grasslands.</p>\n");
        const qint64 mixedId = newsroom.add(mixed);
        newsroom.add(article(QStringLiteral("牧区减负见实效"), QStringLiteral("clean"), WorkflowState::Approved));
        const QString output = newsroom.outputPath(QStringLiteral("gate"));

        ExportDialog dialog(newsroom.path());
        dialog.show();
        dialog.setStatusQuery(WorkflowState::Approved);
        dialog.setFormat(ExportFormat::Text);
        dialog.setOutputDirectory(output);
        child<QCheckBox>(dialog, "lintGate")->setChecked(true);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QVERIFY(waitForFinish(finished));

        QCOMPARE(dialog.summary().exported, 1);
        QCOMPARE(dialog.summary().heldBack, 1);
        const QString summary = child<QLabel>(dialog, "summaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("held back by the copy desk for errors: spelling 2, halfwidth-punctuation 1.")),
                 qPrintable(summary));
        auto *details = child<QPlainTextEdit>(dialog, "exportErrors");
        QVERIFY(details->isVisible());
        const QRegularExpression refusal(QStringLiteral("^Article %1 \\(减负,见实效\\): copy desk: 3 error(s|\\(s\\))?: spelling 2, halfwidth-punctuation 1$")
                                             .arg(mixedId),
            QRegularExpression::MultilineOption);
        QVERIFY2(refusal.match(details->toPlainText()).hasMatch(), qPrintable(details->toPlainText()));
        QVERIFY2(!details->toPlainText().contains(QStringLiteral("house-style")), qPrintable(details->toPlainText()));
        QCOMPARE(filesUnder(output).filter(QStringLiteral(".txt")), QStringList{QStringLiteral("clean.txt")});

        // Without the gate nothing is held back, and the summary says nothing of the copy desk.
        child<QCheckBox>(dialog, "lintGate")->setChecked(false);
        finished.clear();
        dialog.startExport();
        QVERIFY(waitForFinish(finished));
        QCOMPARE(dialog.summary().exported, 2);
        QCOMPARE(dialog.summary().heldBack, 0);
        QVERIFY(!child<QLabel>(dialog, "summaryLabel")->text().contains(QStringLiteral("copy desk")));
    }

    void escapeCancelsInsteadOfClosing()
    {
        TestNewsroom newsroom;
        {
            WriteTransaction transaction(newsroom.database());
            for (int i = 1; i <= 120; ++i)
                newsroom.add(article(QStringLiteral("稿件 %1").arg(i), QStringLiteral("a-%1").arg(i), WorkflowState::Approved, 40));
            QVERIFY(transaction.commit());
        }
        ExportDialog dialog(newsroom.path());
        dialog.show();
        dialog.setStatusQuery(WorkflowState::Approved);
        dialog.setOutputDirectory(newsroom.outputPath(QStringLiteral("out")));
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        QVERIFY(waitForFinish(finished));
        QVERIFY(dialog.summary().cancelled);
        QVERIFY(dialog.isVisible()); // the summary stays on screen
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void closingTheWindowMidExportStopsIt()
    {
        TestNewsroom newsroom;
        {
            WriteTransaction transaction(newsroom.database());
            for (int i = 1; i <= ManyArticles; ++i)
                newsroom.add(article(QStringLiteral("稿件 %1").arg(i), QStringLiteral("b-%1").arg(i), WorkflowState::Approved, 40));
            QVERIFY(transaction.commit());
        }
        const QString output = newsroom.outputPath(QStringLiteral("out"));
        auto dialog = std::make_unique<ExportDialog>(newsroom.path());
        dialog->setStatusQuery(WorkflowState::Approved);
        dialog->setOutputDirectory(output);
        dialog->startExport();
        // Closed as soon as the first page is reported, not at the next poll: a poll every 50 ms
        // came after the last of 200 pages once the export passed 3,000 pages a second.
        auto *progress = child<QProgressBar>(*dialog, "exportProgress");
        QEventLoop firstPage;
        connect(progress, &QProgressBar::valueChanged, &firstPage, [&](int value) {
            if (value >= 1)
                firstPage.quit();
        });
        QTimer::singleShot(30000, &firstPage, &QEventLoop::quit);
        firstPage.exec();
        QVERIFY(progress->value() >= 1);
        dialog.reset(); // the main window went away: cancel, wait for the page in hand
        const QStringList files = filesUnder(output);
        QVERIFY(files.contains(QStringLiteral(".galley-export.json")));
        int pages = 0;
        for (const QString &file : files) {
            if (file.endsWith(QLatin1String(".html"))) {
                ++pages;
                QVERIFY2(readFile(QDir(output).filePath(file)).trimmed().endsWith("</html>"), qPrintable(file));
            } else {
                QVERIFY2(file == QLatin1String(".galley-export.json") || file == QLatin1String("style.css"), qPrintable(file));
            }
        }
        QVERIFY2(pages >= 1 && pages < ManyArticles, qPrintable(QString::number(pages)));
    }

    void fileMenuOpensTheDialog()
    {
        TestNewsroom newsroom;
        const qint64 first = newsroom.add(article(QStringLiteral("第一篇"), QStringLiteral("first"), WorkflowState::Approved));
        newsroom.add(article(QStringLiteral("第二篇"), QStringLiteral("second"), WorkflowState::Draft));
        newsroom.add(article(QStringLiteral("第三篇"), QStringLiteral("third"), WorkflowState::Draft));
        MainWindow window(newsroom.database());
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openArticle(first));
        window.articleList()->view()->selectAll();

        // File ▸ Export… on Ctrl+Shift+E (text fields on X11 take Ctrl+E for End of line), a
        // shortcut no other action of the window uses.
        auto *action = window.findChild<QAction *>(QStringLiteral("exportAction"));
        QVERIFY(action);
        const QKeySequence shortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
        QCOMPARE(action->shortcut(), shortcut);
        int users = 0;
        for (const QAction *other : window.findChildren<QAction *>())
            users += int(other->shortcuts().contains(shortcut));
        QCOMPARE(users, 1);

        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            seen = true;
            auto *current = child<QRadioButton>(*dialog, "scopeCurrent");
            auto *selected = child<QRadioButton>(*dialog, "scopeSelected");
            QVERIFY(current->isEnabled());
            QVERIFY(current->text().contains(QStringLiteral("第一篇")));
            QVERIFY(selected->isEnabled());
            selected->click();
            QCOMPARE(dialog->selection().ids.size(), 3);
            dialog->reject();
        });
        // Pressed while typing in the body, where the text field would take Ctrl+E.
        window.editorArea()->bodyEditor()->setFocus();
        QTest::keySequence(window.editorArea()->bodyEditor(), shortcut);
        QVERIFY(seen);
    }

private:
    static QString dialogText(const char *text) { return QCoreApplication::translate("galley::ExportDialog", text); }
};

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    PreviewPane::registerUrlScheme(); // the main window's preview needs it before the application
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GalleyTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestExportDialog"));
    TestExportDialog test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_exportdialog.moc"
