#include "exportdialog.h"

#include "exportrunner.h"
#include "settings.h"
#include "templateeditor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStyle>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>


namespace galley {

namespace {
const QString ScopeKey = QStringLiteral("export/scope");
const QString StatusKey = QStringLiteral("export/status");
const QString FormatKey = QStringLiteral("export/format");
const QString ConvertKey = QStringLiteral("export/convert");
const QString ProfileKey = QStringLiteral("export/profile");
const QString PunctuationKey = QStringLiteral("export/fixPunctuation");
const QString LintGateKey = QStringLiteral("export/lintGate");
const QString TemplateKey = QStringLiteral("export/templateDirectory");
const QString OutputKey = QStringLiteral("export/outputDirectory");

const QString AllKey = QLatin1String(ExportRunner::AllArticlesKey);

QString stored(const QString &key) { return QString::fromUtf8(Settings::value(key)); }
void store(const QString &key, const QString &value) { Settings::setValue(key, value.toUtf8()); }

QString scopeKey(ExportDialog::Scope scope)
{
    switch (scope) {
    case ExportDialog::Scope::CurrentArticle: return QStringLiteral("current");
    case ExportDialog::Scope::SelectedArticles: return QStringLiteral("selected");
    case ExportDialog::Scope::Status: break;
    }
    return QStringLiteral("status");
}

} // namespace

ExportDialog::ExportDialog(QString databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(std::move(databasePath))
    , m_runner(new ExportRunner(m_databasePath, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Articles"));
    createWidgets();
    restoreSettings();
    updateEnabled();
    connect(m_runner, &ExportRunner::countsRead, this, &ExportDialog::applyCounts);
    connect(m_runner, &ExportRunner::started, this, &ExportDialog::onStarted);
    connect(m_runner, &ExportRunner::progress, this, &ExportDialog::onProgress);
    connect(m_runner, &ExportRunner::finished, this, &ExportDialog::finishExport);
    m_runner->readCounts();
}

ExportDialog::~ExportDialog()
{
    // A running export is cancelled and waited for before the widgets it reports to go.
    m_runner->disconnect(this);
    delete m_runner;
}

bool ExportDialog::isRunning() const
{
    return m_runner->isRunning();
}

void ExportDialog::createWidgets()
{
    // What to export.
    m_currentRadio = new QRadioButton(tr("&Current article"), this);
    m_currentRadio->setObjectName(QStringLiteral("scopeCurrent"));
    m_selectedRadio = new QRadioButton(tr("Articles selected in the &list"), this);
    m_selectedRadio->setObjectName(QStringLiteral("scopeSelected"));
    m_statusRadio = new QRadioButton(tr("Articles by &status:"), this);
    m_statusRadio->setObjectName(QStringLiteral("scopeStatus"));
    m_scopeGroup = new QButtonGroup(this);
    m_scopeGroup->addButton(m_currentRadio, int(Scope::CurrentArticle));
    m_scopeGroup->addButton(m_selectedRadio, int(Scope::SelectedArticles));
    m_scopeGroup->addButton(m_statusRadio, int(Scope::Status));

    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusQuery"));
    m_statusCombo->setAccessibleName(tr("Status"));
    m_statusCombo->addItem(QString(), AllKey);
    for (WorkflowState state : allWorkflowStates())
        m_statusCombo->addItem(QString(), workflowStateKey(state));
    applyCounts({});
    m_scopeCount = new QLabel(this);
    m_scopeCount->setObjectName(QStringLiteral("scopeCount"));
    m_scopeCount->setAccessibleName(tr("Articles to export"));

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusRadio);
    statusRow->addWidget(m_statusCombo, 1);
    auto *scopeBox = new QGroupBox(tr("Articles"), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_currentRadio);
    scopeLayout->addWidget(m_selectedRadio);
    scopeLayout->addLayout(statusRow);
    scopeLayout->addWidget(m_scopeCount);

    // Format and transforms.
    m_formatCombo = new QComboBox(this);
    m_formatCombo->setObjectName(QStringLiteral("format"));
    m_formatCombo->addItem(tr("HTML pages"), exportFormatKey(ExportFormat::Html));
    m_formatCombo->addItem(tr("Site bundle (index, pages, style sheet, images)"), exportFormatKey(ExportFormat::Site));
    m_formatCombo->addItem(tr("NINJS JSON (IPTC)"), exportFormatKey(ExportFormat::Ninjs));
    m_formatCombo->addItem(tr("Plain text (wire copy)"), exportFormatKey(ExportFormat::Text));
    m_formatCombo->addItem(tr("PDF proof"), exportFormatKey(ExportFormat::Pdf));
    m_convertCheck = new QCheckBox(tr("Convert to &Traditional Chinese:"), this);
    m_convertCheck->setObjectName(QStringLiteral("convertChinese"));
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(QStringLiteral("conversionProfile"));
    m_profileCombo->setAccessibleName(tr("Conversion profile"));
    m_profileCombo->addItem(tr("Traditional (OpenCC s2t)"), chineseConversionKey(ChineseConversion::S2T));
    m_profileCombo->addItem(tr("Taiwan (OpenCC s2tw)"), chineseConversionKey(ChineseConversion::S2TW));
    m_profileCombo->addItem(tr("Hong Kong (OpenCC s2hk)"), chineseConversionKey(ChineseConversion::S2HK));
    m_punctuationCheck = new QCheckBox(tr("Fix Chinese &punctuation (full-width marks, quotes, ellipses)"), this);
    m_punctuationCheck->setObjectName(QStringLiteral("fixPunctuation"));
    m_lintGateCheck = new QCheckBox(tr("Hold back articles with copy-&desk errors"), this);
    m_lintGateCheck->setObjectName(QStringLiteral("lintGate"));
    m_lintGateCheck->setToolTip(tr("An article with a copy-desk finding of error severity (half-width punctuation, "
                                   "unpaired quotation marks, a misspelt word…) that nobody ignored is not exported and "
                                   "is named in the report; the others are"));

    auto *convertRow = new QHBoxLayout;
    convertRow->addWidget(m_convertCheck);
    convertRow->addWidget(m_profileCombo, 1);
    auto *formatBox = new QGroupBox(tr("Format"), this);
    auto *formatForm = new QFormLayout(formatBox);
    auto *formatLabel = new QLabel(tr("Fo&rmat:"), this);
    formatLabel->setBuddy(m_formatCombo);
    formatForm->addRow(formatLabel, m_formatCombo);
    formatForm->addRow(tr("Transforms:"), convertRow);
    formatForm->addRow(QString(), m_punctuationCheck);
    formatForm->addRow(QString(), m_lintGateCheck);

    // Folders.
    m_templateEdit = new QLineEdit(this);
    m_templateEdit->setObjectName(QStringLiteral("templateDirectory"));
    m_templateEdit->setPlaceholderText(tr("Built-in template"));
    m_templateEdit->setClearButtonEnabled(true);
    m_templateEdit->setToolTip(tr("A folder with article.mustache, index.mustache and style.css; "
                                  "empty for the built-in template"));
    m_templateButton = new QPushButton(tr("C&hoose…"), this);
    m_templateButton->setAccessibleName(tr("Choose template folder"));
    m_editTemplateButton = new QPushButton(tr("&Edit Template…"), this);
    m_editTemplateButton->setObjectName(QStringLiteral("editTemplate"));
    m_outputEdit = new QLineEdit(this);
    m_outputEdit->setObjectName(QStringLiteral("outputDirectory"));
    m_outputEdit->setPlaceholderText(tr("Folder to write the files to"));
    m_browseButton = new QPushButton(tr("&Browse…"), this);
    m_browseButton->setAccessibleName(tr("Browse for output folder"));
    m_overwriteCheck = new QCheckBox(tr("Over&write files in the folder that Galley did not write"), this);
    m_overwriteCheck->setObjectName(QStringLiteral("overwriteForeign"));
    m_overwriteCheck->setToolTip(tr("Off: a file of someone else's in the way stops the export before anything is written"));

    auto *folderBox = new QGroupBox(tr("Folders"), this);
    auto *folderGrid = new QGridLayout(folderBox);
    auto *templateLabel = new QLabel(tr("Te&mplate:"), this);
    templateLabel->setBuddy(m_templateEdit);
    auto *outputLabel = new QLabel(tr("&Output folder:"), this);
    outputLabel->setBuddy(m_outputEdit);
    folderGrid->addWidget(templateLabel, 0, 0);
    folderGrid->addWidget(m_templateEdit, 0, 1);
    folderGrid->addWidget(m_templateButton, 0, 2);
    folderGrid->addWidget(m_editTemplateButton, 0, 3);
    folderGrid->addWidget(outputLabel, 1, 0);
    folderGrid->addWidget(m_outputEdit, 1, 1);
    folderGrid->addWidget(m_browseButton, 1, 2);
    folderGrid->addWidget(m_overwriteCheck, 2, 1, 1, 3);
    folderGrid->setColumnStretch(1, 1);

    // Progress and summary.
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m"));
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressLabel->setTextFormat(Qt::PlainText);
    m_progressLabel->setWordWrap(true);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("exportErrors"));
    m_details->setAccessibleName(tr("Export problems"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    m_openFolderButton = new QPushButton(tr("Open &Folder"), this);
    m_openFolderButton->setObjectName(QStringLiteral("openFolder"));
    m_openFolderButton->setIcon(QIcon::fromTheme(QStringLiteral("folder-open")));
    for (QWidget *widget : {static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_progressLabel),
                            static_cast<QWidget *>(m_summaryLabel), static_cast<QWidget *>(m_details),
                            static_cast<QWidget *>(m_openFolderButton)})
        widget->hide();
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summaryLabel, 1);
    summaryRow->addWidget(m_openFolderButton, 0, Qt::AlignTop);

    m_buttons = new QDialogButtonBox(this);
    m_exportButton = m_buttons->addButton(tr("E&xport"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop after the article being written; files already written stay complete"));
    m_cancelButton->hide();
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scopeBox);
    layout->addWidget(formatBox);
    layout->addWidget(folderBox);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressLabel);
    layout->addLayout(summaryRow);
    layout->addWidget(m_details);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    m_choiceWidgets = {scopeBox, formatBox, folderBox};

    connect(m_scopeGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateEnabled();
    });
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_statusRadio->setChecked(true);
        updateScopeCount();
    });
    connect(m_convertCheck, &QCheckBox::toggled, this, &ExportDialog::updateEnabled);
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    connect(m_templateButton, &QPushButton::clicked, this, &ExportDialog::chooseTemplate);
    connect(m_editTemplateButton, &QPushButton::clicked, this, &ExportDialog::editTemplate);
    connect(m_browseButton, &QPushButton::clicked, this, &ExportDialog::browseOutput);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_closeButton, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_openFolderButton, &QPushButton::clicked, this, &ExportDialog::openOutputFolder);

    const QList<QWidget *> tabOrder{m_currentRadio, m_selectedRadio, m_statusRadio, m_statusCombo, m_formatCombo, m_convertCheck,
                 m_profileCombo, m_punctuationCheck, m_lintGateCheck, m_templateEdit, m_templateButton, m_editTemplateButton,
                 m_outputEdit, m_browseButton, m_overwriteCheck, m_openFolderButton, m_details, m_exportButton, m_cancelButton,
                 m_closeButton};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));
    setMinimumWidth(560);
}

