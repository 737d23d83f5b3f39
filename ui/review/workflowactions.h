#pragma once

#include "model/workflow.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QToolBar;
class QWidget;

namespace galley {

class CopyDeskChecker;
class Database;
class DocumentController;

/// The workflow moves of the open article as actions: exactly the transitions the user's
/// role may take from the article's state (Workflow::available()), in an "Article → Workflow"
/// submenu and a toolbar, plus a status-bar widget showing the state with its colour and icon.
///
/// Taking a transition asks for an optional note (through the note provider: a dialog by
/// default, a function in tests), saves an editor's pending edits, and moves the article
/// through WorkflowRepository, which records the event on the timeline and a named revision.
/// The editor then holds the saved article. Nothing is moved when the note is cancelled.
class WorkflowActions final : public QObject
{
    Q_OBJECT
public:
    /// Asked for the note of \a transition; nullopt cancels the move.
    using NoteProvider = std::function<std::optional<QString>(const WorkflowTransition &transition)>;
    /// Asked before approving an article the copy desk has \a findings in (\a errors of them
    /// errors); true approves anyway.
    using ApprovalConfirmer = std::function<bool(int findings, int errors)>;

    WorkflowActions(Database &database, DocumentController *controller, QWidget *parent);
    ~WorkflowActions() override;

    void setRole(Role role);
    [[nodiscard]] Role role() const { return m_role; }
    void setUserName(const QString &name) { m_userName = name; }
    void setNoteProvider(NoteProvider provider) { m_noteProvider = std::move(provider); }
    /// The editor's copy desk: approving an article with findings asks first (a question
    /// box whose default is not to approve, or \a confirmer in tests).
    void setCopyDesk(CopyDeskChecker *checker) { m_copyDesk = checker; }
    void setApprovalConfirmer(ApprovalConfirmer confirmer) { m_approvalConfirmer = std::move(confirmer); }

    /// "Workflow" submenu, for the Article menu.
    [[nodiscard]] QMenu *menu() const { return m_menu; }
    [[nodiscard]] QToolBar *toolBar() const { return m_toolBar; }
    /// The state of the open article, with its colour: for the status bar.
    [[nodiscard]] QWidget *statusWidget() const { return m_statusWidget; }
    /// The actions offered now (one per available transition), in the workflow's order.
    [[nodiscard]] QList<QAction *> actions() const { return m_actions; }
    /// The targets of the actions offered now.
    [[nodiscard]] QList<WorkflowState> offeredTargets() const;

    /// Moves the open article to \a to (asking for the note). True when it moved.
    bool perform(WorkflowState to);

Q_SIGNALS:
    void transitioned(qint64 articleId, galley::WorkflowState to);
    void statusMessage(const QString &message);

private:
    void rebuild();
    [[nodiscard]] std::optional<QString> askNote(const WorkflowTransition &transition) const;
    [[nodiscard]] bool confirmApproval(int findings, int errors) const;

    Database &m_database;
    DocumentController *m_controller = nullptr;
    QWidget *m_parent = nullptr;
    QMenu *m_menu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QWidget *m_statusWidget = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_statusText = nullptr;
    QList<QAction *> m_actions;
    NoteProvider m_noteProvider;
    CopyDeskChecker *m_copyDesk = nullptr;
    ApprovalConfirmer m_approvalConfirmer;
    Role m_role = Role::Editor;
    QString m_userName;
};

} // namespace galley
