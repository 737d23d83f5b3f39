// Hunspell on the Latin words of a text: English misspellings found with their suggestions
// (remembered per word until the newsroom's words change);
// Chinese, numbers, addresses and codes never reported; a missing dictionary said by name.

#include "lint/spellchecker.h"

#include <QTemporaryDir>
#include <QTest>

using namespace galley;

class TestSpellChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dictionaryFor_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("dictionary");
        QTest::newRow("nominal: en") << QStringLiteral("en") << QStringLiteral("en_US");
        QTest::newRow("nominal: en-GB") << QStringLiteral("en-GB") << QStringLiteral("en_GB");
        QTest::newRow("nominal: en_US") << QStringLiteral("en_US") << QStringLiteral("en_US");
        QTest::newRow("chinese: zh-Hans") << QStringLiteral("zh-Hans") << QString();
        QTest::newRow("robustness: empty") << QString() << QString();
    }
    void dictionaryFor()
    {
        QFETCH(QString, language);
        QFETCH(QString, dictionary);
        QCOMPARE(SpellChecker::dictionaryFor(language), dictionary);
    }

    void check_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("misspelt");
        const auto words = [](std::initializer_list<const char *> list) {
            QStringList out;
            for (const char *word : list)
                out.append(QString::fromUtf8(word));
            return out;
        };
        QTest::newRow("nominal: one misspelling") << QStringLiteral("We did not recieve the letter.") << words({ "recieve" });
        QTest::newRow("nominal: two, with an apostrophe word") << QStringLiteral("It doesn't seperate the definately wrong ones.")
                                                              << words({ "seperate", "definately" });
        QTest::newRow("nominal: correct English") << QStringLiteral("Herders in Inner Mongolia received the rules.")
                                                  << QStringList();
        QTest::newRow("chinese: never checked") << QStringLiteral("内蒙古自治区党委书记在《学习与研究》上刊发文章。")
                                                << QStringList();
        QTest::newRow("mixed: Latin word in Chinese") << QStringLiteral("牧民recieve了新规定，APP上也能查到。")
                                                      << words({ "recieve" });
        QTest::newRow("robustness: address, e-mail, code, number") << QStringLiteral(
            "See www.exmaple.com/pagez or write to editr@newsrom.org, code H2Oo, 3,000 tonnes.")
                                                                   << QStringList();
        QTest::newRow("robustness: empty") << QString() << QStringList();
    }
    void check()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, misspelt);
        const SpellChecker speller(QStringLiteral("en"));
        QVERIFY2(speller.isValid(), qPrintable(speller.errorString()));
        QStringList found;
        for (const SpellChecker::Misspelling &word : speller.check(text)) {
            QCOMPARE(text.mid(word.start, word.end - word.start), word.word);
            found.append(word.word);
        }
        QCOMPARE(found, misspelt);
    }

    void suggestions()
    {
        const SpellChecker speller(QStringLiteral("en-US"));
        QVERIFY2(speller.isValid(), qPrintable(speller.errorString()));
        QCOMPARE(speller.dictionaryName(), QStringLiteral("en_US"));
        QVERIFY(speller.suggestions(u"recieve").contains(QStringLiteral("receive")));
        QVERIFY(speller.isCorrect(u"receive"));
        QVERIFY(!speller.isCorrect(u"recieve"));
    }

    // British copy: its spellings are right in en_GB and flagged in en_US, and the other way.
    void britishAndAmericanSpelling()
    {
        const SpellChecker british(QStringLiteral("en-GB"));
        QVERIFY2(british.isValid(), qPrintable(british.errorString())); // hunspell-en-gb
        QCOMPARE(british.dictionaryName(), QStringLiteral("en_GB"));
        const SpellChecker american(QStringLiteral("en-US"));
        const QString text = QStringLiteral("The colour of the grassland is a favourite topic; herders organise the harvest.");
        QVERIFY(british.check(text).isEmpty());
        QCOMPARE(american.check(text).size(), 3);
        QCOMPARE(british.check(u"The color of the harbor.").size(), 2);
    }

    // The newsroom's words: accepted as written and in their capitalised and upper-case forms.
    void addedWords()
    {
        SpellChecker speller(QStringLiteral("en"));
        QVERIFY2(speller.isValid(), qPrintable(speller.errorString()));
        const QString text = QStringLiteral("Xilinhot herders use the gerlink app. XILINHOT Gerlink");
        QCOMPARE(speller.check(text).size(), 4);
        speller.addWords({ QStringLiteral("Xilinhot"), QStringLiteral("gerlink"), QStringLiteral("  ") });
        QCOMPARE(speller.check(text), QList<SpellChecker::Misspelling>());
        QVERIFY(!speller.isCorrect(u"xilinhot")); // a name stays capitalised
    }

    // Suggestions are remembered per word (a report asks for the same names again and again),
    // and asked again once the newsroom's words change what Hunspell would suggest.
    void suggestionsFollowAddedWords()
    {
        SpellChecker speller(QStringLiteral("en"));
        QVERIFY2(speller.isValid(), qPrintable(speller.errorString()));
        const QStringList before = speller.suggestions(u"Xilinhoot");
        QVERIFY(!before.contains(QStringLiteral("Xilinhot")));
        QCOMPARE(speller.suggestions(u"Xilinhoot"), before);
        speller.addWords({ QStringLiteral("Xilinhot") });
        QVERIFY2(speller.suggestions(u"Xilinhoot").contains(QStringLiteral("Xilinhot")),
            qPrintable(speller.suggestions(u"Xilinhoot").join(u' ')));
    }

    void missingDictionary()
    {
        QTemporaryDir empty;
        const SpellChecker speller(QStringLiteral("en-GB"), { empty.path() });
        QVERIFY(!speller.isValid());
        QVERIFY(speller.errorString().contains(QStringLiteral("en_GB")));
        QVERIFY(speller.errorString().contains(empty.path()));
        QVERIFY(speller.check(u"recieve").isEmpty()); // nothing, rather than every word
    }
};

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
