#pragma once

#include <QString>

namespace galley {

/// A URL- and file-name-safe slug for \a title: transliterated to Latin ASCII through ICU
/// ("Any-Latin; Latin-ASCII; Lower", so Chinese becomes toneless pinyin: 不适宜担任现职 ->
/// bu-shi-yi-dan-ren-xian-zhi), every run of other characters turned into one '-', no '-' at
/// either end, cut at a '-' to at most \a maxLength characters. Empty when nothing is left
/// (the caller picks a fallback such as "article-<id>"). Thread-safe.
[[nodiscard]] QString slugFromTitle(const QString &title, int maxLength = 60);

} // namespace galley
