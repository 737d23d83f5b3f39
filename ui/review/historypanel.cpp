#include "historypanel.h"

#include "diffrenderer.h"
#include "document/canonicalhtml.h"
#include "document/textdiff.h"
#include "documentcontroller.h"
#include "editor/editoractions.h"
#include "editor/editorarea.h"
#include "models/revisionmodel.h"
#include "storage/revisionrepository.h"
#include "storage/workflowrepository.h"
#include "workflowstyle.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace galley {

HistoryPanel::HistoryPanel(Database &database, EditorArea *editorArea, QWidget *parent)
    : QDockWidget(tr("History"), parent)
    , m_database(database)
    , m_editorArea(editorArea)
{
    setObjectName(QStringLiteral("historyPanel"));
    m_model = new RevisionModel(database, this);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("revisionView"));
    m_view->setAccessibleName(tr("Revisions"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(RevisionModel::NoteColumn, QHeaderView::Stretch);
    m_view->setToolTip(tr("Select a revision to see what it changed, or two to compare them"));

    auto *buttons = new QHBoxLayout;
    m_compareCurrentButton = new QPushButton(tr("Compare with &Current"), content);
    m_compareCurrentButton->setToolTip(tr("Compare the selected revision with the text in the editor"));
    m_restoreButton = new QPushButton(tr("Re&store…"), content);
    m_restoreButton->setToolTip(tr("Make the selected revision the current text (the current text stays in the history)"));
    buttons->addWidget(m_compareCurrentButton);
    buttons->addStretch(1);
    buttons->addWidget(m_restoreButton);

    m_caption = new QLabel(content);
    m_caption->setObjectName(QStringLiteral("diffCaption"));
    m_caption->setWordWrap(true);
    m_textDiff = new QTextBrowser(content);
    m_textDiff->setObjectName(QStringLiteral("textDiff"));
    m_textDiff->setAccessibleName(tr("Changes from the previous revision"));
    m_sourceDiff = new QTextBrowser(content);
    m_sourceDiff->setObjectName(QStringLiteral("sourceDiff"));
    m_sourceDiff->setLineWrapMode(QTextEdit::WidgetWidth);
    m_timeline = new QTreeWidget(content);
    m_timeline->setObjectName(QStringLiteral("workflowTimeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setHeaderLabels({tr("When"), tr("Who"), tr("Move"), tr("Note")});
    m_timeline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->header()->setStretchLastSection(true);

    m_tabs = new QTabWidget(content);
    m_tabs->setDocumentMode(true);
    // Short names: the three read whole in a dock a fifth of a wide screen across, without
    // scroll arrows; the tooltips say the rest.
    m_tabs->addTab(m_textDiff, tr("Changes"));
    m_tabs->setTabToolTip(0, tr("What the revision changed in the text"));
    m_tabs->addTab(m_sourceDiff, tr("HTML"));
    m_tabs->setTabToolTip(1, tr("The HTML of the two revisions side by side"));
    m_sourceDiff->setAccessibleName(tr("HTML of the two revisions side by side"));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->setTabToolTip(2, tr("The article’s workflow: who moved it, when, and why"));
    m_timeline->setAccessibleName(tr("Workflow timeline"));

    auto *lower = new QWidget(content);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_caption);
    lowerLayout->addWidget(m_tabs, 1);
    auto *upper = new QWidget(content);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_view, 1);
    upperLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, content);
    splitter->addWidget(upper);
    splitter->addWidget(lower);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);
    setWidget(content);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPanel::onSelectionChanged);
    connect(m_compareCurrentButton, &QPushButton::clicked, this, [this] {
        const QList<int> numbers = selectedNumbers();
        if (numbers.size() == 1)
            compareWithCurrent(numbers.first());
    });
    connect(m_restoreButton, &QPushButton::clicked, this, [this] {
        const QList<int> numbers = selectedNumbers();
        if (numbers.size() == 1)
            restore(numbers.first());
    });

    DocumentController *controller = editorArea->documentController();
    connect(controller, &DocumentController::articleLoaded, this, &HistoryPanel::onArticleLoaded);
    // The controller records a revision with every save; the list only has to follow.
    connect(controller, &DocumentController::saved, this, &HistoryPanel::refresh);
    onArticleLoaded(controller->articleId());
}

