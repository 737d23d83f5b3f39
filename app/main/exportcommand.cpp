#include "exportcommand.h"

#include "exporting/exportcli.h"

#include <QTextStream>

#include <cstdio>

namespace galley {

int runExportCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runExportCli(arguments, out, err);
}

} // namespace galley
