// Never losing an edit: autosave on an idle pause, the crash-recovery journal (a window dropped
// without saving gives its text back on the next open), switching articles, and version
// conflicts with another Galley on the same newsroom — never a silent overwrite.

#include "editortestsupport.h"

#include "editor/conflictdialog.h"
#include "editor/editoractions.h"
#include "editor/recoveryjournal.h"
#include "editor/richtextedit.h"
#include "storage/newsroomactions.h"
#include "storage/revisionrepository.h"

#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTimer>

using namespace galley;
using galley::test::Newsroom;
using Choice = DocumentController::ConflictChoice;

class TestDocumentController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Newsroom> m_newsroom;

    std::unique_ptr<EditorArea> makeArea()
    {
        auto area = std::make_unique<EditorArea>(m_newsroom->database);
        area->setViewMode(EditorArea::ViewMode::EditorOnly);
        test::showActive(*area);
        return area;
    }

    static void typeAtEnd(EditorArea &area, const QString &text)
    {
        area.bodyEditor()->setFocus();
        QTest::keyClick(area.bodyEditor(), Qt::Key_End, Qt::ControlModifier);
        test::typeText(area.bodyEditor(), text);
    }

    /// Another Galley (its own connection to the same file) saves the article, as \a author.
    void saveElsewhere(qint64 id, const QString &body, const QString &author = QStringLiteral("陈曲"))
    {
        Database other;
        QCOMPARE(other.open(m_newsroom->path()), Database::Status::Ok);
        ArticleRepository repository(other);
        Article theirs = repository.load(id).value();
        theirs.bodyHtml = body;
        QCOMPARE(NewsroomActions::save(other, theirs, RevisionKind::Save, author).result,
            ArticleRepository::SaveResult::Saved);
    }

