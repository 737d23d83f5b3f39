#include "encodingdetector.h"

#include "model/plaintext.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>
#include <optional>

namespace galley {

namespace {

constexpr qsizetype BinarySniffLength = 64 * 1024;
// ICU's detector reads its whole input ~30 times over; a quarter megabyte is plenty of evidence.
constexpr qsizetype DetectorSampleLength = 256 * 1024;

bool isControlByte(uchar byte)
{
    return (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f') || byte == 0x7f;
}

/// True when \a text holds half of a surrogate pair: Qt's UTF-16 and UTF-32 decoders pass one
/// through without an error, and it is no character (its UTF-8 is a "?" or nothing).
bool hasUnpairedSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (text.at(i).isSurrogate())
            return true;
    }
    return false;
}

std::optional<QString> decodeStrictly(const QByteArray &data, const char *encodingName)
{
    QStringDecoder decoder(encodingName, QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(data);
    if (decoder.hasError() || hasUnpairedSurrogate(text))
        return std::nullopt;
    return text;
}

std::optional<QString> decodeStrictly(const QByteArray &data, QStringConverter::Encoding encoding)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError() || hasUnpairedSurrogate(text))
        return std::nullopt;
    return text;
}

struct Candidate {
    QByteArray name;
    int confidence = 0;
};

// ICU's ranked guesses, best first.
QList<Candidate> icuCandidates(const QByteArray &data, bool markup)
{
    QList<Candidate> candidates;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), &ucsdet_close);
    if (U_FAILURE(status))
        return candidates;
    const qsizetype length = std::min(data.size(), DetectorSampleLength);
    ucsdet_enableInputFilter(detector.get(), markup);
    ucsdet_setText(detector.get(), data.constData(), static_cast<int32_t>(length), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status) || !matches)
        return candidates;
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode matchStatus = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &matchStatus);
        const int32_t confidence = ucsdet_getConfidence(matches[i], &matchStatus);
        if (U_SUCCESS(matchStatus) && name)
            candidates.append({ QByteArray(name), confidence });
    }
    return candidates;
}

// Line endings to "\n", stray controls out, NFC: the one shape of text the parsers see.
QString tidyText(QString text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\r') {
            out.append(QLatin1Char('\n'));
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == u'\f' || c == 0x2028 || c == 0x2029 || c == 0x85) {
            out.append(QLatin1Char('\n'));
        } else if (c == 0xfeff && out.isEmpty()) {
            // a BOM the decoder left in place
        } else if (!PlainText::isStrayControl(c)) {
            out.append(QChar(c));
        }
    }
    return out.normalized(QString::NormalizationForm_C);
}

QString unsupportedEncoding(const QByteArray &name)
{
    return QCoreApplication::translate(
        "galley::Importer", "the text encoding %1 is not supported (save the file as UTF-8)")
        .arg(QString::fromLatin1(name));
}

// Mostly UTF-8 with a few bad bytes (truncated, or damaged in transit): say where.
QString damagedUtf8(const QByteArray &data)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringDecoder::Flag::Stateless);
    const QString lenient = decoder.decode(data);
    qsizetype bad = lenient.indexOf(QChar(QChar::ReplacementCharacter));
    if (bad < 0)
        bad = lenient.size();
    const qsizetype line = lenient.left(bad).count(QLatin1Char('\n')) + 1;
    return QCoreApplication::translate(
        "galley::Importer", "the file is not valid UTF-8 (damaged or truncated text on line %1)")
        .arg(line);
}

EncodingDetector::Result failure(const QString &reason)
{
    EncodingDetector::Result result;
    result.reason = reason;
    return result;
}

EncodingDetector::Result success(QString text, const QString &encoding)
{
    EncodingDetector::Result result;
    result.text = tidyText(std::move(text));
    if (result.text.trimmed().isEmpty())
        return failure(QCoreApplication::translate("galley::Importer", "the file contains no text"));
    result.ok = true;
    result.encoding = encoding;
    return result;
}

bool decodedLooksBinary(QStringView text)
{
    const QStringView sample = text.left(BinarySniffLength);
    qsizetype controls = 0;
    for (QChar c : sample) {
        if (c.unicode() == 0)
            return true;
        if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r')
            && c != QLatin1Char('\f'))
            ++controls;
    }
    return controls > 1 && controls * 100 > sample.size();
}