HistoryPanel::~HistoryPanel() = default;

void HistoryPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void HistoryPanel::onArticleLoaded(qint64 id)
{
    ++m_diffGeneration; // a comparison of the previous article still running is not shown
    m_comparing = false;
    m_model->setArticle(id);
    m_caption->clear();
    m_textDiff->clear();
    m_sourceDiff->clear();
    refreshTimeline();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0); // shows what the latest revision changed
    updateButtons();
}

void HistoryPanel::refresh()
{
    m_model->refresh();
    refreshTimeline();
    updateButtons();
}

void HistoryPanel::refreshTimeline()
{
    m_timeline->clear();
    const qint64 id = m_model->articleId();
    if (id == 0)
        return;
    const QList<WorkflowEvent> events = WorkflowRepository(m_database).events(id);
    for (const WorkflowEvent &event : events) {
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setText(0, QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, event.who);
        item->setText(2, QStringLiteral("%1 → %2").arg(workflowStateDisplayName(event.from), workflowStateDisplayName(event.to)));
        item->setIcon(2, WorkflowStyle::icon(event.to));
        item->setText(3, event.note);
        item->setToolTip(3, event.note);
    }
}

QList<int> HistoryPanel::selectedNumbers() const
{
    QList<int> numbers;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        numbers.append(m_model->numberAt(row.row()));
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

void HistoryPanel::updateButtons()
{
    const QList<int> numbers = selectedNumbers();
    m_compareCurrentButton->setEnabled(numbers.size() == 1);
    m_restoreButton->setEnabled(numbers.size() == 1 && !m_readOnly);
    m_restoreButton->setVisible(!m_readOnly);
}

void HistoryPanel::onSelectionChanged()
{
    updateButtons();
    const QList<int> numbers = selectedNumbers();
    if (numbers.size() == 2) {
        compare(numbers.at(0), numbers.at(1));
    } else if (numbers.size() == 1) {
        // What this revision changed: compared with the one listed before it.
        const int row = m_model->rowOf(numbers.first());
        const int previous = m_model->numberAt(row + 1);
        if (previous > 0)
            compare(previous, numbers.first());
        else
            compareWithCurrent(numbers.first());
    }
}

void HistoryPanel::showDiff(const QString &olderHtml, const QString &newerHtml, const QString &caption)
{
    // Diffing a long article takes a while (two parses and a character diff of 100,000
    // characters): it runs on a worker thread, and only the newest request is shown.
    const quint64 generation = ++m_diffGeneration;
    m_comparing = true;
    m_caption->setText(caption + QStringLiteral(" — ") + tr("comparing…"));
    QPointer<HistoryPanel> self(this);
    QThreadPool::globalInstance()->start([self, generation, olderHtml, newerHtml, caption] {
        const QList<DiffRun> runs = TextDiff::diff(CanonicalHtml::toPlainText(olderHtml), CanonicalHtml::toPlainText(newerHtml));
        const TextDiff::Summary summary = TextDiff::summarize(runs);
        QString text = DiffRenderer::textDiffHtml(runs, DiffRenderer::DefaultContextCharacters);
        QString source = DiffRenderer::sideBySideHtml(TextDiff::sideBySide(olderHtml, newerHtml), DiffRenderer::DefaultContextRows);
        QMetaObject::invokeMethod(qApp, [self, generation, caption, summary, text = std::move(text), source = std::move(source)] {
            if (!self || generation != self->m_diffGeneration)
                return; // closed, or another comparison was asked for meanwhile
            self->m_comparing = false;
            self->m_caption->setText(caption + QStringLiteral(" — ")
                                     + (summary.inserted == 0 && summary.deleted == 0
                                            ? tr("no change in the text")
                                            : tr("%1 characters inserted, %2 deleted").arg(summary.inserted).arg(summary.deleted)));
            self->m_textDiff->setHtml(text);
            self->m_sourceDiff->setHtml(source);
            Q_EMIT self->diffShown();
        });
    });
}

bool HistoryPanel::isComparing() const
{
    return m_comparing;
}

bool HistoryPanel::compare(int older, int newer)
{
    const qint64 id = m_model->articleId();
    RevisionRepository revisions(m_database);
    const std::optional<Revision> a = revisions.load(id, older);
    const std::optional<Revision> b = revisions.load(id, newer);
    if (!a || !b)
        return false;
    showDiff(a->bodyHtml, b->bodyHtml, tr("Revision %1 → revision %2").arg(older).arg(newer));
    return true;
}

bool HistoryPanel::compareWithCurrent(int number)
{
    const std::optional<Revision> revision = RevisionRepository(m_database).load(m_model->articleId(), number);
    if (!revision)
        return false;
    showDiff(revision->bodyHtml, m_editorArea->documentController()->currentArticle().bodyHtml,
             tr("Revision %1 → the text in the editor").arg(number));
    return true;
}

bool HistoryPanel::confirmRestore(const Revision &revision, const QString &diffHtml)
{
    if (m_confirmation)
        return m_confirmation(revision, diffHtml);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Restore Revision %1").arg(revision.number));
    auto *layout = new QVBoxLayout(&dialog);
    const bool modified = m_editorArea->documentController()->isModified();
    auto *label = new QLabel(tr("Revision %1 of %2 by %3 becomes the current text. The text now in the editor "
                                "is kept in the history%4. These are the changes it makes (struck out: "
                                "text that goes; green: text that comes back):")
                                 .arg(revision.number)
                                 .arg(QLocale().toString(revision.createdAt.toLocalTime(), QLocale::ShortFormat),
                                      revision.author.isEmpty() ? tr("unknown") : revision.author,
                                      modified ? tr(", your unsaved edits included") : QString()),
                             &dialog);
    label->setWordWrap(true);
    auto *browser = new QTextBrowser(&dialog);
    browser->setHtml(diffHtml);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    box->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(label);
    layout->addWidget(browser, 1);
    layout->addWidget(box);
    dialog.resize(640, 480);
    return dialog.exec() == QDialog::Accepted;
}

bool HistoryPanel::restore(int number)
{
    DocumentController *controller = m_editorArea->documentController();
    if (m_readOnly || !controller->hasArticle())
        return false;
    RevisionRepository revisions(m_database);
    const std::optional<Revision> revision = revisions.load(controller->articleId(), number);
    if (!revision)
        return false;
    const QString current = controller->currentArticle().bodyHtml;
    const QList<DiffRun> runs = TextDiff::diff(CanonicalHtml::toPlainText(current), CanonicalHtml::toPlainText(revision->bodyHtml));
    if (!confirmRestore(*revision, DiffRenderer::textDiffHtml(runs, DiffRenderer::DefaultContextCharacters)))
        return false;
    if (controller->isModified() && !controller->save()) {
        Q_EMIT statusMessage(tr("Not restored: the current text could not be saved first."));
        return false;
    }
    Article article = controller->currentArticle();
    int newNumber = 0;
    switch (revisions.restore(article, number, m_userName, &newNumber)) {
    case RevisionRepository::RestoreResult::Restored:
        controller->adoptSaved(article);
        refresh();
        Q_EMIT statusMessage(tr("Revision %1 restored as revision %2.").arg(number).arg(newNumber));
        Q_EMIT restored(article.id, newNumber);
        return true;
    case RevisionRepository::RestoreResult::Conflict:
        Q_EMIT statusMessage(tr("Not restored: the article was changed elsewhere since it was opened. Nothing "
                                "was replaced; open it again to see the newer text."));
        return false;
    case RevisionRepository::RestoreResult::NotFound:
    case RevisionRepository::RestoreResult::Failed:
        Q_EMIT statusMessage(tr("Not restored: %1").arg(revisions.errorString()));
        return false;
    }
    return false;
}

} // namespace galley
