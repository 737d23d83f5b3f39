// Fuzz target "markdown": a Markdown file for import (importing/markdownconverter.h, cmark-gfm),
// decoded as the importer decodes it (EncodingDetector: "\n" line endings) and read with its
// front-matter fields, and the same bytes as pasted Markdown text (no fields); the HTML then
// sanitized as the importer does.
// Invariants: every one-line field (title, subtitle, byline, desk, source, editor, a tag) is one
// trimmed line (other controls are the importer's to drop, as from every field: model/plaintext.h),
// and no tag is empty; the body the importer keeps is
// canonical HTML; without fields the whole text stays in the body (the title is not taken out).

#include "fuzzsupport.h"

#include "canonicalcheck.h"
#include "document/sanitizer.h"
#include "importing/encodingdetector.h"
#include "importing/markdownconverter.h"

namespace {

constexpr const char *Target = "markdown";

void checkLine(const QString &name, const QString &value)
{
    using namespace galley;
    for (const QChar c : value) {
        fuzz::check(c != QLatin1Char('\n') && c != QLatin1Char('\r'), Target,
                    QStringLiteral("%1 holds line break U+%2: %3").arg(name).arg(c.unicode(), 4, 16, QLatin1Char('0')).arg(fuzz::shown(value)));
    }
    fuzz::check(value == value.trimmed(), Target, QStringLiteral("%1 is not trimmed: \"%2\"").arg(name, fuzz::shown(value)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace galley;
    const EncodingDetector::Result decoded = EncodingDetector::decode(fuzz::bytes(data, size));
    for (const bool extractFields : { true, false }) {
        if (extractFields && !decoded.ok)
            continue;
        const QString input = extractFields ? decoded.text : fuzz::text(data, size);
        const MarkdownDocument document = MarkdownConverter::convert(input, extractFields);
        checkLine(QStringLiteral("title"), document.title);
        checkLine(QStringLiteral("subtitle"), document.subtitle);
        checkLine(QStringLiteral("byline"), document.byline);
        checkLine(QStringLiteral("desk"), document.desk);
        checkLine(QStringLiteral("source"), document.source);
        checkLine(QStringLiteral("editor"), document.editor);
        checkLine(QStringLiteral("publication time"), document.publishAt);
        for (const QString &tag : document.tags) {
            fuzz::check(!tag.isEmpty(), Target, QStringLiteral("an empty tag"));
            checkLine(QStringLiteral("tag"), tag);
        }
        if (!extractFields) {
            fuzz::check(document.title.isEmpty() && document.tags.isEmpty() && document.byline.isEmpty(), Target,
                        QStringLiteral("fields taken although none were asked for"));
        }
        const QString body = Sanitizer::sanitize(document.html);
        const QString violation = test::canonicalViolation(body);
        fuzz::check(violation.isEmpty(), Target, QStringLiteral("body is not canonical: %1").arg(violation));
    }
    return 0;
}
