#include "copydeskhighlighter.h"

#include "documentcontroller.h"

#include <QTextDocument>

namespace galley {

namespace {

class BlockFindings final : public QTextBlockUserData
{
public:
    QList<CopyDeskFinding> findings;
    int length = 0; ///< the length of the paragraph's text the findings are placed on
};

BlockFindings *dataOf(const QTextBlock &block)
{
    return static_cast<BlockFindings *>(block.userData());
}

} // namespace

CopyDeskHighlighter::CopyDeskHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(static_cast<QObject *>(document))
{
    // Connected before QSyntaxHighlighter's own connection (made by setDocument()), so the
    // findings have moved when Qt asks for the edited paragraph's formats.
    connect(document, &QTextDocument::contentsChange, this, &CopyDeskHighlighter::onContentsChange);
    setDocument(document);
}

CopyDeskHighlighter::~CopyDeskHighlighter()
{
    if (QTextDocument *edited = document())
        disconnect(edited, &QTextDocument::contentsChange, this, &CopyDeskHighlighter::onContentsChange);
}

QList<CopyDeskFinding> CopyDeskHighlighter::findings(const QTextBlock &block)
{
    const BlockFindings *data = dataOf(block);
    return data ? data->findings : QList<CopyDeskFinding>();
}

bool CopyDeskHighlighter::setFindings(
    const QTextBlock &block, const QString &checkedText, const QList<CopyDeskFinding> &findings)
{
    if (!block.isValid() || block.text() != checkedText)
        return false;
    BlockFindings *data = dataOf(block);
    if (!data) {
        if (findings.isEmpty())
            return true;
        data = new BlockFindings;
        QTextBlock(block).setUserData(data);
    }
    data->length = int(checkedText.size());
    if (data->findings == findings)
        return true;
    data->findings = findings;
    redraw(block);
    return true;
}

void CopyDeskHighlighter::clear()
{
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (BlockFindings *data = dataOf(block); data && !data->findings.isEmpty()) {
            data->findings.clear();
            redraw(block);
        }
    }
}

void CopyDeskHighlighter::redraw(const QTextBlock &block)
{
    QTextDocument *edited = document();
    edited->setProperty(DocumentController::LayoutOnlyProperty, true);
    rehighlightBlock(block);
    edited->setProperty(DocumentController::LayoutOnlyProperty, false);
}

void CopyDeskHighlighter::highlightBlock(const QString &text)
{
    const auto *data = static_cast<const BlockFindings *>(currentBlockUserData());
    if (!data)
        return;
    for (const CopyDeskFinding &finding : data->findings) {
        const int end = std::min(finding.end, int(text.size()));
        if (finding.start < end)
            setFormat(finding.start, end - finding.start, CopyDeskStyle::underlineFormat(finding));
    }
}

void CopyDeskHighlighter::onContentsChange(int position, int removed, int added)
{
    const QTextBlock first = document()->findBlock(position);
    if (!first.isValid())
        return;
    const QTextBlock last = document()->findBlock(position + added);
    const int offset = position - first.position();
    bool moved = false;
    if (BlockFindings *data = dataOf(first); data && !data->findings.isEmpty()) {
        // Within one paragraph (its length changed by exactly the edit) the findings after the
        // edit move with the text; an edit that joined or split paragraphs keeps those before it.
        const bool within = first == last && data->length - removed + added == first.length() - 1;
        QList<CopyDeskFinding> kept;
        for (CopyDeskFinding finding : std::as_const(data->findings)) {
            if (finding.end <= offset) {
                kept.append(finding);
            } else if (within && finding.start >= offset + removed) {
                finding.start += added - removed;
                finding.end += added - removed;
                kept.append(finding);
            }
        }
        moved = true;
        data->findings = kept;
    }
    if (BlockFindings *data = dataOf(first))
        data->length = first.length() - 1;
    if (first != last) {
        for (QTextBlock block = first.next(); block.isValid(); block = block.next()) {
            if (BlockFindings *data = dataOf(block)) {
                moved = moved || !data->findings.isEmpty();
                data->findings.clear();
                data->length = block.length() - 1;
            }
            if (block == last)
                break;
        }
    }
    if (moved)
        Q_EMIT findingsMoved();
}

} // namespace galley
