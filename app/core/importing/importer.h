#pragma once

#include "model/article.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace galley {

/// Result of reading one wire-copy file; article is filled when ok.
struct ImportResult {
    bool ok = false;
    QString fileName;
    QString error; ///< one translated sentence naming the file and the reason
    Article article;
};

/// Reads wire copy (.txt, .html/.htm, .md/.markdown) into Article values. Pure: no database.
/// Encodings: UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK; CRLF or LF; text NFC.
/// Refuses an empty file, a binary file, a file over 20 MB and undecodable bytes.
class Importer final
{
public:
    static constexpr qint64 MaxFileSize = 20 * 1024 * 1024;

    [[nodiscard]] static ImportResult readFile(const QString &path);
    /// Same as readFile() on bytes already in memory; \a fileName picks the format by suffix.
    [[nodiscard]] static ImportResult readData(const QByteArray &data, const QString &fileName);
    /// Decodes bytes to NFC text; on failure returns false and sets \a reason.
    [[nodiscard]] static bool decode(const QByteArray &data, QString &text, QString &reason);
    /// Parses plain-text wire copy (the layout of shared/corpus), or plain text without markers.
    [[nodiscard]] static Article parseWireText(const QString &text);
    [[nodiscard]] static QString markdownToHtml(const QString &markdown);
};

} // namespace galley
