#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace galley {

struct CommandInfo;

/// One option as a command's --help describes it.
struct OptionHelp {
    QStringList names; ///< with their dashes: "-h", "--help"
    QString valueName; ///< empty for a switch
    QString description;
};

/// A command's --help text taken apart: what the manual page and the completion are made of.
struct CommandHelp {
    QString synopsis; ///< what follows the program name in the usage line: "[options] FILE…"
    QString description;
    QList<OptionHelp> options;
    QList<std::pair<QString, QString>> arguments; ///< positional arguments: name, description
};

/// Parses the text QCommandLineParser::helpText() writes (in any language: only its layout is read).
[[nodiscard]] CommandHelp parseHelp(const QString &helpText);
/// The --help of \a command, as the command itself prints it.
[[nodiscard]] QString helpOf(const CommandInfo &command);

/// A bash completion script for galley: its own options and every subcommand with its options,
/// all read from commands() and the commands' --help. `galley --completion bash` prints it.
[[nodiscard]] QString bashCompletion();
/// The manual page galley(1) in roff: galley's options and every subcommand with its
/// description and options, read from commands() and the commands' --help. `galley --man-page`
/// prints it; the build installs it.
[[nodiscard]] QString manPage();

} // namespace galley
