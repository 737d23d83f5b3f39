#include "richtextedit.h"

#include <QKeyEvent>

#include "document/canonicalhtml.h"
#include "document/htmllimits.h"
#include "document/sanitizer.h"
#include "textformatting.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollBar>
#include <QFontDatabase>
#include <QImage>
#include <QMimeData>
#include <QTextBlock>
#include <QTextDocumentFragment>

namespace galley {

RichTextEdit::RichTextEdit(QWidget *parent)
    : QTextEdit(parent)
{
    setObjectName(QStringLiteral("bodyEditor"));
    setAcceptRichText(true);
    setAutoFormatting(QTextEdit::AutoNone);
    setTabChangesFocus(false);

    // A font that has the Chinese glyphs itself: with a Latin-only default every CJK character
    // goes through font fallback on each repaint, which halves typing speed in long articles.
    static const QStringList preferred{
        QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"), QStringLiteral("Noto Sans SC"),
        QStringLiteral("PingFang SC"),      QStringLiteral("Microsoft YaHei"),    QStringLiteral("WenQuanYi Micro Hei"),
    };
    const QStringList families = QFontDatabase::families();
    for (const QString &family : preferred) {
        if (families.contains(family)) {
            QFont text = font();
            text.setFamily(family);
            text.setPointSizeF(std::max(text.pointSizeF(), 11.0));
            setFont(text);
            break;
        }
    }
}

void RichTextEdit::setArticleDocument(QTextDocument *document)
{
    setDocument(document);
    document->setDefaultFont(font());
}

void RichTextEdit::setExtraSelectionLayer(SelectionLayer layer, const QList<QTextEdit::ExtraSelection> &selections)
{
    (layer == SelectionLayer::Find ? m_findSelections : m_annotationSelections) = selections;
    setExtraSelections(m_annotationSelections + m_findSelections);
}

QList<QTextEdit::ExtraSelection> RichTextEdit::extraSelectionLayer(SelectionLayer layer) const
{
    return layer == SelectionLayer::Find ? m_findSelections : m_annotationSelections;
}

bool RichTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasHtml() || source->hasText() || (source->hasImage() && m_imageStore);
}

void RichTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (m_insertInterceptor && m_insertInterceptor(source))
        return;
    if (isReadOnly())
        return;
    if (source->hasHtml()) {
        const QString html = source->html();
        if (HtmlLimits::problem(html).isEmpty()) {
            insertHtmlSafely(html);
            return;
        }
        // Markup too deep or too wide to parse in good time: its words, without formatting.
        if (source->hasText()) {
            insertCanonical(Sanitizer::fromPlainText(source->text()));
            Q_EMIT pasteCleaned({ tr("all formatting (its HTML was too complex)") });
        }
        return;
    }
    if (source->hasText()) {
        insertCanonical(Sanitizer::fromPlainText(source->text()));
        return;
    }
    if (source->hasImage() && m_imageStore) {
        const QImage image = qvariant_cast<QImage>(source->imageData());
        QByteArray bytes;
        QBuffer buffer(&bytes);
        if (image.isNull() || !buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
            return;
        const QString hash = m_imageStore(bytes, QStringLiteral("image/png"));
        if (hash.isEmpty())
            return;
        QTextCursor cursor = textCursor();
        TextFormatting::insertFigure(cursor, hash, QString());
        setTextCursor(cursor);
    }
}

void RichTextEdit::insertHtmlSafely(const QString &html)
{
    QStringList dropped;
    const QString canonical = Sanitizer::sanitize(html, &dropped);
    insertCanonical(canonical);
    if (!dropped.isEmpty())
        Q_EMIT pasteCleaned(dropped);
}

void RichTextEdit::insertCanonical(const QString &canonicalHtml)
{
    if (canonicalHtml.isEmpty())
        return;
    QTextDocument scratch;
    CanonicalHtml::toDocument(canonicalHtml, scratch);
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    if (scratch.blockCount() == 1) {
        // One paragraph pasted inside another: its text joins the paragraph the cursor is in.
        QTextCursor all(&scratch);
        all.select(QTextCursor::Document);
        cursor.insertFragment(QTextDocumentFragment(all));
    } else {
        cursor.insertFragment(QTextDocumentFragment(&scratch));
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
}

QMimeData *RichTextEdit::createMimeDataFromSelection() const
{
    // Copy as canonical HTML (not Qt's styled HTML, which the paste sanitizer would strip of
    // its meaning), with the plain text beside it for other applications.
    const QTextDocumentFragment fragment = textCursor().selection();
    QTextDocument scratch;
    QTextCursor(&scratch).insertFragment(fragment);
    auto *data = new QMimeData;
    data->setHtml(CanonicalHtml::fromDocument(scratch));
    data->setText(fragment.toPlainText());
    return data;
}

void RichTextEdit::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    int position = textCursor().position();
    if (event->reason() != QContextMenuEvent::Keyboard) {
        // The character under the mouse (not the nearest gap between two, which is the next
        // character's start on the right half of a comma).
        const QPointF point = QPointF(event->pos()) + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
        position = document()->documentLayout()->hitTest(point, Qt::ExactHit);
        if (position < 0)
            position = cursorForPosition(event->pos()).position();
    }
    Q_EMIT contextMenuAboutToShow(menu.get(), position);
    menu->exec(event->globalPos());
}

bool RichTextEdit::event(QEvent *event)
{
    // X11 key bindings make Ctrl+K "delete to end of line" in every text field, which would
    // swallow the editor's Insert Link shortcut while the body has the focus.
    if (event->type() == QEvent::ShortcutOverride
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::DeleteEndOfLine)) {
        event->ignore();
        return true;
    }
    return QTextEdit::event(event);
}

} // namespace galley
