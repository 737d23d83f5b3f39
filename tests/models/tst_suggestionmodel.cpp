// The review panel's suggestion list: in text order, filtered, placed on the text being edited,
// accepted and rejected through the use cases.
#include "models/annotationmodel.h"
#include "models/suggestionmodel.h"
#include "storage/annotationrepository.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/newsroomactions.h"
#include "testnewsroom.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace galley;
using Filter = SuggestionModel::Filter;

namespace {

const QString Body = QStringLiteral("记者从内蒙古自治区纪委监委获悉,2024年全区共有448名干部因不适宜担任现职被调整。\n"
                                    "这些干部中,有的担当作为不够,有的工作能力不足,有的作风不实。\n"
                                    "下一步,将持续推动干部能上能下常态化。");

} // namespace

class SuggestionModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_newsrooms = std::make_unique<test::TestNewsrooms>();
        const QString location = m_newsrooms->create();
        QVERIFY2(!location.isEmpty(), qPrintable(m_newsrooms->errorString()));
        m_database = std::make_unique<Database>();
        QCOMPARE(m_database->open(location), Database::Status::Ok);
        m_article = Article {};
        m_article.title = QStringLiteral("448名干部被调整");
        m_article.bodyHtml = QStringLiteral("<p>") + Body.split(QLatin1Char('\n')).join(QStringLiteral("</p>\n<p>"))
            + QStringLiteral("</p>\n");
        ArticleRepository articles(*m_database);
        QVERIFY2(articles.create(m_article), qPrintable(articles.errorString()));
        QCOMPARE(m_article.bodyText, Body);

        m_model = std::make_unique<SuggestionModel>(*m_database);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setArticle(m_article.id, m_article.bodyText);
        // Made out of text order on purpose.
        m_last = suggest(SuggestionKind::Insert, QStringLiteral("持续"), QStringLiteral("坚定"));
        m_first = suggest(SuggestionKind::Replace, QStringLiteral(","), QStringLiteral("，"));
        m_middle = suggest(SuggestionKind::Delete, QStringLiteral("有的作风不实"));
        QVERIFY(m_first && m_middle && m_last);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_database.reset();
        m_newsrooms.reset();
    }

    void listsInTextOrderAndSaysWhatEachDoes()
    {
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->columnCount(), int(SuggestionModel::ColumnCount));
        QCOMPARE(idAt(0), m_first);
        QCOMPARE(idAt(1), m_middle);
        QCOMPARE(idAt(2), m_last);
        QCOMPARE(m_model->index(0, SuggestionModel::ChangeColumn).data().toString(), QStringLiteral("“,” → “，”"));
        QCOMPARE(m_model->index(1, SuggestionModel::ChangeColumn).data().toString(),
            QStringLiteral("Delete “有的作风不实”"));
        QCOMPARE(m_model->index(2, SuggestionModel::ChangeColumn).data().toString(),
            QStringLiteral("Insert “坚定” after “持续”"));
        QCOMPARE(m_model->index(0, SuggestionModel::AuthorColumn).data().toString(), QStringLiteral("李华"));
        QCOMPARE(m_model->index(0, SuggestionModel::StateColumn).data().toString(), QStringLiteral("Open"));
        const QModelIndex first = m_model->index(0, 0);
        QCOMPARE(first.data(SuggestionModel::KindRole).toString(), QStringLiteral("replace"));
        QCOMPARE(first.data(SuggestionModel::ProposedRole).toString(), QStringLiteral("，"));
        QCOMPARE(first.data(SuggestionModel::StartRole).toLongLong(), Body.indexOf(QLatin1Char(',')));
        QVERIFY(first.data(SuggestionModel::PendingRole).toBool());
        // Clicking a mark finds its suggestion: a range, or the point after an insertion's text.
        QCOMPARE(m_model->suggestionAt(Body.indexOf(QStringLiteral("作风"))), m_middle);
        QCOMPARE(m_model->suggestionAt(Body.indexOf(QStringLiteral("持续")) + 2), m_last);
        QCOMPARE(m_model->suggestionAt(0), 0);
    }

    void editedTextShowsWhatNoLongerFits()
    {
        QString edited = Body;
        edited.remove(QStringLiteral("有的作风不实。"));
        edited.prepend(QStringLiteral("本报讯 "));
        m_model->setBodyText(edited);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(idAt(2), m_middle); // orphans after the placed ones
        const QModelIndex orphan = m_model->indexOf(m_middle);
        QVERIFY(orphan.data(SuggestionModel::OrphanedRole).toBool());
        QCOMPARE(orphan.data(SuggestionModel::StateRole).toString(), QStringLiteral("orphaned"));
        QCOMPARE(orphan.data(SuggestionModel::QuoteRole).toString(), QStringLiteral("有的作风不实"));
        QCOMPARE(
            m_model->index(orphan.row(), SuggestionModel::StateColumn).data().toString(), QStringLiteral("Text gone"));
        QCOMPARE(
            m_model->indexOf(m_first).data(SuggestionModel::StartRole).toLongLong(), edited.indexOf(QLatin1Char(',')));
    }

    void repliesShowUnderTheSuggestionNotAsComments()
    {
        QCOMPARE(m_model->rowCount(m_model->indexOf(m_middle)), 0);
        const qint64 question = m_model->reply(m_middle, QStringLiteral("这句为什么删？"), QStringLiteral("陈思远"));
        QVERIFY2(question, qPrintable(m_model->errorString()));
        const qint64 answer = m_model->reply(m_middle, QStringLiteral("与上文重复。"), QStringLiteral("李华"));
        QVERIFY2(answer, qPrintable(m_model->errorString()));
        const QModelIndex row = m_model->indexOf(m_middle);
        QCOMPARE(m_model->rowCount(row), 2);
        const QModelIndex first = m_model->index(0, SuggestionModel::ChangeColumn, row);
        const QModelIndex second = m_model->index(1, SuggestionModel::ChangeColumn, row);
        QCOMPARE(first.data().toString(), QStringLiteral("这句为什么删？"));
        QCOMPARE(first.siblingAtColumn(SuggestionModel::AuthorColumn).data().toString(), QStringLiteral("陈思远"));
        QCOMPARE(second.data().toString(), QStringLiteral("与上文重复。"));
        QCOMPARE(second.data(SuggestionModel::AuthorRole).toString(), QStringLiteral("李华"));
        QVERIFY(second.data(SuggestionModel::IsReplyRole).toBool());
        QCOMPARE(second.data(SuggestionModel::ReplyIdRole).toLongLong(), answer);
        QCOMPARE(second.data(SuggestionModel::IdRole).toLongLong(), m_middle); // replying to it replies to the suggestion
        QVERIFY(!second.data(SuggestionModel::PendingRole).toBool()); // never accepted as a suggestion itself
        QCOMPARE(m_model->rowCount(m_model->indexOf(m_first)), 0); // the others have no discussion
        // The thread belongs to the suggestion: no open comment appears for the article.
        QCOMPARE(AnnotationRepository(*m_database).openThreadCount(m_article.id), 0);
        AnnotationModel comments(*m_database);
        comments.setArticle(m_article.id, m_article.bodyText);
        QCOMPARE(comments.rowCount(), 0);
        // Placed on edited text, the messages stay under their suggestion.
        QString edited = Body;
        edited.prepend(QStringLiteral("本报讯 "));
        const QPersistentModelIndex kept(second);
        m_model->setBodyText(edited);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data().toString(), QStringLiteral("与上文重复。"));
        QCOMPARE(kept.parent().data(SuggestionModel::IdRole).toLongLong(), m_middle);
        QCOMPARE(m_model->reply(9999, QStringLiteral("x"), QStringLiteral("李华")), 0);
        QVERIFY(m_model->errorString().contains(QStringLiteral("9999")));
    }

    void acceptAndRejectThroughTheModel()
    {
        QSignalSpy counts(m_model.get(), &SuggestionModel::countsChanged);
        const std::optional<Article> saved = m_model->accept({ m_first }, QStringLiteral("陈思远"));
        QVERIFY2(saved, qPrintable(m_model->errorString()));
        QVERIFY(saved->bodyText.startsWith(QStringLiteral("记者从内蒙古自治区纪委监委获悉，2024年")));
        QVERIFY(m_model->reject({ m_middle }, QStringLiteral("陈思远")));
        QCOMPARE(counts.size(), 2);
        QCOMPARE(m_model->count(Filter::Pending), 1);
        QCOMPARE(m_model->count(Filter::Decided), 2);
        QCOMPARE(m_model->count(Filter::All), 3);
        QCOMPARE(idAt(0), m_last); // the pending one first
        QCOMPARE(m_model->indexOf(m_first).siblingAtColumn(SuggestionModel::StateColumn).data().toString(),
            QStringLiteral("Accepted by 陈思远"));
        QCOMPARE(m_model->indexOf(m_middle).data(SuggestionModel::StateRole).toString(), QStringLiteral("rejected"));

        m_model->setFilter(Filter::Pending);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(idAt(0), m_last);
        QVERIFY(!m_model->indexOf(m_first).isValid());
        m_model->setFilter(Filter::Decided);
        QCOMPARE(m_model->rowCount(), 2);

        // Deciding again says why and changes nothing.
        QVERIFY(!m_model->reject({ m_first }, QStringLiteral("陈思远")));
        QVERIFY2(
            m_model->errorString().contains(QStringLiteral("already accepted")), qPrintable(m_model->errorString()));
        QCOMPARE(m_model->count(Filter::Decided), 2);
    }

    // What "Accept Suggestions in Selection" decides: the pending suggestions whose anchor
    // overlaps the range (an insertion's is the text it follows), whatever the filter.
    void pendingOverlappingARange_data()
    {
        QTest::addColumn<QString>("from"); // the range starts at this text's start
        QTest::addColumn<QString>("to"); // ... and ends at this text's end
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nominal: the comma through the deleted sentence")
            << QStringLiteral("获悉,") << QStringLiteral("作风不实") << QStringList { "first", "middle" };
        QTest::newRow("nominal: the word an insertion follows")
            << QStringLiteral("持续") << QStringLiteral("持续") << QStringList { "last" };
        QTest::newRow("nominal: the whole text") << QStringLiteral("记者") << QStringLiteral("常态化。")
                                                 << QStringList { "first", "middle", "last" };
        QTest::newRow("edge: one character of the deleted sentence")
            << QStringLiteral("实。") << QStringLiteral("实") << QStringList { "middle" };
        QTest::newRow("edge: ending just before the comma") << QStringLiteral("记者") << QStringLiteral("获悉")
                                                            << QStringList {};
        QTest::newRow("edge: starting just after the comma")
            << QStringLiteral("2024") << QStringLiteral("现职") << QStringList {};
        QTest::newRow("edge: starting where the insertion goes")
            << QStringLiteral("推动") << QStringLiteral("常态化") << QStringList {};
    }

    void pendingOverlappingARange()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, expected);
        const QHash<QString, qint64> ids { { "first", m_first }, { "middle", m_middle }, { "last", m_last } };
        QList<qint64> wanted;
        for (const QString &name : expected)
            wanted.append(ids.value(name));
        const qint64 start = Body.indexOf(from);
        const qint64 end = Body.indexOf(to, start) + to.size();
        QCOMPARE(m_model->pendingOverlapping(start, end), wanted);
        m_model->setFilter(Filter::Decided); // the panel's filter does not matter
        QCOMPARE(m_model->pendingOverlapping(start, end), wanted);
        QCOMPARE(m_model->pendingOverlapping(start, start), QList<qint64> {});
    }

    void pendingOverlappingSkipsDecidedAndOrphanedTakesTheGesture()
    {
        QVERIFY(m_model->reject({ m_first }, QStringLiteral("陈思远")));
        QCOMPARE(m_model->pendingOverlapping(0, Body.size()), (QList<qint64> { m_middle, m_last }));
        QString edited = Body;
        edited.remove(QStringLiteral("有的作风不实。"));
        m_model->setBodyText(edited);
        QCOMPARE(m_model->pendingOverlapping(0, edited.size()), QList<qint64> { m_last });

        // One gesture over two places: either place brings the other along.
        m_model->setBodyText(Body);
        QList<Suggestion> gesture(2);
        for (qsizetype i = 0; i < 2; ++i) {
            const QString quote = i == 0 ? QStringLiteral("有的担当") : QStringLiteral("能上能下");
            const qint64 at = Body.indexOf(quote);
            gesture[i].kind = SuggestionKind::Format;
            gesture[i].author = QStringLiteral("李华");
            gesture[i].formatAfter = QStringLiteral("strong");
            gesture[i].anchor = Anchoring::create(Body, at, at + quote.size());
        }
        QVERIFY(NewsroomActions::suggest(*m_database, *ArticleRepository(*m_database).load(m_article.id), gesture).ok);
        m_model->refresh();
        const qint64 at = Body.indexOf(QStringLiteral("担当"));
        QCOMPARE(m_model->pendingOverlapping(at, at + 2), (QList<qint64> { gesture[0].id, gesture[1].id }));
    }

private:
    qint64 suggest(SuggestionKind kind, const QString &quote, const QString &proposed = {})
    {
        const std::optional<Article> article = ArticleRepository(*m_database).load(m_article.id);
        const qint64 at = article->bodyText.indexOf(quote);
        const qint64 id = m_model->suggest(*article, kind, at, at + quote.size(), proposed, QStringLiteral("李华"));
        if (id == 0)
            qWarning() << m_model->errorString();
        return id;
    }

    qint64 idAt(int row) const { return m_model->index(row, 0).data(SuggestionModel::IdRole).toLongLong(); }

    std::unique_ptr<test::TestNewsrooms> m_newsrooms;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SuggestionModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Article m_article;
    qint64 m_first = 0;
    qint64 m_middle = 0;
    qint64 m_last = 0;
};

QTEST_GUILESS_MAIN(SuggestionModelTest)
#include "tst_suggestionmodel.moc"
