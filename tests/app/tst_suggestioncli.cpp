// Suggestions from the command line (issue #13), as a reviewer and an editor use them on the
// wire sample: suggest (replace, delete, insert), suggestions --json, accept, reject, the history
// naming both people, show --json, a wire update that keeps an open suggestion where its text
// survived, exports that never show suggestions, replies to a suggestion (also on a team server,
// GALLEY_TEST_PG_URI, under each person's login), and failures that say why in one line.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "galleyprocess.h"
#include "teamlogins.h"

namespace {

QJsonObject json(const QByteArray &out)
{
    return QJsonDocument::fromJson(out).object();
}

/// body_text[start:end] counted in code points, as a JSON consumer slices it.
QString codePointSlice(const QString &text, qint64 start, qint64 end)
{
    const QList<uint> codePoints = text.toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + start, end - start);
}

const QString Original = QStringLiteral(GALLEY_TEST_DATA "/wire-nmg-cadres-2025-03-18.txt");
const QString Update = QStringLiteral(GALLEY_TEST_DATA "/review/wire-nmg-cadres-2025-03-18-update.txt");
const QString Reviewer = QStringLiteral("李华");
const QString Editor = QStringLiteral("陈思远");
const QString Sentence
    = QStringLiteral("严把表彰奖励、提拔选用关口,把平时躺平摆烂不干活或者做表面文章、看到机会就想法造势的干部排除在外,"
                     "让搞形式主义的人不仅得不到好处还感到疼,引导广大干部认识到动真格有前途、玩虚的没出路。");

/// Every file under \a folder by its relative path, with its bytes.
QMap<QString, QByteArray> filesUnder(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(QDir(folder).relativeFilePath(path), file.readAll());
    }
    return files;
}

} // namespace

class SuggestionCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("suggest-%1.galley").arg(m_counter++));
        const Run imported = runGalley({ QStringLiteral("import"), QStringLiteral("--db"), m_db, Original });
        QCOMPARE(imported.exitCode, 0);
        m_id = QString::number(jsonLines(imported.out).value(0).value(QStringLiteral("id")).toInteger());
        QVERIFY(m_id.toLongLong() > 0);
    }

    void reviewerSuggestsEditorDecides()
    {
        // The reviewer: an ASCII comma replaced by "，", a sentence deleted, a word inserted, and
        // two more left for later.
        const QJsonObject comma = suggest(
            { QStringLiteral("--quote"), QStringLiteral(","), QStringLiteral("--replace"), QStringLiteral("，") });
        QCOMPARE(comma.value(QStringLiteral("kind")).toString(), QStringLiteral("replace"));
        QCOMPARE(comma.value(QStringLiteral("text")).toString(), QStringLiteral(","));
        QCOMPARE(comma.value(QStringLiteral("proposed")).toString(), QStringLiteral("，"));
        const QJsonObject sentence = suggest({ QStringLiteral("--quote"), Sentence, QStringLiteral("--delete") });
        QCOMPARE(sentence.value(QStringLiteral("kind")).toString(), QStringLiteral("delete"));
        const QJsonObject word = suggest({ QStringLiteral("--quote"), QStringLiteral("广大基层干部"),
            QStringLiteral("--insert-after"), QStringLiteral("普遍") });
        QCOMPARE(word.value(QStringLiteral("kind")).toString(), QStringLiteral("insert"));
        const QJsonObject survives = suggest({ QStringLiteral("--quote"), QStringLiteral("频繁填表报数"),
            QStringLiteral("--replace"), QStringLiteral("频繁填表、报数") });
        const QJsonObject goes = suggest({ QStringLiteral("--quote"), QStringLiteral("有多少汤泡多少馍"),
            QStringLiteral("--replace"), QStringLiteral("量力而行") });

        // Listed in text order with anchors in code points on the text as it is.
        QString text = show().value(QStringLiteral("body_text")).toString();
        const QList<QJsonObject> listed = suggestions();
        QCOMPARE(listed.size(), 5);
        qint64 previousStart = -1;
        for (const QJsonObject &suggestion : listed) {
            QCOMPARE(suggestion.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
            QCOMPARE(suggestion.value(QStringLiteral("author")).toString(), Reviewer);
            const QJsonObject anchor = suggestion.value(QStringLiteral("anchor")).toObject();
            QCOMPARE(anchor.value(QStringLiteral("state")).toString(), QStringLiteral("anchored"));
            const qint64 start = anchor.value(QStringLiteral("start")).toInteger();
            QVERIFY(start > previousStart);
            previousStart = start;
            QCOMPARE(codePointSlice(text, start, anchor.value(QStringLiteral("end")).toInteger()),
                suggestion.value(QStringLiteral("text")).toString());
        }
        // The body holds no suggestion.
        QVERIFY(!text.contains(QStringLiteral("普遍")));
        QVERIFY(!text.contains(QStringLiteral("，")));

        // The editor accepts two and rejects one.
        const Run acceptComma = resolve(QStringLiteral("accept"), comma);
        QCOMPARE(acceptComma.exitCode, 0);
        const int commaRevision = json(acceptComma.out).value(QStringLiteral("revision")).toInt();
        QVERIFY(commaRevision > 0);
        QCOMPARE(resolve(QStringLiteral("accept"), word).exitCode, 0);
        QCOMPARE(resolve(QStringLiteral("reject"), sentence).exitCode, 0);

        text = show().value(QStringLiteral("body_text")).toString();
        QVERIFY2(text.contains(QStringLiteral("文章指出，内蒙古坚持")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("广大基层干部普遍对文山会海")));
        QVERIFY(text.contains(Sentence)); // rejected: still there
        QCOMPARE(stateOf(comma), QStringLiteral("accepted"));
        QCOMPARE(stateOf(word), QStringLiteral("accepted"));
        QCOMPARE(stateOf(sentence), QStringLiteral("rejected"));
        QCOMPARE(stateOf(survives), QStringLiteral("open"));
        QCOMPARE(suggestions(QStringLiteral("accepted")).size(), 2);

        // The history shows the accepted changes as revisions by both names.
        const Run history = runGalley({ QStringLiteral("history"), QStringLiteral("--db"), m_db, QStringLiteral("--id"),
            m_id, QStringLiteral("--json") });
        QCOMPARE(history.exitCode, 0);
        const QList<QJsonObject> revisions = jsonLines(history.out);
        QVERIFY(revisions.size() >= 3);
        for (const QJsonObject &revision : revisions.mid(revisions.size() - 2))
            QCOMPARE(revision.value(QStringLiteral("author")).toString(), QStringLiteral("陈思远 (suggested by 李华)"));
        QCOMPARE(revisions.at(revisions.size() - 2).value(QStringLiteral("number")).toInt(), commaRevision);

        // A newer wire copy: the open suggestion whose text survived stays on it; the other one's
        // passage is gone, so it is orphaned and keeps its text.
        const Run revised = runGalley({ QStringLiteral("revise"), QStringLiteral("--db"), m_db, QStringLiteral("--id"),
            m_id, QStringLiteral("--from"), Update, QStringLiteral("--author"), Editor });
        QCOMPARE(revised.exitCode, 0);
        const QJsonObject placed = json(revised.out).value(QStringLiteral("suggestions")).toObject();
        QCOMPARE(placed.value(QStringLiteral("anchored")).toInt(), 1);
        QCOMPARE(placed.value(QStringLiteral("orphaned")).toInt(), 1);
        const QJsonObject article = show();
        text = article.value(QStringLiteral("body_text")).toString();
        const QJsonArray shown = article.value(QStringLiteral("suggestions")).toArray();
        QCOMPARE(shown.size(), 5);
        QJsonObject kept;
        QJsonObject orphan;
        for (const QJsonValue &value : shown) {
            if (value.toObject().value(QStringLiteral("id")) == survives.value(QStringLiteral("id")))
                kept = value.toObject();
            if (value.toObject().value(QStringLiteral("id")) == goes.value(QStringLiteral("id")))
                orphan = value.toObject();
        }
        QCOMPARE(kept.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        const QJsonObject anchor = kept.value(QStringLiteral("anchor")).toObject();
        QCOMPARE(codePointSlice(text, anchor.value(QStringLiteral("start")).toInteger(),
                     anchor.value(QStringLiteral("end")).toInteger()),
            QStringLiteral("频繁填表报数"));
        QVERIFY(anchor.value(QStringLiteral("start")).toInteger()
            > survives.value(QStringLiteral("anchor")).toObject().value(QStringLiteral("start")).toInteger());
        QCOMPARE(orphan.value(QStringLiteral("state")).toString(), QStringLiteral("orphaned"));
        QCOMPARE(orphan.value(QStringLiteral("anchor")).toObject().value(QStringLiteral("state")).toString(),
            QStringLiteral("orphaned"));
        QCOMPARE(orphan.value(QStringLiteral("text")).toString(), QStringLiteral("有多少汤泡多少馍"));

        // Accepting the kept one applies it where its text is now.
        QCOMPARE(resolve(QStringLiteral("accept"), kept).exitCode, 0);
        QVERIFY(show().value(QStringLiteral("body_text")).toString().contains(QStringLiteral("频繁填表、报数")));
    }

    void exportsNeverShowSuggestions()
    {
        const QStringList formats { QStringLiteral("html"), QStringLiteral("ninjs"), QStringLiteral("text") };
        QMap<QString, QMap<QString, QByteArray>> before;
        for (const QString &format : formats)
            before.insert(format, exportAs(format, QStringLiteral("before")));
        suggest({ QStringLiteral("--quote"), QStringLiteral(","), QStringLiteral("--replace"), QStringLiteral("，") });
        suggest({ QStringLiteral("--quote"), Sentence, QStringLiteral("--delete") });
        suggest({ QStringLiteral("--quote"), QStringLiteral("广大基层干部"), QStringLiteral("--insert-after"),
            QStringLiteral("<b>普遍</b>") });
        QCOMPARE(suggestions().size(), 3);
        for (const QString &format : formats) {
            const QMap<QString, QByteArray> after = exportAs(format, QStringLiteral("after"));
            QVERIFY2(!after.isEmpty(), qPrintable(format));
            QCOMPARE(after.keys(), before.value(format).keys());
            for (auto it = after.cbegin(); it != after.cend(); ++it)
                QVERIFY2(it.value() == before.value(format).value(it.key()),
                    qPrintable(format + QLatin1Char(' ') + it.key()));
        }
    }

    void repliesDiscussASuggestion()
    {
        const QJsonObject comma = suggest(
            { QStringLiteral("--quote"), QStringLiteral(","), QStringLiteral("--replace"), QStringLiteral("，") });
        const QString id = QString::number(comma.value(QStringLiteral("id")).toInteger());
        const Run first = runGalley({ QStringLiteral("reply"), QStringLiteral("--db"), m_db,
            QStringLiteral("--suggestion"), id, QStringLiteral("--text"), QStringLiteral("为什么要改？"),
            QStringLiteral("--author"), Editor });
        QCOMPARE(first.exitCode, 0);
        const QJsonObject started = json(first.out);
        QCOMPARE(QString::number(started.value(QStringLiteral("suggestion")).toInteger()), id);
        const Run second = runGalley({ QStringLiteral("reply"), QStringLiteral("--db"), m_db,
            QStringLiteral("--suggestion"), id, QStringLiteral("--text"), QStringLiteral("中文里用全角逗号。"),
            QStringLiteral("--author"), Reviewer });
        QCOMPARE(second.exitCode, 0);
        // One thread: the second reply joins the one the first started.
        QCOMPARE(json(second.out).value(QStringLiteral("thread")), started.value(QStringLiteral("thread")));

        const QJsonObject listed = suggestions().value(0);
        QCOMPARE(listed.value(QStringLiteral("thread")), started.value(QStringLiteral("thread")));
        const QJsonArray replies = listed.value(QStringLiteral("replies")).toArray();
        QCOMPARE(replies.size(), 2);
        QCOMPARE(replies.at(0).toObject().value(QStringLiteral("author")).toString(), Editor);
        QCOMPARE(replies.at(0).toObject().value(QStringLiteral("body")).toString(), QStringLiteral("为什么要改？"));
        QCOMPARE(replies.at(1).toObject().value(QStringLiteral("author")).toString(), Reviewer);
        QCOMPARE(replies.at(1).toObject().value(QStringLiteral("body")).toString(), QStringLiteral("中文里用全角逗号。"));
        // show --json lists the discussion under the suggestion, not among the comments.
        const QJsonObject shown = show();
        QVERIFY(shown.value(QStringLiteral("annotations")).toArray().isEmpty());
        QCOMPARE(shown.value(QStringLiteral("suggestions")).toArray().at(0).toObject().value(QStringLiteral("replies"))
                     .toArray()
                     .size(),
            2);
        // The text is unchanged by talking about it.
        QVERIFY(show().value(QStringLiteral("body_text")).toString().contains(QLatin1Char(',')));
    }

    // On a team server each person replies under their own login (the server checks the thread
    // a suggestion's discussion hangs on): the editor's first reply to the reviewer's suggestion
    // starts its thread on the suggestion's article, the reviewer's reply joins it.
    void repliesDiscussASuggestionOnATeamServer()
    {
        galley::test::TeamLogins team;
        QVERIFY2(team.setUp(QStringLiteral("sc")), qPrintable(team.errorString()));
        const QString editor = team.location(QStringLiteral("editor"));
        const QString reviewer = team.location(QStringLiteral("reviewer"));
        const Run imported = runGalley({ QStringLiteral("import"), QStringLiteral("--db"), editor, Original });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const qint64 article = jsonLines(imported.out).value(0).value(QStringLiteral("id")).toInteger();
        const Run suggested = runGalley({ QStringLiteral("suggest"), QStringLiteral("--db"), reviewer,
            QStringLiteral("--id"), QString::number(article), QStringLiteral("--author"), Reviewer,
            QStringLiteral("--quote"), QStringLiteral(","), QStringLiteral("--replace"), QStringLiteral("，") });
        QVERIFY2(suggested.exitCode == 0, qPrintable(suggested.err));
        const QString id = QString::number(json(suggested.out).value(QStringLiteral("id")).toInteger());

        const auto reply = [&id](const QString &location, const QString &text, const QString &author) {
            return runGalley(
                { QStringLiteral("reply"), QStringLiteral("--db"), location, QStringLiteral("--suggestion"), id,
                    QStringLiteral("--text"), text, QStringLiteral("--author"), author });
        };
        const Run first = reply(editor, QStringLiteral("为什么要改？"), Editor);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QJsonObject started = json(first.out);
        QCOMPARE(started.value(QStringLiteral("article_id")).toInteger(), article);
        QCOMPARE(started.value(QStringLiteral("thread")), started.value(QStringLiteral("id")));
        const Run second = reply(reviewer, QStringLiteral("中文里用全角逗号。"), Reviewer);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(json(second.out).value(QStringLiteral("thread")), started.value(QStringLiteral("thread")));
        QCOMPARE(json(second.out).value(QStringLiteral("article_id")).toInteger(), article);

        const QList<QJsonObject> listed
            = jsonLines(runGalley({ QStringLiteral("suggestions"), QStringLiteral("--db"), reviewer,
                                      QStringLiteral("--id"), QString::number(article), QStringLiteral("--json") })
                            .out);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).value(QStringLiteral("thread")), started.value(QStringLiteral("thread")));
        QCOMPARE(listed.at(0).value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        const QJsonArray replies = listed.at(0).value(QStringLiteral("replies")).toArray();
        QCOMPARE(replies.size(), 2);
        QCOMPARE(replies.at(0).toObject().value(QStringLiteral("author")).toString(), Editor);
        QCOMPARE(replies.at(1).toObject().value(QStringLiteral("author")).toString(), Reviewer);
    }

    void failuresSayWhyInOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("named");
        const auto suggestArgs = [](const QStringList &more) {
            return QStringList { QStringLiteral("suggest"), QStringLiteral("--id"), QStringLiteral("1") } + more;
        };
        QTest::newRow("usage: no author")
            << suggestArgs({ QStringLiteral("--quote"), QStringLiteral(","), QStringLiteral("--delete") }) << 2
            << QStringLiteral("--author");
        QTest::newRow("usage: no change given")
            << suggestArgs({ QStringLiteral("--quote"), QStringLiteral(","), QStringLiteral("--author"), Reviewer })
            << 2 << QStringLiteral("--replace");
        QTest::newRow("usage: two changes given")
            << suggestArgs({ QStringLiteral("--quote"), QStringLiteral(","), QStringLiteral("--delete"),
                   QStringLiteral("--replace"), QStringLiteral("x"), QStringLiteral("--author"), Reviewer })
            << 2 << QStringLiteral("only one");
        QTest::newRow("usage: empty replacement") << suggestArgs({ QStringLiteral("--quote"), QStringLiteral(","),
            QStringLiteral("--replace"), QStringLiteral(" "), QStringLiteral("--author"), Reviewer })
                                                  << 2 << QStringLiteral("--replace");
        QTest::newRow("failure: quote not in the text") << suggestArgs({ QStringLiteral("--quote"),
            QStringLiteral("不存在的话"), QStringLiteral("--delete"), QStringLiteral("--author"), Reviewer })
                                                        << 1 << QStringLiteral("--quote");
        QTest::newRow("failure: no such occurrence")
            << suggestArgs({ QStringLiteral("--quote"), QStringLiteral("广大基层干部"), QStringLiteral("--occurrence"),
                   QStringLiteral("9"), QStringLiteral("--delete"), QStringLiteral("--author"), Reviewer })
            << 1 << QStringLiteral("--occurrence");
        QTest::newRow("failure: a paragraph proposed") << suggestArgs({ QStringLiteral("--quote"), QStringLiteral(","),
            QStringLiteral("--replace"), QStringLiteral("a\n\nb"), QStringLiteral("--author"), Reviewer })
                                                       << 1 << QStringLiteral("one line");
        QTest::newRow("failure: accept an unknown suggestion") << QStringList { QStringLiteral("accept"),
            QStringLiteral("--suggestion"), QStringLiteral("99"), QStringLiteral("--author"), Editor }
                                                               << 1 << QStringLiteral("99");
        QTest::newRow("usage: suggestion is not a number") << QStringList { QStringLiteral("reject"),
            QStringLiteral("--suggestion"), QStringLiteral("first"), QStringLiteral("--author"), Editor }
                                                           << 2 << QStringLiteral("--suggestion");
        QTest::newRow("usage: accept without a name")
            << QStringList { QStringLiteral("accept"), QStringLiteral("--suggestion"), QStringLiteral("1") } << 2
            << QStringLiteral("--author");
        QTest::newRow("failure: a reply to a suggestion that does not exist")
            << QStringList { QStringLiteral("reply"), QStringLiteral("--suggestion"), QStringLiteral("99"),
                   QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--author"), Editor }
            << 1 << QStringLiteral("99");
        QTest::newRow("usage: a reply to a thread and a suggestion at once")
            << QStringList { QStringLiteral("reply"), QStringLiteral("--suggestion"), QStringLiteral("1"),
                   QStringLiteral("--thread"), QStringLiteral("1"), QStringLiteral("--text"), QStringLiteral("x"),
                   QStringLiteral("--author"), Editor }
            << 2 << QStringLiteral("only one of --thread or --suggestion");
        QTest::newRow("usage: a reply to nothing") << QStringList { QStringLiteral("reply"), QStringLiteral("--text"),
            QStringLiteral("x"), QStringLiteral("--author"), Editor } << 2 << QStringLiteral("--suggestion");
        QTest::newRow("usage: unknown state") << QStringList { QStringLiteral("suggestions"), QStringLiteral("--id"),
            QStringLiteral("1"), QStringLiteral("--state"), QStringLiteral("pending") }
                                              << 2 << QStringLiteral("--state");
    }

    void failuresSayWhyInOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, named);
        arguments << QStringLiteral("--db") << m_db;
        const Run run = runGalley(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.startsWith(QStringLiteral("galley: ")), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(suggestions().isEmpty()); // nothing half-written
    }

    void decidedSuggestionsAreNotDecidedAgain()
    {
        const QJsonObject comma = suggest(
            { QStringLiteral("--quote"), QStringLiteral(","), QStringLiteral("--replace"), QStringLiteral("，") });
        QCOMPARE(resolve(QStringLiteral("reject"), comma).exitCode, 0);
        const QString before = show().value(QStringLiteral("body_text")).toString();
        const Run again = resolve(QStringLiteral("accept"), comma);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already rejected")), qPrintable(again.err));
        QCOMPARE(show().value(QStringLiteral("body_text")).toString(), before);
    }