void ExportDialog::restoreSettings()
{
    const QString scope = stored(ScopeKey);
    const QString status = stored(StatusKey);
    const int statusIndex = m_statusCombo->findData(status.isEmpty() ? workflowStateKey(WorkflowState::Approved) : status);
    m_statusCombo->setCurrentIndex(qMax(0, statusIndex));
    if (scope == scopeKey(Scope::SelectedArticles))
        m_selectedRadio->setChecked(true);
    else if (scope == scopeKey(Scope::Status))
        m_statusRadio->setChecked(true);
    else
        m_currentRadio->setChecked(true);
    m_formatCombo->setCurrentIndex(qMax(0, m_formatCombo->findData(stored(FormatKey))));
    m_convertCheck->setChecked(stored(ConvertKey) == QLatin1String("true"));
    m_profileCombo->setCurrentIndex(qMax(0, m_profileCombo->findData(stored(ProfileKey))));
    m_punctuationCheck->setChecked(stored(PunctuationKey) == QLatin1String("true"));
    m_lintGateCheck->setChecked(stored(LintGateKey) == QLatin1String("true"));
    m_templateEdit->setText(stored(TemplateKey));
    QString output = stored(OutputKey);
    if (output.isEmpty()) {
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        output = QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(tr("Galley Export"));
    }
    m_outputEdit->setText(QDir::toNativeSeparators(output));
}

