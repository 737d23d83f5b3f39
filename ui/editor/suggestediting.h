#pragma once

#include "model/suggestion.h"

#include <QColor>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>
#include <utility>

class QMenu;
class QMimeData;
class QTextDocument;

namespace galley {

class Database;
class DocumentController;
class RichTextEdit;
class SuggestionModel;

/// Suggest mode of the body editor (#13). While active the editor shows a copy of the stored
/// text with the pending suggestions marked — proposed text underlined in its author's colour,
/// text to delete struck through and kept visible, a replacement as both — and every typing,
/// deleting, pasting or input-method gesture becomes a suggestion (NewsroomActions::suggest via
/// SuggestionModel, anchored on the stored plain text) instead of an edit; the marks are then
/// drawn again from the stored suggestions. The DocumentController's document, which is what
/// is saved, is never shown nor changed while the mode is on.
///
/// Keystrokes of the author at the end (or inside) of their own pending insertion or
/// replacement change that suggestion's text (it is stored anew and the old one withdrawn),
/// so a word typed is one suggestion; Backspace or Delete next to their own pending deletion
/// extends it. An input-method commit (Chinese) is one insertion. A suggestion proposes text on
/// one line: Enter, and deleting a paragraph break, are refused with a status message.
class SuggestEditing final : public QObject
{
    Q_OBJECT
public:
    SuggestEditing(Database &database, DocumentController *controller, RichTextEdit *editor, QObject *parent = nullptr);
    ~SuggestEditing() override;

    /// Turns the mode on or off (on only with an article open; the caller saves unsaved edits
    /// first: suggestions are anchored on the stored text).
    void setActive(bool active);
    [[nodiscard]] bool isActive() const { return m_active; }
    /// Who suggests (Galley's user name).
    void setAuthor(const QString &author) { m_author = author; }
    [[nodiscard]] QString author() const { return m_author; }

    /// Reads the open article's suggestions again and redraws the marks (when they changed).
    void refresh();
    /// Cuts the selection as a suggested deletion (the Cut action in suggest mode).
    void cut();
    /// Suggests putting inline tag \a tag ("strong", "em", "u", "s") on the selected stored
    /// text, or taking it off (the Bold, Italic, ... actions in suggest mode). False, with a
    /// status line, when there is no selection of the article's text.
    bool suggestFormat(const QString &tag, bool on);
    /// The document shown while active (the stored text with the marks), or null.
    [[nodiscard]] QTextDocument *markedDocument() const { return m_marked; }
    /// Where stored-text position \a position is in the editor: with proposed text shown
    /// before it (\a afterShown: the position after text proposed there; else before it).
    [[nodiscard]] int shownPosition(qint64 position, bool afterShown) const;
    /// The stored text's range under [\a from, \a to) of the editor's document. While active,
    /// proposed text shown in it is skipped (an end inside it stands where that text goes);
    /// otherwise it is the range itself.
    [[nodiscard]] std::pair<qint64, qint64> storedRange(int from, int to) const;
    /// The suggestions whose proposed text is shown (partly) within [\a from, \a to) of the
    /// editor's document; none while inactive.
    [[nodiscard]] QList<qint64> proposedWithin(int from, int to) const;
    /// The colour of \a author's marks (the same for a name in every session).
    [[nodiscard]] static QColor authorColor(const QString &author);

Q_SIGNALS:
    /// A suggestion on article \a articleId was made, changed or withdrawn here.
    void suggestionsChanged(qint64 articleId);
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Proposed text shown in the marked document.
    struct Inserted {
        qint64 id = 0;
        int start = 0; ///< in the marked document
        int length = 0;
        qint64 basePosition = 0; ///< where it goes in the stored text
        qint64 anchorStart = 0; ///< the suggestion's anchor on the stored text
        qint64 anchorEnd = 0;
        SuggestionKind kind = SuggestionKind::Insert;
        QString author;
        QString text;
    };
    struct Pending {
        qint64 id = 0;
        SuggestionKind kind = SuggestionKind::Insert;
        qint64 start = 0;
        qint64 end = 0;
        QString author;
        QString proposed;
        friend bool operator==(const Pending &, const Pending &) = default;
    };

    [[nodiscard]] bool editable() const;
    void redraw(bool force);
    [[nodiscard]] bool redrawInPlace(const QList<Pending> &pending);
    void typeText(const QString &text);
    void deleteText(bool backward);
    bool takeMimeData(const QMimeData *source);
    void adjustContextMenu(QMenu *menu);
    /// Stores a suggestion, withdrawing \a replacing (a merge); its id, or 0 (a status message).
    qint64 store(SuggestionKind kind, qint64 start, qint64 end, const QString &proposed, qint64 replacing = 0);
    void shareImages(QTextDocument *marked) const;
    void placeCursor(int position);
    /// Puts the cursor \a offset characters into the shown text of suggestion \a id.
    void placeAfterTyping(qint64 id, int offset);
    /// The stored-text position of marked-document position \a position (proposed text shown
    /// before it is skipped); -1 when it is inside proposed text.
    [[nodiscard]] qint64 basePosition(int position) const;
    /// The stored text's range under [\a from, \a to) of the shown document; refused (and said)
    /// when it spans the article's text and a suggestion's.
    [[nodiscard]] std::optional<std::pair<qint64, qint64>> baseRange(int from, int to);
    [[nodiscard]] const Inserted *insertedAround(int position) const;
    [[nodiscard]] const Pending *pendingDeletion(qint64 basePosition) const;
    void refuse(const QString &why);

    Database &m_database;
    DocumentController *m_controller = nullptr;
    RichTextEdit *m_editor = nullptr;
    SuggestionModel *m_model = nullptr;
    QPointer<QTextDocument> m_marked;
    QString m_author;
    bool m_active = false;
    bool m_forwarding = false; ///< an input-method event is being passed on to the editor
    QList<Pending> m_drawn; ///< the pending suggestions the marks show
    QList<Inserted> m_inserted; ///< in document order
    std::pair<int, int> m_imeSelection{ -1, -1 }; ///< what a composition started on replaces
};

} // namespace galley
