#include "storage/newsroomwatcher.h"

#include "storage/database.h"
#include "storage/postgres/postgresconnection.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace galley {

namespace {

const QString Channel = QStringLiteral("galley");

/// How often a newsroom file is asked whether another connection committed.
constexpr int FilePollInterval = 500;

} // namespace

std::optional<NewsroomEvent> NewsroomEvent::fromPayload(const QByteArray &payload)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    NewsroomEvent event;
    event.table = object.value(QLatin1String("table")).toString();
    if (event.table.isEmpty())
        return std::nullopt;
    if (event.table == QLatin1String("*"))
        event.table.clear(); // a change of every table (galley copy): read everything again
    event.op = object.value(QLatin1String("op")).toString();
    event.articleId = object.value(QLatin1String("article")).toInteger();
    event.id = object.value(QLatin1String("id")).toInteger();
    event.version = object.value(QLatin1String("version")).toInteger();
    event.number = object.value(QLatin1String("number")).toInteger();
    event.state = object.value(QLatin1String("state")).toString();
    event.user = object.value(QLatin1String("user")).toString();
    event.name = object.value(QLatin1String("name")).toString();
    event.session = object.value(QLatin1String("session")).toString();
    event.origin = object.value(QLatin1String("origin")).toString();
    event.trashed = object.value(QLatin1String("trashed")).toBool();
    event.requested = object.value(QLatin1String("requested")).toBool();
    event.payload = payload;
    return event;
}

bool NewsroomEvent::isOwn() const
{
    return !origin.isEmpty() && origin == Database::sessionId();
}

NewsroomWatcher::NewsroomWatcher(QObject *parent)
    : QObject(parent)
{
    m_heartbeat.setInterval(3000);
    connect(&m_heartbeat, &QTimer::timeout, this, &NewsroomWatcher::beat);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &NewsroomWatcher::retry);
}

NewsroomWatcher::~NewsroomWatcher()
{
    stop();
}

void NewsroomWatcher::setHeartbeatInterval(int milliseconds)
{
    if (!m_file)
        m_heartbeat.setInterval(milliseconds);
}

bool NewsroomWatcher::start(Database &database)
{
    stop();
    m_error.clear();
    if (!database.isOpen()) {
        m_error = QCoreApplication::translate("galley::NewsroomWatcher", "The newsroom is not open.");
        return false;
    }
    if (database.engine() == Engine::SQLite) {
        m_file = &database;
        QSqlQuery query(database.connection());
        m_dataVersion = query.exec(QStringLiteral("PRAGMA data_version")) && query.next() ? query.value(0).toLongLong() : -1;
        m_heartbeat.setInterval(FilePollInterval);
        m_heartbeat.start();
        m_connected = true;
        return true;
    }
    m_server = std::make_unique<Database>();
    if (m_server->open(database.path(), database.password()) != Database::Status::Ok) {
        m_error = m_server->errorString();
        m_server.reset();
        return false;
    }
    if (!subscribe()) {
        m_server.reset();
        return false;
    }
    m_connected = true;
    m_retryDelay = 1000;
    m_heartbeat.start();
    return true;
}

void NewsroomWatcher::stop()
{
    m_heartbeat.stop();
    m_retry.stop();
    if (m_server) {
        QSqlDriver *driver = m_server->connection().driver();
        if (driver) {
            disconnect(driver, nullptr, this, nullptr);
            if (driver->subscribedToNotifications().contains(Channel))
                driver->unsubscribeFromNotification(Channel);
        }
        m_server.reset();
    }
    m_file = nullptr;
    m_connected = false;
}

bool NewsroomWatcher::isWatching() const
{
    return m_file || m_server;
}

bool NewsroomWatcher::subscribe()
{
    QSqlDriver *driver = m_server->connection().driver();
    if (!driver) {
        m_error = QCoreApplication::translate("galley::NewsroomWatcher", "The team server %1 is not connected.")
                      .arg(m_server->displayName());
        return false;
    }
    // The driver forgets its subscriptions when its connection is made again.
    if (!driver->subscribedToNotifications().contains(Channel) && !driver->subscribeToNotification(Channel)) {
        m_error = QCoreApplication::translate("galley::NewsroomWatcher", "The team server %1 did not let Galley listen for changes: %2")
                      .arg(m_server->displayName(), sqlErrorText(driver->lastError()));
        return false;
    }
    connect(driver, qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(&QSqlDriver::notification),
        this, &NewsroomWatcher::onNotification,
        Qt::UniqueConnection);
    return true;
}

void NewsroomWatcher::onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (name != Channel)
        return;
    if (const std::optional<NewsroomEvent> event = NewsroomEvent::fromPayload(payload.toString().toUtf8()))
        Q_EMIT changed(*event);
}

void NewsroomWatcher::beat()
{
    if (m_file) {
        QSqlQuery query(m_file->connection());
        if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
            return;
        const qint64 version = query.value(0).toLongLong();
        if (version != m_dataVersion) {
            m_dataVersion = version;
            Q_EMIT changed(NewsroomEvent {});
        }
        return;
    }
    if (!m_server)
        return;
    QSqlQuery query(m_server->connection());
    if (!query.exec(QStringLiteral("SELECT 1"))) {
        QString reason = sqlErrorText(query.lastError());
        if (reason.isEmpty())
            reason = QCoreApplication::translate("galley::NewsroomWatcher", "The connection to the team server %1 was lost.")
                         .arg(m_server->displayName());
        lose(reason);
    }
}

void NewsroomWatcher::lose(const QString &reason)
{
    if (!m_connected)
        return;
    m_connected = false;
    m_heartbeat.stop();
    m_retryDelay = 1000;
    Q_EMIT connectionLost(reason);
    m_retry.start(m_retryDelay);
}

void NewsroomWatcher::retry()
{
    if (!m_server)
        return;
    const int generation = m_server->connectionGeneration();
    QSqlQuery query(m_server->connection()); // connects again when the connection was lost
    const bool back = query.exec(QStringLiteral("SELECT 1"));
    if (back && (m_server->connectionGeneration() != generation || !PostgresConnection::isBroken(m_server->connection()))
        && subscribe()) {
        m_connected = true;
        m_heartbeat.start();
        Q_EMIT reconnected();
        Q_EMIT changed(NewsroomEvent {});
        return;
    }
    m_retryDelay = std::min(m_retryDelay * 2, m_maxRetryDelay);
    m_retry.start(m_retryDelay);
}

} // namespace galley