void ExportDialog::saveSettings() const
{
    const auto flag = [](bool on) { return on ? QStringLiteral("true") : QStringLiteral("false"); };
    store(ScopeKey, scopeKey(scope()));
    store(StatusKey, m_statusCombo->currentData().toString());
    store(FormatKey, m_formatCombo->currentData().toString());
    store(ConvertKey, flag(m_convertCheck->isChecked()));
    store(ProfileKey, m_profileCombo->currentData().toString());
    store(PunctuationKey, flag(m_punctuationCheck->isChecked()));
    store(LintGateKey, flag(m_lintGateCheck->isChecked()));
    store(TemplateKey, m_templateEdit->text().trimmed());
    store(OutputKey, QDir::fromNativeSeparators(m_outputEdit->text().trimmed()));
}

void ExportDialog::setCurrentArticle(qint64 id, const QString &title)
{
    m_currentArticleId = id;
    const QString text = title.trimmed().isEmpty() ? tr("&Current article")
                                                   : tr("&Current article: “%1”").arg(title.trimmed());
    m_currentRadio->setText(m_currentRadio->fontMetrics().elidedText(text, Qt::ElideMiddle, 480));
    if (const QString remembered = stored(ScopeKey);
        id > 0 && (remembered.isEmpty() || remembered == scopeKey(Scope::CurrentArticle)))
        m_currentRadio->setChecked(true);
    updateEnabled();
}

