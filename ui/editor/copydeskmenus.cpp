// The copy desk's hover and menus: the message under the mouse, and the fix, the suggestions,
// "Fix All" and "Ignore" at the top of the editor's and the fields' context menus.

#include "copydeskchecker.h"

#include "lint/spellchecker.h"
#include "richtextedit.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QTextDocument>
#include <QToolTip>

namespace galley {

namespace {
constexpr int MaxSuggestions = 6;
} // namespace

void CopyDeskChecker::addMenuActions(QMenu *menu, Field field, int position)
{
    const std::optional<Located> found = findingAt(field, position);
    if (!found)
        return;
    const Located located = *found;
    const CopyDeskFinding &finding = located.finding;
    const bool editable = field == Field::Body ? !m_body->isReadOnly() : (lineEdit(field) && !lineEdit(field)->isReadOnly());
    QList<QAction *> actions;
    const auto add = [&](const QString &text, const QString &name, auto slot) {
        auto *action = new QAction(text, menu);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        actions.append(action);
        return action;
    };
    auto *message = new QAction(finding.message, menu);
    message->setObjectName(QStringLiteral("copyDeskMessage"));
    message->setEnabled(false);
    actions.append(message);
    if (finding.isSpelling()) {
        if (!m_menuSpeller && !m_dictionary.isEmpty()) {
            m_menuSpeller = std::make_unique<SpellChecker>(m_dictionary);
            m_menuSpeller->addWords(m_words);
        }
        const QString word = field == Field::Body
            ? located.cursor.selectedText()
            : lineEdit(field)->text().mid(located.start, located.end - located.start);
        const QStringList suggestions
            = m_menuSpeller ? m_menuSpeller->suggestions(word).mid(0, MaxSuggestions) : QStringList();
        for (const QString &suggestion : suggestions)
            add(suggestion, QStringLiteral("copyDeskSuggestion"), [this, located, suggestion] { replace(located, suggestion); })
                ->setEnabled(editable);
        if (suggestions.isEmpty()) {
            auto *none = new QAction(tr("No Spelling Suggestions"), menu);
            none->setEnabled(false);
            actions.append(none);
        }
        add(tr("&Add “%1” to Newsroom Dictionary").arg(word), QStringLiteral("copyDeskAddWord"),
            [this, word] { addToDictionary(word); })
            ->setEnabled(m_dictionaryEditable);
    } else if (finding.fix) {
        const QString text = finding.fix->isEmpty() ? tr("Re&move It") : tr("C&hange to “%1”").arg(*finding.fix);
        add(text, QStringLiteral("copyDeskFix"), [this, located] { replace(located, *located.finding.fix); })
            ->setEnabled(editable);
        if (field == Field::Body) {
            const LintRule rule = finding.rule;
            add(tr("Fi&x All of This Kind in the Article"), QStringLiteral("copyDeskFixAll"), [this, rule] {
                const int fixed = fixAll(rule);
                Q_EMIT statusMessage(tr("Copy desk: %n fixed (%1).", nullptr, fixed).arg(LintRules::description(rule)));
            })->setEnabled(editable);
        }
    }
    add(tr("&Ignore"), QStringLiteral("copyDeskIgnore"), [this, located] { ignore(located); });
    auto *separator = new QAction(menu);
    separator->setSeparator(true);
    actions.append(separator);
    menu->insertActions(menu->actions().value(0), actions);
}

bool CopyDeskChecker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        std::optional<Located> located;
        if (watched == m_body->viewport()) {
            const QPointF point = help->pos() + QPointF(m_body->horizontalScrollBar()->value(), m_body->verticalScrollBar()->value());
            const int position = m_body->document()->documentLayout()->hitTest(point, Qt::ExactHit);
            if (position >= 0)
                located = findingAt(Field::Body, position);
        } else if (watched == m_title || watched == m_subtitle) {
            auto *edit = static_cast<QLineEdit *>(watched);
            located = findingAt(watched == m_title ? Field::Title : Field::Subtitle, edit->cursorPositionAt(help->pos()));
        }
        if (located) {
            QToolTip::showText(help->globalPos(), located->finding.message, static_cast<QWidget *>(watched));
            return true;
        }
    } else if (event->type() == QEvent::ContextMenu && (watched == m_title || watched == m_subtitle)) {
        auto *edit = static_cast<QLineEdit *>(watched);
        const auto *request = static_cast<QContextMenuEvent *>(event);
        const int position = request->reason() == QContextMenuEvent::Keyboard ? edit->cursorPosition()
                                                                               : edit->cursorPositionAt(request->pos());
        std::unique_ptr<QMenu> menu(edit->createStandardContextMenu());
        addMenuActions(menu.get(), watched == m_title ? Field::Title : Field::Subtitle, position);
        menu->exec(request->globalPos());
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace galley
