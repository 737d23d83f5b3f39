#include "noticebar.h"

#include <QHBoxLayout>
#include <QIcon>
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
    m_close->setVisible(closable);
}

} // namespace galley
