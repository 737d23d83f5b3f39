#include "appearance.h"

#include <QApplication>
#include <QPalette>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace galley::Appearance {

namespace {

const QString ThemeKey = QStringLiteral("ui/theme");

/// What the platform gave before Galley changed anything, to go back to for "System".
struct Platform {
    QString styleName;
    QPalette palette;
};

Platform &platform()
{
    static Platform kept = [] {
        return Platform { QApplication::style()->name(), QApplication::palette() };
    }();
    return kept;
}

/// Fusion's dark palette, as Qt's examples and most dark Qt applications have it.
QPalette darkPalette()
{
    QPalette palette;
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(230, 230, 230);
    const QColor disabledText(127, 127, 127);
    const QColor highlight(42, 130, 218);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Light, QColor(70, 70, 74));
    palette.setColor(QPalette::Midlight, QColor(60, 60, 64));
    palette.setColor(QPalette::Mid, QColor(40, 40, 42));
    palette.setColor(QPalette::Dark, QColor(20, 20, 22));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Link, QColor(110, 170, 240));
    palette.setColor(QPalette::LinkVisited, QColor(170, 140, 230));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(80, 80, 80));
    return palette;
}

void useStyle(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0) {
        if (QStyle *style = QStyleFactory::create(name))
            QApplication::setStyle(style);
    }
}

} // namespace

Theme theme()
{
    const QString key = QSettings().value(ThemeKey).toString();
    if (key == themeKey(Theme::Dark))
        return Theme::Dark;
    if (key == themeKey(Theme::Light))
        return Theme::Light;
    return Theme::System;
}

void setTheme(Theme theme) { QSettings().setValue(ThemeKey, themeKey(theme)); }

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

void apply(Theme theme)
{
    const Platform &given = platform();
    switch (theme) {
    case Theme::System:
        useStyle(given.styleName);
        QApplication::setPalette(given.palette);
        break;
    case Theme::Light:
        useStyle(given.styleName);
        QApplication::setPalette(isDark(given.palette) ? QApplication::style()->standardPalette() : given.palette);
        break;
    case Theme::Dark:
        if (isDark(given.palette)) {
            useStyle(given.styleName);
            QApplication::setPalette(given.palette);
        } else {
            useStyle(QStringLiteral("Fusion"));
            QApplication::setPalette(darkPalette());
        }
        break;
    }
}

} // namespace galley::Appearance
