#pragma once

#include <QString>

namespace galley {

/// Typed access to Galley's QSettings (organization "Galley", application "Galley").
/// Values are read and written on the calling thread; every setter writes through.
class Settings final
{
public:
    enum class Role { Editor, Reviewer };

    /// The name comments and revisions are signed with: the one set in Preferences, else the
    /// login's full name (the passwd entry's GECOS field), else the login.
    [[nodiscard]] static QString userName();
    /// True once the user has set or confirmed their name (first start: false).
    [[nodiscard]] static bool hasUserName();
    static void setUserName(const QString &name);
    [[nodiscard]] static Role role();
    static void setRole(Role role);
    /// "zh_CN", "en", or empty for the system language.
    [[nodiscard]] static QString language();
    static void setLanguage(const QString &language);
    /// The newsroom opened at start; empty for the demo newsroom in the data folder.
    [[nodiscard]] static QString databasePath();
    static void setDatabasePath(const QString &path);

    /// The preview drawn with the graphics card (OpenGL) rather than Qt Quick's software
    /// renderer: read once at start (PreviewPane::chooseRendering). Off by default.
    [[nodiscard]] static bool previewOnGraphicsCard();
    static void setPreviewOnGraphicsCard(bool on);

    [[nodiscard]] static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    [[nodiscard]] static QByteArray windowState();
    static void setWindowState(const QByteArray &state);
    [[nodiscard]] static QByteArray value(const QString &key);
    static void setValue(const QString &key, const QByteArray &value);
};

} // namespace galley
