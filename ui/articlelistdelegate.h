#pragma once

#include <QStyledItemDelegate>

namespace galley {

/// Paints the title column of the article list; during a search, a second line shows the
/// snippet around the first hit with the hit highlighted (from ArticleListModel's SnippetRole).
class ArticleListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setShowSnippets(bool show) { m_showSnippets = show; }
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    bool m_showSnippets = false;
};

} // namespace galley
