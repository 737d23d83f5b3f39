#include "documentcontroller.h"

#include "document/canonicalhtml.h"
#include "document/documentstats.h"
#include "model/textstats.h"
#include "editor/articledocument.h"
#include "storage/articlerepository.h"
#include "storage/assetrepository.h"
#include "storage/revisionrepository.h"
#include "storage/database.h"
#include "storage/newsroomactions.h"

#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>

#include <algorithm>

namespace galley {

namespace {

constexpr int MaxJournalDelay = 3000; // journal at least this often during a long burst of typing

void copyFields(const Article &from, Article &to)
{
    to.title = from.title;
    to.subtitle = from.subtitle;
    to.summary = from.summary;
    to.byline = from.byline;
    to.source = from.source;
    to.editor = from.editor;
    to.desk = from.desk;
    to.tags = from.tags;
    to.publishAt = from.publishAt;
}

// Storage binds a null QString as SQL NULL, which its NOT NULL columns refuse; an empty field
// or body is the empty string.
void fillNulls(Article &article)
{
    for (QString *text : {&article.title, &article.subtitle, &article.summary, &article.bodyHtml,
                          &article.bodyText, &article.byline, &article.source, &article.editor,
                          &article.desk, &article.publishAt, &article.slug, &article.uuid}) {
        if (text->isNull())
            *text = QStringLiteral("");
    }
}

bool sameFields(const Article &a, const Article &b)
{
    return a.title == b.title && a.subtitle == b.subtitle && a.summary == b.summary
        && a.byline == b.byline && a.source == b.source && a.editor == b.editor
        && a.desk == b.desk && a.tags == b.tags && a.publishAt == b.publishAt;
}

} // namespace

DocumentController::DocumentController(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_repository(std::make_unique<ArticleRepository>(database))
    , m_assets(std::make_unique<AssetRepository>(database))
    , m_document(new ArticleDocument(this))
    , m_stats(new DocumentStats(m_document, this))
{
    m_document->setAssetLoader([this](const QString &hash) -> std::optional<QByteArray> {
        if (auto asset = m_assets->load(hash))
            return asset->bytes;
        return std::nullopt;
    });
    m_document->setUndoRedoEnabled(true);

    m_autosaveTimer.setSingleShot(true);
    connect(&m_autosaveTimer, &QTimer::timeout, this, [this] { (void)saveArticle(SaveReason::Autosave); });
    m_journalTimer.setSingleShot(true);
    connect(&m_journalTimer, &QTimer::timeout, this, [this] { writeJournal(); });
    // Statistics are cheap to keep (DocumentStats follows each change) but the status bar
    // does not need to repaint on every keystroke.
    m_statsTimer.setSingleShot(true);
    m_statsTimer.setInterval(150);
    connect(&m_statsTimer, &QTimer::timeout, this, [this] { Q_EMIT statsChanged(stats()); });

    connect(m_stats, &DocumentStats::changed, this, [this] {
        if (!m_loading)
            m_statsTimer.start();
    });
    connect(m_document, &QTextDocument::contentsChanged, this, &DocumentController::onDocumentEdited);
    connect(m_document, &QTextDocument::modificationChanged, this, [this] { updateModified(); });
}

DocumentController::~DocumentController() = default;

TextStats DocumentController::stats() const
{
    return m_stats->totals();
}

void DocumentController::setAutosaveDelay(int milliseconds)
{
    m_autosaveDelay = std::max(0, milliseconds);
}

void DocumentController::setJournalDelay(int milliseconds)
{
    m_journalDelay = std::max(0, milliseconds);
}

void DocumentController::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly) {
        m_autosaveTimer.stop();
        m_journalTimer.stop();
    }
}

bool DocumentController::isModified() const
{
    return hasArticle() && (m_fieldsModified || m_document->isModified());
}

Article DocumentController::currentArticle() const
{
    Article article = m_article;
    article.bodyHtml = CanonicalHtml::fromDocument(*m_document);
    fillNulls(article);
    return article;
}

