// The copy desk's rules as tables of right and wrong copy (much of it from the sample wire copy,
// tests/data/wire-nmg-cadres-2025-03-18.txt), the sample with its findings pinned, and random
// text: no crash, no finding outside the text, fixes that leave nothing fixable.

#include "document/anchoring.h"
#include "document/canonicalhtml.h"
#include "importing/importer.h"
#include "lint/linter.h"

#include <QRandomGenerator>
#include <QTest>

using namespace galley;

namespace {

using Quotes = QStringList;

/// Half-width commas in Chinese text in the sample's body (its title has one more).
constexpr int SampleCommas = 52;

/// Only \a rule on: each table shows one rule.
HouseStyle only(LintRule rule)
{
    HouseStyle style;
    for (const LintRule other : LintRules::all())
        style.setEnabled(other, other == rule);
    return style;
}

/// Findings of \a text: canonical HTML when it starts with "<", else lines of plain text.
QList<LintFinding> lintOf(const QString &text, const HouseStyle &style, QString *plain)
{
    if (text.startsWith(QLatin1Char('<'))) {
        *plain = CanonicalHtml::toPlainText(text);
        return Linter::lintArticle(text, style);
    }
    *plain = text;
    return Linter::lintLines(text, style);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1String("&quot;"), QLatin1String("\""));
}

} // namespace

class TestLinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void fixesKeepFormatting();
    void offsetsOnEmojiText();
    void sampleWireCopy();
    void houseStyleJson_data();
    void houseStyleJson();
    void houseStyleRoundTrip();
    void randomText();
    void incrementalEqualsFull();
};

