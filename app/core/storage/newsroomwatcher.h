#pragma once

#include <QByteArray>
#include <QObject>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace galley {

class Database;

/// One change to a newsroom that another Galley (or a script) committed, as the team server
/// announces it (see galley_notify() in storage/postgres/postgresschema.cpp). A change of
/// unknown extent (a newsroom file changed by another process, or the news missed while the
/// server was away, a galley copy into the newsroom, announced as table "*") has an empty
/// table: read everything shown again.
struct NewsroomEvent {
    QString table; ///< articles, annotations, suggestions, revisions, workflow_events, article_locks, presence, copydesk_words, newsroom_settings; empty: unknown
    QString op; ///< insert, update or delete
    qint64 articleId = 0;
    qint64 id = 0; ///< the row's id (an annotation, a revision, an event; the article for articles)
    qint64 version = 0; ///< articles: the version now stored
    qint64 number = 0; ///< revisions: the revision number
    QString state; ///< articles: workflow state key; annotations: open/resolved; suggestions: open/accepted/rejected/orphaned; workflow_events: the new state
    QString user; ///< the login that wrote it
    QString name; ///< the person's name where the row has one (a revision's author, a lock's holder, a suggestion's author or resolver)
    QString session; ///< article_locks, presence: the session holding the row
    QString origin; ///< the Galley session that wrote it (Database::sessionId()); empty for other clients
    bool trashed = false; ///< articles: in the trash now
    bool requested = false; ///< article_locks: a take-over is asked for
    QByteArray payload; ///< the announcement as received (JSON), for galley watch --json

    /// Reads one announcement; nullopt when it is not a JSON object with a table.
    [[nodiscard]] static std::optional<NewsroomEvent> fromPayload(const QByteArray &payload);
    /// True for the whole-newsroom "read everything again" event.
    [[nodiscard]] bool isUnknown() const { return table.isEmpty(); }
    /// True when this Galley process wrote it.
    [[nodiscard]] bool isOwn() const;
};

/// Hears what others change in an open newsroom, as it happens.
///
/// Team server: a connection of its own LISTENs on the channel "galley" (through the QPSQL
/// driver's notifications, on this thread's event loop) and emits every announcement. A
/// heartbeat query every few seconds notices a lost connection: connectionLost() is emitted,
/// the connection is tried again with a growing delay (1 s, 2 s, 4 s … 15 s), and when it is
/// back reconnected() is emitted followed by an unknown-change event, since what was announced
/// meanwhile is lost by design (read again by version).
///
/// Newsroom file: SQLite has no announcements; PRAGMA data_version on the caller's own
/// connection tells, cheaply, that another connection (another Galley, galley on the command
/// line) committed, which is emitted as an unknown change at most twice a second.
///
/// Lives on the thread of the Database given to start().
class NewsroomWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit NewsroomWatcher(QObject *parent = nullptr);
    ~NewsroomWatcher() override;

    /// Starts watching the newsroom \a database has open (a file: through \a database itself,
    /// which must outlive the watcher or stop(); a server: on a new connection to the same
    /// server with the same password). False, with errorString(), when the server refuses.
    [[nodiscard]] bool start(Database &database);
    void stop();
    [[nodiscard]] bool isWatching() const;
    /// False while a team server's listening connection is lost.
    [[nodiscard]] bool isConnected() const { return m_connected; }
    [[nodiscard]] QString errorString() const { return m_error; }

    /// Heartbeat interval while connected (default 3000 ms).
    void setHeartbeatInterval(int milliseconds);
    /// Longest wait between two reconnection attempts (default 15000 ms).
    void setMaxRetryDelay(int milliseconds) { m_maxRetryDelay = milliseconds; }

Q_SIGNALS:
    void changed(const galley::NewsroomEvent &event);
    /// The team server cannot be reached; edits stay on this computer until it is back.
    void connectionLost(const QString &reason);
    /// The team server is back (an unknown-change event follows).
    void reconnected();

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void beat();
    bool subscribe();
    void lose(const QString &reason);
    void retry();

    Database *m_file = nullptr;
    std::unique_ptr<Database> m_server;
    QTimer m_heartbeat;
    QTimer m_retry;
    qint64 m_dataVersion = -1;
    int m_retryDelay = 1000;
    int m_maxRetryDelay = 15000;
    bool m_connected = false;
    QString m_error;
};

} // namespace galley
