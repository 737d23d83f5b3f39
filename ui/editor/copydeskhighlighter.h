#pragma once

#include "copydeskfinding.h"

#include <QSyntaxHighlighter>

namespace galley {

/// The copy desk's underlines in the body: each paragraph's findings are kept with the
/// paragraph (QTextBlockUserData) and drawn as layout formats, which never enter the document,
/// its undo stack or the stored HTML.
///
/// Qt re-runs highlightBlock() only for the paragraphs an edit touched, so typing costs one
/// paragraph's formats, never the article's. An edit inside a paragraph moves the findings after
/// it by what was typed and drops the ones it touched, before Qt redraws the paragraph: the
/// underlines follow the text until the worker's check of the new text arrives (setFindings()).
class CopyDeskHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit CopyDeskHighlighter(QTextDocument *document);
    /// Stops following the document first: ~QSyntaxHighlighter clears the formats, which the
    /// document announces as an edit that must not reach this half-destroyed object.
    ~CopyDeskHighlighter() override;

    /// The findings shown in \a block now (offsets into its text).
    [[nodiscard]] static QList<CopyDeskFinding> findings(const QTextBlock &block);
    /// Shows \a findings in \a block when its text is still \a checkedText (else false: the
    /// paragraph changed while it was checked). Redraws the paragraph only when they differ.
    bool setFindings(const QTextBlock &block, const QString &checkedText, const QList<CopyDeskFinding> &findings);
    /// Forgets every finding (another article).
    void clear();

Q_SIGNALS:
    /// An edit moved or dropped findings (the panel's list is out of date).
    void findingsMoved();

protected:
    void highlightBlock(const QString &text) override;

private:
    void onContentsChange(int position, int removed, int added);
    /// Draws \a block's underlines again, a change of the layout only (not an edit).
    void redraw(const QTextBlock &block);
};

} // namespace galley
