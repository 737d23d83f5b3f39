#pragma once

#include <QTextDocument>

#include <functional>
#include <optional>

namespace galley {

/// The body being edited. A QTextDocument that resolves the article's images
/// (<img src="asset:<sha256>">) from the assets table for display, scaled down to
/// maxImageWidth() so a photo does not push the text off screen (the stored HTML keeps
/// only the reference; the bytes stay in the database).
class ArticleDocument final : public QTextDocument
{
    Q_OBJECT
public:
    /// Returns the bytes of the asset with \a hash, or nullopt.
    using AssetLoader = std::function<std::optional<QByteArray>(const QString &hash)>;

    explicit ArticleDocument(QObject *parent = nullptr);

    void setAssetLoader(AssetLoader loader);
    [[nodiscard]] int maxImageWidth() const { return m_maxImageWidth; }
    void setMaxImageWidth(int width) { m_maxImageWidth = width; }

    /// The URL an image with \a hash is referenced by: "asset:<hash>".
    [[nodiscard]] static QUrl assetUrl(const QString &hash);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    AssetLoader m_assetLoader;
    int m_maxImageWidth = 640;
};

} // namespace galley
