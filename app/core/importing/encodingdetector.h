#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace galley {

/// Turns the bytes of a wire-copy file into text. Used by Importer; no state, thread-safe.
///
/// Order of decisions: a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32) decides the encoding;
/// otherwise bytes with NULs or many control characters are refused as binary; otherwise a
/// strict UTF-8 decode is tried; otherwise ICU's charset detector ranks candidates, best first:
/// GB18030 (which covers GBK and GB2312), or Big5 when ICU is sure, is taken if it decodes
/// without a single error; UTF-8 means damaged UTF-8 and is refused naming the line; another
/// East Asian encoding ICU is sure of (Shift_JIS, EUC-KR, …) is refused by name rather than
/// read as mojibake. Last, a strict GB18030 decode (ICU is unreliable on a line or two of GBK).
///
/// The text handed back is NFC, uses "\n" line endings only (CRLF, CR, U+2028/U+2029 and
/// form feeds become "\n"), and has stray control characters (other than tab) removed.
class EncodingDetector final
{
public:
    struct Result {
        bool ok = false;
        QString text;
        QString encoding; ///< name of the encoding used ("UTF-8", "UTF-16LE", "GB18030", …)
        QString reason; ///< translated reason when !ok (no file name, no final period)
    };

    /// \a markup: the data is HTML (lets ICU ignore tags when it guesses the encoding).
    [[nodiscard]] static Result decode(const QByteArray &data, bool markup = false);

    /// True when the first 64 KB hold a NUL byte, or C0 control bytes (more than one, and more than 1 %)
    /// (tab, line feed, carriage return and form feed excepted).
    [[nodiscard]] static bool looksBinary(QByteArrayView data);
};

} // namespace galley
