#pragma once

#include <QTextEdit>

#include <functional>

class QMenu;

namespace galley {

/// The body editor: a QTextEdit whose clipboard speaks canonical HTML. Anything pasted or
/// dropped goes through the Sanitizer (HTML) or Sanitizer::fromPlainText (text) and is loaded
/// with CanonicalHtml before it is inserted at the cursor, so nothing outside the subset can
/// enter the document; copying writes canonical HTML too. Pasted images are stored as assets.
///
/// Keyboard and input-method handling is QTextEdit's own: no key press is intercepted, so
/// Chinese input methods (preedit, commit) work as anywhere else in Qt.
class RichTextEdit final : public QTextEdit
{
    Q_OBJECT
public:
    /// Stores image bytes of \a mimeType and returns their asset hash (empty on failure).
    using ImageStore = std::function<QString(const QByteArray &bytes, const QString &mimeType)>;

    explicit RichTextEdit(QWidget *parent = nullptr);

    void setImageStore(ImageStore store) { m_imageStore = std::move(store); }
    /// Offered whatever is pasted or dropped before it is inserted; answering true takes it
    /// (suggest mode turns it into a suggestion) and nothing is inserted.
    using InsertInterceptor = std::function<bool(const QMimeData *source)>;
    void setInsertInterceptor(InsertInterceptor interceptor) { m_insertInterceptor = std::move(interceptor); }
    /// Edits \a document (not owned), shown in this editor's font.
    void setArticleDocument(QTextDocument *document);
    /// Inserts untrusted \a html at the cursor as one undo step (sanitized first).
    void insertHtmlSafely(const QString &html);

    /// Extra selections come in independent layers (find results over annotation highlights),
    /// so one feature setting its highlights does not wipe another's. Later layers paint on top.
    enum class SelectionLayer { Annotations, Find };
    void setExtraSelectionLayer(SelectionLayer layer, const QList<QTextEdit::ExtraSelection> &selections);
    [[nodiscard]] QList<QTextEdit::ExtraSelection> extraSelectionLayer(SelectionLayer layer) const;

Q_SIGNALS:
    /// A paste dropped markup outside the subset (element names, as Sanitizer reports them).
    void pasteCleaned(const QStringList &dropped);
    /// The context menu for document \a position (under the mouse, or the cursor's when opened
    /// from the keyboard) is about to open: a receiver may add its actions to \a menu.
    void contextMenuAboutToShow(QMenu *menu, int position);

protected:
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    QMimeData *createMimeDataFromSelection() const override;

private:
    void insertCanonical(const QString &canonicalHtml);

    ImageStore m_imageStore;
    InsertInterceptor m_insertInterceptor;
    QList<QTextEdit::ExtraSelection> m_annotationSelections;
    QList<QTextEdit::ExtraSelection> m_findSelections;
};

} // namespace galley
