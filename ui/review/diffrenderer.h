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

/// The rendered-text diff: the newer text, with what the older one had struck out in place.
[[nodiscard]] QString textDiffHtml(const QList<DiffRun> &runs);
/// The side-by-side source diff as a table: line numbers and the old and new line; inside a
/// changed line the changed words are marked.
[[nodiscard]] QString sideBySideHtml(const QList<SideBySideRow> &rows);

} // namespace DiffRenderer
} // namespace galley
