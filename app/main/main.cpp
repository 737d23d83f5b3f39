// The galley executable: the GUI, or a headless subcommand (see commands.h).
#include "appearance.h"
#include "cli.h"
#include "commands.h"
#include "export/webenginepdfprinter.h"
#include "importing/demonewsroom.h"
#include "mainwindow.h"
#include "preview/previewpane.h"
#include "quitsignals.h"
#include "settings.h"
#include "storage/database.h"

#include <QApplication>
#include <QTimer>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

QtMessageHandler previousMessageHandler = nullptr;

/// Set when Galley itself turned X11's OpenGL off for the software preview (runGui).
bool openGLTurnedOff = false;

/// Qt's PostgreSQL driver warns when it cannot free a prepared statement of a transaction that
/// has already failed (the statement goes with the transaction anyway): noise after an error
/// that Galley reports in a sentence of its own, so it is not printed.
void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("Unable to free statement:")))
        return;
    // Qt's share context for WebEngine and WebEngine's look for OpenGL, once at start, when the
    // software preview has turned OpenGL off (PreviewPane::chooseRendering): expected.
    if (type == QtWarningMsg && openGLTurnedOff
        && (message.startsWith(QLatin1String("QXcbIntegration: Cannot create platform OpenGL context"))
            || message.startsWith(QLatin1String("No suitable graphics backend found"))))
        return;
    if (previousMessageHandler)
        previousMessageHandler(type, context, message);
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Galley"));
    QCoreApplication::setApplicationName(QStringLiteral("Galley"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GALLEY_VERSION));
}

/// The language asked for with --lang (either "--lang X" or "--lang=X"), else empty.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang"))
            return arguments.value(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            return arguments.at(i).mid(7);
    }
    return {};
}

/// True for a language Galley speaks: English or Chinese ("en", "en_GB", "zh_CN", "zh"), or "C".
bool knownLanguage(const QString &language)
{
    if (language == QLatin1String("C"))
        return true;
    const QLocale::Language spoken = QLocale(language).language();
    return spoken == QLocale::English || spoken == QLocale::Chinese;
}

