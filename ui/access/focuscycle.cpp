#include "access/focuscycle.h"

#include <QAction>
#include <QApplication>
#include <QWidget>

namespace galley {

FocusCycle::FocusCycle(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_next = new QAction(tr("Next &Pane"), window);
    m_next->setObjectName(QStringLiteral("nextPaneAction"));
    m_next->setShortcut(QKeySequence(Qt::Key_F6));
    m_next->setShortcutContext(Qt::WindowShortcut);
    m_next->setStatusTip(tr("Move the keyboard focus to the next pane: list, fields, text, review"));
    connect(m_next, &QAction::triggered, this, [this] { move(1); });
    m_previous = new QAction(tr("Pre&vious Pane"), window);
    m_previous->setObjectName(QStringLiteral("previousPaneAction"));
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    m_previous->setShortcutContext(Qt::WindowShortcut);
    m_previous->setStatusTip(tr("Move the keyboard focus to the previous pane"));
    connect(m_previous, &QAction::triggered, this, [this] { move(-1); });
    window->addAction(m_next);
    window->addAction(m_previous);
}

void FocusCycle::addRegion(QWidget *area, QWidget *target)
{
    m_regions.append(Region { area, target });
}

int FocusCycle::currentRegion() const
{
    const QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return -1;
    for (qsizetype i = 0; i < m_regions.size(); ++i) {
        const QWidget *area = m_regions.at(i).area;
        if (area && (area == focus || area->isAncestorOf(focus)))
            return int(i);
    }
    return -1;
}

QWidget *FocusCycle::focusTarget(const Region &region)
{
    QWidget *area = region.area;
    if (!area || !area->isVisible() || !area->isEnabled())
        return nullptr;
    const auto takes = [](const QWidget *widget) {
        return widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus);
    };
    if (region.target && takes(region.target) && area->isAncestorOf(region.target))
        return region.target;
    if (takes(area))
        return area;
    for (QWidget *widget = area->nextInFocusChain(); widget && widget != area; widget = widget->nextInFocusChain()) {
        if (area->isAncestorOf(widget) && takes(widget))
            return widget;
    }
    return nullptr;
}

bool FocusCycle::move(int step)
{
    const int count = int(m_regions.size());
    if (count == 0)
        return false;
    const int current = currentRegion();
    int index = current < 0 ? (step > 0 ? -1 : count) : current;
    for (int tried = 0; tried < count; ++tried) {
        index = ((index + step) % count + count) % count;
        if (index == current)
            continue;
        if (QWidget *target = focusTarget(m_regions.at(index))) {
            target->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
    return false;
}

} // namespace galley
