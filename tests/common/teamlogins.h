#pragma once

// One team newsroom on the test server (GALLEY_TEST_PG_URI) with a login per Galley role, named
// after the test process (login roles are the cluster's, so parallel tests must not share them):
// <prefix>editor, <prefix>editor2, <prefix>reviewer, <prefix>chief, and <prefix>nobody without
// a Galley role. Every password is "secret-<login>".

#include "storage/database.h"

#include "testnewsroom.h"

#include <QDebug>

#include <memory>
#include <utility>

namespace galley::test {

class TeamLogins
{
public:
    TeamLogins() = default;
    ~TeamLogins() { tearDown(); }
    TeamLogins(const TeamLogins &) = delete;
    TeamLogins &operator=(const TeamLogins &) = delete;

    /// Creates the database (set up by galley admin init's code) and the logins; false with
    /// errorString() when the server refuses.
    [[nodiscard]] bool setUp(const QString &tag)
    {
        m_admin = testServerUri(&m_error);
        if (m_admin.isEmpty())
            return false;
        m_databaseName = m_newsrooms.createDatabase();
        if (m_databaseName.isEmpty()) {
            m_error = m_newsrooms.errorString();
            return false;
        }
        Database setup;
        if (setup.initialize(uriForDatabase(m_admin, m_databaseName)) != Database::Status::Ok) {
            m_error = setup.errorString();
            return false;
        }
        m_prefix = QStringLiteral("%1%2_").arg(tag).arg(QCoreApplication::applicationPid());
        for (const auto &[login, group] : { std::pair { "editor", "galley_editor" }, { "editor2", "galley_editor" },
                 { "reviewer", "galley_reviewer" }, { "chief", "galley_chief" }, { "nobody", "" } }) {
            const QString name = m_prefix + QLatin1String(login);
            if (!runAsAdmin(QStringLiteral("DROP ROLE IF EXISTS %1; CREATE ROLE %1 LOGIN PASSWORD 'secret-%1'").arg(name),
                    &m_error))
                return false;
            if (*group && !runAsAdmin(QStringLiteral("GRANT %1 TO %2").arg(QLatin1String(group), name), &m_error))
                return false;
        }
        return true;
    }

    void tearDown()
    {
        if (m_prefix.isEmpty())
            return;
        QString ignored;
        runAsAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_databaseName), &ignored);
        for (const char *login : { "editor", "editor2", "reviewer", "chief", "nobody" })
            runAsAdmin(QStringLiteral("DROP ROLE IF EXISTS %1%2").arg(m_prefix, QLatin1String(login)), &ignored);
        m_prefix.clear();
    }

    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString admin() const { return m_admin; }
    [[nodiscard]] QString databaseName() const { return m_databaseName; }
    /// The admin's URI for the newsroom.
    [[nodiscard]] QString adminLocation() const { return uriForDatabase(m_admin, m_databaseName); }
    [[nodiscard]] QString loginName(const QString &login) const { return m_prefix + login; }
    [[nodiscard]] QString location(const QString &login) const
    {
        return uriForDatabase(m_admin, m_databaseName, m_prefix + login);
    }

    /// Opens the newsroom as \a login ("editor", "reviewer", ...).
    [[nodiscard]] bool openAs(const QString &login, std::unique_ptr<Database> &database) const
    {
        database = std::make_unique<Database>();
        const Database::Status status = database->open(location(login));
        if (status != Database::Status::Ok)
            qWarning() << login << database->errorString();
        return status == Database::Status::Ok;
    }

    /// Runs \a sql on the newsroom as the server's admin.
    [[nodiscard]] bool runInNewsroom(const QString &sql, QString *error = nullptr) const
    {
        return runAsAdmin(sql, error, m_databaseName);
    }

    /// Ends every server connection of \a login to the newsroom (pg_terminate_backend).
    [[nodiscard]] bool dropConnections(const QString &login) const
    {
        QString error;
        const bool ok = runAsAdmin(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                                  "usename = '%1%2' AND datname = '%3'")
                                       .arg(m_prefix, login, m_databaseName),
            &error);
        if (!ok)
            qWarning() << error;
        return ok;
    }

private:
    TestNewsrooms m_newsrooms;
    QString m_admin;
    QString m_databaseName;
    QString m_prefix;
    QString m_error;
};

} // namespace galley::test
