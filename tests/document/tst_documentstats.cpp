#include "document/canonicalhtml.h"
#include "document/documentstats.h"
#include "model/textstats.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

Q_DECLARE_METATYPE(galley::TextStats)

using namespace galley;

namespace {

QByteArray describe(const TextStats &s)
{
    return QByteArray("characters=") + QByteArray::number(s.characters) + " cjk=" + QByteArray::number(s.cjkCharacters)
        + " words=" + QByteArray::number(s.latinWords) + " punctuation=" + QByteArray::number(s.punctuation)
        + " paragraphs=" + QByteArray::number(s.paragraphs);
}

QStringList sampleLines()
{
    QFile file(QStringLiteral(GALLEY_TEST_DATA "/wire-nmg-cadres-2025-03-18.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString randomSnippet(QRandomGenerator &rng, const QStringList &lines)
{
    static const QStringList pieces{
        QStringLiteral("中文"), QStringLiteral("新闻编辑"), QStringLiteral(" word"), QStringLiteral("it's"),
        QStringLiteral("-"), QStringLiteral("48.4"), QStringLiteral("，"), QStringLiteral("。"), QStringLiteral(" "),
        QStringLiteral("\n"), QStringLiteral("\n\n"), QString(QChar(QChar::LineSeparator)), QStringLiteral("\u3000"),
        QStringLiteral("\U00020000"), QStringLiteral("café"), QStringLiteral("\t"), QStringLiteral("x"),
    };
    QString text;
    const int count = rng.bounded(1, 6);
    for (int i = 0; i < count; ++i) {
        if (rng.bounded(10) == 0 && !lines.isEmpty()) {
            const QString &line = lines.at(rng.bounded(int(lines.size())));
            text += line.mid(rng.bounded(int(line.size()) + 1), rng.bounded(1, 40));
        } else {
            text += pieces.at(rng.bounded(int(pieces.size())));
        }
    }
    return text;
}

void randomEdit(QTextDocument &document, QRandomGenerator &rng, const QStringList &lines)
{
    QTextCursor cursor(&document);
    const int length = document.characterCount() - 1; // without the final paragraph separator
    const int position = rng.bounded(length + 1);
    cursor.setPosition(position);
    switch (rng.bounded(12)) {
    case 0: case 1: case 2: case 3: // type
        cursor.insertText(randomSnippet(rng, lines));
        break;
    case 4: case 5: { // delete a range, possibly across blocks
        const int end = qMin(length, position + rng.bounded(1, 60));
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        break;
    }
    case 6: // Backspace at the start of a block joins two blocks
        cursor.movePosition(QTextCursor::StartOfBlock);
        cursor.deletePreviousChar();
        break;
    case 7: // Enter
        cursor.insertBlock();
        break;
    case 8: // replace a selection in one edit block
        cursor.beginEditBlock();
        cursor.setPosition(qMin(length, position + rng.bounded(1, 30)), QTextCursor::KeepAnchor);
        cursor.insertText(randomSnippet(rng, lines));
        cursor.endEditBlock();
        break;
    case 9:
        document.undo();
        break;
    case 10:
        document.redo();
        break;
    case 11: { // an image and a format change (the format change alone must not change counts)
        QTextImageFormat image;
        image.setName(QStringLiteral("asset:") + QString(64, QLatin1Char('a')));
        cursor.insertImage(image);
        cursor.setPosition(qMin(length, position + 5), QTextCursor::KeepAnchor);
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        cursor.mergeCharFormat(bold);
        break;
    }
    }
}

} // namespace

class TestDocumentStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsRandomEdits_data();
    void followsRandomEdits();
    void wholeDocumentReplacements();
    void keystrokeRecountsOneBlock();
    void changedSignal();
    void documentDestroyed();
};

void TestDocumentStats::followsRandomEdits_data()
{
    QTest::addColumn<int>("firstSeed");
    QTest::addColumn<int>("seeds");
    for (int batch = 0; batch < 10; ++batch) {
        const int first = batch * 20;
        QTest::addRow("robustness: random edits, seeds %d-%d", first, first + 19) << first << 20;
    }
}

void TestDocumentStats::followsRandomEdits()
{
    QFETCH(int, firstSeed);
    QFETCH(int, seeds);
    const QStringList lines = sampleLines();
    QVERIFY(!lines.isEmpty());
    for (int seed = firstSeed; seed < firstSeed + seeds; ++seed) {
        QRandomGenerator rng{quint32(seed)};
        QTextDocument document;
        document.setPlainText(lines.mid(0, rng.bounded(1, 6)).join(QLatin1Char('\n')));
        DocumentStats counter(&document);
        for (int step = 0; step < 60; ++step) {
            randomEdit(document, rng, lines);
            const QByteArray expected = describe(computeTextStats(document.toPlainText()));
            if (describe(counter.totals()) != expected) {
                QFAIL(qPrintable(QStringLiteral("seed %1 step %2: %3 != %4")
                                     .arg(seed)
                                     .arg(step)
                                     .arg(QString::fromLatin1(describe(counter.totals())), QString::fromLatin1(expected))));
            }
        }
    }
}

void TestDocumentStats::wholeDocumentReplacements()
{
    QTextDocument document;
    DocumentStats counter(&document);
    auto check = [&](const char *what) {
        QVERIFY2(describe(counter.totals()) == describe(computeTextStats(document.toPlainText())), what);
    };
    document.setPlainText(QStringLiteral("第一段\n\nsecond paragraph\n第三段"));
    check("setPlainText");
    QCOMPARE(counter.totals().paragraphs, 3);
    CanonicalHtml::toDocument(QStringLiteral("<h2>标题</h2>\n<ul>\n<li>一</li>\n<li>two<br>lines</li>\n</ul>\n"), document);
    check("CanonicalHtml::toDocument");
    QCOMPARE(counter.totals().paragraphs, 4);
    document.undo();
    check("undo of a whole load");
    document.clear();
    check("clear");
    QCOMPARE(counter.totals().characters, 0);
    document.setHtml(QStringLiteral("<p>a</p><table><tr><td>表格</td><td>cell</td></tr></table>"));
    check("setHtml with a table");
}

// The point of the counter: a keystroke in a long article does not rescan it.
void TestDocumentStats::keystrokeRecountsOneBlock()
{
    const QStringList lines = sampleLines();
    QString text;
    while (text.size() < 100000)
        text += lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    QTextDocument document;
    document.setPlainText(text);
    (void)document.documentLayout();
    const int keystrokes = 200;
    QTextCursor cursor(document.findBlockByNumber(document.blockCount() / 2));
    cursor.movePosition(QTextCursor::EndOfBlock);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < keystrokes; ++i)
        cursor.insertText(QStringLiteral("字"));
    const qint64 withoutCounterUs = timer.nsecsElapsed() / 1000;

    DocumentStats counter(&document);
    const qint64 before = counter.countedBlocks();
    QCOMPARE(before, document.blockCount());
    timer.restart();
    for (int i = 0; i < keystrokes; ++i)
        cursor.insertText(QStringLiteral("字"));
    const qint64 elapsedUs = timer.nsecsElapsed() / 1000;
    QCOMPARE(counter.countedBlocks() - before, keystrokes); // one block per keystroke
    cursor.insertBlock(); // Enter recounts the two blocks it touches
    QCOMPARE(counter.countedBlocks() - before, keystrokes + 2);
    QCOMPARE(describe(counter.totals()), describe(computeTextStats(document.toPlainText())));
    qInfo("a keystroke in a %d-character document: %.1f us with the counter, %.1f us without",
          int(text.size()), double(elapsedUs) / keystrokes, double(withoutCounterUs) / keystrokes);
}

void TestDocumentStats::changedSignal()
{
    QTextDocument document;
    document.setPlainText(QStringLiteral("hello"));
    DocumentStats counter(&document);
    QSignalSpy spy(&counter, &DocumentStats::changed);
    QTextCursor cursor(&document);
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral(" 世界"));
    QCOMPARE(spy.count(), 1);
    const auto totals = spy.takeFirst().at(0).value<TextStats>();
    QCOMPARE(totals.cjkCharacters, 2);
    QCOMPARE(totals.latinWords, 1);

    // making text bold changes no count: no signal
    cursor.select(QTextCursor::Document);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    cursor.mergeCharFormat(bold);
    QCOMPARE(spy.count(), 0);
}

void TestDocumentStats::documentDestroyed()
{
    auto *document = new QTextDocument;
    document->setPlainText(QStringLiteral("文字"));
    DocumentStats counter(document);
    delete document;
    QCOMPARE(counter.document(), nullptr);
    counter.rescan();
    QCOMPARE(counter.totals().characters, 0);
}

QTEST_MAIN(TestDocumentStats) // QTextDocument layouts need a QGuiApplication
#include "tst_documentstats.moc"
