// Dark mode (#16): Preferences ▸ Appearance switches Galley to a dark palette (Qt's Fusion style
// with a dark palette, as the offscreen platform gives a light one) and back, the preview follows
// with a dark style sheet of its own, and the pages an export writes stay exactly as in light mode.
#include "editortestsupport.h"

#include "appearance.h"
#include "exporting/exporter.h"
#include "preferencesdialog.h"
#include "preview/previewpage.h"
#include "preview/previewpane.h"

#include <QComboBox>
#include <QMainWindow>
#include <QPainter>
#include <QToolBar>
#include <QDirIterator>
#include <QRegularExpression>
#include <QSettings>
#include <QStyle>
#include <QWebEngineScript>

using namespace galley;
using galley::test::Newsroom;

namespace {

/// Runs \a script in the isolated world (where the preview's own scripts run) and waits for its result.
QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("no answer from the page to %s", qPrintable(script));
    return result;
}

/// The lightness (0–255) of the page's computed body background, -1 when it cannot be read.
int backgroundLightness(QWebEnginePage *page)
{
    const QString css = evaluate(page, QStringLiteral("getComputedStyle(document.body).backgroundColor")).toString();
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral(R"(^rgba?\((\d+), (\d+), (\d+)(, ([\d.]+))?\)$)")).match(css);
    if (!match.hasMatch())
        return -1;
    if (match.capturedLength(5) > 0 && match.captured(5).toDouble() == 0)
        return 255; // transparent: the page's white
    return QColor(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()).lightness();
}

