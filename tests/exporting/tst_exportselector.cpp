#include "exporttestsupport.h"

#include "exporting/exportselector.h"

#include <QTest>

using namespace galley;
using namespace galley::test;

class TestExportSelector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void select()
    {
        TestNewsroom newsroom;
        Article draft;
        draft.title = QStringLiteral("草稿");
        draft.summary = QStringLiteral("编辑写的摘要");
        const qint64 first = newsroom.add(draft);
        Article approved;
        approved.title = QStringLiteral("待发");
        approved.status = WorkflowState::Approved;
        approved.bodyHtml = QStringLiteral("<h2>小标题</h2>\n<p>第一段，") + QString(3000, QChar(0x5B57)) + QStringLiteral("</p>");
        const qint64 second = newsroom.add(approved);
        Article trashed;
        trashed.title = QStringLiteral("已删");
        trashed.status = WorkflowState::Approved;
        const qint64 third = newsroom.add(trashed);
        {
            ArticleRepository repository(newsroom.database());
            QVERIFY(repository.moveToTrash(third));
        }
        const ExportSelector selector(newsroom.database());
        QString error;

        std::optional<QList<ArticleHeadline>> result = selector.select({{second, first, second}, std::nullopt, false}, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->size(), 2); // ascending, each once
        QCOMPARE(result->at(0).id, first);
        QCOMPARE(result->at(0).summary, QStringLiteral("编辑写的摘要"));
        QVERIFY(result->at(0).bodyStart.isEmpty()); // has a summary: the body is not read
        QCOMPARE(result->at(1).bodyStart.size(), ArticleCatalog::BodyStartLength);

        result = selector.select({{}, WorkflowState::Approved, false}, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->size(), 1); // the trashed one is left out
        QCOMPARE(result->constFirst().id, second);

        result = selector.select({{}, std::nullopt, true}, &error);
        QVERIFY(result);
        QCOMPARE(result->size(), 2);

        result = selector.select({{}, WorkflowState::Archived, false}, &error);
        QVERIFY(result);
        QVERIFY(result->isEmpty()); // nothing to export is not an error
    }

    void refusals_data()
    {
        QTest::addColumn<QList<qint64>>("ids");
        QTest::addColumn<bool>("all");
        QTest::addColumn<QString>("expected");
        QTest::newRow("robustness: nothing chosen") << QList<qint64>{} << false << QStringLiteral("Nothing to export");
        QTest::newRow("robustness: two ways at once") << QList<qint64>{1} << true << QStringLiteral("not several");
        QTest::newRow("robustness: unknown id") << QList<qint64>{1, 77} << false << QStringLiteral("77");
        QTest::newRow("robustness: id in the trash") << QList<qint64>{2} << false << QStringLiteral("trash");
    }
    void refusals()
    {
        QFETCH(QList<qint64>, ids);
        QFETCH(bool, all);
        QFETCH(QString, expected);
        TestNewsroom newsroom;
        Article article;
        article.title = QStringLiteral("一");
        QCOMPARE(newsroom.add(article), 1);
        QCOMPARE(newsroom.add(article), 2);
        {
            ArticleRepository repository(newsroom.database());
            QVERIFY(repository.moveToTrash(2));
        }
        QString error;
        QVERIFY(!ExportSelector(newsroom.database()).select({ids, std::nullopt, all}, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestExportSelector)
#include "tst_exportselector.moc"
