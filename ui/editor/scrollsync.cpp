#include "scrollsync.h"

#include "preview/previewpane.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>

#include <algorithm>
#include <cmath>

namespace galley {

ScrollSync::ScrollSync(QTextEdit *editor, PreviewPane *preview, QAction *toggle)
    : QObject(editor)
    , m_editor(editor)
    , m_preview(preview)
    , m_toggle(toggle)
{
    connect(editor->verticalScrollBar(), &QScrollBar::valueChanged, this, &ScrollSync::editorScrolled);
    connect(preview, &PreviewPane::userScrolled, this, &ScrollSync::previewScrolled);
    connect(toggle, &QAction::toggled, this, [this](bool on) {
        if (on)
            editorScrolled(); // catch up with where the editor is now
    });
}

bool ScrollSync::isEnabled() const
{
    return m_toggle->isChecked();
}

void ScrollSync::editorScrolled()
{
    if (!isEnabled() || m_following)
        return;
    const QScrollBar *bar = m_editor->verticalScrollBar();
    if (bar->value() <= bar->minimum()) {
        m_preview->alignToLeaf(-1, 0);
        return;
    }
    if (bar->value() >= bar->maximum()) {
        m_preview->alignToLeaf(-2, 0);
        return;
    }
    // The block at the top of the editor's viewport, and how much of it is scrolled past.
    const QTextBlock block = m_editor->cursorForPosition(QPoint(0, 0)).block();
    if (!block.isValid())
        return;
    const QRectF rect = m_editor->document()->documentLayout()->blockBoundingRect(block);
    const double fraction = rect.height() > 0 ? std::clamp((bar->value() - rect.top()) / rect.height(), 0.0, 1.0) : 0.0;
    m_preview->alignToLeaf(block.blockNumber(), fraction);
}

void ScrollSync::previewScrolled(int leaf, double fraction)
{
    if (!isEnabled())
        return;
    QScrollBar *bar = m_editor->verticalScrollBar();
    int value = bar->minimum();
    if (leaf == -2) {
        value = bar->maximum();
    } else if (leaf >= 0) {
        QTextBlock block = m_editor->document()->findBlockByNumber(leaf);
        if (!block.isValid())
            block = m_editor->document()->lastBlock();
        const QRectF rect = m_editor->document()->documentLayout()->blockBoundingRect(block);
        value = int(std::lround(rect.top() + fraction * rect.height()));
    }
    m_following = true;
    bar->setValue(value);
    m_following = false;
}

} // namespace galley
