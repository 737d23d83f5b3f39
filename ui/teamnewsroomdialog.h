#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace galley {

/// File ▸ Open Team Newsroom…: where the team's PostgreSQL server is and who logs in. Builds the
/// libpq URI Galley opens (shown as it is typed), offers the servers opened before (kept in the
/// settings without any password), and tests the connection. The password is only passed on to
/// the window that opens the newsroom; it is never written anywhere. Left empty, libpq's own
/// sources apply (~/.pgpass, PGPASSWORD, a service file).
class TeamNewsroomDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit TeamNewsroomDialog(QWidget *parent = nullptr);

    /// The newsroom's URI (without the password).
    [[nodiscard]] QString location() const;
    [[nodiscard]] QString password() const;

    /// The URI for these connection fields: postgresql://user@host:port/database?sslmode=…
    /// (a host starting with "/" is a socket folder: ?host=…).
    [[nodiscard]] static QString uriFor(const QString &host, int port, const QString &database, const QString &user,
        const QString &sslMode);

    void accept() override;

private:
    void updateLocation();
    void fillFromRecent(int index);
    void testConnection();
    bool tryConnection(QString *message);

    QComboBox *m_recent = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLabel *m_location = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace galley
