#include "canonicalcheck.h"

#include <QVarLengthArray>

namespace galley {

namespace {

// Text characters the serializer writes as they are and that need no normalization: they are
// NFC on their own and never combine with a neighbour (the quick path of document/htmlmodel.cpp),
// minus controls, line/paragraph separators and the characters the serializer escapes.
bool isPlainText(char16_t c)
{
    if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == u'<' || c == u'>' || c == u'&')
        return false;
    if (c < 0x300)
        return true;
    if (c >= 0x4E00 && c < 0xA000)
        return true;
    if (c >= 0x3000 && c < 0x3100)
        return c < 0x302A || (c >= 0x3030 && c < 0x3099) || c >= 0x309B;
    if (c >= 0x2010 && c < 0x2060)
        return c != 0x2028 && c != 0x2029 && c != 0x205F;
    return c >= 0xFF01 && c < 0xFFEF;
}

bool isSpaceLike(char16_t c)
{
    // The CJK ideographs, most of a Chinese body, are never spaces: answered without QChar's
    // table (QChar::isSpace() looks up every character from U+0080 on).
    if (c >= 0x4E00 && c < 0xA000)
        return false;
    return QChar::isSpace(c);
}

enum Mark : quint8 { Link, Strong, Em, Underline, Strike, Sub, Sup };

int rank(Mark mark)
{
    return mark == Sup ? int(Sub) : int(mark);
}

struct OpenMark {
    Mark mark;
    QStringView href;
    qsizetype textBefore; ///< visible characters seen when it opened (it must add some)
    bool operator==(const OpenMark &other) const { return mark == other.mark && href == other.href; }
};

class Checker
{
public:
    explicit Checker(QStringView html)
        : m_html(html)
    {
    }

    bool body()
    {
        if (m_html.isEmpty())
            return false; // the empty document: nothing to gain, let the sanitizer say it
        while (m_i < m_html.size()) {
            if (!line())
                return false;
        }
        return true;
    }

private:
    bool take(QLatin1String text)
    {
        if (!m_html.mid(m_i).startsWith(text))
            return false;
        m_i += text.size();
        return true;
    }

    bool line()
    {
        if (take(QLatin1String("<hr>\n")))
            return true;
        if (take(QLatin1String("<p>")))
            return inlines(QLatin1String("</p>\n"), false);
        if (take(QLatin1String("<h2>")))
            return inlines(QLatin1String("</h2>\n"), true);
        if (take(QLatin1String("<h3>")))
            return inlines(QLatin1String("</h3>\n"), true);
        if (take(QLatin1String("<h4>")))
            return inlines(QLatin1String("</h4>\n"), true);
        if (take(QLatin1String("<figure><img src=\"asset:"))) {
            for (int n = 0; n < 64; ++n, ++m_i) {
                if (m_i >= m_html.size())
                    return false;
                const char16_t c = m_html.at(m_i).unicode();
                if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
                    return false;
            }
            if (!take(QLatin1String("\" alt=\"")) || !altText() || !take(QLatin1String("\">")))
                return false;
            if (take(QLatin1String("</figure>\n")))
                return true;
            return take(QLatin1String("<figcaption>")) && inlines(QLatin1String("</figcaption></figure>\n"), false);
        }
        return false;
    }

    // Alt text as cleanAlt() leaves it: one line, single spaces, trimmed, not empty.
    bool altText()
    {
        bool any = false;
        char16_t last = u' ';
        while (m_i < m_html.size() && m_html.at(m_i) != QLatin1Char('"')) {
            char16_t c = m_html.at(m_i).unicode();
            if (c == u'&') {
                if (!take(QLatin1String("&amp;")) && !take(QLatin1String("&quot;")))
                    return false;
                last = u'&';
                any = true;
                continue;
            }
            if (c == u' ') {
                if (last == u' ')
                    return false;
            } else if (!isPlainText(c) || isSpaceLike(c)) {
                return false;
            }
            last = c;
            any = true;
            ++m_i;
        }
        return any && last != u' ';
    }

