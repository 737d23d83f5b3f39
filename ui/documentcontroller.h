#pragma once

#include "document/articlemerge.h"
#include "editor/recoveryjournal.h"
#include "model/article.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace galley {

class ArticleDocument;
class ArticleRepository;
class AssetRepository;
class Database;
class DocumentStats;

/// The life of the article being edited, without any widget: loading it into an
/// ArticleDocument, saving it (on an idle debounce, on switch, on close, on demand), the
/// crash-recovery journal, and version conflicts. It never opens a dialog itself: the
/// decisions a person has to make go through the resolver hooks (EditorArea installs dialogs,
/// tests install functions).
///
/// Nothing is ever overwritten silently: a save that finds a newer stored version merges the
/// two edits by paragraph (NewsroomActions::saveMerging(), base = the version loaded or last
/// saved here) and shows the merged text; only when both changed the same paragraphs (or the
/// same field) it asks the conflict resolver (save the merge with a choice per paragraph, keep
/// mine on top of theirs, take theirs, or cancel and keep editing).
/// Unsaved text is journaled shortly after every edit and before every save, and the journal
/// is removed after a clean save; open() offers what a crash left behind.
///
/// The destructor does not save (it cannot ask anything): call close() first. A controller
/// dropped with unsaved edits leaves its journal, as a crash would.
class DocumentController final : public QObject
{
    Q_OBJECT
public:
    /// A QTextDocument property that is true while something redraws formats that live only on
    /// the layout (the copy desk's underlines): QTextDocument announces that as a change of its
    /// contents, but the text is not edited, so the controller does not take it for an edit.
    static constexpr const char *LayoutOnlyProperty = "galleyLayoutOnly";

    enum class ConflictChoice {
        Merge,      ///< save ConflictResolution::resolved: the merge with the overlaps chosen
        KeepMine,   ///< write mine as a new version on top of theirs
        TakeTheirs, ///< drop my unsaved changes, load theirs
        Cancel,     ///< save nothing now, keep editing (the journal keeps my text)
    };
    /// What the conflict resolver is shown.
    struct Conflict {
        Article mine;         ///< the article as edited here
        Article theirs;       ///< the newer stored one
        QString theirsAuthor; ///< who saved theirs; empty when unknown
        ArticleMerge merge;   ///< base (loaded here), mine, theirs: what merges, what overlaps
    };
    struct ConflictResolution {
        ConflictResolution(ConflictChoice choice = ConflictChoice::Cancel) // NOLINT: a choice is a resolution
            : choice(choice)
        {
        }
        ConflictChoice choice;
        Article resolved; ///< for Merge: Conflict::merge.resolved(...)
    };
    /// Asked when a save finds that someone else saved the article since it was loaded and the
    /// two edits overlap.
    using ConflictResolver = std::function<ConflictResolution(const Conflict &conflict)>;
    /// Asked on open() when the journal holds text the stored article lacks; true = recover it.
    using RecoveryHandler = std::function<bool(const Article &stored, const JournalEntry &journal)>;

    explicit DocumentController(Database &database, QObject *parent = nullptr);
    ~DocumentController() override;

    [[nodiscard]] ArticleDocument *document() const { return m_document; }

    /// Loads article \a id after saving the current one. False when the current one could
    /// not be let go (conflict cancelled) or \a id does not exist.
    [[nodiscard]] bool open(qint64 id);
    /// Saves and unloads the current article; false only when a conflict was cancelled.
    [[nodiscard]] bool close();
    /// Saves now if anything changed; false when cancelled or the database refused.
    [[nodiscard]] bool save();
    /// Keeps the unsaved text in the history before someone else takes the article over: saved
    /// now as a named revision with \a note ("Kept when 王静 took over"), merged as save() does,
    /// and never asking anything; when the edits overlap a newer stored version, the text is
    /// recorded as a revision beside it (the stored article stays as it is, the journal keeps
    /// the text). True when there was nothing unsaved or the text is in the history.
    [[nodiscard]] bool keep(const QString &note);

    [[nodiscard]] bool hasArticle() const { return m_article.id != 0; }
    [[nodiscard]] qint64 articleId() const { return m_article.id; }
    /// The article as last loaded or saved, with the fields as edited since (bodyHtml is the
    /// body as of the last load or save: use currentArticle() for the body being edited).
    [[nodiscard]] const Article &article() const { return m_article; }
    /// The article with the body serialized now (canonical HTML).
    [[nodiscard]] Article currentArticle() const;
    [[nodiscard]] bool isModified() const;

