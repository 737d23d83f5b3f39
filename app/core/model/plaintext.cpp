#include "model/plaintext.h"

namespace galley::PlainText {

namespace {

bool isPlainTextLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v' || c == 0x85;
}

// Most text has nothing to change: it is returned as it is (shared, not copied). \a keep gives
// what a character becomes, or -1 when it goes.
template<typename Keep>
QString filteredPlainText(const QString &text, Keep keep)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n && keep(text.at(i).unicode()) == int(text.at(i).unicode()))
        ++i;
    if (i == n)
        return text;
    QString out;
    out.reserve(n);
    out.append(QStringView(text).left(i));
    for (; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (const int kept = keep(c); kept >= 0)
            out.append(QChar(char16_t(kept)));
    }
    return out;
}

} // namespace

QString withoutStrayControls(const QString &text)
{
    return filteredPlainText(text, [](char16_t c) -> int { return isStrayControl(c) ? -1 : c; });
}

QString singleLine(const QString &text)
{
    return filteredPlainText(text, [](char16_t c) -> int {
        if (c == u'\t' || isPlainTextLineBreak(c))
            return u' ';
        return isStrayControl(c) ? -1 : c;
    });
}

QString printable(const QString &text)
{
    return filteredPlainText(text, [](char16_t c) -> int { return isStrayControl(c) ? 0xfffd : c; });
}

} // namespace galley::PlainText
