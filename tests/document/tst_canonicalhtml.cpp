#include "canonicalcheck.h"
#include "documentdescription.h"
#include "randomhtml.h"

#include "document/canonicalhtml.h"
#include "document/documentformat.h"
#include "document/sanitizer.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

#include <functional>

using namespace galley;
using galley::test::canonicalViolation;
using galley::test::describeDocument;

using Builder = std::function<void(QTextCursor &)>;
Q_DECLARE_METATYPE(Builder)

namespace {

const QString Hash = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

QTextCharFormat format(bool bold = false, bool italic = false, const QString &href = QString())
{
    QTextCharFormat f;
    if (bold)
        f.setFontWeight(QFont::Bold);
    if (italic)
        f.setFontItalic(true);
    if (!href.isEmpty()) {
        f.setAnchor(true);
        f.setAnchorHref(href);
    }
    return f;
}

QTextBlockFormat role(DocumentFormat::BlockRole role)
{
    QTextBlockFormat f;
    f.setProperty(DocumentFormat::BlockRoleProperty, int(role));
    return f;
}

QTextImageFormat image(const QString &name, const QString &alt)
{
    QTextImageFormat f;
    f.setName(name);
    f.setProperty(QTextFormat::ImageAltText, alt);
    return f;
}

QStringList sampleParagraphs()
{
    QFile file(QStringLiteral(GALLEY_TEST_DATA "/wire-nmg-cadres-2025-03-18.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList body;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            body.append(line.trimmed());
    }
    return body;
}

// --- random documents, built the way an editor builds them -----------------------------------

class RandomDocument
{
public:
    explicit RandomDocument(quint32 seed)
        : m_rng(seed)
    {
    }

    void build(QTextDocument &document)
    {
        QTextCursor cursor(&document);
        const int blocks = m_rng.bounded(1, 25);
        QList<QTextList *> lists; // open lists by depth
        int quote = 0;
        for (int b = 0; b < blocks; ++b) {
            if (m_rng.bounded(6) == 0) {
                quote = m_rng.bounded(3);
                lists.clear(); // canonical HTML closes lists when the quote level changes
            }
            QTextBlockFormat blockFormat;
            if (quote > 0)
                blockFormat.setProperty(QTextFormat::BlockQuoteLevel, quote);
            const int kind = m_rng.bounded(100);
            int heading = 0;
            if (kind < 38) {
                // paragraph
            } else if (kind < 52) {
                heading = m_rng.bounded(2, 5);
                blockFormat.setHeadingLevel(heading);
            } else if (kind < 80) {
                insertBlock(cursor, blockFormat, b == 0);
                const int depth = m_rng.bounded(1, int(qMin<qsizetype>(3, lists.size() + 1)) + 1);
                if (depth <= lists.size()) {
                    lists.resize(depth);
                    if (m_rng.bounded(7) == 0)
                        lists.removeLast(); // a sibling list at the same depth
                }
                if (depth > lists.size()) {
                    QTextListFormat listFormat;
                    listFormat.setStyle(m_rng.bounded(2) ? QTextListFormat::ListDisc : QTextListFormat::ListDecimal);
                    listFormat.setIndent(depth);
                    lists.append(cursor.createList(listFormat));
                } else {
                    lists[depth - 1]->add(cursor.block());
                }
                runs(cursor, false);
                continue;
            } else if (kind < 88) {
                lists.clear();
                QTextBlockFormat figure = blockFormat;
                figure.setProperty(DocumentFormat::BlockRoleProperty, int(DocumentFormat::BlockRole::Figure));
                insertBlock(cursor, figure, b == 0);
                cursor.insertImage(randomImage(), QTextFrameFormat::InFlow);
                if (m_rng.bounded(3) == 0)
                    runs(cursor, false);
                if (m_rng.bounded(2)) {
                    QTextBlockFormat caption = blockFormat;
                    caption.setProperty(DocumentFormat::BlockRoleProperty, int(DocumentFormat::BlockRole::FigureCaption));
                    insertBlock(cursor, caption, false);
                    runs(cursor, false);
                }
                continue;
            } else if (kind < 94) {
                lists.clear();
                QTextBlockFormat rule = blockFormat;
                rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth, QTextLength(QTextLength::PercentageLength, 100));
                insertBlock(cursor, rule, b == 0);
                continue;
            } else {
                lists.clear();
                insertBlock(cursor, blockFormat, b == 0); // an empty paragraph
                continue;
            }
            lists.clear();
            insertBlock(cursor, blockFormat, b == 0);
            runs(cursor, heading > 0);
        }
    }

private:
    static void insertBlock(QTextCursor &cursor, const QTextBlockFormat &blockFormat, bool first)
    {
        if (first)
            cursor.setBlockFormat(blockFormat);
        else
            cursor.insertBlock(blockFormat, QTextCharFormat());
    }

    QString randomText()
    {
        static const QStringList pieces{
            QStringLiteral("内蒙古"), QStringLiteral("坚持激励和约束双向发力"), QStringLiteral("，"), QStringLiteral("。"),
            QStringLiteral("“引号”"), QStringLiteral("news"), QStringLiteral(" desk "), QStringLiteral("  "),
            QStringLiteral("café"), QStringLiteral("Zürich"), QStringLiteral("&"), QStringLiteral("<"), QStringLiteral(">"),
            QStringLiteral("\""), QStringLiteral("'"), QStringLiteral("&amp;"), QStringLiteral("\t"),
            QStringLiteral("\u00a0"), QStringLiteral("\u3000"), QStringLiteral("\U0001F600"), QStringLiteral("\U00020000"),
            QString(QChar(QChar::LineSeparator)), QStringLiteral("48.4%"), QStringLiteral("<br>"),
        };
        QString text;
        for (int n = m_rng.bounded(1, 4); n > 0; --n)
            text += pieces.at(m_rng.bounded(int(pieces.size())));
        return text;
    }

    QTextImageFormat randomImage()
    {
        static const QStringList alts{QString(), QStringLiteral("图片"), QStringLiteral("a \"quoted\" & <bracketed> alt"),
                                      QStringLiteral("现场照片 photo")};
        QString hash;
        for (int i = 0; i < 64; ++i)
            hash += QLatin1Char("0123456789abcdef"[m_rng.bounded(16)]);
        return image(QStringLiteral("asset:") + hash, alts.at(m_rng.bounded(int(alts.size()))));
    }

    QTextCharFormat randomFormat()
    {
        static const QStringList links{QStringLiteral("https://example.org/"),
                                       QStringLiteral("https://example.org/a?b=1&c=\"q\""),
                                       QStringLiteral("mailto:desk@example.org"), QStringLiteral("http://news.example.cn/中文")};
        QTextCharFormat f;
        if (m_rng.bounded(4) == 0)
            f.setFontWeight(QFont::Bold);
        if (m_rng.bounded(5) == 0)
            f.setFontItalic(true);
        if (m_rng.bounded(8) == 0)
            f.setFontUnderline(true);
        if (m_rng.bounded(8) == 0)
            f.setFontStrikeOut(true);
        const int align = m_rng.bounded(12);
        if (align == 0)
            f.setVerticalAlignment(QTextCharFormat::AlignSubScript);
        else if (align == 1)
            f.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
        if (m_rng.bounded(6) == 0) {
            f.setAnchor(true);
            f.setAnchorHref(links.at(m_rng.bounded(int(links.size()))));
        }
        return f;
    }

    void runs(QTextCursor &cursor, bool heading)
    {
        Q_UNUSED(heading)
        for (int n = m_rng.bounded(0, 6); n > 0; --n) {
            const QTextCharFormat f = randomFormat();
            if (m_rng.bounded(10) == 0) {
                QTextImageFormat img = randomImage();
                img.merge(f);
                img.setName(randomImage().name());
                cursor.insertImage(img);
            } else {
                cursor.insertText(randomText(), f);
            }
        }
    }

    QRandomGenerator m_rng;
};

} // namespace

class TestCanonicalHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serialize_data();
    void serialize();
    void load_data();
    void load();
    void plainText_data();
    void plainText();
    void loadKeepsEditorResources();
    void loadIsOneUndoStep();
    void randomDocumentsRoundTrip_data();
    void randomDocumentsRoundTrip();
    void sampleArticle();
    void goldenFilesAreFixedPoints();
    void anyInputReachesAFixedPoint_data();
    void anyInputReachesAFixedPoint();
    void changeFormat_data();
    void changeFormat();
};

void TestCanonicalHtml::serialize_data()
{
    QTest::addColumn<Builder>("build");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nominal: empty document is an empty string") << Builder([](QTextCursor &) {}) << QString();
    QTest::newRow("nominal: paragraphs, one per line") << Builder([](QTextCursor &c) {
        c.insertText(QStringLiteral("第一段"));
        c.insertBlock();
        c.insertText(QStringLiteral("second"));
    }) << QStringLiteral("<p>第一段</p>\n<p>second</p>\n");
    QTest::newRow("nominal: inline tags open and close only where formatting changes") << Builder([](QTextCursor &c) {
        c.insertText(QStringLiteral("plain "));
        c.insertText(QStringLiteral("bold "), format(true));
        c.insertText(QStringLiteral("both"), format(true, true));
        c.insertText(QStringLiteral(" it"), format(false, true));
    }) << QStringLiteral("<p>plain <strong>bold <em>both</em></strong><em> it</em></p>\n");
    QTest::newRow("nominal: a link is outermost, one link over differently formatted text") << Builder([](QTextCursor &c) {
        c.insertText(QStringLiteral("读"), format(true, false, QStringLiteral("https://x.org/")));
        c.insertText(QStringLiteral("全文"), format(false, false, QStringLiteral("https://x.org/")));
    }) << QStringLiteral("<p><a href=\"https://x.org/\"><strong>读</strong>全文</a></p>\n");
    QTest::newRow("nominal: underline, strike, sub and sup") << Builder([](QTextCursor &c) {
        QTextCharFormat u, s, sub, sup;
        u.setFontUnderline(true);
        s.setFontStrikeOut(true);
        sub.setVerticalAlignment(QTextCharFormat::AlignSubScript);
        sup.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
        c.insertText(QStringLiteral("u"), u);
        c.insertText(QStringLiteral("s"), s);
        c.insertText(QStringLiteral("H"), QTextCharFormat());
        c.insertText(QStringLiteral("2"), sub);
        c.insertText(QStringLiteral("O m"), QTextCharFormat());
        c.insertText(QStringLiteral("2"), sup);
    }) << QStringLiteral("<p><u>u</u><s>s</s>H<sub>2</sub>O m<sup>2</sup></p>\n");
    QTest::newRow("nominal: minimal escaping in text and attributes") << Builder([](QTextCursor &c) {
        c.insertText(QStringLiteral("a & b < c > d \"q\" 'x'"));
        c.insertText(QStringLiteral("link"), format(false, false, QStringLiteral("https://x.org/?a=1&b=\"2\"")));
    }) << QStringLiteral("<p>a &amp; b &lt; c &gt; d \"q\" 'x'<a href=\"https://x.org/?a=1&amp;b=&quot;2&quot;\">link</a></p>\n");
    QTest::newRow("nominal: a javascript: link is written as its text") << Builder([](QTextCursor &c) {
        c.insertText(QStringLiteral("click"), format(false, false, QStringLiteral("javascript:alert(1)")));
    }) << QStringLiteral("<p>click</p>\n");
    QTest::newRow("nominal: headings; bold in a heading is not written") << Builder([](QTextCursor &c) {
        QTextBlockFormat h;
        for (const int level : {1, 2, 3, 4, 6}) {
            h.setHeadingLevel(level);
            if (level == 1)
                c.setBlockFormat(h);
            else
                c.insertBlock(h);
            c.insertText(QStringLiteral("H%1 ").arg(level), format(true));
            c.insertText(QStringLiteral("em"), format(true, true));
        }
    }) << QStringLiteral("<h2>H1 <em>em</em></h2>\n<h2>H2 <em>em</em></h2>\n<h3>H3 <em>em</em></h3>\n"
                         "<h4>H4 <em>em</em></h4>\n<h4>H6 <em>em</em></h4>\n");
    QTest::newRow("nominal: line breaks, consecutive ones kept") << Builder([](QTextCursor &c) {
        c.insertText(QStringLiteral("a") + QChar(QChar::LineSeparator) + QChar(QChar::LineSeparator) + QStringLiteral("b"));
    }) << QStringLiteral("<p>a<br><br>b</p>\n");
    QTest::newRow("nominal: nested list layout") << Builder([](QTextCursor &c) {
        QTextListFormat outer;
        outer.setStyle(QTextListFormat::ListDisc);
        outer.setIndent(1);
        QTextList *list = c.createList(outer);
        c.insertText(QStringLiteral("a"));
        c.insertBlock();
        c.insertText(QStringLiteral("b"));
        c.insertBlock();
        QTextListFormat inner = outer;
        inner.setIndent(2);
        c.createList(inner);
        c.insertText(QStringLiteral("c"));
        c.insertBlock();
        list->add(c.block());
        c.insertText(QStringLiteral("d"));
    }) << QStringLiteral("<ul>\n<li>a</li>\n<li>b\n<ul>\n<li>c</li>\n</ul>\n</li>\n<li>d</li>\n</ul>\n");
    QTest::newRow("nominal: ordered lists, any numbering style") << Builder([](QTextCursor &c) {
        QTextListFormat roman;
        roman.setStyle(QTextListFormat::ListUpperRoman);
        c.createList(roman);
        c.insertText(QStringLiteral("一"));
        c.insertBlock();
        c.insertText(QStringLiteral("二"));
    }) << QStringLiteral("<ol>\n<li>一</li>\n<li>二</li>\n</ol>\n");
    QTest::newRow("nominal: a nested list without a parent item starts at the top") << Builder([](QTextCursor &c) {
        QTextListFormat deep;
        deep.setStyle(QTextListFormat::ListDisc);
        deep.setIndent(3);
        c.createList(deep);
        c.insertText(QStringLiteral("x"));
    }) << QStringLiteral("<ul>\n<li>x</li>\n</ul>\n");
    QTest::newRow("nominal: blockquotes nest and hold lists") << Builder([](QTextCursor &c) {
        QTextBlockFormat q1, q2;
        q1.setProperty(QTextFormat::BlockQuoteLevel, 1);
        q2.setProperty(QTextFormat::BlockQuoteLevel, 2);
        c.setBlockFormat(q1);
        c.insertText(QStringLiteral("quoted"));
        c.insertBlock(q2);
        c.insertText(QStringLiteral("deeper"));
        c.insertBlock(q1);
        QTextListFormat list;
        list.setStyle(QTextListFormat::ListDecimal);
        c.createList(list);
        c.insertText(QStringLiteral("item"));
        c.insertBlock(QTextBlockFormat());
        c.insertText(QStringLiteral("after"));
    }) << QStringLiteral("<blockquote>\n<p>quoted</p>\n<blockquote>\n<p>deeper</p>\n</blockquote>\n<ol>\n<li>item</li>\n"
                         "</ol>\n</blockquote>\n<p>after</p>\n");
    QTest::newRow("nominal: figure with caption; a caption without a figure is a paragraph") << Builder([](QTextCursor &c) {
        c.setBlockFormat(role(DocumentFormat::BlockRole::Figure));
        c.insertImage(image(QStringLiteral("asset:") + Hash, QStringLiteral("现场 \"照片\"")));
        c.insertBlock(role(DocumentFormat::BlockRole::FigureCaption));
        c.insertText(QStringLiteral("图说"));
        c.insertBlock(role(DocumentFormat::BlockRole::FigureCaption));
        c.insertText(QStringLiteral("orphan"));
    }) << QStringLiteral("<figure><img src=\"asset:%1\" alt=\"现场 &quot;照片&quot;\"><figcaption>图说</figcaption></figure>\n"
                         "<p>orphan</p>\n").arg(Hash);
    QTest::newRow("nominal: inline images; images that are not assets are not written") << Builder([](QTextCursor &c) {
        c.insertText(QStringLiteral("a"));
        c.insertImage(image(QStringLiteral("asset:") + Hash.toUpper(), QString()));
        c.insertImage(image(QStringLiteral("https://example.org/x.png"), QStringLiteral("remote")));
        c.insertImage(image(QStringLiteral("asset:") + Hash, QStringLiteral("linked")), QTextFrameFormat::InFlow);
        c.insertText(QStringLiteral("b"));
    }) << QStringLiteral("<p>a<img src=\"asset:%1\" alt=\"\"><img src=\"asset:%1\" alt=\"linked\">b</p>\n").arg(Hash);
    QTest::newRow("nominal: rule") << Builder([](QTextCursor &c) {
        c.insertText(QStringLiteral("above"));
        QTextBlockFormat rule;
        rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth, QTextLength(QTextLength::PercentageLength, 100));
        c.insertBlock(rule);
        c.insertBlock(QTextBlockFormat());
        c.insertText(QStringLiteral("below"));
    }) << QStringLiteral("<p>above</p>\n<hr>\n<p>below</p>\n");
    QTest::newRow("nominal: text is NFC") << Builder([](QTextCursor &c) {
        c.insertText(QStringLiteral("cafe\u0301 \u212B"));
    }) << QStringLiteral("<p>café \u00C5</p>\n");
    QTest::newRow("nominal: empty paragraphs and spaces are the editor's, kept") << Builder([](QTextCursor &c) {
        c.insertText(QStringLiteral("  two  spaces "));
        c.insertBlock();
        c.insertBlock();
        c.insertText(QStringLiteral("b"));
    }) << QStringLiteral("<p>  two  spaces </p>\n<p></p>\n<p>b</p>\n");
    QTest::newRow("robustness: control characters are not written") << Builder([](QTextCursor &c) {
        c.insertText(QStringLiteral("a\u0001b\u0000c\tt"));
    }) << QStringLiteral("<p>abc\tt</p>\n");
}

