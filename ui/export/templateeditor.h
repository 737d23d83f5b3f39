#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace galley {

class SourceHighlighter;

/// Edits a custom export template folder (article.mustache, index.mustache, style.css, …):
/// lists its files, edits one at a time in a highlighted source editor (Mustache or CSS, the
/// source view's highlighter), saves atomically (QSaveFile), and checks the folder with the
/// export's own ExportTemplate::load(), jumping to the line of the first error. Without a folder
/// it shows the built-in template read-only, and "Create from Default" copies it into a folder.
class TemplateEditor final : public QDialog
{
    Q_OBJECT
public:
    explicit TemplateEditor(const QString &directory = {}, QWidget *parent = nullptr);
    ~TemplateEditor() override;

    /// The template folder being edited; empty while showing the built-in template.
    [[nodiscard]] QString directory() const { return m_directory; }
    /// Shows \a directory (empty: the built-in template) and opens its page template.
    void setDirectory(const QString &directory);
    /// Copies the built-in template into \a directory (created when missing) and shows it.
    /// Existing files are replaced only with \a replaceExisting; false with \a error otherwise.
    bool createFromDefault(const QString &directory, bool replaceExisting, QString *error);

    /// File names listed for the folder, sorted.
    [[nodiscard]] QStringList fileNames() const;
    [[nodiscard]] QString currentFile() const { return m_currentFile; }
    /// Opens \a name of the folder in the editor (asks about unsaved changes first).
    bool openFile(const QString &name);
    /// Saves the file being edited. False with a message shown when it cannot be written.
    bool save();
    /// Checks the folder as edited (unsaved changes included) with the export's template loader.
    /// True when it compiles; otherwise the message names the file, line and tag, and the
    /// editor opens that file at that line.
    bool check();
    [[nodiscard]] QString message() const;
    /// The line the last failed check pointed at (1-based; 0 when none).
    [[nodiscard]] int errorLine() const { return m_errorLine; }

    [[nodiscard]] QPlainTextEdit *editor() const { return m_editor; }
    [[nodiscard]] bool isModified() const;

public Q_SLOTS:
    void reject() override;

private:
    void chooseFolder();
    void createFromDefaultInteractively();
    void reloadFiles();
    void updateActions();
    void showMessage(const QString &text, bool error);
    void showCursorPosition();
    void highlightLine(int line);
    [[nodiscard]] bool maybeSave();
    [[nodiscard]] QString sourceDirectory() const;

    QString m_directory;
    QString m_currentFile;
    int m_errorLine = 0;
    QLineEdit *m_folderEdit = nullptr;
    QPushButton *m_chooseButton = nullptr;
    QPushButton *m_createButton = nullptr;
    QListWidget *m_files = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    SourceHighlighter *m_highlighter = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_position = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    bool m_switching = false;
};

} // namespace galley