void ExportDialog::setSelectedArticles(const QList<qint64> &ids)
{
    m_selectedIds = ids;
    m_selectedRadio->setText(tr("Articles selected in the &list (%n)", nullptr, int(ids.size())));
    if (!ids.isEmpty() && stored(ScopeKey) == scopeKey(Scope::SelectedArticles))
        m_selectedRadio->setChecked(true);
    updateEnabled();
}

ExportDialog::Scope ExportDialog::scope() const
{
    return Scope(qMax(0, m_scopeGroup->checkedId()));
}

void ExportDialog::setScope(Scope scope)
{
    if (QAbstractButton *button = m_scopeGroup->button(int(scope)); button && button->isEnabled())
        button->setChecked(true);
}

std::optional<WorkflowState> ExportDialog::statusQuery() const
{
    return workflowStateFromKey(m_statusCombo->currentData().toString());
}

void ExportDialog::setStatusQuery(std::optional<WorkflowState> status)
{
    m_statusCombo->setCurrentIndex(qMax(0, m_statusCombo->findData(status ? workflowStateKey(*status) : AllKey)));
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_formatCombo->setCurrentIndex(qMax(0, m_formatCombo->findData(exportFormatKey(format))));
}

void ExportDialog::setOutputDirectory(const QString &directory)
{
    m_outputEdit->setText(QDir::toNativeSeparators(directory));
}

void ExportDialog::setTemplateDirectory(const QString &directory)
{
    m_templateEdit->setText(QDir::toNativeSeparators(directory));
}

ExportSelection ExportDialog::selection() const
{
    ExportSelection selection;
    switch (scope()) {
    case Scope::CurrentArticle:
        selection.ids = {m_currentArticleId};
        break;
    case Scope::SelectedArticles:
        selection.ids = m_selectedIds;
        break;
    case Scope::Status:
        selection.status = statusQuery();
        selection.all = !selection.status.has_value();
        break;
    }
    return selection;
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.format = exportFormatFromKey(m_formatCombo->currentData().toString()).value_or(ExportFormat::Html);
    options.outputDirectory = QDir::fromNativeSeparators(m_outputEdit->text().trimmed());
    options.templateDirectory = QDir::fromNativeSeparators(m_templateEdit->text().trimmed());
    if (m_convertCheck->isChecked())
        options.conversion = chineseConversionFromKey(m_profileCombo->currentData().toString()).value_or(ChineseConversion::S2T);
    options.fixPunctuation = m_punctuationCheck->isChecked();
    if (m_lintGateCheck->isChecked())
        options.lintGate = LintSeverity::Error;
    options.overwriteForeignFiles = m_overwriteCheck->isChecked();
    // Output is byte-identical whatever the number of jobs; leave a core for the GUI.
    options.jobs = qBound(1, QThread::idealThreadCount() - 1, 4);
    return options;
}

