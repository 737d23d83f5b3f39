// The review workflow from the command line, as two people (an editor and a reviewer) or a
// machine reviewer use it: annotate, reply, resolve, revise, transition, history, diff, show.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run galley(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GALLEY_BINARY), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        QString::fromUtf8(process.readAllStandardError()) };
}

QJsonObject json(const QByteArray &out)
{
    return QJsonDocument::fromJson(out).object();
}

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            objects.append(QJsonDocument::fromJson(line).object());
    }
    return objects;
}

/// body_text[start:end] counted in code points, as a JSON consumer (Python, JavaScript's
/// Array.from) slices it.
QString codePointSlice(const QString &text, qint64 start, qint64 end)
{
    const QList<uint> codePoints = text.toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + start, end - start);
}

const QString Original = QStringLiteral(GALLEY_TEST_DATA "/wire-nmg-cadres-2025-03-18.txt");
const QString Update = QStringLiteral(GALLEY_TEST_DATA "/review/wire-nmg-cadres-2025-03-18-update.txt");

} // namespace

class ReviewCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // Every test starts from the imported wire story in a newsroom of its own, except the rows
        // of failuresSayWhyInOneLine, which change nothing and share one.
        QVERIFY(m_dir.isValid());
        if (!m_id.isEmpty() && QTest::currentDataTag()
            && QByteArray(QTest::currentTestFunction()) == "failuresSayWhyInOneLine" && m_sharedFailures)
            return;
        m_sharedFailures = QByteArray(QTest::currentTestFunction()) == "failuresSayWhyInOneLine";
        m_db = m_dir.filePath(QStringLiteral("review-%1.galley").arg(m_counter++));
        const Run imported = galley({ QStringLiteral("import"), QStringLiteral("--db"), m_db, Original });
        QCOMPARE(imported.exitCode, 0);
        m_id = QString::number(jsonLines(imported.out).value(0).value(QStringLiteral("id")).toInteger());
        QVERIFY(m_id.toLongLong() > 0);
    }

    void theDeskRoundTrip()
    {
        // The editor sends the copy to review.
        QCOMPARE(
            transition(QStringLiteral("in_review"), QStringLiteral("editor"), QStringLiteral("Ed Editor")).exitCode, 0);

        // The reviewer comments on three passages and sends it back.
        const QStringList passages { QStringLiteral("对448名不适宜担任现职干部进行了调整"),
            QStringLiteral("一年收到3000多份文件"), QStringLiteral("有多少汤泡多少馍") };
        QList<qint64> threads;
        int annotatedRevision = 0;
        for (const QString &passage : passages) {
            const Run run = galley({ QStringLiteral("annotate"), QStringLiteral("--db"), m_db, QStringLiteral("--id"),
                m_id, QStringLiteral("--quote"), passage, QStringLiteral("--text"), QStringLiteral("请核实"),
                QStringLiteral("--author"), QStringLiteral("Rita Reviewer") });
            QCOMPARE(run.exitCode, 0);
            const QJsonObject created = json(run.out);
            threads.append(created.value(QStringLiteral("id")).toInteger());
            annotatedRevision = created.value(QStringLiteral("revision")).toInt();
            QCOMPARE(created.value(QStringLiteral("anchor")).toObject().value(QStringLiteral("state")).toString(),
                QStringLiteral("anchored"));
        }
        QVERIFY(annotatedRevision > 0);
        QCOMPARE(transition(QStringLiteral("changes_requested"), QStringLiteral("reviewer"),
                     QStringLiteral("Rita Reviewer"), QStringLiteral("three questions"))
                     .exitCode,
            0);

        // The editor rewrites around the passages with a newer copy of the wire story, replies, resubmits.
        const Run revised = galley({ QStringLiteral("revise"), QStringLiteral("--db"), m_db, QStringLiteral("--id"),
            m_id, QStringLiteral("--from"), Update, QStringLiteral("--author"), QStringLiteral("Ed Editor"),
            QStringLiteral("--note"), QStringLiteral("wire update 10:40") });
        QCOMPARE(revised.exitCode, 0);
        const QJsonObject revision = json(revised.out);
        const int updatedRevision = revision.value(QStringLiteral("revision")).toInt();
        QVERIFY(updatedRevision > annotatedRevision);
        QCOMPARE(revision.value(QStringLiteral("annotations")).toObject().value(QStringLiteral("anchored")).toInt(), 2);
        QCOMPARE(revision.value(QStringLiteral("annotations")).toObject().value(QStringLiteral("orphaned")).toInt(), 1);
        for (qint64 thread : threads) {
            const Run reply = galley({ QStringLiteral("reply"), QStringLiteral("--db"), m_db,
                QStringLiteral("--thread"), QString::number(thread), QStringLiteral("--text"),
                QStringLiteral("已按通稿更新"), QStringLiteral("--author"), QStringLiteral("Ed Editor") });
            QCOMPARE(reply.exitCode, 0);
            QCOMPARE(json(reply.out).value(QStringLiteral("thread")).toInteger(), thread);
        }
        QCOMPARE(
            transition(QStringLiteral("in_review"), QStringLiteral("editor"), QStringLiteral("Ed Editor")).exitCode, 0);

        // The reviewer finds every comment on its passage, or honestly orphaned with its quote.
        const QJsonObject shown = show();
        const QString body = shown.value(QStringLiteral("body_text")).toString();
        const QJsonArray annotations = shown.value(QStringLiteral("annotations")).toArray();
        QCOMPARE(annotations.size(), 3);
        const QStringList expectedNow { passages.at(0), QStringLiteral("一年收到3000余份文件"), QString() };
        for (qsizetype i = 0; i < threads.size(); ++i) {
            const QJsonObject annotation = byId(annotations, threads.at(i));
            QCOMPARE(annotation.value(QStringLiteral("author")).toString(), QStringLiteral("Rita Reviewer"));
            QCOMPARE(annotation.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
            QCOMPARE(annotation.value(QStringLiteral("replies")).toArray().size(), 1);
            const QJsonObject anchor = annotation.value(QStringLiteral("anchor")).toObject();
            if (expectedNow.at(i).isEmpty()) {
                QCOMPARE(anchor, (QJsonObject { { QStringLiteral("state"), QStringLiteral("orphaned") } }));
                QCOMPARE(annotation.value(QStringLiteral("quote")).toString(), passages.at(i));
                QVERIFY(!body.contains(passages.at(i)));
                continue;
            }
            QCOMPARE(anchor.value(QStringLiteral("state")).toString(), QStringLiteral("anchored"));
            const QString there = codePointSlice(body, anchor.value(QStringLiteral("start")).toInteger(),
                anchor.value(QStringLiteral("end")).toInteger());
            QCOMPARE(there, expectedNow.at(i));
            QCOMPARE(annotation.value(QStringLiteral("quote")).toString(), there);
        }
        // The orphan is listed last.
        QCOMPARE(annotations.last().toObject().value(QStringLiteral("id")).toInteger(), threads.at(2));

        // The reviewer compares the two versions: character by character.
        const Run diff = galley({ QStringLiteral("diff"), QStringLiteral("--db"), m_db, QStringLiteral("--id"), m_id,
            QStringLiteral("--from"), QString::number(annotatedRevision), QStringLiteral("--to"),
            QString::number(updatedRevision) });
        QCOMPARE(diff.exitCode, 0);
        const QString text = QString::fromUtf8(diff.out);
        QVERIFY2(text.contains(QStringLiteral("一年收到3000[-多-]{+余+}份文件")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("在反向约束上,{+内蒙古+}细化")));
        QVERIFY(text.contains(QStringLiteral("[-“有多少汤泡多少馍”,-]")));
        QVERIFY(text.contains(QStringLiteral("{+【更新】本文已根据作者补充材料修订。\n+}")));

        // ... resolves the threads, approves; the editor publishes.
        for (qint64 thread : threads)
            QCOMPARE(galley({ QStringLiteral("resolve"), QStringLiteral("--db"), m_db, QStringLiteral("--thread"),
                                QString::number(thread) })
                         .exitCode,
                0);
        QCOMPARE(transition(QStringLiteral("approved"), QStringLiteral("reviewer"), QStringLiteral("Rita Reviewer"))
                     .exitCode,
            0);
        QCOMPARE(
            transition(QStringLiteral("published"), QStringLiteral("editor"), QStringLiteral("Ed Editor")).exitCode, 0);

        // No comment lost along the way; the history tells the story.
        const QJsonObject finalShow = show();
        QCOMPARE(finalShow.value(QStringLiteral("status")).toString(), QStringLiteral("published"));
        QCOMPARE(finalShow.value(QStringLiteral("annotations")).toArray().size(), 3);
        for (const QJsonValue &annotation : finalShow.value(QStringLiteral("annotations")).toArray())
            QCOMPARE(annotation.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("resolved"));

        const Run history = galley({ QStringLiteral("history"), QStringLiteral("--db"), m_db, QStringLiteral("--id"),
            m_id, QStringLiteral("--json") });
        QCOMPARE(history.exitCode, 0);
        const QList<QJsonObject> revisions = jsonLines(history.out);
        QVERIFY(revisions.size() >= 5);
        bool foundUpdate = false;
        for (const QJsonObject &entry : revisions) {
            QVERIFY(entry.value(QStringLiteral("named")).toBool());
            if (entry.value(QStringLiteral("number")).toInt() == updatedRevision) {
                foundUpdate = true;
                QCOMPARE(entry.value(QStringLiteral("note")).toString(), QStringLiteral("wire update 10:40"));
                QCOMPARE(entry.value(QStringLiteral("author")).toString(), QStringLiteral("Ed Editor"));
            }
        }
        QVERIFY(foundUpdate);
        const Run events = galley({ QStringLiteral("history"), QStringLiteral("--db"), m_db, QStringLiteral("--id"),
            m_id, QStringLiteral("--events") });
        const QList<QJsonObject> timeline = jsonLines(events.out);
        QCOMPARE(timeline.size(), 5);
        QCOMPARE(timeline.at(1).value(QStringLiteral("who")).toString(), QStringLiteral("Rita Reviewer"));
        QCOMPARE(timeline.at(1).value(QStringLiteral("note")).toString(), QStringLiteral("three questions"));
        QCOMPARE(timeline.last().value(QStringLiteral("to")).toString(), QStringLiteral("published"));
    }

    void failuresSayWhyInOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments"); // after "--db DB"; %ID is the article id
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("robustness: a quote that is not in the text") << QStringList { QStringLiteral("annotate"),
            QStringLiteral("--id"), QStringLiteral("%ID"), QStringLiteral("--quote"), QStringLiteral("不存在的句子"),
            QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--author"), QStringLiteral("R") }
                                                                     << 1 << QStringLiteral("is not in the text");
        QTest::newRow("robustness: an occurrence beyond the last") << QStringList { QStringLiteral("annotate"),
            QStringLiteral("--id"), QStringLiteral("%ID"), QStringLiteral("--quote"), QStringLiteral("448名"),
            QStringLiteral("--occurrence"), QStringLiteral("3"), QStringLiteral("--text"), QStringLiteral("x"),
            QStringLiteral("--author"), QStringLiteral("R") } << 1 << QStringLiteral("does not exist: article");
        QTest::newRow("robustness: annotate without an author") << QStringList { QStringLiteral("annotate"),
            QStringLiteral("--id"), QStringLiteral("%ID"), QStringLiteral("--quote"), QStringLiteral("448名"),
            QStringLiteral("--text"), QStringLiteral("x") } << 2 << QStringLiteral("--author is required");
        QTest::newRow("robustness: a reply to a thread that does not exist") << QStringList { QStringLiteral("reply"),
            QStringLiteral("--thread"), QStringLiteral("999"), QStringLiteral("--text"), QStringLiteral("x"),
            QStringLiteral("--author"), QStringLiteral("E") } << 1 << QStringLiteral("no comment with id 999");
        QTest::newRow("robustness: revise from a file that does not exist") << QStringList { QStringLiteral("revise"),
            QStringLiteral("--id"), QStringLiteral("%ID"), QStringLiteral("--from"),
            QStringLiteral("/nonexistent/update.txt") } << 1 << QStringLiteral("update.txt");
        QTest::newRow("robustness: a reviewer cannot publish") << QStringList { QStringLiteral("transition"),
            QStringLiteral("--id"), QStringLiteral("%ID"), QStringLiteral("--to"), QStringLiteral("published"),
            QStringLiteral("--role"), QStringLiteral("reviewer"), QStringLiteral("--author"),
            QStringLiteral("R") } << 1 << QStringLiteral("cannot go from Draft to Published");
        QTest::newRow("robustness: an unknown role") << QStringList { QStringLiteral("transition"),
            QStringLiteral("--id"), QStringLiteral("%ID"), QStringLiteral("--to"), QStringLiteral("in_review"),
            QStringLiteral("--role"), QStringLiteral("boss"), QStringLiteral("--author"), QStringLiteral("R") }
                                                     << 2 << QStringLiteral("--role must be editor, reviewer or chief");
        QTest::newRow("robustness: a diff with a revision that does not exist") << QStringList { QStringLiteral("diff"),
            QStringLiteral("--id"), QStringLiteral("%ID"), QStringLiteral("--from"),
            QStringLiteral("7") } << 1 << QStringLiteral("has no revision 7");
        QTest::newRow("robustness: an article that does not exist") << QStringList { QStringLiteral("history"),
            QStringLiteral("--id"), QStringLiteral("4242") } << 1 << QStringLiteral("no article with id 4242");
        QTest::newRow("robustness: a non-numeric id")
            << QStringList { QStringLiteral("history"), QStringLiteral("--id"), QStringLiteral("abc") } << 2
            << QStringLiteral("--id needs a positive number");
    }

    void failuresSayWhyInOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        arguments.replaceInStrings(QStringLiteral("%ID"), m_id);
        arguments.insert(1, QStringLiteral("--db"));
        arguments.insert(2, m_db);
        const Run run = galley(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.out.isEmpty());
        const QString err = run.err.trimmed();
        QVERIFY2(err.startsWith(QStringLiteral("galley: ")) && !err.contains(QLatin1Char('\n')), qPrintable(err));
        QVERIFY2(err.contains(message), qPrintable(err));
        // A refused command leaves no comment behind.
        if (arguments.first() == QLatin1String("annotate") || arguments.first() == QLatin1String("reply"))
            QVERIFY(show().value(QStringLiteral("annotations")).toArray().isEmpty());
    }

    void offsetsCountCodePoints()
    {
        const Run imported = galley({ QStringLiteral("import"), QStringLiteral("--db"), m_db,
            QStringLiteral(GALLEY_TEST_DATA "/review/astral.txt") });
        QCOMPARE(imported.exitCode, 0);
        const QString id = QString::number(jsonLines(imported.out).value(0).value(QStringLiteral("id")).toInteger());
        const Run run = galley({ QStringLiteral("annotate"), QStringLiteral("--db"), m_db, QStringLiteral("--id"), id,
            QStringLiteral("--quote"), QStringLiteral("448名干部"), QStringLiteral("--text"), QStringLiteral("核实"),
            QStringLiteral("--author"), QStringLiteral("bot") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject shown
            = json(galley({ QStringLiteral("show"), QStringLiteral("--db"), m_db, QStringLiteral("--json"), id }).out);
        QCOMPARE(shown.value(QStringLiteral("body_text")).toString(),
            QStringLiteral("记者\U00020000\U0001F600报道:448名干部被调整。"));
        const QJsonObject anchor = shown.value(QStringLiteral("annotations"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("anchor"))
                                       .toObject();
        // 记 者 𠀀 😀 报 道 : are seven code points (nine UTF-16 units).
        QCOMPARE(anchor.value(QStringLiteral("start")).toInteger(), 7);
        QCOMPARE(anchor.value(QStringLiteral("end")).toInteger(), 13);
    }

    void diffFormats()
    {
        QCOMPARE(transition(QStringLiteral("in_review"), QStringLiteral("editor"), QStringLiteral("Ed")).exitCode, 0);
        QCOMPARE(galley({ QStringLiteral("revise"), QStringLiteral("--db"), m_db, QStringLiteral("--id"), m_id,
                            QStringLiteral("--from"), Update })
                     .exitCode,
            0);
        const QList<QJsonObject> revisions = jsonLines(
            galley({ QStringLiteral("history"), QStringLiteral("--db"), m_db, QStringLiteral("--id"), m_id }).out);
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions.last().value(QStringLiteral("note")).toString(),
            QStringLiteral("Updated from wire-nmg-cadres-2025-03-18-update.txt"));

        const Run runs = galley({ QStringLiteral("diff"), QStringLiteral("--db"), m_db, QStringLiteral("--id"), m_id,
            QStringLiteral("--from"), QStringLiteral("1"), QStringLiteral("--json") });
        QCOMPARE(runs.exitCode, 0);
        const QJsonObject result = json(runs.out);
        QCOMPARE(result.value(QStringLiteral("to")).toString(), QStringLiteral("current"));
        QCOMPARE(result.value(QStringLiteral("deleted")).toInt(), 1 + 11); // 多, “有多少汤泡多少馍”,
        QCOMPARE(result.value(QStringLiteral("inserted")).toInt(),
            1 + 3 + 19); // 余, 内蒙古, the new paragraph and its line break
        QVERIFY(result.value(QStringLiteral("runs"))
                    .toArray()
                    .contains(QJsonObject { { QStringLiteral("op"), QStringLiteral("insert") },
                        { QStringLiteral("text"), QStringLiteral("余") } }));

        const Run source = galley({ QStringLiteral("diff"), QStringLiteral("--db"), m_db, QStringLiteral("--id"), m_id,
            QStringLiteral("--from"), QStringLiteral("1"), QStringLiteral("--to"), QStringLiteral("2"),
            QStringLiteral("--source") });
        QCOMPARE(source.exitCode, 0);
        const QStringList lines = QString::fromUtf8(source.out).split(QLatin1Char('\n'));
        QVERIFY(lines.contains(QStringLiteral("+<p>【更新】本文已根据作者补充材料修订。</p>")));
        QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^-"))).size(), 3);
        QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^\\+"))).size(), 4);
    }

private:
    Run transition(const QString &to, const QString &role, const QString &who, const QString &note = {})
    {
        QStringList arguments { QStringLiteral("transition"), QStringLiteral("--db"), m_db, QStringLiteral("--id"),
            m_id, QStringLiteral("--to"), to, QStringLiteral("--role"), role, QStringLiteral("--author"), who };
        if (!note.isEmpty())
            arguments << QStringLiteral("--note") << note;
        const Run run = galley(arguments);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return run;
    }

    QJsonObject show()
    {
        return json(
            galley({ QStringLiteral("show"), QStringLiteral("--db"), m_db, QStringLiteral("--json"), m_id }).out);
    }

    static QJsonObject byId(const QJsonArray &array, qint64 id)
    {
        for (const QJsonValue &value : array) {
            if (value.toObject().value(QStringLiteral("id")).toInteger() == id)
                return value.toObject();
        }
        return {};
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_db;
    QString m_id;
    bool m_sharedFailures = false;
};

QTEST_GUILESS_MAIN(ReviewCliTest)
#include "tst_reviewcli.moc"
