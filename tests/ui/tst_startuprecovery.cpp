// At start-up, the main window lists the articles whose unsaved edits a crash left in the
// recovery journal, and opening one brings its text back (through the usual recovery offer).
#include "editortestsupport.h"

#include "mainwindow.h"

#include <QDir>

using namespace galley;
using namespace galley::test;

class TestStartupRecovery : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Newsroom> m_newsroom;

    JournalEntry entryFor(qint64 id, const QString &bodyHtml)
    {
        const Article stored = m_newsroom->load(id);
        JournalEntry entry;
        entry.uuid = stored.uuid;
        entry.articleId = stored.id;
        entry.baseVersion = stored.version;
        entry.databasePath = m_newsroom->path();
        entry.writtenAt = QDateTime::currentDateTimeUtc();
        entry.article = stored;
        entry.article.bodyHtml = bodyHtml;
        return entry;
    }

private Q_SLOTS:
    void init()
    {
        QDir(RecoveryJournal::defaultDirectory()).removeRecursively();
        m_newsroom = std::make_unique<Newsroom>();
    }
    void cleanup()
    {
        m_newsroom.reset();
        QDir(RecoveryJournal::defaultDirectory()).removeRecursively();
    }

    void listsWhatACrashLeftAndRecoversThePickedArticle()
    {
        const qint64 first = m_newsroom->addArticle(QStringLiteral("第一篇"), QStringLiteral("<p>已保存的正文。</p>"));
        const qint64 second = m_newsroom->addArticle(QStringLiteral("第二篇"), QStringLiteral("<p>旧的正文。</p>"));
        const qint64 third = m_newsroom->addArticle(QStringLiteral("第三篇"), QStringLiteral("<p>第三篇的正文。</p>"));

        MainWindow window(m_newsroom->database);
        EditorArea *area = window.editorArea();
        area->documentController()->setRecoveryHandler([](const Article &, const JournalEntry &) { return true; });
        RecoveryJournal &journal = area->documentController()->journal();
        // The second article has edits that were never saved; the first one's entry holds what
        // is stored already (saved after all); the third is open, and was offered when it opened.
        QVERIFY(journal.write(entryFor(second, QStringLiteral("<p>崩溃前打的字。</p>\n"))));
        QVERIFY(journal.write(entryFor(first, m_newsroom->load(first).bodyHtml)));
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openArticle(third));
        QVERIFY(journal.write(entryFor(third, QStringLiteral("<p>打开的稿件。</p>\n"))));

        QList<qint64> offered;
        window.setRecoveryChooser([&](const QList<JournalEntry> &entries) {
            for (const JournalEntry &entry : entries)
                offered.append(entry.articleId);
            return second;
        });
        const QList<JournalEntry> waiting = window.offerRecoveredArticles();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(offered, QList<qint64>{second});
        QVERIFY(!journal.read(m_newsroom->load(first).uuid)); // nothing to recover: removed

        // The picked article is open, with the text the crash would have lost.
        QCOMPARE(area->currentArticleId(), second);
        QVERIFY2(bodyHtml(*area).contains(QStringLiteral("崩溃前打的字")), qPrintable(bodyHtml(*area)));
        QVERIFY(area->documentController()->isModified());
    }

    void nothingLeftMeansNoQuestion()
    {
        const qint64 id = m_newsroom->addArticle(QStringLiteral("干净的"), QStringLiteral("<p>正文。</p>"));
        MainWindow window(m_newsroom->database);
        bool asked = false;
        window.setRecoveryChooser([&](const QList<JournalEntry> &) {
            asked = true;
            return qint64(0);
        });
        QVERIFY(window.offerRecoveredArticles().isEmpty());
        QVERIFY(!asked);
        QVERIFY(id > 0);
    }

    void laterLeavesTheEntries()
    {
        const qint64 id = m_newsroom->addArticle(QStringLiteral("稍后"), QStringLiteral("<p>原文。</p>"));
        MainWindow window(m_newsroom->database);
        RecoveryJournal &journal = window.editorArea()->documentController()->journal();
        QVERIFY(journal.write(entryFor(id, QStringLiteral("<p>未保存。</p>\n"))));
        window.setRecoveryChooser([](const QList<JournalEntry> &) { return qint64(0); });
        QCOMPARE(window.offerRecoveredArticles().size(), 1);
        QVERIFY(journal.read(m_newsroom->load(id).uuid)); // still there for the next start
        QCOMPARE(window.editorArea()->currentArticleId(), qint64(0));
    }
};

GALLEY_UI_TEST_MAIN(TestStartupRecovery)
#include "tst_startuprecovery.moc"
