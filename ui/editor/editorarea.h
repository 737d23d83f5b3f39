#pragma once

#include "model/article.h"

#include <QByteArray>
#include <QList>
#include <QWidget>

class QAction;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace galley {

class ArticleFieldsForm;
class CopyDeskChecker;
class CopyDeskMemory;
class Database;
class DocumentController;
class EditorActions;
class FindReplaceBar;
class LockController;
class NoticeBar;
class PreviewPane;
class RichTextEdit;
class SourceView;
class SuggestEditing;

/// The central area of the main window: the article editor (fields + rich-text body + source tab) and the live preview.
///
/// The main window calls closeArticle() before it closes: the destructor does not save (a
/// dropped EditorArea leaves its recovery journal behind, as a crash would).
class EditorArea : public QWidget
{
    Q_OBJECT
public:
    enum class ViewMode { SideBySide, EditorOnly, PreviewOnly };
    explicit EditorArea(Database &database, QWidget *parent = nullptr);
    ~EditorArea() override;

    void setUserName(const QString &name);           // author of saves/revisions
    void setReadOnly(bool readOnly);                  // reviewer role: body+metadata read-only, no editing locks
    /// Suggest mode for role \a roleKey ("editor", "reviewer", "chief"): on by default for a
    /// reviewer, off for the others, as last chosen for that role (QSettings); never where
    /// \a allowed is false (a read-only newsroom).
    void setSuggestRole(const QString &roleKey, bool allowed);
    [[nodiscard]] bool openArticle(qint64 id);        // saves the current one first; false if the user cancelled
    [[nodiscard]] bool closeArticle();                // saves; false only if a conflict dialog was cancelled
    [[nodiscard]] bool saveNow();                     // explicit save (Ctrl+S)
    [[nodiscard]] qint64 currentArticleId() const;
    void setViewMode(ViewMode mode);
    [[nodiscard]] ViewMode viewMode() const { return m_viewMode; }
    // Actions for the main window's menus/toolbars (owned by EditorArea; standard shortcuts set, translated texts, icons
    // from QIcon::fromTheme with fallbacks): undo/redo/cut/copy/paste/select all/find/replace; paragraph styles; bold,
    // italic, underline, strike; link add/edit/remove; bulleted/numbered list; indent/outdent; image; rule; clear formatting;
    // view modes (exclusive group).
    [[nodiscard]] QList<QAction *> editActions() const;
    [[nodiscard]] QList<QAction *> formatActions() const;
    [[nodiscard]] QList<QAction *> viewActions() const;
    [[nodiscard]] QAction *saveAction() const;
    QByteArray saveSplitterState() const; bool restoreSplitterState(const QByteArray &);
    /// Gives the editor \a pixels of the width it shares with the preview (as far as the
    /// preview's minimum width allows); for the first start, once the window has its size.
    void setEditorWidth(int pixels);

    /// Inserts the image file at \a path as a figure at the cursor (stored in the assets table).
    /// False (with a status message) when it is not a readable image.
    bool insertImageFile(const QString &path, const QString &altText = QString());
    /// Parses the source tab back into the editor now (as leaving the tab does).
    void applySource();

    // Parts, for the main window's wiring and for tests.
    [[nodiscard]] DocumentController *documentController() const { return m_controller; }
    [[nodiscard]] RichTextEdit *bodyEditor() const { return m_body; }
    [[nodiscard]] ArticleFieldsForm *fieldsForm() const { return m_fields; }
    [[nodiscard]] SourceView *sourceView() const { return m_source; }
    [[nodiscard]] PreviewPane *previewPane() const { return m_preview; }
    [[nodiscard]] FindReplaceBar *findBar() const { return m_findBar; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] EditorActions *actions() const { return m_actions; }
    /// The copy desk's underlines (house style, spelling) in the body, title and subtitle.
    [[nodiscard]] CopyDeskChecker *copyDesk() const { return m_copyDesk; }
    /// What the newsroom keeps for the copy desk: ignores, dictionary, house style, language.
    [[nodiscard]] CopyDeskMemory *copyDeskMemory() const { return m_copyDeskMemory; }
    /// The editing lock and presence of the open article (team newsroom); while another
    /// session holds the lock the editor is read-only and lockBar() says who edits.
    [[nodiscard]] LockController *lockController() const { return m_lock; }
    [[nodiscard]] NoticeBar *lockBar() const { return m_lockBar; }
    /// Suggest mode (Edit ▸ Suggest Changes): edits to the body become suggestions.
    [[nodiscard]] SuggestEditing *suggestEditing() const { return m_suggest; }
    [[nodiscard]] QAction *suggestAction() const;

Q_SIGNALS:
    void articleSaved(qint64 id);                     // the list refreshes on this
    void statsChanged(const galley::TextStats &stats);// for the status bar (字数 etc.)
    void statusMessage(const QString &message);
    void currentArticleChanged(qint64 id);

private:
    void connectActions();
    void updateActions();
    void updateEnabled();
    void onArticleLoaded(qint64 id);
    void onTabChanged(int index);
    void editLink();
    void chooseImage();
    void moveCursorToLeaf(int leaf, int offset);
    void keepLinkFromGrowing();
    void applySuggestMode();
    [[nodiscard]] bool sourceTabActive() const;

    Database &m_database;
    DocumentController *m_controller = nullptr;
    LockController *m_lock = nullptr;
    NoticeBar *m_lockBar = nullptr;
    EditorActions *m_actions = nullptr;
    CopyDeskChecker *m_copyDesk = nullptr;
    CopyDeskMemory *m_copyDeskMemory = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_editorPane = nullptr;
    ArticleFieldsForm *m_fields = nullptr;
    QTabWidget *m_tabs = nullptr;
    RichTextEdit *m_body = nullptr;
    FindReplaceBar *m_findBar = nullptr;
    SourceView *m_source = nullptr;
    PreviewPane *m_preview = nullptr;
    QStackedWidget *m_stack = nullptr; ///< the editor, or the "open an article" placeholder
    ViewMode m_viewMode = ViewMode::SideBySide;
    bool m_readOnly = false; ///< the role's, or held back by another session's editing lock
    bool m_roleReadOnly = false;
    SuggestEditing *m_suggest = nullptr;
    QString m_suggestRoleKey;
    bool m_suggestAllowed = false;
    int m_lastCursorBlock = -1;
    int m_sourceTabIndex = -1;
};
}
