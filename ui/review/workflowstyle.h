#pragma once

#include "model/workflowstate.h"

#include <QColor>
#include <QIcon>
#include <QHash>
#include <QStyledItemDelegate>

#include <functional>

namespace galley {

/// How a workflow state looks wherever it is shown (status bar, article list, history): one
/// colour per state and a round dot icon in that colour, so the desk reads the state at a glance.
namespace WorkflowStyle {
[[nodiscard]] QColor color(WorkflowState state);
/// A filled dot of color(state), with a light outline so it shows on dark themes too.
[[nodiscard]] QIcon icon(WorkflowState state);
} // namespace WorkflowStyle

/// Paints a state column (int(WorkflowState) in \a stateRole) with the state's dot before its
/// name, and, when given count sources, the number of open review threads and of open
/// suggestions after it ("In review (2)", "In review (2, 1 suggestion)"). Used for the Status
/// column of the article list, whose model stays as it is.
class WorkflowStateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// Open-thread count of an article.
    using CountSource = std::function<int(qint64 articleId)>;

    explicit WorkflowStateDelegate(int stateRole, QObject *parent = nullptr);

    /// Shows open-thread counts, read through \a source (once per article, then cached) for
    /// the article id in \a idRole.
    void setOpenThreadCounts(int idRole, CountSource source);
    /// Forgets the cached counts (the list was reloaded).
    void invalidateCounts()
    {
        m_counts.clear();
        m_suggestionCounts.clear();
    }
    void setOpenThreadCount(qint64 articleId, int count) { m_counts.insert(articleId, count); }
    /// Shows open-suggestion counts too, read through \a source (once per article, then cached)
    /// for the article id in the idRole given to setOpenThreadCounts().
    void setOpenSuggestionCounts(CountSource source);
    void setOpenSuggestionCount(qint64 articleId, int count) { m_suggestionCounts.insert(articleId, count); }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_stateRole = Qt::UserRole;
    int m_idRole = -1;
    CountSource m_countSource;
    CountSource m_suggestionSource;
    mutable QHash<qint64, int> m_counts;
    mutable QHash<qint64, int> m_suggestionCounts;
};

} // namespace galley
