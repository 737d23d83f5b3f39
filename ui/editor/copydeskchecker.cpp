#include "copydeskchecker.h"

#include "copydeskhighlighter.h"
#include "document/documentformat.h"
#include "lineeditunderline.h"
#include "lint/linter.h"
#include "lint/spellchecker.h"
#include "richtextedit.h"

#include <QLineEdit>
#include <QMenu>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

#include <algorithm>

namespace galley {

namespace {

// Typing a word is a burst of edits: checked once they pause this long (or every this long).
constexpr int CheckDelay = 60;

TextBlockKind kindOf(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    switch (DocumentFormat::BlockRole(format.intProperty(DocumentFormat::BlockRoleProperty))) {
    case DocumentFormat::BlockRole::Figure:
        return TextBlockKind::Figure;
    case DocumentFormat::BlockRole::FigureCaption:
        return TextBlockKind::Caption;
    case DocumentFormat::BlockRole::Body:
        break;
    }
    if (format.headingLevel() > 0)
        return TextBlockKind::Heading;
    if (block.textList())
        return TextBlockKind::ListItem;
    return TextBlockKind::Paragraph;
}

LintParagraph paragraphOf(const QTextBlock &block)
{
    LintParagraph paragraph;
    paragraph.kind = kindOf(block);
    const QString next = block.next().isValid() ? block.next().text().trimmed() : QString();
    paragraph.quotationContinues = next.startsWith(QChar(0x201C)) || next.startsWith(QChar(0x300C));
    return paragraph;
}

QList<CopyDeskFinding> check(
    QStringView text, const LintParagraph &paragraph, const HouseStyle &style, const SpellChecker *speller)
{
    QList<CopyDeskFinding> found;
    if (paragraph.kind == TextBlockKind::Figure || paragraph.kind == TextBlockKind::Rule)
        return found;
    for (const LintFinding &finding : Linter::lintParagraph(text, paragraph, style)) {
        found.append({ CopyDeskFinding::Kind::Style, finding.rule, finding.severity, int(finding.start),
            int(finding.end), finding.message, finding.fix, {} });
    }
    if (speller) {
        // Suggestions are asked for when the menu opens, not at every check.
        for (const LintFinding &word : Linter::spellParagraph(text, *speller, style)) {
            found.append({ CopyDeskFinding::Kind::Spelling, word.rule, word.severity, int(word.start), int(word.end),
                word.message, std::nullopt, {} });
        }
    }
    std::stable_sort(found.begin(), found.end(),
        [](const CopyDeskFinding &a, const CopyDeskFinding &b) { return a.start < b.start; });
    return found;
}

} // namespace

struct CopyDeskChecker::Job {
    struct Paragraph {
        int number = 0;
        QString text;
        LintParagraph paragraph;
    };
    quint64 generation = 0;
    QList<Paragraph> paragraphs;
    bool fields = false;
    QString title;
    QString subtitle;
    HouseStyle style;
    QString dictionary;
    QStringList words;
    std::shared_ptr<SpellChecker> speller;
};

struct CopyDeskChecker::Result {
    Job job;
    QList<QList<CopyDeskFinding>> found;
    QList<CopyDeskFinding> title;
    QList<CopyDeskFinding> subtitle;
};

CopyDeskChecker::CopyDeskChecker(RichTextEdit *body, QLineEdit *title, QLineEdit *subtitle, QObject *parent)
    : QObject(parent)
    , m_body(body)
    , m_title(title)
    , m_subtitle(subtitle)
{
    m_pool.setMaxThreadCount(1);
    m_highlighter = new CopyDeskHighlighter(body->document());
    m_highlighter->setParent(this);
    m_titleUnderline = new LineEditUnderline(title);
    m_subtitleUnderline = new LineEditUnderline(subtitle);
    m_delay.setSingleShot(true);
    m_delay.setInterval(CheckDelay);
    connect(&m_delay, &QTimer::timeout, this, &CopyDeskChecker::start);

    QTextDocument *document = body->document();
    connect(document, &QTextDocument::contentsChange, this,
        [this](int position, int, int added) { markDirty(position, position + added); });
    connect(m_highlighter, &CopyDeskHighlighter::findingsMoved, this, &CopyDeskChecker::findingsChanged);
    for (LineEditUnderline *underline : { m_titleUnderline, m_subtitleUnderline })
        connect(underline, &LineEditUnderline::findingsMoved, this, &CopyDeskChecker::findingsChanged);
    for (QLineEdit *field : { title, subtitle }) {
        connect(field, &QLineEdit::textChanged, this, [this] {
            m_fieldsDirty = true;
            schedule();
        });
        field->installEventFilter(this);
    }
    body->viewport()->installEventFilter(this);
    connect(body, &RichTextEdit::contextMenuAboutToShow, this,
        [this](QMenu *menu, int position) { addMenuActions(menu, Field::Body, position); });
}

CopyDeskChecker::~CopyDeskChecker()
{
    m_pool.waitForDone();
}

void CopyDeskChecker::setArticle(qint64 articleId, const QString &language, const QSet<QString> &ignored)
{
    ++m_generation;
    m_articleId = articleId;
    if (!ignored.isEmpty())
        m_ignored[articleId].unite(ignored);
    const QString dictionary = SpellChecker::dictionaryFor(language);
    if (dictionary != m_dictionary) {
        m_dictionary = dictionary;
        m_speller.reset();
        m_menuSpeller.reset();
    }
    m_highlighter->clear();
    m_titleUnderline->clear();
    m_subtitleUnderline->clear();
    Q_EMIT findingsChanged();
    if (articleId != 0)
        markAllDirty();
}

void CopyDeskChecker::setDictionaryWords(const QStringList &words)
{
    if (words == m_words)
        return;
    m_words = words;
    // The spellers know the words they were made with: the next check makes new ones.
    m_speller.reset();
    m_menuSpeller.reset();
    markAllDirty();
}

void CopyDeskChecker::addToDictionary(const QString &word)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty() || m_words.contains(trimmed))
        return;
    QStringList words = m_words;
    words.append(trimmed);
    words.sort();
    setDictionaryWords(words);
    Q_EMIT dictionaryWordAdded(trimmed);
}

