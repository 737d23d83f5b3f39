#include "copydeskpanel.h"

#include "editor/articlefieldsform.h"
#include "editor/copydeskmemory.h"
#include "editor/editorarea.h"
#include "editor/richtextedit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace galley {

namespace {

constexpr int RefreshDelay = 250;
constexpr int SnippetContext = 10;
constexpr int FindingRole = Qt::UserRole + 1; ///< index into m_findings; -1 on a group
constexpr int GroupRole = Qt::UserRole + 2; ///< the group's key

QString groupKey(const CopyDeskFinding &finding)
{
    return finding.isSpelling() ? QStringLiteral("spelling") : LintRules::id(finding.rule);
}

} // namespace

CopyDeskPanel::CopyDeskPanel(EditorArea *editorArea, QWidget *parent)
    : QDockWidget(tr("Copy Desk"), parent)
    , m_editorArea(editorArea)
    , m_checker(editorArea->copyDesk())
{
    setObjectName(QStringLiteral("copyDeskPanel"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("copyDeskSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_view = new QTreeWidget(content);
    m_view->setObjectName(QStringLiteral("copyDeskView"));
    m_view->setAccessibleName(tr("Copy desk findings"));
    m_view->setAccessibleDescription(tr("Findings grouped by kind; press Enter to go to one in the text"));
    m_view->setHeaderHidden(true);
    m_view->setColumnCount(1);
    m_view->setUniformRowHeights(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_view, 1);
    m_summary->setBuddy(m_view);

    // Two rows, so that a narrow dock (the right-hand column of a wide screen, or a Chinese
    // choice such as 按正文判断（中文：不检查拼写）) cuts neither the choice nor the button.
    auto *languageRow = new QHBoxLayout;
    // The article's language for spelling: by its text, or chosen (kept in the newsroom).
    m_language = new QComboBox(content);
    m_language->setObjectName(QStringLiteral("copyDeskLanguage"));
    m_language->addItem(QString(), QString());
    m_language->addItem(tr("English (US)"), QStringLiteral("en-US"));
    m_language->addItem(tr("English (UK)"), QStringLiteral("en-GB"));
    m_language->setToolTip(tr("The article’s language, which chooses the spelling dictionary"));
    auto *languageLabel = new QLabel(tr("&Spelling:"), content);
    languageLabel->setBuddy(m_language);
    m_language->setAccessibleName(tr("Spelling language"));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language, 1);
    layout->addLayout(languageRow);
    m_fixAll = new QPushButton(tr("Fi&x All of This Kind"), content);
    m_fixAll->setObjectName(QStringLiteral("copyDeskFixAll"));
    m_fixAll->setToolTip(tr("Applies every safe fix of the selected kind in the article; Undo takes them back at once"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_fixAll);
    layout->addLayout(buttons);
    setWidget(content);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshDelay);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(m_checker, &CopyDeskChecker::findingsChanged, this, [this] {
        if (!m_refreshTimer.isActive())
            m_refreshTimer.start();
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            refresh();
    });
    connect(m_view, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_view, &QTreeWidget::currentItemChanged, this, &CopyDeskPanel::updateButtons);
    connect(m_fixAll, &QPushButton::clicked, this, &CopyDeskPanel::fixAllOfCurrent);
    CopyDeskMemory *memory = editorArea->copyDeskMemory();
    connect(memory, &CopyDeskMemory::languageChanged, this, &CopyDeskPanel::showLanguage);
    connect(m_language, &QComboBox::activated, this, [this, memory](int index) {
        memory->chooseLanguage(m_language->itemData(index).toString());
    });
    showLanguage();
    refresh();
}

void CopyDeskPanel::showLanguage()
{
    const CopyDeskMemory *memory = m_editorArea->copyDeskMemory();
    const QString detected = memory->detectedLanguage();
    m_language->setItemText(0, detected.startsWith(QLatin1String("zh")) ? tr("By the text (Chinese: none)")
                                   : tr("By the text (English, US)"));
    const int chosen = m_language->findData(memory->chosenLanguage());
    m_language->setCurrentIndex(std::max(chosen, 0));
    m_language->setEnabled(m_checker->isEnabled() && !detected.isEmpty()); // an article is open
}

void CopyDeskPanel::refresh()
{
    // Keep the groups the user opened and the row they were on.
    QSet<QString> expanded;
    for (int i = 0; i < m_view->topLevelItemCount(); ++i) {
        if (m_view->topLevelItem(i)->isExpanded())
            expanded.insert(m_view->topLevelItem(i)->data(0, GroupRole).toString());
    }
    const QString currentGroup = m_view->currentItem() ? m_view->currentItem()->data(0, GroupRole).toString() : QString();

    m_findings = m_checker->findings();
    QMap<QString, QList<int>> groups; // by rule id: the panel's order is stable
    int errors = 0;
    int warnings = 0;
    for (int i = 0; i < m_findings.size(); ++i) {
        const CopyDeskFinding &finding = m_findings.at(i).finding;
        groups[groupKey(finding)].append(i);
        if (finding.severity == LintSeverity::Error)
            ++errors;
        else if (finding.severity == LintSeverity::Warning)
            ++warnings;
    }
    m_view->setUpdatesEnabled(false);
    m_view->clear();
    QTreeWidgetItem *current = nullptr;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const CopyDeskFinding &first = m_findings.at(it->first()).finding;
        auto *group = new QTreeWidgetItem(m_view);
        group->setText(0, tr("%1 (%2)").arg(CopyDeskStyle::kindName(first)).arg(it->size()));
        group->setData(0, FindingRole, -1);
        group->setData(0, GroupRole, it.key());
        group->setForeground(0, CopyDeskStyle::colour(first));
        for (int index : *it) {
            const CopyDeskChecker::Located &located = m_findings.at(index);
            QString context;
            QString label = QStringLiteral("%1");
            int offset = located.start;
            if (located.field == CopyDeskChecker::Field::Body) {
                const QTextBlock block = located.cursor.document()->findBlock(located.start);
                context = block.text();
                offset = located.start - block.position();
            } else if (located.field == CopyDeskChecker::Field::Title) {
                context = m_editorArea->fieldsForm()->titleField()->text();
                label = tr("Title: %1");
            } else if (QLineEdit *subtitle = m_editorArea->fieldsForm()->field(QStringLiteral("subtitleField"))) {
                context = subtitle->text();
                label = tr("Subtitle: %1");
            }
            const int length = located.end - located.start;
            const int from = std::max(0, offset - SnippetContext);
            // The flagged text first, quoted (a half-width comma is hard to see in the middle of
            // Chinese text), then the text around it.
            QString snippet = label.arg(tr("“%1”  %2")
                    .arg(context.mid(offset, length),
                        (from > 0 ? QStringLiteral("…") : QString()) + context.mid(from, offset + length + SnippetContext - from)
                            + (offset + length + SnippetContext < context.size() ? QStringLiteral("…") : QString())));
            snippet.replace(QChar::LineSeparator, QLatin1Char(' '));
            auto *row = new QTreeWidgetItem(group);
            row->setText(0, snippet);
            row->setToolTip(0, located.finding.message);
            row->setData(0, FindingRole, index);
            row->setData(0, GroupRole, it.key());
            row->setData(0, Qt::AccessibleTextRole, snippet + QStringLiteral(": ") + located.finding.message);
        }
        group->setExpanded(expanded.contains(it.key()) || groups.size() == 1);
        if (it.key() == currentGroup)
            current = group;
    }
    m_view->setUpdatesEnabled(true);
    if (current)
        m_view->setCurrentItem(current, 0, QItemSelectionModel::NoUpdate);
    m_summary->setText(m_findings.isEmpty()
            ? tr("Nothing for the copy desk in this article.")
            : tr("%n finding(s): ", nullptr, int(m_findings.size())) + tr("%n error(s)", nullptr, errors)
                + tr(", %n warning(s)", nullptr, warnings));
    setWindowTitle(m_findings.isEmpty() ? tr("Copy Desk") : tr("Copy Desk (%1)").arg(m_findings.size()));
    updateButtons();
}

std::optional<CopyDeskChecker::Located> CopyDeskPanel::findingOf(const QTreeWidgetItem *item) const
{
    if (!item)
        return std::nullopt;
    const int index = item->data(0, FindingRole).toInt();
    if (index < 0 || index >= m_findings.size())
        return std::nullopt;
    return m_findings.at(index);
}

void CopyDeskPanel::activate(QTreeWidgetItem *item)
{
    if (const std::optional<CopyDeskChecker::Located> located = findingOf(item))
        m_checker->select(*located);
    else if (item)
        item->setExpanded(!item->isExpanded());
}

void CopyDeskPanel::updateButtons()
{
    const QTreeWidgetItem *item = m_view->currentItem();
    bool fixable = false;
    if (item) {
        const QString key = item->data(0, GroupRole).toString();
        for (const CopyDeskChecker::Located &located : std::as_const(m_findings)) {
            if (located.field == CopyDeskChecker::Field::Body && groupKey(located.finding) == key && located.finding.fix) {
                fixable = true;
                break;
            }
        }
    }
    m_fixAll->setEnabled(fixable);
}

void CopyDeskPanel::fixAllOfCurrent()
{
    const QTreeWidgetItem *item = m_view->currentItem();
    if (!item)
        return;
    const std::optional<LintRule> rule = LintRules::fromId(item->data(0, GroupRole).toString());
    if (!rule)
        return;
    const int fixed = m_checker->fixAll(*rule);
    Q_EMIT statusMessage(tr("Copy desk: %n fixed (%1).", nullptr, fixed).arg(LintRules::description(*rule)));
}

} // namespace galley
