#include "articletransformer.h"

#include "canonicaltext.h"
#include "punctuation.h"

namespace galley {

ArticleTransformer::ArticleTransformer(ChineseConversion conversion, bool fixPunctuation)
    : m_converter(conversion)
    , m_fixPunctuation(fixPunctuation)
{
}

QString ArticleTransformer::transformText(const QString &text) const
{
    QString result = m_converter.convert(text);
    if (m_fixPunctuation)
        result = Punctuation::fixChinese(result);
    return result;
}

QString ArticleTransformer::transformHtml(const QString &canonicalHtml) const
{
    QString html = canonicalHtml;
    if (isIdentity())
        return html;
    CanonicalText::transformTextRuns(html, [this](QList<QString> &pieces) {
        // OpenCC per text node (its dictionaries segment within the node); punctuation over
        // the whole run so that "<strong>中文</strong>," still counts as following 文.
        for (QString &piece : pieces)
            piece = m_converter.convert(piece);
        if (m_fixPunctuation)
            Punctuation::fixChinese(pieces);
    });
    return html;
}

QString ArticleTransformer::transformLanguage(const QString &language) const
{
    if (!language.startsWith(QLatin1String("zh")))
        return language;
    switch (m_converter.conversion()) {
    case ChineseConversion::None: return language;
    case ChineseConversion::S2T: return QStringLiteral("zh-Hant");
    case ChineseConversion::S2TW: return QStringLiteral("zh-Hant-TW");
    case ChineseConversion::S2HK: return QStringLiteral("zh-Hant-HK");
    }
    return language;
}

void ArticleTransformer::transform(RenderedArticle &article) const
{
    if (isIdentity())
        return;
    article.title = transformText(article.title);
    article.subtitle = transformText(article.subtitle);
    article.summary = transformText(article.summary);
    article.bodyHtml = transformHtml(article.bodyHtml);
    article.byline = transformText(article.byline);
    article.source = transformText(article.source);
    article.editor = transformText(article.editor);
    article.desk = transformText(article.desk);
    for (QString &tag : article.tags)
        tag = transformText(tag);
    for (RenderedRelated &item : article.related) {
        item.title = transformText(item.title);
        item.summary = transformText(item.summary);
    }
    article.language = transformLanguage(article.language);
}

} // namespace galley
