#include "findreplacebar.h"

#include "richtextedit.h"

#include <QApplication>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextEdit>
#include <QToolButton>

namespace galley {

namespace {
// The body editor keeps find results in their own layer, over the annotation highlights.
void setFindSelections(QTextEdit *editor, const QList<QTextEdit::ExtraSelection> &selections)
{
    if (auto *rich = qobject_cast<RichTextEdit *>(editor))
        rich->setExtraSelectionLayer(RichTextEdit::SelectionLayer::Find, selections);
    else
        editor->setExtraSelections(selections);
}
} // namespace

FindReplaceBar::FindReplaceBar(QTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("findReplaceBar"));
    setAccessibleName(tr("Find and replace"));
    m_find = new QLineEdit(this);
    m_find->setAccessibleName(tr("Text to find"));
    m_find->setObjectName(QStringLiteral("findField"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace = new QLineEdit(this);
    m_replace->setObjectName(QStringLiteral("replaceField"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setAccessibleName(tr("Replace with"));
    m_case = new QCheckBox(tr("Match &case"), this);
    m_words = new QCheckBox(tr("&Whole words"), this);
    m_regex = new QCheckBox(tr("Regular e&xpression"), this);
    auto *previous = new QPushButton(QIcon::fromTheme(QStringLiteral("go-up")), tr("&Previous"), this);
    auto *next = new QPushButton(QIcon::fromTheme(QStringLiteral("go-down")), tr("&Next"), this);
    m_replaceButton = new QPushButton(tr("&Replace"), this);
    m_replaceAllButton = new QPushButton(tr("Replace &All"), this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setAccessibleName(tr("Matches"));
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000 / 0000")));
    auto *close = new QToolButton(this);
    close->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    close->setText(tr("Close"));
    close->setObjectName(QStringLiteral("findCloseButton"));
    close->setToolTip(tr("Close the find bar (Esc)"));
    close->setAccessibleName(tr("Close the find bar"));
    close->setAutoRaise(true);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_status);
    findRow->addWidget(m_case);
    findRow->addWidget(m_words);
    findRow->addWidget(m_regex);
    findRow->addWidget(close);
    m_replaceRow = new QWidget(this);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(m_replaceButton);
    replaceRow->addWidget(m_replaceAllButton);
    replaceRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);

    connect(m_find, &QLineEdit::returnPressed, this, &FindReplaceBar::findNext);
    connect(m_find, &QLineEdit::textChanged, this, [this] { refreshHighlights(); });
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplaceBar::replaceCurrent);
    connect(next, &QPushButton::clicked, this, &FindReplaceBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(m_replaceButton, &QPushButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(m_replaceAllButton, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(close, &QToolButton::clicked, this, &FindReplaceBar::closeBar);
    for (QCheckBox *box : {m_case, m_words, m_regex})
        connect(box, &QCheckBox::toggled, this, [this] { refreshHighlights(); });
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, [this] {
        if (isVisible())
            refreshHighlights();
    });
    hide();
}

TextFinder::Options FindReplaceBar::options() const
{
    return {m_case->isChecked(), m_words->isChecked(), m_regex->isChecked()};
}

void FindReplaceBar::setOptions(TextFinder::Options options)
{
    m_case->setChecked(options.caseSensitive);
    m_words->setChecked(options.wholeWords);
    m_regex->setChecked(options.regularExpression);
}

QString FindReplaceBar::statusText() const
{
    return m_status->text();
}

TextFinder FindReplaceBar::finder() const
{
    return TextFinder(m_find->text(), options());
}

void FindReplaceBar::setReplaceVisible(bool visible)
{
    m_replaceRow->setVisible(visible && !m_readOnly);
}

void FindReplaceBar::showFind()
{
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && selected.size() < 100 && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    setReplaceVisible(m_replaceRow->isVisible() && isVisible());
    show();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
    refreshHighlights();
}

void FindReplaceBar::showReplace()
{
    showFind();
    setReplaceVisible(true);
    if (!m_find->text().isEmpty())
        m_replace->setFocus(Qt::ShortcutFocusReason);
}

void FindReplaceBar::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_replaceButton->setEnabled(!readOnly);
    m_replaceAllButton->setEnabled(!readOnly);
    if (readOnly)
        m_replaceRow->hide();
}

bool FindReplaceBar::find(bool backward)
{
    const TextFinder f = finder();
    if (!f.isValid()) {
        m_status->setText(f.errorString());
        return false;
    }
    const QTextCursor match = f.find(*m_editor->document(), m_editor->textCursor(), backward);
    if (match.isNull()) {
        m_status->setText(tr("Not found"));
        return false;
    }
    m_editor->setTextCursor(match);
    m_editor->ensureCursorVisible();
    refreshHighlights();
    return true;
}

bool FindReplaceBar::findNext()
{
    return find(false);
}

bool FindReplaceBar::findPrevious()
{
    return find(true);
}

bool FindReplaceBar::replaceCurrent()
{
    if (m_readOnly || m_editor->isReadOnly())
        return false;
    const TextFinder f = finder();
    QTextCursor cursor = m_editor->textCursor();
    const bool replaced = f.replace(cursor, m_replace->text());
    if (replaced)
        m_editor->setTextCursor(cursor);
    find(false);
    return replaced;
}

int FindReplaceBar::replaceAll()
{
    if (m_readOnly || m_editor->isReadOnly())
        return 0;
    const TextFinder f = finder();
    if (!f.isValid()) {
        m_status->setText(f.errorString());
        return 0;
    }
    const int count = f.replaceAll(*m_editor->document(), m_replace->text());
    refreshHighlights();
    m_status->setText(tr("Replaced %n", nullptr, count));
    return count;
}

void FindReplaceBar::closeBar()
{
    // The focus goes back to the text only from the bar itself: closing it as an article opens
    // must not take the focus from the list the article was opened from (Down then moved the
    // cursor in the text instead of to the next article, and F6 never stayed on the list).
    QWidget *focus = QApplication::focusWidget();
    const bool hadFocus = isVisible() && focus && isAncestorOf(focus);
    hide();
    setFindSelections(m_editor, {});
    if (hadFocus)
        m_editor->setFocus(Qt::ShortcutFocusReason);
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        closeBar();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && event->modifiers() & Qt::ShiftModifier) {
        findPrevious();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindReplaceBar::refreshHighlights()
{
    const TextFinder f = finder();
    if (m_find->text().isEmpty()) {
        m_status->clear();
        setFindSelections(m_editor, {});
        return;
    }
    if (!f.isValid()) {
        m_status->setText(f.errorString());
        setFindSelections(m_editor, {});
        return;
    }
    constexpr int Limit = 5000; // enough to count; highlighting more would slow typing down
    const QList<QTextCursor> all = f.findAll(*m_editor->document(), Limit);
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(all.size());
    QTextCharFormat format;
    format.setBackground(QColor(255, 220, 80, 140));
    const QTextCursor current = m_editor->textCursor();
    int currentIndex = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        selections.append({all.at(i), format});
        if (all.at(i).selectionStart() == current.selectionStart()
            && all.at(i).selectionEnd() == current.selectionEnd())
            currentIndex = int(i);
    }
    setFindSelections(m_editor, selections);
    if (all.isEmpty())
        m_status->setText(tr("Not found"));
    else if (currentIndex >= 0)
        m_status->setText(tr("%1 of %2").arg(currentIndex + 1).arg(all.size()));
    else
        m_status->setText(all.size() >= Limit ? tr("%1+ matches").arg(Limit)
                                              : tr("%n match(es)", nullptr, int(all.size())));
}

} // namespace galley
