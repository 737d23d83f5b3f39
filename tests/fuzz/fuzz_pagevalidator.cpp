// Fuzz target "pagevalidator": any page through the export's validate stage
// (exporting/pagevalidator.h). Invariants: the one-pass decision never accepts what the full
// check (Tidy's well-formedness and gumbo's executable-content walk) refuses — isPlainlyValid()
// implies no executable content and no well-formedness error; validate() is the full check's
// verdict; and a refused page says why.

#include "fuzzsupport.h"

#include "exporting/pagevalidator.h"

namespace {
constexpr const char *Target = "pagevalidator";
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace galley;
    const QString page = fuzz::text(data, size);
    const auto exists = [](const QString &path) { return !path.contains(QLatin1String("missing")); };

    const QStringList executable = PageValidator::executableContent(page);
    const QStringList illFormed = PageValidator::wellFormednessErrors(page);
    const PageValidator::Result result = PageValidator::validate(page, exists);

    if (PageValidator::isPlainlyValid(page, exists)) {
        fuzz::check(executable.isEmpty(), Target,
                    QStringLiteral("the one-pass check passed a page with executable content: %1").arg(executable.join(QLatin1String("; "))));
        fuzz::check(illFormed.isEmpty(), Target,
                    QStringLiteral("the one-pass check passed a page Tidy finds ill-formed: %1").arg(illFormed.join(QLatin1String("; "))));
        fuzz::check(result.isValid(), Target, QStringLiteral("validate() refuses a plainly valid page: %1").arg(result.errors.join(QLatin1String("; "))));
    }
    if (!executable.isEmpty() || !illFormed.isEmpty())
        fuzz::check(!result.isValid(), Target, QStringLiteral("validate() accepts a page with executable content or ill-formed markup"));
    for (const QString &error : result.errors)
        fuzz::check(!error.trimmed().isEmpty(), Target, QStringLiteral("an empty error message"));
    return 0;
}
