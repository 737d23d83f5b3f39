// The copy desk in the editor: the sample wire copy's half-width punctuation and unfinished
// paragraphs underlined where they are (the layout's formats), in the title too; a fix, "Fix
// All" undone by one Undo, "Ignore", underlines that follow typing before them; Hunspell on an
// English article and never on Chinese; the panel that lists and jumps.

#include "editortestsupport.h"

#include "editor/copydeskchecker.h"
#include "editor/editoractions.h"
#include "editor/richtextedit.h"
#include "importing/importer.h"
#include "lint/spellchecker.h"
#include "editor/copydeskmemory.h"
#include "review/copydeskpanel.h"
#include "storage/copydeskrepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>
#include <QTreeWidget>

using namespace galley;
using namespace galley::test;

namespace {

constexpr int SampleHalfwidth = 57; // 52 commas, 3 semicolons, "(" and ")" (tests/lint)

/// The underlined ranges of the body as [document start, end) with their colour, from the
/// layout formats the highlighter gave each paragraph.
struct Underline {
    int start = 0;
    int end = 0;
    QColor colour;
};

QList<Underline> underlines(const QTextDocument *document)
{
    QList<Underline> found;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.format.underlineStyle() == QTextCharFormat::WaveUnderline)
                found.append({ block.position() + range.start, block.position() + range.start + range.length,
                    range.format.underlineColor() });
        }
    }
    return found;
}

QString textOf(const QTextDocument *document, const Underline &underline)
{
    QTextCursor cursor(const_cast<QTextDocument *>(document));
    cursor.setPosition(underline.start);
    cursor.setPosition(underline.end, QTextCursor::KeepAnchor);
    return cursor.selectedText();
}

/// Pixels of the error red in \a widget as drawn now (its text is black: they are underlines).
int redPixels(QWidget *widget)
{
    const QImage image = widget->grab().toImage();
    int red = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            red += c.red() - c.green() > 60 && c.red() - c.blue() > 60 ? 1 : 0; // antialiased red
        }
    }
    return red;
}

