// EncodingDetector: the encodings Chinese and English copy arrives in, decoded to the same text;
// everything else refused with a reason instead of imported as mojibake.
#include "importing/encodingdetector.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace galley;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QByteArray encoded(const QString &text, const char *encoding, bool bom = false)
{
    QStringEncoder encoder(encoding, bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
    return encoder.encode(text);
}

QString sampleText()
{
    QFile file(QStringLiteral(GALLEY_TEST_DATA "/wire-nmg-cadres-2025-03-18.txt"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

const char *const ShortChinese = "内蒙古坚持激励和约束双向发力。";

} // namespace

class TestEncodingDetector final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void decodes_data();
    void decodes();
    void refuses_data();
    void refuses();
    void normalizes();
};

void TestEncodingDetector::initTestCase()
{
    QVERIFY2(QStringEncoder("GB18030").isValid(), "Qt has no GB18030 codec (built without ICU?)");
    QVERIFY(!sampleText().isEmpty());
}

void TestEncodingDetector::decodes_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");

    const QString sample = sampleText();
    QTest::newRow("nominal: sample UTF-8") << sample.toUtf8() << sample << u("UTF-8");
    QTest::newRow("nominal: sample UTF-8 with BOM") << encoded(sample, "UTF-8", true) << sample << u("UTF-8");
    QTest::newRow("nominal: sample UTF-16LE with BOM") << encoded(sample, "UTF-16LE", true) << sample << u("UTF-16LE");
    QTest::newRow("nominal: sample UTF-16BE with BOM") << encoded(sample, "UTF-16BE", true) << sample << u("UTF-16BE");
    QTest::newRow("nominal: sample UTF-16LE without BOM (Windows tools)")
        << encoded(sample, "UTF-16LE", false) << sample << u("UTF-16LE");
    QTest::newRow("nominal: sample UTF-16BE without BOM")
        << encoded(sample, "UTF-16BE", false) << sample << u("UTF-16BE");
    QTest::newRow("nominal: English UTF-16LE without BOM")
        << encoded(u("Wire copy from the desk.\nSecond line.\n"), "UTF-16LE", false)
        << u("Wire copy from the desk.\nSecond line.\n") << u("UTF-16LE");
    QTest::newRow("nominal: sample GB18030") << encoded(sample, "GB18030") << sample << u("GB18030");
    QTest::newRow("nominal: one short GBK sentence")
        << encoded(u(ShortChinese), "GBK") << u(ShortChinese) << u("GB18030");
    QTest::newRow("nominal: GB18030 four-byte character")
        << encoded(u("𠀀字 and €"), "GB18030") << u("𠀀字 and €") << u("GB18030");
    const QString big5 = u("內蒙古堅持激勵和約束雙向發力，廣大基層幹部對文山會海、過度留痕反映強烈。");
    QTest::newRow("nominal: Big5 (Traditional Chinese)") << encoded(big5, "Big5") << big5 << u("Big5");
    QTest::newRow("nominal: plain ASCII")
        << QByteArray("Council approves budget\n") << u("Council approves budget\n") << u("UTF-8");
    QTest::newRow("nominal: CRLF and CR become LF") << QByteArray("a\r\nb\rc\n") << u("a\nb\nc\n") << u("UTF-8");
    QTest::newRow("robustness: a stray control character is dropped, not fatal")
        << (QByteArray("Council approves budget") + '\x1a' + QByteArray(" for 2025, with a long line of text."))
        << u("Council approves budget for 2025, with a long line of text.") << u("UTF-8");
}

void TestEncodingDetector::decodes()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    const EncodingDetector::Result result = EncodingDetector::decode(data);
    QVERIFY2(result.ok, qPrintable(result.reason));
    QCOMPARE(result.encoding, encoding);
    QString expected = text;
    expected.replace(u("\r\n"), u("\n"));
    QCOMPARE(result.text, expected);
}

