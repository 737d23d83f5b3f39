// Revision diffs: character-level for Chinese, word-level for Latin, line-level for HTML source.
#include "document/textdiff.h"

#include <QRandomGenerator>
#include <QTest>

using namespace galley;
using Op = DiffRun::Op;
using Kind = SideBySideRow::Kind;

namespace {

DiffRun eq(const QString &text)
{
    return { Op::Equal, text };
}
DiffRun ins(const QString &text)
{
    return { Op::Insert, text };
}
DiffRun del(const QString &text)
{
    return { Op::Delete, text };
}

/// The runs must give back both texts, alternate, and put deletions first.
void checkWellFormed(const QList<DiffRun> &runs, const QString &before, const QString &after)
{
    QString rebuiltBefore;
    QString rebuiltAfter;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const DiffRun &run = runs.at(i);
        QVERIFY(!run.text.isEmpty());
        if (i > 0) {
            QVERIFY2(runs.at(i - 1).op != run.op, "two runs of the same kind in a row");
            QVERIFY2(!(runs.at(i - 1).op == Op::Insert && run.op == Op::Delete), "an insertion before a deletion");
        }
        if (run.op != Op::Insert)
            rebuiltBefore += run.text;
        if (run.op != Op::Delete)
            rebuiltAfter += run.text;
    }
    QCOMPARE(rebuiltBefore, before);
    QCOMPARE(rebuiltAfter, after);
}

QString chineseCopy(qsizetype length, quint32 seed)
{
    static const QString characters = QStringLiteral(
        "记者从内蒙古自治区纪委监委获悉年全区共有名干部因不适宜担任现职被调整这些中的担当作为不够工作能力不足作风"
        "不实下一步将持续推动能上能下常态化领导班子建设考核评价制度体系完善监督管理激励机制");
    QRandomGenerator random(seed);
    QString text;
    text.reserve(length);
    while (text.size() < length) {
        const int r = random.bounded(100);
        if (r < 3)
            text += QStringLiteral("。\n");
        else if (r < 10)
            text += QStringLiteral(",");
        else
            text += characters.at(random.bounded(characters.size()));
    }
    return text.left(length);
}

QString edit(const QString &text, int edits, quint32 seed)
{
    QRandomGenerator random(seed);
    QString result = text;
    for (int i = 0; i < edits; ++i) {
        const int at = random.bounded(static_cast<int>(result.size()) - 10);
        switch (random.bounded(3)) {
        case 0:
            result.insert(at, QStringLiteral("新增内容"));
            break;
        case 1:
            result.remove(at, 1 + random.bounded(6));
            break;
        default:
            result.replace(at, 2, QStringLiteral("修改"));
            break;
        }
    }
    return result;
}

} // namespace

class TextDiffTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("nominal: Latin words, spaces and punctuation")
            << QStringLiteral("Hello,  world's end.")
            << QStringList { QStringLiteral("Hello"), QStringLiteral(","), QStringLiteral("  "),
                   QStringLiteral("world"), QStringLiteral("'"), QStringLiteral("s"), QStringLiteral(" "),
                   QStringLiteral("end"), QStringLiteral(".") };
        QTest::newRow("nominal: Chinese is split into characters")
            << QStringLiteral("干部,2024年")
            << QStringList { QStringLiteral("干"), QStringLiteral("部"), QStringLiteral(","), QStringLiteral("2024"),
                   QStringLiteral("年") };
        QTest::newRow("nominal: each line break is a token")
            << QStringLiteral("a\n\nb")
            << QStringList { QStringLiteral("a"), QStringLiteral("\n"), QStringLiteral("\n"), QStringLiteral("b") };
        QTest::newRow("robustness: astral characters stay whole")
            << QStringLiteral("\U00020000\U0001F600x")
            << QStringList { QStringLiteral("\U00020000"), QStringLiteral("\U0001F600"), QStringLiteral("x") };
        QTest::newRow("robustness: accented Latin is one word")
            << QStringLiteral("café") << QStringList { QStringLiteral("café") };
    }

    void tokenize()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);
        QCOMPARE(TextDiff::tokenize(text), tokens);
        QCOMPARE(TextDiff::tokenize(text).join(QString()), text);
    }

    void exactRuns_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QList<DiffRun>>("runs");

        QTest::newRow("nominal: English, a word replaced and one inserted")
            << QStringLiteral("The council voted to close the library on Tuesday.")
            << QStringLiteral("The council voted to keep the library open on Tuesday.")
            << QList<DiffRun> { eq(QStringLiteral("The council voted to ")), del(QStringLiteral("close")),
                   ins(QStringLiteral("keep")), eq(QStringLiteral(" the library")), ins(QStringLiteral(" open")),
                   eq(QStringLiteral(" on Tuesday.")) };
        QTest::newRow("nominal: English is compared word by word, not letter by letter")
            << QStringLiteral("The colour red.") << QStringLiteral("The color red.")
            << QList<DiffRun> { eq(QStringLiteral("The ")), del(QStringLiteral("colour")), ins(QStringLiteral("color")),
                   eq(QStringLiteral(" red.")) };
        QTest::newRow("nominal: Chinese is compared character by character")
            << QStringLiteral("今天北京天气很好。") << QStringLiteral("今天上海天气不错。")
            << QList<DiffRun> { eq(QStringLiteral("今天")), del(QStringLiteral("北京")), ins(QStringLiteral("上海")),
                   eq(QStringLiteral("天气")), del(QStringLiteral("很好")), ins(QStringLiteral("不错")),
                   eq(QStringLiteral("。")) };
        QTest::newRow("nominal: Chinese, one character inserted")
            << QStringLiteral("共有448名干部被调整。") << QStringLiteral("共有448名领导干部被调整。")
            << QList<DiffRun> { eq(QStringLiteral("共有448名")), ins(QStringLiteral("领导")),
                   eq(QStringLiteral("干部被调整。")) };
        QTest::newRow("nominal: Chinese, a number changed inside mixed text")
            << QStringLiteral("2024年全区共有448名干部") << QStringLiteral("2024年全区共有450名干部")
            << QList<DiffRun> { eq(QStringLiteral("2024年全区共有")), del(QStringLiteral("448")),
                   ins(QStringLiteral("450")), eq(QStringLiteral("名干部")) };
        QTest::newRow("nominal: a rewritten clause reads as one replacement")
            << QStringLiteral("我们的目标是提高质量。") << QStringLiteral("我们的计划是降低成本。")
            << QList<DiffRun> { eq(QStringLiteral("我们的")), del(QStringLiteral("目标是提高质量")),
                   ins(QStringLiteral("计划是降低成本")), eq(QStringLiteral("。")) };
        QTest::newRow("nominal: a paragraph inserted between two")
            << QStringLiteral("第一段。\n第三段。") << QStringLiteral("第一段。\n第二段。\n第三段。")
            << QList<DiffRun> { eq(QStringLiteral("第一段。\n")), ins(QStringLiteral("第二段。\n")),
                   eq(QStringLiteral("第三段。")) };
        QTest::newRow("nominal: identical texts")
            << QStringLiteral("同样") << QStringLiteral("同样") << QList<DiffRun> { eq(QStringLiteral("同样")) };
        QTest::newRow("robustness: from empty")
            << QString() << QStringLiteral("新稿") << QList<DiffRun> { ins(QStringLiteral("新稿")) };
        QTest::newRow("robustness: to empty")
            << QStringLiteral("旧稿") << QString() << QList<DiffRun> { del(QStringLiteral("旧稿")) };
        QTest::newRow("robustness: both empty") << QString() << QString() << QList<DiffRun> {};
    }

    void exactRuns()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QList<DiffRun>, runs);
        const QList<DiffRun> result = TextDiff::diff(before, after);
        if (result != runs)
            qWarning("got: %s", qPrintable(TextDiff::toWordDiff(result)));
        QCOMPARE(result, runs);
        checkWellFormed(result, before, after);
    }

    void wordDiffRendering()
    {
        const QList<DiffRun> runs = TextDiff::diff(QStringLiteral("共有448名干部"), QStringLiteral("共有450名干部"));
        QCOMPARE(TextDiff::toWordDiff(runs), QStringLiteral("共有[-448-]{+450+}名干部"));
        QCOMPARE(TextDiff::summarize(runs), (TextDiff::Summary { 3, 3 }));
    }

    void randomEditsRoundTrip()
    {
        for (quint32 seed = 1; seed <= 30; ++seed) {
            const QString before = chineseCopy(2000, seed);
            const QString after = edit(before, 1 + static_cast<int>(seed % 20), seed * 7);
            checkWellFormed(TextDiff::diff(before, after), before, after);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void sideBySide()
    {
        const QString before = QStringLiteral("<h2>标题</h2>\n<p>第一段。</p>\n<p>第二段。</p>\n<p>第四段。</p>\n");
        const QString after = QStringLiteral("<h2>标题</h2>\n<p>第一段,改过。</p>\n<p>第四段。</p>\n<p>第五段。</p>\n");
        const QList<SideBySideRow> expected {
            { Kind::Equal, 1, QStringLiteral("<h2>标题</h2>"), 1, QStringLiteral("<h2>标题</h2>") },
            { Kind::Changed, 2, QStringLiteral("<p>第一段。</p>"), 2, QStringLiteral("<p>第一段,改过。</p>") },
            { Kind::Deleted, 3, QStringLiteral("<p>第二段。</p>"), 0, QString() },
            { Kind::Equal, 4, QStringLiteral("<p>第四段。</p>"), 3, QStringLiteral("<p>第四段。</p>") },
            { Kind::Inserted, 0, QString(), 4, QStringLiteral("<p>第五段。</p>") },
        };
        QCOMPARE(TextDiff::sideBySide(before, after), expected);
    }

    void hundredThousandCharacters_data()
    {
        QTest::addColumn<int>("edits");
        QTest::newRow("nominal: 20 edits") << 20;
        QTest::newRow("nominal: 500 edits") << 500;
    }

    void hundredThousandCharacters()
    {
        // Well-formed on a long article; its time is galley-bench's ("text diff: ...").
        QFETCH(int, edits);
        const QString before = chineseCopy(100000, 42);
        const QString after = edit(before, edits, 43);
        const QList<DiffRun> runs = TextDiff::diff(before, after);
        QVERIFY(runs.size() >= 2);
        checkWellFormed(runs, before, after);
    }

    void unrelatedTexts()
    {
        // Worst case for Myers' algorithm: nothing in common line by line. Still well-formed.
        const QString before = chineseCopy(100000, 1);
        const QString after = chineseCopy(100000, 2);
        checkWellFormed(TextDiff::diff(before, after), before, after);
    }
};

QTEST_GUILESS_MAIN(TextDiffTest)
#include "tst_textdiff.moc"
