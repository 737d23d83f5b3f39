// The history panel as a reviewer and an editor use it: comparing two revisions (the rendered
// text with insertions and deletions marked, and the HTML side by side), the revisions the
// editor's saves leave, and restoring an older revision without losing newer work.

#include "editortestsupport.h"

#include "document/canonicalhtml.h"
#include "editor/richtextedit.h"
#include "models/revisionmodel.h"
#include "review/diffrenderer.h"
#include "review/historypanel.h"
#include "storage/revisionrepository.h"

#include <QLabel>
#include <QTableView>
#include <QTextBlock>
#include <QTextBrowser>

using namespace galley;
using galley::test::Newsroom;

namespace {

struct Marked {
    QStringList inserted;
    QStringList deleted;
};

/// The stretches a reader sees marked in a diff view: green background (inserted) and struck
/// out (deleted), each trimmed.
Marked markedIn(const QTextDocument *document)
{
    Marked marked;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QString text = fragment.text().trimmed();
            if (text.isEmpty())
                continue;
            const QTextCharFormat format = fragment.charFormat();
            if (format.fontStrikeOut())
                marked.deleted.append(text);
            else if (format.background().style() != Qt::NoBrush
                     && format.background().color() == DiffRenderer::insertedBackground())
                marked.inserted.append(text);
        }
    }
    return marked;
}

} // namespace

class TestHistoryPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Newsroom> m_newsroom;
    std::unique_ptr<QWidget> m_window;
    EditorArea *m_area = nullptr;
    HistoryPanel *m_panel = nullptr;

    RichTextEdit *body() const { return m_area->bodyEditor(); }

    /// An article whose history holds \a first as revision 1 and \a second as revision 2.
    qint64 articleWithTwoRevisions(const QString &first, const QString &second)
    {
        const qint64 id = m_newsroom->addArticle(QStringLiteral("修订测试"), first);
        Article article = m_newsroom->load(id);
        RevisionRepository revisions(m_newsroom->database);
        if (revisions.record(article, RevisionKind::Save, QStringLiteral("甲"), QStringLiteral("初稿")) != 1)
            return 0;
        article.bodyHtml = Sanitizer::sanitize(second);
        if (ArticleRepository(m_newsroom->database).save(article) != ArticleRepository::SaveResult::Saved)
            return 0;
        article = m_newsroom->load(id);
        if (revisions.record(article, RevisionKind::Save, QStringLiteral("乙"), QStringLiteral("改稿")) != 2)
            return 0;
        return id;
    }

