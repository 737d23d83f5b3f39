// Fuzz target "encoding": the bytes of a wire-copy file through encoding detection and
// decoding (importing/encodingdetector.h; BOM, UTF-16/32, GB18030, Big5, binary refusal), once as
// text and once as markup. Invariants: a refusal gives a reason; accepted text is valid Unicode
// (no unpaired surrogate), NFC, with "\n" line endings only and no stray control character; and
// it is a fixed point: its UTF-8 bytes decode to the same text.

#include "fuzzsupport.h"

#include "importing/encodingdetector.h"
#include "model/plaintext.h"

namespace {

constexpr const char *Target = "encoding";

void checkDecoded(const QByteArray &data, bool markup)
{
    using namespace galley;
    const EncodingDetector::Result result = EncodingDetector::decode(data, markup);
    if (!result.ok) {
        fuzz::check(!result.reason.isEmpty(), Target, QStringLiteral("refused without a reason"));
        return;
    }
    const QString &text = result.text;
    fuzz::check(!result.encoding.isEmpty(), Target, QStringLiteral("accepted without naming the encoding"));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        fuzz::check(!c.isSurrogate(), Target,
                    QStringLiteral("%1 text holds an unpaired surrogate U+%2 at %3")
                        .arg(result.encoding).arg(c.unicode(), 4, 16, QLatin1Char('0')).arg(i));
        fuzz::check(c != QLatin1Char('\r') && !PlainText::isStrayControl(c.unicode()) && c != QChar(0x2028)
                        && c != QChar(0x2029) && c != QLatin1Char('\f'),
                    Target,
                    QStringLiteral("%1 text holds control or line separator U+%2 at %3")
                        .arg(result.encoding).arg(c.unicode(), 4, 16, QLatin1Char('0')).arg(i));
    }
    fuzz::check(text.normalized(QString::NormalizationForm_C) == text, Target,
                QStringLiteral("%1 text is not NFC: %2").arg(result.encoding, fuzz::shown(text)));

    const EncodingDetector::Result again = EncodingDetector::decode(text.toUtf8(), markup);
    fuzz::check(again.ok, Target,
                QStringLiteral("the UTF-8 of accepted %1 text is refused: %2").arg(result.encoding, again.reason));
    fuzz::check(again.text == text, Target,
                QStringLiteral("the UTF-8 of accepted %1 text decodes differently: %2").arg(result.encoding, fuzz::difference(text, again.text)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = galley::fuzz::bytes(data, size);
    checkDecoded(input, false);
    checkDecoded(input, true);
    return 0;
}
