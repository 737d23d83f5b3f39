// galley-soak-check: what tools/soak.sh checks after each SIGKILL (issue #15, "Kill -9 soak").
//
//   galley-soak-check --db FILE --journal DIR [--acks FILE]... [--export DIR]...
//
// Reads the newsroom a killed galley left, the side file of operations the soak's drivers saw
// succeed before the kill, the recovery journal and the export folders, and prints one JSON
// line of figures. Exit status 0 when nothing is wrong, 1 when something is, 2 on a usage error.
//
// The acknowledgement file has one line per operation that reported success, tab-separated:
//   saved <article> <marker>        the editor saved; the article's text holds the marker
//   typed <article> <marker>        typed, not saved; the journal (or a later save) holds it
//   annotated <article> <marker>    galley annotate printed its comment
//   transitioned <article> <marker> galley transition moved it, with the marker as its note
//   revised <article> <marker>      galley revise stored a revision holding the marker
// A last line without its newline (the driver was killed writing it) is ignored.
#include "editor/recoveryjournal.h"
#include "storage/database.h"
#include "storage/searchindex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace {

using galley::Database;

struct Figures {
    int acknowledged = 0;
    QStringList lost;        ///< acknowledged operations the newsroom does not hold
    QStringList corrupt;     ///< integrity_check and FTS5 integrity-check failures
    QStringList halfWritten; ///< export files that are neither Galley's written pages nor its leftovers
    int recoveredJournal = 0; ///< journal entries holding typed text the newsroom does not
};

QString firstValue(QSqlQuery &query)
{
    return query.next() ? query.value(0).toString() : QString();
}

/// PRAGMA integrity_check and FTS5's own check of both indexes: first their structure as
/// the kill left them, then, once the re-indexing a save defers is done (as the next start
/// does), their agreement with the articles they index.
void checkIntegrity(Database &db, Figures &figures)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        figures.corrupt << QStringLiteral("integrity_check: ") + query.lastError().text();
        return;
    }
    if (const QString result = firstValue(query); result != QLatin1String("ok"))
        figures.corrupt << QStringLiteral("integrity_check: ") + result;
    query.finish();
    const auto ftsCheck = [&](int rank) {
        for (const char *table : { "articles_fts", "articles_cjk" }) {
            const QString sql = QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('integrity-check', %2)")
                                    .arg(QLatin1String(table))
                                    .arg(rank);
            if (!query.exec(sql))
                figures.corrupt << QStringLiteral("%1 (rank %2): %3").arg(QLatin1String(table)).arg(rank).arg(query.lastError().text());
        }
    };
    ftsCheck(0);
    galley::SearchIndex index(db);
    if (index.flush() < 0)
        figures.corrupt << QStringLiteral("search index catch-up: ") + index.errorString();
    ftsCheck(1);
}

bool exists(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() && query.next() && query.value(0).toBool();
}

QString articleUuid(Database &db, qint64 id)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT uuid FROM articles WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() ? firstValue(query) : QString();
}

void checkAcknowledged(Database &db, const QString &acksPath, const galley::RecoveryJournal &journal, Figures &figures)
{
    QFile file(acksPath);
    if (!file.open(QIODevice::ReadOnly))
        return; // killed before anything succeeded
    const QList<galley::JournalEntry> entries = journal.entries();
    bool fromJournal = false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (!line.endsWith('\n'))
            break;
        const QStringList fields = QString::fromUtf8(line.chopped(1)).split(QLatin1Char('\t'));
        if (fields.size() != 3)
            continue;
        const QString &kind = fields.at(0);
        const qint64 article = fields.at(1).toLongLong();
        const QString &marker = fields.at(2);
        ++figures.acknowledged;
        const QString inText = QStringLiteral("SELECT instr(body_text, ?) > 0 FROM articles WHERE id = ?");
        bool present = false;
        if (kind == QLatin1String("saved")) {
            present = exists(db, inText, { marker, article });
        } else if (kind == QLatin1String("typed")) {
            present = exists(db, inText, { marker, article });
            if (!present) {
                const QString uuid = articleUuid(db, article);
                for (const galley::JournalEntry &entry : entries) {
                    if (entry.uuid == uuid && entry.article.bodyHtml.contains(marker))
                        present = fromJournal = true;
                }
            }
        } else if (kind == QLatin1String("annotated")) {
            present = exists(db, QStringLiteral("SELECT count(*) FROM annotations WHERE article_id = ? AND body = ?"),
                { article, marker });
        } else if (kind == QLatin1String("transitioned")) {
            present = exists(db, QStringLiteral("SELECT count(*) FROM workflow_events WHERE article_id = ? AND note = ?"),
                { article, marker });
        } else if (kind == QLatin1String("revised")) {
            present = exists(db,
                QStringLiteral("SELECT count(*) FROM revisions WHERE article_id = ? AND instr(body_html, ?) > 0"),
                { article, marker });
        } else {
            --figures.acknowledged;
            continue;
        }
        if (!present)
            figures.lost << QStringLiteral("%1 %2 %3").arg(kind).arg(article).arg(marker);
    }
    if (fromJournal)
        ++figures.recoveredJournal;
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

