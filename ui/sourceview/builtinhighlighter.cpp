#include "builtinhighlighter.h"

#include <QPalette>
#include <QRegularExpression>

namespace galley {

namespace {

// Block states carried from one line to the next (QSyntaxHighlighter::currentBlockState).
enum State : int {
    Text = 0,
    InComment = 1,
    InTag = 2,
    InDoubleQuoted = 3,
    InSingleQuoted = 4,
    InCssComment = 5,
    InCssRule = 6, // inside { } of a CSS rule
};

int index(BuiltInHighlighter::Token token)
{
    return static_cast<int>(token);
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u':' || c == u'_' || c == u'.';
}

bool isCssNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_';
}

} // namespace

BuiltInHighlighter::BuiltInHighlighter(QTextDocument *document, Language language, QObject *parent)
    : QSyntaxHighlighter(parent)
    , m_language(language)
{
    setPalette(QPalette());
    setDocument(document);
}

QString BuiltInHighlighter::backendName() const
{
    return QStringLiteral("built-in");
}

QTextCharFormat BuiltInHighlighter::format(Token token) const
{
    return m_formats[index(token)];
}

void BuiltInHighlighter::setPalette(const QPalette &palette)
{
    // Two hand-picked sets with enough contrast on their background (WCAG AA for normal text).
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    struct Colors {
        const char *tag, *attribute, *string, *entity, *comment, *mustache, *property, *number;
    };
    static constexpr Colors light{"#1d4f91", "#8a4500", "#1b6e20", "#8e2c9e", "#6b6b6b",
                                  "#a3168a", "#1d4f91", "#a0460a"};
    static constexpr Colors darkSet{"#7fb2f0", "#f0b36b", "#8fd18f", "#e39af0", "#9a9a9a",
                                    "#f08ade", "#7fb2f0", "#f0a36b"};
    const Colors &c = dark ? darkSet : light;
    const char *colors[8] = {c.tag, c.attribute, c.string, c.entity, c.comment, c.mustache,
                             c.property, c.number};
    for (int i = 0; i < 8; ++i) {
        QTextCharFormat f;
        f.setForeground(QColor(QLatin1String(colors[i])));
        m_formats[i] = f;
    }
    m_formats[index(Token::Tag)].setFontWeight(QFont::DemiBold);
    m_formats[index(Token::Comment)].setFontItalic(true);
    m_formats[index(Token::Mustache)].setFontWeight(QFont::DemiBold);
    if (document())
        rehighlight();
}

void BuiltInHighlighter::highlightBlock(const QString &text)
{
    if (m_language == Language::Css)
        highlightCss(text);
    else
        highlightMarkup(text);
}

int BuiltInHighlighter::highlightEntityAt(const QString &text, int position)
{
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"));
    const auto match = entity.match(text, position, QRegularExpression::NormalMatch,
                                    QRegularExpression::AnchorAtOffsetMatchOption);
    if (!match.hasMatch())
        return 0;
    setFormat(position, int(match.capturedLength()), m_formats[index(Token::Entity)]);
    return int(match.capturedLength());
}

int BuiltInHighlighter::highlightMustacheAt(const QString &text, int position)
{
    if (m_language != Language::Mustache || !QStringView(text).mid(position).startsWith(u"{{"))
        return 0;
    const qsizetype end = text.indexOf(QLatin1String("}}"), position + 2);
    const int length = end < 0 ? int(text.size()) - position : int(end) + 2 - position;
    setFormat(position, length, m_formats[index(Token::Mustache)]);
    return length;
}

