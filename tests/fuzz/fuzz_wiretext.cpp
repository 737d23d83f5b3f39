// Fuzz target "wiretext": the bytes of a plain-text wire-copy file, decoded as the importer does
// (EncodingDetector), through the wire-copy parser (importing/wiretextparser.h). Invariants: the
// parser invents no text (every character of every field is in the decoded copy; joining wrapped
// lines adds only spaces); the title and each paragraph are one trimmed line, no paragraph is
// empty; a publication time is a valid ISO 8601 date or date-time; view counts are not negative.

#include "fuzzsupport.h"

#include "importing/encodingdetector.h"
#include "importing/wiretextparser.h"

#include <QDate>
#include <QDateTime>

namespace {

constexpr const char *Target = "wiretext";

void checkField(const QString &name, const QString &value, const QSet<char32_t> &allowed, bool oneLine)
{
    using namespace galley;
    const QString invented = fuzz::inventedCodePoint(value, allowed);
    fuzz::check(invented.isEmpty(), Target, QStringLiteral("%1: %2").arg(name, invented));
    if (oneLine) {
        fuzz::check(!value.contains(QLatin1Char('\n')), Target, QStringLiteral("%1 holds a line break: %2").arg(name, fuzz::shown(value)));
        fuzz::check(value == value.trimmed(), Target, QStringLiteral("%1 is not trimmed: \"%2\"").arg(name, fuzz::shown(value)));
    }
}

void checkTime(const QString &name, const QString &value)
{
    if (value.isEmpty())
        return;
    const bool valid = QDateTime::fromString(value, Qt::ISODate).isValid() || QDate::fromString(value, Qt::ISODate).isValid();
    galley::fuzz::check(valid, Target, QStringLiteral("%1 \"%2\" is not ISO 8601").arg(name, galley::fuzz::shown(value)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace galley;
    const EncodingDetector::Result decoded = EncodingDetector::decode(fuzz::bytes(data, size));
    if (!decoded.ok)
        return 0;
    const WireCopy copy = WireTextParser::parse(decoded.text);
    const QSet<char32_t> allowed = fuzz::codePoints(decoded.text);

    checkField(QStringLiteral("title"), copy.title, allowed, true);
    checkField(QStringLiteral("source"), copy.source, allowed, false);
    checkField(QStringLiteral("editor"), copy.editor, allowed, false);
    for (const QString &paragraph : copy.paragraphs) {
        fuzz::check(!paragraph.trimmed().isEmpty(), Target, QStringLiteral("an empty paragraph"));
        checkField(QStringLiteral("paragraph"), paragraph, allowed, true);
    }
    checkTime(QStringLiteral("publication time"), copy.publishAt);
    fuzz::check(!copy.views || *copy.views >= 0, Target, QStringLiteral("negative views"));
    for (const RelatedItem &item : copy.related) {
        checkField(QStringLiteral("related title"), item.title, allowed, true);
        checkField(QStringLiteral("related summary"), item.summary, allowed, false);
        checkTime(QStringLiteral("related publication time"), item.publishedAt);
        fuzz::check(!item.views || *item.views >= 0, Target, QStringLiteral("negative views of a related item"));
    }
    return 0;
}
