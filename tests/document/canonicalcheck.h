#pragma once

// Test helper: an independent check that a string is canonical HTML — only the subset's tags
// and attributes, in the allowed places, in the fixed nesting order, minimally escaped, one
// block per line. It does not share code with the serializer on purpose.

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace galley::test {

/// Empty when \a html is canonical; otherwise a description of the first problem.
inline QString canonicalViolation(const QString &html)
{
    static const QRegularExpression tagPattern(QStringLiteral(R"(<(/?)([a-z0-9]+)((?: [a-z]+="[^"]*")*)>)"));
    static const QRegularExpression textEntity(QStringLiteral("^&(amp|lt|gt);"));
    static const QRegularExpression attrEntity(QStringLiteral("^&(amp|quot);"));
    static const QRegularExpression hrefPattern(QStringLiteral(R"(^ href="(https?:|mailto:)[^"]*"$)"));
    static const QRegularExpression imgPattern(QStringLiteral(R"(^ src="asset:[0-9a-f]{64}" alt="[^"]*"$)"));
    // inline tags in their only allowed nesting order (sub and sup exclude each other)
    static const QHash<QString, int> inlineRank{{QStringLiteral("a"), 0},      {QStringLiteral("strong"), 1},
                                               {QStringLiteral("em"), 2},     {QStringLiteral("u"), 3},
                                               {QStringLiteral("s"), 4},      {QStringLiteral("sub"), 5},
                                               {QStringLiteral("sup"), 5}};
    auto isFlowContainer = [](const QString &tag) { return tag.isEmpty() || tag == QLatin1String("blockquote"); };
    auto isTextBlock = [](const QString &tag) {
        return tag == QLatin1String("p") || tag == QLatin1String("h2") || tag == QLatin1String("h3")
            || tag == QLatin1String("h4") || tag == QLatin1String("figcaption") || tag == QLatin1String("li")
            || tag == QLatin1String("figure");
    };

    struct Open {
        QString tag;
        qsizetype contentStart;
    };
    QList<Open> stack;
    auto parent = [&]() { return stack.isEmpty() ? QString() : stack.last().tag; };
    auto inside = [&](const QString &tag) {
        for (const Open &open : stack) {
            if (open.tag == tag)
                return true;
        }
        return false;
    };
    auto inlineParentOk = [&](const QString &p) { return isTextBlock(p) || inlineRank.contains(p); };

    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html[i];
        if (c == QLatin1Char('<')) {
            // (DontCheckSubjectString: otherwise every match re-validates the whole string)
            const QRegularExpressionMatch m =
                tagPattern.match(html, i, QRegularExpression::NormalMatch,
                                 QRegularExpression::AnchorAtOffsetMatchOption | QRegularExpression::DontCheckSubjectStringMatchOption);
            if (!m.hasMatch())
                return QStringLiteral("malformed tag at %1: %2").arg(i).arg(html.mid(i, 40));
            const bool closing = !m.captured(1).isEmpty();
            const QString tag = m.captured(2);
            const QString attrs = m.captured(3);
            const QString p = parent();
            const auto where = [&] { return QStringLiteral(" at %1: %2").arg(i).arg(html.mid(i, 60)); };
            // attribute values: only &amp; and &quot; as references
            for (qsizetype k = attrs.indexOf(QLatin1Char('&')); k >= 0; k = attrs.indexOf(QLatin1Char('&'), k + 1)) {
                if (!attrEntity.match(QStringView(attrs).mid(k, 8), 0, QRegularExpression::NormalMatch,
                                      QRegularExpression::DontCheckSubjectStringMatchOption).hasMatch())
                    return QStringLiteral("bad reference in attribute") + where();
            }
            if (closing) {
                if (!attrs.isEmpty())
                    return QStringLiteral("attributes on closing tag") + where();
                if (stack.isEmpty() || stack.last().tag != tag)
                    return QStringLiteral("unbalanced </%1>").arg(tag) + where();
                if (inlineRank.contains(tag) && stack.last().contentStart == i)
                    return QStringLiteral("empty <%1>").arg(tag) + where();
                stack.removeLast();
                i += m.capturedLength();
                continue;
            }
            if (tag == QLatin1String("a")) {
                if (!hrefPattern.match(attrs).hasMatch())
                    return QStringLiteral("bad <a> attributes") + where();
            } else if (tag == QLatin1String("img")) {
                if (!imgPattern.match(attrs).hasMatch())
                    return QStringLiteral("bad <img> attributes") + where();
            } else if (!attrs.isEmpty()) {
                return QStringLiteral("attributes on <%1>").arg(tag) + where();
            }
            bool ok = false;
            bool isVoid = false;
            if (tag == QLatin1String("p") || tag == QLatin1String("h2") || tag == QLatin1String("h3")
                || tag == QLatin1String("h4") || tag == QLatin1String("ul") || tag == QLatin1String("ol")
                || tag == QLatin1String("figure") || tag == QLatin1String("blockquote")) {
                ok = isFlowContainer(p) || ((tag == QLatin1String("ul") || tag == QLatin1String("ol")) && p == QLatin1String("li"));
            } else if (tag == QLatin1String("hr")) {
                ok = isFlowContainer(p);
                isVoid = true;
            } else if (tag == QLatin1String("li")) {
                ok = p == QLatin1String("ul") || p == QLatin1String("ol");
            } else if (tag == QLatin1String("figcaption")) {
                ok = p == QLatin1String("figure");
            } else if (tag == QLatin1String("br") || tag == QLatin1String("img")) {
                ok = inlineParentOk(p);
                isVoid = true;
            } else if (inlineRank.contains(tag)) {
                ok = inlineParentOk(p);
                const int rank = inlineRank.value(tag);
                for (const Open &open : std::as_const(stack)) {
                    if (inlineRank.contains(open.tag) && inlineRank.value(open.tag) >= rank)
                        return QStringLiteral("<%1> nested in <%2>").arg(tag, open.tag) + where();
                }
                if (tag == QLatin1String("strong") && (inside(QStringLiteral("h2")) || inside(QStringLiteral("h3")) || inside(QStringLiteral("h4"))))
                    return QStringLiteral("<strong> in a heading") + where();
            } else {
                return QStringLiteral("tag <%1> outside the subset").arg(tag) + where();
            }
            if (!ok)
                return QStringLiteral("<%1> not allowed in <%2>").arg(tag, p.isEmpty() ? QStringLiteral("body") : p) + where();
            i += m.capturedLength();
            if (!isVoid)
                stack.append({tag, i});
            continue;
        }
        // text
        const QString p = parent();
        if (c == QLatin1Char('\n')) {
            if (isTextBlock(p) && p != QLatin1String("li"))
                return QStringLiteral("newline inside <%1> at %2").arg(p).arg(i);
            if (p == QLatin1String("li")) {
                // only the layout newline right before a nested list
                const QStringView next = QStringView(html).mid(i + 1);
                if (!next.startsWith(QLatin1String("<ul>")) && !next.startsWith(QLatin1String("<ol>"))
                    && !next.startsWith(QLatin1String("</li>")))
                    return QStringLiteral("newline inside <li> at %1").arg(i);
            }
            ++i;
            continue;
        }
        if (!isTextBlock(p) && !inlineRank.contains(p))
            return QStringLiteral("text outside a block at %1: %2").arg(i).arg(html.mid(i, 40));
        if (c == QLatin1Char('>'))
            return QStringLiteral("unescaped > at %1").arg(i);
        if (c == QLatin1Char('&')
            && !textEntity.match(QStringView(html).mid(i, 8), 0, QRegularExpression::NormalMatch,
                                 QRegularExpression::DontCheckSubjectStringMatchOption).hasMatch())
            return QStringLiteral("bad reference in text at %1").arg(i);
        if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
            return QStringLiteral("control character U+%1 at %2").arg(c.unicode(), 4, 16, QLatin1Char('0')).arg(i);
        ++i;
    }
    if (!stack.isEmpty())
        return QStringLiteral("unclosed <%1>").arg(stack.last().tag);
    if (!html.isEmpty() && !html.endsWith(QLatin1Char('\n')))
        return QStringLiteral("does not end with a newline");
    // NFC per text segment (a whole-string check would compose a '>' with a following U+0338)
    static const QRegularExpression tags(QStringLiteral(R"(<[^<>"]*(?:"[^"]*"[^<>"]*)*>)"));
    for (const QString &segment : html.split(tags)) {
        if (segment != segment.normalized(QString::NormalizationForm_C))
            return QStringLiteral("text not NFC: %1").arg(segment.left(40));
    }
    return {};
}

} // namespace galley::test
