#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace galley;

namespace {

QVariant pragma(Database &db, const QString &name)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0);
}

QStringList schemaNames(Database &db, const QString &type)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = ? ORDER BY name"));
    query.addBindValue(type);
    QStringList names;
    if (query.exec()) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

/// Runs statements on a plain QSQLITE connection (no Galley tokenizer, no migrations).
bool rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("tst_database_raw");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/// A Galley newsroom with a few articles in it, closed again (so its WAL is checkpointed).
void createNewsroom(const QString &path, int articles = 40)
{
    Database db;
    QCOMPARE(db.open(path), Database::Status::Ok);
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("BEGIN")));
    query.prepare(QStringLiteral("INSERT INTO articles (uuid, slug, title, body_text, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')"));
    for (int i = 0; i < articles; ++i) {
        query.addBindValue(QStringLiteral("uuid-%1").arg(i));
        query.addBindValue(QStringLiteral("slug-%1").arg(i));
        query.addBindValue(QStringLiteral("第%1篇稿件").arg(i));
        query.addBindValue(QString(QStringLiteral("内蒙古自治区纪委监委通报。")).repeated(40));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    QVERIFY(QSqlQuery(db.connection()).exec(QStringLiteral("COMMIT")));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

enum class Fixture {
    TextFile,
    PngLikeBinary,
    ForeignSqlite,
    ForeignApplicationId,
    NewerSchema,
    Truncated,
    GarbledSchemaPage,
    GarbledHeader,
    HeaderOnly,
    TableDropped,
};

void makeFixture(Fixture fixture, const QString &path)
{
    switch (fixture) {
    case Fixture::TextFile:
        writeFile(path, QStringLiteral("稿件来源 | 新华社\nThis is a text file, not a newsroom.\n").toUtf8());
        break;
    case Fixture::PngLikeBinary: {
        QByteArray bytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        for (int i = 0; i < 4000; ++i)
            bytes.append(char((i * 7919) & 0xff));
        writeFile(path, bytes);
        break;
    }
    case Fixture::ForeignSqlite:
        QVERIFY(rawExec(path,
            { QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                QStringLiteral("INSERT INTO notes (text) VALUES ('shopping list')") }));
        break;
    case Fixture::ForeignApplicationId:
        QVERIFY(rawExec(path,
            { QStringLiteral("PRAGMA application_id = 1234"),
                QStringLiteral("CREATE TABLE articles (id INTEGER PRIMARY KEY)") }));
        break;
    case Fixture::TableDropped: // by hand, with the sqlite3 shell
        createNewsroom(path);
        QVERIFY(rawExec(path, { QStringLiteral("DROP TABLE annotations") }));
        break;
    case Fixture::NewerSchema:
        createNewsroom(path);
        QVERIFY(rawExec(path, { QStringLiteral("PRAGMA user_version = %1").arg(Database::schemaVersion() + 1) }));
        break;
    case Fixture::Truncated: {
        createNewsroom(path);
        QFile file(path);
        QVERIFY(file.resize(file.size() / 2 + 1000)); // not even a whole number of pages
        break;
    }
    case Fixture::GarbledSchemaPage: {
        createNewsroom(path);
        QByteArray bytes = readFile(path);
        QVERIFY(bytes.size() > 4096);
        for (int i = 100; i < 4096; ++i) // page 1 after the file header: the schema table's root
            bytes[i] = char(0xA5 ^ (i & 0x0f));
        writeFile(path, bytes);
        break;
    }
    case Fixture::GarbledHeader: {
        createNewsroom(path);
        QByteArray bytes = readFile(path);
        bytes[16] = 0x03; // page size 0x03xx: not a power of two
        bytes[21] = 0x11;
        writeFile(path, bytes);
        break;
    }
    case Fixture::HeaderOnly:
        createNewsroom(path);
        writeFile(path, readFile(path).left(60));
        break;
    }
}

/// Everything a write could change: the bytes, the size, the modification time.
struct Snapshot {
    QByteArray hash;
    qint64 size = -1;
    QDateTime modified;
    QStringList siblings;

    static Snapshot of(const QString &path)
    {
        const QFileInfo info(path);
        QStringList siblings = info.dir().entryList(QDir::Files);
        siblings.removeAll(info.fileName() + QStringLiteral("-shm")); // a reader's shared memory
        return { QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256), info.size(),
            info.fileTime(QFileDevice::FileModificationTime), siblings };
    }
};

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsSchemaInMissingFile();
    void migratesEmptyFiles_data();
    void migratesEmptyFiles();
    void reopensWithoutLosingData();
    void refusesWithoutWriting_data();
    void refusesWithoutWriting();
    void cannotOpen_data();
    void cannotOpen();
    void readOnlyNeverWrites();
    void connectionsAreUniqueAndRemoved();
    void nestedTransactionIsSavepoint();
};

