#include "document/sanitizer.h"

#include "document/htmlmodel.h"
#include "document/htmlparser.h"

#include <QRegularExpression>

namespace galley {

QString Sanitizer::sanitize(const QString &untrustedHtml)
{
    return HtmlModel::serialize(parseHtml(untrustedHtml, HtmlParseMode::Sanitize));
}

QString Sanitizer::sanitize(const QString &untrustedHtml, QStringList *dropped)
{
    return HtmlModel::serialize(parseHtml(untrustedHtml, HtmlParseMode::Sanitize, dropped));
}

QString Sanitizer::fromPlainText(const QString &text)
{
    HtmlBlocks blocks;
    QString paragraph;
    auto endParagraph = [&] {
        if (paragraph.isEmpty())
            return;
        HtmlBlock block;
        HtmlRun run;
        run.text = HtmlModel::cleanText(paragraph);
        block.runs.append(std::move(run));
        blocks.append(std::move(block));
        paragraph.clear();
    };
    const QString normalized = QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    static const QRegularExpression lineEnd(QStringLiteral("[\\n\\r\\x{2028}\\x{2029}]"));
    const auto lines = QStringView(normalized).split(lineEnd);
    for (const QStringView line : lines) {
        // the same whitespace the sanitizer collapses, so that the result is already sanitized
        static const QRegularExpression spaces(QStringLiteral("[ \\t\\f]+"));
        const QString collapsed = HtmlModel::cleanText(line.toString().replace(spaces, QStringLiteral(" "))).trimmed();
        if (collapsed.isEmpty()) {
            endParagraph();
            continue;
        }
        if (!paragraph.isEmpty())
            paragraph += QChar(QChar::LineSeparator);
        paragraph += collapsed;
    }
    endParagraph();
    HtmlModel::normalize(blocks);
    return HtmlModel::serialize(blocks);
}

} // namespace galley
