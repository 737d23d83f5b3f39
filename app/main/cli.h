#pragma once

#include <QString>
#include <QStringList>

#include <cstdio>

class QJsonObject;

namespace galley {

/// Exit codes shared by every subcommand.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

/// Writes \a line and a newline to \a stream as UTF-8, flushed.
void printLine(FILE *stream, const QString &line);
/// Prints \a object as one line of JSON (or indented).
void printJson(const QJsonObject &object, bool indented = false);

/// Prints a subcommand's --help text: on stdout, or into the HelpCollector that is alive.
void printHelp(const QString &text);

/// While one is alive, printHelp() adds to its text instead of printing: how the manual page
/// and the shell completion read each subcommand's own --help (see commanddocs.h). One at a
/// time, on the main thread.
class HelpCollector final
{
public:
    HelpCollector();
    ~HelpCollector();
    HelpCollector(const HelpCollector &) = delete;
    HelpCollector &operator=(const HelpCollector &) = delete;

    [[nodiscard]] static bool isActive();
    [[nodiscard]] QString text() const { return m_text; }

private:
    friend void printHelp(const QString &text);
    QString m_text;
};

// The subcommands of cli.cpp. Each takes the program name and the options (the subcommand word
// removed) and returns an ExitCode.
[[nodiscard]] int runImportCommand(const QStringList &arguments);
[[nodiscard]] int runShowCommand(const QStringList &arguments);
[[nodiscard]] int runListCommand(const QStringList &arguments);
[[nodiscard]] int runAdminCommand(const QStringList &arguments);
[[nodiscard]] int runCopyCommand(const QStringList &arguments);

} // namespace galley