void TestCanonicalHtml::serialize()
{
    QFETCH(Builder, build);
    QFETCH(QString, expected);
    QTextDocument document;
    QTextCursor cursor(&document);
    build(cursor);
    const QString html = CanonicalHtml::fromDocument(document);
    QCOMPARE(html, expected);
    QCOMPARE(canonicalViolation(html), QString());
}

void TestCanonicalHtml::load_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("description");

    QTest::newRow("nominal: empty") << QString() << QStringLiteral("p |");
    QTest::newRow("nominal: formats") << QStringLiteral("<p>a <a href=\"https://x.org/?a=1&amp;b=2\"><strong>b</strong></a> <em>c<sub>2</sub></em><br>d</p>\n")
                                      << QStringLiteral("p |[]a [b,a=https://x.org/?a=1&b=2]b[] [i]c[i,sub]2[]⏎d");
    QTest::newRow("nominal: heading text is shown bold, which is not a format")
        << QStringLiteral("<h3>标题 <u>下划线</u></h3>\n") << QStringLiteral("h3 |[]标题 [u]下划线");
    QTest::newRow("nominal: nested lists") << QStringLiteral("<ul>\n<li>a</li>\n<li>b\n<ol>\n<li>c</li>\n</ol>\n</li>\n<li>d</li>\n</ul>\n")
                                           << QStringLiteral("li ul1 depth1 |[]a\nli ul1 depth1 |[]b\nli ol2 depth2 |[]c\nli ul1 depth1 |[]d");
    QTest::newRow("nominal: two lists in a row stay two lists") << QStringLiteral("<ul>\n<li>a</li>\n</ul>\n<ul>\n<li>b</li>\n</ul>\n")
                                                                << QStringLiteral("li ul1 depth1 |[]a\nli ul2 depth1 |[]b");
    QTest::newRow("nominal: quotes") << QStringLiteral("<blockquote>\n<p>a</p>\n<blockquote>\n<p>b</p>\n</blockquote>\n</blockquote>\n")
                                     << QStringLiteral("p quote1 |[]a\np quote2 |[]b");
    QTest::newRow("nominal: figure") << QStringLiteral("<figure><img src=\"asset:%1\" alt=\"图 &quot;1&quot;\"><figcaption>说明</figcaption></figure>\n").arg(Hash)
                                     << QStringLiteral("figure |{img asset:%1 \"图 \"1\"\"}\ncaption |[]说明").arg(Hash);
    QTest::newRow("nominal: rule and empty paragraph") << QStringLiteral("<hr>\n<p></p>\n<p> x </p>\n")
                                                       << QStringLiteral("hr |\np |\np |[] x ");
    QTest::newRow("nominal: an empty item before a nested list")
        << QStringLiteral("<ul>\n<li>\n<ul>\n<li>x</li>\n</ul>\n</li>\n</ul>\n")
        << QStringLiteral("li ul1 depth1 |\nli ul2 depth2 |[]x");
}

