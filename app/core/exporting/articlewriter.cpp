#include "articlewriter.h"

#include "storage/assetrepository.h"

#include <QCoreApplication>
#include <QUrl>

namespace galley {

namespace {

} // namespace

ArticleWriter::ArticleWriter(ExportWriter &writer, AssetRepository &assets, PdfPrintFunction printer, Callbacks callbacks)
    : m_writer(writer)
    , m_assets(assets)
    , m_printer(std::move(printer))
    , m_callbacks(std::move(callbacks))
{
    m_sincePublish.start();
}

bool ArticleWriter::prepare(Pending &pending, const QString &path, const QByteArray &bytes, QList<PendingWrite> &writes)
{
    QString error;
    std::optional<PendingWrite> write = m_writer.prepare(path, bytes, &error);
    if (!write) {
        pending.error = error;
        return false;
    }
    writes.append(std::move(*write));
    return true;
}

void ArticleWriter::add(ArticleOutput &&output)
{
    const int tag = m_nextTag++;
    Pending pending;
    pending.error = output.error;
    QList<PendingWrite> writes;
    bool ok = output.ok();

    for (const RenderedAsset &asset : std::as_const(output.assets)) {
        if (!ok || m_writer.hasWritten(asset.path))
            continue;
        const std::optional<Asset> stored = m_assets.load(asset.hash);
        if (!stored) {
            pending.error = QCoreApplication::translate("galley::ArticleWriter", "Article %1: the image asset:%2 is not in the newsroom.").arg(output.id).arg(asset.hash);
            ok = false;
        } else {
            ok = prepare(pending, asset.path, stored->bytes, writes);
        }
    }
    if (ok && !output.pdfHtml.isEmpty()) {
        // The printer loads style sheet and images from the output folder: write them first.
        for (const PendingWrite &write : std::as_const(writes)) {
            QString error;
            m_writer.announce(write.file);
            if (ExportWriter::commit(write, &error)) {
                m_writer.record(write.file);
                if (m_callbacks.fileWritten)
                    m_callbacks.fileWritten(write.file);
            } else if (ok) {
                pending.error = error;
                ok = false;
            }
        }
        writes.clear();
        QByteArray pdf;
        QString error;
        const QUrl base = QUrl::fromLocalFile(m_writer.outputDirectory() + QLatin1Char('/'));
        if (ok && m_printer && m_printer({output.pdfHtml, base, output.title}, &pdf, &error)) {
            output.files.append({articleFileName(ExportFormat::Pdf, output.fileStem), pdf});
        } else if (ok) {
            pending.error = QCoreApplication::translate("galley::ArticleWriter", "Article %1 (%2): PDF: %3").arg(output.id).arg(output.title, error);
            ok = false;
        }
        output.pdfHtml.clear();
    }
    for (const auto &[path, bytes] : std::as_const(output.files)) {
        if (ok)
            ok = prepare(pending, path, bytes, writes);
    }
    output.files.clear();
    if (!ok) {
        for (const PendingWrite &write : std::as_const(writes))
            m_writer.release(write.file.relativePath);
        writes.clear();
    }

    pending.writesLeft = int(writes.size());
    pending.output = std::move(output);
    m_pending.insert(tag, std::move(pending));
    m_order.append(tag);
    for (PendingWrite &write : writes)
        m_queue.submit(std::move(write), tag);
    settle(false);
}

void ArticleWriter::finish()
{
    settle(true);
}

void ArticleWriter::settle(bool all)
{
    for (WriteQueue::Result &result : m_queue.takeFinished(all)) {
        Pending &pending = m_pending[result.tag];
        if (result.ok) {
            pending.staged.append(std::move(result.pending));
        } else {
            m_writer.release(result.pending.file.relativePath);
            if (pending.error.isEmpty())
                pending.error = result.error;
        }
        --pending.writesLeft;
    }
    while (m_ready < m_order.size() && m_pending.constFind(m_order.at(m_ready))->writesLeft <= 0)
        ++m_ready;
    if (m_ready > 0 && (all || m_ready >= m_batchLimit || m_sincePublish.elapsed() >= 250))
        publish();
}

void ArticleWriter::publish()
{
    QList<PendingWrite> writes;
    for (qsizetype k = 0; k < m_ready; ++k) {
        Pending &pending = m_pending[m_order.at(k)];
        if (!pending.error.isEmpty()) {
            // Nothing of a failed article is published.
            for (PendingWrite &write : pending.staged) {
                ExportWriter::discard(write);
                m_writer.release(write.file.relativePath);
            }
            pending.staged.clear();
        }
        for (const PendingWrite &write : std::as_const(pending.staged))
            writes.append(write);
    }
    for (const PendingWrite &write : std::as_const(writes))
        m_writer.announce(write.file);
    QStringList errors;
    ExportWriter::publish(writes, &errors);

    qsizetype next = 0;
    for (qsizetype k = 0; k < m_ready; ++k) {
        Pending done = m_pending.take(m_order.at(k));
        for (qsizetype i = 0; i < done.staged.size(); ++i, ++next) {
            const WrittenFile &file = writes.at(next).file;
            if (errors.at(next).isEmpty()) {
                m_writer.record(file);
                if (m_callbacks.fileWritten)
                    m_callbacks.fileWritten(file);
            } else {
                m_writer.release(file.relativePath);
                if (done.error.isEmpty())
                    done.error = errors.at(next);
            }
        }
        if (m_callbacks.articleDone)
            m_callbacks.articleDone(done.output, done.error);
    }
    m_order.remove(0, m_ready);
    m_ready = 0;
    m_batchLimit = std::min<qsizetype>(m_batchLimit * 2, 512);
    m_sincePublish.restart();
}

} // namespace galley
