#pragma once

#include <QWebEnginePage>

namespace galley {

/// The preview's page: articles are untrusted content, so page JavaScript is off, links never
/// navigate the preview (the glue script reports a Ctrl+click on a link instead),
/// no new windows open, and the only console messages it listens to are the glue script's
/// click reports from the isolated world.
class PreviewPage final : public QWebEnginePage
{
    Q_OBJECT
public:
    explicit PreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);

Q_SIGNALS:
    /// The user clicked into the \a leaf -th text block, \a offset characters in.
    void leafClicked(int leaf, int offset);
    /// A link the user asked to follow (Ctrl+click); only http, https and mailto.
    void externalLinkActivated(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int lineNumber, const QString &sourceId) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
};

} // namespace galley