/// UTF-16 without a byte-order mark (Windows tools write it): the NUL bytes of its ASCII
/// characters (every line break is one) sit at odd offsets (little-endian) or at even ones
/// (big-endian), all but a few, and the text decodes to the scripts a newsroom's copy is written in. A
/// binary file's NULs fall on both, and text read in the wrong byte order turns into rare scripts.
std::optional<std::pair<QString, QStringConverter::Encoding>> bomlessUtf16(const QByteArray &data)
{
    if (data.size() < 4 || data.size() % 2 != 0)
        return std::nullopt;
    const qsizetype sniff = std::min<qsizetype>(data.size(), BinarySniffLength) & ~qsizetype(1);
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < sniff; ++i) {
        if (data.at(i) == 0)
            ++(i % 2 == 0 ? evenNuls : oddNuls);
    }
    // A few on the other side are the characters whose code unit ends in a zero byte (一 is U+4E00).
    if (evenNuls + oddNuls == 0 || std::min(evenNuls, oddNuls) * 10 > std::max(evenNuls, oddNuls))
        return std::nullopt;
    const QStringConverter::Encoding encoding
        = oddNuls > evenNuls ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
    const std::optional<QString> text = decodeStrictly(data, encoding);
    if (!text || text->isEmpty())
        return std::nullopt;
    qsizetype common = 0;
    for (const QChar c : *text) {
        const char16_t u = c.unicode();
        common += (u == 0x09 || u == 0x0A || u == 0x0D || (u >= 0x20 && u < 0x7F) || (u >= 0xA0 && u < 0x250)
                      || (u >= 0x2000 && u < 0x2070) || (u >= 0x3000 && u < 0x3040) || (u >= 0x4E00 && u < 0xA000)
                      || (u >= 0xFF00 && u < 0xFFF0))
            ? 1
            : 0;
    }
    if (common * 10 < text->size() * 9)
        return std::nullopt;
    return std::pair { *text, encoding };
}

} // namespace

bool EncodingDetector::looksBinary(QByteArrayView data)
{
    const QByteArrayView sample = data.first(std::min(data.size(), BinarySniffLength));
    qsizetype controls = 0;
    for (char ch : sample) {
        const auto byte = static_cast<uchar>(ch);
        if (byte == 0)
            return true;
        if (isControlByte(byte))
            ++controls;
    }
    return controls > 1 && controls * 100 > sample.size();
}

EncodingDetector::Result EncodingDetector::decode(const QByteArray &data, bool markup)
{
    if (data.isEmpty())
        return failure(QCoreApplication::translate("galley::Importer", "the file is empty"));

    // 1. A byte-order mark is the author's own statement of the encoding.
    if (const auto bom = QStringConverter::encodingForData(data)) {
        const char *name = QStringConverter::nameForEncoding(*bom);
        const auto text = decodeStrictly(data, *bom);
        if (!text)
            return failure(QCoreApplication::translate(
                "galley::Importer", "the file starts with a %1 byte-order mark but is not valid %1")
                               .arg(QLatin1String(name)));
        if (decodedLooksBinary(*text))
            return failure(QCoreApplication::translate("galley::Importer", "the file is binary, not text"));
        return success(*text, QLatin1String(name));
    }

    // 2. Without a BOM, NUL bytes and control characters mean this is not text at all — unless
    // they are the high bytes of UTF-16's ASCII characters.
    if (const auto utf16 = bomlessUtf16(data); utf16 && !decodedLooksBinary(utf16->first))
        return success(utf16->first, QLatin1String(QStringConverter::nameForEncoding(utf16->second)));
    if (looksBinary(data))
        return failure(QCoreApplication::translate("galley::Importer", "the file is binary, not text"));

    // 3. UTF-8 is the default of every modern tool; a strict decode is a reliable test.
    if (const auto text = decodeStrictly(data, QStringConverter::Utf8))
        return success(*text, QStringLiteral("UTF-8"));

    // 4. Legacy Chinese encodings: ICU ranks, a strict decode confirms. A confident ICU guess of
    // another East Asian multi-byte encoding (Shift_JIS, EUC-KR, …) is refused by name: those
    // byte pairs are often valid GB18030 too, and would come out as mojibake.
    const QList<Candidate> candidates = icuCandidates(data, markup);
    QByteArray confidentGuess;
    for (const Candidate &candidate : candidates) {
        const QByteArray &name = candidate.name;
        if (name == "GB18030" || name == "GBK" || name == "GB2312") {
            if (const auto text = decodeStrictly(data, "GB18030"))
                return success(*text, QStringLiteral("GB18030"));
        } else if (name == "Big5") {
            // Big5 and GBK share byte ranges; only take Big5 when ICU is sure.
            if (candidate.confidence < 50)
                continue;
            if (const auto text = decodeStrictly(data, "Big5"))
                return success(*text, QStringLiteral("Big5"));
        } else if (name == "UTF-8") {
            return failure(damagedUtf8(data));
        } else if (candidate.confidence >= 50) {
            if (name.startsWith("Shift_JIS") || name.startsWith("EUC-") || name.startsWith("ISO-2022"))
                return failure(unsupportedEncoding(name));
            if (confidentGuess.isEmpty())
                confidentGuess = name;
        }
    }
    // ICU needs more than a line or two of GBK to be sure, and then often guesses a Western
    // single-byte encoding. A clean strict GB18030 decode is good evidence on its own: Western
    // text almost never forms valid GB18030 sequences (an accented letter before a space or
    // punctuation breaks it), nor do random bytes.
    if (const auto text = decodeStrictly(data, "GB18030"))
        return success(*text, QStringLiteral("GB18030"));
    if (!confidentGuess.isEmpty())
        return failure(unsupportedEncoding(confidentGuess));
    return failure(QCoreApplication::translate(
        "galley::Importer", "the bytes are not valid in any supported encoding (UTF-8, UTF-16, GB18030/GBK)"));
}

} // namespace galley