void TestCanonicalHtml::load()
{
    QFETCH(QString, html);
    QFETCH(QString, description);
    QTextDocument document;
    CanonicalHtml::toDocument(html, document);
    QCOMPARE(describeDocument(document), description);
    QCOMPARE(CanonicalHtml::fromDocument(document), html); // canonical input is a fixed point
}

void TestCanonicalHtml::plainText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("plain");
    QTest::newRow("nominal: empty") << QString() << QString();
    QTest::newRow("nominal: blocks on lines, <br> as a newline")
        << QStringLiteral("<h2>标题</h2>\n<p>a<br>b &amp; c</p>\n") << QStringLiteral("标题\na\nb & c");
    QTest::newRow("nominal: list items and captions are lines; an image is U+FFFC")
        << QStringLiteral("<ul>\n<li>一\n<ul>\n<li>二</li>\n</ul>\n</li>\n</ul>\n<figure><img src=\"asset:%1\" alt=\"x\"><figcaption>图</figcaption></figure>\n<hr>\n").arg(Hash)
        << QStringLiteral("一\n二\n\uFFFC\n图\n");
    QTest::newRow("nominal: no-break space reads as a space") << QStringLiteral("<p>a\u00a0b</p>\n") << QStringLiteral("a b");
}

void TestCanonicalHtml::plainText()
{
    QFETCH(QString, html);
    QFETCH(QString, plain);
    QCOMPARE(CanonicalHtml::toPlainText(html), plain);
    // the projection matches the loaded document's, so offsets into body_text are positions
    QTextDocument document;
    CanonicalHtml::toDocument(html, document);
    QCOMPARE(document.toPlainText(), plain);
}

