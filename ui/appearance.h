#pragma once

#include <QString>

class QIcon;
class QObject;
class QPalette;

namespace galley {

/// Light or dark: the choice in Preferences (stored in QSettings as "ui/theme") and what it does
/// to the application's style and palette. The preview follows the palette by itself.
namespace Appearance {

enum class Theme { System, Light, Dark };

[[nodiscard]] Theme theme();
void setTheme(Theme theme);
[[nodiscard]] QString themeKey(Theme theme);

/// Applies \a theme to the running application: System gives back the platform's style and
/// palette; Dark keeps a platform palette that is dark already and otherwise uses Qt's Fusion
/// style with a dark palette; Light uses the platform's style with its light standard palette.
/// Call after the QApplication is made (main() does, and Preferences when the choice changes).
void apply(Theme theme);

/// True when \a palette reads light text on a dark window.
[[nodiscard]] bool isDark(const QPalette &palette);

/// \a icon, drawn as it is while the application's palette is light; while it is dark, an icon
/// in dark shades of grey (the theme's symbolic and most action icons, drawn for light windows)
/// is drawn with its shades turned over, so it reads on the dark window. Coloured and light
/// icons stay as they are.
/// Follows palette changes as they happen.
[[nodiscard]] QIcon followingPalette(const QIcon &icon);
/// Makes the icon of every QAction under \a root follow the palette (followingPalette()).
void makeIconsFollowPalette(QObject *root);

} // namespace Appearance

} // namespace galley
