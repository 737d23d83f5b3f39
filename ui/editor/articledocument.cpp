#include "articledocument.h"

#include <QImage>
#include <QPainter>
#include <QUrl>

namespace galley {

ArticleDocument::ArticleDocument(QObject *parent)
    : QTextDocument(parent)
{
}

void ArticleDocument::setAssetLoader(AssetLoader loader)
{
    m_assetLoader = std::move(loader);
}

QUrl ArticleDocument::assetUrl(const QString &hash)
{
    return QUrl(QStringLiteral("asset:") + hash);
}

QVariant ArticleDocument::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource || name.scheme() != QLatin1String("asset"))
        return {}; // nothing else is ever fetched: no files, no network
    QImage image;
    if (m_assetLoader) {
        if (const auto bytes = m_assetLoader(name.path()))
            image.loadFromData(*bytes);
    }
    if (image.isNull()) {
        // A missing or broken image shows as a grey box instead of vanishing from the text.
        image = QImage(120, 80, QImage::Format_RGB32);
        image.fill(QColor(0xdd, 0xdd, 0xdd));
        QPainter painter(&image);
        painter.setPen(QColor(0x88, 0x88, 0x88));
        painter.drawRect(image.rect().adjusted(0, 0, -1, -1));
        painter.drawLine(image.rect().topLeft(), image.rect().bottomRight());
        painter.drawLine(image.rect().topRight(), image.rect().bottomLeft());
    } else if (image.width() > m_maxImageWidth) {
        image = image.scaledToWidth(m_maxImageWidth, Qt::SmoothTransformation);
    }
    const QVariant value = QVariant::fromValue(image);
    addResource(type, name, value); // cached for the document's lifetime
    return value;
}

} // namespace galley
