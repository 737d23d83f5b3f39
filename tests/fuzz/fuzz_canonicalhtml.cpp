// Fuzz target "canonicalhtml": the canonical HTML loader and serializer (document/canonicalhtml.h).
// Invariants: any input loaded into a QTextDocument serializes to canonical HTML (the loader is
// safe on non-canonical input); canonical HTML (the input sanitized) survives load -> serialize
// unchanged (parse(serialize(doc)) == doc), and its plain-text projection equals the loaded
// document's toPlainText() (annotation offsets are cursor positions) and the text of its blocks.

#include "fuzzsupport.h"

#include "canonicalcheck.h"
#include "document/canonicalhtml.h"
#include "document/sanitizer.h"

#include <QTextDocument>

namespace {
constexpr const char *Target = "canonicalhtml";
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace galley;
    fuzz::ensureGuiApplication();
    const QString input = fuzz::text(data, size);

    QTextDocument loose;
    CanonicalHtml::toDocument(input, loose);
    const QString fromLoose = CanonicalHtml::fromDocument(loose);
    const QString looseViolation = test::canonicalViolation(fromLoose);
    fuzz::check(looseViolation.isEmpty(), Target,
                QStringLiteral("serialization of a loaded non-canonical input is not canonical: %1").arg(looseViolation));

    const QString canonical = Sanitizer::sanitize(input);
    QTextDocument document;
    CanonicalHtml::toDocument(canonical, document);
    const QString serialized = CanonicalHtml::fromDocument(document);
    fuzz::check(serialized == canonical, Target,
                QStringLiteral("load -> serialize changed canonical HTML %1").arg(fuzz::difference(canonical, serialized)));

    QString blocksText;
    const QList<TextBlock> blocks = CanonicalHtml::textBlocks(canonical, &blocksText);
    const QString plain = CanonicalHtml::toPlainText(canonical);
    fuzz::check(plain == blocksText, Target, QStringLiteral("toPlainText() and textBlocks() disagree"));
    fuzz::check(plain == document.toPlainText(), Target,
                QStringLiteral("plain text %1 is not the document's %2").arg(fuzz::shown(plain), fuzz::shown(document.toPlainText())));
    qsizetype expectedStart = 0;
    for (const TextBlock &block : blocks) {
        fuzz::check(block.start == expectedStart && block.length >= 0 && block.start + block.length <= plain.size(), Target,
                    QStringLiteral("text block at %1+%2 does not follow on at %3 in %4 characters")
                        .arg(block.start).arg(block.length).arg(expectedStart).arg(plain.size()));
        expectedStart = block.start + block.length + 1;
    }
    return 0;
}