void TestDatabase::createsSchemaInMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newsroom.galley"));
    Database db;
    QCOMPARE(db.open(path), Database::Status::Ok);
    QVERIFY(db.isOpen());
    QVERIFY(db.errorString().isEmpty());
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(pragma(db, QStringLiteral("user_version")).toInt(), Database::schemaVersion());
    QCOMPARE(pragma(db, QStringLiteral("application_id")).toInt(), 0x474C4C59);
    QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);

    const QStringList tables = schemaNames(db, QStringLiteral("table"));
    for (const char *table : { "articles", "revisions", "annotations", "related", "assets", "workflow_events",
             "articles_fts", "articles_cjk" })
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    const QStringList triggers = schemaNames(db, QStringLiteral("trigger"));
    QCOMPARE(triggers.size(), 3);

    // The CJK tokenizer is registered: the bigram index answers a two-character query.
    QSqlQuery query(db.connection());
    QVERIFY2(query.exec(QStringLiteral("INSERT INTO articles (uuid, slug, title, created_at, updated_at) VALUES "
                                       "('u', 's', '不适宜担任现职', 'x', 'x')")),
        qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM articles_cjk WHERE articles_cjk MATCH '\"担任\"'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestDatabase::migratesEmptyFiles_data()
{
    QTest::addColumn<bool>("sqliteHeader");
    QTest::newRow("nominal: zero-byte file") << false;
    QTest::newRow("nominal: empty SQLite database at user_version 0") << true;
}

void TestDatabase::migratesEmptyFiles()
{
    QFETCH(bool, sqliteHeader);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.galley"));
    if (sqliteHeader) {
        QVERIFY(rawExec(path, { QStringLiteral("PRAGMA user_version = 0"), QStringLiteral("VACUUM") }));
        QVERIFY(QFileInfo(path).size() > 0);
    } else {
        writeFile(path, {});
    }
    Database db;
    QCOMPARE(db.open(path), Database::Status::Ok);
    QCOMPARE(pragma(db, QStringLiteral("user_version")).toInt(), Database::schemaVersion());
    QCOMPARE(pragma(db, QStringLiteral("application_id")).toInt(), Database::applicationId());
    QVERIFY(schemaNames(db, QStringLiteral("table")).contains(QStringLiteral("articles")));
}

void TestDatabase::reopensWithoutLosingData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newsroom.galley"));
    createNewsroom(path, 5);
    Database db;
    QCOMPARE(db.open(path), Database::Status::Ok);
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM articles")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 5);
}

void TestDatabase::refusesWithoutWriting_data()
{
    QTest::addColumn<Fixture>("fixture");
    QTest::addColumn<Database::Status>("expected");
    QTest::addColumn<QString>("reason"); // a word the message must contain

    QTest::newRow("robustness: text file")
        << Fixture::TextFile << Database::Status::NotGalley << QStringLiteral("not an SQLite database");
    QTest::newRow("robustness: PNG-like binary")
        << Fixture::PngLikeBinary << Database::Status::NotGalley << QStringLiteral("not an SQLite database");
    QTest::newRow("robustness: SQLite database of another application")
        << Fixture::ForeignSqlite << Database::Status::NotGalley << QStringLiteral("another application");
    QTest::newRow("robustness: SQLite database with a foreign application_id")
        << Fixture::ForeignApplicationId << Database::Status::NotGalley << QStringLiteral("another application");
    QTest::newRow("robustness: newer schema version")
        << Fixture::NewerSchema << Database::Status::TooNew << QStringLiteral("newer version");
    QTest::newRow("robustness: truncated newsroom")
        << Fixture::Truncated << Database::Status::Corrupt << QStringLiteral("truncated");
    QTest::newRow("robustness: garbled schema page")
        << Fixture::GarbledSchemaPage << Database::Status::Corrupt << QStringLiteral("damaged");
    QTest::newRow("robustness: garbled file header")
        << Fixture::GarbledHeader << Database::Status::Corrupt << QStringLiteral("header");
    QTest::newRow("robustness: only the first bytes of the header")
        << Fixture::HeaderOnly << Database::Status::Corrupt << QStringLiteral("truncated");
    QTest::newRow("robustness: a table dropped by hand (named, not read as \"no comments\")")
        << Fixture::TableDropped << Database::Status::Corrupt << QStringLiteral("“annotations” is missing");
}

