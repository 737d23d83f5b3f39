#pragma once

#include "model/suggestion.h"

#include <QColor>
#include <QList>
#include <QString>

/// Pending suggestions drawn into an article's page for the preview only: proposed text
/// underlined and deleted text struck through in the suggester's colour, a formatting change
/// dotted-underlined. The export never calls these, so no page it writes can hold the marks.
///
/// Two steps around the export's render stage: markBody() puts marker characters (private-use
/// code points, never markup) into the canonical HTML, which the render stage then treats as
/// text; toMarkup() turns the markers in the rendered body into <ins>, <del> and <span>
/// elements with inline styles (no script, no class the template must know), and strip()
/// removes them, with the proposed text, from everything outside the body (the page's head,
/// its description). Pure functions: safe on any thread.
namespace galley::SuggestionMarks {

/// The colour of \a author's marks: the same for a name in every session and on every desk.
[[nodiscard]] QColor authorColor(const QString &author);

/// \a canonicalHtml with the pending suggestions of \a suggestions that fit its text (located
/// with Anchoring on CanonicalHtml::toPlainText()) enclosed in marker characters; orphaned,
/// decided and any past the 256th are left out. Unchanged when there is nothing to mark, or
/// when the text itself holds characters of the markers' range (they could not be told apart).
[[nodiscard]] QString markBody(const QString &canonicalHtml, const QList<Suggestion> &suggestions);

/// \a html (rendered from markBody()'s output with the same \a suggestions) with its markers
/// turned into elements.
[[nodiscard]] QString toMarkup(const QString &html, const QList<Suggestion> &suggestions);

/// \a html without markers and without the proposed text between them.
[[nodiscard]] QString strip(const QString &html);

} // namespace galley::SuggestionMarks
