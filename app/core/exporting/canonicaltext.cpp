#include "canonicaltext.h"

namespace galley::CanonicalText {

namespace {

struct Token {
    qsizetype start = 0;
    qsizetype length = 0;
    bool isText = false;
    bool breaksRun = false;
};

QStringView tagName(QStringView tag)
{
    qsizetype i = 1;
    if (i < tag.size() && tag.at(i) == QLatin1Char('/'))
        ++i;
    const qsizetype start = i;
    while (i < tag.size() && (tag.at(i).isLetterOrNumber()))
        ++i;
    return tag.mid(start, i - start);
}

bool isInline(QStringView name)
{
    static const QLatin1String inlineTags[] = {
        QLatin1String("strong"), QLatin1String("em"), QLatin1String("u"), QLatin1String("s"),
        QLatin1String("sub"), QLatin1String("sup"), QLatin1String("a"), QLatin1String("b"),
        QLatin1String("i"), QLatin1String("span"),
    };
    for (const QLatin1String &known : inlineTags) {
        if (name.compare(known, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QList<Token> tokenize(const QString &html)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < html.size()) {
        if (html.at(i) == QLatin1Char('<')) {
            qsizetype end = html.indexOf(QLatin1Char('>'), i);
            if (end < 0)
                end = html.size() - 1;
            const QStringView tag = QStringView(html).mid(i, end - i + 1);
            const QStringView name = tagName(tag);
            tokens.append({i, end - i + 1, false, !isInline(name)});
            // Raw-text elements never occur in canonical HTML; if one slipped in, its content
            // is not text to transform.
            if (!tag.startsWith(QLatin1String("</"))
                && (name.compare(QLatin1String("script"), Qt::CaseInsensitive) == 0
                    || name.compare(QLatin1String("style"), Qt::CaseInsensitive) == 0)) {
                const QString close = QLatin1String("</") + name.toString();
                qsizetype closeAt = html.indexOf(close, end + 1, Qt::CaseInsensitive);
                if (closeAt < 0)
                    closeAt = html.size();
                tokens.append({end + 1, closeAt - end - 1, false, true});
                i = closeAt;
                continue;
            }
            i = end + 1;
        } else {
            qsizetype end = html.indexOf(QLatin1Char('<'), i);
            if (end < 0)
                end = html.size();
            tokens.append({i, end - i, true, false});
            i = end;
        }
    }
    return tokens;
}

} // namespace

QString decodeText(QStringView escaped)
{
    if (!escaped.contains(QLatin1Char('&')))
        return escaped.toString();
    QString out;
    out.reserve(escaped.size());
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const QChar c = escaped.at(i);
        if (c != QLatin1Char('&')) {
            out.append(c);
            continue;
        }
        const qsizetype semicolon = escaped.indexOf(QLatin1Char(';'), i);
        if (semicolon < 0 || semicolon - i > 10) {
            out.append(c);
            continue;
        }
        const QStringView entity = escaped.mid(i + 1, semicolon - i - 1);
        char32_t decoded = 0;
        if (entity == QLatin1String("amp"))
            decoded = '&';
        else if (entity == QLatin1String("lt"))
            decoded = '<';
        else if (entity == QLatin1String("gt"))
            decoded = '>';
        else if (entity == QLatin1String("quot"))
            decoded = '"';
        else if (entity == QLatin1String("apos"))
            decoded = '\'';
        else if (entity == QLatin1String("nbsp"))
            decoded = 0xA0;
        else if (entity.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint value = (entity.size() > 1 && (entity.at(1) == QLatin1Char('x') || entity.at(1) == QLatin1Char('X')))
                ? entity.mid(2).toUInt(&ok, 16)
                : entity.mid(1).toUInt(&ok, 10);
            if (ok && value > 0 && value <= 0x10FFFF && !(value >= 0xD800 && value <= 0xDFFF))
                decoded = value;
        }
        if (decoded == 0) {
            out.append(c);
            continue;
        }
        const char32_t ucs4[] = {decoded};
        out.append(QString::fromUcs4(ucs4, 1));
        i = semicolon;
    }
    return out;
}

QString escapeText(QStringView text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (QChar c : text) {
        switch (c.unicode()) {
        case '&': out.append(QLatin1String("&amp;")); break;
        case '<': out.append(QLatin1String("&lt;")); break;
        case '>': out.append(QLatin1String("&gt;")); break;
        default: out.append(c); break;
        }
    }
    return out;
}

void transformTextRuns(QString &html, const std::function<void(QList<QString> &pieces)> &transform)
{
    const QList<Token> tokens = tokenize(html);
    QString out;
    out.reserve(html.size() + html.size() / 8);
    bool changed = false;

    qsizetype index = 0;
    while (index < tokens.size()) {
        if (!tokens.at(index).isText) {
            out.append(QStringView(html).mid(tokens.at(index).start, tokens.at(index).length));
            ++index;
            continue;
        }
        // A run: text tokens and inline tags up to the next block boundary.
        qsizetype runEnd = index;
        QList<qsizetype> textTokens;
        while (runEnd < tokens.size() && (tokens.at(runEnd).isText || !tokens.at(runEnd).breaksRun)) {
            if (tokens.at(runEnd).isText)
                textTokens.append(runEnd);
            ++runEnd;
        }
        QList<QString> pieces;
        pieces.reserve(textTokens.size());
        for (qsizetype t : textTokens)
            pieces.append(decodeText(QStringView(html).mid(tokens.at(t).start, tokens.at(t).length)));
        const QList<QString> original = pieces;
        transform(pieces);
        qsizetype piece = 0;
        for (qsizetype t = index; t < runEnd; ++t) {
            const Token &token = tokens.at(t);
            if (token.isText && piece < pieces.size()) {
                if (pieces.at(piece) != original.at(piece)) {
                    out.append(escapeText(pieces.at(piece)));
                    changed = true;
                } else {
                    out.append(QStringView(html).mid(token.start, token.length));
                }
                ++piece;
            } else {
                out.append(QStringView(html).mid(token.start, token.length));
            }
        }
        index = runEnd;
    }
    if (changed)
        html = out;
}

QString plainText(const QString &canonicalHtml)
{
    const QList<Token> tokens = tokenize(canonicalHtml);
    QString out;
    out.reserve(canonicalHtml.size());
    bool pendingBreak = false;
    for (const Token &token : tokens) {
        if (!token.isText) {
            if (token.breaksRun)
                pendingBreak = true;
            continue;
        }
        const QStringView raw = QStringView(canonicalHtml).mid(token.start, token.length);
        // The newlines between canonical blocks are layout, not text.
        if (raw.trimmed().isEmpty() && raw.contains(QLatin1Char('\n')))
            continue;
        if (pendingBreak && !out.isEmpty())
            out.append(QLatin1Char('\n'));
        pendingBreak = false;
        QString text = decodeText(raw);
        text.replace(QChar(QChar::Nbsp), QLatin1Char(' '));
        out.append(text);
    }
    return out;
}

void transformTextNodes(QString &html, const std::function<QString(const QString &)> &transform)
{
    transformTextRuns(html, [&transform](QList<QString> &pieces) {
        for (QString &piece : pieces)
            piece = transform(piece);
    });
}

} // namespace galley::CanonicalText