void TestCanonicalHtml::loadKeepsEditorResources()
{
    QTextDocument document;
    const QUrl url(QStringLiteral("asset:") + Hash);
    document.addResource(QTextDocument::ImageResource, url, QVariant(QByteArray("png bytes")));
    CanonicalHtml::toDocument(QStringLiteral("<p>x</p>\n"), document);
    QVERIFY(document.resource(QTextDocument::ImageResource, url).isValid());
}

void TestCanonicalHtml::loadIsOneUndoStep()
{
    QTextDocument document;
    document.setPlainText(QStringLiteral("before"));
    document.clearUndoRedoStacks();
    CanonicalHtml::toDocument(QStringLiteral("<h2>after</h2>\n<ul>\n<li>x</li>\n</ul>\n"), document);
    document.undo();
    QCOMPARE(document.toPlainText(), QStringLiteral("before"));
    QCOMPARE(document.begin().textList(), nullptr);
    QCOMPARE(document.begin().blockFormat().headingLevel(), 0);
    QVERIFY(!document.isUndoAvailable());
}

void TestCanonicalHtml::randomDocumentsRoundTrip_data()
{
    QTest::addColumn<int>("firstSeed");
    for (int batch = 0; batch < 20; ++batch)
        QTest::addRow("robustness: random documents, seeds %d-%d", batch * 100, batch * 100 + 99) << batch * 100;
}

