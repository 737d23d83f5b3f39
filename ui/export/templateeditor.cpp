#include "templateeditor.h"

#include "exporting/exporttemplate.h"
#include "sourceview/highlighter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPaintEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>

namespace galley {

namespace {

bool isEditableName(const QString &name)
{
    static const QStringList suffixes{QStringLiteral(".mustache"), QStringLiteral(".css"), QStringLiteral(".svg"),
                                      QStringLiteral(".txt"), QStringLiteral(".html"), QStringLiteral(".json")};
    return std::any_of(suffixes.cbegin(), suffixes.cend(), [&name](const QString &suffix) { return name.endsWith(suffix); });
}

QStringList editableFiles(const QString &directory)
{
    QStringList names = QDir(directory).entryList(QDir::Files | QDir::Readable, QDir::Name);
    names.removeIf([](const QString &name) { return !isEditableName(name); });
    return names;
}

QByteArray readBytes(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return file.readAll();
}

bool writeBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

// Line numbers beside the source: Check reports lines, so they must be visible.
class NumberedEdit final : public QPlainTextEdit
{
public:
    explicit NumberedEdit(QWidget *parent)
        : QPlainTextEdit(parent)
        , m_gutter(new Gutter(this))
    {
        connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { updateMargins(); });
        connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
            if (dy != 0)
                m_gutter->scroll(0, dy);
            else
                m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
        });
        updateMargins();
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QPlainTextEdit::resizeEvent(event);
        placeGutter();
    }
    void changeEvent(QEvent *event) override
    {
        QPlainTextEdit::changeEvent(event);
        if (event->type() == QEvent::FontChange)
            updateMargins();
    }

private:
    class Gutter final : public QWidget
    {
    public:
        explicit Gutter(NumberedEdit *edit)
            : QWidget(edit)
            , m_edit(edit)
        {
        }

    protected:
        void paintEvent(QPaintEvent *event) override { m_edit->paintGutter(event->rect()); }

    private:
        NumberedEdit *m_edit;
    };

    [[nodiscard]] int gutterWidth() const
    {
        const int digits = int(QString::number(qMax(1, blockCount())).size());
        return fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(3, digits) + 12;
    }
    void updateMargins()
    {
        setViewportMargins(gutterWidth(), 0, 0, 0);
        placeGutter();
    }
    void placeGutter()
    {
        const QRect area = contentsRect();
        m_gutter->setGeometry(area.left(), area.top(), gutterWidth(), area.height());
    }
    void paintGutter(const QRect &rect)
    {
        QPainter painter(m_gutter);
        painter.fillRect(rect, palette().color(QPalette::AlternateBase));
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.setFont(font());
        QTextBlock block = firstVisibleBlock();
        int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
        while (block.isValid() && top <= rect.bottom()) {
            const int height = qRound(blockBoundingRect(block).height());
            if (block.isVisible() && top + height >= rect.top())
                painter.drawText(0, top, m_gutter->width() - 6, fontMetrics().height(), Qt::AlignRight,
                                 QString::number(block.blockNumber() + 1));
            block = block.next();
            top += height;
        }
    }

    Gutter *m_gutter;
};

} // namespace

