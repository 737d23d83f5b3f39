#include "model/slug.h"

#include "model/textstats.h"

#include <unicode/utrans.h>

#include <memory>
#include <vector>

namespace galley {

namespace {

struct TransliteratorDeleter {
    void operator()(UTransliterator *transliterator) const { utrans_close(transliterator); }
};

// Building the transliterator parses ICU's rule tables (milliseconds); each thread keeps one,
// because a UTransliterator must not be used by two threads at once.
UTransliterator *transliterator()
{
    thread_local const std::unique_ptr<UTransliterator, TransliteratorDeleter> instance = [] {
        static const char16_t id[] = u"Any-Latin; Latin-ASCII; Lower";
        UErrorCode status = U_ZERO_ERROR;
        UParseError parseError;
        UTransliterator *created = utrans_openU(id, -1, UTRANS_FORWARD, nullptr, 0, &parseError, &status);
        return std::unique_ptr<UTransliterator, TransliteratorDeleter>(U_SUCCESS(status) ? created : nullptr);
    }();
    return instance.get();
}

QString toLatinAscii(const QString &text)
{
    UTransliterator *latin = transliterator();
    if (!latin || text.isEmpty())
        return text.normalized(QString::NormalizationForm_KD).toLower();
    // A Han character becomes up to seven letters of pinyin plus a space.
    std::vector<UChar> buffer(std::size_t(text.size()) * 8 + 16);
    for (int attempt = 0; attempt < 2; ++attempt) {
        std::copy(text.utf16(), text.utf16() + text.size(), buffer.begin());
        int32_t length = int32_t(text.size());
        int32_t limit = length;
        UErrorCode status = U_ZERO_ERROR;
        utrans_transUChars(latin, buffer.data(), &length, int32_t(buffer.size()), 0, &limit, &status);
        if (U_SUCCESS(status))
            return QString::fromUtf16(buffer.data(), length);
        if (status != U_BUFFER_OVERFLOW_ERROR)
            break;
        buffer.resize(std::size_t(length) + 16);
    }
    return text.normalized(QString::NormalizationForm_KD).toLower();
}

// ICU separates Han syllables from each other but not from a neighbouring digit or letter
// ("3名" -> "3ming"): a space at each such boundary keeps the words apart.
QString spacedScripts(const QString &text)
{
    QString spaced;
    spaced.reserve(text.size() + text.size() / 2);
    bool previousCjk = false;
    bool previousWord = false;
    for (qsizetype i = 0; i < text.size();) {
        const char32_t c = text.at(i).isHighSurrogate() && i + 1 < text.size()
            ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
            : char32_t(text.at(i).unicode());
        const qsizetype length = c > 0xFFFF ? 2 : 1;
        const bool cjk = isCjk(c);
        const bool word = !cjk && QChar::isLetterOrNumber(c);
        if ((cjk && previousWord) || (word && previousCjk))
            spaced.append(QLatin1Char(' '));
        spaced.append(text.mid(i, length));
        previousCjk = cjk;
        previousWord = word;
        i += length;
    }
    return spaced;
}

} // namespace

QString slugFromTitle(const QString &title, int maxLength)
{
    // Titles are short; a pasted body in the title field must not cost a long transliteration.
    const QString latin = toLatinAscii(spacedScripts(title.simplified().left(maxLength * 4)));
    QString slug;
    slug.reserve(latin.size());
    for (QChar c : latin) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            slug.append(c);
        else if ((u >= u'A' && u <= u'Z'))
            slug.append(QChar(u + 32));
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug.append(QLatin1Char('-'));
    }
    if (slug.size() > maxLength) {
        // Cut at a word boundary when one is reasonably close to the limit.
        const qsizetype dash = slug.lastIndexOf(QLatin1Char('-'), maxLength);
        slug.truncate(dash > maxLength / 2 ? dash : maxLength);
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug;
}

} // namespace galley
