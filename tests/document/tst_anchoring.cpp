// Annotation anchors (W3C TextQuoteSelector + TextPositionSelector) surviving edits of the text.
#include "document/anchoring.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace galley;

Q_DECLARE_METATYPE(galley::AnchorMatch::Method)

namespace {

/// A text with one range marked as [[...]]: the text without the marks and the range.
struct Marked {
    QString text;
    qint64 start = -1;
    qint64 end = -1;
};

Marked unmark(const QString &marked)
{
    Marked result;
    result.text = marked;
    result.start = result.text.indexOf(QLatin1String("[["));
    if (result.start >= 0) {
        result.text.remove(result.start, 2);
        result.end = result.text.indexOf(QLatin1String("]]"));
        result.text.remove(result.end, 2);
    }
    return result;
}

QString paragraphs(const QStringList &list)
{
    return list.join(QLatin1Char('\n'));
}

/// Plausible English copy of about \a length characters, reproducible.
QString englishCopy(qsizetype length, quint32 seed)
{
    static const QStringList words { QStringLiteral("council"), QStringLiteral("budget"), QStringLiteral("the"),
        QStringLiteral("of"), QStringLiteral("library"), QStringLiteral("vote"), QStringLiteral("residents"),
        QStringLiteral("said"), QStringLiteral("on"), QStringLiteral("Tuesday"), QStringLiteral("mayor"),
        QStringLiteral("a"), QStringLiteral("plan"), QStringLiteral("to"), QStringLiteral("close"),
        QStringLiteral("and"), QStringLiteral("school"), QStringLiteral("funding"), QStringLiteral("in"),
        QStringLiteral("city") };
    QRandomGenerator random(seed);
    QString text;
    int sentence = 0;
    while (text.size() < length) {
        text += words.at(random.bounded(words.size()));
        text += ++sentence % 12 == 0 ? QStringLiteral(".\n") : QStringLiteral(" ");
    }
    return text.left(length);
}

} // namespace

class AnchoringTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createTakesContextAndClamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("suffix");

        const QString long64 = QString(40, QLatin1Char('a')) + QStringLiteral("QUOTE") + QString(40, QLatin1Char('b'));
        QTest::newRow("nominal: 32 characters of context each side")
            << long64 << qint64(40) << qint64(45) << QStringLiteral("QUOTE") << QString(32, QLatin1Char('a'))
            << QString(32, QLatin1Char('b'));
        QTest::newRow("nominal: short context at the edges of the text")
            << QStringLiteral("ab[cd]ef") << qint64(2) << qint64(6) << QStringLiteral("[cd]") << QStringLiteral("ab")
            << QStringLiteral("ef");
        QTest::newRow("robustness: reversed and out-of-range offsets are clamped")
            << QStringLiteral("abcdef") << qint64(99) << qint64(3) << QStringLiteral("def") << QStringLiteral("abc")
            << QString();
        // 𠀀 (U+20000) is a surrogate pair: an offset in its middle widens to the whole character.
        QTest::newRow("robustness: never splits a surrogate pair")
            << QStringLiteral("x\U00020000y\U00020001z") << qint64(2) << qint64(5)
            << QStringLiteral("\U00020000y\U00020001") << QStringLiteral("x") << QStringLiteral("z");
    }

    void createTakesContextAndClamps()
    {
        QFETCH(QString, text);
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        const TextAnchor anchor = Anchoring::create(text, start, end);
        QTEST(anchor.quote, "quote");
        QTEST(anchor.prefix, "prefix");
        QTEST(anchor.suffix, "suffix");
        QCOMPARE(text.mid(anchor.start, anchor.end - anchor.start), anchor.quote);
    }

    void followsEdits_data()
    {
        QTest::addColumn<QString>("original"); // the annotated range marked [[...]]
        QTest::addColumn<QString>("edited"); // where it should be now marked [[...]], or no marks: orphaned
        QTest::addColumn<AnchorMatch::Method>("method");

        using M = AnchorMatch::Method;
        const QString p1 = QStringLiteral("The city council voted on Tuesday to close the Elm Street library.");
        const QString p2
            = QStringLiteral("Residents said the branch was the only quiet place to study in the district.");
        const QString p3 = QStringLiteral("The mayor promised a review of the decision before the budget is final.");

        QTest::newRow("nominal: unchanged text keeps the position")
            << paragraphs({ p1,
                   QStringLiteral("Residents said [[the branch was the only quiet place]] to study in the district."),
                   p3 })
            << paragraphs({ p1,
                   QStringLiteral("Residents said [[the branch was the only quiet place]] to study in the district."),
                   p3 })
            << M::Position;
        QTest::newRow("nominal: insertion before the quote, in another paragraph")
            << paragraphs({ p1,
                   QStringLiteral("Residents said [[the branch was the only quiet place]] to study in the district."),
                   p3 })
            << paragraphs({ QStringLiteral("UPDATED 14:20 with the mayor's comment."), p1,
                   QStringLiteral("Residents said [[the branch was the only quiet place]] to study in the district."),
                   p3 })
            << M::Quote;
        QTest::newRow("nominal: insertion right before the quote")
            << paragraphs({ p1,
                   QStringLiteral("Residents said [[the branch was the only quiet place]] to study in the district."),
                   p3 })
            << paragraphs({ p1,
                   QStringLiteral("Residents, many of them students, said [[the branch was the only quiet place]] to "
                                  "study in the district."),
                   p3 })
            << M::Quote;
        QTest::newRow("nominal: deletion before the quote")
            << paragraphs({ p1,
                   QStringLiteral("Residents said [[the branch was the only quiet place]] to study in the district."),
                   p3 })
            << paragraphs(
                   { QStringLiteral("Residents said [[the branch was the only quiet place]] to study in the district."),
                       p3 })
            << M::Quote;
        QTest::newRow("nominal: insertion and deletion after the quote keep the position")
            << paragraphs({ p1,
                   QStringLiteral("Residents said [[the branch was the only quiet place]] to study in the district."),
                   p3 })
            << paragraphs(
                   { p1, QStringLiteral("Residents said [[the branch was the only quiet place]] to read and study."),
                       QStringLiteral("A new paragraph at the end.") })
            << M::Position;
        QTest::newRow("nominal: a word inserted inside the quote")
            << paragraphs({ p1,
                   QStringLiteral("Residents said [[the branch was the only quiet place]] to study in the district."),
                   p3 })
            << paragraphs({ p1,
                   QStringLiteral(
                       "Residents said [[the branch was the only truly quiet place]] to study in the district."),
                   p3 })
            << M::Fuzzy;
        QTest::newRow("nominal: a word deleted inside the quote")
            << paragraphs({ p1,
                   QStringLiteral("Residents said [[the branch was the only quiet place]] to study in the district."),
                   p3 })
            << paragraphs({ p1,
                   QStringLiteral("Residents said [[the branch was the quiet place]] to study in the district."), p3 })
            << M::Fuzzy;
        QTest::newRow("nominal: a typo fixed inside the quote, text before it rewritten")
            << paragraphs({ p1,
                   QStringLiteral("Residents said [[the branch was teh only quiet place]] to study in the district."),
                   p3 })
            << paragraphs({ QStringLiteral("On Tuesday the council voted to close the library."),
                   QStringLiteral("Residents said [[the branch was the only quiet place]] to study in the district."),
                   p3 })
            << M::Fuzzy;
        QTest::newRow("nominal: the whole paragraph moved")
            << paragraphs({ p1,
                   QStringLiteral("[[Residents said the branch was the only quiet place to study in the district.]]"),
                   p3 })
            << paragraphs({ p3, p1,
                   QStringLiteral("[[Residents said the branch was the only quiet place to study in the district.]]") })
            << M::Quote;
        QTest::newRow("nominal: a phrase inside a moved paragraph")
            << paragraphs({ p1,
                   QStringLiteral("Residents said the branch was [[the only quiet place]] to study in the district."),
                   p3 })
            << paragraphs({ p3,
                   QStringLiteral("Residents said the branch was [[the only quiet place]] to study in the district."),
                   p1 })
            << M::Quote;
        QTest::newRow("nominal: a repeated word: the one in the original context wins")
            << QStringLiteral(
                   "The budget was cut. The school budget was cut again. The [[budget]] was cut a third time.")
            << QStringLiteral(
                   "Intro. The budget was cut. The school budget was cut again. The [[budget]] was cut a third time.")
            << M::Quote;
        QTest::newRow("robustness: the same word now sits at the old offset, but its context moved on")
            << QStringLiteral("At a packed meeting at noon, Mayor: the budget is final. Council: the [[budget]] is not "
                              "final, said members on Tuesday.")
            << QStringLiteral(
                   "Council: the [[budget]] is not final, said members on Tuesday. Mayor: the budget is final.")
            << M::Quote;
        QTest::newRow("robustness: the quote was deleted: orphaned") << paragraphs(
            { p1, QStringLiteral("Residents said [[the branch was the only quiet place]] to study in the district."),
                p3 }) << paragraphs({ p1, QStringLiteral("Residents objected."), p3 })
                                                                     << M::None;
        QTest::newRow("robustness: the quote was rewritten beyond small edits: orphaned")
            << paragraphs({ p1,
                   QStringLiteral("Residents said [[the branch was the only quiet place]] to study in the district."),
                   p3 })
            << paragraphs(
                   { p1, QStringLiteral("Residents said it had been a calm refuge for students in the district."), p3 })
            << M::None;
        // A revise that rewrote the words around a quote found once: the comment stays with it.
        QTest::newRow("robustness: the quote found once, every word around it rewritten")
            << QStringLiteral("Officials said [[the river rose two metres]] overnight.")
            << QStringLiteral("By Tuesday morning [[the river rose two metres]], and residents of the valley left.")
            << M::Quote;
        QTest::newRow("robustness: a short Chinese quote found once, its sentence rewritten")
            << QStringLiteral("记者了解到，今年[[草场返青]]比往年早了十天。")
            << QStringLiteral("牧民说，[[草场返青]]的时间提前，羊群可以早些转场。") << M::Quote;
        QTest::newRow("robustness: a short quote deleted is not moved to the same word elsewhere")
            << QStringLiteral("The mayor spoke first. Then the [[budget]] debate began, and lasted until midnight.")
            << QStringLiteral(
                   "The mayor spoke first. Then the debate began, and lasted until midnight. The budget passed.")
            << M::None;
        QTest::newRow("robustness: the whole text replaced: orphaned")
            << QStringLiteral("Some [[original copy]] here.") << QStringLiteral("Completely different words now.")
            << M::None;

        // Chinese: no word boundaries, every character counts.
        const QString c1
            = QStringLiteral("记者从内蒙古自治区纪委监委获悉,2024年全区共有448名干部因不适宜担任现职被调整。");
        const QString c2 = QStringLiteral("这些干部中,有的担当作为不够,有的工作能力不足,有的作风不实。");
        const QString c3 = QStringLiteral("下一步,将持续推动干部能上能下常态化。");
        QTest::newRow("nominal: Chinese, insertion before the quote")
            << paragraphs({ c1, QStringLiteral("这些干部中,有的[[担当作为不够]],有的工作能力不足,有的作风不实。"), c3 })
            << paragraphs({ QStringLiteral("本报讯"), c1,
                   QStringLiteral("据悉,这些干部中,有的[[担当作为不够]],有的工作能力不足,有的作风不实。"), c3 })
            << M::Quote;
        QTest::newRow("nominal: Chinese, a character changed inside the quote")
            << paragraphs({ c1, QStringLiteral("这些干部中,有的[[担当作为不够,有的工作能力不足]],有的作风不实。"), c3 })
            << paragraphs({ c1, QStringLiteral("这些干部中,有的[[担当作为不足,有的工作能力不足]],有的作风不实。"), c3 })
            << M::Fuzzy;
        QTest::newRow("nominal: Chinese, paragraph moved")
            << paragraphs({ c1, c2, QStringLiteral("[[下一步,将持续推动干部能上能下常态化。]]") })
            << paragraphs({ QStringLiteral("[[下一步,将持续推动干部能上能下常态化。]]"), c1, c2 }) << M::Quote;
        QTest::newRow("robustness: Chinese, two-character quote whose sentence was rewritten: orphaned")
            << paragraphs({ c1, QStringLiteral("这些[[干部]]中,有的担当作为不够。"), c3 })
            << paragraphs({ c1, QStringLiteral("其中多数人工作能力不足。"), c3 }) << M::None;
        QTest::newRow("robustness: astral characters before the quote")
            << QStringLiteral("记者\U00020000报道:[[448名干部]]被调整。")
            << QStringLiteral("记者\U00020000\U00020001\U0001F600报道:[[448名干部]]被调整。") << M::Quote;
    }

    void followsEdits()
    {
        QFETCH(QString, original);
        QFETCH(QString, edited);
        QFETCH(AnchorMatch::Method, method);
        const Marked before = unmark(original);
        const Marked after = unmark(edited);
        const TextAnchor anchor = Anchoring::create(before.text, before.start, before.end);

        const AnchorMatch match = Anchoring::locate(anchor, after.text);
        QCOMPARE(match.method, method);
        if (after.start < 0) {
            QVERIFY(match.isOrphaned());
            const TextAnchor kept = Anchoring::reanchor(anchor, after.text);
            QCOMPARE(kept, anchor); // an orphan keeps its quote for the reader
            return;
        }
        QCOMPARE(
            after.text.mid(match.start, match.end - match.start), after.text.mid(after.start, after.end - after.start));
        QCOMPARE(match.start, after.start);
        QCOMPARE(match.end, after.end);

        // Stored again, the anchor describes the new text and is found at its position.
        const TextAnchor moved = Anchoring::reanchor(anchor, after.text);
        QCOMPARE(moved.quote, after.text.mid(after.start, after.end - after.start));
        QCOMPARE(Anchoring::locate(moved, after.text).method, AnchorMatch::Method::Position);
    }

    void quoteCutInsideACharacterIsNotFoundInsideIt()
    {
        // An anchor not made by create() (another program's row, an older import) may hold half
        // of a surrogate pair at an edge of its quote. Found by the fuzz target "anchoring":
        // locate() placed it exactly, splitting the character in the text.
        const QString text = QStringLiteral("记者报道: \U00020000\U00020001 text");
        const qsizetype at = text.indexOf(QChar(0xd840));
        TextAnchor anchor;
        anchor.quote = text.mid(at, 3); // 𠀀 and the high half of 𠀁
        anchor.start = at;
        anchor.end = at + 3;
        const AnchorMatch match = Anchoring::locate(anchor, text);
        if (match.isAnchored()) {
            for (const qint64 offset : { match.start, match.end })
                QVERIFY2(!(offset > 0 && offset < text.size() && text.at(offset).isLowSurrogate()),
                         qPrintable(QStringLiteral("anchored at %1-%2, inside a character").arg(match.start).arg(match.end)));
        }
        const TextAnchor stored = Anchoring::reanchor(anchor, text);
        QVERIFY(stored == anchor || !stored.quote.back().isHighSurrogate());
    }

    void smallEditsInsideLongQuotesAreFollowed()
    {
        // Property: up to one edit per ten characters inside a quote never loses it.
        QRandomGenerator random(20250318);
        for (int round = 0; round < 200; ++round) {
            const QString text = englishCopy(3000, random.generate());
            const qint64 length = 20 + random.bounded(200);
            const qint64 start = random.bounded(static_cast<int>(text.size() - length));
            const TextAnchor anchor = Anchoring::create(text, start, start + length);
            QString quote = anchor.quote;
            const int edits = static_cast<int>(length / 10);
            for (int e = 0; e < edits; ++e) {
                const int at = 1 + random.bounded(static_cast<int>(quote.size()) - 2);
                switch (random.bounded(3)) {
                case 0:
                    quote.insert(at, QLatin1Char('X'));
                    break;
                case 1:
                    quote.remove(at, 1);
                    break;
                default:
                    quote[at] = QLatin1Char('Y');
                    break;
                }
            }
            const QString edited = text.left(start) + quote + text.mid(start + length);
            const AnchorMatch match = Anchoring::locate(anchor, edited);
            QVERIFY2(
                match.isAnchored(), qPrintable(QStringLiteral("round %1 lost \"%2\"").arg(round).arg(anchor.quote)));
            // Edits crowded at an edge may move it (by no more than they are), never further.
            QVERIFY2(
                std::abs(match.start - start) <= edits + 1 && std::abs(match.end - (start + quote.size())) <= edits + 1,
                qPrintable(QStringLiteral("round %1: %2-%3, expected about %4-%5: \"%6\" -> \"%7\", found \"%8\"")
                               .arg(round)
                               .arg(match.start)
                               .arg(match.end)
                               .arg(start)
                               .arg(start + quote.size())
                               .arg(anchor.quote, quote, edited.mid(match.start, match.end - match.start))));
        }
    }

    void longArticleIsFast()
    {
        // Not a timed assertion: prints how long the slowest path (approximate search over a
        // 100,000-character article) takes, and checks its answer.
        const QString text = englishCopy(100000, 7);
        const qint64 start = 61234;
        const TextAnchor anchor = Anchoring::create(text, start, start + 400);
        QString edited = text;
        edited.insert(start + 200, QStringLiteral("INSERTED "));
        edited.remove(start + 10, 5);
        edited.insert(0, QStringLiteral("A new opening paragraph.\n"));
        QElapsedTimer timer;
        timer.start();
        const AnchorMatch match = Anchoring::locate(anchor, edited);
        qInfo("approximate anchoring on 100,000 characters, 400-character quote: %lld ms", timer.elapsed());
        QCOMPARE(match.method, AnchorMatch::Method::Fuzzy);
        QCOMPARE(match.start, start + 25);
        QCOMPARE(match.end, start + 25 + 400 + 9 - 5);
    }

    void codePointOffsets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("utf16");
        QTest::addColumn<qint64>("codePoints");
        QTest::newRow("nominal: BMP text counts the same") << QStringLiteral("干部abc") << qint64(4) << qint64(4);
        QTest::newRow("nominal: an astral character counts once")
            << QStringLiteral("a\U0001F600b\U00020000c") << qint64(6) << qint64(4);
        QTest::newRow("robustness: offset past the end is clamped")
            << QStringLiteral("a\U0001F600") << qint64(9) << qint64(2);
    }

    void codePointOffsets()
    {
        QFETCH(QString, text);
        QFETCH(qint64, utf16);
        QFETCH(qint64, codePoints);
        QCOMPARE(Anchoring::toCodePointOffset(text, utf16), codePoints);
        QCOMPARE(Anchoring::fromCodePointOffset(text, codePoints), std::min<qint64>(utf16, text.size()));
    }

    void occurrences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<int>("n");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<int>("count");
        QTest::newRow("nominal: first") << QStringLiteral("干部,干部,干部") << QStringLiteral("干部") << 1 << qint64(0)
                                        << 3;
        QTest::newRow("nominal: third") << QStringLiteral("干部,干部,干部") << QStringLiteral("干部") << 3 << qint64(6)
                                        << 3;
        QTest::newRow("nominal: occurrences do not overlap")
            << QStringLiteral("aaaa") << QStringLiteral("aa") << 2 << qint64(2) << 2;
        QTest::newRow("robustness: beyond the last")
            << QStringLiteral("干部") << QStringLiteral("干部") << 2 << qint64(-1) << 1;
        QTest::newRow("robustness: not there")
            << QStringLiteral("干部") << QStringLiteral("记者") << 1 << qint64(-1) << 0;
    }

    void occurrences()
    {
        QFETCH(QString, text);
        QFETCH(QString, needle);
        QFETCH(int, n);
        QFETCH(qint64, start);
        QCOMPARE(Anchoring::findOccurrence(text, needle, n).first, start);
        QTEST(Anchoring::countOccurrences(text, needle), "count");
    }
};

QTEST_GUILESS_MAIN(AnchoringTest)
#include "tst_anchoring.moc"
