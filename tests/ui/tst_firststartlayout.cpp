// The main window on a 1366×768 and on a 1440×900 screen, as a new user first sees it and as it
// comes back the next time: it fits the screen, the editor has the most room, the review panels
// wait in tabs whose titles read whole, every field of a realistic article shows its whole value,
// and every column the list shows shows its values whole (only titles are cut short), in
// English and in Chinese.
#include "editortestsupport.h"

#include "articlelistdock.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "review/annotationpanel.h"
#include "review/copydeskpanel.h"
#include "review/historypanel.h"
#include "review/reviewpanel.h"
#include "storage/revisionrepository.h"
#include "storage/workflowrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

using namespace galley;
using namespace galley::test;

namespace {

/// The width a line edit draws its text in (as QLineEdit::paintEvent computes it).
int textAreaWidth(const QLineEdit *edit)
{
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.rect = edit->contentsRect();
    option.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
    option.midLineWidth = 0;
    option.state |= QStyle::State_Sunken;
    option.features = QStyleOptionFrame::None;
    const QRect contents = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
    const QMargins margins = edit->textMargins();
    return contents.width() - margins.left() - margins.right() - 2 * 2; // QLineEdit's inner margin
}

/// What a user sees of the layout: where the window and each panel are, what is tabbed.
struct Layout {
    QRect window;
    QList<QRect> docks;
    QList<bool> docksVisible;
    QList<int> splitter;

    bool operator==(const Layout &) const = default;
};

QString describe(const Layout &layout)
{
    QStringList parts { QStringLiteral("window %1,%2 %3×%4")
                            .arg(layout.window.x())
                            .arg(layout.window.y())
                            .arg(layout.window.width())
                            .arg(layout.window.height()) };
    for (qsizetype i = 0; i < layout.docks.size(); ++i) {
        const QRect &r = layout.docks.at(i);
        parts.append(QStringLiteral("dock %1: %2,%3 %4×%5 %6")
                         .arg(i)
                         .arg(r.x())
                         .arg(r.y())
                         .arg(r.width())
                         .arg(r.height())
                         .arg(layout.docksVisible.at(i) ? QStringLiteral("shown") : QStringLiteral("hidden")));
    }
    QStringList sizes;
    for (int size : layout.splitter)
        sizes.append(QString::number(size));
    parts.append(QStringLiteral("editor|preview %1").arg(sizes.join(QLatin1Char('|'))));
    return parts.join(QStringLiteral("; "));
}

/// The screen this run lays the window out on: GALLEY_TEST_SCREEN ("1440x900"), or 1366×768.
QSize testScreenSize()
{
    const QStringList size = qEnvironmentVariable("GALLEY_TEST_SCREEN", QStringLiteral("1366x768")).split(QLatin1Char('x'));
    return size.size() == 2 ? QSize(size.at(0).toInt(), size.at(1).toInt()) : QSize();
}

/// The width \a view's delegate asks for to show \a index whole (text, state dot, margins).
int neededWidth(const QTreeView *view, const QModelIndex &index)
{
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.font = view->font();
    option.fontMetrics = view->fontMetrics();
    const int icon = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
    option.decorationSize = QSize(icon, icon);
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    option.decorationAlignment = Qt::AlignCenter;
    option.decorationPosition = QStyleOptionViewItem::Left;
    option.showDecorationSelected = true;
    return view->itemDelegateForIndex(index)->sizeHint(option, index).width();
}

/// The tab bar the docks tabbed with \a dock share.
QTabBar *dockTabBar(const MainWindow &window, const QDockWidget *dock)
{
    for (QTabBar *bar : window.findChildren<QTabBar *>()) {
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->tabText(i) == dock->windowTitle())
                return bar;
        }
    }
    return nullptr;
}

QSplitter *editorSplitter(const MainWindow &window)
{
    return window.findChild<QSplitter *>(QStringLiteral("editorSplitter"));
}