void ExportDialog::applyCounts(const QHash<QString, qint64> &counts)
{
    m_counts = counts;
    for (int i = 0; i < m_statusCombo->count(); ++i) {
        const QString key = m_statusCombo->itemData(i).toString();
        const std::optional<WorkflowState> state = workflowStateFromKey(key);
        const QString name = state ? workflowStateDisplayName(*state) : tr("All articles");
        m_statusCombo->setItemText(i, counts.contains(key) ? tr("%1 (%2)").arg(name).arg(counts.value(key)) : name);
    }
    if (m_scopeCount) {
        updateScopeCount();
        Q_EMIT countsChanged();
    }
}

void ExportDialog::updateScopeCount()
{
    qint64 count = -1;
    switch (scope()) {
    case Scope::CurrentArticle: count = m_currentArticleId > 0 ? 1 : 0; break;
    case Scope::SelectedArticles: count = m_selectedIds.size(); break;
    case Scope::Status: {
        const QString key = m_statusCombo->currentData().toString();
        if (m_counts.contains(key))
            count = m_counts.value(key);
        break;
    }
    }
    m_scopeCount->setText(count < 0 ? tr("Counting articles…") : tr("%n article(s) will be exported.", nullptr, int(count)));
}

void ExportDialog::updateEnabled()
{
    m_currentRadio->setEnabled(m_currentArticleId > 0);
    m_currentRadio->setToolTip(m_currentArticleId > 0 ? QString() : tr("No article is open in the editor"));
    m_selectedRadio->setEnabled(!m_selectedIds.isEmpty());
    m_selectedRadio->setToolTip(m_selectedIds.isEmpty() ? tr("No articles are selected in the list") : QString());
    if (QAbstractButton *checked = m_scopeGroup->checkedButton(); !checked || !checked->isEnabled())
        m_statusRadio->setChecked(true);
    m_profileCombo->setEnabled(m_convertCheck->isChecked());
    const auto format = exportFormatFromKey(m_formatCombo->currentData().toString());
    const bool usesTemplate = format != ExportFormat::Ninjs;
    m_templateEdit->setEnabled(usesTemplate);
    m_templateButton->setEnabled(usesTemplate);
    m_editTemplateButton->setEnabled(usesTemplate);
    updateScopeCount();
}

void ExportDialog::browseOutput()
{
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Output Folder"), m_outputEdit->text());
    if (!directory.isEmpty())
        setOutputDirectory(directory);
}

void ExportDialog::chooseTemplate()
{
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Template Folder"), m_templateEdit->text());
    if (!directory.isEmpty())
        setTemplateDirectory(directory);
}

void ExportDialog::editTemplate()
{
    TemplateEditor editor(QDir::fromNativeSeparators(m_templateEdit->text().trimmed()), this);
    editor.exec();
    if (!editor.directory().isEmpty())
        setTemplateDirectory(editor.directory());
}

void ExportDialog::openOutputFolder()
{
    const QString directory = m_summary.outputDirectory.isEmpty() ? options().outputDirectory : m_summary.outputDirectory;
    QDesktopServices::openUrl(QUrl::fromLocalFile(directory));
}

QString ExportDialog::validateChoices() const
{
    if (m_outputEdit->text().trimmed().isEmpty())
        return tr("Choose an output folder for the export.");
    if (scope() == Scope::CurrentArticle && m_currentArticleId <= 0)
        return tr("No article is open in the editor.");
    if (scope() == Scope::SelectedArticles && m_selectedIds.isEmpty())
        return tr("No articles are selected in the list.");
    return {};
}