void DocumentController::updateModified()
{
    const bool modified = isModified();
    if (modified != m_lastModified) {
        m_lastModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void DocumentController::onDocumentEdited()
{
    if (m_loading || m_document->property(LayoutOnlyProperty).toBool())
        return;
    markEdited();
}

void DocumentController::markEdited()
{
    if (m_loading || !hasArticle() || m_readOnly)
        return;
    // Idle debounce, but a burst of typing that never pauses is still saved now and then.
    if (!m_autosaveTimer.isActive())
        m_dirtySince.start();
    const qint64 untilMax = m_maxSaveDelay - m_dirtySince.elapsed();
    m_autosaveTimer.start(int(std::clamp<qint64>(untilMax, 0, m_autosaveDelay)));

    if (!m_journalTimer.isActive())
        m_journalSince.start();
    const qint64 untilJournal = MaxJournalDelay - m_journalSince.elapsed();
    m_journalTimer.start(int(std::clamp<qint64>(untilJournal, 0, m_journalDelay)));
    m_journalDirty = true;
    recordBaseline();
    updateModified();
    Q_EMIT contentChanged();
}

void DocumentController::recordBaseline()
{
    // The first edit of an article without history: keep the text as it stood before it.
    if (m_baselineChecked || m_article.id == 0 || m_readOnly)
        return;
    m_baselineChecked = true;
    RevisionRepository revisions(m_database);
    if (revisions.count(m_article.id) == 0
        && !revisions.record(m_article, RevisionKind::Baseline, m_userName, tr("Before the first edit")))
        Q_EMIT statusMessage(tr("The history could not be recorded: %1").arg(revisions.errorString()));
}

void DocumentController::setFields(const Article &fields)
{
    if (!hasArticle() || sameFields(fields, m_article))
        return;
    copyFields(fields, m_article);
    m_fieldsModified = true;
    markEdited();
}

void DocumentController::replaceBody(const QString &canonicalHtml)
{
    // The loader edits through a cursor; wrapped in one edit block it is one undo step.
    QTextCursor cursor(m_document);
    cursor.beginEditBlock();
    CanonicalHtml::toDocument(canonicalHtml, *m_document);
    cursor.endEditBlock();
}

void DocumentController::adoptSaved(const Article &stored)
{
    if (stored.id == 0 || stored.id != m_article.id)
        return;
    if (stored.bodyHtml != CanonicalHtml::fromDocument(*m_document)) {
        m_journal.remove(stored.uuid);
        install(stored);
        return;
    }
    m_autosaveTimer.stop();
    m_journalTimer.stop();
    m_article = stored;
    m_base = stored;
    m_fieldsModified = false;
    m_conflictDeclined = false;
    m_journalDirty = false;
    m_document->setModified(false);
    m_journal.remove(stored.uuid);
    updateModified();
    Q_EMIT fieldsReloaded(m_article);
    Q_EMIT saved(stored.id);
}

void DocumentController::writeJournal()
{
    if (!m_journalDirty || !hasArticle() || m_readOnly)
        return;
    writeJournal(currentArticle());
}

void DocumentController::writeJournal(const Article &current)
{
    JournalEntry entry;
    entry.uuid = current.uuid;
    entry.articleId = current.id;
    entry.baseVersion = current.version;
    entry.databasePath = m_database.displayName(); // a server URI never carries its password here
    entry.writtenAt = QDateTime::currentDateTimeUtc();
    entry.article = current;
    if (m_journal.write(entry))
        m_journalDirty = false;
}

bool DocumentController::save()
{
    return saveArticle(SaveReason::Explicit);
}

bool DocumentController::saveArticle(SaveReason reason)
{
    m_autosaveTimer.stop();
    if (!hasArticle() || m_readOnly)
        return true;
    if (!isModified()) {
        if (reason != SaveReason::Autosave) // unchanged (perhaps undone back): nothing to recover
            m_journal.remove(m_article.uuid);
        return true;
    }
    if (reason == SaveReason::Autosave && m_conflictDeclined) {
        writeJournal(); // the user chose to keep editing; keep their text safe meanwhile
        return false;
    }

    Article mine = currentArticle();
    writeJournal(mine); // first: if the save or the process dies now, the text survives
    const QString editedBody = mine.bodyHtml;

    const bool explicitSave = reason == SaveReason::Explicit;
    RevisionKind kind = explicitSave ? RevisionKind::Save : RevisionKind::Autosave;
    QString note = explicitSave ? tr("Saved") : QString();
    Article base = m_base;
    QString resolvedMessage; // after a person chose between overlapping edits
    for (int attempt = 0; attempt < 5; ++attempt) {
        // The save (or the merge with a newer version) and its revision are one use case, one
        // transaction (NewsroomActions).
        const NewsroomActions::SaveOutcome outcome =
            NewsroomActions::saveMerging(m_database, mine, base, kind, m_userName, note);
        switch (outcome.result) {
        case ArticleRepository::SaveResult::Saved:
            m_fieldsModified = false;
            m_conflictDeclined = false;
            m_journal.remove(mine.uuid);
            m_journalTimer.stop();
            m_journalDirty = false;
            if (mine.bodyHtml != editedBody || !sameFields(mine, m_article)) {
                showMerged(mine, editedBody);
            } else {
                m_article = mine; // the fields as edited here, and what a merge took from theirs
                m_base = mine;
                m_document->setModified(false);
            }
            updateModified();
            recordBaseline();
            Q_EMIT saved(mine.id);
            if (!resolvedMessage.isEmpty() && !outcome.merged)
                Q_EMIT statusMessage(resolvedMessage);
            if (outcome.merged && outcome.theirs) {
                Q_EMIT statusMessage(outcome.theirsAuthor.isEmpty()
                        ? tr("Merged with version %1 saved elsewhere: its changes to other paragraphs are in "
                             "your text now.")
                              .arg(outcome.theirs->version)
                        : tr("Merged with %1's version %2: their changes to other paragraphs are in your text "
                             "now.")
                              .arg(outcome.theirsAuthor)
                              .arg(outcome.theirs->version));
            }
            return true;
        case ArticleRepository::SaveResult::Conflict: {
            if (!outcome.theirs || outcome.merge.isClean())
                break; // gone meanwhile, or a newer save got in between: try again
            const Article &theirs = *outcome.theirs;
            const ConflictResolution resolution = m_conflictResolver
                ? m_conflictResolver(Conflict { mine, theirs, outcome.theirsAuthor, outcome.merge })
                : ConflictResolution();
            switch (resolution.choice) {
            case ConflictChoice::Merge:
                mine = resolution.resolved;
                mine.version = theirs.version;
                base = theirs; // the resolved text is an edit of theirs now
                kind = RevisionKind::Save;
                note = NewsroomActions::mergeNote(outcome.theirsAuthor, theirs.version, true);
                resolvedMessage = outcome.theirsAuthor.isEmpty()
                    ? tr("Saved your choices merged with version %1.").arg(theirs.version)
                    : tr("Saved your choices merged with %1's version %2.").arg(outcome.theirsAuthor).arg(theirs.version);
                continue;
            case ConflictChoice::KeepMine:
                mine.version = theirs.version; // write on top of theirs, which stays a revision
                base = theirs;
                continue;
            case ConflictChoice::TakeTheirs:
                m_journal.remove(mine.uuid);
                install(theirs);
                Q_EMIT statusMessage(tr("Loaded the version of “%1” saved elsewhere.").arg(theirs.title));
                return true;
            case ConflictChoice::Cancel:
                break;
            }
            m_conflictDeclined = true;
            Q_EMIT statusMessage(tr("Not saved: “%1” was changed elsewhere. Your text is kept in the "
                                    "recovery journal.")
                                     .arg(mine.title));
            return false;
        }
        case ArticleRepository::SaveResult::NotFound: {
            // Deleted for good while open: keep the text as a new article rather than lose it.
            Article copy = mine;
            copy.id = 0;
            copy.version = 0;
            if (m_repository->create(copy)) {
                m_journal.remove(mine.uuid);
                install(copy);
                Q_EMIT saved(copy.id);
                Q_EMIT statusMessage(tr("“%1” was deleted elsewhere; your text was saved as a new "
                                        "article.")
                                         .arg(copy.title));
                return true;
            }
            [[fallthrough]];
        }
        case ArticleRepository::SaveResult::Failed:
            Q_EMIT statusMessage(tr("Could not save “%1”: %2 Your text is kept in the recovery journal.")
                                     .arg(mine.title, outcome.error.isEmpty() ? m_repository->errorString() : outcome.error));
            return false;
        }
    }
    return false;
}

void DocumentController::showMerged(const Article &saved, const QString &editedBody)
{
    m_article = saved;
    m_base = saved;
    if (saved.bodyHtml != editedBody) {
        const QList<int> blockMap = ParagraphMerge::blockMap(editedBody, saved.bodyHtml);
        Q_EMIT bodyAboutToBeReplaced();
        m_loading = true;
        replaceBody(saved.bodyHtml); // one undo step: Ctrl+Z shows the text as it was before
        m_loading = false;
        Q_EMIT bodyReplaced(blockMap);
        Q_EMIT contentChanged();
        Q_EMIT statsChanged(stats());
    }
    m_document->setModified(false);
    Q_EMIT fieldsReloaded(m_article);
}

void DocumentController::install(const Article &article)
{
    m_loading = true;
    m_autosaveTimer.stop();
    m_journalTimer.stop();
    m_article = article;
    m_base = article;
    m_fieldsModified = false;
    m_conflictDeclined = false;
    m_journalDirty = false;
    if (article.id != 0)
        CanonicalHtml::toDocument(article.bodyHtml, *m_document);
    else
        m_document->clear();
    m_document->clearUndoRedoStacks();
    m_document->setModified(false);
    m_loading = false;
    m_baselineChecked = false;
    updateModified();
    Q_EMIT articleLoaded(article.id);
    Q_EMIT fieldsReloaded(m_article);
    Q_EMIT statsChanged(stats());
}

bool DocumentController::open(qint64 id)
{
    if (id == m_article.id && hasArticle())
        return true;
    std::optional<Article> next = m_repository->load(id);
    if (!next) {
        Q_EMIT statusMessage(tr("The article could not be opened: %1").arg(m_repository->errorString()));
        return false;
    }
    if (hasArticle() && !leave())
        return false;
    install(*next); // straight to the next article: no "nothing open" in between
    offerRecovery(*next);
    return true;
}

bool DocumentController::leave()
{
    // Only a cancelled conflict keeps the article open; a failed save leaves the journal.
    return saveArticle(SaveReason::Leaving) || !m_conflictDeclined;
}

bool DocumentController::close()
{
    if (!hasArticle())
        return true;
    if (!leave())
        return false;
    install(Article{});
    return true;
}

void DocumentController::offerRecovery(const Article &stored)
{
    const std::optional<JournalEntry> entry = m_journal.read(stored.uuid);
    if (!entry)
        return;
    if (entry->matches(stored)) {
        m_journal.remove(stored.uuid); // saved after all: nothing to bring back
        return;
    }
    if (m_readOnly || !m_recoveryHandler)
        return; // nobody here can decide: leave it for a session that can
    if (!m_recoveryHandler(stored, *entry)) {
        m_journal.remove(stored.uuid);
        return;
    }
    Article fields = m_article;
    copyFields(entry->article, fields);
    if (!sameFields(fields, m_article)) {
        m_article = fields;
        m_fieldsModified = true;
        Q_EMIT fieldsReloaded(m_article);
    }
    if (entry->article.bodyHtml != stored.bodyHtml)
        replaceBody(entry->article.bodyHtml); // one undoable edit: Ctrl+Z shows the stored text
    markEdited();
    Q_EMIT statusMessage(tr("Recovered unsaved changes to “%1” from %2.")
                             .arg(m_article.title,
                                  QLocale().toString(entry->writtenAt.toLocalTime(), QLocale::ShortFormat)));
}

bool DocumentController::keep(const QString &note)
{
    if (!hasArticle() || !isModified())
        return true;
    m_autosaveTimer.stop();
    Article mine = currentArticle();
    writeJournal(mine);
    const NewsroomActions::SaveOutcome outcome =
        NewsroomActions::saveMerging(m_database, mine, m_base, RevisionKind::Save, m_userName, note);
    if (outcome.result == ArticleRepository::SaveResult::Saved) {
        adoptSaved(mine);
        return true;
    }
    if (outcome.result == ArticleRepository::SaveResult::Conflict) {
        // Nobody is there to choose between overlapping edits: the text goes into the history
        // beside theirs.
        RevisionRepository revisions(m_database);
        if (revisions.record(mine, RevisionKind::Save, m_userName, note))
            return true;
        Q_EMIT statusMessage(tr("Your text could not be kept in the history: %1 It is kept in the recovery journal.")
                                 .arg(revisions.errorString()));
        return false;
    }
    Q_EMIT statusMessage(tr("Your text could not be kept in the history: %1 It is kept in the recovery journal.")
                             .arg(outcome.error.isEmpty() ? m_repository->errorString() : outcome.error));
    return false;
}

} // namespace galley
