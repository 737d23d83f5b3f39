#pragma once

// Test helper: random input for the robustness properties — byte strings, and "tag soup" made
// of the pieces real pasted HTML and attacks are made of (so the walker's paths get exercised,
// which random bytes alone rarely do).

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace galley::test {

inline QString randomBytesAsText(QRandomGenerator &rng, int maxLength)
{
    QByteArray bytes(rng.bounded(maxLength + 1), Qt::Uninitialized);
    for (char &byte : bytes) {
        // bias towards markup characters so that the parser sees tags, not only text
        const int pick = rng.bounded(8);
        if (pick == 0)
            byte = "<>/=\"'&!-;#"[rng.bounded(11)];
        else
            byte = char(rng.bounded(256));
    }
    return rng.bounded(2) ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
}

inline QString randomTagSoup(QRandomGenerator &rng, int pieces)
{
    static const QStringList tags{
        QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("span"), QStringLiteral("b"), QStringLiteral("i"),
        QStringLiteral("strong"), QStringLiteral("em"), QStringLiteral("u"), QStringLiteral("s"), QStringLiteral("del"),
        QStringLiteral("ins"), QStringLiteral("strike"), QStringLiteral("sub"), QStringLiteral("sup"), QStringLiteral("a"),
        QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
        QStringLiteral("h6"), QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("li"), QStringLiteral("blockquote"),
        QStringLiteral("figure"), QStringLiteral("figcaption"), QStringLiteral("table"), QStringLiteral("tr"),
        QStringLiteral("td"), QStringLiteral("th"), QStringLiteral("pre"), QStringLiteral("section"), QStringLiteral("font"),
        QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("iframe"), QStringLiteral("svg"),
        QStringLiteral("math"), QStringLiteral("form"), QStringLiteral("textarea"), QStringLiteral("select"),
        QStringLiteral("noscript"), QStringLiteral("template"), QStringLiteral("o:p"), QStringLiteral("x-custom"),
        QStringLiteral("dl"), QStringLiteral("dt"), QStringLiteral("dd"), QStringLiteral("ruby"), QStringLiteral("rt"),
        QStringLiteral("body"), QStringLiteral("html"), QStringLiteral("head"), QStringLiteral("title"),
        QStringLiteral("plaintext"), QStringLiteral("xmp"), QStringLiteral("caption"), QStringLiteral("center"),
    };
    static const QStringList voids{QStringLiteral("br"), QStringLiteral("hr"), QStringLiteral("img"), QStringLiteral("wbr"),
                                   QStringLiteral("input"), QStringLiteral("meta")};
    static const QStringList attributes{
        QStringLiteral(" href=\"https://example.org/?a=1&amp;b=2\""), QStringLiteral(" href=\"javascript:alert(1)\""),
        QStringLiteral(" href=\"jav&#x09;ascript:alert(1)\""), QStringLiteral(" href=\" JaVaScRiPt:x\""),
        QStringLiteral(" href=\"mailto:desk@example.org\""), QStringLiteral(" href=\"/relative\""),
        QStringLiteral(" href='data:text/html,<script>'"), QStringLiteral(" href=//cdn.example.org/x"),
        QStringLiteral(" src=\"asset:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\""),
        QStringLiteral(" src=\"ASSET:0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF\""),
        QStringLiteral(" src=\"https://img.example.org/a.jpg\""), QStringLiteral(" src=\"data:image/png;base64,AAAA\""),
        QStringLiteral(" alt=\"图 &quot;说明&quot; <x>\""), QStringLiteral(" alt=\"\""),
        QStringLiteral(" style=\"font-weight:bold\""), QStringLiteral(" style=\"font-weight:normal\""),
        QStringLiteral(" style=\"font-style:italic;text-decoration:underline line-through\""),
        QStringLiteral(" style=\"vertical-align:super\""), QStringLiteral(" style=\"display:none\""),
        QStringLiteral(" style=\"mso-list:l0 level2 lfo1\""), QStringLiteral(" style=\"mso-list:Ignore\""),
        QStringLiteral(" onclick=\"alert(1)\""), QStringLiteral(" onerror=alert(1)"), QStringLiteral(" class=\"MsoNormal\""),
        QStringLiteral(" id=\"docs-internal-guid-1\""), QStringLiteral(" hidden"), QStringLiteral(" dir=\"ltr\""),
    };
    static const QStringList texts{
        QStringLiteral("新闻"), QStringLiteral("内蒙古坚持激励和约束双向发力。"), QStringLiteral("word "),
        QStringLiteral(" two  spaces "), QStringLiteral("\n"), QStringLiteral("\n\n"), QStringLiteral("\t"),
        QStringLiteral("&amp;"), QStringLiteral("&lt;"), QStringLiteral("&nbsp;"), QStringLiteral("&#x2028;"),
        QStringLiteral("&#0;"), QStringLiteral("&#xD800;"), QStringLiteral("&copy"), QStringLiteral("\u3000"),
        QStringLiteral("e\u0301"), QStringLiteral("\u0338"), QStringLiteral("\U0001F600"), QStringLiteral("\uFFFC"),
        QStringLiteral("<!-- comment -->"), QStringLiteral("<![if !supportLists]>"), QStringLiteral("<![endif]>"),
        QStringLiteral("<!--[if gte mso 9]><xml>x</xml><![endif]-->"), QStringLiteral("<![CDATA[cdata]]>"),
        QStringLiteral("<!DOCTYPE html>"), QStringLiteral("</"), QStringLiteral("<"), QStringLiteral(">"),
        QStringLiteral("\""), QStringLiteral("'"), QStringLiteral("\u2028"), QStringLiteral("\r\n"),
    };
    QString html;
    QStringList open;
    for (int i = 0; i < pieces; ++i) {
        switch (rng.bounded(6)) {
        case 0:
        case 1: {
            const QString tag = tags.at(rng.bounded(int(tags.size())));
            html += QLatin1Char('<') + tag;
            for (int a = rng.bounded(3); a > 0; --a)
                html += attributes.at(rng.bounded(int(attributes.size())));
            html += QLatin1Char('>');
            open.append(tag);
            break;
        }
        case 2:
            if (!open.isEmpty() && rng.bounded(4) != 0) // mostly well nested, sometimes not
                html += QStringLiteral("</") + open.takeAt(rng.bounded(4) ? open.size() - 1 : rng.bounded(int(open.size()))) + QLatin1Char('>');
            else
                html += QStringLiteral("</") + tags.at(rng.bounded(int(tags.size()))) + QLatin1Char('>');
            break;
        case 3: {
            const QString tag = voids.at(rng.bounded(int(voids.size())));
            html += QLatin1Char('<') + tag;
            for (int a = rng.bounded(3); a > 0; --a)
                html += attributes.at(rng.bounded(int(attributes.size())));
            html += QLatin1Char('>');
            break;
        }
        default:
            html += texts.at(rng.bounded(int(texts.size())));
            break;
        }
    }
    return html;
}

} // namespace galley::test
