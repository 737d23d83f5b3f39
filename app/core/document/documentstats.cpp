#include "document/documentstats.h"

#include "model/textstats.h"

#include <QTextBlock>
#include <QTextDocument>

namespace galley {

namespace {

void add(TextStats &total, const TextStats &part, int sign)
{
    total.characters += sign * part.characters;
    total.cjkCharacters += sign * part.cjkCharacters;
    total.latinWords += sign * part.latinWords;
    total.punctuation += sign * part.punctuation;
    total.paragraphs += sign * part.paragraphs;
}

} // namespace

DocumentStats::DocumentStats(QTextDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    if (!document)
        return;
    // QTextDocument reports contentsChange() only once it has a layout (an editor gives it one).
    (void)document->documentLayout();
    connect(document, &QTextDocument::contentsChange, this, &DocumentStats::onContentsChange);
    rescan();
}

void DocumentStats::rescan()
{
    m_blocks.clear();
    TextStats totals;
    if (m_document) {
        m_blocks.reserve(size_t(m_document->blockCount()));
        for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
            m_blocks.push_back(computeTextStats(block.text()));
            add(totals, m_blocks.back(), 1);
        }
        m_countedBlocks += qint64(m_blocks.size());
    }
    setTotals(totals);
}

void DocumentStats::onContentsChange(int position, int removed, int added)
{
    Q_UNUSED(removed)
    if (!m_document)
        return;
    // After the change, the new text is [position, position + added); the blocks it spans are
    // the only ones whose text changed. The old blocks they replace end `delta` blocks earlier.
    QTextBlock firstBlock = m_document->findBlock(position);
    if (!firstBlock.isValid())
        firstBlock = m_document->lastBlock();
    QTextBlock lastBlock = m_document->findBlock(position + added);
    if (!lastBlock.isValid())
        lastBlock = m_document->lastBlock();
    const qsizetype first = firstBlock.blockNumber();
    const qsizetype lastNew = lastBlock.blockNumber();
    const qsizetype delta = qsizetype(m_document->blockCount()) - qsizetype(m_blocks.size());
    const qsizetype lastOld = lastNew - delta;
    if (first < 0 || lastNew < first || lastOld < first || lastOld >= qsizetype(m_blocks.size())) {
        rescan(); // a change Qt reported in a way we do not expect: be correct rather than fast
        return;
    }

    TextStats totals = m_totals;
    for (qsizetype i = first; i <= lastOld; ++i)
        add(totals, m_blocks[size_t(i)], -1);
    std::vector<TextStats> fresh;
    fresh.reserve(size_t(lastNew - first + 1));
    for (QTextBlock block = firstBlock;; block = block.next()) {
        fresh.push_back(computeTextStats(block.text()));
        add(totals, fresh.back(), 1);
        if (block == lastBlock)
            break;
    }
    m_countedBlocks += qint64(fresh.size());
    const auto begin = m_blocks.begin() + first;
    const qsizetype common = qMin(qsizetype(fresh.size()), lastOld - first + 1);
    std::copy(fresh.begin(), fresh.begin() + common, begin);
    if (qsizetype(fresh.size()) > common)
        m_blocks.insert(begin + common, fresh.begin() + common, fresh.end());
    else
        m_blocks.erase(begin + common, begin + (lastOld - first + 1));
    setTotals(totals);
}

void DocumentStats::setTotals(const TextStats &totals)
{
    if (totals == m_totals)
        return;
    m_totals = totals;
    Q_EMIT changed(m_totals);
}

} // namespace galley
