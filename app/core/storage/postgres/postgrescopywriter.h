#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

class QSqlDatabase;

namespace galley {

/// Rows streamed into a team server's tables with COPY ... FROM STDIN (text format), on a thread
/// of its own, through libpq on a QPSQL connection's handle: the caller reads and prepares the
/// next rows while the server stores the last ones. COPY spares the server the parsing of SQL
/// text (a row's values go in as they are, without quoting) and the client the escaping.
///
/// Contract:
/// - Batches are copied in the order they were sent, each by one COPY statement, in the
///   connection's current transaction. After a failure the rest are dropped and send() and
///   finish() return false; the transaction is then aborted (roll it back).
/// - While batches are pending, the connection belongs to the writer's thread: call finish()
///   before anything else (a QSqlQuery, Qt's driver) uses it.
/// - send() blocks while more than a few tens of megabytes wait (memory stays bounded).
/// - The destructor waits for the batches sent.
class PostgresCopyWriter final
{
public:
    explicit PostgresCopyWriter(const QSqlDatabase &connection);
    ~PostgresCopyWriter();
    PostgresCopyWriter(const PostgresCopyWriter &) = delete;
    PostgresCopyWriter &operator=(const PostgresCopyWriter &) = delete;

    /// False when the connection gives no access to its libpq handle.
    [[nodiscard]] bool isValid() const;

    /// Queues rows for \a table's \a columns ("a, b, c"), made with appendField()/endRow().
    /// False when an earlier batch failed (see finish()).
    [[nodiscard]] bool send(const QByteArray &table, const QByteArray &columns, QByteArray rows);
    /// Waits until every batch sent is stored; false, with the server's reason, when one failed.
    [[nodiscard]] bool finish(QString *error);

    /// Appends \a value to \a rows as one field of COPY's text format: NULL as \N; text as
    /// UTF-8 with backslash, tab, line feed and carriage return escaped; bytes as bytea hex;
    /// numbers as their digits. A field after the first of a row is preceded by a tab.
    static void appendField(QByteArray *rows, const QVariant &value, bool first);
    /// The same for text known to be non-null (no QVariant on the way).
    static void appendText(QByteArray *rows, const QString &text, bool first);
    static void endRow(QByteArray *rows) { rows->append('\n'); }

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace galley