void TestLinter::rules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Quotes>("quotes"); ///< the text of each finding; none: right copy
    QTest::addColumn<QString>("fixed"); ///< after the rule's safe fixes; empty: no safe fix

    const auto right = [](const char *rule, const QString &text) {
        QTest::addRow("%s right: %s", rule, qPrintable(QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '))))
            << QString::fromLatin1(rule) << text << Quotes {} << QString();
    };
    const auto wrong = [](const char *rule, const QString &text, const Quotes &quotes, const QString &fixed = {}) {
        QTest::addRow("%s wrong: %s", rule, qPrintable(QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '))))
            << QString::fromLatin1(rule) << text << quotes << fixed;
    };

    const char *rule = "halfwidth-punctuation";
    wrong(rule, QStringLiteral("不适宜担任现职,448名干部被调整"), { QStringLiteral(",") },
        QStringLiteral("不适宜担任现职，448名干部被调整"));
    wrong(rule, QStringLiteral("文章指出,内蒙古坚持激励和约束双向发力。"), { QStringLiteral(",") },
        QStringLiteral("文章指出，内蒙古坚持激励和约束双向发力。"));
    wrong(rule, QStringLiteral("清理台账近3/4,开到旗县的会议减少48.4%;自治区"),
        { QStringLiteral(","), QStringLiteral(";") }, QStringLiteral("清理台账近3/4，开到旗县的会议减少48.4%；自治区"));
    wrong(rule, QStringLiteral("旗县(市区)对下考核指标"), { QStringLiteral("("), QStringLiteral(")") },
        QStringLiteral("旗县（市区）对下考核指标"));
    wrong(rule, QStringLiteral("维护50多个政务APP,有的嘎查村"), { QStringLiteral(",") },
        QStringLiteral("维护50多个政务APP，有的嘎查村"));
    wrong(rule, QStringLiteral("发布时间:2025-03-18 08:18:00"), { QStringLiteral(":") },
        QStringLiteral("发布时间：2025-03-18 08:18:00"));
    wrong(rule, QStringLiteral("你来了吗?我在等你."), { QStringLiteral("?"), QStringLiteral(".") },
        QStringLiteral("你来了吗？我在等你。"));
    wrong(rule, QStringLiteral("太好了!大家都很高兴。"), { QStringLiteral("!") },
        QStringLiteral("太好了！大家都很高兴。"));
    wrong(rule, QStringLiteral("文章称 , 内蒙古"), { QStringLiteral(" , ") }, QStringLiteral("文章称，内蒙古"));
    wrong(rule, QStringLiteral("中国(China)的经济"), { QStringLiteral("("), QStringLiteral(")") },
        QStringLiteral("中国（China）的经济"));
    right(rule, QStringLiteral("全年销售3,000辆汽车。"));
    right(rule, QStringLiteral("开到旗县的会议减少48.4%。"));
    right(rule, QStringLiteral("08:18发布。"));
    right(rule, QStringLiteral("详见https://www.xinhua.net/a,b.html页面。"));
    right(rule, QStringLiteral("请发邮件至editor.desk@example.com。"));
    right(rule, QStringLiteral("He said: \"Hello, world. How are you (today)?\""));
    right(rule, QStringLiteral("他说：“I love you, China.”"));
    right(rule, QStringLiteral("报告.pdf已上传。"));
    right(rule, QStringLiteral("U.S.经济"));
    right(rule, QStringLiteral("版本1.2.3发布。"));

    rule = "paragraph-end";
    wrong(rule, QStringLiteral("连续两年开展“担当作为好干部”评选，评选出的199人已提拔重用172名"),
        { QStringLiteral("名") });
    wrong(rule, QStringLiteral("允许如实报告说明情况，上级重新研究后再作安排"), { QStringLiteral("排") });
    wrong(rule, QStringLiteral("内蒙古强化统筹协调和分级管理，从源头上避免扎堆"), { QStringLiteral("堆") });
    wrong(rule, QStringLiteral("有的苏木乡镇街道需要面对500多项考核指标、维护50多个政务APP"), { QStringLiteral("P") });
    wrong(rule, QStringLiteral("目前正在按中央要求作进一步精简优化；基层报表减少近80%"), { QStringLiteral("%") });
    wrong(rule, QStringLiteral("他说，这是一个很好的开始，我们还会继续努力  "), { QStringLiteral("力") });
    wrong(rule, QStringLiteral("文章指出，形式主义具有顽固性、反复性——"), { QStringLiteral("—") });
    wrong(rule, QStringLiteral("<p>基层干部的微信工作群动辄十几个甚至几十个，基层长期处于“超载”状态</p>\n"),
        { QStringLiteral("态") });
    wrong(rule,
        QStringLiteral(
            "<blockquote>\n<p>只有在减存量的同时控增量，才能防止基层再度被繁文缛节淹没</p>\n</blockquote>\n"),
        { QStringLiteral("没") });
    right(rule, QStringLiteral("文章指出，内蒙古坚持激励和约束双向发力。"));
    right(rule, QStringLiteral("这是真的吗？"));
    right(rule, QStringLiteral("太好了！"));
    right(rule, QStringLiteral("他说：“我们一定做到。”"));
    right(rule, QStringLiteral("<h2>内蒙古为基层减负，首先向这些问题开刀</h2>\n"));
    right(rule, QStringLiteral("<ul>\n<li>制定政策前做好研究论证，引导各级既跳起来摘桃子</li>\n</ul>\n"));
    right(rule, QStringLiteral("新华社呼和浩特3月18日电"));
    right(rule, QStringLiteral("This paragraph is entirely in English and has no full stop"));
    right(rule, QStringLiteral("内蒙古为基层减负的主要措施如下："));
    right(rule, QStringLiteral("基层应接不暇、深受其累……"));
    right(rule,
        QStringLiteral(
            "越来越多的企业开始在海外平台经营自有品牌。【待补：自有品牌企业数量、海外仓数量，请市商务局提供】"));
    right(rule,
        QStringLiteral("<figure><img src=\"asset:0000000000000000000000000000000000000000000000000000000000000000\" "
                       "alt=\"\"><figcaption>内蒙古日报记者在基层调研，了解干部减负情况</figcaption></figure>\n"));

    rule = "unpaired-brackets";
    wrong(rule, QStringLiteral("内蒙古为基层减负首先向这些问题“开刀。"), { QStringLiteral("“") });
    wrong(rule, QStringLiteral("有的旗县两天来一回督导的”，个别村"), { QStringLiteral("”") });
    wrong(rule, QStringLiteral("刊发的署名文章《推动整治形式主义为基层减负。"), { QStringLiteral("《") });
    wrong(rule, QStringLiteral("旗县（市区对下考核指标分别减少"), { QStringLiteral("（") });
    wrong(rule, QStringLiteral("“有多少汤泡多少馍，（引导各级”）"), { QStringLiteral("（"), QStringLiteral("）") });
    wrong(rule, QStringLiteral("【本报讯】记者获悉】"), { QStringLiteral("】") });
    wrong(rule, QStringLiteral("抓“两头”的工作要抓好’"), { QStringLiteral("’") });
    wrong(rule, QStringLiteral("他说：「我们一定做到。"), { QStringLiteral("「") });
    wrong(rule, QStringLiteral("〈序言〉与〈正文"), { QStringLiteral("〈") });
    wrong(rule, QStringLiteral("<p>“第一段引文，</p>\n<p>第二段没有引号。</p>\n"), { QStringLiteral("“") });
    right(rule, QStringLiteral("连续两年开展“担当作为好干部”评选。"));
    right(rule, QStringLiteral("《内蒙古日报》近日转发《学习与研究》上的文章。"));
    right(rule, QStringLiteral("工作中注重抓“两头”，一个是“有多少汤泡多少馍”。"));
    right(rule, QStringLiteral("自治区、盟市、旗县（市区）对下考核。"));
    right(rule, QStringLiteral("他说：“要用‘四不两直’方式。”"));
    right(rule, QStringLiteral("He said don’t worry about Xi’an."));
    right(rule, QStringLiteral("the editors’ note是这样写的。"));
    right(rule, QStringLiteral("【本报讯】记者获悉。"));
    right(rule, QStringLiteral("「引文」与『引文』。"));
    right(rule, QStringLiteral("<p>“第一段引文，</p>\n<p>“第二段引文。”</p>\n"));

    rule = "repeated-punctuation";
    wrong(rule, QStringLiteral("这是真的吗？？"), { QStringLiteral("？？") });
    wrong(rule, QStringLiteral("太好了！！"), { QStringLiteral("！！") });
    wrong(rule, QStringLiteral("怎么会这样？？！"), { QStringLiteral("？？！") });
    wrong(rule, QStringLiteral("文章指出，，内蒙古"), { QStringLiteral("，，") }, QStringLiteral("文章指出，内蒙古"));
    wrong(rule, QStringLiteral("减少一半以上。。"), { QStringLiteral("。。") }, QStringLiteral("减少一半以上。"));
    wrong(rule, QStringLiteral("自治区、、盟市"), { QStringLiteral("、、") }, QStringLiteral("自治区、盟市"));
    wrong(rule, QStringLiteral("措施如下：："), { QStringLiteral("：：") }, QStringLiteral("措施如下："));
    wrong(
        rule, QStringLiteral("出台措施；；容错纠错"), { QStringLiteral("；；") }, QStringLiteral("出台措施；容错纠错"));
    wrong(rule, QStringLiteral("真的！？"), { QStringLiteral("！？") });
    right(rule, QStringLiteral("真的吗？！"));
    right(rule, QStringLiteral("基层应接不暇、深受其累。"));
    right(rule, QStringLiteral("好！好！"));
    right(rule, QStringLiteral("等等。。。"));
    right(rule, QStringLiteral("问题“开刀”。"));
    right(rule, QStringLiteral("分别减少20%、40%、55%。"));
    right(rule, QStringLiteral("他说：“好。”"));
    right(rule, QStringLiteral("What?! Really??"));

    rule = "ellipsis";
    wrong(rule, QStringLiteral("基层应接不暇、深受其累..."), { QStringLiteral("...") },
        QStringLiteral("基层应接不暇、深受其累……"));
    wrong(rule, QStringLiteral("文山会海、过度留痕。。。"), { QStringLiteral("。。。") },
        QStringLiteral("文山会海、过度留痕……"));
    wrong(rule, QStringLiteral("他说…我们"), { QStringLiteral("…") }, QStringLiteral("他说……我们"));
    wrong(rule, QStringLiteral("他说......我们"), { QStringLiteral("......") }, QStringLiteral("他说……我们"));
    wrong(rule, QStringLiteral("有的旗县...两天来一回"), { QStringLiteral("...") },
        QStringLiteral("有的旗县……两天来一回"));
    wrong(rule, QStringLiteral("。。。。就这样"), { QStringLiteral("。。。。") }, QStringLiteral("……就这样"));
    wrong(rule, QStringLiteral("他说………我们"), { QStringLiteral("………") }, QStringLiteral("他说……我们"));
    wrong(rule, QStringLiteral("...然后呢"), { QStringLiteral("...") }, QStringLiteral("……然后呢"));
    right(rule, QStringLiteral("基层应接不暇、深受其累……"));
    right(rule, QStringLiteral("Wait for it..."));
    right(rule, QStringLiteral("version 1...3"));
    right(rule, QStringLiteral("见https://example.com/a...b 页面。"));
    right(rule, QStringLiteral("他说……我们"));
    right(rule, QStringLiteral("减少3.5亿。"));
    right(rule, QStringLiteral("Well… okay."));
    right(rule, QStringLiteral("好。。"));

    rule = "dash";
    wrong(rule, QStringLiteral("这是内蒙古--一个美丽的地方。"), { QStringLiteral("--") },
        QStringLiteral("这是内蒙古——一个美丽的地方。"));
    wrong(rule, QStringLiteral("形式主义具有顽固性---反复性"), { QStringLiteral("---") },
        QStringLiteral("形式主义具有顽固性——反复性"));
    wrong(rule, QStringLiteral("他说--"), { QStringLiteral("--") }, QStringLiteral("他说——"));
    wrong(rule, QStringLiteral("--内蒙古日报"), { QStringLiteral("--") }, QStringLiteral("——内蒙古日报"));
    wrong(rule, QStringLiteral("减负———治本"), { QStringLiteral("———") }, QStringLiteral("减负——治本"));
    wrong(rule, QStringLiteral("我们 -- 基层干部"), { QStringLiteral("--") }, QStringLiteral("我们 —— 基层干部"));
    wrong(rule, QStringLiteral("“开刀”--内蒙古"), { QStringLiteral("--") }, QStringLiteral("“开刀”——内蒙古"));
    wrong(rule, QStringLiteral("问题----反映强烈"), { QStringLiteral("----") }, QStringLiteral("问题——反映强烈"));
    right(rule, QStringLiteral("这是内蒙古——一个美丽的地方。"));
    right(rule, QStringLiteral("北京—上海特别快车"));
    right(rule, QStringLiteral("2025-03-18发布"));
    right(rule, QStringLiteral("the well-known -- English usage"));
    right(rule, QStringLiteral("x--y"));
    right(rule, QStringLiteral("见https://example.com/a--b页面"));
    right(rule, QStringLiteral("减少10-20%"));
    right(rule, QStringLiteral("i-- in C"));

    rule = "space-around-punctuation";
    wrong(rule, QStringLiteral("文章指出， 内蒙古"), { QStringLiteral(" ") }, QStringLiteral("文章指出，内蒙古"));
    wrong(rule, QStringLiteral("文章指出 ，内蒙古"), { QStringLiteral(" ") }, QStringLiteral("文章指出，内蒙古"));
    wrong(rule, QStringLiteral("文章称 “开刀”"), { QStringLiteral(" ") }, QStringLiteral("文章称“开刀”"));
    wrong(rule, QStringLiteral("“开刀” 的问题"), { QStringLiteral(" ") }, QStringLiteral("“开刀”的问题"));
    wrong(rule, QStringLiteral("减少一半以上。  基层"), { QStringLiteral("  ") }, QStringLiteral("减少一半以上。基层"));
    wrong(rule, QStringLiteral("《内蒙古日报》 近日"), { QStringLiteral(" ") }, QStringLiteral("《内蒙古日报》近日"));
    wrong(rule, QStringLiteral("维护政务APP （手机应用）"), { QStringLiteral(" ") },
        QStringLiteral("维护政务APP（手机应用）"));
    wrong(rule, QStringLiteral("双向发力。　在正向激励上"), { QStringLiteral("　") },
        QStringLiteral("双向发力。在正向激励上"));
    wrong(rule, QStringLiteral("结束了。 "), { QStringLiteral(" ") }, QStringLiteral("结束了。"));
    right(rule, QStringLiteral("　　文章指出，内蒙古坚持。"));
    right(rule, QStringLiteral("He said “hello” to me."));
    right(rule, QStringLiteral("文章指出，内蒙古。"));
    right(rule, QStringLiteral("Note — this is English."));
    right(rule, QStringLiteral("维护 50 多个政务 APP。"));
    right(rule, QStringLiteral("北京—上海"));
    right(rule, QStringLiteral("Wait… okay."));
    right(rule, QStringLiteral("Galley is a “copy desk” tool."));

    rule = "fullwidth-alphanumeric";
    wrong(rule, QStringLiteral("１０００名干部"), { QStringLiteral("１０００") }, QStringLiteral("1000名干部"));
    wrong(rule, QStringLiteral("维护政务ＡＰＰ。"), { QStringLiteral("ＡＰＰ") }, QStringLiteral("维护政务APP。"));
    wrong(rule, QStringLiteral("２０２５年第３期"), { QStringLiteral("２０２５"), QStringLiteral("３") },
        QStringLiteral("2025年第3期"));
    wrong(rule, QStringLiteral("访问ｗｗｗ"), { QStringLiteral("ｗｗｗ") }, QStringLiteral("访问www"));
    wrong(rule, QStringLiteral("减少４８%"), { QStringLiteral("４８") }, QStringLiteral("减少48%"));
    wrong(rule, QStringLiteral("Ｇ２０峰会"), { QStringLiteral("Ｇ２０") }, QStringLiteral("G20峰会"));
    wrong(rule, QStringLiteral("新款ｉＰｈｏｎｅ"), { QStringLiteral("ｉＰｈｏｎｅ") }, QStringLiteral("新款iPhone"));
    wrong(rule, QStringLiteral("第１季度"), { QStringLiteral("１") }, QStringLiteral("第1季度"));
    right(rule, QStringLiteral("1000名干部"));
    right(rule, QStringLiteral("维护政务APP。"));
    right(rule, QStringLiteral("2025年第3期"));
    right(rule, QStringLiteral("全角标点，。！？"));
    right(rule, QStringLiteral("增长5％"));
    right(rule, QStringLiteral("第Ⅲ卷"));
    right(rule, QStringLiteral("①②③"));
    right(rule, QStringLiteral("三千名干部"));

    rule = "range-unit";
    wrong(rule, QStringLiteral("投资9～16亿元"), { QStringLiteral("9～16亿") });
    wrong(rule, QStringLiteral("减少15～30%"), { QStringLiteral("15～30%") });
    wrong(rule, QStringLiteral("增长4.3～5.6万"), { QStringLiteral("4.3～5.6万") });
    wrong(rule, QStringLiteral("会议减少10-20%"), { QStringLiteral("10-20%") });
    wrong(rule, QStringLiteral("气温3～8℃"), { QStringLiteral("3～8℃") });
    wrong(rule, QStringLiteral("规模1~2万亿元"), { QStringLiteral("1~2万亿") });
    wrong(rule, QStringLiteral("误差3〜5‰"), { QStringLiteral("3〜5‰") });
    wrong(rule, QStringLiteral("投入3–4亿"), { QStringLiteral("3–4亿") });
    right(rule, QStringLiteral("投资9亿～16亿元"));
    right(rule, QStringLiteral("减少15%～30%"));
    right(rule, QStringLiteral("发布时间2025-03-18"));
    right(rule, QStringLiteral("工作3～5年"));
    right(rule, QStringLiteral("08:18"));
    right(rule, QStringLiteral("电话010-12345678"));
    right(rule, QStringLiteral("增长4.3万～5.6万"));
    right(rule, QStringLiteral("见https://example.com/1-2%20a"));

    rule = "two-digit-year";
    wrong(rule, QStringLiteral("98年3月出生"), { QStringLiteral("98年") });
    wrong(rule, QStringLiteral("于98年参加工作"), { QStringLiteral("98年") });
    wrong(rule, QStringLiteral("在15年底完成"), { QStringLiteral("15年") });
    wrong(rule, QStringLiteral("从08年到现在"), { QStringLiteral("08年") });
    wrong(rule, QStringLiteral("’98年的夏天"), { QStringLiteral("98年") });
    wrong(rule, QStringLiteral("24年初开始"), { QStringLiteral("24年") });
    wrong(rule, QStringLiteral("至23年12月底"), { QStringLiteral("23年") });
    wrong(rule, QStringLiteral("99年末"), { QStringLiteral("99年") });
    right(rule, QStringLiteral("1998年3月出生"));
    right(rule, QStringLiteral("改革开放30年来"));
    right(rule, QStringLiteral("用了15年时间"));
    right(rule, QStringLiteral("上世纪80年代"));
    right(rule, QStringLiteral("在10年前"));
    right(rule, QStringLiteral("2025年第3期"));
    right(rule, QStringLiteral("建校100年"));
    right(rule, QStringLiteral("在50年间"));

    // A house option (off by default): a space where Chinese meets Latin letters or digits.
    rule = "mixed-text-space";
    wrong(rule, QStringLiteral("用APP查询"), { QStringLiteral("用A"), QStringLiteral("P查") }, QStringLiteral("用 APP 查询"));
    wrong(rule, QStringLiteral("减少48.4%"), { QStringLiteral("少4") }, QStringLiteral("减少 48.4%"));
    wrong(rule, QStringLiteral("共有3000名牧民"), { QStringLiteral("有3"), QStringLiteral("0名") }, QStringLiteral("共有 3000 名牧民"));
    wrong(rule, QStringLiteral("Hohhot是首府"), { QStringLiteral("t是") }, QStringLiteral("Hohhot 是首府"));
    wrong(rule, QStringLiteral("截至2024年底"), { QStringLiteral("至2"), QStringLiteral("4年") }, QStringLiteral("截至 2024 年底"));
    wrong(rule, QStringLiteral("在GDP中的占比"), { QStringLiteral("在G"), QStringLiteral("P中") }, QStringLiteral("在 GDP 中的占比"));
    wrong(rule, QStringLiteral("发布iPhone新品"), { QStringLiteral("布i"), QStringLiteral("e新") }, QStringLiteral("发布 iPhone 新品"));
    wrong(rule, QStringLiteral("𠀋A"), { QStringLiteral("𠀋A") }, QStringLiteral("𠀋 A")); // a character beyond the BMP
    right(rule, QStringLiteral("用 APP 查询"));
    right(rule, QStringLiteral("减少 48.4%，"));
    right(rule, QStringLiteral("增长 5%以上"));
    right(rule, QStringLiteral("“APP”里"));
    right(rule, QStringLiteral("见https://example.com/路径"));
    right(rule, QStringLiteral("Herders met on Tuesday."));
    right(rule, QStringLiteral("草原牧民"));
    right(rule, QStringLiteral("（2024）年"));
}

void TestLinter::rules()
{
    QFETCH(QString, rule);
    QFETCH(QString, text);
    QFETCH(Quotes, quotes);
    QFETCH(QString, fixed);

    const std::optional<LintRule> id = LintRules::fromId(rule);
    QVERIFY(id);
    QString plain;
    const QList<LintFinding> findings = lintOf(text, only(*id), &plain);
    Quotes found;
    for (const LintFinding &finding : findings) {
        QCOMPARE(finding.rule, *id);
        QCOMPARE(finding.severity, LintRules::defaultSeverity(*id));
        QVERIFY(!finding.message.isEmpty());
        found.append(plain.mid(finding.start, finding.end - finding.start));
    }
    QCOMPARE(found, quotes);
    // Every rule but this one finds nothing in copy that is right for it.
    if (quotes.isEmpty())
        return;
    const bool fixable
        = std::all_of(findings.cbegin(), findings.cend(), [](const LintFinding &f) { return f.isFixable(); });
    QCOMPARE(fixable, !fixed.isEmpty());
    if (fixable)
        QCOMPARE(Linter::applyFixes(plain, findings), fixed);
}

void TestLinter::fixesKeepFormatting()
{
    const QString html
        = QStringLiteral("<p>文章<strong>指出,</strong>内蒙古<a href=\"https://example.com/\">坚持 , 激励</a>"
                         "和约束双向发力。</p>\n<h2>标题</h2>\n");
    int applied = 0;
    const QString fixed = Linter::fixArticle(html, {}, &applied);
    QCOMPARE(applied, 2);
    QCOMPARE(fixed,
        QStringLiteral("<p>文章<strong>指出，</strong>内蒙古<a href=\"https://example.com/\">坚持，激励</a>"
                       "和约束双向发力。</p>\n<h2>标题</h2>\n"));
    QCOMPARE(Linter::fixArticle(fixed, {}, &applied), fixed);
    QCOMPARE(applied, 0);
}

void TestLinter::offsetsOnEmojiText()
{
    // 😀 is a surrogate pair: the finding after it is one code point further on, two code units.
    const QString text = QStringLiteral("😀文章指出,内蒙古😀Galley,好");
    const QList<LintFinding> findings = Linter::lintLines(text, only(LintRule::HalfwidthPunctuation));
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).start, 6);
    QCOMPARE(Anchoring::toCodePointOffset(text, findings.at(0).start), 5);
    QCOMPARE(findings.at(1).start, 18);
    QCOMPARE(Anchoring::toCodePointOffset(text, findings.at(1).start), 16);
    // The paragraph-end finding covers the whole last code point.
    const QString emojiEnd = QStringLiteral("他说，这是一个很好的开始😀");
    const QList<LintFinding> end = Linter::lintLines(emojiEnd, only(LintRule::ParagraphEnd));
    QCOMPARE(end.size(), 1);
    QCOMPARE(end.at(0).end - end.at(0).start, 2);
}

void TestLinter::sampleWireCopy()
{
    const ImportResult imported
        = Importer::readFile(QStringLiteral(GALLEY_TEST_DATA "/wire-nmg-cadres-2025-03-18.txt"));
    QVERIFY2(imported.ok, qPrintable(imported.error));
    const QString plain = CanonicalHtml::toPlainText(imported.article.bodyHtml);
    QHash<QString, QStringList> byRule;
    for (const LintFinding &finding : Linter::lintArticle(imported.article.bodyHtml)) {
        QVERIFY(finding.start >= 0 && finding.end <= plain.size() && finding.start < finding.end);
        byRule[LintRules::id(finding.rule)].append(plain.mid(finding.start, finding.end - finding.start));
    }
    // The half-width commas between Chinese characters, "3/4," and "48.4%;" among them, three
    // semicolons and "(市区)".
    const QStringList halfWidth = byRule.value(QStringLiteral("halfwidth-punctuation"));
    QCOMPARE(halfWidth.count(QStringLiteral(",")), SampleCommas);
    QCOMPARE(halfWidth.count(QStringLiteral(";")), 3);
    QCOMPARE(halfWidth.count(QStringLiteral("(")), 1);
    QCOMPARE(halfWidth.count(QStringLiteral(")")), 1);
    QCOMPARE(halfWidth.size(), SampleCommas + 5);
    // The two paragraphs that stop without a full stop ("…172名", "…再作安排").
    QCOMPARE(
        byRule.value(QStringLiteral("paragraph-end")), (QStringList { QStringLiteral("名"), QStringLiteral("排") }));
    QCOMPARE(byRule.size(), 2);

    int applied = 0;
    const QString fixed = Linter::fixArticle(imported.article.bodyHtml, {}, &applied);
    QCOMPARE(applied, SampleCommas + 5);
    for (const LintFinding &finding : Linter::lintArticle(fixed))
        QCOMPARE(finding.rule, LintRule::ParagraphEnd);
    QVERIFY(CanonicalHtml::toPlainText(fixed).contains(QStringLiteral("近3/4，开到旗县的会议减少48.4%；自治区")));
}

void TestLinter::houseStyleJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); ///< empty: accepted

    QTest::addRow("nominal: empty object keeps the defaults") << QByteArray("{}") << QString();
    QTest::addRow("nominal: a rule off, another an error")
        << QByteArray(R"({"rules": {"dash": {"enabled": false}, "paragraph-end": {"severity": "error"}}})")
        << QString();
    QTest::addRow("robustness: not JSON") << QByteArray("{rules") << QStringLiteral("house.json: not JSON");
    QTest::addRow("robustness: an array") << QByteArray("[]") << QStringLiteral("house.json: the house style must be");
    QTest::addRow("robustness: unknown rule") << QByteArray(R"({"rules": {"dashes": {"enabled": false}}})")
                                              << QStringLiteral("house.json: rules.dashes: unknown rule.");
    QTest::addRow("robustness: bad severity") << QByteArray(R"({"rules": {"dash": {"severity": "fatal"}}})")
                                              << QStringLiteral("house.json: rules.dash.severity: must be");
    QTest::addRow("robustness: enabled not a boolean")
        << QByteArray(R"({"rules": {"dash": {"enabled": "no"}}})") << QStringLiteral("house.json: rules.dash.enabled:");
    QTest::addRow("robustness: unknown field of a rule") << QByteArray(R"({"rules": {"dash": {"on": true}}})")
                                                         << QStringLiteral("house.json: rules.dash.on: unknown field");
    QTest::addRow("robustness: unknown top-level field")
        << QByteArray(R"({"rule": {}})") << QStringLiteral("house.json: rule: unknown field");
}