/// Chooses \a label under Preferences ▸ Appearance and presses OK.
void chooseAppearance(const QString &label)
{
    PreferencesDialog dialog;
    QComboBox *combo = nullptr;
    for (QComboBox *candidate : dialog.findChildren<QComboBox *>()) {
        if (candidate->accessibleName() == QLatin1String("Appearance"))
            combo = candidate;
    }
    QVERIFY(combo);
    const int index = combo->findText(label);
    QVERIFY2(index >= 0, qPrintable(label));
    combo->setCurrentIndex(index);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

/// Every file under \a directory by its path there.
QMap<QString, QByteArray> filesUnder(const QString &directory)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(directory, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(QDir(directory).relativeFilePath(path), file.readAll());
    }
    return files;
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Newsroom> m_newsroom;

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        Appearance::apply(Appearance::Theme::System);
        m_newsroom = std::make_unique<Newsroom>();
        // The offscreen platform's palette is light: what "System" gives here.
        QVERIFY(!Appearance::isDark(QApplication::palette()));
    }

    void cleanup()
    {
        Appearance::apply(Appearance::Theme::System);
        m_newsroom.reset();
        QSettings().clear();
    }

    void darkModeDarkensTheWindowAndThePreview()
    {
        const qint64 first = m_newsroom->addArticle(QStringLiteral("夜间模式"), QStringLiteral("<p>深色的预览。</p>"));
        const qint64 second = m_newsroom->addArticle(QStringLiteral("Night Desk"), QStringLiteral("<p>Dark preview.</p>"));
        qint64 shown = first;
        PreviewPane pane(m_newsroom->database);
        pane.setArticleSource([&] { return m_newsroom->load(shown); });
        pane.resize(500, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.articleChanged();
        QTRY_VERIFY_WITH_TIMEOUT(!pane.isUpdatePending(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(backgroundLightness(pane.page()) > 200, 10000);

        chooseAppearance(QStringLiteral("Dark"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
        QVERIFY(Appearance::isDark(QApplication::palette()));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QTRY_VERIFY_WITH_TIMEOUT(Appearance::isDark(pane.palette()), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(backgroundLightness(pane.page()) < 60, 10000);
        QVERIFY(evaluate(pane.page(), QStringLiteral("getComputedStyle(document.body).color")).toString()
                != QStringLiteral("rgb(0, 0, 0)"));

        // The next article's page is dark from the start.
        shown = second;
        pane.articleChanged();
        QTRY_VERIFY_WITH_TIMEOUT(!pane.isUpdatePending(), 20000);
        QCOMPARE(evaluate(pane.page(), QStringLiteral("document.title")).toString().contains(QStringLiteral("Night Desk")), true);
        QTRY_VERIFY_WITH_TIMEOUT(backgroundLightness(pane.page()) < 60, 10000);

        // Back to the system's light palette, the preview with it.
        chooseAppearance(QStringLiteral("As the system"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("system"));
        QVERIFY(!Appearance::isDark(QApplication::palette()));
        QTRY_VERIFY_WITH_TIMEOUT(backgroundLightness(pane.page()) > 200, 10000);
    }

    void greyIconsReadOnTheDarkPalette()
    {
        // As an icon theme draws them for light windows: a symbolic icon in Adwaita's dark grey,
        // a coloured one (a workflow state's dot), and one already light.
        const auto drawn = [](const QColor &colour) {
            QPixmap pixmap(16, 16);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.fillRect(QRect(3, 3, 10, 10), colour);
            painter.end();
            return QIcon(pixmap);
        };
        QMainWindow window;
        QToolBar *toolBar = window.addToolBar(QStringLiteral("Format"));
        QAction *grey = toolBar->addAction(drawn(QColor(0x2e, 0x34, 0x36)), QStringLiteral("Bold"));
        QAction *blue = toolBar->addAction(drawn(QColor(0x35, 0x84, 0xe4)), QStringLiteral("In review"));
        QAction *light = toolBar->addAction(drawn(QColor(0xe6, 0xe6, 0xe6)), QStringLiteral("Quote"));
        Appearance::makeIconsFollowPalette(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The middle of the icon as the tool bar paints it, and the window behind it.
        const auto shown = [&](QAction *action) {
            QWidget *button = toolBar->widgetForAction(action);
            const QImage image = button->grab().toImage();
            return image.pixelColor(image.rect().center());
        };
        const auto background = [] { return QApplication::palette().color(QPalette::Window); };

        QVERIFY(shown(grey).lightness() < 80); // light palette: as the theme drew it
        QCOMPARE(shown(blue).name(), QStringLiteral("#3584e4"));

        chooseAppearance(QStringLiteral("Dark"));
        QVERIFY(Appearance::isDark(QApplication::palette()));
        QTRY_VERIFY2(shown(grey).lightness() - background().lightness() > 100,
                     qPrintable(QStringLiteral("%1 on %2").arg(shown(grey).name(), background().name())));
        QCOMPARE(shown(blue).name(), QStringLiteral("#3584e4")); // colours stay
        QVERIFY(shown(light).lightness() > 200);                  // and so does what reads already

        chooseAppearance(QStringLiteral("As the system"));
        QTRY_VERIFY(shown(grey).lightness() < 80);
        // Made to follow once: a second call leaves the icons as they are.
        const qint64 key = grey->icon().cacheKey();
        Appearance::makeIconsFollowPalette(&window);
        QCOMPARE(grey->icon().cacheKey(), key);
    }

    void exportIsTheSameInDarkMode()
    {
        m_newsroom->addArticle(QStringLiteral("导出不变"), QStringLiteral("<p>深色模式只在预览里。</p>"));
        m_newsroom->addArticle(QStringLiteral("Export Unchanged"), QStringLiteral("<p>Only the preview is dark.</p>"));
        QTemporaryDir out;
        QVERIFY(out.isValid());
        ExportSelection selection;
        selection.all = true;
        const auto exportTo = [&](const QString &folder) {
            ExportOptions options;
            options.outputDirectory = out.filePath(folder);
            const ExportSummary summary = Exporter(m_newsroom->path(), selection, options).run();
            QVERIFY2(summary.ok, qPrintable(summary.errors.join(QLatin1Char('\n'))));
            QCOMPARE(summary.exported, 2);
        };
        exportTo(QStringLiteral("light"));
        chooseAppearance(QStringLiteral("Dark"));
        QVERIFY(Appearance::isDark(QApplication::palette()));
        exportTo(QStringLiteral("dark"));
        const QMap<QString, QByteArray> light = filesUnder(out.filePath(QStringLiteral("light")));
        const QMap<QString, QByteArray> dark = filesUnder(out.filePath(QStringLiteral("dark")));
        QVERIFY(light.size() >= 2);
        QCOMPARE(dark.keys(), light.keys());
        for (auto it = light.cbegin(); it != light.cend(); ++it)
            QVERIFY2(dark.value(it.key()) == it.value(), qPrintable(it.key()));
        QVERIFY(!dark.values().join().contains("galley-dark-preview"));
    }
};

GALLEY_UI_TEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
