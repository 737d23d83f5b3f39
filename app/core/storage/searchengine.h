#pragma once

#include "storage/articlesearch.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSqlQuery;

namespace galley {

class Database;

// Storage-internal: what each engine implements behind ArticleSearch (whose header documents
// the behaviour both must show: the same hits in the same order).
class ArticleSearchEngine
{
public:
    explicit ArticleSearchEngine(Database &database)
        : m_database(database)
    {
    }
    virtual ~ArticleSearchEngine() = default;

    [[nodiscard]] virtual qint64 count(const ArticleFilter &filter) = 0;
    /// count(), exact, unless the engine knows a cheaper way (see ArticleSearch::quickCount()).
    [[nodiscard]] virtual ListCount quickCount(const ArticleFilter &filter)
    {
        const qint64 total = count(filter);
        return { total, true, total };
    }
    /// \a total is count(filter) or -1 when the caller does not know it.
    /// \a neighbour: see ArticleSearch::page(); used where the list has no search.
    [[nodiscard]] virtual QList<ArticleRow> page(const ArticleFilter &filter, ArticleSortKey key,
        Qt::SortOrder order, qint64 offset, int limit, qint64 total, const PageNeighbour &neighbour) = 0;
    [[nodiscard]] virtual qint64 rowOf(const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order, qint64 id) = 0;
    /// Distinct non-empty values of a live article column ("desk", "byline"), ascending.
    [[nodiscard]] virtual QStringList distinctValues(const QString &column) = 0;

    [[nodiscard]] QString errorString() const { return m_error; }

protected:
    /// Prepares \a sql forward-only, binds \a binds and runs it; on failure errorString() says why.
    bool run(QSqlQuery &query, const QString &sql, const QList<QVariant> &binds) const;
    /// The first column of the first row of \a sql, or -1 on failure.
    [[nodiscard]] qint64 scalar(const QString &sql, const QList<QVariant> &binds) const;
    /// Indexes the articles a save left pending (SearchIndex), so that a search is exact.
    void catchUp() const;

    Database &m_database;
    mutable QString m_error;
};

namespace SearchText {

/// SQL text with its bound values, built up piece by piece.
struct Sql {
    QString text;
    QVariantList binds;

    Sql &append(const QString &more, const QVariantList &moreBinds = {})
    {
        text += more;
        binds += moreBinds;
        return *this;
    }
    Sql &append(const Sql &more) { return append(more.text, more.binds); }
};

/// One term of an ORDER BY.
struct OrderTerm {
    QString column;
    bool ascending;
};

/// "a ASC, b DESC" for \a terms (each turned around when \a reversed), columns prefixed.
[[nodiscard]] QString orderBy(const QList<OrderTerm> &terms, bool reversed, const QString &prefix = {});

/// The plain list (no search) as seekPage() reads it.
struct SeekedList {
    QString columns; ///< the row's columns, on the article "a"
    QString from; ///< "articles a", with an index named where the engine needs to
    Sql where; ///< the list's conditions on "a"
    QString key; ///< the sort expression on "a"; empty when the order is by id alone
    bool ascending = true;
};

/// The \a limit rows of \a list that follow neighbour.after (or precede neighbour.before, then
/// nearest first) in the list's order, neighbour.skip rows on, off the sort index by a seek to
/// the neighbour's key and id; no rows when the neighbour is gone. The columns are list.columns.
[[nodiscard]] Sql seekPage(const SeekedList &list, const PageNeighbour &neighbour, qint64 limit);

/// Above this offset, ArticleSearch::page() counts the list to see whether the far end is nearer.
inline constexpr qint64 ForwardOffsetLimit = 5000;
/// A search in the trash reads the text of at most this many articles (see ArticleSearch).
inline constexpr int TrashSearchLimit = 2000;

/// The number of code points in \a text (a query term's length as a person counts it).
[[nodiscard]] qsizetype codePointCount(QStringView text);
/// The whitespace-separated terms of a search, duplicates removed; empty for a blank search.
[[nodiscard]] QStringList terms(const QString &search);
/// An excerpt of \a marked (hits between \x02 and \x03) around its first hit: a few characters
/// before it and at least a line's worth in all, never ending inside a hit, with "…" where text
/// was left out and line breaks as spaces.
[[nodiscard]] QString excerpt(const QString &marked);

} // namespace SearchText

} // namespace galley
