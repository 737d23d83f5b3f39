#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace galley {

/// One subcommand of galley. The table of them, commands(), is the one list that the
/// dispatcher, `galley --help`, the bash completion and the manual page read.
struct CommandInfo {
    const char *name;
    /// What it does, in a line (English source text; translatedSummary() gives the user's language).
    const char *summary;
    /// Runs it: \a arguments hold the program name and the options (the subcommand word removed).
    /// Returns an ExitCode.
    int (*run)(const QStringList &arguments);
    /// True when \a arguments (program name, subcommand, options) need the GUI libraries; null: never.
    bool (*needsGui)(const QStringList &arguments) = nullptr;

    [[nodiscard]] QString translatedSummary() const;
};

/// Every subcommand, in the order `galley --help` lists them.
[[nodiscard]] const QList<CommandInfo> &commands();
/// The subcommand called \a name, or null.
[[nodiscard]] const CommandInfo *findCommand(const QString &name);
/// True when \a name is a subcommand.
[[nodiscard]] bool isCommand(const QString &name);
/// True when the subcommand in \a arguments needs GUI libraries (export --format pdf).
[[nodiscard]] bool commandNeedsGui(const QStringList &arguments);
/// Runs a subcommand. \a arguments hold the program name, the subcommand and its options.
[[nodiscard]] int runCommand(const QStringList &arguments);

/// Index in \a arguments (the program name first) of the first word that is neither an option
/// nor the value of one of galley's own options (--db, --lang); -1 when there is none.
[[nodiscard]] qsizetype firstWord(const QStringList &arguments);
/// \a arguments with a subcommand that follows galley's own options moved to the front
/// ("galley --lang zh_CN list" runs as "galley list --lang zh_CN").
[[nodiscard]] QStringList withCommandFirst(const QStringList &arguments);

/// Adds galley's own options (the window's --db and --lang, --help, --version, and the hidden
/// --completion SHELL and --man-page that the build uses) to \a parser.
void addTopLevelOptions(QCommandLineParser &parser);
/// The newsroom that \a word names when it stands alone on the command line, as a file manager
/// or the desktop entry starts Galley ("galley ~/desk.galley"): a file that exists or whose name
/// ends in .galley (created when missing, as with --db), a file: URL, or a team server URI.
/// Empty when \a word is none of these (a mistyped command stays an error).
[[nodiscard]] QString newsroomArgument(const QString &word);
/// True when \a arguments ask for something printed rather than the window: help, version,
/// completion, manual page, an unknown command or a usage error. A newsroom named alone
/// (newsroomArgument()) opens the window.
[[nodiscard]] bool wantsTextOnly(const QStringList &arguments);
/// Answers what wantsTextOnly() accepted, on stdout (errors on stderr); returns an ExitCode.
/// Needs a QCoreApplication.
[[nodiscard]] int runTextOnly(const QStringList &arguments);

/// The text of `galley --help`: galley's own options, then every subcommand with its summary.
[[nodiscard]] QString topLevelHelp();

} // namespace galley
