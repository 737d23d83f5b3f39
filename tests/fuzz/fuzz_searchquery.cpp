// Fuzz target "searchquery": any string typed into the search field, through both engines' query
// builders (storage/sqlite/sqlitesearch.h, storage/postgres/postgressearch.h), without a server.
// Invariants, SQLite: the MATCH expressions run without an error on FTS5 tables made as the
// newsroom makes them (trigram; galley_cjk, registered as a connection registers it), and an
// article whose title is the search string itself (as a title holds it) is found by each, unless
// the search has nothing searchable (then both are empty: a clean "no results").
// PostgreSQL: the values bound are ones the server accepts (no NUL, which a text value cannot
// hold), each LIKE pattern is "%" + the case-folded term with % _ \ escaped + "%", and the token
// array is a well-formed text[] literal of non-empty tokens.

#include "fuzzsupport.h"

#include "model/plaintext.h"
#include "storage/postgres/postgressearch.h"
#include "storage/sqlite/cjktokenizer.h"
#include "storage/sqlite/sqlitesearch.h"

#include <sqlite3.h>

#include <optional>

namespace {

constexpr const char *Target = "searchquery";

sqlite3 *database()
{
    static sqlite3 *db = [] {
        sqlite3 *opened = nullptr;
        if (sqlite3_open(":memory:", &opened) != SQLITE_OK)
            galley::fuzz::fail(Target, QStringLiteral("cannot open an in-memory SQLite database"));
        QString error;
        if (!galley::CjkTokenizer::registerOn(opened, &error))
            galley::fuzz::fail(Target, QStringLiteral("cannot register galley_cjk: %1").arg(error));
        // As storage/sqlite/migrations.cpp makes them, with their own content (no articles table).
        const char *schema = "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body_text, tokenize='trigram');"
                             "CREATE VIRTUAL TABLE articles_cjk USING fts5(title, body_text, tokenize='galley_cjk', "
                             "detail=column, columnsize=0);";
        char *message = nullptr;
        if (sqlite3_exec(opened, schema, nullptr, nullptr, &message) != SQLITE_OK)
            galley::fuzz::fail(Target, QStringLiteral("cannot make the FTS5 tables: %1").arg(QString::fromUtf8(message)));
        return opened;
    }();
    return db;
}

/// Binds \a values (UTF-16, as Qt's SQLite driver binds a QString) and steps \a sql to its end;
/// returns the rows, or sets \a error.
int run(const char *sql, const QStringList &values, QString *error)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(database(), sql, -1, &statement, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(database()));
        return -1;
    }
    for (int i = 0; i < values.size(); ++i)
        sqlite3_bind_text16(statement, i + 1, values.at(i).utf16(), int(values.at(i).size() * 2), SQLITE_TRANSIENT);
    int rows = 0;
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW)
        ++rows;
    if (status != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(database()));
        rows = -1;
    }
    sqlite3_finalize(statement);
    return rows;
}

void checkSqlite(const QString &search)
{
    using namespace galley;
    // The article's title holds the search as a title can (no control characters: they are
    // dropped from every field; a search reads them as spaces, as this title has them).
    QString title = search;
    for (QChar &c : title) {
        if (PlainText::isStrayControl(c.unicode()))
            c = QLatin1Char(' ');
    }
    QString error;
    if (run("DELETE FROM articles_fts", {}, &error) < 0 || run("DELETE FROM articles_cjk", {}, &error) < 0
        || run("INSERT INTO articles_fts(rowid, title, body_text) VALUES (1, ?, '')", { title }, &error) < 0
        || run("INSERT INTO articles_cjk(rowid, title, body_text) VALUES (1, ?, '')", { title }, &error) < 0)
        fuzz::fail(Target, QStringLiteral("cannot index the article: %1").arg(error));

    const SqliteSearch::MatchExpressions match = SqliteSearch::matchExpressions(search);
    const struct {
        const char *table;
        const char *sql;
        QString expression;
    } indexes[] = {
        { "articles_fts", "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", match.trigram },
        { "articles_cjk", "SELECT rowid FROM articles_cjk WHERE articles_cjk MATCH ?", match.cjk },
    };
    for (const auto &index : indexes) {
        if (index.expression.isEmpty())
            continue;
        const int rows = run(index.sql, { index.expression }, &error);
        fuzz::check(rows >= 0, Target,
                    QStringLiteral("%1 MATCH '%2' fails: %3").arg(QLatin1String(index.table), fuzz::shown(index.expression), error));
        fuzz::check(rows == 1, Target,
                    QStringLiteral("%1 MATCH '%2' does not find an article titled \"%3\"")
                        .arg(QLatin1String(index.table), fuzz::shown(index.expression), fuzz::shown(title)));
    }
}

