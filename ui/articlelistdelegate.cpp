#include "articlelistdelegate.h"

#include "models/articlelistmodel.h"

#include <QApplication>
#include <QPainter>

namespace galley {

void ArticleListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString snippet = index.data(ArticleListModel::SnippetRole).toString();
    if (!m_showSnippets || index.column() != 0 || snippet.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const int lineHeight = opt.fontMetrics.height();

    painter->save();
    painter->setClipRect(textRect);
    painter->setPen(textColor);
    QFont titleFont = opt.font;
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->drawText(QRect(textRect.left(), textRect.top(), textRect.width(), lineHeight),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(title, Qt::ElideRight, textRect.width()));

    // Second line: the snippet, the hit (between \x02 and \x03) drawn on a highlight.
    painter->setFont(opt.font);
    int x = textRect.left();
    const int y = textRect.top() + lineHeight;
    bool hit = false;
    QString run;
    const QColor hitBackground = selected ? opt.palette.color(group, QPalette::HighlightedText)
                                          : QColor(255, 230, 120);
    const QColor hitText = selected ? opt.palette.color(group, QPalette::Highlight) : QColor(Qt::black);
    auto flush = [&] {
        if (run.isEmpty() || x >= textRect.right())
            return;
        const int width = opt.fontMetrics.horizontalAdvance(run);
        const QRect box(x, y, width, lineHeight);
        if (hit) {
            painter->fillRect(box, hitBackground);
            painter->setPen(hitText);
        } else {
            painter->setPen(selected ? textColor : opt.palette.color(group, QPalette::PlaceholderText));
        }
        painter->drawText(box, Qt::AlignLeft | Qt::AlignVCenter, run);
        x += width;
        run.clear();
    };
    for (const QChar c : snippet) {
        if (c == QChar(0x02) || c == QChar(0x03)) {
            flush();
            hit = c == QChar(0x02);
        } else if (c == QLatin1Char('\n')) {
            run += QLatin1Char(' ');
        } else {
            run += c;
        }
    }
    flush();
    painter->restore();
}

QSize ArticleListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (m_showSnippets)
        size.setHeight(size.height() + option.fontMetrics.height());
    return size;
}

} // namespace galley
