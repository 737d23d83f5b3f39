#pragma once

// Internal to document/: the flat block model that sits between HTML (parsed by gumbo), the
// canonical serializer and QTextDocument. Every path goes through it, so the serializer is the
// only code that writes canonical HTML and the normalization rules live in one place.

#include <QList>
#include <QString>

namespace galley {

/// Inline formatting of a run, in the fixed nesting order of the serializer:
/// a > strong > em > u > s > sub|sup.
enum HtmlMark : quint8 {
    MarkStrong = 0x01,
    MarkEm = 0x02,
    MarkUnderline = 0x04,
    MarkStrike = 0x08,
    MarkSub = 0x10,
    MarkSup = 0x20,
};

/// A run of text with one formatting, or one image. Text never contains '\n', '\r', U+2029,
/// U+FFFC or NUL; a line break (<br>) is QChar::LineSeparator.
struct HtmlRun {
    QString text;     ///< empty for an image
    QString href;     ///< non-empty: inside <a href>
    QString imageSrc; ///< non-empty: this run is an image (asset:<64 hex>)
    QString imageAlt;
    quint8 marks = 0;

    [[nodiscard]] bool isImage() const { return !imageSrc.isEmpty(); }
    [[nodiscard]] bool sameFormat(const HtmlRun &other) const
    {
        return marks == other.marks && href == other.href;
    }
};

enum class HtmlBlockKind : quint8 {
    Paragraph,
    Heading2,
    Heading3,
    Heading4,
    FigureBody,    ///< the content of a <figure> (its images), always before its caption
    FigureCaption, ///< <figcaption>, only directly after a FigureBody
    Rule,          ///< <hr>, no runs
};

struct HtmlList {
    int id = 0; ///< identity within one model: items with the same id belong to one list
    bool ordered = false;
    friend bool operator==(const HtmlList &, const HtmlList &) = default;
};

/// One line of canonical HTML / one QTextBlock.
struct HtmlBlock {
    HtmlBlockKind kind = HtmlBlockKind::Paragraph;
    int quoteLevel = 0;    ///< number of enclosing <blockquote>
    QList<HtmlList> lists; ///< enclosing lists, outermost first; non-empty: an <li> of lists.last()
    QList<HtmlRun> runs;

    [[nodiscard]] bool isListItem() const { return !lists.isEmpty(); }
};

using HtmlBlocks = QList<HtmlBlock>;

namespace HtmlModel {

/// Applies the rules every producer shares (list nesting without gaps, no strong in headings,
/// captions only after figures, merged runs, NFC text), so that serialize() is deterministic
/// and a re-parse of its output gives the same model.
void normalize(HtmlBlocks &blocks);
/// Canonical HTML of normalized blocks (see canonicalhtml.h for the layout).
[[nodiscard]] QString serialize(const HtmlBlocks &blocks);
/// The plain-text projection: blocks joined by '\n', <br> as '\n', images as U+FFFC, no-break
/// space as ' ' — the same string QTextDocument::toPlainText() gives for the loaded document.
[[nodiscard]] QString plainText(const HtmlBlocks &blocks);

/// "asset:" + 64 hex digits (lower-cased) for a usable image source, or an empty string.
[[nodiscard]] QString cleanAssetSource(QStringView src);
/// The URL with browser-style stripping (surrounding spaces and controls, embedded tabs and
/// newlines) when its scheme is http, https or mailto ("//host" becomes https); else empty.
[[nodiscard]] QString cleanHref(QStringView href);
/// Alt text on one line: whitespace collapsed, trimmed, controls dropped.
[[nodiscard]] QString cleanAlt(QStringView alt);
/// Drops characters that cannot live in a run's text (see HtmlRun); normalize() applies NFC.
[[nodiscard]] QString cleanText(QStringView text);

} // namespace HtmlModel
} // namespace galley
