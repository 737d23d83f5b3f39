#pragma once

#include "articlepipeline.h"
#include "exportwriter.h"
#include "pdfprinter.h"
#include "writequeue.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace galley {

class AssetRepository;

/// The write stage for articles: takes each ArticleOutput (in id order), writes the assets it
/// needs (each once per export) and its files through a WriteQueue, prints PDF proofs, and
/// reports every written file and every finished article in that same order.
///
/// Files are staged to temporary names and published in batches (ExportWriter::publish(): one
/// flush to disk, then the renames), so an article is reported when its batch is published.
/// Batches grow from 1 article to 512, and wait at most a quarter of a second, so progress
/// starts at once and a cancel stops soon. Used from one thread (the one that runs the export).
class ArticleWriter final
{
public:
    struct Callbacks {
        std::function<void(const WrittenFile &file)> fileWritten;
        /// \a error is empty when all of the article's files were written.
        std::function<void(const ArticleOutput &output, const QString &error)> articleDone;
    };

    ArticleWriter(ExportWriter &writer, AssetRepository &assets, PdfPrintFunction printer, Callbacks callbacks);

    /// Starts writing \a output; may report earlier articles that finished meanwhile.
    void add(ArticleOutput &&output);
    /// Waits for every write in flight and reports the rest.
    void finish();

private:
    struct Pending {
        ArticleOutput output;
        int writesLeft = 0;
        QString error;
        QList<PendingWrite> staged;
    };
    void settle(bool all);
    void publish();
    [[nodiscard]] bool prepare(Pending &pending, const QString &path, const QByteArray &bytes, QList<PendingWrite> &writes);

    ExportWriter &m_writer;
    AssetRepository &m_assets;
    PdfPrintFunction m_printer;
    Callbacks m_callbacks;
    WriteQueue m_queue;
    QHash<int, Pending> m_pending;
    QList<int> m_order;      ///< articles not reported yet, in order
    qsizetype m_ready = 0;   ///< leading articles of m_order whose files are all staged
    qsizetype m_batchLimit = 1;
    QElapsedTimer m_sincePublish;
    int m_nextTag = 0;
};

} // namespace galley