TemplateEditor::TemplateEditor(const QString &directory, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("templateEditor"));
    setWindowTitle(tr("Export Template"));
    setSizeGripEnabled(true);

    m_folderEdit = new QLineEdit(this);
    m_folderEdit->setObjectName(QStringLiteral("templateFolder"));
    m_folderEdit->setReadOnly(true);
    auto *folderLabel = new QLabel(tr("Template &folder:"), this);
    folderLabel->setBuddy(m_folderEdit);
    m_chooseButton = new QPushButton(tr("O&pen Folder…"), this);
    m_chooseButton->setToolTip(tr("Edit another template folder"));
    m_createButton = new QPushButton(tr("Create from &Default…"), this);
    m_createButton->setObjectName(QStringLiteral("createFromDefault"));
    m_createButton->setToolTip(tr("Copy the built-in template into a folder to start your own"));

    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("templateFiles"));
    m_files->setAccessibleName(tr("Template files"));
    auto *filesLabel = new QLabel(tr("F&iles:"), this);
    filesLabel->setBuddy(m_files);

    m_editor = new NumberedEdit(this);
    m_editor->setObjectName(QStringLiteral("templateSource"));
    m_editor->setAccessibleName(tr("Template source"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabStopDistance(m_editor->fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("templateMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_position = new QLabel(this);
    m_position->setAccessibleName(tr("Cursor position"));

    m_checkButton = new QPushButton(tr("&Check"), this);
    m_checkButton->setObjectName(QStringLiteral("checkTemplate"));
    m_checkButton->setShortcut(QKeySequence(Qt::Key_F7));
    m_checkButton->setToolTip(tr("Compile the templates as edited and show the first error (F7)"));
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveTemplate"));
    m_saveButton->setShortcut(QKeySequence::Save);
    m_saveButton->setToolTip(tr("Save this file (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_checkButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(m_chooseButton);
    folderRow->addWidget(m_createButton);
    auto *filesPane = new QWidget(this);
    auto *filesLayout = new QVBoxLayout(filesPane);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->addWidget(filesLabel);
    filesLayout->addWidget(m_files);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(filesPane);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 720});
    splitter->setChildrenCollapsible(false);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_message, 1);
    statusRow->addWidget(m_position, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(folderRow);
    layout->addWidget(splitter, 1);
    layout->addLayout(statusRow);
    layout->addWidget(buttons);

    connect(m_chooseButton, &QPushButton::clicked, this, &TemplateEditor::chooseFolder);
    connect(m_createButton, &QPushButton::clicked, this, &TemplateEditor::createFromDefaultInteractively);
    connect(m_checkButton, &QPushButton::clicked, this, &TemplateEditor::check);
    connect(m_saveButton, &QPushButton::clicked, this, &TemplateEditor::save);
    connect(m_closeButton, &QPushButton::clicked, this, &TemplateEditor::reject);
    connect(m_files, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (!m_switching && !name.isEmpty() && name != m_currentFile && !openFile(name)) {
            const QList<QListWidgetItem *> items = m_files->findItems(m_currentFile, Qt::MatchExactly);
            const QSignalBlocker blocker(m_files);
            m_files->setCurrentItem(items.value(0));
        }
    });
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &TemplateEditor::updateActions);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &TemplateEditor::showCursorPosition);

    resize(960, 640);
    setDirectory(directory);
}

TemplateEditor::~TemplateEditor() = default;

QString TemplateEditor::sourceDirectory() const
{
    return m_directory.isEmpty() ? ExportTemplate::builtInDirectory() : m_directory;
}

void TemplateEditor::setDirectory(const QString &directory)
{
    m_directory = directory.isEmpty() ? QString() : QDir(directory).absolutePath();
    m_folderEdit->setText(m_directory.isEmpty() ? tr("Built-in template (read-only)") : QDir::toNativeSeparators(m_directory));
    m_currentFile.clear();
    m_errorLine = 0;
    reloadFiles();
    const QStringList names = fileNames();
    const QString first = names.contains(QLatin1String(ExportTemplate::ArticleTemplate))
                              ? QLatin1String(ExportTemplate::ArticleTemplate) : names.value(0);
    if (!first.isEmpty())
        openFile(first);
    else
        m_editor->clear();
    if (m_directory.isEmpty())
        showMessage(tr("The built-in template cannot be changed: use Create from Default to copy it into a folder of your own."), false);
    else if (!QDir(m_directory).exists())
        showMessage(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(m_directory)), true);
    else if (!names.contains(QLatin1String(ExportTemplate::ArticleTemplate)))
        showMessage(tr("This folder has no %1: use Create from Default to start from the built-in template.")
                        .arg(QLatin1String(ExportTemplate::ArticleTemplate)), true);
    else
        showMessage(QString(), false);
    updateActions();
}

void TemplateEditor::reloadFiles()
{
    const QSignalBlocker blocker(m_files);
    m_files->clear();
    m_files->addItems(editableFiles(sourceDirectory()));
    if (const QList<QListWidgetItem *> items = m_files->findItems(m_currentFile, Qt::MatchExactly); !items.isEmpty())
        m_files->setCurrentItem(items.first());
}