void TestLinter::houseStyleJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString message;
    const std::optional<HouseStyle> style = HouseStyle::fromJson(json, QStringLiteral("house.json"), &message);
    QCOMPARE(style.has_value(), error.isEmpty());
    if (!error.isEmpty()) {
        QVERIFY2(message.startsWith(error), qPrintable(message));
        return;
    }
    if (json.contains("dash")) {
        QVERIFY(!style->isEnabled(LintRule::Dash));
        QCOMPARE(style->severity(LintRule::ParagraphEnd), LintSeverity::Error);
        QVERIFY(Linter::lintLines(QStringLiteral("他说--"), *style).isEmpty());
    } else {
        QCOMPARE(*style, HouseStyle());
    }
}

void TestLinter::houseStyleRoundTrip()
{
    HouseStyle style;
    style.setEnabled(LintRule::TwoDigitYear, false);
    style.setSeverity(LintRule::Dash, LintSeverity::Info);
    QString error;
    const std::optional<HouseStyle> read = HouseStyle::fromJson(style.toJson(), QStringLiteral("x"), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(*read, style);
    QVERIFY(!HouseStyle::load(QStringLiteral("/nonexistent/house.json"), &error));
    QVERIFY(error.startsWith(QStringLiteral("/nonexistent/house.json: ")));
}

namespace {

const QStringList &pieces()
{
    static const QStringList Pieces = { QStringLiteral("中"), QStringLiteral("文"), QStringLiteral("年"),
        QStringLiteral("亿"), QStringLiteral("a"), QStringLiteral("Z"), QStringLiteral("1"), QStringLiteral("9"),
        QStringLiteral(" "), QStringLiteral("　"), QStringLiteral(","), QStringLiteral("."), QStringLiteral(":"),
        QStringLiteral(";"), QStringLiteral("?"), QStringLiteral("!"), QStringLiteral("("), QStringLiteral(")"),
        QStringLiteral("，"), QStringLiteral("。"), QStringLiteral("、"), QStringLiteral("！"), QStringLiteral("？"),
        QStringLiteral("“"), QStringLiteral("”"), QStringLiteral("‘"), QStringLiteral("’"), QStringLiteral("（"),
        QStringLiteral("）"), QStringLiteral("《"), QStringLiteral("》"), QStringLiteral("…"), QStringLiteral("—"),
        QStringLiteral("-"), QStringLiteral("～"), QStringLiteral("%"), QStringLiteral("１"), QStringLiteral("Ａ"),
        QStringLiteral("😀"), QStringLiteral("\n"), QStringLiteral("@x.cn"), QStringLiteral("http://a.b/"),
        QStringLiteral("98年"), QStringLiteral("3,000"), QStringLiteral("08:18"), QStringLiteral("\t"),
        QStringLiteral("'"), QStringLiteral("。。。") };
    return Pieces;
}

QString randomText(QRandomGenerator &random, int maxLength)
{
    QString text;
    const int length = random.bounded(maxLength);
    for (int i = 0; i < length; ++i)
        text += pieces().at(random.bounded(int(pieces().size())));
    return text;
}

} // namespace

void TestLinter::randomText()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    for (int round = 0; round < 3000; ++round) {
        const QString text = ::randomText(random, 40);
        const QByteArray context = "seed " + QByteArray::number(seed) + ", text: " + text.toUtf8();
        for (const LintFinding &finding : Linter::lintLines(text)) {
            QVERIFY2(
                finding.start >= 0 && finding.start < finding.end && finding.end <= text.size(), context.constData());
            QVERIFY2(!text.at(finding.start).isLowSurrogate(), context.constData());
            QVERIFY2(finding.end == text.size() || !text.at(finding.end).isLowSurrogate(), context.constData());
        }
        const QString fixed = Linter::fixLines(text);
        for (const LintFinding &finding : Linter::lintLines(fixed))
            QVERIFY2(!finding.isFixable(), (context + "\nfixed: " + fixed.toUtf8()).constData());

        // The same text as an article: same findings, same fixes.
        QString html;
        for (const QString &line : text.split(QLatin1Char('\n')))
            html += QStringLiteral("<p>") + escaped(line) + QStringLiteral("</p>\n");
        if (CanonicalHtml::toPlainText(html) != text)
            continue; // a line the canonical form normalizes (none expected, but not this test's subject)
        QCOMPARE(Linter::lintArticle(html).size(), Linter::lintLines(text).size());
        QCOMPARE(CanonicalHtml::toPlainText(Linter::fixArticle(html)), fixed);
    }
}

