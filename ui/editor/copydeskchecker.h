#pragma once

#include "copydeskfinding.h"
#include "lint/housestyle.h"
#include "lint/lintignores.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTextCursor>
#include <QThreadPool>
#include <QTimer>

#include <memory>

class QLineEdit;
class QMenu;

namespace galley {

class CopyDeskHighlighter;
class LineEditUnderline;
class RichTextEdit;
class SpellChecker;

/// The copy desk in the editor: the house-style rules (Linter) and the spelling of Latin words
/// (SpellChecker) checked as the user types, on a worker thread, and shown as wavy underlines
/// in the body, the title and the subtitle: one machinery for both kinds of finding.
///
/// Only what changed is checked again: the paragraphs an edit touched (and the one before, whose
/// end may depend on how the next starts), or the field that was edited. One check runs at a
/// time; edits made meanwhile are checked when it ends ("update in progress / update again").
/// A result for a paragraph whose text changed since is dropped.
///
/// Hovering an underline shows its message; the context menu offers the fix (or the spelling
/// suggestions and "Add to Newsroom Dictionary"), "Fix All of This Kind" (one undo step) and
/// "Ignore" (for this finding in this article, by the key galley lint and the export's gate
/// read too: LintIgnores). The checker keeps no store: what a person ignores or adds is
/// announced (findingIgnored(), dictionaryWordAdded()) for the newsroom to keep, and given back
/// with setArticle() and setDictionaryWords().
class CopyDeskChecker final : public QObject
{
    Q_OBJECT
public:
    using Field = LintField;
    /// A finding where it is now: in the body, cursor selects its text (and moves with edits).
    struct Located {
        Field field = Field::Body;
        QTextCursor cursor; ///< Body only
        int start = 0; ///< position in the document (Body) or the field
        int end = 0;
        CopyDeskFinding finding;
    };

    CopyDeskChecker(RichTextEdit *body, QLineEdit *title, QLineEdit *subtitle, QObject *parent = nullptr);
    ~CopyDeskChecker() override;

    /// Starts over for another article: \a language ("en", "en-GB", "zh-Hans") chooses the
    /// spelling dictionary (none for Chinese); \a ignored are the keys of its findings ignored
    /// before (see findingIgnored()), kept with those ignored since for the session.
    void setArticle(qint64 articleId, const QString &language, const QSet<QString> &ignored = {});
    /// The newsroom's dictionary: words the spelling check accepts besides its own.
    void setDictionaryWords(const QStringList &words);
    [[nodiscard]] QStringList dictionaryWords() const { return m_words; }
    /// Whether "Add to Newsroom Dictionary" is offered enabled (not in a read-only newsroom).
    void setDictionaryEditable(bool editable) { m_dictionaryEditable = editable; }
    void setHouseStyle(const HouseStyle &style);
    [[nodiscard]] const HouseStyle &houseStyle() const { return m_style; }
    /// Off: no checks and no underlines.
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }

    /// Every finding shown now: the title's, the subtitle's, then the body's in text order.
    [[nodiscard]] QList<Located> findings() const;
    /// The finding under \a position of \a field (the innermost), if any.
    [[nodiscard]] std::optional<Located> findingAt(Field field, int position) const;
    /// True when nothing is waiting to be checked or being checked.
    [[nodiscard]] bool isIdle() const;
    /// The spelling dictionary in use ("en_US"), empty when none.
    [[nodiscard]] QString dictionary() const { return m_dictionary; }

    /// Replaces the text of \a located by \a text (one undo step).
    void replace(const Located &located, const QString &text);
    /// Applies every safe fix of \a rule in the body as one undo step (and in the title and
    /// subtitle, an undo step of each field); returns how many. An ignored finding next to a fix
    /// stays ignored.
    int fixAll(LintRule rule);
    /// Hides \a located's finding (the same text in the same context) in this article, and
    /// announces it (findingIgnored()).
    void ignore(const Located &located);
    /// Accepts \a word as correctly spelt from now on, and announces it (dictionaryWordAdded()).
    void addToDictionary(const QString &word);
    /// Selects \a located's text in its field, scrolls it into view and gives it the focus.
    void select(const Located &located);
    /// Adds the actions for the finding under \a position of \a field to the top of \a menu.
    void addMenuActions(QMenu *menu, Field field, int position);

Q_SIGNALS:
    /// The findings shown changed (after a check, an edit or an ignore).
    void findingsChanged();
    /// Something to say once in the status bar (a missing dictionary).
    void statusMessage(const QString &message);
    /// A person ignored the finding \a key in article \a articleId (for the newsroom to keep).
    void findingIgnored(qint64 articleId, const QString &key);
    /// A person added \a word to the newsroom's dictionary (for the newsroom to keep).
    void dictionaryWordAdded(const QString &word);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Job;
    struct Result;
    void markDirty(int from, int to);
    void markAllDirty();
    void schedule();
    void start();
    void finished(const std::shared_ptr<Result> &result);
    /// Keeps the ignored ones of \a findings in \a before ignored in \a after, the text once
    /// \a edits are made (their keys change when a fix is next to them).
    void keepIgnored(Field field, const QString &before, const QString &after, const QList<CopyDeskFinding> &findings,
        const QList<CanonicalHtml::TextEdit> &edits);
    [[nodiscard]] QList<CopyDeskFinding> withoutIgnored(
        Field field, const QString &text, const QList<CopyDeskFinding> &findings) const;
    [[nodiscard]] QLineEdit *lineEdit(Field field) const;
    [[nodiscard]] LineEditUnderline *underline(Field field) const;
    [[nodiscard]] QList<CopyDeskFinding> lintNow(const QTextBlock &block) const;

    RichTextEdit *m_body = nullptr;
    QPointer<QLineEdit> m_title;
    QPointer<QLineEdit> m_subtitle;
    CopyDeskHighlighter *m_highlighter = nullptr;
    LineEditUnderline *m_titleUnderline = nullptr;
    LineEditUnderline *m_subtitleUnderline = nullptr;
    HouseStyle m_style;
    bool m_enabled = true;
    qint64 m_articleId = 0;
    QString m_dictionary;
    QStringList m_words; ///< the newsroom's dictionary
    bool m_dictionaryEditable = true;
    std::shared_ptr<SpellChecker> m_speller; ///< loaded and used by the checks, one at a time
    QSet<QString> m_missingDictionarySaid;
    QHash<qint64, QSet<QString>> m_ignored; ///< per article: stored and ignored since
    // The paragraphs to check again: [m_dirtyFrom, m_dirtyTo] as cursors, which the document
    // moves with later edits.
    QTextCursor m_dirtyFrom;
    QTextCursor m_dirtyTo;
    bool m_allDirty = false;
    bool m_fieldsDirty = false;
    bool m_running = false;
    quint64 m_generation = 0; ///< bumped by setArticle(): results of an earlier article are dropped
    QTimer m_delay;
    std::unique_ptr<SpellChecker> m_menuSpeller; ///< the GUI thread's, for suggestions
    QThreadPool m_pool; ///< one check at a time; waited for on destruction
};

} // namespace galley