Layout layoutOf(const MainWindow &window)
{
    Layout layout;
    layout.window = window.geometry();
    for (QDockWidget *dock :
        { static_cast<QDockWidget *>(window.articleList()), static_cast<QDockWidget *>(window.reviewPanel()),
            static_cast<QDockWidget *>(window.historyPanel()) }) {
        layout.docks.append(dock->geometry());
        layout.docksVisible.append(dock->isVisible() && !dock->visibleRegion().isEmpty());
    }
    layout.splitter = editorSplitter(window)->sizes();
    return layout;
}

} // namespace

class TestFirstStartLayout : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Newsroom> m_newsroom;
    std::unique_ptr<QTranslator> m_translator;
    qint64 m_articleId = 0;

    void useLanguage(const QString &language)
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
        if (language == QLatin1String("en"))
            return;
        // The catalogue the build made for the galley executable, beside its bin/ folder.
        const QString catalogue = QFileInfo(QStringLiteral(GALLEY_BINARY))
                                      .dir()
                                      .filePath(QStringLiteral("../translations/galley_%1.qm").arg(language));
        m_translator = std::make_unique<QTranslator>();
        QVERIFY2(m_translator->load(catalogue), qPrintable(catalogue));
        QCoreApplication::installTranslator(m_translator.get());
    }

