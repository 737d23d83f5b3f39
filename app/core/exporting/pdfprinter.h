#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <functional>

namespace galley {

/// What the pdf format asks the printer for: the page exactly as the html format writes it,
/// and the folder its style sheet and assets are already written to.
struct PdfRequest {
    QString html;
    QUrl baseUrl; ///< file URL of the output folder, ending in '/'
    QString title;
};

/// Prints a page to PDF bytes; returns false and sets \a error on failure. galley-core cannot
/// print (no WebEngine here): the application registers a function built on
/// QWebEnginePage::printToPdf at start-up. It is called on the thread that runs the export,
/// one page at a time; an implementation that needs the GUI thread must hop to it itself.
using PdfPrintFunction = std::function<bool(const PdfRequest &request, QByteArray *pdf, QString *error)>;

/// Registers the printer used by ExportFormat::Pdf (replaces any earlier one; empty to remove).
void setPdfPrintFunction(PdfPrintFunction function);
/// The registered printer, or an empty function when none is.
[[nodiscard]] PdfPrintFunction pdfPrintFunction();

} // namespace galley