void CopyDeskChecker::setHouseStyle(const HouseStyle &style)
{
    if (style == m_style)
        return;
    m_style = style;
    markAllDirty();
}

void CopyDeskChecker::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    ++m_generation;
    if (enabled) {
        markAllDirty();
    } else {
        m_highlighter->clear();
        m_titleUnderline->clear();
        m_subtitleUnderline->clear();
        Q_EMIT findingsChanged();
    }
}

void CopyDeskChecker::markDirty(int from, int to)
{
    if (m_dirtyFrom.isNull()) {
        m_dirtyFrom = QTextCursor(m_body->document());
        m_dirtyTo = QTextCursor(m_body->document());
        m_dirtyFrom.setPosition(from);
        m_dirtyTo.setPosition(std::min(to, m_body->document()->characterCount() - 1));
    } else {
        m_dirtyFrom.setPosition(std::min(from, m_dirtyFrom.position()));
        m_dirtyTo.setPosition(std::min(std::max(to, m_dirtyTo.position()), m_body->document()->characterCount() - 1));
    }
    schedule();
}

void CopyDeskChecker::markAllDirty()
{
    m_allDirty = true;
    m_fieldsDirty = true;
    schedule();
}

void CopyDeskChecker::schedule()
{
    if (m_enabled && m_articleId != 0 && !m_running && !m_delay.isActive())
        m_delay.start();
}

bool CopyDeskChecker::isIdle() const
{
    return !m_running && !m_delay.isActive() && !m_allDirty && !m_fieldsDirty && m_dirtyFrom.isNull();
}

