#include "locknotice.h"

#include "lockcontroller.h"
#include "noticebar.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace galley {

namespace {

/// Two sentences one after the other: with a space, unless the first ends with a full-width
/// full stop (Chinese runs its sentences together).
QString sentences(const QString &first, const QString &second)
{
    if (first.isEmpty())
        return second;
    return first.endsWith(QChar(0x3002)) ? first + second : first + QLatin1Char(' ') + second;
}

} // namespace

LockNotice::LockNotice(LockController *controller, NoticeBar *bar, QLabel *viewers, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_bar(bar)
    , m_viewers(viewers)
{
    m_bar->setClosable(false); // it goes when the situation does
    m_bar->setAccessibleName(tr("Editing lock"));
    m_viewers->setAccessibleName(tr("Others with this article open"));
    m_viewers->setTextFormat(Qt::PlainText);
    m_viewers->hide();
    connect(m_controller, &LockController::changed, this, &LockNotice::update);
    update();
}

QString LockNotice::timeText(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local, QLocale::ShortFormat);
}

void LockNotice::setButtons(const QStringList &keys)
{
    if (keys == m_buttons)
        return; // kept as they are: a button may have the keyboard focus
    m_buttons = keys;
    // The bar deletes its buttons later: until then they must not be found or seen.
    for (QPushButton *old : m_bar->findChildren<QPushButton *>()) {
        if (old->objectName().endsWith(QLatin1String("Button"))) {
            old->hide();
            old->setObjectName(QString());
        }
    }
    m_bar->clearButtons();
    for (const QString &key : keys) {
        QString text;
        void (LockController::*slot)() = nullptr;
        if (key == QLatin1String("takeOver")) {
            text = tr("Ta&ke Over");
            slot = &LockController::takeOver;
        } else if (key == QLatin1String("ask")) {
            text = tr("As&k to Edit");
            slot = &LockController::ask;
        } else if (key == QLatin1String("handOver")) {
            text = tr("Ha&nd Over");
            slot = &LockController::handOver;
        } else if (key == QLatin1String("keepEditing")) {
            text = tr("&Keep Editing");
            slot = &LockController::keepEditing;
        } else {
            text = tr("&Start Editing");
            slot = &LockController::edit;
        }
        LockController *controller = m_controller;
        QPushButton *button = m_bar->addButton(text, [controller, slot] { (controller->*slot)(); });
        button->setObjectName(key + QLatin1String("Button"));
        button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    }
}

void LockNotice::update()
{
    const std::optional<EditingLock> &lock = m_controller->lock();
    const QString holder = lock ? lock->holder : QString();
    QString text;
    QStringList buttons;
    NoticeBar::Kind kind = NoticeBar::Kind::Information;

    QString takenOver;
    if (!m_controller->takenOverBy().isEmpty()) {
        takenOver = m_controller->keptText()
            ? tr("%1 took over this article at %2. Your unsaved text was kept in its history.")
                  .arg(m_controller->takenOverBy(), timeText(m_controller->takenOverAt()))
            : tr("%1 took over this article at %2.")
                  .arg(m_controller->takenOverBy(), timeText(m_controller->takenOverAt()));
        kind = NoticeBar::Kind::Warning;
    }

    switch (m_controller->state()) {
    case LockController::State::Off:
        break;
    case LockController::State::Editing:
        if (!m_controller->askedBy().isEmpty()) {
            text = tr("%1 asks to edit this article. Hand it over and your unsaved text is kept in its history.")
                       .arg(m_controller->askedBy());
            buttons = QStringList { QStringLiteral("handOver"), QStringLiteral("keepEditing") };
        }
        break;
    case LockController::State::HeldBy:
        if (!takenOver.isEmpty()) {
            text = takenOver;
        } else if (m_controller->heldByMyOtherSession()) {
            text = tr("You are editing this article in another Galley window since %1.").arg(timeText(lock->since));
        } else if (lock) {
            text = tr("%1 is editing since %2.").arg(holder, timeText(lock->since));
            if (lock->idle)
                text = sentences(text, tr("Nothing typed since %1.").arg(timeText(lock->lastEdit)));
            if (m_controller->mayLock())
                text = sentences(text, tr("The text is read-only here; comments still work."));
        }
        if (m_controller->mayTakeOver())
            buttons = QStringList { QStringLiteral("takeOver") };
        else if (m_controller->mayLock() && takenOver.isEmpty())
            buttons = QStringList { QStringLiteral("ask") };
        break;
    case LockController::State::Asking:
        text = tr("Asking %1 to hand the article over…").arg(holder);
        break;
    case LockController::State::Free:
        text = takenOver.isEmpty() ? tr("Nobody is editing this article now.") : takenOver;
        if (m_controller->mayLock())
            buttons = QStringList { QStringLiteral("edit") };
        break;
    }

    if (text.isEmpty()) {
        setButtons({});
        m_bar->hide();
    } else {
        setButtons(buttons);
        m_bar->showMessage(text, kind);
    }

    QStringList names;
    for (const Viewer &viewer : m_controller->viewers()) {
        if (!names.contains(viewer.name))
            names.append(viewer.name);
    }
    m_viewers->setVisible(!names.isEmpty());
    m_viewers->setText(names.isEmpty() ? QString() : tr("Also open: %1").arg(QLocale().createSeparatedList(names)));
    m_viewers->setToolTip(names.isEmpty()
            ? QString()
            : tr("Others who have this article open: %1").arg(names.join(QStringLiteral(", "))));
}

} // namespace galley
