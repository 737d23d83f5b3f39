#include "workflowstate.h"

#include <QCoreApplication>

namespace galley {

QString workflowStateKey(WorkflowState state)
{
    switch (state) {
    case WorkflowState::Draft: return QStringLiteral("draft");
    case WorkflowState::InReview: return QStringLiteral("in_review");
    case WorkflowState::ChangesRequested: return QStringLiteral("changes_requested");
    case WorkflowState::Approved: return QStringLiteral("approved");
    case WorkflowState::Published: return QStringLiteral("published");
    case WorkflowState::Archived: return QStringLiteral("archived");
    }
    return QStringLiteral("draft");
}

std::optional<WorkflowState> workflowStateFromKey(QStringView key)
{
    QString normalized = key.trimmed().toString().toLower();
    normalized.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (WorkflowState state : allWorkflowStates()) {
        if (workflowStateKey(state) == normalized)
            return state;
    }
    return std::nullopt;
}

QString workflowStateDisplayName(WorkflowState state)
{
    switch (state) {
    case WorkflowState::Draft: return QCoreApplication::translate("galley::WorkflowState", "Draft");
    case WorkflowState::InReview: return QCoreApplication::translate("galley::WorkflowState", "In review");
    case WorkflowState::ChangesRequested:
        return QCoreApplication::translate("galley::WorkflowState", "Changes requested");
    case WorkflowState::Approved: return QCoreApplication::translate("galley::WorkflowState", "Approved");
    case WorkflowState::Published: return QCoreApplication::translate("galley::WorkflowState", "Published");
    case WorkflowState::Archived: return QCoreApplication::translate("galley::WorkflowState", "Archived");
    }
    return {};
}

QList<WorkflowState> allWorkflowStates()
{
    return {WorkflowState::Draft,    WorkflowState::InReview,  WorkflowState::ChangesRequested,
            WorkflowState::Approved, WorkflowState::Published, WorkflowState::Archived};
}

} // namespace galley
