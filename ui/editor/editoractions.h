#pragma once

#include "textformatting.h"

#include <QIcon>
#include <QKeySequence>
#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QTextCursor;

namespace galley {

/// The editor's actions for menus and toolbars: translated texts, standard shortcuts, theme
/// icons with fallbacks. Owns the QActions and keeps their checked/enabled state in step
/// with the cursor (setCursorState()); what they do is connected by EditorArea.
class EditorActions final : public QObject
{
    Q_OBJECT
public:
    explicit EditorActions(QObject *parent = nullptr);

    // Edit
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *cut = nullptr;
    QAction *copy = nullptr;
    QAction *paste = nullptr;
    QAction *selectAll = nullptr;
    QAction *find = nullptr;
    QAction *findNext = nullptr;
    QAction *findPrevious = nullptr;
    QAction *replace = nullptr;
    /// Suggest mode (checkable, Ctrl+Shift+T): edits to the body become suggestions.
    QAction *suggest = nullptr;
    // Format
    QAction *body = nullptr;
    QAction *heading2 = nullptr;
    QAction *heading3 = nullptr;
    QAction *heading4 = nullptr;
    QAction *quote = nullptr;
    QAction *bold = nullptr;
    QAction *italic = nullptr;
    QAction *underline = nullptr;
    QAction *strike = nullptr;
    QAction *link = nullptr;
    QAction *removeLink = nullptr;
    QAction *bulletedList = nullptr;
    QAction *numberedList = nullptr;
    QAction *indent = nullptr;
    QAction *outdent = nullptr;
    QAction *image = nullptr;
    QAction *rule = nullptr;
    QAction *clearFormatting = nullptr;
    // View
    QAction *sideBySide = nullptr;
    QAction *editorOnly = nullptr;
    QAction *previewOnly = nullptr;
    // File
    QAction *save = nullptr;

    [[nodiscard]] QList<QAction *> editActions() const;
    [[nodiscard]] QList<QAction *> formatActions() const;
    [[nodiscard]] QList<QAction *> viewActions() const;
    /// Every action that changes the text (disabled when read-only or nothing is open).
    [[nodiscard]] QList<QAction *> editingActions() const;

    /// The paragraph style action for \a style.
    [[nodiscard]] QAction *styleAction(TextFormatting::ParagraphStyle style) const;
    /// Checks the style, emphasis and list actions that apply at \a cursor.
    void setCursorState(const QTextCursor &cursor);

private:
    QAction *make(const char *objectName, const QString &text, const QIcon &icon,
                  const QKeySequence &shortcut = {}, bool checkable = false);
    QAction *separator();

    QActionGroup *m_styles = nullptr;
    QActionGroup *m_views = nullptr;
    QList<QAction *> m_separators;
};

} // namespace galley
