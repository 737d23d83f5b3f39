#include "workflowstyle.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace galley {

QColor WorkflowStyle::color(WorkflowState state)
{
    switch (state) {
    case WorkflowState::Draft: return QColor(0x8a, 0x8f, 0x98);            // grey: nobody waits on it
    case WorkflowState::InReview: return QColor(0x2f, 0x80, 0xed);         // blue: with the reviewer
    case WorkflowState::ChangesRequested: return QColor(0xe6, 0x7e, 0x22); // orange: back to the editor
    case WorkflowState::Approved: return QColor(0x27, 0xae, 0x60);         // green: ready to run
    case WorkflowState::Published: return QColor(0x8e, 0x44, 0xad);        // purple: out
    case WorkflowState::Archived: return QColor(0x5d, 0x4e, 0x37);         // brown: shelved
    }
    return Qt::gray;
}

QIcon WorkflowStyle::icon(WorkflowState state)
{
    static QHash<int, QIcon> cache;
    const auto found = cache.constFind(int(state));
    if (found != cache.cend())
        return *found;
    QIcon icon;
    for (const int size : {12, 16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(255, 255, 255, 170), size / 12.0));
        painter.setBrush(color(state));
        const qreal margin = size / 6.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(int(state), icon);
    return icon;
}

WorkflowStateDelegate::WorkflowStateDelegate(int stateRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_stateRole(stateRole)
{
}

void WorkflowStateDelegate::setOpenThreadCounts(int idRole, CountSource source)
{
    m_idRole = idRole;
    m_countSource = std::move(source);
    m_counts.clear();
}

void WorkflowStateDelegate::setOpenSuggestionCounts(CountSource source)
{
    m_suggestionSource = std::move(source);
    m_suggestionCounts.clear();
}

void WorkflowStateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant state = index.data(m_stateRole);
    if (!state.isValid())
        return;
    const auto value = WorkflowState(state.toInt());
    option->icon = WorkflowStyle::icon(value);
    option->features |= QStyleOptionViewItem::HasDecoration;
    if (option->decorationSize.width() > 16)
        option->decorationSize = QSize(16, 16);
    if (!m_countSource)
        return;
    const qint64 id = index.data(m_idRole).toLongLong();
    const auto cached = [id](QHash<qint64, int> &counts, const CountSource &source) {
        if (!source)
            return 0;
        auto found = counts.constFind(id);
        if (found == counts.cend())
            found = counts.insert(id, source(id));
        return *found;
    };
    const int threads = cached(m_counts, m_countSource);
    const int suggestions = cached(m_suggestionCounts, m_suggestionSource);
    if (threads > 0 && suggestions > 0) {
        option->text = tr("%1 (%2, %n suggestion(s))", "state, open review threads, open suggestions", suggestions)
                           .arg(option->text)
                           .arg(threads);
    } else if (suggestions > 0) {
        option->text = tr("%1 (%n suggestion(s))", "state, open suggestions", suggestions).arg(option->text);
    } else if (threads > 0) {
        option->text = tr("%1 (%2)", "state, open review threads").arg(option->text).arg(threads);
    }
}

} // namespace galley
