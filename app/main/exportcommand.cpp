#include "exportcommand.h"

#include "cli.h"
#include "exporting/exportcli.h"

#include <QTextStream>

#include <cstdio>

namespace galley {

int runExportCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    if (HelpCollector::isActive()) {
        // Only --help is run while collecting: its text goes to the collector.
        QString text;
        QTextStream out(&text);
        const int code = runExportCli(arguments, out, err);
        out.flush();
        printHelp(text);
        return code;
    }
    QTextStream out(stdout);
    return runExportCli(arguments, out, err);
}

} // namespace galley
