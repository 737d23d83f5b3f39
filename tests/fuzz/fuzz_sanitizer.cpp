// Fuzz target "sanitizer": any bytes as untrusted HTML (a paste, an imported file).
// Invariants (document/sanitizer.h): the output is canonical HTML (the independent check of
// tests/document/canonicalcheck.h), a fixed point (sanitizing it again changes nothing), holds no
// executable construct (exporting/pagevalidator.h's check of a page around it: script, event
// handlers, javascript:/vbscript:/data: URLs, iframes, forms, base, meta refresh, SVG/MathML,
// CSS expressions), and invents no text: every character of its plain text is in the input,
// as written or as gumbo decodes its character references.

#include "fuzzsupport.h"

#include "canonicalcheck.h"
#include "document/canonicalhtml.h"
#include "document/sanitizer.h"
#include "exporting/pagevalidator.h"

#include <gumbo.h>

namespace {

constexpr const char *Target = "sanitizer";

void collectText(const GumboNode *node, QString &out)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
        out += QString::fromUtf8(node->v.text.text) + QLatin1Char(' ');
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE && node->type != GUMBO_NODE_DOCUMENT)
        return;
    const GumboVector &children = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
    if (node->type != GUMBO_NODE_DOCUMENT) {
        const GumboVector &attributes = node->v.element.attributes;
        for (unsigned i = 0; i < attributes.length; ++i)
            out += QString::fromUtf8(static_cast<const GumboAttribute *>(attributes.data[i])->value) + QLatin1Char(' ');
    }
    for (unsigned i = 0; i < children.length; ++i)
        collectText(static_cast<const GumboNode *>(children.data[i]), out);
}

/// What the input says: its characters as written and as gumbo decodes them.
QSet<char32_t> inputCodePoints(const QString &input)
{
    const QByteArray utf8 = input.toUtf8();
    QString decoded = input;
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    collectText(output->document, decoded);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return galley::fuzz::codePoints(decoded);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace galley;
    const QString input = fuzz::text(data, size);
    QStringList dropped;
    const QString output = Sanitizer::sanitize(input, &dropped);

    const QString violation = test::canonicalViolation(output);
    fuzz::check(violation.isEmpty(), Target, QStringLiteral("output is not canonical: %1").arg(violation));

    const QString again = Sanitizer::sanitize(output);
    fuzz::check(again == output, Target,
                QStringLiteral("not idempotent: %1").arg(fuzz::difference(output, again)));

    const QString page = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>t</title>\n"
                                        "</head>\n<body>\n%1</body>\n</html>\n").arg(output);
    const QStringList executable = PageValidator::executableContent(page);
    fuzz::check(executable.isEmpty(), Target,
                QStringLiteral("executable content kept: %1 in %2").arg(executable.join(QLatin1String("; ")), fuzz::shown(output, 400)));

    const QString invented = fuzz::inventedCodePoint(CanonicalHtml::toPlainText(output), inputCodePoints(input));
    fuzz::check(invented.isEmpty(), Target, QStringLiteral("text invented: %1").arg(invented));
    return 0;
}