    /// Replaces the editable fields (title, subtitle, summary, byline, source, editor, desk,
    /// tags, publishAt) with those of \a fields; the rest of \a fields is ignored.
    void setFields(const Article &fields);
    /// Replaces the whole body with \a canonicalHtml as one undoable edit.
    void replaceBody(const QString &canonicalHtml);
    /// Takes \a stored — the current article as this user just stored it another way (a
    /// workflow transition, a restored revision) — as the loaded state. When its body is the
    /// one in the editor, the document stays as it is (cursor, undo) and only the fields and
    /// version are taken; otherwise the article is loaded again.
    void adoptSaved(const Article &stored);

    void setUserName(const QString &name) { m_userName = name; }
    [[nodiscard]] QString userName() const { return m_userName; }
    void setReadOnly(bool readOnly);
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }

    void setConflictResolver(ConflictResolver resolver) { m_conflictResolver = std::move(resolver); }
    void setRecoveryHandler(RecoveryHandler handler) { m_recoveryHandler = std::move(handler); }

    /// Idle time after the last edit before the database save (default 2000 ms); a long burst
    /// of typing is saved at least every maxSaveDelay (default 30 s).
    void setAutosaveDelay(int milliseconds);
    [[nodiscard]] int autosaveDelay() const { return m_autosaveDelay; }
    void setMaxSaveDelay(int milliseconds) { m_maxSaveDelay = milliseconds; }
    /// Idle time after the last edit before the journal is written (default 400 ms).
    void setJournalDelay(int milliseconds);
    [[nodiscard]] RecoveryJournal &journal() { return m_journal; }

    /// Statistics of the body, kept up to date incrementally (see DocumentStats).
    [[nodiscard]] TextStats stats() const;

Q_SIGNALS:
    /// A different article (or none: 0) is now in the document.
    void articleLoaded(qint64 id);
    /// The fields changed from outside the editor (load, recovery, taking theirs).
    void fieldsReloaded(const galley::Article &article);
    void saved(qint64 id);
    void modifiedChanged(bool modified);
    /// The body or the fields changed (for the preview).
    void contentChanged();
    void statsChanged(const galley::TextStats &stats);
    void statusMessage(const QString &message);
    /// A save merged someone else's changes into the text being edited: the body is about to be
    /// replaced (bodyAboutToBeReplaced) and was (bodyReplaced, with where each block of the old
    /// body went, see ParagraphMerge::blockMap()), so a view can keep its cursor and scroll.
    void bodyAboutToBeReplaced();
    void bodyReplaced(const QList<int> &blockMap);

private:
    enum class SaveReason { Autosave, Explicit, Leaving };
    bool saveArticle(SaveReason reason);
    /// Records the stored text as a baseline revision before the first edit of an article without history.
    void recordBaseline();
    bool leave();
    void install(const Article &article);
    /// Takes \a saved, which holds others' changes merged in, as the text being edited.
    void showMerged(const Article &saved, const QString &editedBody);
    void offerRecovery(const Article &stored);
    void onDocumentEdited();
    void markEdited();
    void writeJournal();
    void writeJournal(const Article &current);
    void updateModified();

    Database &m_database;
    std::unique_ptr<ArticleRepository> m_repository;
    std::unique_ptr<AssetRepository> m_assets;
    ArticleDocument *m_document = nullptr;
    DocumentStats *m_stats = nullptr;
    RecoveryJournal m_journal;
    Article m_article;
    Article m_base; ///< the article as loaded or last saved here: the base of a merge
    QString m_userName;
    bool m_readOnly = false;
    bool m_loading = false;
    bool m_fieldsModified = false;
    bool m_lastModified = false;
    bool m_conflictDeclined = false;
    bool m_baselineChecked = false; ///< the first edit's baseline revision was checked
    bool m_journalDirty = false;
    int m_autosaveDelay = 2000;
    int m_maxSaveDelay = 30000;
    int m_journalDelay = 400;
    QTimer m_autosaveTimer;
    QTimer m_journalTimer;
    QTimer m_statsTimer;
    QElapsedTimer m_dirtySince;
    QElapsedTimer m_journalSince;
    ConflictResolver m_conflictResolver;
    RecoveryHandler m_recoveryHandler;
};

} // namespace galley
