// Control characters never reach a page or a terminal (#15): what the plain fields keep.
#include "model/plaintext.h"

#include <QRandomGenerator>
#include <QTest>

using namespace galley;

class PlainTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleLine_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain Chinese") << QStringLiteral("不适宜担任现职，448名干部被调整") << QStringLiteral("不适宜担任现职，448名干部被调整");
        QTest::newRow("terminal retitle (OSC)") << QStringLiteral("Title \x1b]0;pwned\x07 end") << QStringLiteral("Title ]0;pwned end");
        QTest::newRow("colour (CSI)") << QStringLiteral("\x1b[31mred\x1b[0m") << QStringLiteral("[31mred[0m");
        QTest::newRow("line breaks and tabs become spaces") << QStringLiteral("a\nb\tc\rd\u0085g\fh\vi")
                                                         << QStringLiteral("a b c d g h i");
        QTest::newRow("Unicode separators stay") << QStringLiteral("a\u2028b\u2029c") << QStringLiteral("a\u2028b\u2029c");
        QTest::newRow("C1 controls and DEL go") << QStringLiteral("a\u0080b\u009bc\u007fd\u009fe") << QStringLiteral("abcde");
        QTest::newRow("NUL goes") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << QStringLiteral("ab");
        QTest::newRow("emoji and supplementary CJK stay") << QStringLiteral("😀𠮷野家 \u00a0x") << QStringLiteral("😀𠮷野家 \u00a0x");
        QTest::newRow("noncharacters and byte-order marks go")
            << QStringLiteral("\ufffe标题\ufeff一\uffff二\ufdd0三\ufdef") << QStringLiteral("标题一二三");
        QTest::newRow("empty") << QString() << QString();
    }

    void singleLine()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(PlainText::singleLine(input), expected);
        QCOMPARE(PlainText::singleLine(expected), expected); // idempotent
    }

    void withoutStrayControlsKeepsLines()
    {
        QCOMPARE(PlainText::withoutStrayControls(QStringLiteral("第一段\r\n第二段\t\x1b[1m要点\x07")),
            QStringLiteral("第一段\n第二段\t[1m要点"));
    }

    void printableShowsEveryControl()
    {
        const QString shown = PlainText::printable(QStringLiteral("a\x1b]0;x\x07 b\r\n\tc\u009b"));
        QCOMPARE(shown, QStringLiteral("a\ufffd]0;x\ufffd b\ufffd\n\tc\ufffd"));
    }

    // Any string: nothing left that a terminal or a page would take as a control.
    void noControlSurvivesRandomText()
    {
        QRandomGenerator random(15);
        for (int round = 0; round < 2000; ++round) {
            QString text;
            const int length = random.bounded(40);
            for (int i = 0; i < length; ++i)
                text.append(QChar(char16_t(random.bounded(3) == 0 ? random.bounded(0xfdc0, 0x10000)
                                               : random.bounded(2) ? random.bounded(0xa0) : random.bounded(0x4e00, 0x9fff))));
            for (const QString &out : { PlainText::singleLine(text), PlainText::withoutStrayControls(text) }) {
                for (QChar c : out)
                    QVERIFY2(!PlainText::isStrayControl(c.unicode()), qPrintable(QString::number(c.unicode(), 16)));
            }
            QVERIFY(!PlainText::singleLine(text).contains(QLatin1Char('\n')));
            QCOMPARE(PlainText::printable(text).size(), text.size());
        }
    }
};

QTEST_GUILESS_MAIN(PlainTextTest)
#include "tst_plaintext.moc"
