#include "noticebar.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace galley {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Notice"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    m_buttons = new QHBoxLayout;
    m_buttons->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_buttons);
    m_close = new QPushButton(this);
    m_close->setIcon(QIcon::fromTheme(QStringLiteral("window-close"), style()->standardIcon(QStyle::SP_TitleBarCloseButton)));
    m_close->setFlat(true);
    m_close->setToolTip(tr("Close this notice"));
    m_close->setAccessibleName(tr("Close notice"));
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    layout->addWidget(m_close);
    hide();
}

void NoticeBar::showMessage(const QString &text, Kind kind)
{
    // The palette's own highlight (information) or a warm tone (warning), kept light so the
    // text stays readable in both light and dark themes.
    QPalette palette = this->palette();
    const QColor base = kind == Kind::Warning ? QColor(0xf6, 0x74, 0x00) : palette.color(QPalette::Highlight);
    QColor background = palette.color(QPalette::Window);
    background = QColor::fromRgbF(background.redF() * 0.8 + base.redF() * 0.2, background.greenF() * 0.8 + base.greenF() * 0.2,
        background.blueF() * 0.8 + base.blueF() * 0.2);
    palette.setColor(QPalette::Window, background);
    setPalette(palette);
    m_label->setText(text);
    setAccessibleDescription(text);
    show();
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

QString NoticeBar::text() const
{
    return m_label->text();
}

QPushButton *NoticeBar::addButton(const QString &text, const std::function<void()> &slot)
{
    auto *button = new QPushButton(text, this);
    connect(button, &QPushButton::clicked, this, [slot] { slot(); });
    m_buttons->addWidget(button);
    // Tab goes through the bar as it reads: a button made now would come last in the window.
    QWidget::setTabOrder(m_close->previousInFocusChain(), button);
    QWidget::setTabOrder(button, m_close);
    return button;
}

void NoticeBar::clearButtons()
{
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        delete item;
    }
}

void NoticeBar::setClosable(bool closable)
{
    m_closable = closable;
    m_close->setVisible(closable);
}

void NoticeBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() != Qt::Key_Escape || event->modifiers() != Qt::NoModifier) {
        QFrame::keyPressEvent(event);
        return;
    }
    leave();
    if (m_closable)
        hide();
}

namespace {

bool takesFocus(const QWidget *widget)
{
    return widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus);
}

/// \a area, or the first widget inside it that Tab reaches.
QWidget *firstFocusable(QWidget *area)
{
    if (!area || !area->isVisible())
        return nullptr;
    if (takesFocus(area))
        return area;
    for (QWidget *widget = area->nextInFocusChain(); widget && widget != area; widget = widget->nextInFocusChain()) {
        if (area->isAncestorOf(widget) && takesFocus(widget))
            return widget;
    }
    return nullptr;
}

} // namespace

void NoticeBar::leave()
{
    // To what is under the bar (the editor's fields or text), not to wherever the focus chain
    // or Qt's handling of a hidden focus widget would send it.
    if (QLayout *layout = parentWidget() ? parentWidget()->layout() : nullptr) {
        for (int i = layout->indexOf(this) + 1; i > 0 && i < layout->count(); ++i) {
            if (QWidget *target = firstFocusable(layout->itemAt(i)->widget())) {
                target->setFocus(Qt::ShortcutFocusReason);
                return;
            }
        }
    }
    for (QWidget *widget = nextInFocusChain(); widget && widget != this; widget = widget->nextInFocusChain()) {
        if (!isAncestorOf(widget) && takesFocus(widget) && widget->window() == window()) {
            widget->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

} // namespace galley
