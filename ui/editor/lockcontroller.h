#pragma once

#include "storage/lockrepository.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <optional>

namespace galley {

class Database;
class DocumentController;
struct NewsroomEvent;

/// The editing lock and the presence of the article open in one editor, on a team newsroom
/// (LockRepository; on a newsroom file there are none and nothing is held back).
///
/// Opening an article says so (presence) and, for a login that may edit, takes its lock; a
/// heartbeat keeps both alive (every 30 s, saying whether the user typed). When another session
/// holds the lock, the editor is read-only (state() HeldBy) until it is let go, which is then
/// taken here and the stored text loaded. Switching articles or closing lets go of both.
///
/// Take-over: takeOver() asks the holder's Galley, which keeps its user's unsaved text as a
/// named revision ("Kept when 王静 took over", DocumentController::keep()) and lets go, and
/// then takes the lock; when the holder's Galley does not answer within the hand-over timeout
/// (it may be gone: its recovery journal keeps its text), the lock is taken over anyway, which
/// the server allows to a chief, to the holder's own login, or when the holder has been idle for
/// ten minutes. Anyone else may only ask(); the holder's user then hands over or keeps editing.
/// A holder whose lock was taken keeps its text the same way and turns read-only, saying who
/// took it (takenOverBy()).
///
/// It never writes the text by itself except to keep it at a take-over; the version check on
/// save remains the guarantee. A lock that cannot be taken for want of the server leaves the
/// editor editable (typing never waits for the network) and is tried again at the next beat.
///
/// Hears the newsroom through onNewsroomEvent(), fed by the window's NewsroomWatcher.
class LockController final : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Off, ///< nothing open, no locks here, or the lock could not be asked for: not held back
        Editing, ///< this session holds the lock
        HeldBy, ///< another session holds it (lock()): read-only
        Asking, ///< asked the holder to hand over: read-only until it does
        Free, ///< nobody holds it, and this session does not take it by itself: read-only
    };
    Q_ENUM(State)

    /// Locks of \a document's article on \a database, as this process's session
    /// (Database::sessionId()).
    LockController(Database &database, DocumentController *document, QObject *parent = nullptr);
    ~LockController() override;

    /// Acts as \a session instead (before an article is open): two editors in one process are
    /// then two Galley to each other, as in a test.
    void setSession(const QString &session);

    /// The name others see ("赵晓 is editing").
    void setUserName(const QString &name);
    /// False for a login that does not edit (a reviewer): it never takes locks, and sees who does.
    void setMayLock(bool mayLock);
    [[nodiscard]] bool mayLock() const { return m_mayLock; }
    /// Heartbeat interval (default 30,000 ms).
    void setHeartbeatInterval(int milliseconds) { m_heartbeat.setInterval(milliseconds); }
    /// How long takeOver() waits for the holder's Galley before taking over anyway (default 5,000 ms).
    void setHandOverTimeout(int milliseconds) { m_handOver.setInterval(milliseconds); }

    [[nodiscard]] State state() const { return m_state; }
    /// True while this editor must not change the text (HeldBy, Asking, Free).
    [[nodiscard]] bool holdsEditingBack() const;
    [[nodiscard]] qint64 articleId() const { return m_articleId; }
    /// The lock as last read: this session's (Editing) or the other holder's.
    [[nodiscard]] const std::optional<EditingLock> &lock() const { return m_lock; }
    /// True when the holder is this person in another Galley.
    [[nodiscard]] bool heldByMyOtherSession() const;
    /// Others who have the article open, the holder excluded.
    [[nodiscard]] const QList<Viewer> &viewers() const { return m_viewers; }
    /// Who took the article over from this editor (empty: nobody), when, and whether unsaved
    /// text was kept in the history then.
    [[nodiscard]] QString takenOverBy() const { return m_takenOverBy; }
    [[nodiscard]] QDateTime takenOverAt() const { return m_takenOverAt; }
    [[nodiscard]] bool keptText() const { return m_keptText; }
    /// While Editing: who asks for the article (empty: nobody).
    [[nodiscard]] QString askedBy() const { return m_askedBy; }
    /// HeldBy: this login may take the lock over now (a chief, the holder's own login, or the
    /// holder is idle or gone).
    [[nodiscard]] bool mayTakeOver() const;
    [[nodiscard]] QString session() const { return m_locks->session(); }

public Q_SLOTS:
    /// One change in the newsroom (NewsroomWatcher::changed).
    void onNewsroomEvent(const galley::NewsroomEvent &event);
    /// Takes the article over (see the class comment); only when mayTakeOver().
    void takeOver();
    /// Asks the holder to hand over; the holder's user decides.
    void ask();
    /// Editing, asked for the article: keeps the unsaved text and lets go.
    void handOver();
    /// Editing, asked for the article: declines.
    void keepEditing();
    /// Free: takes the lock.
    void edit();
    /// Reads the lock and who is viewing again, and answers what changed (the heartbeat does).
    void refresh();

Q_SIGNALS:
    /// The state, the lock, the viewers or the take-over notice changed.
    void changed();
    void statusMessage(const QString &message);

private:
    void onArticleLoaded(qint64 id);
    void letGo();
    void beat();
    void tryTake();
    void forceTakeOver();
    void becomeEditor(const EditingLock &lock, bool wasHeldBack);
    void answerRequest(const EditingLock &lock);
    void giveUp(QString to, bool handedOver);
    void readViewers();
    void setState(State state);

    Database &m_database;
    DocumentController *m_document = nullptr;
    std::optional<LockRepository> m_locks; ///< always engaged (re-made by setSession())
    QString m_userName;
    bool m_mayLock = true;
    qint64 m_articleId = 0;
    State m_state = State::Off;
    std::optional<EditingLock> m_lock;
    QList<Viewer> m_viewers;
    QString m_takenOverBy;
    QDateTime m_takenOverAt;
    bool m_keptText = false;
    QString m_askedBy;
    QString m_answeredRequest; ///< the request (session and time) already answered
    bool m_othersAsked = false; ///< someone else asked the holder: a release is theirs to take
    bool m_edited = false; ///< typed since the last heartbeat
    bool m_failed = false; ///< the last lock call failed (said once)
    QTimer m_heartbeat;
    QTimer m_handOver;
};

} // namespace galley
