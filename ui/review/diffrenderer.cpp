#include "diffrenderer.h"

#include <QCoreApplication>

#include <algorithm>

namespace galley {

namespace {

QString escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return html;
}

QString span(const QString &text, DiffRun::Op op)
{
    switch (op) {
    case DiffRun::Op::Equal: return escaped(text);
    case DiffRun::Op::Insert:
        return QStringLiteral("<span style=\"background-color:%1;\">%2</span>")
            .arg(DiffRenderer::insertedBackground().name(), escaped(text));
    case DiffRun::Op::Delete:
        return QStringLiteral("<span style=\"background-color:%1; color:#8b0000; text-decoration:line-through;\">%2</span>")
            .arg(DiffRenderer::deletedBackground().name(), escaped(text));
    }
    return {};
}

/// One side of a changed line: its text with the stretches only that side has marked.
QString changedSide(const QList<DiffRun> &runs, DiffRun::Op side)
{
    QString html;
    for (const DiffRun &run : runs) {
        if (run.op == DiffRun::Op::Equal)
            html += escaped(run.text);
        else if (run.op == side)
            html += QStringLiteral("<b style=\"background-color:%1;\">%2</b>")
                        .arg((side == DiffRun::Op::Insert ? QColor(0x8c, 0xd9, 0x8c) : QColor(0xf0, 0x8c, 0x8c)).name(),
                             escaped(run.text));
    }
    return html;
}

QString elided(qsizetype characters)
{
    return QCoreApplication::translate("galley::HistoryPanel", "… %n characters unchanged …", nullptr, int(characters));
}

} // namespace

QColor DiffRenderer::insertedBackground()
{
    return QColor(0xc8, 0xf0, 0xc8);
}

QColor DiffRenderer::deletedBackground()
{
    return QColor(0xf8, 0xc8, 0xc8);
}

QString DiffRenderer::textDiffHtml(const QList<DiffRun> &runs, int contextCharacters)
{
    QString html = QStringLiteral("<div style=\"line-height:140%;\">");
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const DiffRun &run = runs.at(i);
        // Text kept after the previous change and before the next one; an unchanged text
        // (a single run) keeps its beginning.
        const qsizetype keepBefore = i > 0 || runs.size() == 1 ? contextCharacters : 0;
        const qsizetype keepAfter = i + 1 < runs.size() ? contextCharacters : 0;
        if (run.op != DiffRun::Op::Equal || contextCharacters < 0
            || run.text.size() <= keepBefore + keepAfter + contextCharacters) {
            html += span(run.text, run.op);
            continue;
        }
        // Never cut between the halves of a surrogate pair (an emoji, a CJK Extension B character).
        qsizetype head = keepBefore;
        if (head > 0 && run.text.at(head - 1).isHighSurrogate())
            ++head;
        qsizetype tail = keepAfter;
        if (tail > 0 && run.text.at(run.text.size() - tail).isLowSurrogate())
            ++tail;
        const qsizetype left = run.text.size() - head - tail;
        html += escaped(run.text.left(head));
        html += QStringLiteral("<span style=\"color:#888;\"> %1 </span>").arg(elided(left));
        html += escaped(run.text.right(tail));
    }
    html += QStringLiteral("</div>");
    return html;
}

QString DiffRenderer::oneSideHtml(const QList<DiffRun> &runs, DiffRun::Op side)
{
    return changedSide(runs, side);
}

QString DiffRenderer::sideBySideHtml(const QList<SideBySideRow> &rows, int contextRows)
{
    // Which rows to show: every changed row and contextRows around it (all of them without a limit).
    QList<bool> shown(rows.size(), contextRows < 0);
    if (contextRows >= 0) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i).kind == SideBySideRow::Kind::Equal)
                continue;
            for (qsizetype j = std::max<qsizetype>(0, i - contextRows); j <= std::min(rows.size() - 1, i + contextRows); ++j)
                shown[j] = true;
        }
    }
    const QString inserted = insertedBackground().name();
    const QString deleted = deletedBackground().name();
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" "
                                  "style=\"font-family:monospace; border-collapse:collapse;\">");
    html += QStringLiteral("<tr><th width=\"4%\"></th><th width=\"46%\" align=\"left\">%1</th>"
                           "<th width=\"4%\"></th><th width=\"46%\" align=\"left\">%2</th></tr>")
                .arg(QCoreApplication::translate("galley::HistoryPanel", "Older"),
                     QCoreApplication::translate("galley::HistoryPanel", "Newer"));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!shown.at(i)) {
            qsizetype folded = 0;
            while (i < rows.size() && !shown.at(i)) {
                ++folded;
                ++i;
            }
            --i;
            html += QStringLiteral("<tr><td></td><td colspan=\"3\" style=\"color:#888;\">%1</td></tr>")
                        .arg(QCoreApplication::translate("galley::HistoryPanel", "… %n unchanged lines …", nullptr,
                                                         int(folded)));
            continue;
        }
        const SideBySideRow &row = rows.at(i);
        QString leftStyle;
        QString rightStyle;
        QString left = row.left.toHtmlEscaped();
        QString right = row.right.toHtmlEscaped();
        switch (row.kind) {
        case SideBySideRow::Kind::Equal: break;
        case SideBySideRow::Kind::Changed: {
            const QList<DiffRun> runs = TextDiff::diff(row.left, row.right);
            left = changedSide(runs, DiffRun::Op::Delete);
            right = changedSide(runs, DiffRun::Op::Insert);
            leftStyle = deleted;
            rightStyle = inserted;
            break;
        }
        case SideBySideRow::Kind::Deleted: leftStyle = deleted; break;
        case SideBySideRow::Kind::Inserted: rightStyle = inserted; break;
        }
        const auto cell = [](const QString &style, const QString &text) {
            return style.isEmpty() ? QStringLiteral("<td>%1</td>").arg(text)
                                   : QStringLiteral("<td bgcolor=\"%1\">%2</td>").arg(style, text);
        };
        const auto number = [](int line) {
            return QStringLiteral("<td align=\"right\" style=\"color:#888;\">%1</td>")
                .arg(line > 0 ? QString::number(line) : QString());
        };
        html += QStringLiteral("<tr>") + number(row.leftLine) + cell(leftStyle, left) + number(row.rightLine)
            + cell(rightStyle, right) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace galley