private Q_SLOTS:
    void init()
    {
        m_newsroom = std::make_unique<Newsroom>();
        QDir(RecoveryJournal::defaultDirectory()).removeRecursively();
    }

    void cleanup()
    {
        m_newsroom.reset();
        QDir(RecoveryJournal::defaultDirectory()).removeRecursively();
    }

    void autosaveAfterAnIdlePause()
    {
        const qint64 id = m_newsroom->addArticle(QStringLiteral("自动保存"), QStringLiteral("<p>原文</p>"));
        auto area = makeArea();
        QVERIFY(area->openArticle(id));
        QCOMPARE(area->documentController()->autosaveDelay(), 2000); // the default: about 2 s idle
        area->documentController()->setAutosaveDelay(300);
        QSignalSpy saved(area.get(), &EditorArea::articleSaved);
        typeAtEnd(*area, QStringLiteral("，新增"));
        QCOMPARE(m_newsroom->load(id).bodyHtml, QStringLiteral("<p>原文</p>\n")); // not on every keystroke
        QVERIFY(saved.wait(3000));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(0).toLongLong(), id);
        QCOMPARE(m_newsroom->load(id).bodyHtml, QStringLiteral("<p>原文，新增</p>\n"));
        QCOMPARE(m_newsroom->load(id).version, 2);
        // After a clean save nothing is left in the journal.
        QVERIFY(!QFile::exists(area->documentController()->journal().fileName(m_newsroom->load(id).uuid)));
        QVERIFY(area->closeArticle());
    }

    void switchingArticlesSaves()
    {
        const qint64 first = m_newsroom->addArticle(QStringLiteral("一"), QStringLiteral("<p>甲</p>"));
        const qint64 second = m_newsroom->addArticle(QStringLiteral("二"), QStringLiteral("<p>乙</p>"));
        auto area = makeArea();
        area->documentController()->setAutosaveDelay(3600 * 1000);
        QVERIFY(area->openArticle(first));
        typeAtEnd(*area, QStringLiteral("改"));
        QSignalSpy changed(area.get(), &EditorArea::currentArticleChanged);
        QVERIFY(area->openArticle(second));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(area->currentArticleId(), second);
        QCOMPARE(m_newsroom->load(first).bodyHtml, QStringLiteral("<p>甲改</p>\n"));
        QCOMPARE(test::bodyHtml(*area), QStringLiteral("<p>乙</p>\n"));
        // Undo does not reach back into the previous article.
        QVERIFY(!area->bodyEditor()->document()->isUndoAvailable());
        typeAtEnd(*area, QStringLiteral("也改"));
        QVERIFY(area->closeArticle());
        QCOMPARE(m_newsroom->load(second).bodyHtml, QStringLiteral("<p>乙也改</p>\n"));
        QCOMPARE(area->currentArticleId(), 0);
    }

    void crashRecovery_data()
    {
        QTest::addColumn<bool>("recover");
        QTest::newRow("nominal: the text comes back") << true;
        QTest::newRow("nominal: declined, the journal is dropped") << false;
    }

    void crashRecovery()
    {
        QFETCH(bool, recover);
        const qint64 id = m_newsroom->addArticle(QStringLiteral("崩溃"), QStringLiteral("<p>保存过的</p>"));
        const QString uuid = m_newsroom->load(id).uuid;
        QString journalFile;
        {
            auto area = makeArea();
            area->documentController()->setAutosaveDelay(3600 * 1000); // the crash comes first
            QVERIFY(area->openArticle(id));
            typeAtEnd(*area, QStringLiteral("和没保存的字"));
            QTest::keySequence(area->bodyEditor(), QKeySequence::Bold);
            test::typeText(area->bodyEditor(), QStringLiteral("粗"));
            test::typeText(area->fieldsForm()->titleField(), QStringLiteral("！"));
            journalFile = area->documentController()->journal().fileName(uuid);
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(journalFile), 5000);
            // Let the journal catch up with the last keystrokes, then "crash": the window is
            // dropped without closeArticle().
            QTRY_VERIFY(area->documentController()->journal().read(uuid).value_or(JournalEntry()).article.title
                        == QStringLiteral("！崩溃"));
        }
        QCOMPARE(m_newsroom->load(id).bodyHtml, QStringLiteral("<p>保存过的</p>\n"));
        QVERIFY(QFile::exists(journalFile));

        auto area = makeArea();
        int asked = 0;
        area->documentController()->setRecoveryHandler([&](const Article &stored, const JournalEntry &journal) {
            ++asked;
            [&] {
                QCOMPARE(stored.bodyHtml, QStringLiteral("<p>保存过的</p>\n"));
                QCOMPARE(journal.article.bodyHtml, QStringLiteral("<p>保存过的和没保存的字<strong>粗</strong></p>\n"));
            }();
            return recover;
        });
        QVERIFY(area->openArticle(id));
        QCOMPARE(asked, 1);
        if (recover) {
            QCOMPARE(test::bodyHtml(*area), QStringLiteral("<p>保存过的和没保存的字<strong>粗</strong></p>\n"));
            QCOMPARE(area->fieldsForm()->titleField()->text(), QStringLiteral("！崩溃"));
            QVERIFY(area->documentController()->isModified());
            // One undo step back to the stored text.
            QTest::keySequence(area->bodyEditor(), QKeySequence::Undo);
            QCOMPARE(test::bodyHtml(*area), QStringLiteral("<p>保存过的</p>\n"));
            QTest::keySequence(area->bodyEditor(), QKeySequence::Redo);
            QVERIFY(area->closeArticle());
            QCOMPARE(m_newsroom->load(id).bodyHtml, QStringLiteral("<p>保存过的和没保存的字<strong>粗</strong></p>\n"));
            QCOMPARE(m_newsroom->load(id).title, QStringLiteral("！崩溃"));
        } else {
            QCOMPARE(test::bodyHtml(*area), QStringLiteral("<p>保存过的</p>\n"));
            QVERIFY(area->closeArticle());
        }
        QVERIFY(!QFile::exists(journalFile));

        // Opened again: nothing more to offer.
        asked = 0;
        QVERIFY(area->openArticle(id));
        QCOMPARE(asked, 0);
        QVERIFY(area->closeArticle());
    }

    void journalIsWrittenBeforeTheSave()
    {
        // A save the database refuses (here: the connection is gone) keeps the text in the
        // journal, because the journal is written first.
        const qint64 id = m_newsroom->addArticle(QStringLiteral("日志"), QStringLiteral("<p>一</p>"));
        const QString uuid = m_newsroom->load(id).uuid;
        auto area = makeArea();
        area->documentController()->setAutosaveDelay(3600 * 1000);
        area->documentController()->setJournalDelay(3600 * 1000); // only the save writes it
        QVERIFY(area->openArticle(id));
        typeAtEnd(*area, QStringLiteral("二"));
        const QString file = area->documentController()->journal().fileName(uuid);
        QVERIFY(!QFile::exists(file));
        m_newsroom->database.close();
        QSignalSpy messages(area.get(), &EditorArea::statusMessage);
        QVERIFY(!area->saveNow());
        QVERIFY(QFile::exists(file));
        QCOMPARE(messages.count(), 1);
        const auto entries = area->documentController()->journal().entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().article.bodyHtml, QStringLiteral("<p>一二</p>\n"));
        QCOMPARE(entries.first().articleId, id);
        QCOMPARE(entries.first().baseVersion, 1);
        area.reset(); // the destructor does not save (nor ask)
        QVERIFY(QFile::exists(file));
    }

    void conflict_data()
    {
        QTest::addColumn<int>("choice");
        QTest::newRow("nominal: keep mine as a new version") << int(Choice::KeepMine);
        QTest::newRow("nominal: take theirs") << int(Choice::TakeTheirs);
        QTest::newRow("nominal: merge, the overlap resolved as theirs") << int(Choice::Merge);
        QTest::newRow("nominal: cancel keeps editing, saves nothing") << int(Choice::Cancel);
    }

    void conflict()
    {
        QFETCH(int, choice);
        const qint64 id = m_newsroom->addArticle(QStringLiteral("冲突"), QStringLiteral("<p>共同的开头</p>"));
        auto area = makeArea();
        area->documentController()->setAutosaveDelay(3600 * 1000);
        QVERIFY(area->openArticle(id));
        typeAtEnd(*area, QStringLiteral("，我的修改"));
        saveElsewhere(id, QStringLiteral("<p>共同的开头，他们的修改</p>\n"));

        int asked = 0;
        area->documentController()->setConflictResolver([&](const DocumentController::Conflict &conflict) {
            ++asked;
            [&] {
                QCOMPARE(conflict.mine.bodyHtml, QStringLiteral("<p>共同的开头，我的修改</p>\n"));
                QCOMPARE(conflict.theirs.bodyHtml, QStringLiteral("<p>共同的开头，他们的修改</p>\n"));
                QCOMPARE(conflict.theirs.version, 2);
                QCOMPARE(conflict.theirsAuthor, QStringLiteral("陈曲"));
                QCOMPARE(conflict.merge.body().conflictCount(), 1); // the one paragraph both edited
            }();
            DocumentController::ConflictResolution resolution { Choice(choice) };
            if (Choice(choice) == Choice::Merge)
                resolution.resolved = conflict.merge.resolved({ MergeChoice::Theirs }, {}).value();
            return resolution;
        });
        const bool saved = area->saveNow();
        QCOMPARE(asked, 1);
        const Article stored = m_newsroom->load(id);
        switch (Choice(choice)) {
        case Choice::KeepMine:
            QVERIFY(saved);
            QCOMPARE(stored.bodyHtml, QStringLiteral("<p>共同的开头，我的修改</p>\n"));
            QCOMPARE(stored.version, 3); // on top of theirs, which stays version 2
            QVERIFY(!area->documentController()->isModified());
            break;
        case Choice::TakeTheirs:
        case Choice::Merge:
            QVERIFY(saved);
            QCOMPARE(stored.bodyHtml, QStringLiteral("<p>共同的开头，他们的修改</p>\n"));
            QCOMPARE(test::bodyHtml(*area), QStringLiteral("<p>共同的开头，他们的修改</p>\n"));
            QCOMPARE(area->documentController()->article().version, Choice(choice) == Choice::Merge ? 3 : 2);
            QVERIFY(!area->documentController()->isModified());
            break;
        case Choice::Cancel:
            QVERIFY(!saved);
            QCOMPARE(stored.bodyHtml, QStringLiteral("<p>共同的开头，他们的修改</p>\n"));
            QCOMPARE(test::bodyHtml(*area), QStringLiteral("<p>共同的开头，我的修改</p>\n"));
            QVERIFY(QFile::exists(area->documentController()->journal().fileName(stored.uuid)));
            // Closing asks again; cancelling again keeps the article open.
            QVERIFY(!area->closeArticle());
            QCOMPARE(asked, 2);
            QCOMPARE(area->currentArticleId(), id);
            break;
        }
        // Either way the next save is no conflict (the editor knows the stored version now),
        // except after a cancel, which still has to be decided.
        area->documentController()->setConflictResolver([](const DocumentController::Conflict &) { return Choice::KeepMine; });
        QVERIFY(area->closeArticle());
    }

    void disjointEditsMergeOnSave()
    {
        const qint64 id = m_newsroom->addArticle(QStringLiteral("合并"),
            QStringLiteral("<p>第一段原文。</p>\n<p>第二段原文。</p>\n<p>第三段原文。</p>"));
        auto area = makeArea();
        area->setUserName(QStringLiteral("王静"));
        area->documentController()->setAutosaveDelay(3600 * 1000);
        QVERIFY(area->openArticle(id));
        // I type in the third paragraph, before its full stop.
        area->bodyEditor()->setFocus();
        QTest::keyClick(area->bodyEditor(), Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(area->bodyEditor(), Qt::Key_Left);
        test::typeText(area->bodyEditor(), QStringLiteral("（我补充）"));
        // Meanwhile 陈曲 rewrites the first one and adds a paragraph after the second.
        saveElsewhere(id, QStringLiteral("<p>第一段改写。</p>\n<p>第二段原文。</p>\n<p>新增一段。</p>\n<p>第三段原文。</p>\n"));

        int asked = 0;
        area->documentController()->setConflictResolver([&](const DocumentController::Conflict &) {
            ++asked;
            return Choice::Cancel;
        });
        QSignalSpy messages(area.get(), &EditorArea::statusMessage);
        QVERIFY(area->saveNow());
        QCOMPARE(asked, 0); // nothing overlapped: no dialog
        const QString merged = QStringLiteral(
            "<p>第一段改写。</p>\n<p>第二段原文。</p>\n<p>新增一段。</p>\n<p>第三段原文（我补充）。</p>\n");
        const Article stored = m_newsroom->load(id);
        QCOMPARE(stored.bodyHtml, merged);
        QCOMPARE(stored.version, 3);
        // The editor shows the merged text, unmodified, the cursor where I was typing.
        QCOMPARE(test::bodyHtml(*area), merged);
        QVERIFY(!area->documentController()->isModified());
        const QTextCursor cursor = area->bodyEditor()->textCursor();
        QCOMPARE(cursor.block().text(), QStringLiteral("第三段原文（我补充）。"));
        QCOMPARE(cursor.positionInBlock(), int(QStringLiteral("第三段原文（我补充）").size()));
        QVERIFY(!messages.isEmpty());
        QVERIFY2(messages.last().at(0).toString().contains(QStringLiteral("陈曲")), qPrintable(messages.last().at(0).toString()));
        // The history names both: the merge is mine, its note names theirs.
        RevisionRepository revisions(m_newsroom->database);
        const Revision latest = revisions.latest(id).value();
        QCOMPARE(latest.bodyHtml, merged);
        QCOMPARE(latest.author, QStringLiteral("王静"));
        QCOMPARE(latest.note, QStringLiteral("Merged with 陈曲's version 2"));
        QVERIFY(latest.named);
        // Typing goes on from there, and the next save is no conflict.
        test::typeText(area->bodyEditor(), QStringLiteral("再补"));
        QVERIFY(area->saveNow());
        QCOMPARE(m_newsroom->load(id).bodyHtml,
            QStringLiteral("<p>第一段改写。</p>\n<p>第二段原文。</p>\n<p>新增一段。</p>\n<p>第三段原文（我补充）再补。</p>\n"));
        QCOMPARE(asked, 0);
        QVERIFY(area->closeArticle());
    }

    void conflictDialogPerParagraph_data()
    {
        QTest::addColumn<QString>("keys"); // pressed in the dialog, from the first choice
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: Enter keeps mine in the overlap, takes their other change")
            << QString() << QStringLiteral("<p>第一段（我）</p>\n<p>第二段（他）</p>\n<p>第三段（我）</p>\n");
        QTest::newRow("nominal: Right picks theirs") << QStringLiteral("R")
                                                     << QStringLiteral("<p>第一段（他）</p>\n<p>第二段（他）</p>\n<p>第三段（我）</p>\n");
        QTest::newRow("nominal: Right twice keeps both, mine first")
            << QStringLiteral("RR")
            << QStringLiteral("<p>第一段（我）</p>\n<p>第一段（他）</p>\n<p>第二段（他）</p>\n<p>第三段（我）</p>\n");
    }

    void conflictDialogPerParagraph()
    {
        QFETCH(QString, keys);
        QFETCH(QString, expected);
        const qint64 id = m_newsroom->addArticle(QStringLiteral("对比"),
            QStringLiteral("<p>第一段</p>\n<p>第二段</p>\n<p>第三段</p>"));
        auto area = makeArea();
        area->documentController()->setAutosaveDelay(3600 * 1000);
        QVERIFY(area->openArticle(id));
        area->bodyEditor()->setFocus();
        QTest::keyClick(area->bodyEditor(), Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(area->bodyEditor(), Qt::Key_End);
        test::typeText(area->bodyEditor(), QStringLiteral("（我）"));
        typeAtEnd(*area, QStringLiteral("（我）"));
        saveElsewhere(id, QStringLiteral("<p>第一段（他）</p>\n<p>第二段（他）</p>\n<p>第三段</p>\n"));
        bool shown = false;
        // The real dialog, driven by the keyboard: one choice (the first paragraph), both sides
        // with what differs between them marked.
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto closeOnFailure = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            QCOMPARE(dialog->choiceCount(), 1);
            auto *box = dialog->findChild<QGroupBox *>(QStringLiteral("conflict0"));
            QVERIFY(box);
            QCOMPARE(box->title(), QStringLiteral("Paragraph 1"));
            auto *mine = dialog->findChild<QLabel *>(QStringLiteral("conflict0MineText"));
            auto *theirs = dialog->findChild<QLabel *>(QStringLiteral("conflict0TheirsText"));
            QVERIFY(mine && theirs);
            QVERIFY(mine->isVisible() && theirs->isVisible());
            QVERIFY2(mine->text().contains(QRegularExpression(QStringLiteral("<b style=[^>]*>我</b>"))), qPrintable(mine->text()));
            QVERIFY2(theirs->text().contains(QRegularExpression(QStringLiteral("<b style=[^>]*>他</b>"))), qPrintable(theirs->text()));
            QCOMPARE(mine->accessibleDescription(), QStringLiteral("第一段（我）"));
            QVERIFY(!dialog->findChild<QRadioButton *>(QStringLiteral("conflict0Mine"))->accessibleName().isEmpty());
            // Keyboard first: the first choice has the focus.
            QTRY_COMPARE(QApplication::focusWidget(), dialog->findChild<QRadioButton *>(QStringLiteral("conflict0Mine")));
            for (const QChar key : std::as_const(keys)) {
                Q_UNUSED(key);
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
            }
            shown = true;
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
        QSignalSpy messages(area.get(), &EditorArea::statusMessage);
        QVERIFY(area->saveNow());
        QVERIFY(shown);
        QVERIFY(!messages.isEmpty());
        QCOMPARE(messages.last().at(0).toString(), QStringLiteral("Saved your choices merged with 陈曲's version 2."));
        QCOMPARE(m_newsroom->load(id).bodyHtml, expected);
        QCOMPARE(test::bodyHtml(*area), expected);
        QCOMPARE(m_newsroom->load(id).version, 3);
        QVERIFY(!area->documentController()->isModified());
        RevisionRepository revisions(m_newsroom->database);
        QCOMPARE(revisions.latest(id)->note, QStringLiteral("Merged with 陈曲's version 2, overlapping edits chosen by hand"));
        QVERIFY(area->closeArticle());
    }
};

GALLEY_UI_TEST_MAIN(TestDocumentController)
#include "tst_documentcontroller.moc"
