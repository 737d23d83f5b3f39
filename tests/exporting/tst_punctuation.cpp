#include "exporting/punctuation.h"

#include <QTest>

using namespace galley;

class TestPunctuation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixChinese_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: comma after CJK") << QStringLiteral("不适宜担任现职,448名干部被调整")
                                                 << QStringLiteral("不适宜担任现职，448名干部被调整");
        QTest::newRow("nominal: every mark") << QStringLiteral("甲,乙:丙;丁?戊!") << QStringLiteral("甲，乙：丙；丁？戊！");
        QTest::newRow("nominal: space after the mark dropped") << QStringLiteral("他说: 好, 走吧") << QStringLiteral("他说：好，走吧");
        QTest::newRow("nominal: question and exclamation run") << QStringLiteral("真的吗?!") << QStringLiteral("真的吗？！");
        QTest::newRow("nominal: after a closing quote") << QStringLiteral("他说“好”,就走了") << QStringLiteral("他说“好”，就走了");
        QTest::newRow("nominal: parentheses around CJK") << QStringLiteral("旗县(市区)对下考核") << QStringLiteral("旗县（市区）对下考核");
        QTest::newRow("nominal: parentheses with mixed content") << QStringLiteral("共有(2025年)数据") << QStringLiteral("共有（2025年）数据");
        QTest::newRow("nominal: comma after a full-width parenthesis") << QStringLiteral("村(居),共") << QStringLiteral("村（居），共");
        QTest::newRow("nominal: kana counts as CJK") << QStringLiteral("テスト,です") << QStringLiteral("テスト，です");
        QTest::newRow("nominal: Han extension B") << QStringLiteral("\U00020000,") << QStringLiteral("\U00020000，");
        QTest::newRow("latin: English sentence untouched") << QStringLiteral("Hello, world: yes; no? ok!") << QStringLiteral("Hello, world: yes; no? ok!");
        QTest::newRow("latin: parentheses around Latin") << QStringLiteral("世界卫生组织(WHO)发布") << QStringLiteral("世界卫生组织(WHO)发布");
        QTest::newRow("latin: mark after Latin inside Chinese") << QStringLiteral("使用APP, 很方便") << QStringLiteral("使用APP, 很方便");
        QTest::newRow("numbers: thousands and times") << QStringLiteral("共3,000人,时间08:18") << QStringLiteral("共3,000人，时间08:18");
        QTest::newRow("numbers: ratio") << QStringLiteral("比例3:1") << QStringLiteral("比例3:1");
        QTest::newRow("urls: left alone") << QStringLiteral("见https://example.com/a?b=1,c(2)。") << QStringLiteral("见https://example.com/a?b=1,c(2)。");
        QTest::newRow("urls: query after CJK path is still URL") << QStringLiteral("访问www.gov.cn/x?q=1")
                                                               << QStringLiteral("访问www.gov.cn/x?q=1");
        QTest::newRow("urls: parentheses around a URL with CJK") << QStringLiteral("(见https://example.com)")
                                                                << QStringLiteral("（见https://example.com）");
        QTest::newRow("robustness: unbalanced parenthesis") << QStringLiteral("中文(没有结束") << QStringLiteral("中文(没有结束");
        QTest::newRow("robustness: leading mark") << QStringLiteral(",中文") << QStringLiteral(",中文");
        QTest::newRow("robustness: empty") << QString() << QString();
        QTest::newRow("robustness: already full-width") << QStringLiteral("中文，好") << QStringLiteral("中文，好");
    }
    void fixChinese()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Punctuation::fixChinese(input), expected);
        // Idempotent: running the transform twice changes nothing more.
        QCOMPARE(Punctuation::fixChinese(Punctuation::fixChinese(input)), expected);
    }

    void piecesCarryContext()
    {
        // "<strong>中文</strong>, (<em>市区</em>)" as text nodes of one block.
        QList<QString> pieces{QStringLiteral("中文"), QStringLiteral(", ("), QStringLiteral("市区"), QStringLiteral(")")};
        Punctuation::fixChinese(pieces);
        QCOMPARE(pieces, (QList<QString>{QStringLiteral("中文"), QStringLiteral("，（"), QStringLiteral("市区"), QStringLiteral("）")}));
    }

    void urlRanges()
    {
        const QString text = QStringLiteral("见https://example.com/path?q=1,另见www.gov.cn。mailto:a@b.cn");
        const auto ranges = Punctuation::urlRanges(text);
        QCOMPARE(ranges.size(), 3);
        QCOMPARE(text.mid(ranges.at(0).first, ranges.at(0).second), QStringLiteral("https://example.com/path?q=1"));
        QCOMPARE(text.mid(ranges.at(1).first, ranges.at(1).second), QStringLiteral("www.gov.cn"));
        QCOMPARE(text.mid(ranges.at(2).first, ranges.at(2).second), QStringLiteral("mailto:a@b.cn"));
    }
};

QTEST_GUILESS_MAIN(TestPunctuation)
#include "tst_punctuation.moc"