private Q_SLOTS:
    void init()
    {
        m_newsroom = std::make_unique<Newsroom>();
        m_window = std::make_unique<QWidget>();
        m_panel = test::addEditorAndPanel<HistoryPanel>(*m_window, *m_newsroom, QStringLiteral("编辑"), &m_area);
        m_panel->setUserName(QStringLiteral("编辑"));
        QVERIFY(test::showActive(*m_window));
    }

    void cleanup()
    {
        if (m_area)
            QVERIFY(m_area->closeArticle());
        m_window.reset();
        m_newsroom.reset();
    }

    void diffMarksChanges_data()
    {
        QTest::addColumn<QString>("older");
        QTest::addColumn<QString>("newer");
        QTest::addColumn<QStringList>("inserted");
        QTest::addColumn<QStringList>("deleted");

        QTest::newRow("nominal: Chinese characters inserted mid-sentence")
            << QStringLiteral("<p>会议强调要团结一致。</p>") << QStringLiteral("<p>会议再次强调要团结一致。</p>")
            << QStringList{QStringLiteral("再次")} << QStringList{};
        QTest::newRow("nominal: Chinese characters replaced, character by character")
            << QStringLiteral("<p>北京今天晴，气温二十度。</p>") << QStringLiteral("<p>北京今天多云，气温二十度。</p>")
            << QStringList{QStringLiteral("多云")} << QStringList{QStringLiteral("晴")};
        QTest::newRow("nominal: English words, word by word")
            << QStringLiteral("<p>The council met on Tuesday.</p>")
            << QStringLiteral("<p>The city council met on Wednesday.</p>")
            << QStringList{QStringLiteral("city"), QStringLiteral("Wednesday")} << QStringList{QStringLiteral("Tuesday")};
        QTest::newRow("nominal: a paragraph deleted")
            << QStringLiteral("<p>保留这段。</p>\n<p>删除这段。</p>") << QStringLiteral("<p>保留这段。</p>")
            << QStringList{} << QStringList{QStringLiteral("删除这段。")};
    }

    void diffMarksChanges()
    {
        QFETCH(QString, older);
        QFETCH(QString, newer);
        QFETCH(QStringList, inserted);
        QFETCH(QStringList, deleted);

        const qint64 id = articleWithTwoRevisions(older, newer);
        QVERIFY(id > 0);
        QVERIFY(m_area->openArticle(id));
        QCOMPARE(m_panel->model()->rowCount(), 2);

        // The user selects both revisions: the panel compares them.
        m_panel->view()->selectRow(0);
        m_panel->view()->selectionModel()->select(m_panel->model()->index(1, 0),
                                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QLabel *caption = m_panel->findChild<QLabel *>(QStringLiteral("diffCaption"));
        QVERIFY(caption);
        // The comparison is computed on a worker thread; the panel says so meanwhile.
        QTRY_VERIFY(!m_panel->isComparing());
        QVERIFY2(caption->text().startsWith(QStringLiteral("Revision 1 → revision 2")), qPrintable(caption->text()));

        const Marked marked = markedIn(m_panel->textDiffView()->document());
        QCOMPARE(marked.inserted, inserted);
        QCOMPARE(marked.deleted, deleted);

        // The source view shows both versions of the changed HTML line.
        const QString source = m_panel->sourceDiffView()->toPlainText();
        const QString lastOld = Sanitizer::sanitize(older).trimmed().split(QLatin1Char('\n')).last();
        const QString lastNew = Sanitizer::sanitize(newer).trimmed().split(QLatin1Char('\n')).last();
        QVERIFY2(source.contains(lastOld), qPrintable(source));
        QVERIFY2(source.contains(lastNew), qPrintable(source));
    }

    void longArticleShowsChangesInContext()
    {
        // 60 paragraphs; the newer revision changes one word in the middle one.
        QString older;
        QString newer;
        for (int i = 0; i < 60; ++i) {
            const QString paragraph = QStringLiteral("第%1段：记者从有关部门获悉，本市今年将新建和改扩建一批学校，增加学位供给。").arg(i);
            older += QStringLiteral("<p>%1</p>\n").arg(paragraph);
            newer += QStringLiteral("<p>%1</p>\n").arg(i == 30 ? QString(paragraph).replace(QStringLiteral("一批"), QStringLiteral("十所"))
                                                                 : paragraph);
        }
        const qint64 id = articleWithTwoRevisions(older, newer);
        QVERIFY(m_area->openArticle(id));
        QVERIFY(m_panel->compare(1, 2));
        QTRY_VERIFY(!m_panel->isComparing());
        const Marked marked = markedIn(m_panel->textDiffView()->document());
        QCOMPARE(marked.inserted, QStringList{QStringLiteral("十所")});
        QCOMPARE(marked.deleted, QStringList{QStringLiteral("一批")});
        // What did not change is left out, and the views say how much.
        const QString text = m_panel->textDiffView()->toPlainText();
        QVERIFY2(text.size() < CanonicalHtml::toPlainText(newer).size() / 3, qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("characters unchanged")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("第30段")));
        QVERIFY(!text.contains(QStringLiteral("第5段")));
        const QString source = m_panel->sourceDiffView()->toPlainText();
        QVERIFY2(source.contains(QStringLiteral("unchanged lines")), qPrintable(source));
        QVERIFY(source.contains(QStringLiteral("第29段")));
        QVERIFY(!source.contains(QStringLiteral("第5段")));
    }

    void savesLeaveRevisions()
    {
        const QString original = QStringLiteral("<p>原稿。</p>\n");
        const qint64 id = m_newsroom->addArticle(QStringLiteral("无历史"), original);
        const QString stored = m_newsroom->load(id).bodyHtml;
        QCOMPARE(stored, original);
        QVERIFY(m_area->openArticle(id));
        QCOMPARE(m_panel->model()->rowCount(), 0);
        body()->setFocus();
        QTRY_VERIFY(body()->hasFocus());
        QTest::keyClick(body(), Qt::Key_End, Qt::ControlModifier);
        test::typeText(body(), QStringLiteral("补充"));
        m_area->saveAction()->trigger(); // Ctrl+S

        const QList<Revision> list = RevisionRepository(m_newsroom->database).list(id);
        QCOMPARE(list.size(), 2);
        const std::optional<Revision> baseline = RevisionRepository(m_newsroom->database).load(id, list.first().number);
        QVERIFY(baseline);
        QCOMPARE(baseline->bodyHtml, stored); // the text before the first edit is kept
        const std::optional<Revision> saved = RevisionRepository(m_newsroom->database).latest(id);
        QVERIFY(saved && saved->named);
        QCOMPARE(saved->bodyHtml, QStringLiteral("<p>原稿。补充</p>\n"));
        QCOMPARE(m_panel->model()->rowCount(), 2);
    }

    void restoreAsksFirstAndKeepsEverything()
    {
        const qint64 id = articleWithTwoRevisions(QStringLiteral("<p>第一版。</p>"), QStringLiteral("<p>第二版。</p>"));
        QVERIFY(id > 0);
        QVERIFY(m_area->openArticle(id));
        body()->setFocus();
        QTRY_VERIFY(body()->hasFocus());
        QTest::keyClick(body(), Qt::Key_End, Qt::ControlModifier);
        test::typeText(body(), QStringLiteral("未存"));
        QVERIFY(m_area->documentController()->isModified());

        // Declined: nothing happens, the unsaved edit is still in the editor.
        QString shown;
        m_panel->setRestoreConfirmation([&](const Revision &, const QString &diffHtml) {
            shown = diffHtml;
            return false;
        });
        QVERIFY(!m_panel->restore(1));
        // What would go is shown struck out, what would come back marked as inserted.
        QTextDocument shownDocument;
        shownDocument.setHtml(shown);
        const Marked marked = markedIn(&shownDocument);
        QVERIFY2(marked.deleted.join(QString()).contains(QStringLiteral("未存")), qPrintable(shown));
        QVERIFY2(marked.inserted.join(QString()).contains(QStringLiteral("一")), qPrintable(shown));
        QCOMPARE(test::bodyHtml(*m_area), QStringLiteral("<p>第二版。未存</p>\n"));
        QCOMPARE(RevisionRepository(m_newsroom->database).count(id), 2);

        // Accepted: revision 1 is the text again, and the unsaved edit is in the history.
        m_panel->setRestoreConfirmation([](const Revision &, const QString &) { return true; });
        QVERIFY(m_panel->restore(1));
        QCOMPARE(test::bodyHtml(*m_area), QStringLiteral("<p>第一版。</p>\n"));
        QCOMPARE(m_newsroom->load(id).bodyHtml, QStringLiteral("<p>第一版。</p>\n"));
        const QList<Revision> list = RevisionRepository(m_newsroom->database).list(id);
        bool keptUnsaved = false;
        for (const Revision &entry : list) {
            const std::optional<Revision> full = RevisionRepository(m_newsroom->database).load(id, entry.number);
            keptUnsaved = keptUnsaved || (full && full->bodyHtml.contains(QStringLiteral("未存")));
        }
        QVERIFY(keptUnsaved);
        QCOMPARE(RevisionRepository(m_newsroom->database).latest(id)->bodyHtml, QStringLiteral("<p>第一版。</p>\n"));
        QVERIFY(!m_area->documentController()->isModified());
        QCOMPARE(m_panel->model()->rowCount(), int(list.size()));
    }

    void restoreNeverReplacesNewerStoredWork()
    {
        const qint64 id = articleWithTwoRevisions(QStringLiteral("<p>旧稿。</p>"), QStringLiteral("<p>中稿。</p>"));
        QVERIFY(id > 0);
        QVERIFY(m_area->openArticle(id));
        // Someone else saves a newer text while this editor has the article open.
        Article theirs = m_newsroom->load(id);
        theirs.bodyHtml = QStringLiteral("<p>别人的新稿。</p>\n");
        QCOMPARE(ArticleRepository(m_newsroom->database).save(theirs), ArticleRepository::SaveResult::Saved);

        m_panel->setRestoreConfirmation([](const Revision &, const QString &) { return true; });
        QVERIFY(!m_panel->restore(1));
        QCOMPARE(m_newsroom->load(id).bodyHtml, QStringLiteral("<p>别人的新稿。</p>\n"));
    }

    void reviewerComparesButDoesNotRestore()
    {
        const qint64 id = articleWithTwoRevisions(QStringLiteral("<p>甲稿。</p>"), QStringLiteral("<p>乙稿。</p>"));
        QVERIFY(m_area->openArticle(id));
        m_area->setReadOnly(true);
        m_panel->setReadOnly(true);
        m_panel->setRestoreConfirmation([](const Revision &, const QString &) { return true; });
        QVERIFY(m_panel->compare(1, 2));
        QVERIFY(!m_panel->restore(1));
        QCOMPARE(m_newsroom->load(id).bodyHtml, QStringLiteral("<p>乙稿。</p>\n"));
    }
};

GALLEY_UI_TEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"