private Q_SLOTS:
    void initTestCase() { QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), testScreenSize()); }

    /// An article as a desk has them: an English or Chinese title, a byline, a state.
    void addListed(const QString &title, const QString &byline, const QList<WorkflowState> &moves)
    {
        const qint64 id = m_newsroom->addArticle(title, QStringLiteral("<p>%1</p>").arg(title));
        Article article = m_newsroom->load(id);
        article.byline = byline;
        article.desk = QStringLiteral("Metro");
        QCOMPARE(ArticleRepository(m_newsroom->database).save(article), ArticleRepository::SaveResult::Saved);
        WorkflowRepository workflow(m_newsroom->database);
        for (WorkflowState to : moves)
            QCOMPARE(workflow.transition(article, to, Role::Chief, QStringLiteral("陈主编")), WorkflowRepository::Result::Done);
    }

    void init()
    {
        QSettings().clear(); // a first start: no layout kept
        m_newsroom = std::make_unique<Newsroom>();
        m_articleId = m_newsroom->addArticle(QStringLiteral("跨境电商带动“江澜造”出海 小家电企业订单排到三季度"),
            QStringLiteral("<p>在位于江澜综合保税区的一家小家电企业，生产线上的工人正在赶制一批订单。</p>"));
        Article article = m_newsroom->load(m_articleId);
        article.subtitle = QStringLiteral("前5个月全市跨境电商进出口额达56.3亿元");
        article.byline = QStringLiteral("陈思远");
        article.source = QStringLiteral("本报讯");
        article.editor = QStringLiteral("王小明");
        article.desk = QStringLiteral("经济");
        article.tags = QStringList { QStringLiteral("三农"), QStringLiteral("牧区"), QStringLiteral("春耕") };
        ArticleRepository repository(m_newsroom->database);
        QCOMPARE(repository.save(article), ArticleRepository::SaveResult::Saved);

        using S = WorkflowState;
        addListed(QStringLiteral("Chipmaker Picks Riverside Site for Its Second Plant"), QStringLiteral("Harriet Okonkwo"),
            { S::InReview });
        addListed(QStringLiteral("Flood Relief Reaches Cut-Off Villages"), QStringLiteral("Daniel Fitzgerald"),
            { S::InReview, S::ChangesRequested });
        addListed(QStringLiteral("Why Your Morning Coffee Is About to Cost More"), QStringLiteral("Tomás Riverside"),
            { S::InReview, S::Approved });
        addListed(QStringLiteral("老城更新“绣花”府前街片区百年老宅焕新"), QStringLiteral("欧阳明月"),
            { S::InReview, S::Approved, S::Published });
        addListed(QStringLiteral("高温橙色预警持续 请市民做好防暑降温"), QStringLiteral("张晓"),
            { S::InReview, S::Approved, S::Published, S::Archived });
    }

    void cleanup()
    {
        m_newsroom.reset();
        useLanguage(QStringLiteral("en"));
        QSettings().clear();
    }

    void firstStartFitsTheScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nominal: English") << QStringLiteral("en");
        QTest::newRow("nominal: Chinese") << QStringLiteral("zh_CN");
    }

    void firstStartFitsTheScreen()
    {
        QFETCH(QString, language);
        useLanguage(language);
        MainWindow window(m_newsroom->database);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openArticle(m_articleId));
        QTest::qWait(50);

        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(available.contains(window.frameGeometry()),
            qPrintable(QStringLiteral("window %1×%2 at %3,%4 on a %5×%6 screen")
                           .arg(window.frameGeometry().width())
                           .arg(window.frameGeometry().height())
                           .arg(window.frameGeometry().x())
                           .arg(window.frameGeometry().y())
                           .arg(available.width())
                           .arg(available.height())));
        QVERIFY2(window.minimumSizeHint().width() <= available.width(),
            qPrintable(QString::number(window.minimumSizeHint().width())));

        // The editor (the fields and the text, not the preview) has the most room; on a laptop's
        // screen, where the review panels are tabs behind the list, at least 45% of the window.
        QWidget *editor = editorSplitter(window)->widget(0);
        const bool narrow = available.width() < MainWindow::NarrowScreenWidth;
        QVERIFY2(!narrow || editor->width() * 100 >= window.width() * 45,
            qPrintable(QStringLiteral("the editor is %1 of %2 pixels").arg(editor->width()).arg(window.width())));
        QVERIFY(editor->width() > window.articleList()->width());
        QVERIFY(editor->width() > editorSplitter(window)->widget(1)->width());

        if (narrow) {
            // The review panels start as tabs, behind the article list.
            const QList<QDockWidget *> tabbed = window.tabifiedDockWidgets(window.articleList());
            QVERIFY(tabbed.contains(window.reviewPanel()));
            QVERIFY(tabbed.contains(window.historyPanel()));
        } else {
            // Beside the editor: the review panel above, the history and the copy desk as tabs below.
            QVERIFY(window.tabifiedDockWidgets(window.articleList()).isEmpty());
            QVERIFY(window.tabifiedDockWidgets(window.historyPanel()).contains(window.copyDeskPanel()));
            QVERIFY(!window.reviewPanel()->visibleRegion().isEmpty());
            QVERIFY(window.reviewPanel()->geometry().bottom() < window.historyPanel()->geometry().top());
            QVERIFY(window.reviewPanel()->x() > window.editorArea()->geometry().right());
        }
        QVERIFY(!window.articleList()->visibleRegion().isEmpty());

        const QStringList fields { QStringLiteral("titleField"), QStringLiteral("subtitleField"),
            QStringLiteral("bylineField"), QStringLiteral("sourceField"), QStringLiteral("editorField"),
            QStringLiteral("deskField"), QStringLiteral("tagsField") };
        ArticleFieldsForm *form = window.editorArea()->findChild<ArticleFieldsForm *>();
        QVERIFY(form);
        QCOMPARE(form->field(QStringLiteral("bylineField"))->text(), QStringLiteral("陈思远"));
        for (const QString &name : fields) {
            QLineEdit *edit = form->field(name);
            QVERIFY2(edit && edit->isVisible() && !edit->text().isEmpty(), qPrintable(name));
            QVERIFY2(
                QRect(edit->mapTo(&window, QPoint(0, 0)), edit->size()).right() < window.width(), qPrintable(name));
            const int needed = edit->fontMetrics().horizontalAdvance(edit->text());
            QVERIFY2(needed <= textAreaWidth(edit),
                qPrintable(QStringLiteral("%1 “%2” needs %3 pixels and has %4")
                               .arg(name, edit->text())
                               .arg(needed)
                               .arg(textAreaWidth(edit))));
        }

        // The list: every column it shows shows its header and values whole; only the title,
        // which takes what is left, is cut short; nothing needs a horizontal scroll bar.
        QTreeView *list = window.articleList()->view();
        QHeaderView *header = list->header();
        QAbstractItemModel *model = list->model();
        QCOMPARE(model->rowCount(), 6);
        QVERIFY2(!list->horizontalScrollBar()->isVisible(),
            qPrintable(QStringLiteral("the columns are %1 pixels wide in a list of %2")
                           .arg(header->length())
                           .arg(list->viewport()->width())));
        QVERIFY(!header->isSectionHidden(ArticleListModel::TitleColumn));
        QVERIFY(!header->isSectionHidden(ArticleListModel::StatusColumn));
        QVERIFY(!header->isSectionHidden(ArticleListModel::BylineColumn));
        const int em = list->fontMetrics().horizontalAdvance(QLatin1Char('M'));
        QVERIFY2(header->sectionSize(ArticleListModel::TitleColumn) >= ArticleListDock::MinimumTitleEms * em,
            qPrintable(QString::number(header->sectionSize(ArticleListModel::TitleColumn))));
        for (int column = ArticleListModel::StatusColumn; column < model->columnCount(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            const QString name = model->headerData(column, Qt::Horizontal).toString();
            const int width = header->sectionSize(column);
            QVERIFY2(width >= header->sectionSizeHint(column),
                qPrintable(QStringLiteral("the header “%1” needs %2 pixels and has %3")
                               .arg(name)
                               .arg(header->sectionSizeHint(column))
                               .arg(width)));
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, column);
                QVERIFY2(neededWidth(list, index) <= width,
                    qPrintable(QStringLiteral("%1 “%2” needs %3 pixels and has %4")
                                   .arg(name, index.data().toString())
                                   .arg(neededWidth(list, index))
                                   .arg(width)));
            }
        }

        // The dock tabs read whole: under the list on a narrow screen, under the history on a wide one.
        QTabBar *tabs = narrow ? dockTabBar(window, window.articleList()) : dockTabBar(window, window.historyPanel());
        QVERIFY(tabs);
        // Narrow: list, review (comments and suggestions), history, copy desk; wide: history, copy desk.
        QCOMPARE(tabs->count(), narrow ? 4 : 2);
        for (int i = 0; i < tabs->count(); ++i) {
            // As QTabBar measures a tab: its text and the style's space around it.
            const int needed = tabs->fontMetrics().size(Qt::TextShowMnemonic, tabs->tabText(i)).width()
                + tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabs);
            QVERIFY2(tabs->tabRect(i).width() >= needed,
                qPrintable(QStringLiteral("the tab “%1” needs %2 pixels and has %3")
                               .arg(tabs->tabText(i))
                               .arg(needed)
                               .arg(tabs->tabRect(i).width())));
        }
    }

    void reviewPanelsReadWhole_data() { firstStartFitsTheScreen_data(); }

    /// The history's tabs and the copy desk's spelling choice and button are whole where the
    /// first start puts them: the tabs need no scroll arrows, nothing runs past the panel's edge.
    void reviewPanelsReadWhole()
    {
        QFETCH(QString, language);
        useLanguage(language);
        QCOMPARE(RevisionRepository(m_newsroom->database)
                     .record(m_newsroom->load(m_articleId), RevisionKind::Save, QStringLiteral("陈思远"), QStringLiteral("")),
            1);
        MainWindow window(m_newsroom->database);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openArticle(m_articleId));
        QTest::qWait(50);
        const auto whole = [](QWidget *widget, QWidget *dock) {
            const QRect inDock(widget->mapTo(dock, QPoint(0, 0)), widget->size());
            return widget->isVisible() && widget->width() >= widget->sizeHint().width()
                && dock->rect().contains(inDock);
        };

        window.historyPanel()->show();
        window.historyPanel()->raise();
        QTest::qWait(50);
        auto *diffTabs = window.historyPanel()->findChild<QTabWidget *>();
        QVERIFY(diffTabs);
        QTabBar *bar = diffTabs->tabBar();
        for (QToolButton *arrow : bar->findChildren<QToolButton *>())
            QVERIFY2(!arrow->isVisible(), "the history's tabs need scroll arrows");
        for (int i = 0; i < bar->count(); ++i)
            QVERIFY2(bar->rect().contains(bar->tabRect(i)), qPrintable(bar->tabText(i)));
        // The revisions' columns, the note ("Saved") included, read whole.
        auto *revisionView = window.historyPanel()->findChild<QTableView *>(QStringLiteral("revisionView"));
        QVERIFY(revisionView);
        QAbstractItemView *revisions = revisionView; // sizeHintForColumn() is public here
        QHeaderView *revisionHeader = revisionView->horizontalHeader();
        QTRY_VERIFY(revisions->model()->rowCount() > 0);
        for (int column = 0; column < revisions->model()->columnCount(); ++column) {
            const QString name = revisions->model()->headerData(column, Qt::Horizontal).toString();
            const int width = revisionHeader->sectionSize(column);
            QVERIFY2(width >= revisions->sizeHintForColumn(column) && width >= revisionHeader->sectionSizeHint(column),
                qPrintable(QStringLiteral("the column “%1” needs %2 pixels and has %3")
                               .arg(name)
                               .arg(std::max(revisions->sizeHintForColumn(column), revisionHeader->sectionSizeHint(column)))
                               .arg(width)));
        }
        QVERIFY(!revisions->horizontalScrollBar()->isVisible());

        window.copyDeskPanel()->show();
        window.copyDeskPanel()->raise();
        QTest::qWait(300); // the panel reads the findings when it shows
        auto *spelling = window.copyDeskPanel()->findChild<QComboBox *>(QStringLiteral("copyDeskLanguage"));
        auto *fixAll = window.copyDeskPanel()->findChild<QPushButton *>(QStringLiteral("copyDeskFixAll"));
        QVERIFY(spelling && fixAll);
        QVERIFY(!spelling->currentText().isEmpty());
        QVERIFY2(whole(spelling, window.copyDeskPanel()),
            qPrintable(QStringLiteral("“%1” is %2 pixels of %3, at %4 in a panel %5 wide")
                           .arg(spelling->currentText())
                           .arg(spelling->width())
                           .arg(spelling->sizeHint().width())
                           .arg(spelling->mapTo(window.copyDeskPanel(), QPoint(0, 0)).x())
                           .arg(window.copyDeskPanel()->width())));
        QVERIFY2(whole(fixAll, window.copyDeskPanel()),
            qPrintable(QStringLiteral("“%1” is %2 pixels of %3, at %4 in a panel %5 wide")
                           .arg(fixAll->text())
                           .arg(fixAll->width())
                           .arg(fixAll->sizeHint().width())
                           .arg(fixAll->mapTo(window.copyDeskPanel(), QPoint(0, 0)).x())
                           .arg(window.copyDeskPanel()->width())));
    }

    void layoutIsRestoredExactly()
    {
        Layout first;
        {
            MainWindow window(m_newsroom->database);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTest::qWait(50);
            first = layoutOf(window);
            QVERIFY(window.close());
        }
        MainWindow window(m_newsroom->database);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50);
        const Layout second = layoutOf(window);
        QVERIFY2(first == second, qPrintable(describe(first) + QStringLiteral("\n  then ") + describe(second)));
    }
};

