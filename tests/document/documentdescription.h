#pragma once

// Test helper: a readable description of a QTextDocument's structure and formatting as the
// canonical representation defines it (see document/documentformat.h), written with Qt's API
// only, so that two documents can be compared without trusting the serializer.

#include "document/documentformat.h"

#include <QFont>
#include <QHash>
#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace galley::test {

inline QString describeCharFormat(const QTextCharFormat &format, bool heading)
{
    QStringList flags;
    if (!heading && format.fontWeight() >= QFont::DemiBold)
        flags << QStringLiteral("b");
    if (format.fontItalic())
        flags << QStringLiteral("i");
    if (format.fontUnderline())
        flags << QStringLiteral("u");
    if (format.fontStrikeOut())
        flags << QStringLiteral("s");
    if (format.verticalAlignment() == QTextCharFormat::AlignSubScript)
        flags << QStringLiteral("sub");
    if (format.verticalAlignment() == QTextCharFormat::AlignSuperScript)
        flags << QStringLiteral("sup");
    if (format.isAnchor() && !format.anchorHref().isEmpty())
        flags << QStringLiteral("a=") + format.anchorHref();
    return flags.join(QLatin1Char(','));
}

/// One line per block: its kind, then its text in runs of equal formatting, e.g.
/// `li ul1 depth2 | [b]bold[]plain{img asset:… "alt"}`.
inline QString describeDocument(const QTextDocument &document)
{
    QStringList lines;
    QHash<const QTextList *, int> listNumbers;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        QString line;
        const int heading = format.headingLevel();
        const auto role = DocumentFormat::BlockRole(format.intProperty(DocumentFormat::BlockRoleProperty));
        if (const QTextList *list = block.textList()) {
            if (!listNumbers.contains(list))
                listNumbers.insert(list, int(listNumbers.size()) + 1);
            const bool ordered = list->format().style() <= QTextListFormat::ListDecimal;
            line = QStringLiteral("li %1%2 depth%3").arg(ordered ? QStringLiteral("ol") : QStringLiteral("ul"))
                       .arg(listNumbers.value(list))
                       .arg(list->format().indent());
        } else if (format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
            line = QStringLiteral("hr");
        } else if (role == DocumentFormat::BlockRole::Figure) {
            line = QStringLiteral("figure");
        } else if (role == DocumentFormat::BlockRole::FigureCaption) {
            line = QStringLiteral("caption");
        } else if (heading > 0) {
            line = QStringLiteral("h%1").arg(heading);
        } else {
            line = QStringLiteral("p");
        }
        if (const int quote = format.intProperty(QTextFormat::BlockQuoteLevel))
            line += QStringLiteral(" quote%1").arg(quote);
        line += QStringLiteral(" |");
        QString previousFlags = QStringLiteral("\x01");
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat charFormat = fragment.charFormat();
            const QString flags = describeCharFormat(charFormat, heading > 0);
            if (charFormat.isImageFormat()) {
                const QTextImageFormat image = charFormat.toImageFormat();
                for (int i = 0; i < fragment.length(); ++i) {
                    line += QStringLiteral("{img%1 %2 \"%3\"}")
                                .arg(flags.isEmpty() ? QString() : QLatin1Char('[') + flags + QLatin1Char(']'),
                                     image.name(), image.property(QTextFormat::ImageAltText).toString());
                }
                previousFlags = QStringLiteral("\x01");
                continue;
            }
            if (flags != previousFlags)
                line += QLatin1Char('[') + flags + QLatin1Char(']');
            previousFlags = flags;
            line += fragment.text().replace(QChar(QChar::LineSeparator), QStringLiteral("⏎"));
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace galley::test
