#include "settings.h"

#include <QSettings>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace galley {

namespace {
const QString UserNameKey = QStringLiteral("user/name");
const QString RoleKey = QStringLiteral("user/role");
const QString LanguageKey = QStringLiteral("ui/language");
const QString DatabaseKey = QStringLiteral("newsroom/database");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString PreviewGpuKey = QStringLiteral("preview/graphicsCard");
} // namespace

QString Settings::userName()
{
    const QString stored = QSettings().value(UserNameKey).toString();
    if (!stored.isEmpty())
        return stored;
#ifdef Q_OS_UNIX
    if (const passwd *entry = ::getpwuid(::getuid()); entry && entry->pw_gecos) {
        const QString fullName = QString::fromLocal8Bit(entry->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
        if (!fullName.isEmpty())
            return fullName;
    }
#endif
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login.isEmpty() ? QStringLiteral("editor") : login;
}

bool Settings::hasUserName()
{
    return !QSettings().value(UserNameKey).toString().isEmpty();
}

void Settings::setUserName(const QString &name) { QSettings().setValue(UserNameKey, name.trimmed()); }

Settings::Role Settings::role()
{
    return QSettings().value(RoleKey).toString() == QLatin1String("reviewer") ? Role::Reviewer : Role::Editor;
}

void Settings::setRole(Role role)
{
    QSettings().setValue(RoleKey, role == Role::Reviewer ? QStringLiteral("reviewer") : QStringLiteral("editor"));
}

QString Settings::language() { return QSettings().value(LanguageKey).toString(); }
void Settings::setLanguage(const QString &language) { QSettings().setValue(LanguageKey, language); }
QString Settings::databasePath() { return QSettings().value(DatabaseKey).toString(); }
void Settings::setDatabasePath(const QString &path) { QSettings().setValue(DatabaseKey, path); }
bool Settings::previewOnGraphicsCard() { return QSettings().value(PreviewGpuKey, false).toBool(); }
void Settings::setPreviewOnGraphicsCard(bool on) { QSettings().setValue(PreviewGpuKey, on); }
QByteArray Settings::windowGeometry() { return QSettings().value(GeometryKey).toByteArray(); }
void Settings::setWindowGeometry(const QByteArray &geometry) { QSettings().setValue(GeometryKey, geometry); }
QByteArray Settings::windowState() { return QSettings().value(StateKey).toByteArray(); }
void Settings::setWindowState(const QByteArray &state) { QSettings().setValue(StateKey, state); }
QByteArray Settings::value(const QString &key) { return QSettings().value(key).toByteArray(); }
void Settings::setValue(const QString &key, const QByteArray &value) { QSettings().setValue(key, value); }

} // namespace galley