void CopyDeskChecker::start()
{
    if (m_running || !m_enabled || m_articleId == 0)
        return;
    Job job;
    job.generation = m_generation;
    job.style = m_style;
    job.dictionary = m_dictionary;
    job.words = m_words;
    job.speller = m_speller;
    QTextDocument *document = m_body->document();
    QTextBlock block = document->begin();
    QTextBlock last = document->lastBlock();
    if (!m_allDirty && !m_dirtyFrom.isNull()) {
        // The paragraph before the edit too: whether it may leave a quotation open depends on
        // how the edited one starts.
        block = document->findBlock(m_dirtyFrom.position());
        if (block.previous().isValid())
            block = block.previous();
        last = document->findBlock(m_dirtyTo.position());
    }
    if (m_allDirty || !m_dirtyFrom.isNull()) {
        for (; block.isValid(); block = block.next()) {
            job.paragraphs.append({ block.blockNumber(), block.text(), paragraphOf(block) });
            if (block == last)
                break;
        }
    }
    job.fields = m_fieldsDirty;
    if (m_title)
        job.title = m_title->text();
    if (m_subtitle)
        job.subtitle = m_subtitle->text();
    m_allDirty = false;
    m_fieldsDirty = false;
    m_dirtyFrom = QTextCursor();
    m_dirtyTo = QTextCursor();
    if (job.paragraphs.isEmpty() && !job.fields)
        return;

    m_running = true;
    m_pool.start([this, job = std::move(job)]() mutable {
        auto result = std::make_shared<Result>();
        if (!job.speller && !job.dictionary.isEmpty()) {
            job.speller = std::make_shared<SpellChecker>(job.dictionary);
            job.speller->addWords(job.words);
        }
        const SpellChecker *speller = job.speller.get();
        result->found.reserve(job.paragraphs.size());
        for (const Job::Paragraph &paragraph : std::as_const(job.paragraphs))
            result->found.append(check(paragraph.text, paragraph.paragraph, job.style, speller));
        if (job.fields) {
            LintParagraph heading;
            heading.kind = TextBlockKind::Heading; // a title ends without a full stop
            result->title = check(job.title, heading, job.style, speller);
            result->subtitle = check(job.subtitle, heading, job.style, speller);
        }
        result->job = std::move(job);
        QMetaObject::invokeMethod(this, [this, result] { finished(result); }, Qt::QueuedConnection);
    });
}

void CopyDeskChecker::finished(const std::shared_ptr<Result> &result)
{
    m_running = false;
    const Job &job = result->job;
    if (job.generation == m_generation && m_enabled) {
        // A speller made for another dictionary or word list (changed meanwhile) is not kept.
        if (job.speller && job.speller != m_speller && job.dictionary == m_dictionary && job.words == m_words) {
            m_speller = job.speller;
            if (!m_speller->isValid() && !m_missingDictionarySaid.contains(job.dictionary)) {
                m_missingDictionarySaid.insert(job.dictionary);
                Q_EMIT statusMessage(m_speller->errorString());
            }
        }
        QTextDocument *document = m_body->document();
        for (qsizetype i = 0; i < job.paragraphs.size(); ++i) {
            const Job::Paragraph &paragraph = job.paragraphs.at(i);
            // A paragraph edited meanwhile was marked again by that edit: its result is dropped.
            m_highlighter->setFindings(document->findBlockByNumber(paragraph.number), paragraph.text,
                withoutIgnored(Field::Body, paragraph.text, result->found.at(i)));
        }
        if (job.fields) {
            m_titleUnderline->setFindings(job.title, withoutIgnored(Field::Title, job.title, result->title));
            m_subtitleUnderline->setFindings(
                job.subtitle, withoutIgnored(Field::Subtitle, job.subtitle, result->subtitle));
        }
        Q_EMIT findingsChanged();
    }
    if (m_allDirty || m_fieldsDirty || !m_dirtyFrom.isNull())
        schedule();
}

QList<CopyDeskFinding> CopyDeskChecker::withoutIgnored(
    Field field, const QString &text, const QList<CopyDeskFinding> &findings) const
{
    const QSet<QString> ignored = m_ignored.value(m_articleId);
    if (ignored.isEmpty())
        return findings;
    QList<CopyDeskFinding> kept;
    for (const CopyDeskFinding &finding : findings) {
        if (!LintIgnores::isIgnored(ignored, field, text, finding.rule, finding.start, finding.end))
            kept.append(finding);
    }
    return kept;
}

QLineEdit *CopyDeskChecker::lineEdit(Field field) const
{
    return field == Field::Title ? m_title.data() : field == Field::Subtitle ? m_subtitle.data() : nullptr;
}

LineEditUnderline *CopyDeskChecker::underline(Field field) const
{
    return field == Field::Title ? m_titleUnderline : field == Field::Subtitle ? m_subtitleUnderline : nullptr;
}