/// Installs Galley's and Qt's translations for \a language ("zh_CN", "en", or empty: the system's).
void installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *galley = new QTranslator(&app);
    if (galley->load(locale, QStringLiteral("galley"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(galley);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

/// WebEngine ends the process when it starts as root with its sandbox on.
bool webEngineRefusesToStart()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX")
        && !qEnvironmentVariable("QTWEBENGINE_CHROMIUM_FLAGS").contains(QLatin1String("--no-sandbox"));
#else
    return false;
#endif
}

/// Without its sandbox (as root: QTWEBENGINE_DISABLE_SANDBOX=1 or --no-sandbox), Chromium's
/// two zygote processes only fork the renderers, and Galley runs one: the preview's (which also
/// prints PDF proofs). Starting it directly spares the zygotes' memory, about 100 MiB resident
/// (measured by galley-bench). With the sandbox on, the zygotes are needed and stay.
void dropZygotesWithoutSandbox()
{
    const QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    const bool sandboxOff = qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX") || flags.contains("--no-sandbox");
    if (sandboxOff && !flags.contains("zygote"))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", (flags + " --no-zygote").trimmed());
}

int runGui(int argc, char **argv)
{
    galley::PreviewPane::registerUrlScheme(); // must precede the application object
    setApplicationNames();                    // the settings are read before it too
    // Before the application object: the software preview turns OpenGL off on X11.
    const bool glChosenByUser = qEnvironmentVariableIsSet("QT_XCB_GL_INTEGRATION");
    if (galley::PreviewPane::chooseRendering()) {
        openGLTurnedOff = !glChosenByUser;
        QLoggingCategory::setFilterRules(QStringLiteral("qt.webenginecontext.info=false"));
    }
    QApplication app(argc, argv);
    // Read by the platform as the application started; a program Galley starts (the browser a
    // link opens) keeps its OpenGL.
    if (openGLTurnedOff)
        qunsetenv("QT_XCB_GL_INTEGRATION");
    // Logging out, `kill` or Ctrl+C in the terminal end Galley as closing its window does: the
    // article is saved and its editing lock released (not left to expire on the team server).
    // Before the window is up, they end it at once.
    galley::QuitSignals quitSignals;
    QObject::connect(&quitSignals, &galley::QuitSignals::received, &app, [](int signal) {
        std::fprintf(stderr, "galley: %s\n",
                     qPrintable(QCoreApplication::translate("galley::Main", "signal %1: saving and closing.").arg(signal)));
    });
    const QMetaObject::Connection quitEarly
        = QObject::connect(&quitSignals, &galley::QuitSignals::received, &app, [] { std::exit(galley::ExitFailure); });
    galley::Appearance::apply(galley::Appearance::theme()); // light, dark or the system's (Preferences)
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/galley/icons/galley.svg")));
    // The installed desktop entry: desktops match the window to its name and icon by it.
    QGuiApplication::setDesktopFileName(QStringLiteral(GALLEY_APP_ID));
    // Outside a desktop session Qt finds no icon theme: use the freedesktop one Debian ships.
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == QLatin1String("hicolor"))
        QIcon::setThemeName(QStringLiteral("Adwaita"));
    QIcon::setFallbackThemeName(QStringLiteral("Adwaita"));

    QString language = languageArgument(app.arguments());
    if (language.isEmpty())
        language = galley::Settings::language();
    installTranslations(app, language);

    // Help, version and usage errors were answered before the window was wanted (runTextOnly).
    QCommandLineParser parser;
    galley::addTopLevelOptions(parser);
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "galley: %s\n", qPrintable(parser.errorText()));
        return galley::ExitUsage;
    }

    // --db, else a newsroom named alone (a file manager's "Open With Galley"), else the last one.
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = galley::newsroomArgument(parser.positionalArguments().constFirst());
    if (path.isEmpty())
        path = galley::Settings::databasePath();
    const bool demo = path.isEmpty();
    if (demo)
        path = galley::defaultNewsroomPath();
    const bool server = galley::Database::isServerLocation(path);
    const bool existed = server || QFileInfo::exists(path);
    if (!existed)
        QDir().mkpath(QFileInfo(path).absolutePath());

    galley::Database database;
    galley::Database::Status status = database.open(path);
    // A team server that wants a password gets it from the user: kept in this process's memory
    // only (libpq reads PGPASSWORD, so the export's worker connections find it too).
    for (int attempt = 0; server && status == galley::Database::Status::AccessDenied && attempt < 3; ++attempt) {
        if (!database.passwordRequired())
            break;
        bool ok = false;
        const QString password = QInputDialog::getText(nullptr,
            QCoreApplication::translate("galley::Main", "Team Newsroom"),
            (attempt == 0 ? QString() : QCoreApplication::translate("galley::Main", "The password was not accepted.") + QLatin1Char('\n'))
                + QCoreApplication::translate("galley::Main", "Password for %1:").arg(galley::Database::displayNameOf(path)),
            QLineEdit::Password, {}, &ok);
        if (!ok)
            break;
        status = database.open(path, password);
        if (status == galley::Database::Status::Ok)
            qputenv("PGPASSWORD", password.toUtf8());
    }
    if (status != galley::Database::Status::Ok) {
        const QString message = database.errorString();
        std::fprintf(stderr, "galley: %s\n", qPrintable(message));
        QMessageBox::critical(nullptr, QCoreApplication::translate("galley::Main", "Galley"), message);
        return galley::ExitFailure;
    }
    if (demo && !existed) {
        QString error;
        if (!galley::createDemoNewsroom(database, &error))
            QMessageBox::warning(nullptr, QCoreApplication::translate("galley::Main", "Galley"),
                                 QCoreApplication::translate("galley::Main", "The demo newsroom could not be created: %1")
                                     .arg(error));
    }

    galley::WebEnginePdfPrinter pdfPrinter; // the pdf export format's printer
    pdfPrinter.install();
    galley::MainWindow window(database);
    QObject::disconnect(quitEarly);
    window.show();
    window.openInitialArticle();
    // Edits a crash left behind in other articles are offered once the window is up.
    QTimer::singleShot(0, &window, [&window] { (void)window.offerRecoveredArticles(); });
    QObject::connect(&quitSignals, &galley::QuitSignals::received, &window, [&window] {
        if (!window.close())
            std::fprintf(stderr, "galley: %s\n",
                         qPrintable(QCoreApplication::translate("galley::Main", "the window was not closed; Galley goes on.")));
    });
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    arguments = galley::withCommandFirst(arguments);
    dropZygotesWithoutSandbox();
    previousMessageHandler = qInstallMessageHandler(messageHandler);
    // "--lang xx" is a mistake to say, not a reason to fall back on the system's language quietly.
    if (const QString language = languageArgument(arguments); !language.isEmpty() && !knownLanguage(language)) {
        std::fprintf(stderr, "galley: --lang %s: Galley speaks en and zh_CN.\n", qPrintable(language));
        return galley::ExitUsage;
    }

    if (arguments.size() > 1 && galley::isCommand(arguments.at(1))) {
        std::unique_ptr<QCoreApplication> app;
        std::unique_ptr<galley::WebEnginePdfPrinter> pdfPrinter; // goes before the application
        const bool needsGui = galley::commandNeedsGui(arguments);
        if (needsGui) {
            // Printing shows no window: no display needed unless a platform was chosen.
            if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            galley::PreviewPane::registerUrlScheme();
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        setApplicationNames();
        installTranslations(*app, languageArgument(arguments));
        if (needsGui && webEngineRefusesToStart()) {
            std::fprintf(stderr, "galley export: %s\n",
                         qPrintable(QCoreApplication::translate(
                             "galley::Main", "PDF export as root needs QTWEBENGINE_DISABLE_SANDBOX=1 in the environment "
                                             "(WebEngine's sandbox does not run as root).")));
            return galley::ExitFailure;
        }
        if (needsGui) {
            // WebEngine's start-up report (GPU, flags) is not for the command line's stderr.
            QLoggingCategory::setFilterRules(QStringLiteral("qt.webenginecontext.info=false"));
            pdfPrinter = std::make_unique<galley::WebEnginePdfPrinter>();
            pdfPrinter->install();
        }
        return galley::runCommand(arguments);
    }
    if (galley::wantsTextOnly(arguments)) {
        // --help, --version, the completion, the manual page or an unknown command: no window,
        // so no display needed.
        QCoreApplication app(argc, argv);
        setApplicationNames();
        installTranslations(app, languageArgument(arguments));
        return galley::runTextOnly(arguments);
    }
    return runGui(argc, argv);
}