    bool href(QStringView &value)
    {
        const qsizetype start = m_i;
        if (!take(QLatin1String("https://")) && !take(QLatin1String("http://")) && !take(QLatin1String("mailto:")))
            return false;
        const qsizetype rest = m_i;
        while (m_i < m_html.size() && m_html.at(m_i) != QLatin1Char('"')) {
            const char16_t c = m_html.at(m_i).unicode();
            if (c == u'&') {
                if (!take(QLatin1String("&amp;")))
                    return false;
                continue;
            }
            if (c <= 0x20 || c >= 0x7F || c == u'<' || c == u'>')
                return false;
            ++m_i;
        }
        value = m_html.mid(start, m_i - start);
        if (m_i == rest || value.contains(QLatin1String("google"), Qt::CaseInsensitive))
            return false;
        return take(QLatin1String("\">"));
    }

    // Inline content up to \a end, as the serializer writes runs (see the class comment).
    bool inlines(QLatin1String end, bool heading)
    {
        QVarLengthArray<OpenMark, 8> open;
        enum { Start, Space, Char, Break } last = Start;
        qsizetype visible = 0;
        // Between two pieces of text: closes first, then opens, and never one mark closed and
        // the same opened again at the same depth.
        bool opening = false;
        bool closed = false; // a mark was closed since the last text
        OpenMark lastClosed{Link, {}, 0};
        const auto textFollows = [&] {
            opening = false;
            closed = false;
        };
        while (m_i < m_html.size()) {
            const char16_t c = m_html.at(m_i).unicode();
            if (c == u'<') {
                if (open.isEmpty() && take(end))
                    return last == Char && visible > 0;
                if (take(QLatin1String("<br>"))) {
                    if (last != Char || opening || closed)
                        return false;
                    last = Break;
                    continue;
                }
                if (m_html.mid(m_i).startsWith(QLatin1String("</"))) {
                    if (opening || open.isEmpty())
                        return false;
                    const OpenMark top = open.back();
                    static const QLatin1String closeTags[] = {
                        QLatin1String("</a>"), QLatin1String("</strong>"), QLatin1String("</em>"), QLatin1String("</u>"),
                        QLatin1String("</s>"), QLatin1String("</sub>"), QLatin1String("</sup>"),
                    };
                    if (!take(closeTags[top.mark]) || visible == top.textBefore || last != Char)
                        return false;
                    open.pop_back();
                    lastClosed = top;
                    closed = true;
                    continue;
                }
                OpenMark mark{Link, {}, visible};
                if (take(QLatin1String("<a href=\""))) {
                    if (!href(mark.href))
                        return false;
                } else if (take(QLatin1String("<strong>"))) {
                    mark.mark = Strong;
                } else if (take(QLatin1String("<em>"))) {
                    mark.mark = Em;
                } else if (take(QLatin1String("<u>"))) {
                    mark.mark = Underline;
                } else if (take(QLatin1String("<s>"))) {
                    mark.mark = Strike;
                } else if (take(QLatin1String("<sub>"))) {
                    mark.mark = Sub;
                } else if (take(QLatin1String("<sup>"))) {
                    mark.mark = Sup;
                } else {
                    return false;
                }
                if ((heading && mark.mark == Strong) || (!open.isEmpty() && rank(open.back().mark) >= rank(mark.mark)))
                    return false;
                if (!opening && closed && lastClosed == mark)
                    return false; // closed and opened again: one run the serializer would not split
                opening = true;
                open.append(mark);
                continue;
            }
            if (c == u'&') {
                if (!take(QLatin1String("&amp;")) && !take(QLatin1String("&lt;")) && !take(QLatin1String("&gt;")))
                    return false;
                ++visible;
                last = Char;
                textFollows();
                continue;
            }
            if (c == u' ') {
                if (last != Char || opening)
                    return false;
                last = Space;
                textFollows();
                ++m_i;
                continue;
            }
            if (!isPlainText(c))
                return false;
            if (last == Break && isSpaceLike(c))
                return false;
            if (!isSpaceLike(c))
                ++visible;
            else if (last == Start)
                return false;
            last = Char;
            textFollows();
            ++m_i;
        }
        return false;
    }

    QStringView m_html;
    qsizetype m_i = 0;
};

} // namespace

bool isCanonicalBody(QStringView html)
{
    return Checker(html).body();
}

} // namespace galley
