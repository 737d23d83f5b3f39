#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace galley {

class Database;

/// The soft editing lock on one article: which Galley session edits it, for whom. Times are
/// the team server's (UTC), and so are the judgements on them, so no desk's clock decides.
struct EditingLock {
    qint64 articleId = 0;
    QString holder; ///< the person's name as their Galley shows it ("赵晓")
    QString login; ///< the holder's login on the server
    QString session; ///< the holding Galley session (Database::sessionId())
    QDateTime since;
    QDateTime heartbeat; ///< the holder's last sign of life
    QDateTime lastEdit; ///< when the holder last typed (as their heartbeat reported)
    bool expired = false; ///< no heartbeat for LockRepository::ExpirySeconds: the desk is gone
    bool idle = false; ///< no edit for LockRepository::IdleSeconds
    QString requestedBy; ///< who asks the holder to hand over (empty: nobody)
    QString requestedSession;
    QString requestedLogin; ///< the asking login, as the server signed the request
    QDateTime requestedAt;
    /// The asker may take over (a chief, the holder's own login, or the lock is expired or
    /// idle): the holder's Galley hands over without asking its user.
    bool requesterMayTakeOver = false;
    /// The login reading this may take over (same rule, for the reader's login).
    bool mayTakeOver = false;

    [[nodiscard]] bool isRequested() const { return !requestedSession.isEmpty(); }
};

/// Someone who has an article open (presence).
struct Viewer {
    qint64 articleId = 0;
    QString session;
    QString name;
    QString login;

    friend bool operator==(const Viewer &, const Viewer &) = default;
};

/// Editing locks and presence on a team newsroom (tables article_locks and presence, whose
/// rules the server keeps: see storage/postgres/postgresschema.cpp). A lock is a courtesy that
/// tells others who is editing; the version check on save remains the guarantee.
///
/// A lock belongs to a session, so two Galley of one person are two holders. The holder keeps
/// it alive with heartbeat() (Galley: every 30 s); after ExpirySeconds without one, anyone may
/// take it (a crashed desktop frees it), and take() does so by itself. A chief, the holder's
/// own login, or anyone once the holder has not typed for IdleSeconds, may take a live lock
/// over with takeOver(); Galley first asks the holder's Galley with requestTakeOver(), which
/// keeps its unsaved text and lets go.
///
/// On a newsroom file there are no locks and no presence: take() and heartbeat() report the
/// article as the caller's, reads find nothing, and nothing is an error (isSupported() false).
///
/// Every call is one short statement (autocommit); errors leave errorString(). Lives on the
/// thread of its Database.
class LockRepository final
{
public:
    /// A lock without a heartbeat for this long has expired.
    static constexpr int ExpirySeconds = 120;
    /// A holder who has not typed for this long may be taken over by anyone.
    static constexpr int IdleSeconds = 600;

    /// Locks and presence of \a session (default: this process's, Database::sessionId()).
    explicit LockRepository(Database &database, const QString &session = {});

    /// False on a newsroom file: no locks, no presence.
    [[nodiscard]] bool isSupported() const;
    [[nodiscard]] QString session() const { return m_session; }

    enum class TakeResult {
        Taken, ///< the caller holds the lock now (or there are no locks here)
        HeldBy, ///< another session holds it: see the lock
        Failed, ///< the server refused (a reviewer's login) or cannot be reached: errorString()
    };
    struct TakeOutcome {
        TakeResult result = TakeResult::Failed;
        EditingLock lock; ///< Taken: the caller's lock; HeldBy: the other holder's
    };

    /// Takes the lock of \a articleId for \a holder (the person's name): when nobody holds
    /// it, when this session holds it already (a sign of life), or when its holder expired.
    [[nodiscard]] TakeOutcome take(qint64 articleId, const QString &holder);
    /// Takes the lock over from its live holder, whose Galley should have been asked first.
    /// The server allows it to a chief, to the holder's own login, or when the holder is idle
    /// or expired; otherwise Failed with the server's reason.
    [[nodiscard]] TakeOutcome takeOver(qint64 articleId, const QString &holder);

    enum class HeartbeatResult {
        Held, ///< still this session's: see the lock for a take-over request
        Lost, ///< no longer this session's (expired and removed, or taken over)
        Failed,
    };
    struct HeartbeatOutcome {
        HeartbeatResult result = HeartbeatResult::Failed;
        EditingLock lock; ///< Held: the lock as stored now
    };
    /// The holder's sign of life; \a edited: the holder typed since the last one (resets idle).
    [[nodiscard]] HeartbeatOutcome heartbeat(qint64 articleId, bool edited);
    /// Lets go of this session's lock of \a articleId (true also when it held none).
    [[nodiscard]] bool release(qint64 articleId);

    /// Asks the holder of \a articleId to hand over, as \a requester (a name). False when
    /// nobody holds it, or on an error.
    [[nodiscard]] bool requestTakeOver(qint64 articleId, const QString &requester);
    /// The holder declines a request (keeps editing).
    [[nodiscard]] bool declineRequest(qint64 articleId);

    /// The lock of \a articleId as stored (an expired one says so), or nullopt when there is
    /// none (errorString() tells an error apart).
    [[nodiscard]] std::optional<EditingLock> lock(qint64 articleId);
    /// The live (not expired) locks of \a articleIds, by article id, in one read.
    [[nodiscard]] QHash<qint64, EditingLock> holders(const QList<qint64> &articleIds);

    /// Says that \a name (this session) has \a articleId open.
    [[nodiscard]] bool join(qint64 articleId, const QString &name);
    /// Says that this session has closed \a articleId.
    [[nodiscard]] bool leave(qint64 articleId);
    /// This session's presence is alive (every row of it).
    [[nodiscard]] bool heartbeatPresence();
    /// Who has \a articleId open (live rows, this session included), by name.
    [[nodiscard]] QList<Viewer> viewers(qint64 articleId);
    /// The same for many articles in one read, by article id.
    [[nodiscard]] QHash<qint64, QList<Viewer>> presence(const QList<qint64> &articleIds);

    /// Removes expired locks and presence rows (anyone may), so that every list hears that a
    /// crashed desk's lock is gone.
    [[nodiscard]] bool sweep();

    [[nodiscard]] QString errorString() const { return m_error; }

private:
    /// Runs one statement with \a values bound in order: the rows it changed, or nullopt
    /// (errorString() says why).
    std::optional<int> run(const QString &sql, const QVariantList &values);

    Database &m_database;
    QString m_session;
    QString m_error;
};

} // namespace galley