// loader(serializer(doc)) reproduces the document; serializer output is canonical and a fixed point.
void TestCanonicalHtml::randomDocumentsRoundTrip()
{
    QFETCH(int, firstSeed);
    for (int seed = firstSeed; seed < firstSeed + 100; ++seed) {
        QTextDocument original;
        RandomDocument(quint32(seed)).build(original);
        const QString html = CanonicalHtml::fromDocument(original);
        const QString violation = canonicalViolation(html);
        if (!violation.isEmpty())
            QFAIL(qPrintable(QStringLiteral("seed %1: %2\n%3").arg(seed).arg(violation, html)));
        QTextDocument loaded;
        CanonicalHtml::toDocument(html, loaded);
        const QString expected = describeDocument(original);
        const QString actual = describeDocument(loaded);
        if (actual != expected)
            QFAIL(qPrintable(QStringLiteral("seed %1: document not reproduced\n--- original\n%2\n--- loaded\n%3\n--- html\n%4")
                                 .arg(seed).arg(expected, actual, html)));
        const QString again = CanonicalHtml::fromDocument(loaded);
        if (again != html)
            QFAIL(qPrintable(QStringLiteral("seed %1: not a fixed point\n%2\n---\n%3").arg(seed).arg(html, again)));
        QCOMPARE(CanonicalHtml::toPlainText(html), original.toPlainText());
        QCOMPARE(loaded.toPlainText(), original.toPlainText());
    }
}

