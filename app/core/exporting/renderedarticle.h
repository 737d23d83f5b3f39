#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace galley {

/// An image the rendered body references, resolved from the assets table.
struct RenderedAsset {
    QString hash;     ///< sha256 hex
    QString mimeType;
    QString path;     ///< "assets/<hash>.<ext>", relative to the output folder
    friend bool operator==(const RenderedAsset &, const RenderedAsset &) = default;
};

/// One 相关文章 entry, resolved for output.
struct RenderedRelated {
    QString title;
    QString summary;
    QString publishedAt; ///< ISO 8601 as given
    std::optional<qint64> views;
    QString href;        ///< the exported page of the target, when it is part of this export
    QString url;         ///< external items: their URL as given (http/https only), else empty
    QString uri;         ///< stable identifier: "urn:uuid:<target uuid>", the URL, or a v5 uuid urn
    bool internal = false;
    friend bool operator==(const RenderedRelated &, const RenderedRelated &) = default;
};

/// The render stage's result: everything an output format needs, with the body as canonical
/// HTML whose images point at exported asset files. Transform and template stages work on this.
struct RenderedArticle {
    qint64 id = 0;
    QString uuid;
    QString fileStem;   ///< safe file name stem (see ExportPaths)
    QString title;
    QString subtitle;
    QString summary;    ///< the article's, or derived from the first paragraph
    bool summaryDerived = false;
    QString bodyHtml;   ///< canonical HTML (sanitized), img src rewritten to assets/<hash>.<ext>
    QString byline;
    QString source;     ///< 稿件来源
    QString editor;     ///< 编辑
    QString desk;
    QStringList tags;
    QString status;     ///< workflow key
    QString publishAt;  ///< ISO 8601 as given, may be empty
    std::optional<qint64> views;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 0;
    QString language;   ///< BCP 47: "zh-Hans", "zh-Hant", "zh-Hant-TW", "zh-Hant-HK" or "en"
    QList<RenderedAsset> assets; ///< in order of first appearance, each once
    QList<RenderedRelated> related;
};

} // namespace galley