void TestDatabase::refusesWithoutWriting()
{
    QFETCH(Fixture, fixture);
    QFETCH(Database::Status, expected);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("suspect.galley"));
    makeFixture(fixture, path);
    if (QTest::currentTestFailed())
        return;
    // An old modification time makes any write show, however fast the test runs.
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(
            file.setFileTime(QDateTime(QDate(2001, 2, 3), QTime(4, 5, 6), Qt::UTC), QFileDevice::FileModificationTime));
    }
    const Snapshot before = Snapshot::of(path);
    const QStringList connectionsBefore = QSqlDatabase::connectionNames();

    for (const bool readOnly : { false, true }) {
        Database db;
        const Database::Status status = readOnly ? db.openReadOnly(path) : db.open(path);
        QCOMPARE(status, expected);
        QVERIFY(!db.isOpen());
        const QString message = db.errorString();
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')) && message.endsWith(QLatin1Char('.')), qPrintable(message));
    }

    const Snapshot after = Snapshot::of(path);
    QCOMPARE(after.size, before.size);
    QCOMPARE(after.modified, before.modified);
    QCOMPARE(after.hash, before.hash);
    QCOMPARE(after.siblings, before.siblings); // no -wal or -journal left behind
    QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
}

void TestDatabase::cannotOpen_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<QString>("reason");
    QTest::newRow("robustness: folder does not exist")
        << QStringLiteral("no/such/folder/newsroom.galley") << QStringLiteral("does not exist");
    QTest::newRow("robustness: path is a folder") << QStringLiteral("folder") << QStringLiteral("folder");
    QTest::newRow("robustness: a named pipe (would block)")
        << QStringLiteral("pipe") << QStringLiteral("not a regular file");
    QTest::newRow("robustness: /dev/null (not a new newsroom)")
        << QStringLiteral("/dev/null") << QStringLiteral("not a regular file");
}

void TestDatabase::cannotOpen()
{
    QFETCH(QString, relativePath);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("pipe"))).constData(), 0600), 0);
    const QString path = relativePath.startsWith(QLatin1Char('/')) ? relativePath : dir.filePath(relativePath);
    Database db;
    QCOMPARE(db.open(path), Database::Status::CannotOpen);
    QVERIFY2(db.errorString().contains(reason), qPrintable(db.errorString()));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
}

void TestDatabase::readOnlyNeverWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newsroom.galley"));
    createNewsroom(path, 3);
    const Snapshot before = Snapshot::of(path);
    {
        Database db;
        QCOMPARE(db.openReadOnly(path), Database::Status::Ok);
        QVERIFY(db.isReadOnly());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM articles_cjk WHERE articles_cjk MATCH '\"纪委\"'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 3);
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM articles")));
    }
    QCOMPARE(Snapshot::of(path).hash, before.hash);

    Database missing;
    const QString missingPath = dir.filePath(QStringLiteral("missing.galley"));
    QCOMPARE(missing.openReadOnly(missingPath), Database::Status::CannotOpen);
    QVERIFY(!QFileInfo::exists(missingPath));
}

void TestDatabase::connectionsAreUniqueAndRemoved()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newsroom.galley"));
    Database first;
    Database second;
    QCOMPARE(first.open(path), Database::Status::Ok);
    QCOMPARE(second.open(path), Database::Status::Ok);
    const QString firstName = first.connection().connectionName();
    const QString secondName = second.connection().connectionName();
    QVERIFY(!firstName.isEmpty());
    QVERIFY(firstName != secondName);
    first.close();
    QVERIFY(!QSqlDatabase::contains(firstName));
    QVERIFY(QSqlDatabase::contains(secondName));
    QVERIFY(second.isOpen());
}

void TestDatabase::nestedTransactionIsSavepoint()
{
    QTemporaryDir dir;
    Database db;
    QCOMPARE(db.open(dir.filePath(QStringLiteral("newsroom.galley"))), Database::Status::Ok);
    const auto insert = [&](const QString &uuid) {
        QSqlQuery query(db.connection());
        query.prepare(
            QStringLiteral("INSERT INTO articles (uuid, slug, created_at, updated_at) VALUES (?, ?, 'x', 'x')"));
        query.addBindValue(uuid);
        query.addBindValue(uuid);
        return query.exec();
    };
    {
        WriteTransaction outer(db);
        QVERIFY(outer.isActive());
        QVERIFY(insert(QStringLiteral("kept")));
        {
            WriteTransaction inner(db);
            QVERIFY(inner.isActive());
            QVERIFY(insert(QStringLiteral("rolled-back")));
        } // destroyed without commit: rolls back to its savepoint only
        {
            WriteTransaction inner(db);
            QVERIFY(insert(QStringLiteral("committed-inner")));
            QVERIFY(inner.commit());
        }
        QVERIFY(outer.commit());
    }
    {
        WriteTransaction dropped(db);
        QVERIFY(insert(QStringLiteral("never")));
    }
    QSqlQuery query(db.connection());
    QVERIFY(
        query.exec(QStringLiteral("SELECT group_concat(uuid, ',') FROM (SELECT uuid FROM articles ORDER BY uuid)")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("committed-inner,kept"));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
