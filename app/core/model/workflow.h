#pragma once

#include "workflowstate.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace galley {

/// Who the user is in the newsroom (from Preferences on a newsroom file; from the PostgreSQL
/// group role on a team server). An editor writes and moves the copy along; a reviewer reads,
/// annotates and approves or sends back, but never edits the copy; a chief (the desk head) may
/// do both.
enum class Role { Editor, Reviewer, Chief };

/// "editor" / "reviewer" / "chief".
[[nodiscard]] QString roleKey(Role role);
/// Parses "editor", "reviewer" or "chief" (case-insensitive).
[[nodiscard]] std::optional<Role> roleFromKey(QStringView key);
/// Translated name ("Editor" / "编辑").
[[nodiscard]] QString roleDisplayName(Role role);
/// True when \a role may make the moves (and the edits) that belong to \a owner: its own, and
/// for a chief both an editor's and a reviewer's.
[[nodiscard]] bool roleActsAs(Role role, Role owner);
/// True when \a role may change an article's text and fields (editor, chief).
[[nodiscard]] bool roleMayEdit(Role role);

/// One allowed move of the workflow.
struct WorkflowTransition {
    WorkflowState from = WorkflowState::Draft;
    WorkflowState to = WorkflowState::Draft;
    Role role = Role::Editor; ///< the one role that may take it

    friend bool operator==(const WorkflowTransition &, const WorkflowTransition &) = default;
};

/// A transition as it happened (workflow_events row): shown as the article's timeline.
struct WorkflowEvent {
    qint64 id = 0;
    qint64 articleId = 0;
    WorkflowState from = WorkflowState::Draft;
    WorkflowState to = WorkflowState::Draft;
    QString who;
    QDateTime at; ///< UTC
    QString note;

    friend bool operator==(const WorkflowEvent &, const WorkflowEvent &) = default;
};

/// The newsroom's workflow rules: which transitions exist and whose they are. Pure, no storage.
///
/// | from              | to                | role     | action (as offered)            |
/// |-------------------|-------------------|----------|--------------------------------|
/// | Draft             | In review         | editor   | Submit for review              |
/// | Draft             | Archived          | editor   | Spike (shelve without running) |
/// | In review         | Approved          | reviewer | Approve                        |
/// | In review         | Changes requested | reviewer | Request changes                |
/// | In review         | Draft             | editor   | Withdraw from review           |
/// | Changes requested | In review         | editor   | Resubmit                       |
/// | Approved          | Published         | editor   | Publish                        |
/// | Approved          | Changes requested | reviewer | Request changes (revoke)       |
/// | Published         | Archived          | editor   | Archive                        |
/// | Archived          | Draft             | editor   | Reopen as draft                |
///
/// Review decisions belong to reviewers only, so copy never approves itself; everything that
/// moves copy towards or away from publication belongs to editors. A published article is
/// corrected by archiving and reopening it, which leaves a trail in the timeline.
namespace Workflow {

/// Every allowed transition, in the order of the table above.
[[nodiscard]] const QList<WorkflowTransition> &transitions();
/// The transitions \a role may take from \a from (what a menu offers; a chief gets both roles').
[[nodiscard]] QList<WorkflowTransition> available(WorkflowState from, Role role);
/// The transition from \a from to \a to, whoever owns it; nullopt if the workflow has none.
[[nodiscard]] std::optional<WorkflowTransition> find(WorkflowState from, WorkflowState to);
[[nodiscard]] bool isAllowed(WorkflowState from, WorkflowState to, Role role);
/// Translated verb for a menu or button ("Submit for review" / "提交审核").
[[nodiscard]] QString actionName(const WorkflowTransition &transition);
/// One translated sentence saying why \a role cannot move an article from \a from to \a to,
/// or an empty string when it can.
[[nodiscard]] QString refusal(WorkflowState from, WorkflowState to, Role role);

} // namespace Workflow
} // namespace galley
