#pragma once

#include <QByteArray>
#include <QString>
#include <QWebEngineUrlSchemeHandler>

#include <functional>
#include <optional>

namespace galley {

/// Serves the preview's "galley:" URLs: the page itself, the template's files (style.css)
/// and the article's images from the assets table — nothing is inlined into the page, so
/// setHtml()'s 2 MB limit never applies. Runs on the GUI thread (Qt 6 calls it there).
class PreviewSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    struct Reply {
        QByteArray mimeType;
        QByteArray data;
    };
    /// Answers a path such as "preview/page", "preview/style.css" or
    /// "preview/assets/<sha256>.png"; nullopt means "not found".
    using Resolver = std::function<std::optional<Reply>(const QString &path)>;

    explicit PreviewSchemeHandler(Resolver resolver, QObject *parent = nullptr);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

    /// The scheme name, "galley".
    [[nodiscard]] static QByteArray scheme();

private:
    Resolver m_resolver;
};

} // namespace galley