void ExportDialog::startExport()
{
    if (m_runner->isRunning())
        return;
    m_summary = ExportSummary();
    m_details->clear();
    m_details->hide();
    m_openFolderButton->hide();
    if (const QString problem = validateChoices(); !problem.isEmpty()) {
        m_summaryLabel->setText(problem);
        m_summaryLabel->show();
        if (m_outputEdit->text().trimmed().isEmpty())
            m_outputEdit->setFocus();
        return;
    }
    saveSettings();

    if (!m_runner->start(selection(), options()))
        return;
    for (QWidget *widget : std::as_const(m_choiceWidgets))
        widget->setEnabled(false);
    m_exportButton->setEnabled(false);
    m_closeButton->hide();
    m_cancelButton->show();
    m_cancelButton->setEnabled(true);
    m_cancelButton->setFocus();
    m_summaryLabel->hide();
    m_progress->setRange(0, 0); // busy until the selection is resolved
    m_progress->show();
    m_progressLabel->setText(tr("Preparing the export…"));
    m_progressLabel->show();
}

void ExportDialog::cancelExport()
{
    if (!m_runner->isRunning())
        return;
    m_runner->cancel();
    m_cancelButton->setEnabled(false);
    m_progressLabel->setText(tr("Cancelling after the article being written…"));
}

void ExportDialog::onStarted(int total)
{
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(0);
    if (total == 0)
        m_progressLabel->setText(tr("No articles match."));
}

void ExportDialog::onProgress(int done, int total, const QString &title)
{
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    if (!m_runner->isCancelling())
        m_progressLabel->setText(tr("Written %1 of %2: %3").arg(done).arg(total).arg(title));
}

void ExportDialog::finishExport(const ExportSummary &summary)
{
    m_summary = summary;

    for (QWidget *widget : std::as_const(m_choiceWidgets))
        widget->setEnabled(true);
    updateEnabled();
    m_exportButton->setEnabled(true);
    m_cancelButton->hide();
    m_closeButton->show();
    m_closeButton->setFocus();
    m_progressLabel->hide();
    if (m_progress->maximum() == 0) // stopped before it started: nothing to show
        m_progress->hide();
    showSummary(summary);
    m_runner->readCounts();
    Q_EMIT exportFinished(summary);
}

void ExportDialog::showSummary(const ExportSummary &summary)
{
    const QString folder = QDir::toNativeSeparators(summary.outputDirectory);
    QString text;
    if (summary.exported == 0 && summary.failed == 0 && !summary.errors.isEmpty() && !summary.cancelled) {
        text = tr("Nothing was exported.");
    } else if (summary.cancelled) {
        text = tr("Export cancelled: %n article(s) written to %1 before stopping; no file was left half-written.",
                  nullptr, summary.exported)
                   .arg(folder);
    } else {
        text = tr("Exported %n article(s) to %1.", nullptr, summary.exported).arg(folder);
    }
    if (summary.failed > 0)
        text += QLatin1Char(' ') + tr("%n article(s) could not be exported.", nullptr, summary.failed);
    // The gate's reason at a glance (spelling or punctuation?); each article's is in the details.
    if (summary.heldBack > 0) {
        text += QLatin1Char(' ')
            + tr("%n held back by the copy desk for errors: %1.", nullptr, summary.heldBack).arg(lintRuleCountsText(summary.heldBackBy));
    }
    m_summaryLabel->setText(text);
    m_summaryLabel->show();
    m_openFolderButton->setVisible(summary.exported > 0 || !summary.files.isEmpty());
    if (!summary.errors.isEmpty()) {
        m_details->setPlainText(summary.errors.join(QLatin1Char('\n')));
        m_details->show();
    }
    if (summary.ok)
        m_summaryLabel->setAccessibleDescription(tr("Export finished"));
}

void ExportDialog::reject()
{
    if (m_runner->isRunning()) {
        cancelExport(); // Escape while exporting cancels; the dialog stays for the summary
        return;
    }
    saveSettings();
    QDialog::reject();
}

void ExportDialog::closeEvent(QCloseEvent *event)
{
    if (m_runner->isRunning()) {
        cancelExport();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace galley