QList<CopyDeskChecker::Located> CopyDeskChecker::findings() const
{
    QList<Located> all;
    for (Field field : { Field::Title, Field::Subtitle }) {
        for (const CopyDeskFinding &finding : underline(field)->findings())
            all.append({ field, QTextCursor(), finding.start, finding.end, finding });
    }
    QTextDocument *document = m_body->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (const CopyDeskFinding &finding : CopyDeskHighlighter::findings(block)) {
            Located located { Field::Body, QTextCursor(document), block.position() + finding.start,
                block.position() + finding.end, finding };
            located.cursor.setPosition(located.start);
            located.cursor.setPosition(located.end, QTextCursor::KeepAnchor);
            all.append(located);
        }
    }
    return all;
}

std::optional<CopyDeskChecker::Located> CopyDeskChecker::findingAt(Field field, int position) const
{
    QList<CopyDeskFinding> candidates;
    int base = 0;
    QTextBlock block;
    if (field == Field::Body) {
        block = m_body->document()->findBlock(position);
        if (!block.isValid())
            return std::nullopt;
        base = block.position();
        candidates = CopyDeskHighlighter::findings(block);
    } else {
        candidates = underline(field)->findings();
    }
    const int offset = position - base;
    std::optional<CopyDeskFinding> best;
    for (const CopyDeskFinding &finding : std::as_const(candidates)) {
        // On it, or just after it (a click on the right half of a comma places the cursor there).
        if (offset < finding.start || offset > finding.end)
            continue;
        const bool inside = offset < finding.end;
        const bool bestInside = best && offset < best->end;
        if (!best || (inside && !bestInside)
            || (inside == bestInside && finding.end - finding.start < best->end - best->start))
            best = finding;
    }
    if (!best)
        return std::nullopt;
    Located located { field, QTextCursor(), base + best->start, base + best->end, *best };
    if (field == Field::Body) {
        located.cursor = QTextCursor(m_body->document());
        located.cursor.setPosition(located.start);
        located.cursor.setPosition(located.end, QTextCursor::KeepAnchor);
    }
    return located;
}

void CopyDeskChecker::replace(const Located &located, const QString &text)
{
    if (located.field == Field::Body) {
        if (m_body->isReadOnly())
            return;
        QTextCursor cursor(m_body->document());
        // The new text takes the format of the text it replaces (a comma in bold stays bold).
        cursor.setPosition(located.end > located.start ? located.start + 1 : located.start);
        const QTextCharFormat format = cursor.charFormat();
        cursor.setPosition(located.start);
        cursor.setPosition(located.end, QTextCursor::KeepAnchor);
        cursor.insertText(text, format);
        return;
    }
    QLineEdit *edit = lineEdit(located.field);
    if (!edit || edit->isReadOnly())
        return;
    edit->setSelection(located.start, located.end - located.start);
    edit->insert(text); // undoable in the field, and reported as an edit (textEdited)
}

QList<CopyDeskFinding> CopyDeskChecker::lintNow(const QTextBlock &block) const
{
    return check(block.text(), paragraphOf(block), m_style, nullptr);
}

