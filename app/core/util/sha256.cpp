#include "util/sha256.h"

#include <QCryptographicHash>
#include <QIODevice>

#include <openssl/evp.h>

#include <memory>

namespace galley {

namespace {

QString hex(const unsigned char *digest, unsigned int length)
{
    return QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

} // namespace

QString sha256Hex(QByteArrayView bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), size_t(bytes.size()), digest, &length, EVP_sha256(), nullptr) == 1)
        return hex(digest, length);
    // libcrypto without SHA-256 (a FIPS configuration gone wrong): the same digest, slower.
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString sha256Hex(QIODevice &device, bool *ok)
{
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    bool good = device.isReadable() && context && EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) == 1;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    while (good) {
        const qint64 read = device.read(buffer.data(), buffer.size());
        if (read <= 0) {
            good = read == 0 && device.atEnd(); // an error, or a device with nothing more yet
            break;
        }
        good = EVP_DigestUpdate(context.get(), buffer.constData(), size_t(read)) == 1;
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    good = good && EVP_DigestFinal_ex(context.get(), digest, &length) == 1;
    if (ok)
        *ok = good;
    return good ? hex(digest, length) : QString();
}

} // namespace galley
