// galley lint as a desk runs it on the sample wire copy: JSON lines, --fix as one revision by the
// copy desk, --annotate once per finding, exit codes 0/1/2, a bad house-style file named.
// English articles are spell-checked (suggestions, the newsroom's dictionary, the article's
// chosen language, never Chinese, never fixed); what an editor ignored in an article is left out
// of the report, --fix, --annotate and galley export --lint error, which spells as the editor does.
#include "document/canonicalhtml.h"
#include "lint/lintignores.h"
#include "lint/linter.h"
#include "lint/spellchecker.h"
#include "storage/articlerepository.h"
#include "storage/copydeskrepository.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "galleyprocess.h"

namespace {

/// Half-width marks in Chinese text in the sample's body, and its two unfinished paragraphs.
constexpr int SampleHalfWidth = 57;
constexpr int SampleUnfinished = 2;

/// An English article with three words the en_US dictionary does not know ("colour" is British).
const QString EnglishBody = QStringLiteral("<p>Herders near Xilinhot did not recieve the new rules.</p>\n"
                                           "<h2>Their colour photographs</h2>\n"
                                           "<p>The two reports were kept seperate — 3,000 copies, see www.exmaple.com.</p>\n");

/// The words of \a findings' spelling findings, in order.
QStringList misspelt(const QList<QJsonObject> &findings)
{
    QStringList words;
    for (const QJsonObject &finding : findings) {
        if (finding.value(QStringLiteral("rule")).toString() == QLatin1String("spelling"))
            words.append(finding.value(QStringLiteral("text")).toString());
    }
    return words;
}

QStringList lintArguments(const QString &db, qint64 id, const QStringList &more = {})
{
    return QStringList { QStringLiteral("lint"), QStringLiteral("--db"), db, QStringLiteral("--id"),
        QString::number(id) }
    + more;
}

} // namespace

class LintCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("lint-%1.galley").arg(m_counter++));
        const Run imported = runGalley({ QStringLiteral("import"), QStringLiteral("--db"), m_db,
            QStringLiteral(GALLEY_TEST_DATA "/wire-nmg-cadres-2025-03-18.txt") });
        QCOMPARE(imported.exitCode, 0);
        m_id = jsonLines(imported.out).value(0).value(QStringLiteral("id")).toInteger();
        QVERIFY(m_id > 0);
    }

    void jsonLinesOfTheSample()
    {
        const Run run = runGalley(lintArguments(m_db, m_id, { QStringLiteral("--json") }));
        QCOMPARE(run.exitCode, 1); // half-width punctuation is an error
        const QList<QJsonObject> findings = jsonLines(run.out);
        QCOMPARE(findings.size(), SampleHalfWidth + SampleUnfinished);
        const QString body = bodyText();
        const QList<uint> codePoints = body.toUcs4();
        int halfWidth = 0;
        for (const QJsonObject &finding : findings) {
            QCOMPARE(finding.value(QStringLiteral("article_id")).toInteger(), m_id);
            const qint64 start = finding.value(QStringLiteral("start")).toInteger(-1);
            const qint64 end = finding.value(QStringLiteral("end")).toInteger(-1);
            QVERIFY(start >= 0 && start < end && end <= codePoints.size());
            const QList<uint> slice = codePoints.mid(start, end - start);
            QCOMPARE(finding.value(QStringLiteral("text")).toString(),
                QString::fromUcs4(reinterpret_cast<const char32_t *>(slice.constData()), slice.size()));
            QVERIFY(!finding.value(QStringLiteral("message")).toString().isEmpty());
            const QString rule = finding.value(QStringLiteral("rule")).toString();
            if (rule == QLatin1String("halfwidth-punctuation")) {
                ++halfWidth;
                QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
                QVERIFY(finding.value(QStringLiteral("fix")).isString());
            } else {
                QCOMPARE(rule, QStringLiteral("paragraph-end"));
                QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
                QVERIFY(finding.value(QStringLiteral("fix")).isNull());
            }
        }
        QCOMPARE(halfWidth, SampleHalfWidth);

        const Run text = runGalley(lintArguments(m_db, m_id));
        QCOMPARE(text.exitCode, 1);
        QCOMPARE(text.out.count('\n'), SampleHalfWidth + SampleUnfinished);
        const Run chinese = runGalley(
            lintArguments(m_db, m_id, { QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("zh_CN") }));
        QVERIFY2(jsonLines(chinese.out)
                     .value(0)
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("全角")),
            chinese.out.constData());
    }

    void fixSavesOneRevisionByTheCopyDesk()
    {
        const int revisionsBefore = revisions().size();
        const Run fixed = runGalley(lintArguments(m_db, m_id, { QStringLiteral("--json"), QStringLiteral("--fix") }));
        QCOMPARE(fixed.exitCode, 0); // only the unfinished paragraphs are left, warnings
        const QList<QJsonObject> left = jsonLines(fixed.out);
        QCOMPARE(left.size(), SampleUnfinished);
        QVERIFY2(fixed.err.contains(QStringLiteral("Galley copy desk")), qPrintable(fixed.err));
        QVERIFY(bodyText().contains(QStringLiteral("近3/4，开到旗县的会议减少48.4%；自治区、盟市、旗县（市区）对下")));
        const QJsonArray after = revisions();
        QCOMPARE(after.size(), revisionsBefore + 1);
        QVERIFY2(QJsonDocument(after).toJson().contains("Galley copy desk"), QJsonDocument(after).toJson().constData());

        // Nothing left to fix: no second revision.
        const Run again = runGalley(lintArguments(m_db, m_id, { QStringLiteral("--fix") }));
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(!again.err.contains(QStringLiteral("revision")), qPrintable(again.err));
        QCOMPARE(revisions().size(), revisionsBefore + 1);
    }

    void annotateLeavesEachFindingOnce()
    {
        const QStringList arguments { QStringLiteral("--json"), QStringLiteral("--annotate") };
        const Run first = runGalley(lintArguments(m_db, m_id, arguments));
        QCOMPARE(first.exitCode, 1);
        QCOMPARE(copyDeskComments(), SampleHalfWidth + SampleUnfinished);
        const QList<QJsonObject> firstLines = jsonLines(first.out);
        const Run second = runGalley(lintArguments(m_db, m_id, arguments));
        QCOMPARE(second.exitCode, 1);
        QCOMPARE(copyDeskComments(), SampleHalfWidth + SampleUnfinished);
        const QList<QJsonObject> secondLines = jsonLines(second.out);
        QCOMPARE(secondLines.size(), firstLines.size());
        for (qsizetype i = 0; i < firstLines.size(); ++i) {
            QVERIFY(firstLines.at(i).value(QStringLiteral("annotation")).toInteger() > 0);
            QCOMPARE(secondLines.at(i).value(QStringLiteral("annotation")),
                firstLines.at(i).value(QStringLiteral("annotation")));
        }
    }

    void selectionsAndUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("nominal: --all") << QStringList { QStringLiteral("--all") } << 1 << QString();
        QTest::addRow("nominal: --status draft")
            << QStringList { QStringLiteral("--status"), QStringLiteral("draft") } << 1 << QString();
        QTest::addRow("nominal: no article in the state")
            << QStringList { QStringLiteral("--status"), QStringLiteral("published") } << 0 << QString();
        QTest::addRow("usage: no selection") << QStringList {} << 2 << QStringLiteral("--id, --status or --all");
        QTest::addRow("usage: two selections") << QStringList { QStringLiteral("--all"), QStringLiteral("--id"),
            QStringLiteral("1") } << 2 << QStringLiteral("--id, --status or --all");
        QTest::addRow("usage: unknown status")
            << QStringList { QStringLiteral("--status"), QStringLiteral("bogus") } << 2 << QStringLiteral("bogus");
        QTest::addRow("usage: bad id") << QStringList { QStringLiteral("--id"), QStringLiteral("x") } << 2
                                       << QStringLiteral("\"x\"");
        QTest::addRow("failure: no such article") << QStringList { QStringLiteral("--id"), QStringLiteral("99") } << 1
                                                  << QStringLiteral("no article with id 99");
    }

    void selectionsAndUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = runGalley(QStringList { QStringLiteral("lint"), QStringLiteral("--db"), m_db } + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void houseStyleFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("house.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"rules": {"halfwidth-punctuation": {"enabled": false}}})");
        file.close();
        const Run off
            = runGalley(lintArguments(m_db, m_id, { QStringLiteral("--json"), QStringLiteral("--house-style"), path }));
        QCOMPARE(off.exitCode, 0);
        QCOMPARE(jsonLines(off.out).size(), SampleUnfinished);

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"rules": {"paragraph-end": {"severity": "fatal"}}})");
        file.close();
        const Run bad = runGalley(lintArguments(m_db, m_id, { QStringLiteral("--house-style"), path }));
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(path + QStringLiteral(": rules.paragraph-end.severity:")), qPrintable(bad.err));
        QVERIFY(bad.out.isEmpty());
    }

    // Without --house-style, the newsroom's own (Preferences > House Style) decides.
    void newsroomHouseStyle()
    {
        {
            galley::Database database;
            QCOMPARE(database.open(m_db), galley::Database::Status::Ok);
            QVERIFY(galley::CopyDeskRepository(database).setHouseStyleJson(
                R"({"rules": {"halfwidth-punctuation": {"enabled": false}}})", QStringLiteral("陈曲")));
        }
        const Run run = runGalley(lintArguments(m_db, m_id, { QStringLiteral("--json") }));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(jsonLines(run.out).size(), SampleUnfinished);
        {
            galley::Database database;
            QCOMPARE(database.open(m_db), galley::Database::Status::Ok);
            QVERIFY(galley::CopyDeskRepository(database).setHouseStyleJson(R"({"rules": {"dash": 3}})", QStringLiteral("陈曲")));
        }
        const Run bad = runGalley(lintArguments(m_db, m_id, {}));
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("(its house style): rules.dash:")), qPrintable(bad.err));
        QVERIFY(bad.out.isEmpty());
    }

    void spellingOfAnEnglishArticle()
    {
        const qint64 english = addArticle(QStringLiteral("Spring Ploughing"), EnglishBody);
        const Run run = runGalley(lintArguments(m_db, english, { QStringLiteral("--json") }));
        QCOMPARE(run.exitCode, 1); // a misspelling is an error unless the house style says otherwise
        const QList<QJsonObject> findings = jsonLines(run.out);
        QCOMPARE(misspelt(findings),
            (QStringList { QStringLiteral("Xilinhot"), QStringLiteral("recieve"), QStringLiteral("colour"),
                QStringLiteral("seperate") }));
        const QString text = galley::CanonicalHtml::toPlainText(EnglishBody);
        for (const QJsonObject &finding : findings) {
            QCOMPARE(finding.value(QStringLiteral("rule")).toString(), QStringLiteral("spelling"));
            QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
            QVERIFY(finding.value(QStringLiteral("fix")).isNull());
            const qint64 start = finding.value(QStringLiteral("start")).toInteger();
            QCOMPARE(text.mid(start, finding.value(QStringLiteral("end")).toInteger() - start),
                finding.value(QStringLiteral("text")).toString());
            QVERIFY2(finding.value(QStringLiteral("message")).toString().contains(QStringLiteral("en_US")),
                qPrintable(finding.value(QStringLiteral("message")).toString()));
        }
        const auto suggestionsOf = [&findings](const QString &word) {
            QStringList words;
            for (const QJsonObject &finding : findings) {
                if (finding.value(QStringLiteral("text")).toString() == word) {
                    for (const QJsonValue &suggestion : finding.value(QStringLiteral("suggestions")).toArray())
                        words.append(suggestion.toString());
                }
            }
            return words;
        };
        QCOMPARE(suggestionsOf(QStringLiteral("recieve")).value(0), QStringLiteral("receive"));
        QVERIFY(suggestionsOf(QStringLiteral("seperate")).contains(QStringLiteral("separate")));
        QVERIFY(suggestionsOf(QStringLiteral("colour")).contains(QStringLiteral("color")));
        const Run lines = runGalley(lintArguments(m_db, english));
        QVERIFY2(lines.out.contains("spelling: “recieve”") && lines.out.contains("(suggestions: receive"),
            lines.out.constData());

        // The newsroom's dictionary, the language chosen for the article (British), and a house
        // style that makes spelling a warning.
        {
            galley::Database database;
            QCOMPARE(database.open(m_db), galley::Database::Status::Ok);
            galley::CopyDeskRepository desk(database);
            QVERIFY(desk.addDictionaryWord(QStringLiteral("Xilinhot"), QStringLiteral("陈曲")));
            QVERIFY(desk.setArticleLanguage(english, QStringLiteral("en-GB")));
            QVERIFY(desk.setHouseStyleJson(R"({"rules": {"spelling": {"severity": "warning"}}})", QStringLiteral("陈曲")));
        }
        const Run british = runGalley(lintArguments(m_db, english, { QStringLiteral("--json") }));
        QCOMPARE(british.exitCode, 0);
        const QList<QJsonObject> left = jsonLines(british.out);
        QCOMPARE(misspelt(left), (QStringList { QStringLiteral("recieve"), QStringLiteral("seperate") }));
        QCOMPARE(left.first().value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QVERIFY(left.first().value(QStringLiteral("message")).toString().contains(QStringLiteral("en_GB")));

        // Turned off by the house style: no spelling at all.
        {
            galley::Database database;
            QCOMPARE(database.open(m_db), galley::Database::Status::Ok);
            QVERIFY(galley::CopyDeskRepository(database).setHouseStyleJson(
                R"({"rules": {"spelling": {"enabled": false}}})", QStringLiteral("陈曲")));
        }
        const Run off = runGalley(lintArguments(m_db, english, { QStringLiteral("--json") }));
        QCOMPARE(off.exitCode, 0);
        QVERIFY2(off.out.isEmpty(), off.out.constData());
    }

    void chineseIsNotSpellChecked()
    {
        // The sample wire copy has Latin words (APP) and this one a misspelt one: a Chinese article
        // is not spell-checked.
        const qint64 chinese = addArticle(
            QStringLiteral("牧区新规"), QStringLiteral("<p>牧民recieve了新规定，在APP上也能查到。</p>\n"));
        const Run run = runGalley(lintArguments(m_db, chinese, { QStringLiteral("--json") }));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        const Run sample = runGalley(lintArguments(m_db, m_id, { QStringLiteral("--json") }));
        QCOMPARE(misspelt(jsonLines(sample.out)), QStringList());
    }

    void spellingIsNeverFixedAndAnnotatedOnce()
    {
        const qint64 english = addArticle(QStringLiteral("Spring Ploughing"), EnglishBody);
        const Run fixed = runGalley(lintArguments(m_db, english, { QStringLiteral("--json"), QStringLiteral("--fix") }));
        QCOMPARE(fixed.exitCode, 1);
        QCOMPARE(misspelt(jsonLines(fixed.out)).size(), 4);
        QVERIFY2(!fixed.err.contains(QStringLiteral("revision")), qPrintable(fixed.err));
        QCOMPARE(articleBody(english), EnglishBody);

        const QStringList arguments { QStringLiteral("--json"), QStringLiteral("--annotate") };
        QCOMPARE(runGalley(lintArguments(m_db, english, arguments)).exitCode, 1);
        QCOMPARE(runGalley(lintArguments(m_db, english, arguments)).exitCode, 1);
        const QStringList comments = copyDeskCommentBodies(english);
        QCOMPARE(comments.size(), 4);
        QVERIFY2(comments.filter(QStringLiteral("spelling: “recieve”")).value(0).contains(QStringLiteral("receive")),
            qPrintable(comments.join(u'\n')));
    }

    // An editor's "Ignore", stored as the editor stores it (CopyDeskRepository, LintIgnores' key).
    void ignoredFindingsAreLeftOut()
    {
        QString text;
        const QList<galley::TextBlock> blocks = galley::CanonicalHtml::textBlocks(articleHtml(m_id), &text);
        QList<galley::LintFinding> commas;
        for (const galley::LintFinding &finding : galley::Linter::lintText(text, blocks)) {
            if (finding.rule == galley::LintRule::HalfwidthPunctuation)
                commas.append(finding);
        }
        QCOMPARE(commas.size(), SampleHalfWidth);
        // The third half-width mark.
        const galley::LintFinding ignoredComma = commas.at(2);
        {
            galley::Database database;
            QCOMPARE(database.open(m_db), galley::Database::Status::Ok);
            QVERIFY(galley::CopyDeskRepository(database).ignoreFinding(
                m_id, galley::LintIgnores::bodyKey(text, blocks, ignoredComma), QStringLiteral("陈曲")));
        }
        const auto starts = [](const QList<QJsonObject> &findings) {
            QList<qint64> list;
            for (const QJsonObject &finding : findings)
                list.append(finding.value(QStringLiteral("start")).toInteger());
            return list;
        };
        const qint64 ignoredStart = text.left(ignoredComma.start).toUcs4().size();
        const Run run = runGalley(lintArguments(m_db, m_id, { QStringLiteral("--json") }));
        QCOMPARE(run.exitCode, 1);
        const QList<QJsonObject> findings = jsonLines(run.out);
        QCOMPARE(findings.size(), SampleHalfWidth + SampleUnfinished - 1);
        QVERIFY(!starts(findings).contains(ignoredStart));
        QVERIFY(starts(findings).contains(text.left(commas.at(3).start).toUcs4().size()));

        // --annotate does not comment on it, --fix leaves it, and it stays ignored after.
        QCOMPARE(runGalley(lintArguments(m_db, m_id, { QStringLiteral("--annotate") })).exitCode, 1);
        QCOMPARE(copyDeskComments(), SampleHalfWidth + SampleUnfinished - 1);
        const Run fixed = runGalley(lintArguments(m_db, m_id, { QStringLiteral("--json"), QStringLiteral("--fix") }));
        QCOMPARE(fixed.exitCode, 0);
        QCOMPARE(jsonLines(fixed.out).size(), SampleUnfinished);
        // The fixed text holds the one half-width mark ignored, and nothing else to fix.
        QString fixedText;
        const QList<galley::TextBlock> fixedBlocks = galley::CanonicalHtml::textBlocks(articleHtml(m_id), &fixedText);
        QStringList halfWidthLeft;
        for (const galley::LintFinding &finding : galley::Linter::lintText(fixedText, fixedBlocks)) {
            if (finding.rule == galley::LintRule::HalfwidthPunctuation)
                halfWidthLeft.append(fixedText.mid(finding.start, finding.end - finding.start));
        }
        QCOMPARE(halfWidthLeft, QStringList { text.mid(ignoredComma.start, ignoredComma.end - ignoredComma.start) });
        const Run again = runGalley(lintArguments(m_db, m_id, { QStringLiteral("--json") }));
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(jsonLines(again.out).size(), SampleUnfinished);
    }

    // galley export --lint error holds back an article for its errors, and exports it once an
    // editor has ignored each of them (in its title and its body).
    void exportGateSkipsIgnoredErrors()
    {
        const QString title = QStringLiteral("减负,见实效");
        const QString body = QStringLiteral("<p>他们说,大家都好。</p>\n");
        const qint64 id = addArticle(title, body);
        const QString out = m_dir.filePath(QStringLiteral("gate-%1").arg(m_counter));
        const QStringList arguments { QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--id"),
            QString::number(id), QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("--out"), out,
            QStringLiteral("--lint"), QStringLiteral("error") };
        const Run held = runGalley(arguments);
        QCOMPARE(held.exitCode, 1);
        QVERIFY2(held.err.contains(QRegularExpression(QStringLiteral("copy desk: 2 error(s|\\(s\\))?: halfwidth-punctuation 2\n"))), qPrintable(held.err));

        galley::LintParagraph heading;
        heading.kind = galley::TextBlockKind::Heading;
        const QList<galley::LintFinding> inTitle = galley::Linter::lintParagraph(title, heading);
        QString text;
        const QList<galley::TextBlock> blocks = galley::CanonicalHtml::textBlocks(body, &text);
        const QList<galley::LintFinding> inBody = galley::Linter::lintText(text, blocks);
        QCOMPARE(inTitle.size(), 1);
        QCOMPARE(inBody.size(), 1);
        {
            galley::Database database;
            QCOMPARE(database.open(m_db), galley::Database::Status::Ok);
            QVERIFY(galley::CopyDeskRepository(database).ignoreFinding(
                id, galley::LintIgnores::bodyKey(text, blocks, inBody.first()), QStringLiteral("陈曲")));
        }
        const Run half = runGalley(arguments);
        QCOMPARE(half.exitCode, 1);
        QVERIFY2(half.err.contains(QRegularExpression(QStringLiteral("copy desk: 1 error(\\(s\\))?: halfwidth-punctuation 1\n"))), qPrintable(half.err));
        {
            galley::Database database;
            QCOMPARE(database.open(m_db), galley::Database::Status::Ok);
            QVERIFY(galley::CopyDeskRepository(database).ignoreFinding(
                id, galley::LintIgnores::key(galley::LintField::Title, title, inTitle.first()), QStringLiteral("陈曲")));
        }
        const Run exported = runGalley(arguments);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QCOMPARE(jsonLines(exported.out).constLast().value(QStringLiteral("summary")).toObject().value(QStringLiteral("exported")).toInt(), 1);
        QCOMPARE(QDir(out).entryList({ QStringLiteral("*.txt") }).size(), 1);
    }

    // The gate spells as the editor does: an English article's misspellings are errors that
    // hold it back, until the newsroom's dictionary has the name and the other is ignored.
    void exportGateSpellsEnglish()
    {
        const QString body = QStringLiteral("<p>Herders near Xilinhot did not recieve the new rules.</p>\n");
        const qint64 id = addArticle(QStringLiteral("Spring in the grasslands"), body);
        const QString out = m_dir.filePath(QStringLiteral("gate-spelling-%1").arg(m_counter));
        const QStringList arguments { QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--id"),
            QString::number(id), QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("--out"), out,
            QStringLiteral("--lint"), QStringLiteral("error") };
        const Run held = runGalley(arguments);
        QCOMPARE(held.exitCode, 1);
        QVERIFY2(held.err.contains(QRegularExpression(QStringLiteral("copy desk: 2 error(s|\\(s\\))?: spelling 2\n"))), qPrintable(held.err));

        QString text;
        const QList<galley::TextBlock> blocks = galley::CanonicalHtml::textBlocks(body, &text);
        const galley::SpellChecker speller(QStringLiteral("en"));
        QVERIFY2(speller.isValid(), "install hunspell-en-us");
        const QList<galley::LintFinding> misspellings = galley::Linter::spellText(text, blocks, speller);
        QCOMPARE(misspellings.size(), 2);
        {
            galley::Database database;
            QCOMPARE(database.open(m_db), galley::Database::Status::Ok);
            galley::CopyDeskRepository desk(database);
            QVERIFY(desk.addDictionaryWord(QStringLiteral("Xilinhot"), QStringLiteral("陈曲")));
            QVERIFY(desk.ignoreFinding(
                id, galley::LintIgnores::bodyKey(text, blocks, misspellings.at(1)), QStringLiteral("陈曲")));
        }
        const Run exported = runGalley(arguments);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QCOMPARE(QDir(out).entryList({ QStringLiteral("*.txt") }).size(), 1);
    }

private:
    /// Adds a draft to the newsroom; its id.
    qint64 addArticle(const QString &title, const QString &bodyHtml)
    {
        galley::Database database;
        if (database.open(m_db) != galley::Database::Status::Ok)
            return 0;
        galley::Article article;
        article.title = title;
        article.bodyHtml = bodyHtml;
        article.byline = QStringLiteral("赵晓");
        return galley::ArticleRepository(database).create(article) ? article.id : 0;
    }

    QJsonObject shownArticle(qint64 id)
    {
        const Run run = runGalley(
            { QStringLiteral("show"), QStringLiteral("--db"), m_db, QStringLiteral("--json"), QString::number(id) });
        return QJsonDocument::fromJson(run.out).object();
    }

    QString articleHtml(qint64 id) { return shownArticle(id).value(QStringLiteral("body_html")).toString(); }
    QString articleBody(qint64 id) { return articleHtml(id); }

    QStringList copyDeskCommentBodies(qint64 id)
    {
        QStringList bodies;
        for (const QJsonValue &thread : shownArticle(id).value(QStringLiteral("annotations")).toArray()) {
            if (thread.toObject().value(QStringLiteral("author")).toString() == QLatin1String("Galley copy desk"))
                bodies.append(thread.toObject().value(QStringLiteral("body")).toString());
        }
        return bodies;
    }

    QJsonObject shown()
    {
        const Run run = runGalley(
            { QStringLiteral("show"), QStringLiteral("--db"), m_db, QStringLiteral("--json"), QString::number(m_id) });
        return QJsonDocument::fromJson(run.out).object();
    }

    QString bodyText() { return shown().value(QStringLiteral("body_text")).toString(); }

    int copyDeskComments()
    {
        int count = 0;
        for (const QJsonValue &thread : shown().value(QStringLiteral("annotations")).toArray()) {
            if (thread.toObject().value(QStringLiteral("author")).toString() == QLatin1String("Galley copy desk"))
                ++count;
        }
        return count;
    }

    QJsonArray revisions()
    {
        const Run run = runGalley({ QStringLiteral("history"), QStringLiteral("--db"), m_db, QStringLiteral("--id"),
            QString::number(m_id), QStringLiteral("--json") });
        QJsonArray array;
        for (const QJsonObject &line : jsonLines(run.out))
            array.append(line);
        return array;
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_db;
    qint64 m_id = 0;
};

QTEST_GUILESS_MAIN(LintCliTest)
#include "tst_lintcli.moc"
