#include "previewinterceptor.h"

#include <QMetaObject>

namespace galley {

PreviewInterceptor::PreviewInterceptor(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
}

void PreviewInterceptor::setRemoteAllowed(bool allowed)
{
    m_remoteAllowed = allowed;
}

void PreviewInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QString scheme = info.requestUrl().scheme();
    if (scheme == QLatin1String("galley") || scheme == QLatin1String("data")
        || scheme == QLatin1String("blob") || scheme == QLatin1String("about"))
        return;
    if (m_remoteAllowed && (scheme == QLatin1String("http") || scheme == QLatin1String("https")))
        return;
    info.block(true);
    ++m_blocked;
    // Signal after the interceptor returns: slots may touch the page.
    QMetaObject::invokeMethod(this, [this, url = info.requestUrl()] { Q_EMIT requestBlocked(url); },
                              Qt::QueuedConnection);
}

} // namespace galley