QAction *actionNamed(QMenu &menu, const QString &name)
{
    for (QAction *action : menu.actions()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

} // namespace

class TestCopyDesk : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Newsroom> m_newsroom;
    std::unique_ptr<QWidget> m_window;
    EditorArea *m_area = nullptr;
    CopyDeskPanel *m_panel = nullptr;

    RichTextEdit *body() const { return m_area->bodyEditor(); }
    CopyDeskChecker *desk() const { return m_area->copyDesk(); }

    bool openSample()
    {
        const ImportResult imported
            = Importer::readFile(QStringLiteral(GALLEY_TEST_DATA "/wire-nmg-cadres-2025-03-18.txt"));
        if (!imported.ok)
            return false;
        const qint64 id = m_newsroom->addArticle(imported.article.title, imported.article.bodyHtml);
        return id > 0 && m_area->openArticle(id);
    }

    bool open(const QString &title, const QString &html)
    {
        const qint64 id = m_newsroom->addArticle(title, html);
        return id > 0 && m_area->openArticle(id);
    }

    QList<CopyDeskChecker::Located> bodyFindings(std::optional<LintRule> rule = std::nullopt) const
    {
        QList<CopyDeskChecker::Located> found;
        for (const CopyDeskChecker::Located &located : desk()->findings()) {
            if (located.field == CopyDeskChecker::Field::Body && !located.finding.isSpelling()
                && (!rule || located.finding.rule == *rule))
                found.append(located);
        }
        return found;
    }

private Q_SLOTS:
    void init()
    {
        m_newsroom = std::make_unique<Newsroom>();
        m_window = std::make_unique<QWidget>();
        auto *layout = new QHBoxLayout(m_window.get());
        m_area = new EditorArea(m_newsroom->database, m_window.get());
        m_area->setViewMode(EditorArea::ViewMode::EditorOnly);
        m_area->setUserName(QStringLiteral("校对员"));
        m_panel = new CopyDeskPanel(m_area, m_window.get());
        layout->addWidget(m_area, 2);
        layout->addWidget(m_panel, 1);
        QVERIFY(showActive(*m_window));
    }

    void cleanup()
    {
        if (m_area)
            QVERIFY(m_area->closeArticle());
        m_window.reset();
        m_newsroom.reset();
        m_area = nullptr;
    }

    void sampleIsUnderlined()
    {
        QVERIFY(openSample());
        QTRY_VERIFY(desk()->isIdle());
        const QTextDocument *document = body()->document();
        const QList<Underline> lines = underlines(document);
        QStringList texts;
        for (const Underline &line : lines)
            texts.append(textOf(document, line));
        QCOMPARE(texts.count(QStringLiteral(",")), 52);
        QCOMPARE(texts.count(QStringLiteral(";")), 3);
        QCOMPARE(bodyFindings(LintRule::HalfwidthPunctuation).size(), SampleHalfwidth);
        // Each underlined comma sits between Chinese text (or after "3/4"), in red: an error.
        for (const Underline &line : lines) {
            if (textOf(document, line) == QStringLiteral(",")) {
                QCOMPARE(line.colour, CopyDeskStyle::colour(bodyFindings(LintRule::HalfwidthPunctuation).first().finding));
                QCOMPARE(line.colour, QColor(214, 40, 40));
            }
        }
        // The two unfinished paragraphs: their last characters, amber (a warning).
        const QList<CopyDeskChecker::Located> ends = bodyFindings(LintRule::ParagraphEnd);
        QCOMPARE(ends.size(), 2);
        QStringList endTexts;
        for (const CopyDeskChecker::Located &end : ends) {
            endTexts.append(end.cursor.selectedText());
            const auto underlined = std::find_if(lines.cbegin(), lines.cend(),
                [&](const Underline &line) { return line.start == end.start && line.end == end.end; });
            QVERIFY2(underlined != lines.cend(), qPrintable(end.cursor.selectedText()));
            QCOMPARE(underlined->colour, QColor(230, 145, 0));
        }
        QCOMPARE(endTexts, (QStringList { QStringLiteral("名"), QStringLiteral("排") }));
        // The title's comma ("现职,448名") is a finding of the title field.
        const QList<CopyDeskChecker::Located> all = desk()->findings();
        const auto title = std::find_if(all.cbegin(), all.cend(),
            [](const CopyDeskChecker::Located &l) { return l.field == CopyDeskChecker::Field::Title; });
        QVERIFY(title != all.cend());
        QCOMPARE(m_area->fieldsForm()->titleField()->text().mid(title->start, title->end - title->start), QStringLiteral(","));
        QVERIFY(!m_area->documentController()->isModified()); // underlines are not edits

        // The title's comma is drawn underlined, for an editor and for a reviewer (read-only);
        // without the finding nothing red is drawn (the text is black).
        QLineEdit *titleField = m_area->fieldsForm()->titleField();
        const QString original = titleField->text();
        QVERIFY(redPixels(titleField) > 0);
        m_area->setReadOnly(true);
        QVERIFY(titleField->isReadOnly());
        titleField->setText(QStringLiteral("不适宜担任现职，448名干部被调整"));
        QTRY_VERIFY(desk()->isIdle());
        QCOMPARE(redPixels(titleField), 0);
        titleField->setText(original);
        QTRY_VERIFY(desk()->isIdle());
        QVERIFY(redPixels(titleField) > 0);
        QVERIFY(titleField->isReadOnly());
        m_area->setReadOnly(false);
    }

    void hoverSaysTheMessage()
    {
        QVERIFY(openSample());
        QTRY_VERIFY(desk()->isIdle());
        const CopyDeskChecker::Located comma = bodyFindings(LintRule::HalfwidthPunctuation).first();
        QTextCursor at(body()->document());
        at.setPosition(comma.start);
        const QRect before = body()->cursorRect(at);
        at.setPosition(comma.end);
        const QPoint middle((before.left() + body()->cursorRect(at).left()) / 2, before.center().y());
        QHelpEvent help(QEvent::ToolTip, middle, body()->viewport()->mapToGlobal(middle));
        QCoreApplication::sendEvent(body()->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), comma.finding.message);
        QVERIFY(comma.finding.message.contains(QStringLiteral("，")));
        QToolTip::hideText();
    }

    void fixAllIsOneUndoStep()
    {
        QVERIFY(openSample());
        QTRY_VERIFY(desk()->isIdle());
        const QString before = body()->document()->toPlainText();
        const CopyDeskChecker::Located comma = bodyFindings(LintRule::HalfwidthPunctuation).first();

        QMenu menu;
        desk()->addMenuActions(&menu, CopyDeskChecker::Field::Body, comma.start);
        QAction *fixAll = actionNamed(menu, QStringLiteral("copyDeskFixAll"));
        QVERIFY(fixAll);
        QVERIFY(actionNamed(menu, QStringLiteral("copyDeskFix")));
        QVERIFY(actionNamed(menu, QStringLiteral("copyDeskIgnore")));
        fixAll->trigger();
        const QString fixed = body()->document()->toPlainText();
        QVERIFY(fixed != before);
        QVERIFY(fixed.contains(QStringLiteral("近3/4，开到旗县的会议减少48.4%；自治区")));
        QTRY_VERIFY(desk()->isIdle());
        QCOMPARE(bodyFindings(LintRule::HalfwidthPunctuation).size(), 0);
        QCOMPARE(bodyFindings(LintRule::ParagraphEnd).size(), 2); // not of this kind

        QVERIFY(m_area->actions()->undo->isEnabled());
        m_area->actions()->undo->trigger(); // Ctrl+Z, once
        QCOMPARE(body()->document()->toPlainText(), before);
        QTRY_VERIFY(desk()->isIdle());
        QCOMPARE(bodyFindings(LintRule::HalfwidthPunctuation).size(), SampleHalfwidth);
    }

    void singleFixAndIgnore()
    {
        QVERIFY(openSample());
        QTRY_VERIFY(desk()->isIdle());
        const QList<CopyDeskChecker::Located> commas = bodyFindings(LintRule::HalfwidthPunctuation);
        {
            QMenu menu;
            desk()->addMenuActions(&menu, CopyDeskChecker::Field::Body, commas.at(0).start);
            QAction *fix = actionNamed(menu, QStringLiteral("copyDeskFix"));
            QVERIFY(fix);
            QVERIFY(fix->text().contains(QStringLiteral("，")));
            fix->trigger();
        }
        QCOMPARE(body()->document()->characterAt(commas.at(0).start), QChar(0xFF0C));
        QTRY_VERIFY(desk()->isIdle());
        QCOMPARE(bodyFindings(LintRule::HalfwidthPunctuation).size(), SampleHalfwidth - 1);

        const CopyDeskChecker::Located second = bodyFindings(LintRule::HalfwidthPunctuation).first();
        {
            QMenu menu;
            desk()->addMenuActions(&menu, CopyDeskChecker::Field::Body, second.start);
            actionNamed(menu, QStringLiteral("copyDeskIgnore"))->trigger();
        }
        QCOMPARE(bodyFindings(LintRule::HalfwidthPunctuation).size(), SampleHalfwidth - 2);
        // Still ignored after the paragraph is checked again (an edit elsewhere in it).
        QTextCursor cursor(body()->document()->findBlock(second.start));
        cursor.movePosition(QTextCursor::EndOfBlock);
        body()->setTextCursor(cursor);
        typeText(body(), QStringLiteral("啊"));
        QTRY_VERIFY(desk()->isIdle());
        QCOMPARE(bodyFindings(LintRule::HalfwidthPunctuation).size(), SampleHalfwidth - 2);
        QVERIFY(!desk()->findingAt(CopyDeskChecker::Field::Body, second.cursor.selectionStart()));
    }

    // "Fix All" next to an ignored comma: the comma is left, and stays ignored although the fix
    // changed the text around it (its new key is the newsroom's too, for galley lint).
    void fixAllKeepsAnIgnoredNeighbourIgnored()
    {
        QVERIFY(open(QStringLiteral("减负"), QStringLiteral("<p>他们说,我们,大家都好。</p>")));
        const qint64 id = m_area->currentArticleId();
        QTRY_VERIFY(desk()->isIdle());
        const QList<CopyDeskChecker::Located> commas = bodyFindings(LintRule::HalfwidthPunctuation);
        QCOMPARE(commas.size(), 2);
        {
            QMenu menu;
            desk()->addMenuActions(&menu, CopyDeskChecker::Field::Body, commas.at(0).start);
            actionNamed(menu, QStringLiteral("copyDeskIgnore"))->trigger();
        }
        {
            QMenu menu;
            desk()->addMenuActions(&menu, CopyDeskChecker::Field::Body, commas.at(1).start);
            actionNamed(menu, QStringLiteral("copyDeskFixAll"))->trigger();
        }
        QCOMPARE(body()->document()->toPlainText(), QStringLiteral("他们说,我们，大家都好。"));
        QTRY_VERIFY(desk()->isIdle());
        QCOMPARE(bodyFindings(LintRule::HalfwidthPunctuation).size(), 0);
        QCOMPARE(CopyDeskRepository(m_newsroom->database).ignoredFindings(id)->size(), 2);
    }

    // Ignore is the newsroom's: the same article opened again by another desk (a second
    // Galley on the same newsroom) shows the finding ignored as well, and other articles not.
    void ignoreIsRememberedInTheNewsroom()
    {
        QVERIFY(openSample());
        const qint64 id = m_area->currentArticleId();
        QTRY_VERIFY(desk()->isIdle());
        const CopyDeskChecker::Located comma = bodyFindings(LintRule::HalfwidthPunctuation).first();
        {
            QMenu menu;
            desk()->addMenuActions(&menu, CopyDeskChecker::Field::Body, comma.start);
            actionNamed(menu, QStringLiteral("copyDeskIgnore"))->trigger();
        }
        QCOMPARE(bodyFindings(LintRule::HalfwidthPunctuation).size(), SampleHalfwidth - 1);
        QCOMPARE(CopyDeskRepository(m_newsroom->database).ignoredFindings(id)->size(), 1);

        Database other;
        QCOMPARE(other.open(m_newsroom->path()), Database::Status::Ok);
        QWidget window;
        auto *area = new EditorArea(other, &window);
        (new QVBoxLayout(&window))->addWidget(area);
        QVERIFY(area->openArticle(id));
        QTRY_VERIFY(area->copyDesk()->isIdle());
        int commas = 0;
        for (const CopyDeskChecker::Located &located : area->copyDesk()->findings())
            commas += located.field == CopyDeskChecker::Field::Body && !located.finding.isSpelling()
                && located.finding.rule == LintRule::HalfwidthPunctuation;
        QCOMPARE(commas, SampleHalfwidth - 1);
        QVERIFY(!area->copyDesk()->findingAt(CopyDeskChecker::Field::Body, comma.start));
        // The same text in another article is its own matter.
        QVERIFY(openSample());
        QTRY_VERIFY(desk()->isIdle());
        QCOMPARE(bodyFindings(LintRule::HalfwidthPunctuation).size(), SampleHalfwidth);
        QVERIFY(area->closeArticle());
    }

    // "Add to Newsroom Dictionary": the word is no longer underlined, here and in every article
    // another desk opens; galley lint and the editor read the same list.
    void newsroomDictionary()
    {
        QVERIFY2(SpellChecker(QStringLiteral("en")).isValid(), "install hunspell-en-us");
        const QString html = QStringLiteral("<p>Herders near Xilinhot and Erenhot met on Tuesday.</p>");
        QVERIFY(open(QStringLiteral("Herders meet"), html));
        QTRY_VERIFY(desk()->isIdle());
        const auto misspelt = [](CopyDeskChecker *checker) {
            QStringList words;
            for (const CopyDeskChecker::Located &located : checker->findings()) {
                if (located.finding.isSpelling())
                    words.append(located.cursor.selectedText());
            }
            return words;
        };
        QCOMPARE(misspelt(desk()), (QStringList { QStringLiteral("Xilinhot"), QStringLiteral("Erenhot") }));
        const CopyDeskChecker::Located xilinhot = desk()->findings().first();
        {
            QMenu menu;
            desk()->addMenuActions(&menu, CopyDeskChecker::Field::Body, xilinhot.start + 1);
            QAction *add = actionNamed(menu, QStringLiteral("copyDeskAddWord"));
            QVERIFY(add);
            QVERIFY(add->isEnabled());
            QVERIFY2(add->text().contains(QStringLiteral("Xilinhot")), qPrintable(add->text()));
            add->trigger();
        }
        QTRY_COMPARE(misspelt(desk()), QStringList { QStringLiteral("Erenhot") });
        QCOMPARE(CopyDeskRepository(m_newsroom->database).dictionaryWords(), QStringList { QStringLiteral("Xilinhot") });

        // Another desk, another English article: the word is known there too.
        Database other;
        QCOMPARE(other.open(m_newsroom->path()), Database::Status::Ok);
        QWidget window;
        auto *area = new EditorArea(other, &window);
        (new QVBoxLayout(&window))->addWidget(area);
        QVERIFY(area->openArticle(m_newsroom->addArticle(QStringLiteral("Xilinhot herders"),
            QStringLiteral("<p>The Xilinhot herders recieved the rules.</p>"))));
        QTRY_VERIFY(area->copyDesk()->isIdle());
        QCOMPARE(misspelt(area->copyDesk()), QStringList { QStringLiteral("recieved") });
        QVERIFY(area->closeArticle());
    }

    // An article in British English: its spellings are right with en_GB and wrong with en_US;
    // the choice is the article's, kept in the newsroom, made in the Copy Desk panel.
    void britishArticle()
    {
        QVERIFY2(SpellChecker(QStringLiteral("en-GB")).isValid(), "install hunspell-en-gb");
        QVERIFY(open(QStringLiteral("Grassland colour"),
            QStringLiteral("<p>The colour of the grassland is a favourite topic; herders organise the harvest.</p>")));
        const qint64 id = m_area->currentArticleId();
        QTRY_VERIFY(desk()->isIdle());
        QCOMPARE(desk()->dictionary(), QStringLiteral("en_US"));
        const auto spelling = [this] {
            QStringList words;
            for (const CopyDeskChecker::Located &located : desk()->findings()) {
                if (located.finding.isSpelling() && located.field == CopyDeskChecker::Field::Body)
                    words.append(located.cursor.selectedText());
            }
            return words;
        };
        QVERIFY2(spelling() == (QStringList { QStringLiteral("colour"), QStringLiteral("favourite"), QStringLiteral("organise") }),
            qPrintable(spelling().join(u' ')));

        auto *language = m_panel->findChild<QComboBox *>(QStringLiteral("copyDeskLanguage"));
        QVERIFY(language);
        QVERIFY(language->isEnabled());
        QCOMPARE(language->currentIndex(), 0); // by the text
        const int british = language->findData(QStringLiteral("en-GB"));
        QVERIFY(british > 0);
        QVERIFY(QMetaObject::invokeMethod(language, "activated", Q_ARG(int, british)));
        QCOMPARE(CopyDeskRepository(m_newsroom->database).articleLanguage(id), QStringLiteral("en-GB"));
        QTRY_VERIFY(desk()->isIdle());
        QCOMPARE(desk()->dictionary(), QStringLiteral("en_GB"));
        QTRY_COMPARE(spelling(), QStringList());

        // Opened again (another article in between): still British.
        QVERIFY(open(QStringLiteral("其他"), QStringLiteral("<p>草原牧民。</p>")));
        QTRY_VERIFY(desk()->isIdle());
        QCOMPARE(language->currentIndex(), 0);
        QVERIFY(m_area->openArticle(id));
        QTRY_VERIFY(desk()->isIdle());
        QCOMPARE(desk()->dictionary(), QStringLiteral("en_GB"));
        QCOMPARE(language->currentIndex(), british);
        QCOMPARE(spelling(), QStringList());
    }

    void underlinesFollowTyping()
    {
        QVERIFY(openSample());
        QTRY_VERIFY(desk()->isIdle());
        const CopyDeskChecker::Located comma = bodyFindings(LintRule::HalfwidthPunctuation).first();
        const QTextBlock block = body()->document()->findBlock(comma.start);
        const int offset = comma.start - block.position();
        QTextCursor cursor(block);
        body()->setTextCursor(cursor);
        body()->setFocus();
        typeText(body(), QStringLiteral("据报道"));
        // At once, before the paragraph is checked again: the underline moved with its comma.
        const auto underlinedAt = [&](int position) {
            for (const Underline &line : underlines(body()->document())) {
                if (line.start == position && line.end == position + 1)
                    return true;
            }
            return false;
        };
        QCOMPARE(body()->document()->characterAt(block.position() + offset + 3), QLatin1Char(','));
        QVERIFY(underlinedAt(block.position() + offset + 3));
        QVERIFY(!underlinedAt(block.position() + offset));
        QTRY_VERIFY(desk()->isIdle());
        QVERIFY(underlinedAt(block.position() + offset + 3));
        QCOMPARE(bodyFindings(LintRule::HalfwidthPunctuation).size(), SampleHalfwidth);

        // Typing a comma between Chinese characters is underlined once the check arrives.
        typeText(body(), QStringLiteral(","));
        QTRY_VERIFY(desk()->isIdle());
        QVERIFY(underlinedAt(block.position() + 3));
        QCOMPARE(bodyFindings(LintRule::HalfwidthPunctuation).size(), SampleHalfwidth + 1);
    }

    // The underlines are drawn on the layout, not written into the text: when the check of what
    // was typed arrives and the underlines change, the article is not edited again, so the
    // preview is not rebuilt and autosave is not started again (a trial from outside saw the
    // preview repaint seconds after typing had stopped).
    void underlinesAreNotEdits()
    {
        QVERIFY(openSample());
        QTRY_VERIFY(desk()->isIdle());
        body()->setTextCursor(QTextCursor(body()->document()->findBlock(0)));
        body()->setFocus();
        QSignalSpy edits(m_area->documentController(), &DocumentController::contentChanged);
        typeText(body(), QStringLiteral("据,报道"));
        const int typed = int(edits.size());
        QVERIFY(typed > 0);
        QTRY_VERIFY(desk()->isIdle());
        QTest::qWait(300);
        QCOMPARE(int(edits.size()), typed);
    }

    void hunspellOnEnglishOnly()
    {
        QVERIFY2(SpellChecker(QStringLiteral("en")).isValid(), "install hunspell-en-us");
        QVERIFY(open(QStringLiteral("Herders receive new grazing rules"),
            QStringLiteral("<p>Herders in Inner Mongolia did not recieve the new grazing rules until March, "
                           "officials said on Tuesday.</p><p>草原牧民三月才收到新规定。</p>")));
        QTRY_VERIFY(desk()->isIdle());
        QCOMPARE(desk()->dictionary(), QStringLiteral("en_US"));
        QList<CopyDeskChecker::Located> spelling;
        for (const CopyDeskChecker::Located &located : desk()->findings()) {
            if (located.finding.isSpelling())
                spelling.append(located);
        }
        QCOMPARE(spelling.size(), 1);
        QCOMPARE(spelling.first().cursor.selectedText(), QStringLiteral("recieve"));
        const QList<Underline> lines = underlines(body()->document());
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(),
            [&](const Underline &line) { return line.start == spelling.first().start && line.end == spelling.first().end; }));
        QMenu menu;
        desk()->addMenuActions(&menu, CopyDeskChecker::Field::Body, spelling.first().start + 2);
        QStringList suggestions;
        for (QAction *action : menu.actions()) {
            if (action->objectName() == QStringLiteral("copyDeskSuggestion"))
                suggestions.append(action->text());
        }
        QVERIFY2(suggestions.contains(QStringLiteral("receive")), qPrintable(suggestions.join(u' ')));
        actionNamed(menu, QStringLiteral("copyDeskSuggestion"))->trigger();
        QVERIFY(body()->document()->toPlainText().contains(QStringLiteral("did not ") + suggestions.first() + u' '));

        // A Chinese article: its Latin words are names and abbreviations, never spell-checked.
        QVERIFY(open(QStringLiteral("牧民收到新规定"),
            QStringLiteral("<p>内蒙古牧民recieve了新规定，APP上也能查到，Xilinhot的牧民说。</p>")));
        QTRY_VERIFY(desk()->isIdle());
        QVERIFY(desk()->dictionary().isEmpty());
        for (const CopyDeskChecker::Located &located : desk()->findings())
            QVERIFY(!located.finding.isSpelling());
    }

    void missingDictionaryIsSaidOnce()
    {
        // A dictionary no system has (en_ZZ): said once, no underline per word.
        RichTextEdit body;
        QLineEdit title;
        QLineEdit subtitle;
        CopyDeskChecker checker(&body, &title, &subtitle);
        QSignalSpy said(&checker, &CopyDeskChecker::statusMessage);
        body.setPlainText(QStringLiteral("The herders did not recieve the rules."));
        checker.setArticle(1, QStringLiteral("en-ZZ"));
        QTRY_VERIFY(checker.isIdle());
        QTextCursor end(body.document());
        end.movePosition(QTextCursor::End);
        end.insertText(QStringLiteral(" Nor did thier neighbours."));
        QTRY_VERIFY(checker.isIdle());
        QCOMPARE(said.size(), 1);
        QVERIFY(said.first().first().toString().contains(QStringLiteral("en_ZZ")));
        QVERIFY(checker.findings().isEmpty());
    }

    void panelListsAndJumps()
    {
        QVERIFY(openSample());
        QTRY_VERIFY(desk()->isIdle());
        m_panel->refresh();
        QTreeWidget *view = m_panel->view();
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view->topLevelItemCount(), 2); // half-width punctuation, paragraph end
        QTreeWidgetItem *halfwidth = nullptr;
        for (int i = 0; i < view->topLevelItemCount(); ++i) {
            if (view->topLevelItem(i)->childCount() == SampleHalfwidth + 1) // the title's comma too
                halfwidth = view->topLevelItem(i);
        }
        QVERIFY(halfwidth);
        QVERIFY(halfwidth->text(0).contains(QString::number(SampleHalfwidth + 1)));
        QVERIFY(halfwidth->child(0)->text(0).startsWith(QStringLiteral("Title: ")));
        QVERIFY(!view->accessibleName().isEmpty());

        // Enter on a row selects its text in the editor.
        QTreeWidgetItem *row = halfwidth->child(4);
        const std::optional<CopyDeskChecker::Located> located = m_panel->findingOf(row);
        QVERIFY(located);
        view->setFocus();
        halfwidth->setExpanded(true);
        view->setCurrentItem(row);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(body()->textCursor().selectionStart(), located->start);
        QCOMPARE(body()->textCursor().selectedText(), located->cursor.selectedText());
        QVERIFY(body()->hasFocus());

        // "Fix All of This Kind" from the panel: the list empties of that kind, the title too.
        view->setCurrentItem(halfwidth);
        QVERIFY(m_panel->fixAllButton()->isEnabled());
        m_panel->fixAllButton()->click();
        QTRY_VERIFY(desk()->isIdle());
        QCOMPARE(m_area->fieldsForm()->titleField()->text(), QStringLiteral("不适宜担任现职，448名干部被调整"));
        m_panel->refresh();
        QCOMPARE(view->topLevelItemCount(), 1);
        QCOMPARE(view->topLevelItem(0)->childCount(), 2);
    }
};

GALLEY_UI_TEST_MAIN(TestCopyDesk)
#include "tst_copydesk.moc"
