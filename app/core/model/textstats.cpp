#include "model/textstats.h"

#include <QChar>

namespace galley {

namespace {

enum class CharClass { Ignorable, Space, LineBreak, Cjk, Word, WordJoiner, NumberJoiner, Punctuation, Other };

bool isLatinLetter(char32_t c)
{
    if (c < 0x80)
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return QChar::isLetter(c) && QChar::script(c) == QChar::Script_Latin;
}

CharClass classify(char32_t c)
{
    switch (c) {
    case u'\n':
    case u'\r':
    case QChar::LineSeparator:
    case QChar::ParagraphSeparator:
        return CharClass::LineBreak;
    case QChar::ObjectReplacementCharacter: // an image in a QTextDocument, not a character a reader counts
        return CharClass::Ignorable;
    case 0x200B: // zero-width space: separates words, shows nothing
        return CharClass::Space;
    case u'\'':
    case 0x2019: // right single quotation mark, the typographic apostrophe
    case u'-':
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
        return CharClass::WordJoiner;
    case u'.':
    case u',':
        return CharClass::NumberJoiner;
    default:
        break;
    }
    if (c < 0x80) {
        if (c <= 0x20 || c == 0x7f)
            return c == u' ' || c == u'\t' || c == 0x0b || c == 0x0c ? CharClass::Space : CharClass::Ignorable;
        if ((c >= u'0' && c <= u'9') || isLatinLetter(c))
            return CharClass::Word;
        return QChar::isPunct(c) ? CharClass::Punctuation : CharClass::Other;
    }
    if (c >= 0x4E00 && c <= 0x9FFF) // CJK Unified Ideographs, most of a Chinese text: no space among them
        return CharClass::Cjk;
    if (QChar::isSpace(c))
        return CharClass::Space;
    if (isCjk(c)) // before the category: Qt may not know the newest extensions' characters yet
        return CharClass::Cjk;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned:
        return CharClass::Ignorable;
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
        return CharClass::Punctuation;
    case QChar::Number_DecimalDigit:
        return CharClass::Word;
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return CharClass::Other; // handled by the caller: a mark continues the word it follows
    default:
        break;
    }
    if (isLatinLetter(c))
        return CharClass::Word;
    return CharClass::Other;
}

bool isDigit(char32_t c)
{
    return c < 0x80 ? (c >= u'0' && c <= u'9') : QChar::category(c) == QChar::Number_DecimalDigit;
}

bool isMark(char32_t c)
{
    if (c < 0x300)
        return false;
    const auto category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

} // namespace

bool isCjk(char32_t c)
{
    if (c < 0x1100)
        return false;
    return (c >= 0x4E00 && c <= 0x9FFF)      // CJK Unified Ideographs
        || (c >= 0x3400 && c <= 0x4DBF)      // Extension A
        || (c >= 0x20000 && c <= 0x2A6DF)    // Extension B
        || (c >= 0x2A700 && c <= 0x2EE5F)    // Extensions C, D, E, F, I
        || (c >= 0x30000 && c <= 0x323AF)    // Extensions G, H
        || (c >= 0xF900 && c <= 0xFAFF)      // Compatibility Ideographs
        || (c >= 0x2F800 && c <= 0x2FA1F)    // Compatibility Ideographs Supplement
        || (c >= 0x2E80 && c <= 0x2FDF)      // CJK and Kangxi radicals
        || c == 0x3005 || c == 0x3007        // 々 〇
        || (c >= 0x3021 && c <= 0x3029)      // Hangzhou numerals
        || (c >= 0x3038 && c <= 0x303B)
        || (c >= 0x3041 && c <= 0x30FF && c != 0x30FB && c != 0x30A0) // Hiragana, Katakana (not ・ ゠)
        || (c >= 0x31F0 && c <= 0x31FF)      // Katakana Phonetic Extensions
        || (c >= 0xFF66 && c <= 0xFF9F)      // halfwidth Katakana
        || (c >= 0x1B000 && c <= 0x1B16F)    // Kana Supplement, Extended-A, Small Kana Extension
        || (c >= 0xAC00 && c <= 0xD7A3)      // Hangul Syllables
        || (c >= 0x1100 && c <= 0x11FF)      // Hangul Jamo
        || (c >= 0x3131 && c <= 0x318E)      // Hangul Compatibility Jamo
        || (c >= 0xA960 && c <= 0xA97F)      // Hangul Jamo Extended-A
        || (c >= 0xD7B0 && c <= 0xD7FF)      // Hangul Jamo Extended-B
        || (c >= 0xFFA0 && c <= 0xFFDC)      // halfwidth Hangul
        || (c >= 0x3105 && c <= 0x312F)      // Bopomofo
        || (c >= 0x31A0 && c <= 0x31BF);     // Bopomofo Extended
}

TextStats computeTextStats(QStringView text)
{
    TextStats stats;
    bool lineHasText = false;
    bool inWord = false;
    // A joiner (apostrophe, hyphen; '.' or ',' between digits) only joins when a word character
    // follows it; remember it until then.
    bool pendingJoin = false;
    bool pendingNumberJoin = false;
    char32_t previous = 0;

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(text[i + 1].unicode())) {
            c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        }
        const CharClass cls = classify(c);
        switch (cls) {
        case CharClass::Ignorable:
            continue; // invisible: neither counts nor breaks a word
        case CharClass::LineBreak:
            if (lineHasText)
                ++stats.paragraphs;
            lineHasText = false;
            inWord = pendingJoin = pendingNumberJoin = false;
            break;
        case CharClass::Space:
            inWord = pendingJoin = pendingNumberJoin = false;
            break;
        case CharClass::Word:
            if (!(inWord && (!pendingNumberJoin || isDigit(c))))
                ++stats.latinWords;
            inWord = true;
            pendingJoin = pendingNumberJoin = false;
            ++stats.characters;
            lineHasText = true;
            break;
        case CharClass::WordJoiner:
        case CharClass::NumberJoiner:
            ++stats.characters;
            ++stats.punctuation;
            lineHasText = true;
            if (inWord && !pendingJoin && !pendingNumberJoin) {
                if (cls == CharClass::WordJoiner)
                    pendingJoin = true;
                else if (isDigit(previous))
                    pendingNumberJoin = true;
                else
                    inWord = false;
            } else {
                inWord = pendingJoin = pendingNumberJoin = false;
            }
            break;
        case CharClass::Cjk:
            ++stats.cjkCharacters;
            ++stats.characters;
            lineHasText = true;
            inWord = pendingJoin = pendingNumberJoin = false;
            break;
        case CharClass::Punctuation:
            ++stats.punctuation;
            ++stats.characters;
            lineHasText = true;
            inWord = pendingJoin = pendingNumberJoin = false;
            break;
        case CharClass::Other:
            ++stats.characters;
            lineHasText = true;
            if (!(inWord && !pendingJoin && !pendingNumberJoin && isMark(c)))
                inWord = pendingJoin = pendingNumberJoin = false;
            break;
        }
        previous = c;
    }
    if (lineHasText)
        ++stats.paragraphs;
    return stats;
}

int TextStats::readingMinutes() const
{
    if (characters <= 0)
        return 0;
    // 300 CJK characters or 200 Latin words a minute: in 1/600 minute units that is 2 per
    // character and 3 per word.
    const qint64 units = cjkCharacters * 2 + latinWords * 3;
    return int(qMax<qint64>(1, (units + 599) / 600));
}

} // namespace galley
