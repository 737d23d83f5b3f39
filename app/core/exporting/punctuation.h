#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

namespace galley {

/// Typographic normalisation of Chinese copy (one of the optional export transforms).
///
/// - a half-width , : ; ? ! that follows a CJK character (or CJK punctuation, also behind a
///   closing quote) becomes ， ： ； ？ ！ and the spaces after it are dropped;
/// - a pair of half-width ( ) whose content contains CJK text becomes （ ）.
/// Latin text, numbers ("3,000", "08:18") and URLs are left alone.
namespace Punctuation {

/// Normalises one piece of plain text.
[[nodiscard]] QString fixChinese(const QString &text);
/// Normalises consecutive text pieces that read as one run (the text nodes of one HTML block):
/// context and parentheses carry across pieces, each piece keeps its place.
void fixChinese(QList<QString> &pieces);

/// Ranges [start, start + length) of URLs in \a text (http, https, ftp, mailto, www.):
/// ASCII URL characters, trailing sentence punctuation and an unbalanced ')' not included.
[[nodiscard]] QList<QPair<qsizetype, qsizetype>> urlRanges(QStringView text);

/// True for CJK symbols and punctuation (U+3000–303F), fullwidth forms and CJK compatibility forms.
[[nodiscard]] bool isCjkPunctuation(char32_t codePoint);

} // namespace Punctuation
} // namespace galley
