#pragma once

#include <QWebEnginePage>

namespace galley {

class PreviewInterceptor;
class PreviewSchemeHandler;

/// The preview's page: articles are untrusted content, so page JavaScript is off, links never
/// navigate the preview (the glue script reports a Ctrl+click on a link instead),
/// no new windows open, and the only console messages it listens to are the glue script's
/// click and scroll reports from the isolated world.
class PreviewPage final : public QWebEnginePage
{
    Q_OBJECT
public:
    explicit PreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    /// An off-the-record profile for such pages (no cache or cookies on disk) whose requests
    /// go through \a interceptor (remote content blocked unless allowed) and whose galley:
    /// URLs are served by \a handler; both apply to this profile only.
    static QWebEngineProfile *createProfile(PreviewInterceptor *interceptor, PreviewSchemeHandler *handler,
                                            QObject *parent);

Q_SIGNALS:
    /// The user clicked into the \a leaf -th text block, \a offset characters in.
    void leafClicked(int leaf, int offset);
    /// The reader scrolled the page (not a scroll PreviewPane asked for): the \a leaf -th text
    /// block is at the top of the window, \a fraction of its height above it; -1 the top of
    /// the page, -2 its end.
    void userScrolled(int leaf, double fraction);
    /// A link the user asked to follow (Ctrl+click); only http, https and mailto.
    void externalLinkActivated(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int lineNumber, const QString &sourceId) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
};

} // namespace galley
