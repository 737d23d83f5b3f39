// galley admin init and galley copy as an administrator uses them, on a real PostgreSQL server
// (GALLEY_TEST_PG_URI; tools/test.sh starts one): a reviewed newsroom file goes to a new team
// server and back into a new file, and every article reads the same through `galley show` and
// `galley list --search` on all three. Refusals and bad addresses say why in one line. Fails,
// never skips, without a server.

#include "storage/articlerepository.h"
#include "storage/assetrepository.h"
#include "storage/database.h"
#include "storage/postgres/postgresconnection.h"

#include "galleyprocess.h"
#include "testnewsroom.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;
using galley::test::runAsAdmin;
using galley::test::uriForDatabase;

namespace {

Run cli(const QStringList &arguments)
{
    return runGalley(arguments);
}

QJsonObject json(const QByteArray &out)
{
    return QJsonDocument::fromJson(out).object();
}

/// `galley show --json` without the ids, which differ between newsrooms (related targets and
/// annotation parents are compared by what they are, not by number).
QJsonObject withoutIds(QJsonObject article)
{
    article.remove(QStringLiteral("id"));
    QJsonArray related;
    for (const QJsonValue &value : article.value(QStringLiteral("related")).toArray()) {
        QJsonObject item = value.toObject();
        item.insert(QStringLiteral("article_id"), item.value(QStringLiteral("article_id")).isNull());
        related.append(item);
    }
    article.insert(QStringLiteral("related"), related);
    QJsonArray annotations;
    for (const QJsonValue &value : article.value(QStringLiteral("annotations")).toArray()) {
        QJsonObject thread = value.toObject();
        thread.remove(QStringLiteral("id"));
        QJsonArray replies;
        for (const QJsonValue &reply : thread.value(QStringLiteral("replies")).toArray()) {
            QJsonObject object = reply.toObject();
            object.remove(QStringLiteral("id"));
            replies.append(object);
        }
        thread.insert(QStringLiteral("replies"), replies);
        annotations.append(thread);
    }
    article.insert(QStringLiteral("annotations"), annotations);
    return article;
}

/// True when \a run failed with exactly one "galley: ..." line on stderr.
bool oneErrorLine(const Run &run)
{
    const QStringList lines = run.err.trimmed().split(QLatin1Char('\n'));
    return lines.size() == 1 && lines.first().startsWith(QLatin1String("galley: "));
}

} // namespace

class CopyCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_admin = galley::test::testServerUri(&error);
        QVERIFY2(!m_admin.isEmpty(), qPrintable(error));
        QVERIFY(m_dir.isValid());

        // A reviewed newsroom: imported copy, a desk round trip on the wire story (workflow
        // events, revisions, threads with replies, one resolved), a related item pointing at
        // another article, an article in the trash and an image.
        m_original = m_dir.filePath(QStringLiteral("original.galley"));
        QStringList files { QStringLiteral(GALLEY_TEST_DATA "/wire-nmg-cadres-2025-03-18.txt") };
        for (const QString &name : QDir(QStringLiteral(GALLEY_TEST_DATA "/import")).entryList(QDir::Files, QDir::Name))
            files.append(QStringLiteral(GALLEY_TEST_DATA "/import/") + name);
        const Run imported = cli(QStringList { QStringLiteral("import"), QStringLiteral("--db"), m_original } + files);
        QCOMPARE(imported.exitCode, 0);
        const QList<QJsonObject> created = jsonLines(imported.out);
        QCOMPARE(created.size(), files.size());
        for (const QJsonObject &article : created)
            m_ids.append(article.value(QStringLiteral("id")).toInteger());
        const QString wire = QString::number(m_ids.first());
        const auto run = [this](QStringList arguments) {
            arguments.insert(1, QStringLiteral("--db"));
            arguments.insert(2, m_original);
            return cli(arguments);
        };
        QCOMPARE(run({ QStringLiteral("transition"), QStringLiteral("--id"), wire, QStringLiteral("--to"),
                     QStringLiteral("in_review"), QStringLiteral("--role"), QStringLiteral("editor"),
                     QStringLiteral("--author"), QStringLiteral("Ed Editor") })
                     .exitCode,
            0);
        QList<qint64> threads;
        for (const QString &quote : { QStringLiteral("对448名不适宜担任现职干部进行了调整"), QStringLiteral("一年收到3000多份文件") }) {
            const Run annotated = run({ QStringLiteral("annotate"), QStringLiteral("--id"), wire, QStringLiteral("--quote"),
                quote, QStringLiteral("--text"), QStringLiteral("请核实"), QStringLiteral("--author"),
                QStringLiteral("Rita Reviewer") });
            QCOMPARE(annotated.exitCode, 0);
            threads.append(json(annotated.out).value(QStringLiteral("id")).toInteger());
        }
        QCOMPARE(run({ QStringLiteral("transition"), QStringLiteral("--id"), wire, QStringLiteral("--to"),
                     QStringLiteral("changes_requested"), QStringLiteral("--role"), QStringLiteral("reviewer"),
                     QStringLiteral("--author"), QStringLiteral("Rita Reviewer"), QStringLiteral("--note"),
                     QStringLiteral("two questions") })
                     .exitCode,
            0);
        QCOMPARE(run({ QStringLiteral("revise"), QStringLiteral("--id"), wire, QStringLiteral("--from"),
                     QStringLiteral(GALLEY_TEST_DATA "/review/wire-nmg-cadres-2025-03-18-update.txt"),
                     QStringLiteral("--author"), QStringLiteral("Ed Editor"), QStringLiteral("--note"),
                     QStringLiteral("wire update 10:40") })
                     .exitCode,
            0);
        for (const qint64 thread : threads) {
            QCOMPARE(run({ QStringLiteral("reply"), QStringLiteral("--thread"), QString::number(thread),
                         QStringLiteral("--text"), QStringLiteral("已按通稿更新"), QStringLiteral("--author"),
                         QStringLiteral("Ed Editor") })
                         .exitCode,
                0);
        }
        QCOMPARE(run({ QStringLiteral("resolve"), QStringLiteral("--thread"), QString::number(threads.first()),
                     QStringLiteral("--author"), QStringLiteral("Rita Reviewer") })
                     .exitCode,
            0);
        QCOMPARE(run({ QStringLiteral("transition"), QStringLiteral("--id"), wire, QStringLiteral("--to"),
                     QStringLiteral("in_review"), QStringLiteral("--role"), QStringLiteral("editor"),
                     QStringLiteral("--author"), QStringLiteral("Ed Editor") })
                     .exitCode,
            0);
        {
            // What the command line has no command for.
            Database database;
            QCOMPARE(database.open(m_original), Database::Status::Ok);
            ArticleRepository articles(database);
            std::optional<Article> article = articles.load(m_ids.at(1));
            QVERIFY(article);
            article->related.append(RelatedItem { m_ids.first(), QStringLiteral("内蒙古448名干部被调整"), {}, {}, 12, {} });
            QCOMPARE(articles.save(*article), ArticleRepository::SaveResult::Saved);
            QVERIFY(articles.moveToTrash(m_ids.last()));
            QVERIFY(!AssetRepository(database).store(QByteArray("\x89PNG\r\n\x1a\n-copy-test", 18), QStringLiteral("image/png"))
                         .isEmpty());
        }
    }

    void fileToServerToFileKeepsEveryArticle()
    {
        const QString server = newServerDatabase();
        QVERIFY(!server.isEmpty());
        const Run init = cli({ QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--db"), server });
        QCOMPARE(init.exitCode, 0);
        QVERIFY2(init.out.contains("created the Galley schema, version " + QByteArray::number(PostgresConnection::schemaVersion())),
            init.out.constData());
        QVERIFY2(init.out.contains("role chief"), init.out.constData());
        QVERIFY(init.err.isEmpty());

        const Run up = cli({ QStringLiteral("copy"), QStringLiteral("--from"), m_original, QStringLiteral("--to"), server });
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        QVERIFY2(up.err.isEmpty(), qPrintable(up.err)); // a small copy reports no progress
        QVERIFY2(up.out.contains(QStringLiteral("articles %1 = %1").arg(m_ids.size()).toUtf8()), up.out.constData());
        QVERIFY(up.out.contains("assets 1 = 1"));
        const QRegularExpression checksum(QStringLiteral("SHA-256\\), source = destination: ([0-9a-f]{64}) = ([0-9a-f]{64})"));
        const QRegularExpressionMatch upSum = checksum.match(QString::fromUtf8(up.out));
        QVERIFY2(upSum.hasMatch() && upSum.captured(1) == upSum.captured(2), up.out.constData());

        const QString final = m_dir.filePath(QStringLiteral("final.galley"));
        const Run down = cli({ QStringLiteral("copy"), QStringLiteral("--from"), server, QStringLiteral("--to"), final });
        QVERIFY2(down.exitCode == 0, qPrintable(down.err));
        QCOMPARE(checksum.match(QString::fromUtf8(down.out)).captured(1), upSum.captured(1));

        for (const qint64 id : std::as_const(m_ids)) {
            QJsonObject expected;
            for (const QString &location : { m_original, server, final }) {
                const Run shown = cli({ QStringLiteral("show"), QStringLiteral("--db"), location,
                    QStringLiteral("--json"), QString::number(id) });
                QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
                const QJsonObject article = withoutIds(json(shown.out));
                QVERIFY(!article.value(QStringLiteral("uuid")).toString().isEmpty());
                if (location == m_original)
                    expected = article;
                else
                    QCOMPARE(article, expected);
            }
        }
        const QJsonObject wire = json(cli({ QStringLiteral("show"), QStringLiteral("--db"), final,
                                                 QStringLiteral("--json"), QString::number(m_ids.first()) })
                                          .out);
        QCOMPARE(wire.value(QStringLiteral("annotations")).toArray().size(), 2);
        QCOMPARE(wire.value(QStringLiteral("annotations")).toArray().first().toObject().value(QStringLiteral("replies")).toArray().size(), 1);
        QCOMPARE(json(cli({ QStringLiteral("show"), QStringLiteral("--db"), final, QStringLiteral("--json"),
                          QString::number(m_ids.last()) })
                          .out)
                     .value(QStringLiteral("in_trash")),
            QJsonValue(true));
        const Run events = cli({ QStringLiteral("history"), QStringLiteral("--db"), final, QStringLiteral("--id"),
            QString::number(m_ids.first()), QStringLiteral("--events"), QStringLiteral("--json") });
        QCOMPARE(events.exitCode, 0);
        QCOMPARE(events.out, cli({ QStringLiteral("history"), QStringLiteral("--db"), m_original, QStringLiteral("--id"),
                                 QString::number(m_ids.first()), QStringLiteral("--events"), QStringLiteral("--json") })
                                 .out);

        // Search: a two- and a four-character Chinese query find the same articles everywhere.
        for (const QString &query : { QStringLiteral("干部"), QStringLiteral("基层减负") }) {
            QStringList expected;
            for (const QString &location : { m_original, server, final }) {
                const Run listed = cli({ QStringLiteral("list"), QStringLiteral("--db"), location,
                    QStringLiteral("--search"), query, QStringLiteral("--json") });
                QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
                QStringList titles;
                for (const QJsonObject &row : jsonLines(listed.out))
                    titles.append(row.value(QStringLiteral("title")).toString());
                titles.sort();
                if (location == m_original) {
                    expected = titles;
                    QVERIFY2(!titles.isEmpty(), qPrintable(query));
                } else {
                    QCOMPARE(titles, expected);
                }
            }
        }
    }

    void copyIntoANewsroomWithArticlesIsRefused_data()
    {
        QTest::addColumn<bool>("toServer");
        QTest::newRow("robustness: into a file") << false;
        QTest::newRow("robustness: into a server") << true;
    }

    void copyIntoANewsroomWithArticlesIsRefused()
    {
        QFETCH(bool, toServer);
        const QString destination = toServer ? newServerDatabase() : m_dir.filePath(QStringLiteral("refuse-%1.galley").arg(m_counter++));
        QVERIFY(!destination.isEmpty());
        if (toServer)
            QCOMPARE(cli({ QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--db"), destination }).exitCode, 0);
        const Run imported = cli({ QStringLiteral("import"), QStringLiteral("--db"), destination,
            QStringLiteral(GALLEY_TEST_DATA "/import/story.md") });
        QCOMPARE(imported.exitCode, 0);
        const QString id = QString::number(jsonLines(imported.out).value(0).value(QStringLiteral("id")).toInteger());
        const QByteArray before = cli({ QStringLiteral("show"), QStringLiteral("--db"), destination, QStringLiteral("--json"), id }).out;

        const Run refused = cli({ QStringLiteral("copy"), QStringLiteral("--from"), m_original, QStringLiteral("--to"), destination });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(oneErrorLine(refused), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("already holds 1 article")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("--merge")), qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());
        const Run listed = cli({ QStringLiteral("list"), QStringLiteral("--db"), destination, QStringLiteral("--json") });
        QCOMPARE(jsonLines(listed.out).size(), 1);
        QCOMPARE(cli({ QStringLiteral("show"), QStringLiteral("--db"), destination, QStringLiteral("--json"), id }).out, before);
    }

    void mergeSkipsKnownArticlesAndSaysHowMany()
    {
        const QString destination = m_dir.filePath(QStringLiteral("merge-%1.galley").arg(m_counter++));
        QCOMPARE(cli({ QStringLiteral("copy"), QStringLiteral("--from"), m_original, QStringLiteral("--to"), destination }).exitCode, 0);
        // The source moves on: one more article.
        const QString source = m_dir.filePath(QStringLiteral("merge-source-%1.galley").arg(m_counter++));
        QCOMPARE(cli({ QStringLiteral("copy"), QStringLiteral("--from"), m_original, QStringLiteral("--to"), source }).exitCode, 0);
        const Run imported = cli({ QStringLiteral("import"), QStringLiteral("--db"), source,
            QStringLiteral(GALLEY_TEST_DATA "/review/wire-nmg-cadres-2025-03-18-update.txt") });
        QCOMPARE(imported.exitCode, 0);
        const QString added = QString::number(jsonLines(imported.out).value(0).value(QStringLiteral("id")).toInteger());

        const Run merged = cli({ QStringLiteral("copy"), QStringLiteral("--from"), source, QStringLiteral("--to"),
            destination, QStringLiteral("--merge") });
        QVERIFY2(merged.exitCode == 0, qPrintable(merged.err));
        QVERIFY2(merged.out.contains(QStringLiteral("Skipped %1 article").arg(m_ids.size()).toUtf8()), merged.out.constData());
        QVERIFY2(merged.out.contains("articles 1 = 1"), merged.out.constData());
        const Run listed = cli({ QStringLiteral("list"), QStringLiteral("--db"), destination, QStringLiteral("--json") });
        QCOMPARE(jsonLines(listed.out).size(), m_ids.size()); // the trashed one is not listed, the new one is
        // The new article arrived whole.
        const QJsonObject original = json(cli({ QStringLiteral("show"), QStringLiteral("--db"), source,
                                                       QStringLiteral("--json"), added })
                                              .out);
        QJsonObject copied;
        for (const QJsonObject &row : jsonLines(listed.out)) {
            const QJsonObject article = json(cli({ QStringLiteral("show"), QStringLiteral("--db"), destination,
                                                         QStringLiteral("--json"), QString::number(row.value(QStringLiteral("id")).toInteger()) })
                                                 .out);
            if (article.value(QStringLiteral("uuid")) == original.value(QStringLiteral("uuid")))
                copied = article;
        }
        QVERIFY(!copied.isEmpty());
        QCOMPARE(copied.value(QStringLiteral("body_html")), original.value(QStringLiteral("body_html")));
        QCOMPARE(copied.value(QStringLiteral("slug")), original.value(QStringLiteral("slug")));

        // Merging again copies nothing.
        const Run again = cli({ QStringLiteral("copy"), QStringLiteral("--from"), source, QStringLiteral("--to"),
            destination, QStringLiteral("--merge") });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("Skipped %1 article").arg(m_ids.size() + 1).toUtf8()), again.out.constData());
    }

    void adminInitTwiceSaysAlready()
    {
        const QString server = newServerDatabase();
        QVERIFY(!server.isEmpty());
        QVERIFY(cli({ QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--db"), server }).out.contains("created"));
        const Run again = cli({ QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--db"), server });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("already at version " + QByteArray::number(PostgresConnection::schemaVersion())),
            again.out.constData());
        QVERIFY2(again.out.contains("Connected as"), again.out.constData());

        const QString file = m_dir.filePath(QStringLiteral("init-%1.galley").arg(m_counter++));
        const Run created = cli({ QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--db"), file });
        QCOMPARE(created.exitCode, 0);
        QVERIFY2(created.out.contains("created the Galley schema"), created.out.constData());
        QVERIFY(QFileInfo::exists(file));
        QVERIFY2(cli({ QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--db"), file }).out.contains("already at version"),
            "a file initialised twice");
    }

    void adminInitRefusesAnotherApplicationsDatabase()
    {
        const QString name = m_newsrooms.createDatabase();
        QVERIFY2(!name.isEmpty(), qPrintable(m_newsrooms.errorString()));
        QString error;
        QVERIFY2(runAsAdmin(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total NUMERIC)"), &error, name),
            qPrintable(error));
        const Run refused = cli({ QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--db"),
            uriForDatabase(m_admin, name) });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(oneErrorLine(refused), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("another application")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(name), qPrintable(refused.err));
        // Nothing was created beside the invoices.
        QVERIFY2(runAsAdmin(QStringLiteral("DO $$ BEGIN IF to_regclass('galley_meta') IS NOT NULL OR to_regclass('articles') IS NOT NULL "
                                           "THEN RAISE EXCEPTION 'written to'; END IF; END $$"),
                     &error, name),
            qPrintable(error));
    }

    void badLocationsSayWhyInOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        const QString bad = QStringLiteral("postgresql://[bad");
        const QString unreachable = QStringLiteral("postgresql://galley@127.0.0.1:1/newsroom?connect_timeout=5");
        QTest::newRow("robustness: admin init on an address libpq cannot read")
            << QStringList { QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--db"), bad }
            << QStringLiteral("is not a valid team newsroom address");
        QTest::newRow("robustness: admin init on a server nobody listens for")
            << QStringList { QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--db"), unreachable }
            << QStringLiteral("Cannot connect to the team newsroom “postgresql://galley@127.0.0.1:1/newsroom?connect_timeout=5”");
        QTest::newRow("robustness: copy to an address libpq cannot read")
            << QStringList { QStringLiteral("copy"), QStringLiteral("--from"), QStringLiteral("ORIGINAL"), QStringLiteral("--to"), bad }
            << QStringLiteral("is not a valid team newsroom address");
        QTest::newRow("robustness: copy from a server nobody listens for")
            << QStringList { QStringLiteral("copy"), QStringLiteral("--from"), unreachable, QStringLiteral("--to"), QStringLiteral("NEW") }
            << QStringLiteral("Cannot connect to the team newsroom");
        QTest::newRow("robustness: copy to a server without the Galley schema")
            << QStringList { QStringLiteral("copy"), QStringLiteral("--from"), QStringLiteral("ORIGINAL"), QStringLiteral("--to"), QStringLiteral("EMPTY") }
            << QStringLiteral("galley admin init");
    }

    void badLocationsSayWhyInOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const QString fresh = m_dir.filePath(QStringLiteral("never-%1.galley").arg(m_counter++));
        for (QString &argument : arguments) {
            if (argument == QLatin1String("ORIGINAL"))
                argument = m_original;
            else if (argument == QLatin1String("NEW"))
                argument = fresh;
            else if (argument == QLatin1String("EMPTY"))
                argument = newServerDatabase();
        }
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(oneErrorLine(run), qPrintable(run.err));
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY2(!QFileInfo::exists(fresh), "a failed copy leaves no file behind");
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("robustness: copy without --to") << QStringList { QStringLiteral("copy"), QStringLiteral("--from"), QStringLiteral("x.galley") };
        QTest::newRow("robustness: copy onto itself")
            << QStringList { QStringLiteral("copy"), QStringLiteral("--from"), QStringLiteral("ORIGINAL"), QStringLiteral("--to"), QStringLiteral("ORIGINAL") };
        QTest::newRow("robustness: admin without an action") << QStringList { QStringLiteral("admin"), QStringLiteral("--db"), QStringLiteral("x.galley") };
        QTest::newRow("robustness: admin init without --db") << QStringList { QStringLiteral("admin"), QStringLiteral("init") };
        QTest::newRow("robustness: an unknown option") << QStringList { QStringLiteral("copy"), QStringLiteral("--frm"), QStringLiteral("x") };
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        arguments.replaceInStrings(QStringLiteral("ORIGINAL"), m_original);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(oneErrorLine(run), qPrintable(run.err));
    }

    void helpListsTheOptions()
    {
        const Run copy = cli({ QStringLiteral("copy"), QStringLiteral("--help") });
        QCOMPARE(copy.exitCode, 0);
        for (const char *option : { "--from", "--to", "--merge" })
            QVERIFY2(copy.out.contains(option), copy.out.constData());
        const Run admin = cli({ QStringLiteral("admin"), QStringLiteral("--help") });
        QCOMPARE(admin.exitCode, 0);
        QVERIFY2(admin.out.contains("--db") && admin.out.contains("init"), admin.out.constData());
    }

private:
    /// A new, empty database on the test server (no Galley schema yet), as a URI.
    QString newServerDatabase()
    {
        const QString name = m_newsrooms.createDatabase();
        return name.isEmpty() ? QString() : uriForDatabase(m_admin, name);
    }

    galley::test::TestNewsrooms m_newsrooms;
    QTemporaryDir m_dir;
    QString m_admin;
    QString m_original;
    QList<qint64> m_ids;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(CopyCliTest)
#include "tst_copy.moc"