/// Every visible file in an export folder is a page Galley wrote whole: its bytes are the ones
/// the manifest or the export journal names (the journal holds what an export killed before its
/// manifest wrote). Hidden temporary files are an interrupted export's leftovers, which the next
/// export removes; they are not pages.
void checkExportFolder(const QString &folder, Figures &figures)
{
    const QDir dir(QFileInfo(folder).absoluteFilePath());
    if (!dir.exists())
        return;
    QMap<QString, QStringList> known; // path -> hashes
    QFile manifest(dir.filePath(QStringLiteral(".galley-export.json")));
    if (manifest.open(QIODevice::ReadOnly)) {
        const QJsonObject files = QJsonDocument::fromJson(manifest.readAll()).object().value(QLatin1String("files")).toObject();
        for (auto it = files.constBegin(); it != files.constEnd(); ++it)
            known[it.key()] << it.value().toString();
    }
    QFile journal(dir.filePath(QStringLiteral(".galley-export.journal")));
    if (journal.open(QIODevice::ReadOnly)) {
        while (!journal.atEnd()) {
            const QString line = QString::fromUtf8(journal.readLine()).trimmed();
            if (line.indexOf(QLatin1Char(' ')) == 64)
                known[line.mid(65)] << line.left(64);
        }
    }
    QDirIterator it(dir.absolutePath(), QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = dir.relativeFilePath(path);
        if (relative.startsWith(QLatin1Char('.')) || relative.contains(QLatin1String("/.")))
            continue;
        if (!known.value(relative).contains(sha256Of(path)))
            figures.halfWritten << path;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({
        { QStringLiteral("db"), QStringLiteral("The newsroom file the killed galley used."), QStringLiteral("FILE") },
        { QStringLiteral("acks"), QStringLiteral("A file of acknowledged operations (repeatable)."), QStringLiteral("FILE") },
        { QStringLiteral("journal"), QStringLiteral("The recovery journal's folder."), QStringLiteral("DIR") },
        { QStringLiteral("export"), QStringLiteral("An export folder (repeatable)."), QStringLiteral("DIR") },
    });
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(QStringLiteral("journal"))) {
        std::fprintf(stderr, "galley-soak-check: --db and --journal are required\n");
        return 2;
    }

    Figures figures;
    Database db;
    if (db.open(parser.value(QStringLiteral("db"))) != Database::Status::Ok) {
        figures.corrupt << QStringLiteral("open: ") + db.errorString();
    } else {
        checkIntegrity(db, figures);
        const galley::RecoveryJournal journal(parser.value(QStringLiteral("journal")));
        for (const QString &acks : parser.values(QStringLiteral("acks")))
            checkAcknowledged(db, acks, journal, figures);
    }
    for (const QString &folder : parser.values(QStringLiteral("export")))
        checkExportFolder(folder, figures);

    const QJsonObject report {
        { QStringLiteral("acknowledged"), figures.acknowledged },
        { QStringLiteral("lost"), QJsonArray::fromStringList(figures.lost) },
        { QStringLiteral("corrupt"), QJsonArray::fromStringList(figures.corrupt) },
        { QStringLiteral("half_written"), QJsonArray::fromStringList(figures.halfWritten) },
        { QStringLiteral("recovered_journal"), figures.recoveredJournal },
    };
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return figures.lost.isEmpty() && figures.corrupt.isEmpty() && figures.halfWritten.isEmpty() ? 0 : 1;
}
