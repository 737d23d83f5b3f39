#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace galley {

/// SHA-256 as Galley names content with it (stored images, the export manifest): 64 lowercase
/// hex digits. Computed by OpenSSL's libcrypto, which uses the CPU's SHA extensions where there
/// are any: on this project's machines about eight times the speed of QCryptographicHash
/// (Qt 6.4's own implementation), which matters to an export hashing every page it writes.
[[nodiscard]] QString sha256Hex(QByteArrayView bytes);

/// The same over everything \a device still has to read; empty (and \a ok false) on a read error.
[[nodiscard]] QString sha256Hex(QIODevice &device, bool *ok);

} // namespace galley