void TestEncodingDetector::refuses_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reasonContains");

    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20); // (24 read past the literal: AddressSanitizer)
    QTest::newRow("robustness: empty") << QByteArray() << u("empty");
    QTest::newRow("robustness: PNG header (NUL bytes)") << png << u("binary");
    QByteArray controls(200, 'a');
    for (int i = 0; i < 200; i += 10)
        controls[i] = '\x01';
    QTest::newRow("robustness: many control characters") << controls << u("binary");
    // 0x80 and 0xFF never start a GB18030 sequence, and are not UTF-8 either.
    QTest::newRow("robustness: Latin-1 is not read as GB18030")
        << encoded(u("Le café est prêt à Zürich, déjà. Où êtes-vous ? Très bien."), "ISO-8859-1") << u("encoding");
    QTest::newRow("robustness: neither UTF-8 nor GB18030")
        << QByteArray("caf\xe9 \x80\xff\x80\xff") << u("not valid in any supported encoding");
    // Damaged UTF-8 must not come out as GB18030 mojibake (UTF-8 byte pairs are often valid GB18030).
    QByteArray damaged = sampleText().toUtf8();
    damaged[damaged.indexOf("《内蒙古日报》")] = '\xff';
    QTest::newRow("robustness: UTF-8 with a damaged byte on line 5")
        << damaged << u("not valid UTF-8 (damaged or truncated text on line 5)");
    const QByteArray shortUtf8 = u(ShortChinese).toUtf8();
    QTest::newRow("robustness: UTF-8 cut inside the last character")
        << shortUtf8.left(shortUtf8.size() - 1) << u("not valid UTF-8");
    QTest::newRow("robustness: Shift_JIS is named, not read as GB18030")
        << encoded(u("日本語のニュース記事です。東京で会議が開かれました。"), "Shift_JIS")
        << u("Shift_JIS is not supported");
    QTest::newRow("robustness: EUC-KR is named, not read as GB18030")
        << encoded(u("한국어 뉴스 기사입니다. 서울에서 회의가 열렸습니다."), "EUC-KR") << u("EUC-KR is not supported");
    QTest::newRow("robustness: BOM only") << QByteArray("\xef\xbb\xbf") << u("no text");
    QTest::newRow("robustness: whitespace only") << QByteArray(" \r\n\t\n") << u("no text");
    QTest::newRow("robustness: NULs at odd offsets, but not text in any byte order")
        << QByteArray("\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\x0e\0\x0f\0", 20) << u("binary");
    QTest::newRow("robustness: a PNG-like file of even length, NULs at both parities")
        << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20) << u("binary");
    QTest::newRow("robustness: UTF-16 BOM over binary") << QByteArray("\xff\xfe\1\0\2\0\3\0\4\0", 10) << u("binary");
    // Half a surrogate pair is no character; Qt's UTF-16 decoder let it through (fuzz target
    // "encoding"), and the article then held text no UTF-8 can carry.
    QTest::newRow("robustness: UTF-16LE with BOM, a lone low surrogate")
        << QByteArray("\xff\xfeT\0e\0x\0\x80\xdd""t\0\n\0", 14) << u("not valid UTF-16LE");
    QTest::newRow("robustness: UTF-16BE with BOM, a high surrogate at the end")
        << QByteArray("\xfe\xff\0T\0e\0x\0t\xd8\x3d", 12) << u("not valid UTF-16BE");
    QTest::newRow("robustness: UTF-16LE without BOM, a lone high surrogate")
        << QByteArray("T\0e\0x\0t\0\x3d\xd8 \0t\0e\0x\0t\0\n\0", 22) << u("binary");
}

void TestEncodingDetector::refuses()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, reasonContains);
    const EncodingDetector::Result result = EncodingDetector::decode(data);
    QVERIFY(!result.ok);
    QVERIFY(result.text.isEmpty());
    QVERIFY2(result.reason.contains(reasonContains), qPrintable(result.reason));
}

void TestEncodingDetector::normalizes()
{
    // "Café" and a decomposed Hangul syllable, both NFD; a CJK compatibility ideograph (U+F92C)
    // whose NFC form is U+90CE.
    const QString nfc = u("Caf\u00e9 \uD55C \u90CE");
    const QString nfd = nfc.normalized(QString::NormalizationForm_D);
    QVERIFY(nfd != nfc);
    EncodingDetector::Result result = EncodingDetector::decode(nfd.toUtf8());
    QVERIFY(result.ok);
    QCOMPARE(result.text, nfc);
    result = EncodingDetector::decode(u("\uF92C").toUtf8());
    QVERIFY(result.ok);
    QCOMPARE(result.text, u("\u90CE"));
}

QTEST_GUILESS_MAIN(TestEncodingDetector)
#include "tst_encodingdetector.moc"
