#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace galley {

/// The validate stage: checks a produced HTML page before it is written.
///
/// - well-formed: HTML Tidy (libtidy) reports no error, and none of the warnings that mean the
///   markup does not nest or close as written (discarded/missing end tags, elements where they
///   are not allowed, repeated attributes, unescaped '&'); stylistic warnings are ignored;
/// - no executable content, whatever the article held: no <script> except JSON-LD data blocks
///   (type application/ld+json whose content parses as JSON), no iframe/frame/object/embed/
///   applet/base element, no meta refresh, no on* attribute, no javascript:/vbscript: URL in
///   any attribute (entities decoded, whitespace ignored), no data: URL except images in
///   img src, no CSS expression()/javascript: in style — checked on gumbo's HTML5 parse, the
///   way a browser reads the page;
/// - every local reference (src, href, srcset, poster of any element) stays inside the output
///   folder and names a file the export writes (\a exists decides).
///
/// A page inside a strict subset of HTML5 (the one Galley's templates and the canonical body
/// produce: doctype first, known elements explicitly closed and nested where neither parser
/// moves them, double-quoted attributes, no comments, raw text only in JSON-LD and the title) is
/// decided in one linear pass with the same executable-content rules; any other page — or any
/// problem — goes to Tidy and gumbo, whose messages are reported. Thread-safe (no shared state).
class PageValidator final
{
public:
    /// True when \a relativePath (clean, relative to the output folder) will exist in the output.
    using ReferenceCheck = std::function<bool(const QString &relativePath)>;

    struct Result {
        QStringList errors; ///< one translated sentence each; empty = valid
        [[nodiscard]] bool isValid() const { return errors.isEmpty(); }
    };

    /// All checks. \a exists may be empty to skip the reference check.
    [[nodiscard]] static Result validate(const QString &html, const ReferenceCheck &exists, bool checkWellFormed = true);
    /// The one-pass decision alone: true when \a html is inside the strict subset and passes
    /// every check (then validate() accepts it without parsing); false when it is not decided there.
    [[nodiscard]] static bool isPlainlyValid(const QString &html, const ReferenceCheck &exists);

    /// Tidy's messages for the problems above ("line 12 column 3 - Error: ..."); empty when well-formed.
    [[nodiscard]] static QStringList wellFormednessErrors(const QString &html);
    /// Executable content found (see class comment); empty when none.
    [[nodiscard]] static QStringList executableContent(const QString &html);
    /// Local references in document order, each once, as written (query and fragment removed).
    [[nodiscard]] static QStringList localReferences(const QString &html);
    /// Whether Tidy is compiled in (otherwise wellFormednessErrors() uses gumbo's parse errors).
    [[nodiscard]] static bool hasTidy();
};

} // namespace galley
