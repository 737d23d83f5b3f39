#pragma once

#include <QStringView>

namespace galley {

/// A fast, conservative test of whether a stored body is already exactly what the Sanitizer
/// would make of it — so that the render stage can use it as it is instead of parsing it again.
///
/// It accepts only a strict subset of canonical HTML (see document/canonicalhtml.h), checked in
/// one linear pass: lines of <p>, <h2>-<h4> (no <strong>), <hr> and single-image <figure> with
/// an optional caption, every line ending in "\n"; inline text with the marks a > strong > em >
/// u > s > sub|sup opened in that order, only where the formatting changes, never empty; <br>
/// only between text; href http(s)/mailto exactly as the sanitizer keeps it; img src
/// "asset:" + 64 lower-case hex digits; text escaped exactly as the serializer escapes it, in
/// NFC by construction (only characters that never compose), no control characters, no
/// collapsible whitespace but single spaces between words. Anything else — lists, quotes,
/// entities the serializer does not write, unusual characters — is "not sure": false, and the
/// caller sanitizes. So isCanonicalBody(x) implies Sanitizer::sanitize(x) == x (tested on a
/// corpus of near-canonical bodies); the converse need not hold.
[[nodiscard]] bool isCanonicalBody(QStringView html);

} // namespace galley
