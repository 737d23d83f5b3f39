#pragma once

#include <QObject>

class QSocketNotifier;

namespace galley {

/// Turns SIGINT, SIGTERM and SIGHUP (Ctrl+C, a session's logout, `kill`) into a Qt signal, so
/// that Galley ends the way it does when the window is closed: the article saved, its editing
/// lock released, the window's layout kept. The handler only writes a byte into a socket pair
/// that the event loop reads (the one thing a signal handler may safely do). One instance at a
/// time; the default handlers come back when it is destroyed.
class QuitSignals : public QObject
{
    Q_OBJECT
public:
    explicit QuitSignals(QObject *parent = nullptr);
    ~QuitSignals() override;

    /// False when the socket pair could not be made (the signals then keep their defaults).
    bool isActive() const;

Q_SIGNALS:
    /// \a signal: the number of the signal that arrived (SIGTERM, ...).
    void received(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace galley
