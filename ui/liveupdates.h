#pragma once

#include "model/article.h"
#include "storage/newsroomwatcher.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace galley {

class AnnotationPanel;
class ArticleListDock;
class Database;
class EditorArea;
class SuggestionPanel;
class HistoryPanel;
class NoticeBar;

/// What others do in the newsroom, shown as it happens (issue #12's live updates): the article
/// list, the open article's comments, suggestions, history and workflow state, and the copy desk's
/// newsroom dictionary and house style follow the changes that a
/// NewsroomWatcher hears, within a second and without a manual refresh. The article in the
/// editor is never replaced under the cursor: a newer saved version is taken in place when
/// nothing is unsaved, otherwise a bar says who saved it and offers Compare and Reload (the
/// next save merges, see NewsroomActions::saveMerging()). A lost team server shows a bar while
/// the edits stay on this computer (the recovery journal), and when it is back everything is
/// read again and the unsaved text is saved.
///
/// Announcements are gathered for a moment and applied together, so a burst of changes (a
/// script, a colleague's import) reads the list once.
class LiveUpdates final : public QObject
{
    Q_OBJECT
public:
    struct Views {
        ArticleListDock *list = nullptr;
        EditorArea *editor = nullptr;
        AnnotationPanel *annotations = nullptr;
        HistoryPanel *history = nullptr;
        NoticeBar *versionBar = nullptr;
        NoticeBar *connectionBar = nullptr;
        SuggestionPanel *suggestions = nullptr; ///< optional
    };

    LiveUpdates(Database &database, const Views &views, QObject *parent = nullptr);

    /// Starts listening; false (with errorString()) when the team server refuses the listener.
    [[nodiscard]] bool start();
    [[nodiscard]] QString errorString() const { return m_watcher.errorString(); }
    [[nodiscard]] NewsroomWatcher *watcher() { return &m_watcher; }

    /// Time announcements are gathered before they are applied (default 50 ms).
    void setGatherDelay(int milliseconds) { m_gather.setInterval(milliseconds); }

    /// The bar's Reload: my unsaved text is kept as a revision, the stored version is loaded.
    void reloadNewerVersion();
    /// The bar's Compare: the stored version against the text in the editor.
    void compareNewerVersion();

Q_SIGNALS:
    /// Every change others made (after this window has taken it in), for the parts of the
    /// window that follow particular tables (editing locks, presence).
    void newsroomChanged(const galley::NewsroomEvent &event);
    void statusMessage(const QString &message);

private:
    void onChanged(const NewsroomEvent &event);
    void apply();
    void checkOpenArticle(const QString &who);
    void onConnectionLost(const QString &reason);
    void onReconnected();

    Database &m_database;
    Views m_views;
    NewsroomWatcher m_watcher;
    QTimer m_gather;
    bool m_listChanged = false;
    bool m_activityChanged = false;
    bool m_everything = false;
    bool m_threadsChanged = false;
    bool m_suggestionsChanged = false;
    bool m_historyChanged = false;
    bool m_articleChanged = false;
    bool m_dictionaryChanged = false; ///< copydesk_words
    bool m_houseStyleChanged = false; ///< newsroom_settings
    QString m_articleChangedBy;
    std::optional<Article> m_newer; ///< the stored version the bar is about
};

} // namespace galley