void TestLinter::incrementalEqualsFull()
{
    // What the editor does after a keystroke: re-check the edited paragraph and the one before
    // it, keep the other findings (moved by the edit's length): the same as checking it all.
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    for (int round = 0; round < 1000; ++round) {
        QStringList paragraphs;
        for (int p = 0, n = 1 + random.bounded(6); p < n; ++p)
            paragraphs.append(::randomText(random, 20).remove(QLatin1Char('\n')));
        const QString before = paragraphs.join(QLatin1Char('\n'));
        const QList<LintFinding> old = Linter::lintLines(before);

        const qsizetype edited = random.bounded(int(paragraphs.size()));
        QString &paragraph = paragraphs[edited];
        const qsizetype at = random.bounded(int(paragraph.size()) + 1);
        const bool splitsPair = at > 0 && at < paragraph.size() && paragraph.at(at).isLowSurrogate();
        if (!splitsPair) {
            if (random.bounded(2) == 0 || paragraph.isEmpty())
                paragraph.insert(
                    at, QString(pieces().at(random.bounded(int(pieces().size())))).remove(QLatin1Char('\n')));
            else
                paragraph.remove(std::min<qsizetype>(at, paragraph.size() - 1), 1);
        }
        const QString after = paragraphs.join(QLatin1Char('\n'));
        const QByteArray context
            = "seed " + QByteArray::number(seed) + ": " + before.toUtf8() + " -> " + after.toUtf8();

        QList<TextBlock> blocks;
        qsizetype start = 0;
        for (const QString &text : std::as_const(paragraphs)) {
            blocks.append(TextBlock { TextBlockKind::Paragraph, start, text.size() });
            start += text.size() + 1;
        }
        const qsizetype firstChecked = std::max<qsizetype>(edited - 1, 0);
        const qsizetype editStart = blocks.at(firstChecked).start;
        const qsizetype oldEditEnd
            = blocks.at(edited).start + blocks.at(edited).length + (before.size() - after.size());
        const qsizetype delta = after.size() - before.size();
        QList<LintFinding> incremental;
        for (const LintFinding &finding : old) {
            if (finding.end <= editStart)
                incremental.append(finding);
        }
        incremental += Linter::lintText(after, blocks, {}, firstChecked, edited - firstChecked + 1);
        for (LintFinding finding : old) {
            if (finding.start > oldEditEnd) {
                finding.start += delta;
                finding.end += delta;
                incremental.append(finding);
            }
        }
        const QList<LintFinding> full = Linter::lintLines(after);
        QVERIFY2(incremental == full, context.constData());
    }
}

QTEST_GUILESS_MAIN(TestLinter)

#include "tst_linter.moc"
