#include "viewkeeper.h"

#include "documentcontroller.h"

#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>

#include <algorithm>

namespace galley {

ViewKeeper::ViewKeeper(DocumentController *controller, QTextEdit *editor)
    : QObject(editor)
    , m_editor(editor)
{
    connect(controller, &DocumentController::bodyAboutToBeReplaced, this, &ViewKeeper::remember);
    connect(controller, &DocumentController::bodyReplaced, this, &ViewKeeper::restore);
}

ViewKeeper::Place ViewKeeper::placeOf(int position) const
{
    const QTextBlock block = m_editor->document()->findBlock(position);
    return { block.blockNumber(), position - block.position() };
}

int ViewKeeper::positionOf(const Place &place, const QList<int> &blockMap) const
{
    const QTextDocument *document = m_editor->document();
    const bool mapped = place.block >= 0 && place.block < blockMap.size();
    const int number = mapped ? blockMap.at(place.block) : document->blockCount() - 1;
    const QTextBlock block = document->findBlockByNumber(std::clamp(number, 0, document->blockCount() - 1));
    return block.position() + std::clamp(place.offset, 0, block.length() - 1);
}

void ViewKeeper::remember()
{
    const QTextCursor cursor = m_editor->textCursor();
    m_anchor = placeOf(cursor.anchor());
    m_position = placeOf(cursor.position());
    m_scroll = m_editor->verticalScrollBar()->value();
    m_hadFocus = m_editor->hasFocus();
}

void ViewKeeper::restore(const QList<int> &blockMap)
{
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(positionOf(m_anchor, blockMap));
    cursor.setPosition(positionOf(m_position, blockMap), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->verticalScrollBar()->setValue(m_scroll);
    m_editor->ensureCursorVisible(); // only scrolls when the merge moved the cursor out of view
    if (m_hadFocus)
        m_editor->setFocus();
}

} // namespace galley
