// Merging two edits of one article by paragraph: the corpus of edit pairs in tests/data/merge
// (each case: base.html, mine.html, theirs.html and expected.html, the merged body or, where the
// edits overlap, the conflicts in diff3's layout), the properties every merge keeps, and the
// article-level merge of the other fields. To rewrite the expected files after a deliberate
// change: GALLEY_UPDATE_MERGE_CORPUS=1 ctest -R document_paragraphmerge, then read the diff.

#include "canonicalcheck.h"

#include "document/articlemerge.h"
#include "document/canonicalhtml.h"
#include "document/paragraphmerge.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace galley;
using galley::test::canonicalViolation;

namespace {

const QString CorpusDir = QStringLiteral(GALLEY_TEST_DATA "/merge");

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString blocksHtml(const QList<MergeBlock> &blocks)
{
    QString html;
    for (const MergeBlock &block : blocks)
        html += block.html;
    return html;
}

/// The merged body, or with conflicts, the layout of `diff3 -m`: the blocks both agree on, and
/// for each conflict mine, base and theirs between markers.
QString render(const ParagraphMerge &merge)
{
    if (merge.isClean())
        return merge.mergedHtml();
    QString out;
    for (const MergeHunk &hunk : merge.hunks()) {
        switch (hunk.kind) {
        case MergeHunk::Kind::Unchanged: out += blocksHtml(hunk.base); break;
        case MergeHunk::Kind::Mine:
        case MergeHunk::Kind::Both: out += blocksHtml(hunk.mine); break;
        case MergeHunk::Kind::Theirs: out += blocksHtml(hunk.theirs); break;
        case MergeHunk::Kind::Conflict:
            out += QStringLiteral("<<<<<<< mine\n") + blocksHtml(hunk.mine) + QStringLiteral("||||||| base\n")
                + blocksHtml(hunk.base) + QStringLiteral("=======\n") + blocksHtml(hunk.theirs)
                + QStringLiteral(">>>>>>> theirs\n");
            break;
        }
    }
    return out;
}

// Random bodies for the properties: paragraphs, headings, lists (some nested, some adjacent),
// quotes and rules, made of the corpus's sentences.
struct Item {
    enum class Kind { Paragraph, Heading, List, Quote, Rule } kind = Kind::Paragraph;
    QString text;
    bool ordered = false;
    QStringList items;  // List
    QStringList nested; // List: a nested list under the first item
};

const QStringList &sentences()
{
    static const QStringList list = [] {
        QStringList out;
        const QString wire = readFile(QStringLiteral(GALLEY_TEST_DATA "/wire-nmg-cadres-2025-03-18.txt"));
        for (QString sentence : wire.split(QRegularExpression(QStringLiteral("[。\\n]")), Qt::SkipEmptyParts)) {
            sentence = sentence.simplified();
            if (sentence.size() > 4)
                out.append(sentence.left(40).replace(QLatin1Char('&'), QLatin1String("&amp;")).replace(QLatin1Char('<'), QLatin1String("&lt;")).replace(QLatin1Char('>'), QLatin1String("&gt;")));
        }
        return out;
    }();
    return list;
}

QString sentence(QRandomGenerator &rng)
{
    const QString text = sentences().at(rng.bounded(int(sentences().size())));
    return rng.bounded(4) == 0 ? QStringLiteral("<strong>%1</strong>。").arg(text) : text + QStringLiteral("。");
}

Item randomItem(QRandomGenerator &rng)
{
    Item item;
    switch (rng.bounded(10)) {
    case 0: item.kind = Item::Kind::Heading; item.text = sentence(rng); break;
    case 1:
    case 2:
        item.kind = Item::Kind::List;
        item.ordered = rng.bounded(2);
        for (int i = 0, n = 1 + rng.bounded(4); i < n; ++i)
            item.items.append(sentence(rng));
        if (rng.bounded(3) == 0)
            item.nested = { sentence(rng), sentence(rng) };
        break;
    case 3: item.kind = Item::Kind::Quote; item.text = sentence(rng); break;
    case 4: if (rng.bounded(3) == 0) { item.kind = Item::Kind::Rule; break; } [[fallthrough]];
    default: item.text = sentence(rng); break;
    }
    return item;
}

QString serialize(const QList<Item> &items)
{
    QString html;
    for (const Item &item : items) {
        switch (item.kind) {
        case Item::Kind::Paragraph: html += QStringLiteral("<p>%1</p>\n").arg(item.text); break;
        case Item::Kind::Heading: // no <strong> in a heading (it is bold already)
            html += QStringLiteral("<h2>%1</h2>\n").arg(QString(item.text).remove(QStringLiteral("<strong>")).remove(QStringLiteral("</strong>")));
            break;
        case Item::Kind::Quote: // adjacent quotes are one in canonical HTML
            if (html.endsWith(QLatin1String("</blockquote>\n")))
                html.chop(int(QLatin1String("</blockquote>\n").size()));
            else
                html += QStringLiteral("<blockquote>\n");
            html += QStringLiteral("<p>%1</p>\n</blockquote>\n").arg(item.text);
            break;
        case Item::Kind::Rule: html += QStringLiteral("<hr>\n"); break;
        case Item::Kind::List: {
            const QString tag = item.ordered ? QStringLiteral("ol") : QStringLiteral("ul");
            html += QStringLiteral("<%1>\n").arg(tag);
            for (qsizetype i = 0; i < item.items.size(); ++i) {
                html += QStringLiteral("<li>") + item.items.at(i);
                if (i == 0 && !item.nested.isEmpty()) {
                    html += QStringLiteral("\n<ul>\n");
                    for (const QString &nested : item.nested)
                        html += QStringLiteral("<li>%1</li>\n").arg(nested);
                    html += QStringLiteral("</ul>\n");
                }
                html += QStringLiteral("</li>\n");
            }
            html += QStringLiteral("</%1>\n").arg(tag);
            break;
        }
        }
    }
    return html;
}

/// What editors do: rewrite, delete, insert and move paragraphs, edit list items.
QList<Item> randomEdit(QList<Item> items, QRandomGenerator &rng)
{
    for (int edits = 1 + rng.bounded(3); edits > 0; --edits) {
        const int at = items.isEmpty() ? 0 : rng.bounded(int(items.size()));
        switch (items.isEmpty() ? 2 : rng.bounded(5)) {
        case 0:
            if (items[at].kind == Item::Kind::List)
                items[at].items[rng.bounded(int(items[at].items.size()))] = sentence(rng);
            else
                items[at].text = sentence(rng);
            break;
        case 1: items.removeAt(at); break;
        case 2: items.insert(items.isEmpty() ? 0 : rng.bounded(int(items.size()) + 1), randomItem(rng)); break;
        case 3: items.move(at, rng.bounded(int(items.size()))); break;
        default:
            if (items[at].kind == Item::Kind::List)
                items[at].items.append(sentence(rng));
            else
                items[at].text += QStringLiteral("（补充）");
            break;
        }
    }
    return items;
}

Article article(const QString &title, const QString &body)
{
    Article a;
    a.id = 7;
    a.version = 3;
    a.title = title;
    a.bodyHtml = body;
    a.byline = QStringLiteral("记者 赵晓");
    a.tags = { QStringLiteral("干部"), QStringLiteral("减负") };
    return a;
}

} // namespace

class TestParagraphMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data()
    {
        QTest::addColumn<QString>("folder");
        const QStringList cases = QDir(CorpusDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(cases.size() >= 20, qPrintable(CorpusDir));
        for (const QString &name : cases)
            QTest::newRow(qPrintable(QStringLiteral("corpus: ") + name)) << QDir(CorpusDir).filePath(name);
    }

    void corpus()
    {
        QFETCH(QString, folder);
        const QString base = readFile(folder + QStringLiteral("/base.html"));
        const QString mine = readFile(folder + QStringLiteral("/mine.html"));
        const QString theirs = readFile(folder + QStringLiteral("/theirs.html"));
        for (const QString &input : { base, mine, theirs })
            QVERIFY2(canonicalViolation(input).isEmpty(), qPrintable(canonicalViolation(input)));

        const ParagraphMerge merge(base, mine, theirs);
        const QString rendered = render(merge);
        const QString expectedPath = folder + QStringLiteral("/expected.html");
        if (qEnvironmentVariableIsSet("GALLEY_UPDATE_MERGE_CORPUS")) {
            QFile file(expectedPath);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(rendered.toUtf8());
        }
        const QString expected = readFile(expectedPath);
        QVERIFY2(!expected.isNull() || base.isEmpty(), qPrintable(QStringLiteral("missing ") + expectedPath));
        QCOMPARE(rendered, expected);
        QCOMPARE(merge.isClean(), !expected.contains(QStringLiteral("<<<<<<< mine")));

        if (merge.isClean())
            QVERIFY2(canonicalViolation(merge.mergedHtml()).isEmpty(), qPrintable(canonicalViolation(merge.mergedHtml())));
        // Whoever saves first, the same conflicts and the same merged body.
        const ParagraphMerge swapped(base, theirs, mine);
        QCOMPARE(swapped.conflictCount(), merge.conflictCount());
        QCOMPARE(swapped.mergedHtml(), merge.mergedHtml());
        // Every resolution of the conflicts is a canonical body.
        for (const MergeChoice choice : { MergeChoice::Mine, MergeChoice::Theirs, MergeChoice::Both }) {
            const QString resolved = merge.resolvedHtml(QList<MergeChoice>(merge.conflictCount(), choice));
            QVERIFY(!resolved.isNull());
            QVERIFY2(canonicalViolation(resolved).isEmpty(), qPrintable(canonicalViolation(resolved)));
        }
    }

    void resolvingConflicts()
    {
        const QString folder = CorpusDir + QStringLiteral("/overlapping-with-disjoint");
        const ParagraphMerge merge(readFile(folder + QStringLiteral("/base.html")),
            readFile(folder + QStringLiteral("/mine.html")), readFile(folder + QStringLiteral("/theirs.html")));
        QCOMPARE(merge.conflictCount(), 1);
        QVERIFY(merge.mergedHtml().isNull());
        QVERIFY(merge.resolvedHtml({}).isNull()); // a choice per conflict, or nothing
        const QString mineChosen = merge.resolvedHtml({ MergeChoice::Mine });
        const QString theirsChosen = merge.resolvedHtml({ MergeChoice::Theirs });
        const QString both = merge.resolvedHtml({ MergeChoice::Both });
        // The other edits of both sides are in every resolution.
        for (const QString &resolved : { mineChosen, theirsChosen, both }) {
            QVERIFY(resolved.contains(QStringLiteral("3月17日转发")));
            QVERIFY(resolved.contains(QStringLiteral("必须久久为功")));
        }
        QVERIFY(mineChosen.contains(QStringLiteral("全区对448名")));
        QVERIFY(!mineChosen.contains(QStringLiteral("作出调整")));
        QVERIFY(theirsChosen.contains(QStringLiteral("作出调整")));
        QVERIFY(!theirsChosen.contains(QStringLiteral("全区对448名")));
        QVERIFY(both.indexOf(QStringLiteral("全区对448名")) < both.indexOf(QStringLiteral("作出调整")));
        QVERIFY(both.indexOf(QStringLiteral("全区对448名")) >= 0);
    }

    void properties()
    {
        QRandomGenerator rng(20250318);
        int clean = 0;
        for (int round = 0; round < 400; ++round) {
            QList<Item> items;
            for (int i = 0, n = rng.bounded(9); i < n; ++i)
                items.append(randomItem(rng));
            const QString base = serialize(items);
            const QString x = serialize(randomEdit(items, rng));
            const QString y = serialize(randomEdit(items, rng));
            const QByteArray where = QStringLiteral("round %1\nbase:\n%2\nx:\n%3\ny:\n%4").arg(round).arg(base, x, y).toUtf8();
            QVERIFY2(canonicalViolation(base).isEmpty() && canonicalViolation(x).isEmpty(), where.constData());

            // Only one side changed: that side, exactly.
            QCOMPARE(ParagraphMerge(base, x, base).mergedHtml(), x);
            QCOMPARE(ParagraphMerge(base, base, y).mergedHtml(), y);
            QCOMPARE(ParagraphMerge(base, x, x).mergedHtml(), x);
            QCOMPARE(ParagraphMerge(base, base, base).mergedHtml(), base);
            // Symmetric: the same conflicts and the same merge, whoever saved first.
            const ParagraphMerge xy(base, x, y);
            const ParagraphMerge yx(base, y, x);
            QVERIFY2(xy.conflictCount() == yx.conflictCount(), where.constData());
            QVERIFY2(xy.mergedHtml() == yx.mergedHtml(), where.constData());
            if (xy.isClean()) {
                ++clean;
                QVERIFY2(canonicalViolation(xy.mergedHtml()).isEmpty(), where.constData());
                // Merging the result with either side again changes nothing.
                QCOMPARE(ParagraphMerge(x, xy.mergedHtml(), x).mergedHtml(), xy.mergedHtml());
            }
            QVERIFY2(canonicalViolation(xy.resolvedHtml(QList<MergeChoice>(xy.conflictCount(), MergeChoice::Both))).isEmpty(),
                where.constData());
        }
        QVERIFY2(clean > 50 && clean < 400, qPrintable(QString::number(clean))); // both outcomes exercised
    }

    void disjointEditsOfAlongArticleMergeCleanly()
    {
        // A long feature: 3,000 paragraphs, the two editors each changed every tenth one.
        QStringList base;
        for (int i = 0; i < 3000; ++i)
            base.append(QStringLiteral("<p>第%1段。%2</p>\n").arg(i).arg(sentences().at(i % sentences().size())));
        QStringList mine = base;
        QStringList theirs = base;
        for (int i = 0; i < 3000; i += 10) {
            mine[i] = QStringLiteral("<p>第%1段（我改）。</p>\n").arg(i);
            theirs[i + 5] = QStringLiteral("<p>第%1段（他改）。</p>\n").arg(i + 5);
        }
        // How fast: galley-bench's "three-way merge of a 3,000-paragraph article" row.
        const ParagraphMerge merge(base.join(QString()), mine.join(QString()), theirs.join(QString()));
        QVERIFY(merge.isClean());
        QVERIFY(merge.mergedHtml().contains(QStringLiteral("第2990段（我改）")));
        QVERIFY(merge.mergedHtml().contains(QStringLiteral("第2995段（他改）")));
    }

    void blockMapKeepsTheCursorsParagraph()
    {
        const QString before = QStringLiteral("<p>一</p>\n<p>二</p>\n<figure><img src=\"asset:%1\" alt=\"\"><figcaption>图</figcaption></figure>\n<p>三</p>\n")
                                   .arg(QStringLiteral("ab").repeated(32));
        const QString after = QStringLiteral("<p>新</p>\n<p>一</p>\n<p>二改</p>\n<figure><img src=\"asset:%1\" alt=\"\"><figcaption>图</figcaption></figure>\n<p>三</p>\n")
                                  .arg(QStringLiteral("ab").repeated(32));
        // 一 moved down one, 二 was replaced where it stood, the figure (two blocks) and 三 follow.
        QCOMPARE(ParagraphMerge::blockMap(before, after), (QList<int> { 1, 2, 3, 4, 5 }));
        QCOMPARE(ParagraphMerge::blockMap(before, QString()), (QList<int> { 0, 0, 0, 0, 0 }));
    }

    void articleFields_data()
    {
        QTest::addColumn<QString>("mineTitle");
        QTest::addColumn<QString>("theirsTitle");
        QTest::addColumn<QString>("mergedTitle"); // empty: a conflict
        const QString base = QStringLiteral("448名干部被调整");
        QTest::newRow("nominal: only mine changed the title") << QStringLiteral("内蒙古:448名干部被调整") << base
                                                              << QStringLiteral("内蒙古:448名干部被调整");
        QTest::newRow("nominal: only theirs changed the title") << base << QStringLiteral("448名干部被调整 不适宜担任现职")
                                                                << QStringLiteral("448名干部被调整 不适宜担任现职");
        QTest::newRow("nominal: the same new title") << QStringLiteral("新标题") << QStringLiteral("新标题")
                                                     << QStringLiteral("新标题");
        QTest::newRow("conflict: two new titles") << QStringLiteral("标题甲") << QStringLiteral("标题乙") << QString();
    }

    void articleFields()
    {
        QFETCH(QString, mineTitle);
        QFETCH(QString, theirsTitle);
        QFETCH(QString, mergedTitle);
        const QString body = QStringLiteral("<p>甲</p>\n<p>乙</p>\n");
        const Article base = article(QStringLiteral("448名干部被调整"), body);
        Article mine = article(mineTitle, QStringLiteral("<p>甲改</p>\n<p>乙</p>\n"));
        Article theirs = article(theirsTitle, QStringLiteral("<p>甲</p>\n<p>乙改</p>\n"));
        theirs.version = 4;
        theirs.status = WorkflowState::InReview; // a reviewer's transition meanwhile
        theirs.tags.append(QStringLiteral("内蒙古"));
        const ArticleMerge merge(base, mine, theirs);
        QVERIFY(merge.body().isClean());
        if (mergedTitle.isEmpty()) {
            QVERIFY(!merge.isClean());
            QVERIFY(!merge.merged());
            QCOMPARE(merge.fieldConflicts(), (QList<ArticleMerge::FieldConflict> { { ArticleMerge::Field::Title, mineTitle, theirsTitle } }));
            QCOMPARE(merge.resolved({}, { MergeChoice::Theirs })->title, theirsTitle);
            QCOMPARE(merge.resolved({}, { MergeChoice::Mine })->title, mineTitle);
            QVERIFY(!merge.resolved({}, {}));
            return;
        }
        QVERIFY(merge.isClean());
        const Article merged = merge.merged().value();
        QCOMPARE(merged.title, mergedTitle);
        QCOMPARE(merged.bodyHtml, QStringLiteral("<p>甲改</p>\n<p>乙改</p>\n"));
        QCOMPARE(merged.version, 4); // saved on top of theirs
        QCOMPARE(merged.status, WorkflowState::InReview);
        QCOMPARE(merged.tags, theirs.tags);
        QCOMPARE(merged.byline, base.byline);
    }
};

QTEST_GUILESS_MAIN(TestParagraphMerge)
#include "tst_paragraphmerge.moc"