private:
    QJsonObject suggest(const QStringList &options)
    {
        const Run run = runGalley(QStringList { QStringLiteral("suggest"), QStringLiteral("--db"), m_db,
                                      QStringLiteral("--id"), m_id, QStringLiteral("--author"), Reviewer }
            + options);
        if (run.exitCode != 0)
            qWarning().noquote() << run.err;
        return json(run.out);
    }

    QList<QJsonObject> suggestions(const QString &state = {})
    {
        QStringList arguments { QStringLiteral("suggestions"), QStringLiteral("--db"), m_db, QStringLiteral("--id"),
            m_id, QStringLiteral("--json") };
        if (!state.isEmpty())
            arguments << QStringLiteral("--state") << state;
        return jsonLines(runGalley(arguments).out);
    }

    QString stateOf(const QJsonObject &suggestion)
    {
        for (const QJsonObject &listed : suggestions()) {
            if (listed.value(QStringLiteral("id")) == suggestion.value(QStringLiteral("id")))
                return listed.value(QStringLiteral("state")).toString();
        }
        return {};
    }

    Run resolve(const QString &command, const QJsonObject &suggestion)
    {
        return runGalley({ command, QStringLiteral("--db"), m_db, QStringLiteral("--suggestion"),
            QString::number(suggestion.value(QStringLiteral("id")).toInteger()), QStringLiteral("--author"), Editor });
    }

    QJsonObject show()
    {
        return json(
            runGalley({ QStringLiteral("show"), QStringLiteral("--db"), m_db, m_id, QStringLiteral("--json") }).out);
    }

    QMap<QString, QByteArray> exportAs(const QString &format, const QString &tag)
    {
        const QString out = m_dir.filePath(QStringLiteral("export-%1-%2-%3").arg(m_counter).arg(format, tag));
        const Run run = runGalley({ QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--id"),
            m_id, QStringLiteral("--format"), format, QStringLiteral("--out"), out });
        if (run.exitCode != 0)
            qWarning().noquote() << run.err;
        return filesUnder(out);
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_id;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(SuggestionCliTest)
#include "tst_suggestioncli.moc"
