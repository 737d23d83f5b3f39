#pragma once

#include <QWebEngineUrlRequestInterceptor>

namespace galley {

/// Keeps the preview local: every request that is not for the preview's own "galley:" URLs
/// (or data:/blob:/about:) is blocked — remote images, fonts, trackers in pasted HTML —
/// unless remote content was allowed for the article on show.
class PreviewInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    explicit PreviewInterceptor(QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    void setRemoteAllowed(bool allowed);
    [[nodiscard]] bool isRemoteAllowed() const { return m_remoteAllowed; }
    /// Requests blocked since the last resetBlockedCount().
    [[nodiscard]] int blockedCount() const { return m_blocked; }
    void resetBlockedCount() { m_blocked = 0; }

Q_SIGNALS:
    void requestBlocked(const QUrl &url);

private:
    bool m_remoteAllowed = false;
    int m_blocked = 0;
};

} // namespace galley
