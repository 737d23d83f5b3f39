#pragma once

#include "chineseconverter.h"
#include "exportoptions.h"
#include "renderedarticle.h"

#include <QString>

namespace galley {

/// The transform stage: optional Simplified -> Traditional conversion and Chinese punctuation
/// normalisation, applied to the text of every field a reader sees (title, subtitle, summary,
/// credits, tags, related items) and to the text nodes of the body — never to markup, URLs,
/// file names or identifiers. With both off it changes nothing. Thread-safe (const).
class ArticleTransformer final
{
public:
    ArticleTransformer(ChineseConversion conversion, bool fixPunctuation);

    [[nodiscard]] bool isValid() const { return m_converter.isValid(); }
    [[nodiscard]] QString errorString() const { return m_converter.errorString(); }
    [[nodiscard]] bool isIdentity() const { return m_converter.isIdentity() && !m_fixPunctuation; }

    [[nodiscard]] QString transformText(const QString &text) const;
    /// Canonical HTML in, canonical HTML out: only text nodes change.
    [[nodiscard]] QString transformHtml(const QString &canonicalHtml) const;
    /// The language tag of Chinese content after this transform ("zh-Hans" stays when off).
    [[nodiscard]] QString transformLanguage(const QString &language) const;
    /// Transforms every reader-visible field of \a article and updates its language.
    void transform(RenderedArticle &article) const;

private:
    ChineseConverter m_converter;
    bool m_fixPunctuation = false;
};

} // namespace galley
