#pragma once

#include <QString>
#include <QStringList>

namespace galley {

/// A Markdown file read for import: fields from its front matter and title heading, and the
/// body as HTML.
struct MarkdownDocument {
    QString title;
    QString subtitle;
    QString byline;
    QString desk;
    QStringList tags;
    QString summary;
    QString source;
    QString editor;
    QString publishAt; ///< ISO 8601 as given, no zone invented
    QString html; ///< cmark-gfm output: untrusted, run it through Sanitizer
};

/// Markdown to HTML with cmark-gfm (CommonMark plus the GFM strikethrough and autolink
/// extensions; tables off). Raw HTML is passed through for the sanitizer to judge. A line
/// break inside a paragraph between two CJK characters is dropped (it would otherwise show as
/// a space). Thread-safe.
class MarkdownConverter final
{
public:
    /// Converts \a markdown. With \a extractFields, a leading front-matter block
    /// ("---" … "---" with "key: value" lines: title, subtitle, byline/author, desk/section,
    /// tags/keywords as "[a, b]", "a, b" or "- a" lines, summary/description, source, editor,
    /// date/publish_at) fills the fields, and the first level-1 heading becomes the title (and
    /// leaves the body) unless the front matter names a different title.
    [[nodiscard]] static MarkdownDocument convert(const QString &markdown, bool extractFields);
};

} // namespace galley