void BuiltInHighlighter::highlightMarkup(const QString &text)
{
    int state = previousBlockState() < 0 ? Text : previousBlockState();
    const int n = int(text.size());
    bool afterEquals = false;
    int i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        switch (state) {
        case InComment: {
            const qsizetype end = text.indexOf(QLatin1String("-->"), i);
            const int stop = end < 0 ? n : int(end) + 3;
            setFormat(i, stop - i, m_formats[index(Token::Comment)]);
            i = stop;
            if (end >= 0)
                state = Text;
            break;
        }
        case InDoubleQuoted:
        case InSingleQuoted: {
            const QChar quote = state == InDoubleQuoted ? u'"' : u'\'';
            const qsizetype end = text.indexOf(quote, i);
            const int stop = end < 0 ? n : int(end) + 1;
            setFormat(i, stop - i, m_formats[index(Token::String)]);
            for (int k = i; k < stop; ++k) {
                if (text.at(k) == u'&')
                    k += std::max(0, highlightEntityAt(text, k) - 1);
                else if (text.at(k) == u'{')
                    k += std::max(0, highlightMustacheAt(text, k) - 1);
            }
            i = stop;
            if (end >= 0)
                state = InTag;
            break;
        }
        case InTag: {
            if (c == u'>') {
                setFormat(i, 1, m_formats[index(Token::Tag)]);
                ++i;
                state = Text;
            } else if (c == u'/' && i + 1 < n && text.at(i + 1) == u'>') {
                setFormat(i, 2, m_formats[index(Token::Tag)]);
                i += 2;
                state = Text;
            } else if (c == u'"' || c == u'\'') {
                setFormat(i, 1, m_formats[index(Token::String)]);
                ++i;
                state = c == u'"' ? InDoubleQuoted : InSingleQuoted;
                afterEquals = false;
            } else if (c == u'=') {
                afterEquals = true;
                ++i;
            } else if (c.isSpace()) {
                ++i;
            } else if (int m = highlightMustacheAt(text, i); m > 0) {
                i += m;
            } else {
                int j = i;
                while (j < n && !text.at(j).isSpace() && text.at(j) != u'>' && text.at(j) != u'='
                       && !(text.at(j) == u'/' && j + 1 < n && text.at(j + 1) == u'>'))
                    ++j;
                j = std::max(j, i + 1);
                setFormat(i, j - i,
                          m_formats[index(afterEquals ? Token::String : Token::Attribute)]);
                afterEquals = false;
                i = j;
            }
            break;
        }
        default: { // Text
            if (c == u'<') {
                if (QStringView(text).mid(i).startsWith(u"<!--")) {
                    setFormat(i, 4, m_formats[index(Token::Comment)]);
                    i += 4;
                    state = InComment;
                    break;
                }
                int j = i + 1;
                if (j < n && (text.at(j) == u'/' || text.at(j) == u'!' || text.at(j) == u'?'))
                    ++j;
                const int nameStart = j;
                while (j < n && isNameChar(text.at(j)))
                    ++j;
                if (j == nameStart || !text.at(nameStart).isLetter()) {
                    ++i; // a lone '<' in text is not a tag
                    break;
                }
                setFormat(i, j - i, m_formats[index(Token::Tag)]);
                i = j;
                state = InTag;
                afterEquals = false;
            } else if (c == u'&') {
                i += std::max(1, highlightEntityAt(text, i));
            } else if (c == u'{') {
                i += std::max(1, highlightMustacheAt(text, i));
            } else {
                ++i;
            }
            break;
        }
        }
    }
    setCurrentBlockState(state);
}

void BuiltInHighlighter::highlightCss(const QString &text)
{
    int state = previousBlockState() < 0 ? Text : previousBlockState();
    // The rule depth survives a comment: comment states are stored as InCssComment + 8 * inRule.
    bool inRule = state == InCssRule || state == InCssComment + 8;
    if (state == InCssComment + 8)
        state = InCssComment;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (state == InCssComment) {
            const qsizetype end = text.indexOf(QLatin1String("*/"), i);
            const int stop = end < 0 ? n : int(end) + 2;
            setFormat(i, stop - i, m_formats[index(Token::Comment)]);
            i = stop;
            if (end >= 0)
                state = inRule ? InCssRule : Text;
            continue;
        }
        if (c == u'/' && i + 1 < n && text.at(i + 1) == u'*') {
            state = InCssComment;
            continue;
        }
        if (c == u'"' || c == u'\'') {
            const qsizetype end = text.indexOf(c, i + 1);
            const int stop = end < 0 ? n : int(end) + 1;
            setFormat(i, stop - i, m_formats[index(Token::String)]);
            i = stop;
            continue;
        }
        if (c == u'{') {
            inRule = true;
            state = InCssRule;
            ++i;
            continue;
        }
        if (c == u'}') {
            inRule = false;
            state = Text;
            ++i;
            continue;
        }
        if (c == u'@' || c.isLetter() || c == u'-' || c == u'.' || c == u'#') {
            int j = i + 1;
            while (j < n && (isCssNameChar(text.at(j)) || (!inRule && (text.at(j) == u'.' || text.at(j) == u'#' || text.at(j) == u':'))))
                ++j;
            if (inRule) {
                int k = j;
                while (k < n && text.at(k).isSpace())
                    ++k;
                if (k < n && text.at(k) == u':')
                    setFormat(i, j - i, m_formats[index(Token::Property)]);
            } else {
                setFormat(i, j - i, m_formats[index(c == u'@' ? Token::Attribute : Token::Tag)]);
            }
            i = j;
            continue;
        }
        if (c.isDigit()) {
            int j = i + 1;
            while (j < n && (text.at(j).isLetterOrNumber() || text.at(j) == u'.' || text.at(j) == u'%'))
                ++j;
            setFormat(i, j - i, m_formats[index(Token::Number)]);
            i = j;
            continue;
        }
        ++i;
    }
    setCurrentBlockState(state == InCssComment && inRule ? InCssComment + 8 : state);
}

} // namespace galley
