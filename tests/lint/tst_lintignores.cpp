// "Ignore", remembered per article: the key of an ignored finding stays the same however the
// article changes elsewhere and changes with the text right next to it; the editor's paragraph
// and the stored body key a finding alike (and as the editor always stored them); filtering
// leaves out only the ignored finding; --fix leaves an ignored finding as it is, also when a
// fix next to it changes its key, and says its new key.

#include "document/canonicalhtml.h"
#include "lint/lintignores.h"
#include "lint/linter.h"

#include <QTest>

using namespace galley;

namespace {

/// The half-width findings of \a html's body with their keys, in text order.
QStringList commaKeys(const QString &html)
{
    QString plainText;
    const QList<TextBlock> blocks = CanonicalHtml::textBlocks(html, &plainText);
    QStringList keys;
    for (const LintFinding &finding : Linter::lintText(plainText, blocks)) {
        if (finding.rule == LintRule::HalfwidthPunctuation)
            keys.append(LintIgnores::bodyKey(plainText, blocks, finding));
    }
    return keys;
}

const QString Paragraph = QStringLiteral("<p>据统计，全区共精简文件3.1万件,会议减少48.4%；旗县的会议明显减少。</p>\n");

} // namespace

class TestLintIgnores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyStaysAcrossEditsElsewhere_data()
    {
        QTest::addColumn<QString>("edited");
        QTest::addColumn<bool>("same");
        const QString start = QStringLiteral("<p>据统计，全区共精简文件3.1万件");
        const QString end = QStringLiteral("会议减少48.4%；旗县的会议明显减少。</p>\n");
        QTest::newRow("nominal: a paragraph added before")
            << QStringLiteral("<h2>减负</h2>\n<p>新的一段。</p>\n") + Paragraph << true;
        QTest::newRow("nominal: a paragraph added after") << Paragraph + QStringLiteral("<p>后面的一段。</p>\n") << true;
        QTest::newRow("nominal: the paragraph's start rewritten")
            << QStringLiteral("<p>自治区纪委监委通报：据统计，全区共精简文件3.1万件,") + end << true;
        QTest::newRow("nominal: the paragraph's end rewritten")
            << start + QStringLiteral(",会议减少48.4%；这是后来改写的结尾。</p>\n") << true;
        QTest::newRow("nominal: bold around it") << QStringLiteral("<p><strong>据统计</strong>，全区共精简文件3.1万件,") + end
                                                 << true;
        QTest::newRow("changed: a character just before") << start.chopped(1) + QStringLiteral("份,") + end << false;
        QTest::newRow("changed: a character just after")
            << start + QStringLiteral(",会议大减48.4%；旗县的会议明显减少。</p>\n") << false;
    }
    void keyStaysAcrossEditsElsewhere()
    {
        QFETCH(QString, edited);
        QFETCH(bool, same);
        const QStringList before = commaKeys(Paragraph);
        QCOMPARE(before.size(), 1);
        const QStringList after = commaKeys(edited);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first() == before.first(), same);
    }

    void editorAndBodyKeyAlike()
    {
        // The editor keys a finding in QTextBlock::text() (a line break is U+2028, a no-break
        // space stays); the body text has "\n" and a space there.
        const QString editor = QStringLiteral("第一行\u2028全区共精简\u00a0文件,会议减少");
        const QString body = QStringLiteral("第一行\n全区共精简 文件,会议减少");
        const qsizetype comma = body.indexOf(QLatin1Char(','));
        QCOMPARE(LintIgnores::key(LintField::Body, editor, LintRule::HalfwidthPunctuation, comma, comma + 1),
            LintIgnores::key(LintField::Body, body, LintRule::HalfwidthPunctuation, comma, comma + 1));
        // The layout the editor has stored its keys in: field, rule, 8 characters before, the
        // text, 8 after, separated by U+001F. A newsroom's earlier ignores still apply.
        QCOMPARE(LintIgnores::key(LintField::Title, body, LintRule::HalfwidthPunctuation, comma, comma + 1),
            QStringLiteral("1\u001fhalfwidth-punctuation\u001f全区共精简 文件\u001f,\u001f会议减少"));
        QCOMPARE(LintIgnores::key(LintField::Subtitle, QStringLiteral("We recieve it."), LintRule::Spelling, 3, 10),
            QStringLiteral("2\u001fspelling\u001fWe \u001frecieve\u001f it."));
    }

    void withoutIgnoredLeavesOutOnlyThatFinding()
    {
        // The same comma in two paragraphs with the same words around it: ignored in the second.
        const QString html = QStringLiteral("<p>近3/4,开到旗县的会议减少。</p>\n<p>另一段：近3/4,开到盟市。</p>\n");
        QString plainText;
        const QList<TextBlock> blocks = CanonicalHtml::textBlocks(html, &plainText);
        const QList<LintFinding> findings = Linter::lintText(plainText, blocks);
        QList<LintFinding> commas;
        for (const LintFinding &finding : findings) {
            if (finding.rule == LintRule::HalfwidthPunctuation)
                commas.append(finding);
        }
        QCOMPARE(commas.size(), 2);
        const QSet<QString> ignored { LintIgnores::bodyKey(plainText, blocks, commas.at(1)) };
        const QList<LintFinding> kept = LintIgnores::withoutIgnored(findings, plainText, blocks, ignored);
        QCOMPARE(kept.size(), findings.size() - 1);
        QVERIFY(kept.contains(commas.at(0)));
        QVERIFY(!kept.contains(commas.at(1)));
        // A title's finding with the same text is another finding.
        const QString title = plainText.sliced(blocks.at(1).start, blocks.at(1).length);
        LintFinding inTitle = commas.at(1);
        inTitle.start -= blocks.at(1).start;
        inTitle.end -= blocks.at(1).start;
        QCOMPARE(LintIgnores::withoutIgnored({ inTitle }, LintField::Title, title, ignored).size(), 1);
        QCOMPARE(LintIgnores::withoutIgnored({ inTitle }, LintField::Body, title, ignored).size(), 0);
    }

    void fixLeavesAnIgnoredFindingAsItIs()
    {
        // Two commas three characters apart: the first ignored. Fixing the second changes the
        // first's context, and so its key; it is still left, and its new key is given.
        const QString html = QStringLiteral("<p>他们说,我们,大家都好。</p>\n");
        const QStringList keys = commaKeys(html);
        QCOMPARE(keys.size(), 2);
        int applied = 0;
        QSet<QString> reIgnored;
        const QString fixed = Linter::fixArticle(html, {}, &applied, { keys.first() }, &reIgnored);
        QCOMPARE(fixed, QStringLiteral("<p>他们说,我们，大家都好。</p>\n"));
        QCOMPARE(applied, 1);
        const QStringList left = commaKeys(fixed);
        QCOMPARE(left.size(), 1);
        QVERIFY(left.first() != keys.first());
        QCOMPARE(reIgnored, QSet<QString> { left.first() });

        // Without the ignore both are fixed; with nothing next to it no new key.
        QCOMPARE(Linter::fixArticle(html), QStringLiteral("<p>他们说，我们，大家都好。</p>\n"));
        reIgnored.clear();
        const QString apart = QStringLiteral("<p>他们说,我们都很好，今天天气非常晴朗,大家都好。</p>\n");
        const QStringList apartKeys = commaKeys(apart);
        QCOMPARE(apartKeys.size(), 2);
        QCOMPARE(Linter::fixArticle(apart, {}, &applied, { apartKeys.last() }, &reIgnored),
            QStringLiteral("<p>他们说，我们都很好，今天天气非常晴朗,大家都好。</p>\n"));
        QVERIFY(reIgnored.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLintIgnores)
#include "tst_lintignores.moc"
