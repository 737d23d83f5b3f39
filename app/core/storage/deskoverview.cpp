#include "storage/deskoverview.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <map>

namespace galley {

namespace {

/// Timestamps are stored as UTC ISO 8601 with milliseconds ("2025-12-31T05:49:29.292Z"), so
/// they compare as strings.
QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDate localDay(const QString &stored)
{
    return QDateTime::fromString(stored, Qt::ISODateWithMs).toLocalTime().date();
}

} // namespace

DeskOverviewReader::DeskOverviewReader(Database &database)
    : m_database(database)
{ }

QString DeskOverviewReader::errorString() const
{
    return m_error;
}

std::optional<DeskOverview> DeskOverviewReader::read(QDate lastDay, int days) const
{
    m_error.clear();
    DeskOverview overview;
    days = std::max(1, days);
    const QDate firstDay = lastDay.addDays(-(days - 1));
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(1))
        overview.days.append(DeskDay { day });
    const QString from = stamp(firstDay.startOfDay());
    const QString to = stamp(lastDay.addDays(1).startOfDay());
    if (!readStates(overview) || !readCreated(overview, from, to) || !readMoves(overview, from, to)
        || !readReviewTimes(overview, from, to) || !readOpenComments(overview))
        return std::nullopt;
    return overview;
}

bool DeskOverviewReader::readStates(DeskOverview &overview) const
{
    // One row per desk with a count per state: SQLite then sorts 100,000 desks, not 100,000
    // (desk, state) pairs (0.08 s instead of 0.19 s on the 100k newsroom). On SQLite the list's
    // covering index holds desk and status, so the bodies (which come before them in the row)
    // are never read.
    const QList<WorkflowState> states = allWorkflowStates();
    QStringList counts;
    for (WorkflowState state : states)
        counts.append(QStringLiteral("SUM(CASE WHEN status = '%1' THEN 1 ELSE 0 END)").arg(workflowStateKey(state)));
    const bool sqlite = m_database.engine() == Engine::SQLite;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT desk, %1 FROM articles %2 WHERE deleted_at IS NULL GROUP BY desk")
                        .arg(counts.join(QStringLiteral(", ")),
                            sqlite ? QStringLiteral("INDEXED BY articles_live_list") : QString()))) {
        m_error = sqlErrorText(query.lastError());
        return false;
    }
    std::map<QString, QList<qint64>> byDesk;
    while (query.next()) {
        QList<qint64> &row = byDesk[query.value(0).toString()];
        row.resize(states.size());
        for (qsizetype i = 0; i < states.size(); ++i)
            row[i] += query.value(int(i) + 1).toLongLong();
    }
    for (const auto &[desk, row] : byDesk) {
        overview.desks.append(desk);
        for (qsizetype i = 0; i < states.size(); ++i) {
            if (row.at(i) > 0)
                overview.states.append(DeskStateCount { desk, states.at(i), row.at(i) });
        }
    }
    return true;
}

bool DeskOverviewReader::readCreated(DeskOverview &overview, const QString &from, const QString &to) const
{
    // created_at has no index: the articles updated since the period began hold every article
    // created in it, and updated_at has one.
    const bool sqlite = m_database.engine() == Engine::SQLite;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT created_at FROM articles %1 WHERE deleted_at IS NULL AND updated_at >= ? "
                                 "AND created_at >= ? AND created_at < ?")
                      .arg(sqlite ? QStringLiteral("INDEXED BY articles_live_updated") : QString()));
    query.addBindValue(from);
    query.addBindValue(from);
    query.addBindValue(to);
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return false;
    }
    const QDate firstDay = overview.days.constFirst().day;
    while (query.next()) {
        const qint64 index = firstDay.daysTo(localDay(query.value(0).toString()));
        if (index >= 0 && index < overview.days.size())
            ++overview.days[index].created;
    }
    return true;
}

bool DeskOverviewReader::readMoves(DeskOverview &overview, const QString &from, const QString &to) const
{
    const bool sqlite = m_database.engine() == Engine::SQLite;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT e.to_state, e.at FROM workflow_events e JOIN articles a %1 ON a.id = e.article_id "
                                 "WHERE e.to_state IN ('approved', 'published') AND e.at >= ? AND e.at < ? "
                                 "AND a.deleted_at IS NULL")
                      .arg(sqlite ? QStringLiteral("INDEXED BY articles_live_list") : QString()));
    query.addBindValue(from);
    query.addBindValue(to);
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return false;
    }
    const QDate firstDay = overview.days.constFirst().day;
    const QString approved = workflowStateKey(WorkflowState::Approved);
    while (query.next()) {
        const qint64 index = firstDay.daysTo(localDay(query.value(1).toString()));
        if (index < 0 || index >= overview.days.size())
            continue;
        if (query.value(0).toString() == approved)
            ++overview.days[index].approved;
        else
            ++overview.days[index].published;
    }
    return true;
}

bool DeskOverviewReader::readReviewTimes(DeskOverview &overview, const QString &from, const QString &to) const
{
    const bool sqlite = m_database.engine() == Engine::SQLite;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.desk, e.at, (SELECT MAX(r.at) FROM workflow_events r WHERE "
                                 "r.article_id = e.article_id AND r.to_state = 'in_review' AND r.at <= e.at) "
                                 "FROM workflow_events e JOIN articles a %1 ON a.id = e.article_id "
                                 "WHERE e.to_state = 'approved' AND e.at >= ? AND e.at < ? AND a.deleted_at IS NULL")
                      .arg(sqlite ? QStringLiteral("INDEXED BY articles_live_list") : QString()));
    query.addBindValue(from);
    query.addBindValue(to);
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return false;
    }
    std::map<QString, QList<qint64>> waits;
    while (query.next()) {
        if (query.value(2).isNull())
            continue; // approved without a recorded submission (an imported timeline)
        const QDateTime approved = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        const QDateTime submitted = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        if (approved.isValid() && submitted.isValid())
            waits[query.value(0).toString()].append(submitted.secsTo(approved));
    }
    for (auto &[desk, seconds] : waits) {
        std::sort(seconds.begin(), seconds.end());
        const qsizetype n = seconds.size();
        const qint64 median = n % 2 ? seconds.at(n / 2) : (seconds.at(n / 2 - 1) + seconds.at(n / 2)) / 2;
        overview.reviewTimes.append(DeskReviewTime { desk, n, median });
    }
    return true;
}

bool DeskOverviewReader::readOpenComments(DeskOverview &overview) const
{
    const bool sqlite = m_database.engine() == Engine::SQLite;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT n.author, COUNT(*) FROM annotations n JOIN articles a %1 ON a.id = n.article_id "
                                   "WHERE n.parent_id IS NULL AND n.state = 'open' AND a.deleted_at IS NULL "
                                   "GROUP BY n.author")
                        .arg(sqlite ? QStringLiteral("INDEXED BY articles_live_list") : QString()))) {
        m_error = sqlErrorText(query.lastError());
        return false;
    }
    while (query.next())
        overview.openComments.append(ReviewerComments { query.value(0).toString(), query.value(1).toLongLong() });
    std::sort(overview.openComments.begin(), overview.openComments.end(),
        [](const ReviewerComments &a, const ReviewerComments &b) {
            return a.openComments != b.openComments ? a.openComments > b.openComments : a.reviewer < b.reviewer;
        });
    return true;
}

} // namespace galley
