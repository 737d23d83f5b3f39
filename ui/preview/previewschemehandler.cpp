#include "previewschemehandler.h"

#include <QBuffer>
#include <QUrl>
#include <QWebEngineUrlRequestJob>

namespace galley {

PreviewSchemeHandler::PreviewSchemeHandler(Resolver resolver, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
    , m_resolver(std::move(resolver))
{
}

QByteArray PreviewSchemeHandler::scheme()
{
    return QByteArrayLiteral("galley");
}

void PreviewSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (job->requestMethod() != QByteArrayLiteral("GET")) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    std::optional<Reply> reply;
    if (m_resolver)
        reply = m_resolver(url.path());
    if (!reply) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job); // the job owns the data until WebEngine has read it
    buffer->setData(reply->data);
    job->reply(reply->mimeType, buffer);
}

} // namespace galley
