// The article list's Status column: the state's name with the open review threads and open
// suggestions counted after it, read once per article and forgotten when the list reloads.
#include "review/workflowstyle.h"

#include <QImage>
#include <QPainter>
#include <QProxyStyle>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTest>

using namespace galley;

namespace {

constexpr int StateRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;

/// Remembers the text of the last item view row it was asked to draw.
class RecordingStyle final : public QProxyStyle
{
public:
    mutable QString text;
    void drawControl(
        ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override
    {
        if (element == CE_ItemViewItem) {
            if (const auto *item = qstyleoption_cast<const QStyleOptionViewItem *>(option))
                text = item->text;
        }
        QProxyStyle::drawControl(element, option, painter, widget);
    }
};

} // namespace

class WorkflowStyleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusNamesOpenThreadsAndSuggestions_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("suggestions");
        QTest::addColumn<QString>("shown");
        QTest::newRow("nominal: nothing open") << 0 << 0 << QStringLiteral("In review");
        QTest::newRow("nominal: comments only") << 2 << 0 << QStringLiteral("In review (2)");
        QTest::newRow("nominal: suggestions only") << 0 << 3 << QStringLiteral("In review (3 suggestion(s))");
        QTest::newRow("nominal: both") << 2 << 1 << QStringLiteral("In review (2, 1 suggestion(s))");
    }

    void statusNamesOpenThreadsAndSuggestions()
    {
        QFETCH(int, threads);
        QFETCH(int, suggestions);
        QFETCH(QString, shown);
        QStandardItemModel model;
        auto *item = new QStandardItem(QStringLiteral("In review"));
        item->setData(int(WorkflowState::InReview), StateRole);
        item->setData(qint64(7), IdRole);
        model.appendRow(item);
        QTableView view;
        RecordingStyle style;
        view.setStyle(&style);
        view.setModel(&model);
        WorkflowStateDelegate delegate(StateRole);
        int threadReads = 0;
        int suggestionReads = 0;
        delegate.setOpenThreadCounts(IdRole, [&](qint64 id) {
            ++threadReads;
            return id == 7 ? threads : 0;
        });
        delegate.setOpenSuggestionCounts([&](qint64 id) {
            ++suggestionReads;
            return id == 7 ? suggestions : 0;
        });
        QCOMPARE(paint(delegate, view, model.index(0, 0), style), shown);
        // Cached: painting again does not ask the newsroom again, until the list reloads.
        QCOMPARE(paint(delegate, view, model.index(0, 0), style), shown);
        QCOMPARE(threadReads, 1);
        QCOMPARE(suggestionReads, 1);
        delegate.invalidateCounts();
        QCOMPARE(paint(delegate, view, model.index(0, 0), style), shown);
        QCOMPARE(suggestionReads, 2);
        // A panel that knows better sets the count directly.
        delegate.setOpenSuggestionCount(7, 0);
        delegate.setOpenThreadCount(7, 0);
        QCOMPARE(paint(delegate, view, model.index(0, 0), style), QStringLiteral("In review"));
    }

private:
    static QString paint(
        WorkflowStateDelegate &delegate, QTableView &view, const QModelIndex &index, const RecordingStyle &style)
    {
        QImage image(200, 30, QImage::Format_ARGB32);
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.widget = &view;
        option.rect = QRect(0, 0, 200, 30);
        style.text.clear();
        delegate.paint(&painter, option, index);
        return style.text;
    }
};

QTEST_MAIN(WorkflowStyleTest)
#include "tst_workflowstyle.moc"
