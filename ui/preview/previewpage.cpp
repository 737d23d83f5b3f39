#include "previewpage.h"

#include "previewinterceptor.h"
#include "previewschemehandler.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

#include <algorithm>

namespace galley {

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    QWebEngineSettings *s = settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    // Remote URLs are not refused here but by PreviewInterceptor, which lets them through when
    // the user allowed remote content for the article (and counts what it blocked).
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, true);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false); // never steal the editor's focus
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    s->setAttribute(QWebEngineSettings::LinksIncludedInFocusChain, false);
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    // Only PreviewPane's own loads of the page; nothing the content could start.
    if (!isMainFrame)
        return false;
    if (url.scheme() == QLatin1String("galley"))
        return type == NavigationTypeTyped || type == NavigationTypeReload || type == NavigationTypeOther;
    return url.scheme() == QLatin1String("data") && type == NavigationTypeTyped; // setHtml()
}

void PreviewPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                           const QString &message, int lineNumber,
                                           const QString &sourceId)
{
    Q_UNUSED(level)
    Q_UNUSED(lineNumber)
    if (!sourceId.startsWith(QLatin1String("userscript:")))
        return; // page scripts are off; anything else is not ours to read
    static const QLatin1String click("galley:click ");
    static const QLatin1String link("galley:link ");
    static const QLatin1String scroll("galley:scroll ");
    if (message.startsWith(click)) {
        const QJsonObject object = QJsonDocument::fromJson(message.mid(click.size()).toUtf8()).object();
        const int leaf = object.value(QLatin1String("block")).toInt(-1);
        if (leaf >= 0)
            Q_EMIT leafClicked(leaf, object.value(QLatin1String("offset")).toInt(0));
    } else if (message.startsWith(scroll)) {
        const QJsonObject object = QJsonDocument::fromJson(message.mid(scroll.size()).toUtf8()).object();
        const int leaf = object.value(QLatin1String("block")).toInt(-3);
        if (leaf >= -2)
            Q_EMIT userScrolled(leaf, std::clamp(object.value(QLatin1String("fraction")).toDouble(), 0.0, 1.0));
    } else if (message.startsWith(link)) {
        const QJsonObject object = QJsonDocument::fromJson(message.mid(link.size()).toUtf8()).object();
        const QUrl url(object.value(QLatin1String("href")).toString());
        const QString scheme = url.scheme();
        if (url.isValid()
            && (scheme == QLatin1String("http") || scheme == QLatin1String("https")
                || scheme == QLatin1String("mailto")))
            Q_EMIT externalLinkActivated(url);
    }
}

QWebEnginePage *PreviewPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    return nullptr;
}

QWebEngineProfile *PreviewPage::createProfile(PreviewInterceptor *interceptor, PreviewSchemeHandler *handler,
                                              QObject *parent)
{
    auto *profile = new QWebEngineProfile(parent);
    profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    profile->setUrlRequestInterceptor(interceptor);
    profile->installUrlSchemeHandler(PreviewSchemeHandler::scheme(), handler);
    return profile;
}

} // namespace galley
