// How the preview is drawn (#17): with Qt Quick's OpenGL default the web view makes the whole
// main window composed by OpenGL on every repaint, each keystroke's included, which without a
// graphics card (llvmpipe) cost ~10 ms of every keystroke seen from outside. Galley draws the
// preview with Qt Quick's software renderer unless Preferences asks for the graphics card or the
// environment chooses a backend; the window then stays a plain raster window and the preview
// still shows the article, and no OpenGL driver is loaded. ctest runs this on the xcb platform
// under its own Xvfb: with Qt Quick's default the window's surface becomes an OpenGL one once the
// preview is shown, and Mesa's driver is mapped.
#include "editortestsupport.h"

#include "preferencesdialog.h"
#include "preview/previewpane.h"
#include "settings.h"

#include <QCheckBox>
#include <QFile>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QQuickWindow>
#include <QScreen>
#include <QSettings>
#include <QWindow>

using namespace galley;
using galley::test::Newsroom;

namespace {

QCheckBox *graphicsCardBox(PreferencesDialog &dialog)
{
    for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
        if (box->text().remove(QLatin1Char('&')) == QLatin1String("Draw the preview with the graphics card"))
            return box;
    }
    return nullptr;
}

/// The share of \a image's pixels that are dark (text), 0–1.
double darkShare(const QImage &image)
{
    qint64 dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            dark += image.pixelColor(x, y).lightness() < 128;
    }
    return image.isNull() ? 0 : double(dark) / (qint64(image.width()) * image.height());
}

} // namespace

class TestPreviewRendering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }
    void cleanup() { QSettings().clear(); }

    void theGraphicsCardIsChosenInPreferences()
    {
        {
            PreferencesDialog dialog;
            QCheckBox *box = graphicsCardBox(dialog);
            QVERIFY(box);
            QVERIFY(!box->isChecked()); // off by default
            box->setChecked(true);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QVERIFY(Settings::previewOnGraphicsCard());
        QVERIFY(!PreviewPane::chooseRendering()); // at the next start: Qt Quick's default
        {
            PreferencesDialog dialog;
            QVERIFY(graphicsCardBox(dialog)->isChecked());
            graphicsCardBox(dialog)->setChecked(false);
            dialog.accept();
        }
        QVERIFY(!Settings::previewOnGraphicsCard());
        // A backend chosen in the environment is the user's word.
        qputenv("QT_QUICK_BACKEND", "opengl");
        QVERIFY(!PreviewPane::chooseRendering());
        qunsetenv("QT_QUICK_BACKEND");
    }

    void theWindowStaysRasterAndThePreviewShowsTheArticle()
    {
        // On the xcb platform (ctest runs this under its own Xvfb): offscreen has no OpenGL, and
        // Qt Quick falls back to software there by itself. main() chose as Galley's main() does.
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        QVERIFY(m_chosenSoftware);
        QCOMPARE(QQuickWindow::sceneGraphBackend(), QStringLiteral("software"));
        Newsroom newsroom;
        const qint64 id = newsroom.addArticle(QStringLiteral("软件绘制的预览"),
                                              QStringLiteral("<p>每一次按键，整个窗口不再由 OpenGL 合成。</p>"
                                                             "<p>The preview is drawn in software.</p>"));
        QWidget window;
        auto *layout = new QHBoxLayout(&window);
        auto *editor = new QPlainTextEdit(&window);
        layout->addWidget(editor, 1);
        auto *pane = new PreviewPane(newsroom.database, &window);
        layout->addWidget(pane, 1);
        pane->setMinimumWidth(400);
        pane->setArticleSource([&] { return newsroom.load(id); });
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        pane->articleChanged();
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isUpdatePending(), 20000);
        // The page is drawn: its text darkens part of the pane on the screen.
        const auto shown = [&] {
            const QRect area(pane->mapTo(&window, QPoint(0, 0)), pane->size());
            return window.screen()->grabWindow(window.winId(), area.x(), area.y(), area.width(), area.height()).toImage();
        };
                QTRY_VERIFY_WITH_TIMEOUT(darkShare(shown()) > 0.002, 10000);
        // Typing repaints a raster window: no OpenGL surface was put under it for the web view.
        QVERIFY(window.windowHandle());
        QCOMPARE(window.windowHandle()->surfaceType(), QSurface::RasterSurface);
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("abc"));
        QCOMPARE(editor->toPlainText(), QStringLiteral("abc"));
        QCOMPARE(window.windowHandle()->surfaceType(), QSurface::RasterSurface);
        // No OpenGL driver was loaded for it (Mesa's is the largest part of a cold start).
        QFile maps(QStringLiteral("/proc/self/maps"));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY(!mapped.isEmpty());
        QVERIFY2(!mapped.contains("_dri.so") && !mapped.contains("libGLX_mesa"), "an OpenGL driver is loaded");
    }

public:
    bool m_chosenSoftware = false;
};

// As Galley's main(): the rendering is chosen before the application object (settings read
// under the test's own organization, cleared first).
int main(int argc, char *argv[])
{
    galley::test::prepareApplication();
    QCoreApplication::setOrganizationName(QStringLiteral("GalleyTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestPreviewRendering"));
    QSettings().clear();
    qunsetenv("QT_XCB_GL_INTEGRATION");
    qunsetenv("QT_QUICK_BACKEND");
    const bool chosen = PreviewPane::chooseRendering();
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestPreviewRendering tc;
    tc.m_chosenSoftware = chosen;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_previewrendering.moc"