int CopyDeskChecker::fixAll(LintRule rule)
{
    if (m_body->isReadOnly())
        return 0;
    QTextDocument *document = m_body->document();
    QTextCursor cursor(document);
    int count = 0;
    cursor.beginEditBlock();
    // From the last paragraph to the first, and from a paragraph's end to its start, so that a
    // fix does not move the text of the ones still to make.
    for (QTextBlock block = document->lastBlock(); block.isValid(); block = block.previous()) {
        const QString text = block.text();
        const QList<CopyDeskFinding> all = lintNow(block);
        const QList<CopyDeskFinding> found = withoutIgnored(Field::Body, text, all);
        int reached = int(text.size()) + 1;
        QList<CanonicalHtml::TextEdit> edits;
        for (auto it = found.crbegin(); it != found.crend(); ++it) {
            if (it->isSpelling() || it->rule != rule || !it->fix || it->end > reached)
                continue;
            const int position = block.position();
            QTextCursor format(document);
            format.setPosition(position + (it->end > it->start ? it->start + 1 : it->start));
            cursor.setPosition(position + it->start);
            cursor.setPosition(position + it->end, QTextCursor::KeepAnchor);
            cursor.insertText(*it->fix, format.charFormat());
            edits.prepend({ it->start, it->end, *it->fix });
            reached = it->start;
            ++count;
        }
        keepIgnored(Field::Body, text, block.text(), all, edits);
    }
    cursor.endEditBlock();
    // The title and subtitle too, each an undo step of its own field.
    for (Field field : { Field::Title, Field::Subtitle }) {
        QLineEdit *edit = lineEdit(field);
        if (!edit || edit->isReadOnly())
            continue;
        const QString text = edit->text();
        LintParagraph heading;
        heading.kind = TextBlockKind::Heading;
        const QList<CopyDeskFinding> all = check(text, heading, m_style, nullptr);
        const QList<CopyDeskFinding> found = withoutIgnored(field, text, all);
        QString fixed = text;
        int reached = int(text.size()) + 1;
        QList<CanonicalHtml::TextEdit> edits;
        for (auto it = found.crbegin(); it != found.crend(); ++it) {
            if (it->isSpelling() || it->rule != rule || !it->fix || it->end > reached)
                continue;
            fixed.replace(it->start, it->end - it->start, *it->fix);
            edits.prepend({ it->start, it->end, *it->fix });
            reached = it->start;
        }
        if (edits.isEmpty())
            continue;
        keepIgnored(field, text, fixed, all, edits);
        edit->selectAll();
        edit->insert(fixed); // undoable in the field, and reported as an edit (textEdited)
        count += int(edits.size());
    }
    return count;
}

void CopyDeskChecker::keepIgnored(Field field, const QString &before, const QString &after,
    const QList<CopyDeskFinding> &findings, const QList<CanonicalHtml::TextEdit> &edits)
{
    QSet<QString> &ignored = m_ignored[m_articleId];
    if (ignored.isEmpty() || edits.isEmpty())
        return;
    for (const CopyDeskFinding &finding : findings) {
        if (!LintIgnores::isIgnored(ignored, field, before, finding.rule, finding.start, finding.end))
            continue;
        // A fix next to it changed the text its key holds: the new key is ignored too.
        qsizetype start = finding.start;
        qsizetype end = finding.end;
        if (!LintIgnores::moveOver(edits, &start, &end))
            continue;
        const QString key = LintIgnores::key(field, after, finding.rule, start, end);
        if (ignored.contains(key))
            continue;
        ignored.insert(key);
        Q_EMIT findingIgnored(m_articleId, key);
    }
}

void CopyDeskChecker::ignore(const Located &located)
{
    if (located.field == Field::Body) {
        const QTextBlock block = m_body->document()->findBlock(located.start);
        const QString text = block.text();
        const QString key = LintIgnores::key(Field::Body, text, located.finding.rule, located.finding.start, located.finding.end);
        m_ignored[m_articleId].insert(key);
        Q_EMIT findingIgnored(m_articleId, key);
        m_highlighter->setFindings(block, text, withoutIgnored(Field::Body, text, CopyDeskHighlighter::findings(block)));
    } else if (QLineEdit *edit = lineEdit(located.field)) {
        const QString text = edit->text();
        const QString key = LintIgnores::key(located.field, text, located.finding.rule, located.finding.start, located.finding.end);
        m_ignored[m_articleId].insert(key);
        Q_EMIT findingIgnored(m_articleId, key);
        underline(located.field)->setFindings(text, withoutIgnored(located.field, text, underline(located.field)->findings()));
    }
    Q_EMIT findingsChanged();
}

void CopyDeskChecker::select(const Located &located)
{
    if (located.field == Field::Body) {
        QTextCursor cursor(m_body->document());
        cursor.setPosition(located.cursor.isNull() ? located.start : located.cursor.selectionStart());
        cursor.setPosition(located.cursor.isNull() ? located.end : located.cursor.selectionEnd(), QTextCursor::KeepAnchor);
        m_body->setTextCursor(cursor);
        m_body->ensureCursorVisible();
        m_body->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (QLineEdit *edit = lineEdit(located.field)) {
        edit->setFocus(Qt::OtherFocusReason);
        edit->setSelection(located.start, located.end - located.start);
    }
}

} // namespace galley