/// The elements of a PostgreSQL text[] literal of double-quoted elements, or nullopt when it is
/// not one (https://www.postgresql.org/docs/15/arrays.html#ARRAYS-IO).
std::optional<QStringList> arrayElements(const QString &literal)
{
    if (!literal.startsWith(QLatin1Char('{')) || !literal.endsWith(QLatin1Char('}')) || literal.size() < 2)
        return std::nullopt;
    QStringList elements;
    qsizetype i = 1;
    const qsizetype end = literal.size() - 1;
    while (i < end) {
        if (literal.at(i) != QLatin1Char('"'))
            return std::nullopt;
        ++i;
        QString element;
        bool closed = false;
        while (i < end) {
            const QChar c = literal.at(i++);
            if (c == QLatin1Char('\\')) {
                if (i >= end)
                    return std::nullopt;
                element += literal.at(i++);
            } else if (c == QLatin1Char('"')) {
                closed = true;
                break;
            } else {
                element += c;
            }
        }
        if (!closed)
            return std::nullopt;
        elements.append(element);
        if (i < end) {
            if (literal.at(i) != QLatin1Char(','))
                return std::nullopt;
            ++i;
            if (i == end)
                return std::nullopt;
        }
    }
    return elements;
}

void checkPostgres(const QString &search)
{
    using namespace galley;
    const PostgresSearch::QueryParameters parameters = PostgresSearch::queryParameters(search);
    for (const QString &pattern : parameters.likePatterns) {
        fuzz::check(!pattern.contains(QChar(0)), Target, QStringLiteral("LIKE pattern with a NUL: %1").arg(fuzz::shown(pattern)));
        fuzz::check(pattern.size() >= 2 && pattern.startsWith(QLatin1Char('%')) && pattern.endsWith(QLatin1Char('%')), Target,
                    QStringLiteral("LIKE pattern not of the form %term%: %1").arg(fuzz::shown(pattern)));
        QString term;
        const QString inner = pattern.mid(1, pattern.size() - 2);
        for (qsizetype i = 0; i < inner.size(); ++i) {
            const QChar c = inner.at(i);
            if (c == QLatin1Char('\\')) {
                fuzz::check(i + 1 < inner.size(), Target, QStringLiteral("LIKE pattern ends in an escape: %1").arg(fuzz::shown(pattern)));
                term += inner.at(++i);
                continue;
            }
            fuzz::check(c != QLatin1Char('%') && c != QLatin1Char('_'), Target,
                        QStringLiteral("LIKE pattern with an unescaped wildcard: %1").arg(fuzz::shown(pattern)));
            term += c;
        }
        fuzz::check(search.toCaseFolded().contains(term), Target,
                    QStringLiteral("LIKE pattern %1 is not a term of the folded search").arg(fuzz::shown(pattern)));
    }
    if (parameters.tokens.isEmpty())
        return;
    fuzz::check(!parameters.tokens.contains(QChar(0)), Target, QStringLiteral("token array with a NUL: %1").arg(fuzz::shown(parameters.tokens)));
    const std::optional<QStringList> tokens = arrayElements(parameters.tokens);
    fuzz::check(tokens.has_value() && !tokens->isEmpty(), Target,
                QStringLiteral("not a text[] literal: %1").arg(fuzz::shown(parameters.tokens)));
    for (const QString &token : *tokens)
        fuzz::check(!token.isEmpty(), Target, QStringLiteral("an empty token in %1").arg(fuzz::shown(parameters.tokens)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString search = galley::fuzz::text(data, size);
    checkSqlite(search);
    checkPostgres(search);
    return 0;
}
