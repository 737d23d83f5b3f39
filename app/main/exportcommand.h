#pragma once

#include <QStringList>

namespace galley {

/// `galley export …`: \a arguments are those after the program name and the word "export".
/// Prints progress to stderr, one JSON line per written file and a summary to stdout.
/// Returns the process exit code: 0 ok, 1 failure, 2 usage error. Needs a Q(Core)Application;
/// for --format pdf the application must have registered a PdfPrintFunction (exporting/pdfprinter.h).
[[nodiscard]] int runExportCommand(const QStringList &arguments);

} // namespace galley
