#pragma once

#include <QString>

namespace galley::PlainText {

/// A control character that has no place in an article's text: C0 controls other than tab and
/// line feed, DEL, and the C1 controls (U+0080..U+009F). ESC and BEL among them can retitle or
/// recolour a terminal, and none of them shows as anything on a page. So are, as the body drops
/// them (document/htmlparser.cpp), the noncharacters of the BMP (U+FDD0..U+FDEF, U+FFFE,
/// U+FFFF), and the byte-order mark U+FEFF: SQLite reads a value bound as UTF-16 (as Qt binds
/// every string) that starts with U+FFFE as the other byte order and swaps all of it, and drops
/// a leading U+FEFF, so a field holding either would not read back as it was saved, nor be found
/// by searching for it (found by the fuzz target "searchquery").
[[nodiscard]] constexpr bool isStrayControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n') || (c >= 0x7f && c <= 0x9f) || (c >= 0xfdd0 && c <= 0xfdef)
        || c == 0xfeff || c == 0xfffe || c == 0xffff;
}

/// \a text without stray controls (see isStrayControl()); a carriage return goes too, a CR LF
/// pair becoming its line feed. Tabs and line feeds stay: for text of several lines (a summary).
[[nodiscard]] QString withoutStrayControls(const QString &text);

/// \a text as one line: each tab and control line break (CR, LF, FF, VT, NEL) becomes a space
/// and every other stray control goes (U+2028 and U+2029 are not controls: they stay, and every
/// output escapes them where they matter, as in JSON-LD). For the fields of one line: title, subtitle,
/// byline, source, editor, desk, a tag.
[[nodiscard]] QString singleLine(const QString &text);

/// \a text fit to print on a terminal: each stray control (including CR) shown as U+FFFD, so
/// that text read from a newsroom (written by psql, an older Galley, another program) can never
/// drive the terminal; tabs and line feeds are kept.
[[nodiscard]] QString printable(const QString &text);

} // namespace galley::PlainText