void TestCanonicalHtml::sampleArticle()
{
    const QStringList lines = sampleParagraphs();
    QVERIFY(lines.size() > 10);
    QTextDocument document;
    QTextCursor cursor(&document);
    QTextBlockFormat heading;
    heading.setHeadingLevel(2);
    cursor.setBlockFormat(heading);
    cursor.insertText(lines.first());
    QTextList *related = nullptr;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        const QString &line = lines.at(i);
        if (line.startsWith(QStringLiteral("  ")) || QStringView(line).left(3).contains(QLatin1Char('.'))) {
            if (!related) {
                QTextListFormat list;
                list.setStyle(QTextListFormat::ListDecimal);
                related = cursor.createList(list);
            } else {
                related->add(cursor.block());
            }
        } else {
            related = nullptr;
        }
        // some emphasis in every other paragraph, like an editor would add
        if (i % 2 == 0 && line.size() > 10) {
            cursor.insertText(line.left(5));
            cursor.insertText(line.mid(5, 5), format(true));
            cursor.insertText(line.mid(10));
        } else {
            cursor.insertText(line);
        }
    }
    const QString html = CanonicalHtml::fromDocument(document);
    QCOMPARE(canonicalViolation(html), QString());
    QVERIFY(html.startsWith(QStringLiteral("<h2>不适宜担任现职,448名干部被调整</h2>\n<p>0次浏览")));
    QTextDocument loaded;
    CanonicalHtml::toDocument(html, loaded);
    QCOMPARE(describeDocument(loaded), describeDocument(document));
    QCOMPARE(CanonicalHtml::fromDocument(loaded), html);
    QCOMPARE(CanonicalHtml::toPlainText(html), document.toPlainText());
}

// Every golden file of the sanitizer is canonical, so the loader and serializer leave it as it is.
void TestCanonicalHtml::goldenFilesAreFixedPoints()
{
    const QDir dir(QStringLiteral(GALLEY_TEST_DATA "/html"));
    const QStringList goldens = dir.entryList({QStringLiteral("*.canonical.html")}, QDir::Files, QDir::Name);
    QVERIFY(goldens.size() >= 15);
    for (const QString &name : goldens) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QTextDocument document;
        CanonicalHtml::toDocument(html, document);
        QVERIFY2(CanonicalHtml::fromDocument(document) == html, qPrintable(name));
        QVERIFY2(CanonicalHtml::toPlainText(html) == document.toPlainText(), qPrintable(name));
    }
}

void TestCanonicalHtml::anyInputReachesAFixedPoint_data()
{
    QTest::addColumn<int>("firstSeed");
    QTest::addColumn<bool>("bytes");
    for (int batch = 0; batch < 10; ++batch) {
        QTest::addRow("robustness: tag soup, seeds %d-%d", batch * 100, batch * 100 + 99) << batch * 100 << false;
        QTest::addRow("robustness: random bytes, seeds %d-%d", batch * 100, batch * 100 + 99) << batch * 100 << true;
    }
}

