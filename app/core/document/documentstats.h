#pragma once

#include "model/article.h"

#include <QObject>
#include <QPointer>
#include <QTextDocument>

#include <vector>

namespace galley {

/// Live text statistics of a QTextDocument for the status bar, kept up to date without
/// rescanning the document: it holds the statistics of every block and, on each
/// QTextDocument::contentsChange(), recounts only the blocks the change touched. totals() always
/// equals computeTextStats(document->toPlainText()).
///
/// Lives in the document's thread (a GUI thread: it makes sure the document has a layout, without
/// which QTextDocument does not report changes). Does not own the document; stops counting when
/// the document is destroyed.
class DocumentStats final : public QObject
{
    Q_OBJECT

public:
    explicit DocumentStats(QTextDocument *document, QObject *parent = nullptr);

    [[nodiscard]] QTextDocument *document() const { return m_document; }
    [[nodiscard]] TextStats totals() const { return m_totals; }
    /// Counts every block again (never needed after edits; for a document that was swapped).
    void rescan();
    /// How many blocks have been counted since construction (diagnostics and tests: a keystroke
    /// recounts one block, not the document).
    [[nodiscard]] qint64 countedBlocks() const { return m_countedBlocks; }

Q_SIGNALS:
    /// Emitted after an edit that changed the totals.
    void changed(const galley::TextStats &totals);

private:
    void onContentsChange(int position, int removed, int added);
    void setTotals(const TextStats &totals);

    QPointer<QTextDocument> m_document;
    std::vector<TextStats> m_blocks; // indexed by block number
    TextStats m_totals;
    qint64 m_countedBlocks = 0;
};

} // namespace galley
