#include "pdfprinter.h"

#include <mutex>

namespace galley {

namespace {

std::mutex &printerMutex()
{
    static std::mutex mutex;
    return mutex;
}

PdfPrintFunction &registeredPrinter()
{
    static PdfPrintFunction printer;
    return printer;
}

} // namespace

void setPdfPrintFunction(PdfPrintFunction function)
{
    const std::lock_guard lock(printerMutex());
    registeredPrinter() = std::move(function);
}

PdfPrintFunction pdfPrintFunction()
{
    const std::lock_guard lock(printerMutex());
    return registeredPrinter();
}

} // namespace galley