// serializer(loader(x)) is canonical and a fixed point for any x, canonical or not.
void TestCanonicalHtml::anyInputReachesAFixedPoint()
{
    QFETCH(int, firstSeed);
    QFETCH(bool, bytes);
    for (int seed = firstSeed; seed < firstSeed + 100; ++seed) {
        QRandomGenerator rng{quint32(seed)};
        const QString input = bytes ? test::randomBytesAsText(rng, 2000) : test::randomTagSoup(rng, 200);
        QTextDocument document;
        CanonicalHtml::toDocument(input, document);
        const QString once = CanonicalHtml::fromDocument(document);
        const QString violation = canonicalViolation(once);
        if (!violation.isEmpty())
            QFAIL(qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(violation)));
        QTextDocument again;
        CanonicalHtml::toDocument(once, again);
        if (CanonicalHtml::fromDocument(again) != once)
            QFAIL(qPrintable(QStringLiteral("seed %1: not a fixed point\n%2\n---\n%3").arg(seed).arg(once, CanonicalHtml::fromDocument(again))));
        QCOMPARE(CanonicalHtml::toPlainText(once), again.toPlainText());
    }
}

void TestCanonicalHtml::changeFormat_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QStringList>("add");
    QTest::addColumn<QStringList>("remove");
    QTest::addColumn<QString>("expected"); // empty: refused
    const QString two = QStringLiteral("<p>广大基层干部反映强烈</p>\n<p>内蒙古为基层减负</p>\n");
    QTest::newRow("nominal: bold inside a paragraph")
        << two << 2 << 6 << QStringList { QStringLiteral("strong") } << QStringList()
        << QStringLiteral("<p>广大<strong>基层干部</strong>反映强烈</p>\n<p>内蒙古为基层减负</p>\n");
    QTest::newRow("nominal: across two paragraphs")
        << two << 8 << 14 << QStringList { QStringLiteral("em") } << QStringList()
        << QStringLiteral("<p>广大基层干部反映<em>强烈</em></p>\n<p><em>内蒙古</em>为基层减负</p>\n");
    QTest::newRow("nominal: emphasis taken off part of a run")
        << QStringLiteral("<p><em>广大基层干部</em></p>\n") << 0 << 2 << QStringList()
        << QStringList { QStringLiteral("em") } << QStringLiteral("<p>广大<em>基层干部</em></p>\n");
    QTest::newRow("nominal: superscript replaces subscript")
        << QStringLiteral("<p>H<sub>2</sub>O</p>\n") << 1 << 2 << QStringList { QStringLiteral("sup") } << QStringList()
        << QStringLiteral("<p>H<sup>2</sup>O</p>\n");
    QTest::newRow("robustness: a heading holds no strong")
        << QStringLiteral("<h2>标题</h2>\n") << 0 << 2 << QStringList { QStringLiteral("strong") } << QStringList()
        << QStringLiteral("<h2>标题</h2>\n");
    QTest::newRow("robustness: unknown tag")
        << two << 0 << 2 << QStringList { QStringLiteral("script") } << QStringList() << QString();
    QTest::newRow("robustness: past the end")
        << two << 0 << 99 << QStringList { QStringLiteral("em") } << QStringList() << QString();
}

void TestCanonicalHtml::changeFormat()
{
    QFETCH(QString, html);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QStringList, add);
    QFETCH(QStringList, remove);
    QFETCH(QString, expected);
    const std::optional<QString> changed = CanonicalHtml::changeFormat(html, start, end, add, remove);
    if (expected.isEmpty()) {
        QVERIFY(!changed);
        return;
    }
    QVERIFY(changed);
    QCOMPARE(*changed, expected);
    QCOMPARE(CanonicalHtml::toPlainText(*changed), CanonicalHtml::toPlainText(html));
}

QTEST_MAIN(TestCanonicalHtml)
#include "tst_canonicalhtml.moc"
