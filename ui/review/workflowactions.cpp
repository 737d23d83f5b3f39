#include "workflowactions.h"

#include "documentcontroller.h"
#include "editor/copydeskchecker.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/workflowrepository.h"
#include "workflowstyle.h"

#include <QAction>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QPlainTextEdit>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>

namespace galley {

WorkflowActions::WorkflowActions(Database &database, DocumentController *controller, QWidget *parent)
    : QObject(parent)
    , m_database(database)
    , m_controller(controller)
    , m_parent(parent)
{
    m_menu = new QMenu(tr("&Workflow"), parent);
    m_menu->setObjectName(QStringLiteral("workflowMenu"));
    m_toolBar = new QToolBar(tr("Workflow"), parent);
    m_toolBar->setObjectName(QStringLiteral("workflowToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_statusWidget = new QWidget(parent);
    m_statusWidget->setObjectName(QStringLiteral("workflowStatus"));
    auto *layout = new QHBoxLayout(m_statusWidget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_statusIcon = new QLabel(m_statusWidget);
    m_statusText = new QLabel(m_statusWidget);
    layout->addWidget(m_statusIcon);
    layout->addWidget(m_statusText);
    m_statusWidget->setAccessibleName(tr("Workflow state"));

    connect(m_controller, &DocumentController::articleLoaded, this, &WorkflowActions::rebuild);
    connect(m_controller, &DocumentController::fieldsReloaded, this, &WorkflowActions::rebuild);
    rebuild();
}

WorkflowActions::~WorkflowActions() = default;

void WorkflowActions::setRole(Role role)
{
    m_role = role;
    rebuild();
}

QList<WorkflowState> WorkflowActions::offeredTargets() const
{
    QList<WorkflowState> targets;
    for (const QAction *action : m_actions)
        targets.append(WorkflowState(action->data().toInt()));
    return targets;
}

void WorkflowActions::rebuild()
{
    // Later, not now: this may run from the triggered() of one of these actions.
    for (QAction *action : std::as_const(m_actions))
        action->deleteLater();
    m_actions.clear();
    m_menu->clear();
    m_toolBar->clear();

    const bool open = m_controller->hasArticle();
    const WorkflowState state = m_controller->article().status;
    m_statusWidget->setVisible(open);
    if (open) {
        m_statusIcon->setPixmap(WorkflowStyle::icon(state).pixmap(12, 12));
        m_statusText->setText(workflowStateDisplayName(state));
        m_statusWidget->setToolTip(tr("Workflow state: %1").arg(workflowStateDisplayName(state)));
    }

    // A newsroom open read-only shows the state, and offers no move.
    const QList<WorkflowTransition> transitions
        = open && !m_database.isReadOnly() ? Workflow::available(state, m_role) : QList<WorkflowTransition>();
    for (const WorkflowTransition &transition : transitions) {
        auto *action = new QAction(WorkflowStyle::icon(transition.to), Workflow::actionName(transition) + QStringLiteral("…"), this);
        action->setObjectName(QStringLiteral("workflow_") + workflowStateKey(transition.to));
        action->setData(int(transition.to));
        action->setStatusTip(tr("Move the article from “%1” to “%2”")
                                 .arg(workflowStateDisplayName(transition.from), workflowStateDisplayName(transition.to)));
        const WorkflowState to = transition.to;
        connect(action, &QAction::triggered, this, [this, to] { perform(to); });
        m_actions.append(action);
        m_menu->addAction(action);
        m_toolBar->addAction(action);
    }
    if (m_actions.isEmpty()) {
        QAction *none = m_menu->addAction(open ? tr("No moves for a %1 from “%2”")
                                                     .arg(roleDisplayName(m_role).toLower(), workflowStateDisplayName(state))
                                               : tr("No article open"));
        none->setEnabled(false);
    }
}

std::optional<QString> WorkflowActions::askNote(const WorkflowTransition &transition) const
{
    if (m_noteProvider)
        return m_noteProvider(transition);
    QInputDialog dialog(m_parent);
    dialog.setWindowTitle(Workflow::actionName(transition));
    dialog.setLabelText(tr("“%1” → “%2”. A note for the timeline (optional):")
                            .arg(workflowStateDisplayName(transition.from), workflowStateDisplayName(transition.to)));
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setInputMode(QInputDialog::TextInput);
    // Tab leaves the note for the buttons: in a multi-line field Tab would type a tab and Enter a
    // new line, so from the keyboard OK could not be reached.
    const QList<QPlainTextEdit *> fields = dialog.findChildren<QPlainTextEdit *>();
    for (QPlainTextEdit *field : fields)
        field->setTabChangesFocus(true);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue().trimmed();
}

bool WorkflowActions::confirmApproval(int findings, int errors) const
{
    if (m_approvalConfirmer)
        return m_approvalConfirmer(findings, errors);
    QMessageBox box(QMessageBox::Question, tr("Approve with Copy-Desk Findings?"),
        errors > 0 ? tr("The copy desk has %n finding(s) in this article (errors: %1).", nullptr, findings).arg(errors)
                   : tr("The copy desk has %n finding(s) in this article.", nullptr, findings),
        QMessageBox::NoButton, m_parent);
    box.setInformativeText(tr("View ▸ Copy Desk lists them. Approve the article as it is?"));
    QPushButton *approve = box.addButton(tr("&Approve Anyway"), QMessageBox::AcceptRole);
    QPushButton *back = box.addButton(tr("&Review Findings"), QMessageBox::RejectRole);
    box.setDefaultButton(back);
    box.setEscapeButton(back);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(approve);
}

bool WorkflowActions::perform(WorkflowState to)
{
    if (!m_controller->hasArticle())
        return false;
    const WorkflowState from = m_controller->article().status;
    const QString refusal = Workflow::refusal(from, to, m_role);
    if (!refusal.isEmpty()) {
        Q_EMIT statusMessage(refusal);
        return false;
    }
    const std::optional<WorkflowTransition> transition = Workflow::find(from, to);
    if (!transition)
        return false;
    if (to == WorkflowState::Approved && m_copyDesk) {
        int errors = 0;
        const QList<CopyDeskChecker::Located> findings = m_copyDesk->findings();
        for (const CopyDeskChecker::Located &located : findings)
            errors += located.finding.severity == LintSeverity::Error ? 1 : 0;
        if (!findings.isEmpty() && !confirmApproval(int(findings.size()), errors)) {
            Q_EMIT statusMessage(tr("Not approved: the copy desk's findings are listed in View ▸ Copy Desk."));
            return false;
        }
    }
    const std::optional<QString> note = askNote(*transition);
    if (!note)
        return false;

    Article article;
    if (m_controller->isReadOnly()) {
        // A reviewer sends on the copy as stored (there are no edits of theirs to keep).
        const std::optional<Article> stored = ArticleRepository(m_database).load(m_controller->articleId());
        if (!stored)
            return false;
        article = *stored;
    } else {
        if (m_controller->isModified() && !m_controller->save())
            return false;
        article = m_controller->currentArticle();
    }

    WorkflowRepository workflow(m_database);
    const qint64 id = article.id;
    switch (workflow.transition(article, to, m_role, m_userName, *note)) {
    case WorkflowRepository::Result::Done:
        m_controller->adoptSaved(article);
        rebuild();
        Q_EMIT statusMessage(tr("“%1” is now %2.").arg(article.title, workflowStateDisplayName(to)));
        Q_EMIT transitioned(id, to);
        return true;
    case WorkflowRepository::Result::Conflict:
        Q_EMIT statusMessage(tr("Not moved: the article was changed elsewhere. Open it again and retry."));
        return false;
    case WorkflowRepository::Result::NotAllowed:
    case WorkflowRepository::Result::NotFound:
    case WorkflowRepository::Result::Failed:
        Q_EMIT statusMessage(tr("Not moved: %1").arg(workflow.errorString()));
        rebuild();
        return false;
    }
    return false;
}

} // namespace galley
