#pragma once

#include <QStyledItemDelegate>

namespace galley {

/// Paints the title column of the article list; during a search, a second line shows the
/// snippet around the first hit with the hit highlighted (from ArticleListModel's SnippetRole).
/// On a team newsroom the right end of the title shows who else works on the article: the
/// editing lock's holder ("✎ 赵晓") and the initials of those who have it open (LockHolderRole,
/// ViewersRole; the tooltip names them in full).
class ArticleListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setShowSnippets(bool show) { m_showSnippets = show; }
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The initials shown for \a name: a Chinese name's family name (its first character),
    /// otherwise the first letters of the first and the last word ("Anna Berg": AB).
    [[nodiscard]] static QString initials(const QString &name);

private:
    void paintText(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    /// Paints the badges right-aligned in \a rect; returns the width they take.
    int paintBadges(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, QRect rect,
        bool measureOnly) const;

    bool m_showSnippets = false;
};

} // namespace galley
