#include "teamnewsroomdialog.h"

#include "storage/database.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace galley {

namespace {

const QString RecentKey = QStringLiteral("teamNewsrooms/recent");
constexpr int RecentLimit = 8;

struct Server {
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString sslMode;

    [[nodiscard]] QJsonObject toJson() const
    {
        return { { QStringLiteral("host"), host }, { QStringLiteral("port"), port },
            { QStringLiteral("database"), database }, { QStringLiteral("user"), user },
            { QStringLiteral("sslmode"), sslMode } };
    }
    static Server fromJson(const QJsonObject &object)
    {
        Server server;
        server.host = object.value(QLatin1String("host")).toString();
        server.port = object.value(QLatin1String("port")).toInt(5432);
        server.database = object.value(QLatin1String("database")).toString();
        server.user = object.value(QLatin1String("user")).toString();
        server.sslMode = object.value(QLatin1String("sslmode")).toString();
        return server;
    }
    [[nodiscard]] QString uri() const { return TeamNewsroomDialog::uriFor(host, port, database, user, sslMode); }
};

/// The servers opened before, newest first (the settings hold no password).
QList<Server> recentServers()
{
    QList<Server> servers;
    const QJsonArray array = QJsonDocument::fromJson(QSettings().value(RecentKey).toByteArray()).array();
    for (const QJsonValue &value : array)
        servers.append(Server::fromJson(value.toObject()));
    return servers;
}

void rememberServer(const Server &server)
{
    QJsonArray array { server.toJson() };
    for (const Server &other : recentServers()) {
        if (other.uri() != server.uri() && array.size() < RecentLimit)
            array.append(other.toJson());
    }
    QSettings().setValue(RecentKey, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

QString TeamNewsroomDialog::uriFor(
    const QString &host, int port, const QString &database, const QString &user, const QString &sslMode)
{
    QString uri = QStringLiteral("postgresql://");
    if (!user.trimmed().isEmpty())
        uri += QString::fromLatin1(QUrl::toPercentEncoding(user.trimmed())) + QLatin1Char('@');
    QStringList parameters;
    const QString server = host.trimmed();
    const bool socketFolder = server.startsWith(QLatin1Char('/'));
    if (socketFolder)
        parameters.append(QStringLiteral("host=") + QString::fromLatin1(QUrl::toPercentEncoding(server, "/")));
    else if (!server.isEmpty())
        uri += server.contains(QLatin1Char(':')) ? QLatin1Char('[') + server + QLatin1Char(']') : server;
    if (port > 0 && port != 5432) {
        if (socketFolder || server.isEmpty())
            parameters.append(QStringLiteral("port=%1").arg(port));
        else
            uri += QLatin1Char(':') + QString::number(port);
    }
    uri += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(database.trimmed()));
    if (!sslMode.isEmpty())
        parameters.append(QStringLiteral("sslmode=") + sslMode);
    if (!parameters.isEmpty())
        uri += QLatin1Char('?') + parameters.join(QLatin1Char('&'));
    return uri;
}

TeamNewsroomDialog::TeamNewsroomDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open Team Newsroom"));
    setObjectName(QStringLiteral("teamNewsroomDialog"));

    m_recent = new QComboBox(this);
    m_recent->setAccessibleName(tr("Recent team newsrooms"));
    m_recent->addItem(tr("New connection"));
    for (const Server &server : recentServers())
        m_recent->addItem(Database::displayNameOf(server.uri()), server.toJson());

    m_host = new QLineEdit(this);
    m_host->setAccessibleName(tr("Server"));
    m_host->setPlaceholderText(tr("db.newsroom.example or /run/postgresql"));
    m_port = new QSpinBox(this);
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setAccessibleName(tr("Database"));
    m_database->setPlaceholderText(tr("newsroom"));
    m_user = new QLineEdit(this);
    m_user->setAccessibleName(tr("Login"));
    m_user->setPlaceholderText(tr("your PostgreSQL login"));
    m_password = new QLineEdit(this);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("not stored; empty: ~/.pgpass or PGPASSWORD"));
    m_sslMode = new QComboBox(this);
    m_sslMode->setAccessibleName(tr("Encryption"));
    m_sslMode->addItem(tr("Use TLS when the server offers it"), QString());
    m_sslMode->addItem(tr("Require TLS"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Require TLS and check the server's certificate"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("No TLS"), QStringLiteral("disable"));

    m_location = new QLabel(this);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_location->setAccessibleName(tr("Address"));
    m_location->setWordWrap(true);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Connection test result"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Recent:"), m_recent);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Encryption:"), m_sslMode);
    form->addRow(tr("Address:"), m_location);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    auto *test = buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    test->setObjectName(QStringLiteral("testConnectionButton"));
    connect(test, &QPushButton::clicked, this, &TeamNewsroomDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &TeamNewsroomDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TeamNewsroomDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    for (QLineEdit *edit : { m_host, m_database, m_user })
        connect(edit, &QLineEdit::textChanged, this, &TeamNewsroomDialog::updateLocation);
    connect(m_port, &QSpinBox::valueChanged, this, &TeamNewsroomDialog::updateLocation);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &TeamNewsroomDialog::updateLocation);
    connect(m_recent, &QComboBox::currentIndexChanged, this, &TeamNewsroomDialog::fillFromRecent);
    if (m_recent->count() > 1)
        m_recent->setCurrentIndex(1);
    updateLocation();
    resize(std::max(sizeHint().width(), 520), sizeHint().height());
}

QString TeamNewsroomDialog::location() const
{
    return uriFor(m_host->text(), m_port->value(), m_database->text(), m_user->text(), m_sslMode->currentData().toString());
}

QString TeamNewsroomDialog::password() const
{
    return m_password->text();
}

void TeamNewsroomDialog::updateLocation()
{
    m_location->setText(location());
    m_result->clear();
}

void TeamNewsroomDialog::fillFromRecent(int index)
{
    if (index <= 0)
        return;
    const Server server = Server::fromJson(m_recent->itemData(index).toJsonObject());
    m_host->setText(server.host);
    m_port->setValue(server.port);
    m_database->setText(server.database);
    m_user->setText(server.user);
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(server.sslMode)));
}

bool TeamNewsroomDialog::tryConnection(QString *message)
{
    if (m_database->text().trimmed().isEmpty()) {
        *message = tr("Enter the name of the newsroom's database.");
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Database database;
    const bool ok = database.openReadOnly(location(), password()) == Database::Status::Ok;
    QApplication::restoreOverrideCursor();
    *message = ok ? tr("Connected as %1: %2.").arg(database.serverUser(),
                   roleDisplayName(database.serverRole().value_or(Role::Reviewer)))
                  : database.errorString();
    return ok;
}

void TeamNewsroomDialog::testConnection()
{
    QString message;
    tryConnection(&message);
    m_result->setText(message);
}

void TeamNewsroomDialog::accept()
{
    QString message;
    if (!tryConnection(&message)) {
        m_result->setText(message);
        return;
    }
    Server server;
    server.host = m_host->text().trimmed();
    server.port = m_port->value();
    server.database = m_database->text().trimmed();
    server.user = m_user->text().trimmed();
    server.sslMode = m_sslMode->currentData().toString();
    rememberServer(server);
    QDialog::accept();
}

} // namespace galley
