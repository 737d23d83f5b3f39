#include "model/textstats.h"

#include <QFile>
#include <QTest>

Q_DECLARE_METATYPE(galley::TextStats)

using namespace galley;

namespace {

// The body paragraphs of the sample wire copy (between the date line and 稿件来源).
QStringList sampleParagraphs()
{
    QFile file(QStringLiteral(GALLEY_TEST_DATA "/wire-nmg-cadres-2025-03-18.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    QStringList body;
    bool inBody = false;
    for (const QString &line : lines) {
        if (line.contains(QStringLiteral("发布时间"))) {
            inBody = true;
            continue;
        }
        if (line.startsWith(QStringLiteral("稿件来源")))
            break;
        if (inBody && !line.trimmed().isEmpty())
            body.append(line.trimmed());
    }
    return body;
}

TextStats stats(qint64 characters, qint64 cjk, qint64 words, qint64 punctuation, qint64 paragraphs)
{
    TextStats s;
    s.characters = characters;
    s.cjkCharacters = cjk;
    s.latinWords = words;
    s.punctuation = punctuation;
    s.paragraphs = paragraphs;
    return s;
}

QByteArray describe(const TextStats &s)
{
    return QByteArray("characters=") + QByteArray::number(s.characters) + " cjk=" + QByteArray::number(s.cjkCharacters)
        + " words=" + QByteArray::number(s.latinWords) + " punctuation=" + QByteArray::number(s.punctuation)
        + " paragraphs=" + QByteArray::number(s.paragraphs);
}

} // namespace

class TestTextStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts_data();
    void counts();
    void sampleArticle();
    void readingMinutes_data();
    void readingMinutes();
    void isCjk_data();
    void isCjk();
};

void TestTextStats::counts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<TextStats>("expected");

    QTest::newRow("nominal: empty") << QString() << stats(0, 0, 0, 0, 0);
    QTest::newRow("nominal: only whitespace") << QStringLiteral(" \t\n\u3000\u00a0\u2028") << stats(0, 0, 0, 0, 0);
    QTest::newRow("nominal: Chinese sentence") << QStringLiteral("内蒙古坚持激励和约束双向发力。") << stats(15, 14, 0, 1, 1);
    QTest::newRow("nominal: English sentence, apostrophes and hyphens inside words")
        << QStringLiteral("Don't panic, it's well-known.") << stats(26, 0, 4, 5, 1);
    QTest::newRow("nominal: typographic apostrophe") << QStringLiteral("It\u2019s fine") << stats(8, 0, 2, 1, 1);
    QTest::newRow("nominal: Latin and digits next to Chinese") << QStringLiteral("维护50多个APP") << stats(9, 4, 2, 0, 1);
    QTest::newRow("nominal: decimal and thousands separators keep a number one word")
        << QStringLiteral("减少48.4%，共1,000人") << stats(15, 4, 2, 4, 1);
    QTest::newRow("nominal: a full stop after a word ends it") << QStringLiteral("end.Next") << stats(8, 0, 2, 1, 1);
    QTest::newRow("nominal: accented words") << QStringLiteral("café naïve Zürich") << stats(15, 0, 3, 0, 1);
    QTest::newRow("nominal: decomposed accent stays in its word")
        << QStringLiteral("cafe\u0301 noir") << stats(9, 0, 2, 0, 1);
    QTest::newRow("nominal: dates are one word") << QStringLiteral("2025-03-18") << stats(10, 0, 1, 2, 1);
    QTest::newRow("nominal: a lone hyphen is not a word") << QStringLiteral("a - b") << stats(3, 0, 2, 1, 1);
    QTest::newRow("nominal: fullwidth punctuation")
        << QStringLiteral("“引号”（括号）《书名》") << stats(12, 6, 0, 6, 1);
    QTest::newRow("nominal: kana, hangul and bopomofo are CJK")
        << QStringLiteral("ひらがなカタカナ한국어ㄅㄆ") << stats(13, 13, 0, 0, 1);
    QTest::newRow("nominal: katakana middle dot is punctuation")
        << QStringLiteral("ジョン・スミス") << stats(7, 6, 0, 1, 1);
    QTest::newRow("nominal: Han extension B as surrogate pairs count once")
        << QStringLiteral("\U00020000\U0002A6A5字") << stats(3, 3, 0, 0, 1);
    QTest::newRow("nominal: Han extension G") << QStringLiteral("\U00030000") << stats(1, 1, 0, 0, 1);
    QTest::newRow("nominal: compatibility ideograph") << QStringLiteral("\uF900") << stats(1, 1, 0, 0, 1);
    QTest::newRow("nominal: emoji is a character, not CJK") << QStringLiteral("好\U0001F600") << stats(2, 1, 0, 0, 1);
    QTest::newRow("nominal: paragraphs are non-blank lines, any separator")
        << QStringLiteral("a\n\n  \nb\u2029c\u2028d\r\ne") << stats(5, 0, 5, 0, 5);
    QTest::newRow("nominal: ideographic and no-break spaces are whitespace")
        << QStringLiteral("\u3000\u3000文章\u00a0指出") << stats(4, 4, 0, 0, 1);
    QTest::newRow("nominal: an image placeholder is not a character")
        << QStringLiteral("\uFFFC图\uFFFC") << stats(1, 1, 0, 0, 1);
    QTest::newRow("nominal: a line with only an image is not a paragraph")
        << QStringLiteral("\uFFFC\n文字") << stats(2, 2, 0, 0, 1);
    QTest::newRow("robustness: controls and format characters are invisible, a zero-width space separates")
        << QStringLiteral("a\u200Bb\u0001c\uFEFF co\u00ADop") << stats(7, 0, 3, 0, 1);
    QTest::newRow("robustness: lone surrogates are not counted")
        << QString(QChar(0xD800)) + QStringLiteral("x") + QString(QChar(0xDC00)) << stats(1, 0, 1, 0, 1);
}

