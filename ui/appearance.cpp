#include "appearance.h"

#include <QAction>
#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>

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

/// True when the visible pixels of \a image are (nearly) all grey and, on the whole, dark: drawn
/// for a light window. Light or coloured icons read on a dark window as they are.
bool isDarkGreyscale(const QImage &image)
{
    qint64 visible = 0;
    qint64 grey = 0;
    qint64 shade = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = line[x];
            if (qAlpha(pixel) < 32)
                continue;
            ++visible;
            shade += qGray(pixel);
            const int high = std::max({qRed(pixel), qGreen(pixel), qBlue(pixel)});
            const int low = std::min({qRed(pixel), qGreen(pixel), qBlue(pixel)});
            if (high - low < 48)
                ++grey;
        }
    }
    return visible > 0 && grey * 100 >= visible * 85 && shade < visible * 128;
}

/// Wraps an icon and, on a dark palette, turns over the shades of a dark one in greys.
class PaletteIconEngine final : public QIconEngine
{
public:
    explicit PaletteIconEngine(QIcon icon)
        : m_icon(std::move(icon))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap image = pixmap(rect.size() * ratio, mode, state);
        image.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, image);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        // \a size is in device pixels already (paint() and QIcon::pixmap() scale it).
        const QPixmap given = m_icon.pixmap(size, 1.0, mode, state);
        if (given.isNull() || !isDark(QApplication::palette()))
            return given;
        const QString key = QStringLiteral("galley-palette-icon-%1").arg(given.cacheKey());
        QPixmap turned;
        if (QPixmapCache::find(key, &turned))
            return turned;
        QImage image = given.toImage().convertToFormat(QImage::Format_ARGB32);
        if (isDarkGreyscale(image)) {
            for (int y = 0; y < image.height(); ++y) {
                auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
                for (int x = 0; x < image.width(); ++x) {
                    const QRgb pixel = line[x];
                    const int shade = 255 - qGray(pixel);
                    line[x] = qRgba(shade, shade, shade, qAlpha(pixel));
                }
            }
            turned = QPixmap::fromImage(image);
            turned.setDevicePixelRatio(given.devicePixelRatio());
        } else {
            turned = given;
        }
        QPixmapCache::insert(key, turned);
        return turned;
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_icon.actualSize(size, mode, state);
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return m_icon.availableSizes(mode, state);
    }

    QString iconName() override { return m_icon.name(); }
    QString key() const override { return QStringLiteral("galley-palette"); }
    QIconEngine *clone() const override { return new PaletteIconEngine(m_icon); }

private:
    QIcon m_icon;
};

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

QIcon followingPalette(const QIcon &icon)
{
    if (icon.isNull())
        return icon;
    return QIcon(new PaletteIconEngine(icon));
}

void makeIconsFollowPalette(QObject *root)
{
    static constexpr char Wrapped[] = "galleyIconFollowsPalette";
    for (QAction *action : root->findChildren<QAction *>()) {
        if (action->icon().isNull() || action->property(Wrapped).toBool())
            continue;
        action->setIcon(followingPalette(action->icon()));
        action->setProperty(Wrapped, true);
    }
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
