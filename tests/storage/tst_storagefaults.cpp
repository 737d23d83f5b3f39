// Storage faults on a newsroom file: every write, sync or lock a use case makes is failed in
// turn (the Nth one and every one after it, as a full or failing disk does, or the Nth one
// alone) through a test VFS (faultyvfs.h), for save, a wire update, a comment, a reply, an
// import, a migration and a new newsroom. For every N: one clear sentence naming the file and
// the reason, nothing of the failed change stored, the file passes SQLite's integrity check and
// both search indexes theirs, and once the fault is lifted the next operation works and
// everything that was reported as stored is there.
#include "importing/importjob.h"
#include "storage/annotationrepository.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/newsroomactions.h"
#include "storage/searchindex.h"
#include "document/anchoring.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include "faultoperations.h"
#include "faultyvfs.h"
#include "searchindexcheck.h"

#include <functional>

using namespace galley;
using galley::test::FaultyVfs;

namespace {

using Operation = galley::test::FaultOperation;
using galley::test::FaultAttempt;

/// Every row of every table (the search indexes' own tables included), hashed: equal before and
/// after a failed change when nothing of it was left behind.
QByteArray contents(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db.connection());
    tables.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &name : std::as_const(names)) {
        QSqlQuery rows(db.connection());
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(name)))
            return "unreadable " + name.toUtf8() + ": " + rows.lastError().text().toUtf8();
        hash.addData(name.toUtf8());
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i)
                hash.addData(rows.value(i).toString().toUtf8() + '\x1f');
            hash.addData("\x1e");
        }
    }
    return hash.result().toHex();
}

/// PRAGMA integrity_check and both search indexes' integrity-check; empty when all pass.
QString damage(const QString &path)
{
    Database db;
    if (db.open(path) != Database::Status::Ok)
        return QStringLiteral("cannot open again: ") + db.errorString();
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
        return QStringLiteral("integrity_check did not run: ") + query.lastError().text();
    if (query.value(0).toString() != QLatin1String("ok"))
        return QStringLiteral("integrity_check: ") + query.value(0).toString();
    query.finish();
    // A save leaves re-indexing its article to later (SearchIndex): done first, as a search would.
    SearchIndex index(db);
    if (index.flush() < 0)
        return QStringLiteral("the search index cannot be brought up to date: ") + index.errorString();
    QString error;
    if (!galley::test::searchIndexesMatchContent(db, &error))
        return error;
    return {};
}

QString faultName(FaultyVfs::Operation operation)
{
    switch (operation) {
    case FaultyVfs::Operation::Write:
        return QStringLiteral("write");
    case FaultyVfs::Operation::Sync:
        return QStringLiteral("sync");
    case FaultyVfs::Operation::Lock:
        return QStringLiteral("lock");
    }
    return {};
}

} // namespace

class StorageFaultsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(FaultyVfs::install());
        QVERIFY(m_dir.isValid());
        // The newsroom every case starts from: one article with a comment thread.
        m_base = m_dir.filePath(QStringLiteral("base.galley"));
        Database db;
        QCOMPARE(db.open(m_base), Database::Status::Ok);
        QString error;
        QVERIFY2(galley::test::seedFaultNewsroom(db, &m_articleId, &m_threadId, &error), qPrintable(error));
        db.close(); // the last connection checkpoints: one file, no -wal beside it
        QVERIFY(!QFile::exists(m_base + QStringLiteral("-wal")));

        // The same newsroom one schema version back (the last migration step undone).
        m_old = m_dir.filePath(QStringLiteral("old.galley"));
        QVERIFY(QFile::copy(m_base, m_old));
        {
            Database old;
            QCOMPARE(old.open(m_old), Database::Status::Ok);
            QSqlQuery query(old.connection());
            for (const char *table : { "copydesk_ignores", "copydesk_words", "article_languages", "newsroom_settings" })
                QVERIFY2(query.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))),
                    qPrintable(query.lastError().text()));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::schemaVersion() - 1)));
        }
    }

    void faultsLoseNothing_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<FaultyVfs::Operation>("fault");
        QTest::addColumn<int>("errorCode");
        QTest::addColumn<bool>("once");
        const QStringList operations { QStringLiteral("save"), QStringLiteral("revise"), QStringLiteral("annotate"),
            QStringLiteral("reply"), QStringLiteral("import"), QStringLiteral("migrate"), QStringLiteral("create") };
        for (const QString &operation : operations) {
            QTest::addRow("robustness: %s, the disk is full from the Nth write on", qPrintable(operation))
                << operation << FaultyVfs::Operation::Write << SQLITE_FULL << false;
            QTest::addRow("robustness: %s, the Nth write and all after it fail", qPrintable(operation))
                << operation << FaultyVfs::Operation::Write << SQLITE_IOERR_WRITE << false;
            QTest::addRow("robustness: %s, the Nth write fails, once", qPrintable(operation))
                << operation << FaultyVfs::Operation::Write << SQLITE_IOERR_WRITE << true;
            QTest::addRow("robustness: %s, the Nth sync and all after it fail", qPrintable(operation))
                << operation << FaultyVfs::Operation::Sync << SQLITE_IOERR_FSYNC << false;
            QTest::addRow("robustness: %s, the Nth lock and all after it fail", qPrintable(operation))
                << operation << FaultyVfs::Operation::Lock << SQLITE_IOERR_LOCK << false;
            QTest::addRow("robustness: %s, the Nth lock fails, once", qPrintable(operation))
                << operation << FaultyVfs::Operation::Lock << SQLITE_IOERR_LOCK << true;
        }
    }

    // Fails the 1st, 2nd, ... operation of a kind until the use case runs without meeting one.
    void faultsLoseNothing()
    {
        QFETCH(QString, operation);
        QFETCH(FaultyVfs::Operation, fault);
        QFETCH(int, errorCode);
        QFETCH(bool, once);
        const Operation run = operationNamed(operation);
        const bool opens = operation == QLatin1String("migrate") || operation == QLatin1String("create");

        int failed = 0;
        QSet<QString> messages;
        for (int n = 1;; ++n) {
            QVERIFY2(n < 500, "the sweep does not end");
            const QString path = m_dir.filePath(QStringLiteral("%1-%2-%3%4-%5.galley")
                                                    .arg(operation, faultName(fault))
                                                    .arg(errorCode)
                                                    .arg(once ? QStringLiteral("-once") : QString())
                                                    .arg(n));
            if (operation == QLatin1String("migrate"))
                QVERIFY(QFile::copy(m_old, path));
            else if (operation != QLatin1String("create"))
                QVERIFY(QFile::copy(m_base, path));
            const QString where = QStringLiteral("%1, %2 no. %3 fails: ").arg(operation, faultName(fault)).arg(n);

            Database db;
            QByteArray before;
            if (!opens) {
                QCOMPARE(db.open(path), Database::Status::Ok);
                before = contents(db);
            }
            const FaultAttempt first = run(db, path, 1, [&] { FaultyVfs::arm(path, fault, n, errorCode, once); });
            const int hits = FaultyVfs::failures();
            FaultyVfs::disarm();

            if (hits == 0) { // the use case needs fewer than n: the sweep is complete
                QVERIFY2(first.ok, qPrintable(where + first.error));
                m_cases[operation] += n - 1;
                break;
            }
            ++failed;
            if (!first.ok) {
                messages.insert(QString(first.error).replace(path, QStringLiteral("FILE")));
                // One clear sentence, with the reason.
                QVERIFY2(!first.error.isEmpty(), qPrintable(where + QStringLiteral("no message")));
                QVERIFY2(!first.error.contains(QLatin1Char('\n')), qPrintable(where + first.error));
                QVERIFY2(!first.error.contains(QLatin1String("no transaction is active")), qPrintable(where + first.error));
                QVERIFY2(!first.error.contains(QLatin1String("is still in use")), qPrintable(where + first.error));
                QVERIFY2(first.error.contains(errorCode == SQLITE_FULL ? QLatin1String("the disk is full")
                                                                       : QLatin1String("(an I/O error)")),
                    qPrintable(where + first.error));
                QVERIFY2(first.error.contains(path), qPrintable(where + first.error));
                // Nothing of the change is left behind.
                if (!opens && db.isOpen())
                    QVERIFY2(contents(db) == before, qPrintable(where + QStringLiteral("half-written: ") + first.error));
            }
            // What was reported as stored is there, read through another connection, and what
            // was refused is not (before the retry, which may replace it: a wire update does).
            if (first.ok || !opens) {
                Database other;
                QCOMPARE(other.open(path), Database::Status::Ok);
                if (first.ok)
                    QVERIFY2(first.stored(other), qPrintable(where + QStringLiteral("acknowledged but lost")));
                else
                    QVERIFY2(!first.stored(other), qPrintable(where + QStringLiteral("refused but stored")));
            }
            // The fault lifted, the next operation works on the same connection (opening
            // again, when it was the open).
            const FaultAttempt next = run(db, path, 2, [] {});
            QVERIFY2(next.ok, qPrintable(where + QStringLiteral("after the fault: ") + next.error));
            db.close();

            const QString broken = damage(path);
            QVERIFY2(broken.isEmpty(), qPrintable(where + broken));
            Database again;
            QCOMPARE(again.open(path), Database::Status::Ok);
            QVERIFY2(next.stored(again), qPrintable(where + QStringLiteral("the retry was lost")));
            const qint64 articles = operation == QLatin1String("create") ? 0
                : operation == QLatin1String("import")                   ? 2 + (first.ok ? 1 : 0)
                                                                         : 1;
            QCOMPARE(ArticleRepository(again).count(), articles);
            again.close();
            for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
                QFile::remove(path + suffix);
        }
        qInfo("%s, %s: %d cases, %d failed, saying: %s", qPrintable(operation), qPrintable(faultName(fault)), failed + 1,
            failed, qPrintable(QStringList(messages.cbegin(), messages.cend()).join(QStringLiteral(" | "))));
    }

    void cleanupTestCase()
    {
        int total = 0;
        for (auto it = m_cases.cbegin(); it != m_cases.cend(); ++it) {
            qInfo("%s: %d faulted runs", qPrintable(it.key()), it.value());
            total += it.value();
        }
        qInfo("total: %d faulted runs", total);
    }

private:
    Operation operationNamed(const QString &name)
    {
        if (Operation shared = galley::test::faultOperation(name, m_articleId, m_threadId))
            return shared;
        // migrate: opening the older file migrates it; create: opening a missing file makes a
        // newsroom. A second run opens again.
        return [](Database &db, const QString &path, int, const std::function<void()> &start) {
            FaultAttempt attempt;
            start();
            db.close();
            attempt.ok = db.open(path) == Database::Status::Ok;
            attempt.error = db.errorString();
            attempt.stored = [](Database &db) {
                QSqlQuery query(db.connection());
                return query.exec(QStringLiteral("PRAGMA user_version")) && query.next()
                    && query.value(0).toInt() == Database::schemaVersion()
                    && query.exec(QStringLiteral("SELECT count(*) FROM newsroom_settings"));
            };
            return attempt;
        };
    }

    QTemporaryDir m_dir;
    QString m_base;
    QString m_old;
    qint64 m_articleId = 0;
    qint64 m_threadId = 0;
    QMap<QString, int> m_cases;
};

QTEST_GUILESS_MAIN(StorageFaultsTest)
#include "tst_storagefaults.moc"