int main(int argc, char *argv[])
{
    // A 1366×768 screen, then (in more runs of this program) a 1440×900 and a 1920×1080 one: offscreen windows
    // get the screen a configuration file describes, read once when the application starts.
    int otherScreen = 0;
    if (!qEnvironmentVariableIsSet("GALLEY_TEST_SCREEN")) {
        QStringList arguments;
        for (int i = 1; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        for (const char *size : {"1440x900", "1920x1080"}) {
            QProcess run;
            run.setProcessChannelMode(QProcess::ForwardedChannels);
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("GALLEY_TEST_SCREEN"), QString::fromLatin1(size));
            run.setProcessEnvironment(environment);
            run.start(QString::fromLocal8Bit(argv[0]), arguments);
            if (!run.waitForFinished(-1) || run.exitStatus() != QProcess::NormalExit || run.exitCode() != 0) {
                otherScreen = 1;
                fprintf(stderr, "FAIL: the run on a %s screen above failed\n", size);
            }
        }
    }
    const QSize screen = testScreenSize();
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(QStringLiteral(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": %1, "height": %2, "logicalDpi": 96}]})")
                   .arg(screen.width())
                   .arg(screen.height())
                   .toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    galley::test::prepareApplication();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GalleyTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestFirstStartLayout"));
    TestFirstStartLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    const int result = QTest::qExec(&test, argc, argv);
    return result != 0 ? result : otherScreen;
}

#include "tst_firststartlayout.moc"
