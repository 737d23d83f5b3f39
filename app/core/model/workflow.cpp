#include "workflow.h"

#include <QCoreApplication>

namespace galley {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Chief:
        return QStringLiteral("chief");
    case Role::Editor:
        break;
    }
    return QStringLiteral("editor");
}

std::optional<Role> roleFromKey(QStringView key)
{
    const QStringView trimmed = key.trimmed();
    if (trimmed.compare(QLatin1String("editor"), Qt::CaseInsensitive) == 0)
        return Role::Editor;
    if (trimmed.compare(QLatin1String("reviewer"), Qt::CaseInsensitive) == 0)
        return Role::Reviewer;
    if (trimmed.compare(QLatin1String("chief"), Qt::CaseInsensitive) == 0)
        return Role::Chief;
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Reviewer:
        return QCoreApplication::translate("galley::Workflow", "Reviewer");
    case Role::Chief:
        return QCoreApplication::translate("galley::Workflow", "Chief editor");
    case Role::Editor:
        break;
    }
    return QCoreApplication::translate("galley::Workflow", "Editor");
}

bool roleActsAs(Role role, Role owner)
{
    return role == owner || role == Role::Chief;
}

bool roleMayEdit(Role role)
{
    return roleActsAs(role, Role::Editor);
}

namespace Workflow {

const QList<WorkflowTransition> &transitions()
{
    using S = WorkflowState;
    static const QList<WorkflowTransition> table {
        { S::Draft, S::InReview, Role::Editor },
        { S::Draft, S::Archived, Role::Editor },
        { S::InReview, S::Approved, Role::Reviewer },
        { S::InReview, S::ChangesRequested, Role::Reviewer },
        { S::InReview, S::Draft, Role::Editor },
        { S::ChangesRequested, S::InReview, Role::Editor },
        { S::Approved, S::Published, Role::Editor },
        { S::Approved, S::ChangesRequested, Role::Reviewer },
        { S::Published, S::Archived, Role::Editor },
        { S::Archived, S::Draft, Role::Editor },
    };
    return table;
}

QList<WorkflowTransition> available(WorkflowState from, Role role)
{
    QList<WorkflowTransition> result;
    for (const WorkflowTransition &transition : transitions()) {
        if (transition.from == from && roleActsAs(role, transition.role))
            result.append(transition);
    }
    return result;
}

std::optional<WorkflowTransition> find(WorkflowState from, WorkflowState to)
{
    for (const WorkflowTransition &transition : transitions()) {
        if (transition.from == from && transition.to == to)
            return transition;
    }
    return std::nullopt;
}

bool isAllowed(WorkflowState from, WorkflowState to, Role role)
{
    const std::optional<WorkflowTransition> transition = find(from, to);
    return transition && roleActsAs(role, transition->role);
}

QString actionName(const WorkflowTransition &transition)
{
    using S = WorkflowState;
    switch (transition.to) {
    case S::InReview:
        return transition.from == S::ChangesRequested
            ? QCoreApplication::translate("galley::Workflow", "Resubmit")
            : QCoreApplication::translate("galley::Workflow", "Submit for review");
    case S::Approved:
        return QCoreApplication::translate("galley::Workflow", "Approve");
    case S::ChangesRequested:
        return transition.from == S::Approved ? QCoreApplication::translate("galley::Workflow", "Revoke approval")
                                              : QCoreApplication::translate("galley::Workflow", "Request changes");
    case S::Published:
        return QCoreApplication::translate("galley::Workflow", "Publish");
    case S::Archived:
        return transition.from == S::Draft ? QCoreApplication::translate("galley::Workflow", "Spike")
                                           : QCoreApplication::translate("galley::Workflow", "Archive");
    case S::Draft:
        return transition.from == S::InReview ? QCoreApplication::translate("galley::Workflow", "Withdraw from review")
                                              : QCoreApplication::translate("galley::Workflow", "Reopen as draft");
    }
    return {};
}

QString refusal(WorkflowState from, WorkflowState to, Role role)
{
    const std::optional<WorkflowTransition> transition = find(from, to);
    if (!transition) {
        if (from == to)
            return QCoreApplication::translate("galley::Workflow", "the article is already %1.")
                .arg(workflowStateDisplayName(from));
        return QCoreApplication::translate("galley::Workflow", "an article cannot go from %1 to %2.")
            .arg(workflowStateDisplayName(from), workflowStateDisplayName(to));
    }
    if (!roleActsAs(role, transition->role))
        return QCoreApplication::translate("galley::Workflow", "moving an article from %1 to %2 is for a %3, not a %4.")
            .arg(workflowStateDisplayName(from), workflowStateDisplayName(to),
                roleDisplayName(transition->role).toLower(), roleDisplayName(role).toLower());
    return {};
}

} // namespace Workflow
} // namespace galley
