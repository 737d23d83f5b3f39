#include "articlelistdelegate.h"

#include "models/articlelistmodel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace galley {

namespace {

constexpr int MaxViewerBadges = 3;

} // namespace

QString ArticleListDelegate::initials(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return QStringLiteral("?");
    const auto first = [](const QString &word) { return word.left(word.at(0).isHighSurrogate() ? 2 : 1); };
    if (trimmed.at(0).script() == QChar::Script_Han)
        return first(trimmed); // 赵晓: 赵
    const QStringList words = trimmed.split(QLatin1Char(' '));
    QString letters = first(words.constFirst());
    if (words.size() > 1)
        letters += first(words.constLast());
    return letters.toUpper();
}

void ArticleListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int badges = index.column() == 0 ? paintBadges(painter, option, index, option.rect, true) : 0;
    if (badges == 0) {
        paintText(painter, option, index);
        return;
    }
    // The row's background across the whole cell, the title beside the badges.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    background.state &= ~QStyle::State_HasFocus;
    QStyle *style = background.widget ? background.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, background.widget);
    QStyleOptionViewItem text = option;
    text.rect.setRight(option.rect.right() - badges);
    paintText(painter, text, index);
    paintBadges(painter, option, index, option.rect, false);
}

int ArticleListDelegate::paintBadges(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, QRect rect, bool measureOnly) const
{
    const QString holder = index.data(ArticleListModel::LockHolderRole).toString();
    const QStringList viewers = index.data(ArticleListModel::ViewersRole).toStringList();
    if (holder.isEmpty() && viewers.isEmpty())
        return 0;
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetrics metrics(font);
    const int height = std::min(rect.height() - 2, metrics.height() + 4);
    const int gap = 3;
    const int top = rect.top() + (std::min(rect.height(), option.fontMetrics.height() + 6) - height) / 2;
    const QString lockText = holder.isEmpty() ? QString() : QStringLiteral("✎ ") + holder;
    const int lockWidth = holder.isEmpty() ? 0 : metrics.horizontalAdvance(lockText) + 10;
    const qsizetype shown = std::min<qsizetype>(viewers.size(), MaxViewerBadges);
    const QString more = viewers.size() > shown ? QStringLiteral("+%1").arg(viewers.size() - shown) : QString();
    const int moreWidth = more.isEmpty() ? 0 : metrics.horizontalAdvance(more) + gap;
    const int width = gap + (lockWidth ? lockWidth + gap : 0) + int(shown) * (height + gap) + moreWidth;
    if (measureOnly)
        return width;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(font);
    int x = rect.right() - width + gap;
    if (lockWidth) {
        // Warm, like a warning: someone else is editing it.
        const QRect pill(x, top, lockWidth, height);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xfb, 0xd9, 0xa5));
        painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter->setPen(QColor(0x5a, 0x32, 0x00));
        painter->drawText(pill, Qt::AlignCenter, lockText);
        x += lockWidth + gap;
    }
    // On a selected row the circles take the selection's text colour, so they stand out from it.
    const bool selected = option.state & QStyle::State_Selected;
    const QColor circleColor = selected ? option.palette.color(QPalette::HighlightedText) : QColor(0x5b, 0x7d, 0xb1);
    const QColor initialsColor = selected ? option.palette.color(QPalette::Highlight) : QColor(Qt::white);
    for (qsizetype i = 0; i < shown; ++i) {
        const QRect circle(x, top, height, height);
        painter->setPen(Qt::NoPen);
        painter->setBrush(circleColor);
        painter->drawEllipse(circle);
        painter->setPen(initialsColor);
        painter->drawText(circle, Qt::AlignCenter, initials(viewers.at(i)).left(2));
        x += height + gap;
    }
    if (!more.isEmpty()) {
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(QRect(x, top, moreWidth, height), Qt::AlignLeft | Qt::AlignVCenter, more);
    }
    painter->restore();
    return width;
}

void ArticleListDelegate::paintText(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
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
