#include "storage/postgres/postgrescopywriter.h"

#include "storage/postgres/postgresconnection.h"

#include <QSqlDatabase>

#include <libpq-fe.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

// The helpers live in a namespace of their own rather than an anonymous one: the writer's
// private part holds a Batch, and unity builds put this file beside others' helpers.
namespace galley::copywriting {

// Enough for the server to have the next batch at hand while it stores one (a page of
// articles is a few megabytes), little enough for a laptop.
constexpr qsizetype MaxQueuedBytes = 64 * 1024 * 1024;
// libpq copies what it is given into its output buffer: pieces keep that buffer small.
constexpr qsizetype PieceBytes = 1024 * 1024;

struct Batch {
    QByteArray statement;
    QByteArray rows;
};

QString message(PGconn *connection, PGresult *result)
{
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    QString text = QString::fromUtf8(primary ? primary : PQerrorMessage(connection)).simplified();
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

// Collects what is left of a statement's results; the first failure's reason in \a error.
bool collect(PGconn *connection, QString *error)
{
    bool ok = true;
    while (PGresult *result = PQgetResult(connection)) {
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_COPY_IN) {
            // Only after a failure on our side: end the copy so that the server reports.
            PQputCopyEnd(connection, "galley: copy abandoned");
        } else if (ok && status != PGRES_COMMAND_OK) {
            ok = false;
            *error = message(connection, result);
        }
        PQclear(result);
        if (PQstatus(connection) == CONNECTION_BAD)
            break;
    }
    return ok;
}

bool copyBatch(PGconn *connection, const Batch &batch, QString *error)
{
    if (PQsendQuery(connection, batch.statement.constData()) == 0) {
        *error = message(connection, nullptr);
        return false;
    }
    PGresult *result = PQgetResult(connection);
    if (PQresultStatus(result) != PGRES_COPY_IN) {
        *error = message(connection, result);
        PQclear(result);
        QString ignored;
        collect(connection, &ignored);
        return false;
    }
    PQclear(result);
    for (qsizetype at = 0; at < batch.rows.size(); at += PieceBytes) {
        const int size = int(std::min(PieceBytes, batch.rows.size() - at));
        if (PQputCopyData(connection, batch.rows.constData() + at, size) != 1) {
            *error = message(connection, nullptr);
            QString ignored;
            collect(connection, &ignored);
            return false;
        }
    }
    if (PQputCopyEnd(connection, nullptr) != 1) {
        *error = message(connection, nullptr);
        QString ignored;
        collect(connection, &ignored);
        return false;
    }
    return collect(connection, error);
}

bool isSpecial(char c)
{
    return c == '\\' || c == '\n' || c == '\r' || c == '\t';
}

void appendEscaped(QByteArray *rows, const char *data, qsizetype size)
{
    const char *end = data + size;
    while (data < end) {
        const char *run = data;
        while (data < end && !isSpecial(*data))
            ++data;
        rows->append(run, data - run);
        if (data == end)
            break;
        const char c = *data++;
        rows->append('\\').append(c == '\\' ? '\\' : c == '\n' ? 'n' : c == '\r' ? 'r' : 't');
    }
}

} // namespace galley::copywriting

namespace galley {

using namespace copywriting;

struct PostgresCopyWriter::Private {
    PGconn *connection = nullptr;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Batch> queue;
    qsizetype queuedBytes = 0;
    int pending = 0; ///< queued or being copied
    bool stopping = false;
    QString error; ///< the first failure
    std::thread thread;

    void run()
    {
        for (;;) {
            Batch batch;
            bool skip = false; // after a failure, in an aborted transaction
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [this] { return stopping || !queue.empty(); });
                if (queue.empty())
                    return;
                batch = std::move(queue.front());
                queue.pop_front();
                skip = !error.isEmpty();
            }
            const qsizetype size = batch.rows.size();
            QString reason;
            const bool failed = !skip && !copyBatch(connection, batch, &reason);
            batch = {};
            std::lock_guard lock(mutex);
            if (failed)
                error = reason.isEmpty() ? QStringLiteral("the copy failed") : reason;
            queuedBytes -= size;
            --pending;
            changed.notify_all();
        }
    }
};

PostgresCopyWriter::PostgresCopyWriter(const QSqlDatabase &connection)
    : d(std::make_unique<Private>())
{
    d->connection = PostgresConnection::handle(connection);
    if (d->connection)
        d->thread = std::thread([this] { d->run(); });
}

PostgresCopyWriter::~PostgresCopyWriter()
{
    if (!d->thread.joinable())
        return;
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
    }
    d->changed.notify_all();
    d->thread.join();
}

bool PostgresCopyWriter::isValid() const
{
    return d->connection != nullptr;
}

bool PostgresCopyWriter::send(const QByteArray &table, const QByteArray &columns, QByteArray rows)
{
    if (rows.isEmpty())
        return true;
    std::unique_lock lock(d->mutex);
    d->changed.wait(lock, [this] { return !d->error.isEmpty() || d->queuedBytes < MaxQueuedBytes; });
    if (!d->error.isEmpty())
        return false;
    d->queuedBytes += rows.size();
    ++d->pending;
    d->queue.push_back({ "COPY " + table + " (" + columns + ") FROM STDIN", std::move(rows) });
    d->changed.notify_all();
    return true;
}

bool PostgresCopyWriter::finish(QString *error)
{
    std::unique_lock lock(d->mutex);
    d->changed.wait(lock, [this] { return d->pending == 0; });
    if (d->error.isEmpty())
        return true;
    if (error)
        *error = d->error;
    return false;
}

void PostgresCopyWriter::appendField(QByteArray *rows, const QVariant &value, bool first)
{
    if (!first)
        rows->append('\t');
    if (value.isNull()) {
        rows->append("\\N");
    } else if (value.typeId() == QMetaType::QString) {
        const QByteArray utf8 = value.toString().toUtf8();
        appendEscaped(rows, utf8.constData(), utf8.size());
    } else if (value.typeId() == QMetaType::QByteArray) {
        // bytea's hex input, its backslash escaped for COPY.
        rows->append("\\\\x").append(value.toByteArray().toHex());
    } else {
        const QByteArray text = value.toString().toUtf8(); // numbers
        appendEscaped(rows, text.constData(), text.size());
    }
}

void PostgresCopyWriter::appendText(QByteArray *rows, const QString &text, bool first)
{
    if (!first)
        rows->append('\t');
    const QByteArray utf8 = text.toUtf8();
    appendEscaped(rows, utf8.constData(), utf8.size());
}

} // namespace galley
