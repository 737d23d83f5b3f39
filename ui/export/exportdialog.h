#pragma once

#include "exporting/exporter.h"
#include "exporting/exportoptions.h"
#include "model/workflowstate.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace galley {

class ExportRunner;

/// File ▸ Export…: what to export (the current article, the articles selected in the list, or
/// every article with a workflow status), the format, the transforms, the template folder and
/// the output folder; then the export itself on a worker thread with a progress bar and
/// Cancel, and a summary with "Open folder". The choices are remembered in QSettings.
///
/// The dialog never touches the GUI thread's database connection: counts are read and the
/// Exporter runs on worker threads that open their own connections to \a databasePath.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Scope { CurrentArticle, SelectedArticles, Status };

    explicit ExportDialog(QString databasePath, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// The article open in the editor (0 = none: the option is disabled).
    void setCurrentArticle(qint64 id, const QString &title = {});
    /// The articles selected in the list (empty: the option is disabled).
    void setSelectedArticles(const QList<qint64> &ids);

    [[nodiscard]] Scope scope() const;
    void setScope(Scope scope);
    /// The status query: nullopt = all articles.
    [[nodiscard]] std::optional<WorkflowState> statusQuery() const;
    void setStatusQuery(std::optional<WorkflowState> status);
    void setFormat(ExportFormat format);
    void setOutputDirectory(const QString &directory);
    void setTemplateDirectory(const QString &directory);

    [[nodiscard]] ExportSelection selection() const;
    [[nodiscard]] ExportOptions options() const;
    [[nodiscard]] bool isRunning() const;
    /// The outcome of the last export (valid once exportFinished() was emitted).
    [[nodiscard]] const ExportSummary &summary() const { return m_summary; }
    /// Live article counts per status query (key: workflowStateKey(), "" for all); empty until read.
    [[nodiscard]] QHash<QString, qint64> counts() const { return m_counts; }

public Q_SLOTS:
    /// Starts the export with the current choices (the Export button).
    void startExport();
    /// Stops after the article being written (the Cancel button while exporting).
    void cancelExport();
    void reject() override;

Q_SIGNALS:
    void countsChanged();
    void exportFinished(const galley::ExportSummary &summary);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createWidgets();
    void restoreSettings();
    void saveSettings() const;
    void applyCounts(const QHash<QString, qint64> &counts);
    void updateScopeCount();
    void updateEnabled();
    void browseOutput();
    void chooseTemplate();
    void editTemplate();
    void openOutputFolder();
    void onStarted(int total);
    void onProgress(int done, int total, const QString &title);
    void finishExport(const ExportSummary &summary);
    void showSummary(const ExportSummary &summary);
    [[nodiscard]] QString validateChoices() const;

    QString m_databasePath;
    qint64 m_currentArticleId = 0;
    QList<qint64> m_selectedIds;
    QHash<QString, qint64> m_counts;

    QButtonGroup *m_scopeGroup = nullptr;
    QRadioButton *m_currentRadio = nullptr;
    QRadioButton *m_selectedRadio = nullptr;
    QRadioButton *m_statusRadio = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QLabel *m_scopeCount = nullptr;
    QComboBox *m_formatCombo = nullptr;
    QCheckBox *m_convertCheck = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QCheckBox *m_punctuationCheck = nullptr;
    QCheckBox *m_lintGateCheck = nullptr; ///< ExportOptions::lintGate at error
    QLineEdit *m_templateEdit = nullptr;
    QPushButton *m_templateButton = nullptr;
    QPushButton *m_editTemplateButton = nullptr;
    QLineEdit *m_outputEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QCheckBox *m_overwriteCheck = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QPushButton *m_openFolderButton = nullptr;
    QList<QWidget *> m_choiceWidgets; ///< disabled while an export runs

    ExportRunner *m_runner = nullptr;
    ExportSummary m_summary;
};

} // namespace galley
