#pragma once

#include "model/workflowstate.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace galley {

class Database;

/// How many live articles of one desk are in one state (what `galley list --desk D --status S`
/// counts).
struct DeskStateCount {
    QString desk;
    WorkflowState state = WorkflowState::Draft;
    qint64 count = 0;

    friend bool operator==(const DeskStateCount &, const DeskStateCount &) = default;
};

/// What happened on one day (local time): articles created, approvals and publications (each
/// workflow move counts, so an article approved twice counts twice).
struct DeskDay {
    QDate day;
    qint64 created = 0;
    qint64 approved = 0;
    qint64 published = 0;

    friend bool operator==(const DeskDay &, const DeskDay &) = default;
};

/// How long one desk's copy waited in review: from the move to "in review" to the approval
/// that ended that wait, as the median over the approvals of the period.
struct DeskReviewTime {
    QString desk;
    qint64 approvals = 0;
    qint64 medianSeconds = 0;

    friend bool operator==(const DeskReviewTime &, const DeskReviewTime &) = default;
};

/// Open comment threads (not replies) one reviewer started, on live articles.
struct ReviewerComments {
    QString reviewer;
    qint64 openComments = 0;

    friend bool operator==(const ReviewerComments &, const ReviewerComments &) = default;
};

/// The chief's view of the newsroom at one moment (see DeskOverviewReader).
struct DeskOverview {
    QList<DeskStateCount> states; ///< by desk, then by the workflow's order of states; no zero counts
    QList<DeskDay> days; ///< one per day of the period, oldest first, zeros included
    QList<DeskReviewTime> reviewTimes; ///< desks with at least one approval in the period, by desk
    QList<ReviewerComments> openComments; ///< most open comments first, then by name
    QStringList desks; ///< every desk that has a live article, sorted (the categories of states)
};

/// Reads the desk overview of a newsroom, on either engine, read-only. Counts take live
/// articles only (the trash is left out, as in the article list): states are the list's counts
/// by desk and status; "created" is the articles' created_at; approvals and publications are
/// the workflow timeline's moves to those states; review time is measured from the latest move
/// to "in review" before each approval. Days are local days (the time zone of this process).
///
/// The articles created in the period are found through the index on updated_at (an article is
/// never updated before it was created), so the cost follows the articles touched in the
/// period, not the size of the newsroom.
class DeskOverviewReader final
{
public:
    explicit DeskOverviewReader(Database &database);

    /// The overview for the \a days days that end with \a lastDay (included). nullopt on a
    /// database error (see errorString()).
    [[nodiscard]] std::optional<DeskOverview> read(QDate lastDay, int days = 30) const;
    /// Why the last read() failed: the database's message.
    [[nodiscard]] QString errorString() const;

private:
    [[nodiscard]] bool readStates(DeskOverview &overview) const;
    [[nodiscard]] bool readCreated(DeskOverview &overview, const QString &from, const QString &to) const;
    [[nodiscard]] bool readMoves(DeskOverview &overview, const QString &from, const QString &to) const;
    [[nodiscard]] bool readReviewTimes(DeskOverview &overview, const QString &from, const QString &to) const;
    [[nodiscard]] bool readOpenComments(DeskOverview &overview) const;

    Database &m_database;
    mutable QString m_error;
};

} // namespace galley
