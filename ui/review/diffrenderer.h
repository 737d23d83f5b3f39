#pragma once

#include "document/textdiff.h"

#include <QColor>
#include <QString>

namespace galley {

/// HTML for diff views (QTextBrowser's rich-text subset): insertions on green, deletions on
/// red and struck through, so a change reads the same in every view of the history panel.
namespace DiffRenderer {

[[nodiscard]] QColor insertedBackground();
[[nodiscard]] QColor deletedBackground();

/// Context kept around changes by the history panel: a reviewer of a 100,000-character article
/// sees what changed, not the whole text again (and the view lays out in milliseconds).
inline constexpr int DefaultContextCharacters = 200;
inline constexpr int DefaultContextRows = 3;

/// The rendered-text diff: the newer text, with what the older one had struck out in place.
/// With \a contextCharacters >= 0, unchanged text further than that from a change is left out
/// and a grey "… n characters unchanged …" stands in its place.
[[nodiscard]] QString textDiffHtml(const QList<DiffRun> &runs, int contextCharacters = -1);
/// The side-by-side source diff as a table: line numbers and the old and new line; inside a
/// changed line the changed words are marked. With \a contextRows >= 0, unchanged lines
/// further than that from a change are folded into one "… n unchanged lines …" row.
[[nodiscard]] QString sideBySideHtml(const QList<SideBySideRow> &rows, int contextRows = -1);

/// One side of a two-way character diff: the side's text (\a side Delete: the older one,
/// Insert: the newer one) with the stretches only it has marked, in bold on red or green.
[[nodiscard]] QString oneSideHtml(const QList<DiffRun> &runs, DiffRun::Op side);

} // namespace DiffRenderer
} // namespace galley
