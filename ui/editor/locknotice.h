#pragma once

#include <QObject>
#include <QString>

class QDateTime;
class QLabel;

namespace galley {

class LockController;
class NoticeBar;

/// Shows an editor's LockController to its user: the bar above the text while someone else
/// edits the article ("赵晓 is editing since 14:02"), took it over or asks for it, with the
/// buttons that answer (Take Over, Ask to Edit, Hand Over, Keep Editing, Start Editing), and
/// beside the editor's tabs who else has the article open.
class LockNotice final : public QObject
{
    Q_OBJECT
public:
    LockNotice(LockController *controller, NoticeBar *bar, QLabel *viewers, QObject *parent = nullptr);

    /// \a time (UTC) as a person reads it here: the local time of day, with the date unless today.
    [[nodiscard]] static QString timeText(const QDateTime &time);

private:
    void update();
    void setButtons(const QStringList &keys);

    LockController *m_controller = nullptr;
    NoticeBar *m_bar = nullptr;
    QLabel *m_viewers = nullptr;
    QStringList m_buttons; ///< the buttons the bar shows now
};

} // namespace galley