QStringList TemplateEditor::fileNames() const
{
    QStringList names;
    for (int i = 0; i < m_files->count(); ++i)
        names.append(m_files->item(i)->text());
    return names;
}

bool TemplateEditor::createFromDefault(const QString &directory, bool replaceExisting, QString *error)
{
    if (!maybeSave())
        return false;
    QDir target(directory);
    if (!target.mkpath(QStringLiteral("."))) {
        if (error)
            *error = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    const QString builtIn = ExportTemplate::builtInDirectory();
    const QStringList names = QDir(builtIn).entryList(QDir::Files, QDir::Name);
    if (!replaceExisting) {
        for (const QString &name : names) {
            if (target.exists(name)) {
                if (error)
                    *error = tr("%1 already exists in that folder.").arg(name);
                return false;
            }
        }
    }
    for (const QString &name : names) {
        QString reason;
        const QByteArray bytes = readBytes(QDir(builtIn).filePath(name), &reason);
        if (!reason.isEmpty() || !writeBytes(target.filePath(name), bytes, &reason)) {
            if (error)
                *error = tr("Cannot copy %1: %2.").arg(name, reason);
            return false;
        }
    }
    setDirectory(target.absolutePath());
    showMessage(tr("Copied the built-in template into %1.").arg(QDir::toNativeSeparators(m_directory)), false);
    return true;
}

bool TemplateEditor::openFile(const QString &name)
{
    if (name == m_currentFile)
        return true;
    if (!maybeSave())
        return false;
    QString error;
    const QByteArray bytes = readBytes(QDir(sourceDirectory()).filePath(name), &error);
    if (!error.isEmpty()) {
        showMessage(tr("Cannot read %1: %2.").arg(name, error), true);
        return false;
    }
    m_currentFile = name;
    {
        const QSignalBlocker blocker(m_files);
        m_files->setCurrentItem(m_files->findItems(name, Qt::MatchExactly).value(0));
    }
    // One highlighter per file kind: Mustache over HTML for templates, CSS for style sheets.
    delete m_highlighter;
    m_highlighter = nullptr;
    m_editor->setExtraSelections({});
    m_editor->setPlainText(QString::fromUtf8(bytes));
    const bool css = name.endsWith(QLatin1String(".css"));
    m_highlighter = SourceHighlighter::create(m_editor->document(),
                                              css ? SourceHighlighter::Language::Css : SourceHighlighter::Language::Mustache,
                                              this);
    m_highlighter->setPalette(m_editor->palette());
    m_editor->document()->setModified(false);
    m_editor->setReadOnly(m_directory.isEmpty());
    updateActions();
    showCursorPosition();
    return true;
}

bool TemplateEditor::isModified() const
{
    return !m_directory.isEmpty() && m_editor->document()->isModified();
}

bool TemplateEditor::save()
{
    if (m_directory.isEmpty() || m_currentFile.isEmpty())
        return false;
    QString error;
    if (!writeBytes(QDir(m_directory).filePath(m_currentFile), m_editor->toPlainText().toUtf8(), &error)) {
        showMessage(tr("Cannot save %1: %2.").arg(m_currentFile, error), true);
        return false;
    }
    m_editor->document()->setModified(false);
    showMessage(tr("Saved %1.").arg(m_currentFile), false);
    return true;
}

bool TemplateEditor::check()
{
    m_errorLine = 0;
    m_editor->setExtraSelections({});
    QString directory = m_directory;
    // Check what is on screen: the folder copied with the unsaved file in place of its saved version.
    QTemporaryDir scratch;
    if (isModified()) {
        if (!scratch.isValid()) {
            showMessage(tr("Cannot check: no temporary folder (%1).").arg(scratch.errorString()), true);
            return false;
        }
        for (const QString &name : QDir(m_directory).entryList(QDir::Files, QDir::Name)) {
            if (name != m_currentFile)
                QFile::copy(QDir(m_directory).filePath(name), scratch.filePath(name));
        }
        QString error;
        if (!writeBytes(scratch.filePath(m_currentFile), m_editor->toPlainText().toUtf8(), &error)) {
            showMessage(tr("Cannot check: %1.").arg(error), true);
            return false;
        }
        directory = scratch.path();
    }
    QString error;
    if (ExportTemplate::load(directory, &error)) {
        showMessage(tr("The template compiles: every template and partial is valid."), false);
        return true;
    }
    if (directory != m_directory)
        error.replace(QDir(directory).absolutePath(), m_directory);
    showMessage(error, true);

    // The message names the file by path and then its line: open that file and go there.
    const QString base = m_directory.isEmpty() ? ExportTemplate::builtInDirectory() : m_directory;
    for (const QString &name : fileNames()) {
        const QString path = QDir(base).filePath(name);
        const qsizetype at = error.indexOf(path);
        if (at < 0 || (at + path.size() < error.size() && error.at(at + path.size()).isLetterOrNumber()))
            continue;
        static const QRegularExpression number(QStringLiteral("\\d+"));
        const QRegularExpressionMatch line = number.match(error, at + path.size());
        if (name != m_currentFile && !openFile(name))
            break;
        showMessage(error, true); // openFile() may have replaced it
        if (line.hasMatch()) {
            m_errorLine = line.captured().toInt();
            highlightLine(m_errorLine);
        }
        break;
    }
    return false;
}

void TemplateEditor::highlightLine(int line)
{
    const QTextBlock block = m_editor->document()->findBlockByLineNumber(line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    QTextEdit::ExtraSelection selection;
    selection.cursor = cursor;
    selection.format.setBackground(QColor(255, 80, 80, 60));
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    m_editor->setExtraSelections({selection});
    m_editor->setFocus();
}

QString TemplateEditor::message() const
{
    return m_message->text();
}

void TemplateEditor::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_message->setPalette(palette);
}

void TemplateEditor::showCursorPosition()
{
    const QTextCursor cursor = m_editor->textCursor();
    m_position->setText(tr("Line %1, column %2").arg(cursor.blockNumber() + 1).arg(cursor.positionInBlock() + 1));
}

void TemplateEditor::updateActions()
{
    const bool editable = !m_directory.isEmpty() && !m_currentFile.isEmpty();
    m_saveButton->setEnabled(editable && m_editor->document()->isModified());
    m_checkButton->setEnabled(m_files->count() > 0);
    setWindowTitle(m_currentFile.isEmpty() ? tr("Export Template")
                                           : tr("%1%2 — Export Template").arg(m_currentFile, isModified() ? QStringLiteral("*") : QString()));
}

bool TemplateEditor::maybeSave()
{
    if (!isModified())
        return true;
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Export Template"), tr("Save the changes to %1?").arg(m_currentFile),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_editor->document()->setModified(false);
        return true;
    }
    return false;
}

void TemplateEditor::chooseFolder()
{
    if (!maybeSave())
        return;
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Template Folder"), m_directory);
    if (!directory.isEmpty())
        setDirectory(directory);
}

void TemplateEditor::createFromDefaultInteractively()
{
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Create Template In"), m_directory);
    if (directory.isEmpty())
        return;
    QString error;
    if (createFromDefault(directory, false, &error))
        return;
    const QStringList builtIn = QDir(ExportTemplate::builtInDirectory()).entryList(QDir::Files);
    const bool holdsTemplate = std::any_of(builtIn.cbegin(), builtIn.cend(),
                                           [&directory](const QString &name) { return QDir(directory).exists(name); });
    if (!holdsTemplate) {
        if (!error.isEmpty())
            showMessage(error, true);
        return;
    }
    if (QMessageBox::question(this, tr("Create from Default"),
                              tr("%1 already holds template files. Replace them with the built-in ones?")
                                  .arg(QDir::toNativeSeparators(directory)),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes
        && !createFromDefault(directory, true, &error)) {
        showMessage(error, true);
    }
}

void TemplateEditor::reject()
{
    if (maybeSave())
        QDialog::reject();
}

} // namespace galley
