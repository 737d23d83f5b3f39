#pragma once

#include "exportoptions.h"

#include <QString>

#include <memory>

namespace opencc {
class SimpleConverter;
}

namespace galley {

/// Simplified -> Traditional Chinese through OpenCC (profiles s2t, s2tw, s2hk from
/// /usr/share/opencc). Converters are loaded once per profile and shared: convert() is const
/// and safe to call from several threads. URLs inside the text are never converted.
class ChineseConverter final
{
public:
    explicit ChineseConverter(ChineseConversion conversion);

    /// False when the OpenCC profile could not be loaded (errorString() says why).
    [[nodiscard]] bool isValid() const;
    [[nodiscard]] QString errorString() const;
    [[nodiscard]] ChineseConversion conversion() const { return m_conversion; }
    /// True when conversion() is None: convert() returns its input.
    [[nodiscard]] bool isIdentity() const { return m_conversion == ChineseConversion::None; }

    /// Converts plain text, leaving URL runs (see Punctuation::urlRanges) as they are.
    [[nodiscard]] QString convert(const QString &text) const;

private:
    ChineseConversion m_conversion = ChineseConversion::None;
    std::shared_ptr<const opencc::SimpleConverter> m_converter;
    QString m_error;
};

} // namespace galley
