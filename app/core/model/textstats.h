#pragma once

#include "model/article.h"

#include <QString>
#include <QStringView>

namespace galley {

/// Counts newsroom statistics of plain text: characters without whitespace (字数), CJK
/// characters, Latin words, punctuation and paragraphs (non-empty lines).
[[nodiscard]] TextStats computeTextStats(QStringView plainText);

/// True for Han ideographs (incl. extensions and compatibility), kana, hangul and bopomofo.
[[nodiscard]] bool isCjk(char32_t codePoint);

} // namespace galley
