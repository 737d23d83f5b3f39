// util/sha256: the digests Galley names images and manifest entries by. Known answers (FIPS
// 180-2 and NIST vectors), agreement with QCryptographicHash over sizes around the block
// boundaries and in Chinese, and the device overload's errors.

#include "util/sha256.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace galley;

class TestSha256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownAnswers_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("digest");
        QTest::newRow("boundary: empty") << QByteArray()
                                         << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("nominal: abc") << QByteArray("abc")
                                      << QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("nominal: two blocks")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("nominal: a million a") << QByteArray(1000000, 'a')
                                              << QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }
    void knownAnswers()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, digest);
        QCOMPARE(sha256Hex(input), digest);
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        bool ok = false;
        QCOMPARE(sha256Hex(buffer, &ok), digest);
        QVERIFY(ok);
    }

    // Property: the same digest as Qt's own implementation for any bytes, whatever their size.
    void agreesWithQt()
    {
        QRandomGenerator random(20261128u);
        const QByteArray chinese = QStringLiteral("稿件来源：新华社；编辑：陈曲。相关文章").toUtf8();
        for (const int size : { 1, 55, 56, 63, 64, 65, 127, 128, 4095, 65536, 65537, 200000 }) {
            QByteArray bytes(size, Qt::Uninitialized);
            for (int i = 0; i < size; ++i)
                bytes[i] = i % 3 == 0 ? chinese.at(i % chinese.size()) : char(random.bounded(256));
            const QString expected = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            QCOMPARE(sha256Hex(bytes), expected);
            QBuffer buffer(&bytes);
            QVERIFY(buffer.open(QIODevice::ReadOnly));
            bool ok = false;
            QCOMPARE(sha256Hex(buffer, &ok), expected);
            QVERIFY(ok);
        }
    }

    void deviceThatCannotBeRead()
    {
        QBuffer closed;
        bool ok = true;
        QCOMPARE(sha256Hex(closed, &ok), QString());
        QVERIFY(!ok);
        QByteArray bytes("abc");
        QBuffer writeOnly(&bytes);
        QVERIFY(writeOnly.open(QIODevice::WriteOnly));
        ok = true;
        QCOMPARE(sha256Hex(writeOnly, &ok), QString());
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
