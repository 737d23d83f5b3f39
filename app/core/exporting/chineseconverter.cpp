#include "chineseconverter.h"

#include "punctuation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <opencc/opencc.h>

#include <mutex>

namespace galley {

namespace {

struct LoadResult {
    std::shared_ptr<const opencc::SimpleConverter> converter;
    QString error;
};

LoadResult loadConverter(ChineseConversion conversion)
{
    static std::mutex mutex;
    static QHash<int, std::shared_ptr<const opencc::SimpleConverter>> cache;

    const std::lock_guard lock(mutex);
    const auto cached = cache.constFind(static_cast<int>(conversion));
    if (cached != cache.constEnd())
        return {cached.value(), QString()};

    const QString config = chineseConversionKey(conversion) + QLatin1String(".json");
    // OpenCC finds a bare file name in its own data folder; the absolute path is a fallback for
    // builds whose data folder differs from Debian's.
    const QStringList candidates{config, QLatin1String("/usr/share/opencc/") + config};
    QString lastError;
    for (const QString &candidate : candidates) {
        try {
            auto converter = std::make_shared<const opencc::SimpleConverter>(candidate.toStdString());
            cache.insert(static_cast<int>(conversion), converter);
            return {converter, QString()};
        } catch (const std::exception &e) {
            lastError = QString::fromLocal8Bit(e.what());
        }
    }
    return {nullptr, QCoreApplication::translate("galley::ChineseConverter",
                                                 "Cannot load the OpenCC profile %1 (is the opencc package installed?): %2")
                         .arg(config, lastError)};
}

} // namespace

ChineseConverter::ChineseConverter(ChineseConversion conversion)
    : m_conversion(conversion)
{
    if (conversion == ChineseConversion::None)
        return;
    LoadResult result = loadConverter(conversion);
    m_converter = std::move(result.converter);
    m_error = result.error;
}

bool ChineseConverter::isValid() const
{
    return isIdentity() || m_converter != nullptr;
}

QString ChineseConverter::errorString() const
{
    return m_error;
}

QString ChineseConverter::convert(const QString &text) const
{
    if (isIdentity() || !m_converter || text.isEmpty())
        return text;
    const auto convertPlain = [this](QStringView part) {
        bool ascii = true;
        for (QChar c : part) {
            if (c.unicode() >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) // nothing OpenCC would change; spare the UTF-8 round trip
            return part.toString();
        const QByteArray utf8 = part.toUtf8();
        return QString::fromStdString(m_converter->Convert(utf8.constData(), static_cast<size_t>(utf8.size())));
    };
    const auto urls = Punctuation::urlRanges(text);
    if (urls.isEmpty())
        return convertPlain(text);
    QString result;
    qsizetype position = 0;
    for (const auto &[start, length] : urls) {
        result.append(convertPlain(QStringView(text).mid(position, start - position)));
        result.append(QStringView(text).mid(start, length));
        position = start + length;
    }
    result.append(convertPlain(QStringView(text).mid(position)));
    return result;
}

} // namespace galley
