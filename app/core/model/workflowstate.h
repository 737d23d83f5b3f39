#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace galley {

/// The states an article moves through on its way to publication.
/// Stored in the database as the stable key returned by workflowStateKey().
enum class WorkflowState {
    Draft,
    InReview,
    ChangesRequested,
    Approved,
    Published,
    Archived,
};

/// Stable storage and command-line key: "draft", "in_review", "changes_requested",
/// "approved", "published", "archived".
[[nodiscard]] QString workflowStateKey(WorkflowState state);
/// Parses a key as produced by workflowStateKey() (case-insensitive; '-' accepted for '_').
[[nodiscard]] std::optional<WorkflowState> workflowStateFromKey(QStringView key);
/// Translated, human-readable name ("In review" / "审核中").
[[nodiscard]] QString workflowStateDisplayName(WorkflowState state);
/// All states in workflow order.
[[nodiscard]] QList<WorkflowState> allWorkflowStates();

} // namespace galley