void TestTextStats::counts()
{
    QFETCH(QString, text);
    QFETCH(TextStats, expected);
    const TextStats actual = computeTextStats(text);
    QCOMPARE(describe(actual), describe(expected));
}

// Expected values computed independently (Python unicodedata) for the sample's body.
void TestTextStats::sampleArticle()
{
    const QStringList body = sampleParagraphs();
    QCOMPARE(body.size(), 8);
    QCOMPARE(describe(computeTextStats(body.first())), describe(stats(72, 60, 2, 7, 1)));
    const TextStats whole = computeTextStats(body.join(QLatin1Char('\n')));
    QCOMPARE(describe(whole), describe(stats(1256, 1045, 29, 137, 8)));
    QCOMPARE(whole.readingMinutes(), 4); // 1045 / 300 + 29 / 200 = 3.63 minutes
    // counting is additive over paragraphs (what the editor's incremental counter relies on)
    TextStats sum;
    for (const QString &paragraph : body) {
        const TextStats s = computeTextStats(paragraph);
        sum.characters += s.characters;
        sum.cjkCharacters += s.cjkCharacters;
        sum.latinWords += s.latinWords;
        sum.punctuation += s.punctuation;
        sum.paragraphs += s.paragraphs;
    }
    QCOMPARE(describe(sum), describe(whole));
}

void TestTextStats::readingMinutes_data()
{
    QTest::addColumn<TextStats>("stats");
    QTest::addColumn<int>("minutes");
    QTest::newRow("nominal: empty text takes no time") << stats(0, 0, 0, 0, 0) << 0;
    QTest::newRow("nominal: any text takes at least a minute") << stats(1, 0, 0, 1, 1) << 1;
    QTest::newRow("nominal: 300 CJK characters are one minute") << stats(300, 300, 0, 0, 1) << 1;
    QTest::newRow("nominal: 301 CJK characters round up") << stats(301, 301, 0, 0, 1) << 2;
    QTest::newRow("nominal: 200 Latin words are one minute") << stats(1000, 0, 200, 0, 1) << 1;
    QTest::newRow("nominal: CJK and Latin add up") << stats(1300, 300, 200, 0, 1) << 2;
    QTest::newRow("nominal: a long Chinese article") << stats(9000, 9000, 0, 0, 40) << 30;
}

void TestTextStats::readingMinutes()
{
    QFETCH(TextStats, stats);
    QFETCH(int, minutes);
    QCOMPARE(stats.readingMinutes(), minutes);
}

void TestTextStats::isCjk_data()
{
    QTest::addColumn<uint>("codePoint");
    QTest::addColumn<bool>("cjk");
    QTest::newRow("nominal: 中") << uint(0x4E2D) << true;
    QTest::newRow("nominal: extension A") << uint(0x3400) << true;
    QTest::newRow("nominal: extension F") << uint(0x2CEB0) << true;
    QTest::newRow("nominal: hiragana あ") << uint(0x3042) << true;
    QTest::newRow("nominal: hangul 한") << uint(0xD55C) << true;
    QTest::newRow("nominal: bopomofo ㄅ") << uint(0x3105) << true;
    QTest::newRow("nominal: ideographic zero 〇") << uint(0x3007) << true;
    QTest::newRow("nominal: ideographic full stop is not") << uint(0x3002) << false;
    QTest::newRow("nominal: fullwidth comma is not") << uint(0xFF0C) << false;
    QTest::newRow("nominal: Latin a is not") << uint('a') << false;
    QTest::newRow("nominal: emoji is not") << uint(0x1F600) << false;
}

void TestTextStats::isCjk()
{
    QFETCH(uint, codePoint);
    QFETCH(bool, cjk);
    QCOMPARE(galley::isCjk(char32_t(codePoint)), cjk);
}

QTEST_GUILESS_MAIN(TestTextStats)
#include "tst_textstats.moc"
