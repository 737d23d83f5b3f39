#pragma once

#include <QStringList>

#include <cstdio>

class QJsonObject;

namespace galley {

/// Exit codes shared by every subcommand.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

/// True when \a name is a headless subcommand (import, show, list, export, the review commands, admin, copy).
[[nodiscard]] bool isCommand(const QString &name);
/// True when the subcommand needs GUI libraries (export --format pdf).
[[nodiscard]] bool commandNeedsGui(const QStringList &arguments);
/// Writes \a line and a newline to \a stream as UTF-8, flushed.
void printLine(FILE *stream, const QString &line);
/// Prints \a object as one line of JSON (or indented).
void printJson(const QJsonObject &object, bool indented = false);

/// Runs a subcommand. \a arguments holds the program name, the subcommand and its options.
[[nodiscard]] int runCommand(const QStringList &arguments);

} // namespace galley
