// NewsroomCopy between every pair of engines, on a real PostgreSQL server (GALLEY_TEST_PG_URI;
// tools/test.sh starts one): what arrives is compared with the source through the repositories
// (not through the copy's own checksum), the search indexes are checked, the destination is
// left untouched by a failure or a mismatch, and --merge maps every reference. Fails, never
// skips, without a server.
//
// copyThroughput measures file -> server on GALLEY_COPY_BENCH_ARTICLES articles of ~3,000
// characters (a few hundred by default, so that it stays a smoke test in the suite).

#include "storage/articlejson.h"
#include "model/workflow.h"
#include "storage/annotationrepository.h"
#include "storage/articlerepository.h"
#include "storage/articlesearch.h"
#include "storage/assetrepository.h"
#include "storage/database.h"
#include "storage/newsroomcopy.h"
#include "storage/suggestionrepository.h"
#include "storage/copydeskrepository.h"
#include "storage/postgres/postgresconnection.h"
#include "storage/searchindex.h"
#include "storage/revisionrepository.h"
#include "storage/sqlite/bulkloader.h"
#include "storage/workflowrepository.h"

#include "searchindexcheck.h"
#include "testnewsroom.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace galley;
using galley::test::runAsAdmin;

namespace {

const QStringList ChineseWords { QStringLiteral("内蒙古"), QStringLiteral("干部"), QStringLiteral("基层"),
    QStringLiteral("减负"), QStringLiteral("草原"), QStringLiteral("生态"), QStringLiteral("新能源"),
    QStringLiteral("风电"), QStringLiteral("牧民"), QStringLiteral("收入"), QStringLiteral("增长"),
    QStringLiteral("改革"), QStringLiteral("呼和浩特"), QStringLiteral("鄂尔多斯"), QStringLiteral("记者"),
    QStringLiteral("了解到"), QStringLiteral("数据显示"), QStringLiteral("高质量"), QStringLiteral("发展") };
const QStringList EnglishWords { QStringLiteral("council"), QStringLiteral("budget"), QStringLiteral("wind"),
    QStringLiteral("farms"), QStringLiteral("herders"), QStringLiteral("income"), QStringLiteral("rose"),
    QStringLiteral("percent"), QStringLiteral("railway"), QStringLiteral("officials"), QStringLiteral("said") };

/// A canonical-HTML body of about \a characters characters.
QString body(QRandomGenerator &random, int characters, bool chinese)
{
    QString html;
    qsizetype length = 0;
    while (length < characters) {
        QString paragraph;
        while (paragraph.size() < 200) {
            const QStringList &words = chinese ? ChineseWords : EnglishWords;
            paragraph += words.at(int(random.bounded(quint32(words.size()))));
            paragraph += chinese ? (random.bounded(8) == 0 ? QStringLiteral("。") : QString())
                                 : QStringLiteral(" ");
        }
        paragraph = paragraph.trimmed();
        length += paragraph.size();
        html += QStringLiteral("<p>") + paragraph + QStringLiteral("</p>");
    }
    return html;
}

QByteArray imageBytes(int n)
{
    QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; i < 4096; ++i)
        bytes.append(char((i * 31 + n) & 0xff));
    return bytes;
}

/// Every uuid of the newsroom, the trash included.
QStringList uuids(Database &database)
{
    QStringList result;
    QSqlQuery query(database.connection());
    if (query.exec(QStringLiteral("SELECT uuid FROM articles")))
        while (query.next())
            result.append(query.value(0).toString());
    result.sort();
    return result;
}

qint64 count(Database &database, const QString &table)
{
    QSqlQuery query(database.connection());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && query.next() ? query.value(0).toLongLong()
                                                                                        : -1;
}

/// A server's search rows (article_search) by uuid.
QStringList terms(Database &database)
{
    QStringList rows;
    QSqlQuery query(database.connection());
    if (query.exec(QStringLiteral("SELECT a.uuid || ' ' || t.title_terms::text || ' ' || t.terms::text || ' ' || "
                                  "t.title_text || ' ' || t.search_text FROM article_search t "
                                  "JOIN articles a ON a.id = t.article_id ORDER BY a.uuid")))
        while (query.next())
            rows.append(query.value(0).toString());
    return rows;
}

/// An article and everything hanging off it as a user sees it, ids replaced by what they name.
QJsonObject describe(Database &database, const QString &uuid)
{
    ArticleRepository articles(database);
    const std::optional<Article> article = articles.loadByUuid(uuid);
    if (!article)
        return {};
    QJsonObject object = articleToJson(*article);
    object.remove(QStringLiteral("id"));
    object.insert(QStringLiteral("deleted_at"), article->deletedAt.toString(Qt::ISODateWithMs));
    QJsonArray related;
    for (const RelatedItem &item : article->related) {
        related.append(QJsonObject { { QStringLiteral("title"), item.title },
            { QStringLiteral("target"),
                item.targetArticleId ? articles.load(*item.targetArticleId).value_or(Article {}).uuid
                                     : QStringLiteral("none") },
            { QStringLiteral("views"), item.views ? double(*item.views) : -1.0 }, { QStringLiteral("url"), item.url },
            { QStringLiteral("summary"), item.summary }, { QStringLiteral("published_at"), item.publishedAt } });
    }
    object.insert(QStringLiteral("related"), related);

    RevisionRepository revisionRepository(database);
    QJsonArray revisions;
    for (const Revision &listed : revisionRepository.list(article->id)) {
        const std::optional<Revision> revision = revisionRepository.load(article->id, listed.number);
        revisions.append(QJsonObject { { QStringLiteral("number"), revision->number },
            { QStringLiteral("title"), revision->title }, { QStringLiteral("body"), revision->bodyHtml },
            { QStringLiteral("status"), workflowStateKey(revision->status) },
            { QStringLiteral("author"), revision->author }, { QStringLiteral("note"), revision->note },
            { QStringLiteral("named"), revision->named },
            { QStringLiteral("at"), revision->createdAt.toString(Qt::ISODateWithMs) },
            { QStringLiteral("chars"), double(listed.characterCount) } });
    }
    object.insert(QStringLiteral("revisions"), revisions);

    QJsonArray threads;
    for (const AnnotationThread &thread : AnnotationRepository(database).threads(article->id)) {
        QJsonArray entries;
        for (const Annotation &annotation : QList<Annotation> { thread.root } + thread.replies) {
            entries.append(QJsonObject { { QStringLiteral("author"), annotation.author },
                { QStringLiteral("body"), annotation.body },
                { QStringLiteral("at"), annotation.createdAt.toString(Qt::ISODateWithMs) },
                { QStringLiteral("state"), annotationStateKey(annotation.state) },
                { QStringLiteral("quote"), annotation.anchor.quote }, { QStringLiteral("prefix"), annotation.anchor.prefix },
                { QStringLiteral("suffix"), annotation.anchor.suffix },
                { QStringLiteral("start"), double(annotation.anchor.start) },
                { QStringLiteral("end"), double(annotation.anchor.end) },
                { QStringLiteral("revision"), annotation.revisionNumber },
                { QStringLiteral("reply"), annotation.isReply() } });
        }
        threads.append(entries);
    }
    object.insert(QStringLiteral("annotations"), threads);

    QJsonArray events;
    for (const WorkflowEvent &event : WorkflowRepository(database).events(article->id)) {
        events.append(QJsonObject { { QStringLiteral("from"), workflowStateKey(event.from) },
            { QStringLiteral("to"), workflowStateKey(event.to) }, { QStringLiteral("who"), event.who },
            { QStringLiteral("at"), event.at.toString(Qt::ISODateWithMs) }, { QStringLiteral("note"), event.note } });
    }
    object.insert(QStringLiteral("events"), events);
    return object;
}

/// Titles a search finds (the same articles on both sides, whatever their ids).
QStringList searchTitles(Database &database, const QString &query)
{
    ArticleFilter filter;
    filter.search = query;
    QStringList titles;
    for (const ArticleRow &row : ArticleSearch(database).page(filter, ArticleSortKey::Title, Qt::AscendingOrder, 0, 100000))
        titles.append(row.title);
    return titles;
}

struct Populated {
    QList<qint64> ids;
    QString error;
};

/// \a articles small articles through the repositories (either engine), in one transaction, with
/// every kind of row: revisions, threads with replies, workflow moves, related items pointing
/// forward across pages and outside, trashed articles, assets, null views, pinyin slugs.
Populated populate(Database &database, int articles, quint32 seed, const QString &titlePrefix = {})
{
    Populated populated;
    QRandomGenerator random(seed);
    WriteTransaction transaction(database);
    ArticleRepository repository(database);
    RevisionRepository revisions(database);
    AnnotationRepository annotations(database);
    SuggestionRepository suggestions(database);
    WorkflowRepository workflow(database);
    AssetRepository assets(database);
    CopyDeskRepository copyDesk(database);
    const auto failed = [&populated](const QString &what, const QString &error) {
        populated.error = what + QStringLiteral(": ") + error;
        return populated;
    };
    for (int n = 0; n < 2; ++n) {
        if (assets.store(imageBytes(int(seed) + n), QStringLiteral("image/png")).isEmpty())
            return failed(QStringLiteral("asset"), assets.errorString());
    }
    for (int i = 0; i < articles; ++i) {
        const bool chinese = i % 3 != 2;
        Article article;
        article.title = titlePrefix + (chinese ? QStringLiteral("内蒙古干部第%1篇报道").arg(i) : QStringLiteral("Council story %1").arg(i));
        article.bodyHtml = body(random, 120 + int(random.bounded(200)), chinese);
        article.byline = i % 2 ? QStringLiteral("王晓") : QStringLiteral("Anna Smith");
        article.desk = QStringLiteral("时政");
        article.source = QStringLiteral("内蒙古日报");
        article.editor = QStringLiteral("陈曲");
        article.tags = { QStringLiteral("减负"), QStringLiteral("tag %1").arg(i % 4) };
        article.publishAt = i % 4 ? QStringLiteral("2025-03-%1T08:18:00").arg(1 + i % 28, 2, 10, QLatin1Char('0')) : QString();
        if (i % 5)
            article.views = i * 10;
        if (i % 6 == 0)
            article.related.append(RelatedItem { std::nullopt, QStringLiteral("外部稿件 %1").arg(i), QStringLiteral("摘要"),
                QStringLiteral("2025-03-18T09:00:00"), 448, QStringLiteral("https://example.com/%1").arg(i) });
        if (!repository.create(article))
            return failed(QStringLiteral("create"), repository.errorString());
        populated.ids.append(article.id);
        if (i % 4 == 0 && !revisions.record(article, RevisionKind::Baseline, QStringLiteral("导入")))
            return failed(QStringLiteral("revision"), revisions.errorString());
        if (i % 3 == 0) {
            Annotation root;
            root.articleId = article.id;
            root.author = QStringLiteral("李明");
            root.body = QStringLiteral("核实数字 %1").arg(i);
            root.anchor.quote = article.bodyText.mid(5, 4);
            root.anchor.prefix = article.bodyText.left(5);
            root.anchor.suffix = article.bodyText.mid(9, 10);
            root.anchor.start = 5;
            root.anchor.end = 9;
            if (!annotations.create(root))
                return failed(QStringLiteral("annotation"), annotations.errorString());
            Annotation reply;
            reply.articleId = article.id;
            reply.parentId = root.id;
            reply.author = QStringLiteral("王晓");
            reply.body = QStringLiteral("已核实");
            if (!annotations.create(reply))
                return failed(QStringLiteral("reply"), annotations.errorString());
            if (i % 9 == 0 && !annotations.setState(root.id, AnnotationState::Resolved))
                return failed(QStringLiteral("resolve"), annotations.errorString());
            // Suggestions: a gesture of two (one group), one with its reply thread, one decided.
            if (i % 7 == 0) {
                QList<Suggestion> made;
                for (int n = 0; n < 2; ++n) {
                    Suggestion suggestion;
                    suggestion.articleId = article.id;
                    suggestion.baseVersion = article.version;
                    suggestion.author = QStringLiteral("李华");
                    suggestion.kind = n == 0 ? SuggestionKind::Replace : SuggestionKind::Delete;
                    suggestion.anchor = root.anchor;
                    suggestion.anchor.start = 20 + n * 10;
                    suggestion.anchor.end = 24 + n * 10;
                    suggestion.anchor.quote = article.bodyText.mid(suggestion.anchor.start, 4);
                    suggestion.anchor.prefix = article.bodyText.mid(suggestion.anchor.start - 5, 5);
                    suggestion.anchor.suffix = article.bodyText.mid(suggestion.anchor.end, 5);
                    if (n == 0)
                        suggestion.proposedHtml = QStringLiteral("改为“%1”").arg(i);
                    if (!suggestions.create(suggestion))
                        return failed(QStringLiteral("suggestion"), suggestions.errorString());
                    made.append(suggestion);
                }
                if (!suggestions.setGroup(made.at(0).id, made.at(0).id) || !suggestions.setGroup(made.at(1).id, made.at(0).id)
                    || suggestions.startThread(made.at(0).id, root.id) != SuggestionRepository::ThreadStart::Started
                    || (i % 14 == 0
                        && !suggestions.resolve(made.at(1).id, SuggestionState::Rejected, QStringLiteral("陈曲"))))
                    return failed(QStringLiteral("suggestion group, thread or decision"), suggestions.errorString());
            }
        }
    }
    for (int i = 0; i < articles; ++i) {
        const qint64 id = populated.ids.at(i);
        if (i % 10 == 1 && articles > 1) {
            // Forward (a later page) and backward references.
            std::optional<Article> article = repository.load(id);
            article->related.append(RelatedItem { populated.ids.at((i + 700) % articles), QStringLiteral("相关"),
                {}, {}, std::nullopt, {} });
            article->related.append(RelatedItem { populated.ids.at(i / 2), QStringLiteral("更早"), {}, {}, 3, {} });
            if (repository.save(*article) != ArticleRepository::SaveResult::Saved)
                return failed(QStringLiteral("related"), repository.errorString());
        }
        if (i % 11 == 0) {
            std::optional<Article> article = repository.load(id);
            if (workflow.transition(*article, WorkflowState::InReview, Role::Editor, QStringLiteral("王晓"),
                    QStringLiteral("送审"))
                    != WorkflowRepository::Result::Done
                || workflow.transition(*article, WorkflowState::Approved, Role::Reviewer, QStringLiteral("李明"))
                    != WorkflowRepository::Result::Done)
                return failed(QStringLiteral("transition"), workflow.errorString());
        }
        // The copy desk's: findings ignored (keys with Chinese, a unit separator and a line
        // feed, which COPY text must carry), a language chosen.
        if (i % 4 == 0
            && (!copyDesk.ignoreFinding(id, QStringLiteral("0\x1fhalfwidth-punctuation\x1f干部,\x1f\n%1").arg(i),
                    QStringLiteral("王晓"))
                || !copyDesk.ignoreFinding(id, QStringLiteral("0\x1fspelling\x1fColour"), QStringLiteral("李明"))))
            return failed(QStringLiteral("ignored finding"), copyDesk.errorString());
        if (i % 6 == 1 && !copyDesk.setArticleLanguage(id, QStringLiteral("en-GB")))
            return failed(QStringLiteral("language"), copyDesk.errorString());
        if (i % 13 == 5 && !repository.moveToTrash(id))
            return failed(QStringLiteral("trash"), repository.errorString());
    }
    for (const QString &word : { QStringLiteral("Hohhot"), QStringLiteral("Xilinhot"), QStringLiteral("Ordos%1").arg(seed) }) {
        if (!copyDesk.addDictionaryWord(word, QStringLiteral("王晓")))
            return failed(QStringLiteral("dictionary word"), copyDesk.errorString());
    }
    if (articles > 0
        && !copyDesk.setHouseStyleJson(QStringLiteral("{\"rules\": {\"dash\": {\"enabled\": %1}}}")
                                           .arg(seed % 2 ? QStringLiteral("true") : QStringLiteral("false"))
                                           .toUtf8(),
            QStringLiteral("陈曲")))
        return failed(QStringLiteral("house style"), copyDesk.errorString());
    if (!transaction.commit())
        return failed(QStringLiteral("commit"), transaction.errorString());
    return populated;
}

} // namespace

class NewsroomCopyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(!galley::test::testServerUri(&error).isEmpty(), qPrintable(error));
    }

    void copiesEverythingBetweenEngines_data()
    {
        QTest::addColumn<Engine>("from");
        QTest::addColumn<Engine>("to");
        QTest::newRow("nominal: file to server") << Engine::SQLite << Engine::PostgreSQL;
        QTest::newRow("nominal: server to file") << Engine::PostgreSQL << Engine::SQLite;
        QTest::newRow("nominal: file to file") << Engine::SQLite << Engine::SQLite;
        QTest::newRow("nominal: server to server") << Engine::PostgreSQL << Engine::PostgreSQL;
    }

    // 1,300 articles: three pages, related items pointing into later pages.
    void copiesEverythingBetweenEngines()
    {
        QFETCH(Engine, from);
        QFETCH(Engine, to);
        const QString sourceLocation = m_newsrooms.create(from);
        const QString destinationLocation = m_newsrooms.create(to);
        QVERIFY2(!sourceLocation.isEmpty() && !destinationLocation.isEmpty(), qPrintable(m_newsrooms.errorString()));
        {
            Database writer;
            QCOMPARE(writer.open(sourceLocation), Database::Status::Ok);
            const Populated populated = populate(writer, 1300, 7);
            QVERIFY2(populated.error.isEmpty(), qPrintable(populated.error));
            // What a running Galley's background indexer does after the writes.
            QVERIFY2(SearchIndex(writer).flush() >= 0, qPrintable(SearchIndex(writer).errorString()));
        }
        Database source;
        QCOMPARE(source.openReadOnly(sourceLocation), Database::Status::Ok);
        Database destination;
        QCOMPARE(destination.open(destinationLocation), Database::Status::Ok);

        NewsroomCopy copy(source, destination);
        QList<qint64> progress;
        copy.setProgress([&progress](qint64 done, qint64 total) {
            QCOMPARE(total, 1300);
            progress.append(done);
        });
        // The steps after the last page are announced once each, after every article is written:
        // a copy into an empty server (by its owner, a chief) builds the search indexes it dropped.
        QList<NewsroomCopy::Stage> stages;
        copy.setStageStarted([&stages, &progress](NewsroomCopy::Stage stage) {
            QCOMPARE(progress.isEmpty() ? 0 : progress.constLast(), 1300);
            stages.append(stage);
        });
        QVERIFY2(copy.run(), qPrintable(copy.errorString()));
        QCOMPARE(progress, (QList<qint64> { 500, 1000, 1300 }));
        const QList<NewsroomCopy::Stage> expectedStages = to == Engine::PostgreSQL
            ? QList<NewsroomCopy::Stage> { NewsroomCopy::Stage::BuildingSearchIndexes, NewsroomCopy::Stage::Verifying }
            : QList<NewsroomCopy::Stage> { NewsroomCopy::Stage::Verifying };
        QCOMPARE(stages, expectedStages);
        const NewsroomCopyResult &result = copy.result();
        QVERIFY(result.matches());
        QVERIFY(result.keptIds);
        QCOMPARE(result.skipped, 0);
        QCOMPARE(result.source.articles, 1300);
        QCOMPARE(result.source.assets, 2);
        QCOMPARE(result.source.revisions, count(source, QStringLiteral("revisions")));
        QCOMPARE(result.source.annotations, count(source, QStringLiteral("annotations")));
        QCOMPARE(result.source.events, count(source, QStringLiteral("workflow_events")));
        QCOMPARE(result.source.related, count(source, QStringLiteral("related")));
        QCOMPARE(result.source.suggestions, count(source, QStringLiteral("suggestions")));
        QVERIFY(result.source.suggestions > 0);
        QCOMPARE(result.source.ignoredFindings, count(source, QStringLiteral("copydesk_ignores")));
        QCOMPARE(result.source.ignoredFindings, 650);
        QCOMPARE(result.source.articleLanguages, count(source, QStringLiteral("article_languages")));
        QVERIFY(result.source.articleLanguages > 0);
        QCOMPARE(result.source.dictionaryWords, 3);
        QCOMPARE(result.source.settings, 1);
        QCOMPARE(CopyDeskRepository(destination).dictionaryWords(), CopyDeskRepository(source).dictionaryWords());
        QCOMPARE(CopyDeskRepository(destination).houseStyleJson(), CopyDeskRepository(source).houseStyleJson());
        for (const qint64 id : { 1, 2, 5, 8 }) {
            QCOMPARE(CopyDeskRepository(destination).ignoredFindings(id), CopyDeskRepository(source).ignoredFindings(id));
            QCOMPARE(CopyDeskRepository(destination).articleLanguage(id), CopyDeskRepository(source).articleLanguage(id));
        }
        QVERIFY(!CopyDeskRepository(destination).ignoredFindings(1)->isEmpty());
        QCOMPARE(CopyDeskRepository(destination).articleLanguage(2), QStringLiteral("en-GB"));
        QVERIFY(result.source.events > 0 && result.source.annotations > 0 && result.source.related > 0);
        for (const char *table : { "articles", "revisions", "annotations", "workflow_events", "related", "assets",
                 "copydesk_ignores", "article_languages", "copydesk_words", "newsroom_settings" })
            QCOMPARE(count(destination, QLatin1String(table)), count(source, QLatin1String(table)));

        // Through the repositories, field by field (ids are kept: the same id on both sides).
        const QStringList all = uuids(source);
        QCOMPARE(uuids(destination), all);
        for (const QString &uuid : all)
            QCOMPARE(describe(destination, uuid), describe(source, uuid));
        ArticleRepository sourceArticles(source);
        ArticleRepository destinationArticles(destination);
        QCOMPARE(destinationArticles.loadByUuid(all.first())->id, sourceArticles.loadByUuid(all.first())->id);
        for (const QString &query : { QStringLiteral("干部"), QStringLiteral("内蒙古干部"), QStringLiteral("减"),
                 QStringLiteral("council"), QStringLiteral("牧民收入") })
            QCOMPARE(searchTitles(destination, query), searchTitles(source, query));
        QVERIFY(!searchTitles(destination, QStringLiteral("干部")).isEmpty());

        QString error;
        if (to == Engine::SQLite) {
            QVERIFY2(galley::test::searchIndexesMatchContent(destination, &error), qPrintable(error));
        } else {
            QCOMPARE(count(destination, QStringLiteral("article_search")), 1300);
            QCOMPARE(count(destination, QStringLiteral("search_pending")), 0); // nothing left for the indexer
        }
        if (from == Engine::PostgreSQL && to == Engine::PostgreSQL) {
            // The copy's batched search terms are the ones ArticleRepository wrote (PostgresSearch::writeTerms).
            QCOMPARE(terms(destination), terms(source));
            QCOMPARE(terms(source).size(), 1300);
        }
        // The next article, revision and comment get fresh ids (the server's sequences moved on).
        Article next;
        next.title = QStringLiteral("复制之后");
        next.bodyHtml = QStringLiteral("<p>复制之后的新稿件</p>");
        QVERIFY2(destinationArticles.create(next), qPrintable(destinationArticles.errorString()));
        QVERIFY(next.id > 1300);
        QVERIFY(RevisionRepository(destination).record(next, RevisionKind::Save, QStringLiteral("王晓")));
        Annotation note;
        note.articleId = next.id;
        note.author = QStringLiteral("李明");
        note.body = QStringLiteral("新评论");
        note.anchor.quote = QStringLiteral("新稿件");
        AnnotationRepository destinationAnnotations(destination);
        QVERIFY2(destinationAnnotations.create(note), qPrintable(destinationAnnotations.errorString()));
        Article reviewed = *destinationArticles.load(next.id);
        QCOMPARE(WorkflowRepository(destination).transition(reviewed, WorkflowState::InReview, Role::Editor,
                     QStringLiteral("王晓")),
            WorkflowRepository::Result::Done);
    }

    // Into a server the rows go as COPY text: what that format gives a meaning to (tab, line
    // feed, carriage return, backslash, \N for NULL, \. for the end) and what the search rows'
    // array literals quote (braces, commas, double quotes) must arrive as typed. Server A's
    // rows are written by the repositories, B's by the copy (A -> file -> B); then the server's
    // own rules, off during the copy, are back on in B.
    void copyIntoAServerKeepsEveryCharacterAndTheServerRules()
    {
        const QString first = m_newsrooms.create(Engine::PostgreSQL);
        const QString file = m_newsrooms.create(Engine::SQLite);
        const QString second = m_newsrooms.create(Engine::PostgreSQL);
        QVERIFY2(!first.isEmpty() && !file.isEmpty() && !second.isEmpty(), qPrintable(m_newsrooms.errorString()));
        const QStringList awkward { QStringLiteral("tab\there"), QStringLiteral("line\nfeed"),
            QStringLiteral("carriage\rreturn"), QStringLiteral("back\\slash \\\\ two"), QStringLiteral("\\N"),
            QStringLiteral("\\."), QStringLiteral("\\"), QStringLiteral("{\"quoted\", braces}"),
            QStringLiteral("草原\t牧民\n减负\\干部"), QStringLiteral("表情 😀 U+1F600") };
        QStringList uuidsWritten;
        {
            Database a;
            QCOMPARE(a.open(first), Database::Status::Ok);
            ArticleRepository articles(a);
            for (qsizetype i = 0; i < awkward.size(); ++i) {
                const QString &text = awkward.at(i);
                Article article;
                article.title = QStringLiteral("标题 %1 ").arg(i) + text;
                article.subtitle = text;
                article.summary = text + QLatin1Char('\n') + text;
                article.bodyHtml = QStringLiteral("<p>正文 %1</p><p>%2</p>").arg(i).arg(text.toHtmlEscaped());
                article.byline = text;
                article.source = text;
                article.editor = i % 2 ? text : QString();
                article.desk = text;
                article.tags = { text, QStringLiteral("标签") };
                if (i % 2)
                    article.views = i; // and NULL for the others
                article.related.append(RelatedItem { std::nullopt, text, text, {}, std::nullopt, text });
                QVERIFY2(articles.create(article), qPrintable(articles.errorString()));
                uuidsWritten.append(article.uuid);
                QVERIFY(RevisionRepository(a).record(article, RevisionKind::Save, text, text).has_value());
                Annotation note;
                note.articleId = article.id;
                note.author = text;
                note.body = text;
                note.anchor.quote = QStringLiteral("正文");
                note.anchor.prefix = text;
                QVERIFY2(AnnotationRepository(a).create(note), qPrintable(AnnotationRepository(a).errorString()));
            }
            QVERIFY2(SearchIndex(a).flush() >= 0, qPrintable(SearchIndex(a).errorString()));
            Database f;
            QCOMPARE(f.open(file), Database::Status::Ok);
            NewsroomCopy down(a, f);
            QVERIFY2(down.run(), qPrintable(down.errorString()));
        }
        Database a;
        QCOMPARE(a.open(first), Database::Status::Ok);
        Database f;
        QCOMPARE(f.openReadOnly(file), Database::Status::Ok);
        Database b;
        QCOMPARE(b.open(second), Database::Status::Ok);
        NewsroomCopy up(f, b);
        QVERIFY2(up.run(), qPrintable(up.errorString()));
        QVERIFY(up.result().matches());

        uuidsWritten.sort();
        QCOMPARE(uuids(b), uuidsWritten);
        for (const QString &uuid : std::as_const(uuidsWritten)) {
            const QJsonObject written = describe(a, uuid);
            QVERIFY(!written.isEmpty());
            QCOMPARE(describe(b, uuid), written);
        }
        // The search rows the copy made are those the repositories' indexer wrote.
        QCOMPARE(terms(b), terms(a));
        QCOMPARE(terms(b).size(), awkward.size());
        for (const QString &query : { QStringLiteral("back\\slash"), QStringLiteral("quoted"), QStringLiteral("牧民"),
                 QStringLiteral("1F600"), QStringLiteral("\\N") }) {
            QCOMPARE(searchTitles(b, query), searchTitles(a, query));
            QVERIFY2(!searchTitles(b, query).isEmpty(), qPrintable(query));
        }

        // The server's rules hold again, for psql as for Galley: a changed title is marked for
        // the indexer, a version that jumps is refused.
        QCOMPARE(count(b, QStringLiteral("search_pending")), 0);
        QSqlQuery query(b.connection());
        QVERIFY2(query.exec(
                     QStringLiteral("UPDATE articles SET title = '改过的标题', version = version + 1 WHERE uuid = '%1'")
                         .arg(uuidsWritten.first())),
            qPrintable(query.lastError().text()));
        QCOMPARE(count(b, QStringLiteral("search_pending")), 1);
        QVERIFY(!query.exec(
            QStringLiteral("UPDATE articles SET version = version + 5 WHERE uuid = '%1'").arg(uuidsWritten.first())));
        QVERIFY2(
            query.lastError().text().contains(QLatin1String("goes up by one")), qPrintable(query.lastError().text()));
        QCOMPARE(searchTitles(b, QStringLiteral("改过的标题")).size(), 1);
    }

    void refusesADestinationWithArticles_data()
    {
        QTest::addColumn<Engine>("to");
        QTest::newRow("robustness: into a file") << Engine::SQLite;
        QTest::newRow("robustness: into a server") << Engine::PostgreSQL;
    }

    void refusesADestinationWithArticles()
    {
        QFETCH(Engine, to);
        GALLEY_CREATE_NEWSROOM(sourceLocation, m_newsrooms);
        const QString destinationLocation = m_newsrooms.create(to);
        QVERIFY2(!destinationLocation.isEmpty(), qPrintable(m_newsrooms.errorString()));
        Database source;
        QCOMPARE(source.open(sourceLocation), Database::Status::Ok);
        QVERIFY(populate(source, 20, 1).error.isEmpty());
        Database destination;
        QCOMPARE(destination.open(destinationLocation), Database::Status::Ok);
        QVERIFY(populate(destination, 3, 2).error.isEmpty());
        const QJsonObject before = describe(destination, uuids(destination).first());

        NewsroomCopy copy(source, destination);
        QVERIFY(!copy.run());
        QCOMPARE(copy.failure(), NewsroomCopy::Failure::DestinationNotEmpty);
        QVERIFY2(copy.errorString().contains(destination.displayName()), qPrintable(copy.errorString()));
        QVERIFY2(copy.errorString().contains(QLatin1String("3 article")), qPrintable(copy.errorString()));
        QCOMPARE(count(destination, QStringLiteral("articles")), 3);
        QCOMPARE(describe(destination, uuids(destination).first()), before);
        QVERIFY(!destination.inTransaction());
    }

    void mergeSkipsKnownUuidsAndMapsReferences_data()
    {
        QTest::addColumn<Engine>("from");
        QTest::addColumn<Engine>("to");
        QTest::newRow("nominal: file into server") << Engine::SQLite << Engine::PostgreSQL;
        QTest::newRow("nominal: server into file") << Engine::PostgreSQL << Engine::SQLite;
    }

    void mergeSkipsKnownUuidsAndMapsReferences()
    {
        QFETCH(Engine, from);
        QFETCH(Engine, to);
        const QString sourceLocation = m_newsrooms.create(from);
        const QString destinationLocation = m_newsrooms.create(to);
        QVERIFY2(!sourceLocation.isEmpty() && !destinationLocation.isEmpty(), qPrintable(m_newsrooms.errorString()));
        Database source;
        QCOMPARE(source.open(sourceLocation), Database::Status::Ok);
        QVERIFY(populate(source, 40, 3).error.isEmpty());
        Database destination;
        QCOMPARE(destination.open(destinationLocation), Database::Status::Ok);
        // The destination has the first 40 (a copy of them) and one article of its own, whose
        // slug a new source article also has; its ids are shifted so that they differ from the source's.
        QVERIFY(populate(destination, 5, 4, QStringLiteral("本地")).error.isEmpty());
        ArticleRepository destinationArticles(destination);
        Article own;
        own.title = QStringLiteral("Clash");
        own.slug = QStringLiteral("merge-clash");
        own.bodyHtml = QStringLiteral("<p>destination's own</p>");
        QVERIFY(destinationArticles.create(own));
        {
            GALLEY_CREATE_NEWSROOM(staging, m_newsrooms);
            Database stagingDatabase;
            QCOMPARE(stagingDatabase.open(staging), Database::Status::Ok);
            NewsroomCopy first(source, stagingDatabase);
            QVERIFY2(first.run(), qPrintable(first.errorString()));
            NewsroomCopy second(stagingDatabase, destination);
            second.setMerge(true);
            QVERIFY2(second.run(), qPrintable(second.errorString()));
            QCOMPARE(second.result().skipped, 0);
            QVERIFY(!second.result().keptIds);
        }
        const QStringList known = uuids(source);
        const qint64 destinationArticleCount = count(destination, QStringLiteral("articles"));
        QCOMPARE(destinationArticleCount, 46);

        // New in the source: an article with the taken slug, related to a known article, with a thread.
        ArticleRepository sourceArticles(source);
        const qint64 knownId = sourceArticles.loadByUuid(known.at(7))->id;
        Article added;
        added.title = QStringLiteral("新稿件");
        added.slug = QStringLiteral("merge-clash");
        added.bodyHtml = QStringLiteral("<p>内蒙古草原生态保护</p>");
        added.related.append(RelatedItem { knownId, QStringLiteral("旧稿"), {}, {}, std::nullopt, {} });
        QVERIFY(sourceArticles.create(added));
        Article second;
        second.title = QStringLiteral("Second new one");
        second.bodyHtml = QStringLiteral("<p>wind farms</p>");
        second.related.append(RelatedItem { added.id, QStringLiteral("new"), {}, {}, std::nullopt, {} });
        QVERIFY(sourceArticles.create(second));
        AnnotationRepository sourceAnnotations(source);
        Annotation root;
        root.articleId = added.id;
        root.author = QStringLiteral("李明");
        root.body = QStringLiteral("核实");
        root.anchor.quote = QStringLiteral("草原");
        QVERIFY(sourceAnnotations.create(root));
        Annotation reply;
        reply.articleId = added.id;
        reply.parentId = root.id;
        reply.author = QStringLiteral("王晓");
        reply.body = QStringLiteral("好");
        QVERIFY(sourceAnnotations.create(reply));
        CopyDeskRepository sourceDesk(source);
        QVERIFY(sourceDesk.ignoreFinding(added.id, QStringLiteral("0\x1fparagraph-end\x1f保护"), QStringLiteral("王晓")));
        QVERIFY(sourceDesk.setArticleLanguage(second.id, QStringLiteral("en-GB")));
        QVERIFY(sourceDesk.addDictionaryWord(QStringLiteral("Baotou"), QStringLiteral("王晓")));
        const QByteArray destinationStyle = *CopyDeskRepository(destination).houseStyleJson();
        QVERIFY(destinationStyle != *sourceDesk.houseStyleJson());
        const QStringList before = uuids(destination);

        NewsroomCopy copy(source, destination);
        copy.setMerge(true);
        QVERIFY2(copy.run(), qPrintable(copy.errorString()));
        const NewsroomCopyResult &result = copy.result();
        QVERIFY(result.matches());
        QVERIFY(!result.keptIds);
        QCOMPARE(result.skipped, 40);
        QCOMPARE(result.renamedSlugs, 1);
        QCOMPARE(result.source.articles, 2);
        QCOMPARE(result.source.annotations, 2);
        QCOMPARE(result.source.related, 2);
        QCOMPARE(count(destination, QStringLiteral("articles")), destinationArticleCount + 2);
        // The copy desk's rows of the new articles come along, mapped to their new ids; the
        // dictionaries are joined; the destination keeps its own house style.
        QCOMPARE(result.source.ignoredFindings, 1);
        QCOMPARE(result.source.articleLanguages, 1);
        CopyDeskRepository destinationDesk(destination);
        QCOMPARE(*destinationDesk.ignoredFindings(destinationArticles.loadByUuid(added.uuid)->id),
            QSet<QString> { QStringLiteral("0\x1fparagraph-end\x1f保护") });
        QCOMPARE(*destinationDesk.articleLanguage(destinationArticles.loadByUuid(second.uuid)->id), QStringLiteral("en-GB"));
        QVERIFY(destinationDesk.dictionaryWords()->contains(QStringLiteral("Baotou")));
        QVERIFY(destinationDesk.dictionaryWords()->contains(QStringLiteral("Ordos4")));
        QCOMPARE(*destinationDesk.houseStyleJson(), destinationStyle);
        for (const QString &uuid : before)
            QVERIFY(uuids(destination).contains(uuid));

        const std::optional<Article> merged = destinationArticles.loadByUuid(added.uuid);
        QVERIFY(merged);
        QCOMPARE(merged->slug, QStringLiteral("merge-clash-2"));
        QCOMPARE(destinationArticles.loadByUuid(own.uuid)->slug, QStringLiteral("merge-clash"));
        // The related item points at the destination's article of the skipped uuid.
        QCOMPARE(merged->related.size(), 1);
        QCOMPARE(*merged->related.first().targetArticleId, destinationArticles.loadByUuid(known.at(7))->id);
        const std::optional<Article> mergedSecond = destinationArticles.loadByUuid(second.uuid);
        QCOMPARE(*mergedSecond->related.first().targetArticleId, merged->id);
        const QList<AnnotationThread> threads = AnnotationRepository(destination).threads(merged->id);
        QCOMPARE(threads.size(), 1);
        QCOMPARE(threads.first().replies.size(), 1);
        QCOMPARE(threads.first().replies.first().parentId, threads.first().root.id);
        QJsonObject expected = describe(source, added.uuid);
        expected.insert(QStringLiteral("slug"), QStringLiteral("merge-clash-2"));
        QCOMPARE(describe(destination, added.uuid), expected);
        QCOMPARE(searchTitles(destination, QStringLiteral("草原")).count(QStringLiteral("新稿件")), 1);
        if (to == Engine::SQLite) {
            QString error;
            QVERIFY2(galley::test::searchIndexesMatchContent(destination, &error), qPrintable(error));
        }
    }

    void failureLeavesTheDestinationUntouched_data()
    {
        QTest::addColumn<Engine>("to");
        QTest::addColumn<bool>("tamper");
        QTest::newRow("robustness: a statement fails in the third page, file") << Engine::SQLite << false;
        QTest::newRow("robustness: a statement fails in the third page, server") << Engine::PostgreSQL << false;
        QTest::newRow("robustness: a row reads back changed, file") << Engine::SQLite << true;
        QTest::newRow("robustness: a row reads back changed, server") << Engine::PostgreSQL << true;
    }

    // A trigger planted in the destination either fails an insert late in the copy or quietly
    // changes one row: the copy must fail (the second by its read-back check) and roll back.
    void failureLeavesTheDestinationUntouched()
    {
        QFETCH(Engine, to);
        QFETCH(bool, tamper);
        GALLEY_CREATE_NEWSROOM(sourceLocation, m_newsrooms);
        const QString destinationLocation = m_newsrooms.create(to);
        QVERIFY2(!destinationLocation.isEmpty(), qPrintable(m_newsrooms.errorString()));
        Database source;
        QCOMPARE(source.open(sourceLocation), Database::Status::Ok);
        QVERIFY(populate(source, 1100, 5).error.isEmpty());
        Database destination;
        QCOMPARE(destination.open(destinationLocation), Database::Status::Ok);
        QSqlQuery query(destination.connection());
        if (to == Engine::SQLite) {
            QVERIFY(query.exec(tamper ? QStringLiteral("CREATE TRIGGER tamper AFTER INSERT ON articles WHEN new.id = 1050 "
                                                       "BEGIN UPDATE articles SET summary = 'changed' WHERE id = new.id; END")
                                      : QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON annotations WHEN new.article_id > 1050 "
                                                       "BEGIN SELECT RAISE(ABORT, 'planted failure'); END")));
        } else {
            const QString name = destinationLocation.section(QLatin1Char('/'), 3).section(QLatin1Char('?'), 0, 0);
            QString error;
            QVERIFY2(runAsAdmin(tamper ? QStringLiteral(
                                    "CREATE FUNCTION tamper() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                    "IF NEW.id = 1050 THEN NEW.summary := 'changed'; END IF; RETURN NEW; END $$; "
                                    "CREATE TRIGGER tamper BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION tamper()")
                                       : QStringLiteral(
                                    "CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                    "IF NEW.article_id > 1050 THEN RAISE EXCEPTION 'planted failure'; END IF; RETURN NEW; END $$; "
                                    "CREATE TRIGGER boom BEFORE INSERT ON annotations FOR EACH ROW EXECUTE FUNCTION boom()"),
                         &error, name),
                qPrintable(error));
        }
        const qint64 assetsBefore = count(destination, QStringLiteral("assets"));

        NewsroomCopy copy(source, destination);
        QVERIFY(!copy.run());
        QCOMPARE(copy.failure(), tamper ? NewsroomCopy::Failure::Mismatch : NewsroomCopy::Failure::Database);
        QVERIFY2(copy.errorString().contains(destination.displayName()), qPrintable(copy.errorString()));
        if (!tamper)
            QVERIFY2(copy.errorString().contains(QLatin1String("planted failure")), qPrintable(copy.errorString()));
        else
            QVERIFY2(copy.errorString().contains(QLatin1String("checksums differ")), qPrintable(copy.errorString()));
        QVERIFY(!destination.inTransaction());
        for (const char *table : { "articles", "revisions", "annotations", "workflow_events", "related" })
            QCOMPARE(count(destination, QLatin1String(table)), 0);
        QCOMPARE(count(destination, QStringLiteral("assets")), assetsBefore);
        if (to == Engine::PostgreSQL)
            QCOMPARE(count(destination, QStringLiteral("article_search")), 0);
        // Still a newsroom that takes writes.
        Article after;
        after.title = QStringLiteral("after");
        QVERIFY(ArticleRepository(destination).create(after));
    }

    // setval() is the sequences' owner's: a chief's copy moves them on with nextval(). A reviewer,
    // who may not add articles, and an editor, who may add drafts only (the server's workflow
    // check), are refused by the server with nothing written.
    void copyByAnotherLoginThanTheOwner()
    {
        QString error;
        const QString admin = galley::test::testServerUri(&error);
        const QString name = m_newsrooms.createDatabase();
        QVERIFY2(!name.isEmpty(), qPrintable(m_newsrooms.errorString()));
        {
            Database setup;
            QCOMPARE(setup.initialize(galley::test::uriForDatabase(admin, name)), Database::Status::Ok);
        }
        const QString prefix = QStringLiteral("copy%1_").arg(QCoreApplication::applicationPid());
        for (const char *role : { "editor", "reviewer", "chief" })
            QVERIFY2(runAsAdmin(QStringLiteral("DROP ROLE IF EXISTS %1%2; CREATE ROLE %1%2 LOGIN; GRANT galley_%2 TO %1%2")
                                    .arg(prefix, QLatin1String(role)),
                         &error),
                qPrintable(error));
        const auto dropRoles = qScopeGuard([&prefix] {
            QString ignored;
            runAsAdmin(QStringLiteral("DROP ROLE IF EXISTS %1editor; DROP ROLE IF EXISTS %1reviewer; "
                                      "DROP ROLE IF EXISTS %1chief")
                           .arg(prefix),
                &ignored);
        });
        GALLEY_CREATE_NEWSROOM(file, m_newsrooms);
        {
            Database writer;
            QCOMPARE(writer.open(file), Database::Status::Ok);
            QVERIFY(populate(writer, 30, 9).error.isEmpty());
        }
        Database source;
        QCOMPARE(source.openReadOnly(file), Database::Status::Ok);
        {
            Database reviewer;
            QCOMPARE(reviewer.open(galley::test::uriForDatabase(admin, name, prefix + QStringLiteral("reviewer"))),
                Database::Status::Ok);
            NewsroomCopy copy(source, reviewer);
            QVERIFY(!copy.run());
            QCOMPARE(copy.failure(), NewsroomCopy::Failure::Database);
            QVERIFY2(copy.errorString().contains(QLatin1String("permission denied")), qPrintable(copy.errorString()));
            QCOMPARE(count(reviewer, QStringLiteral("articles")), 0);
        }
        {
            Database editorOnly;
            QCOMPARE(editorOnly.open(galley::test::uriForDatabase(admin, name, prefix + QStringLiteral("editor"))),
                Database::Status::Ok);
            NewsroomCopy copy(source, editorOnly);
            QVERIFY(!copy.run());
            QVERIFY2(copy.errorString().contains(QLatin1String("galley_chief")), qPrintable(copy.errorString()));
            QCOMPARE(count(editorOnly, QStringLiteral("articles")), 0);
        }
        Database editor;
        QCOMPARE(editor.open(galley::test::uriForDatabase(admin, name, prefix + QStringLiteral("chief"))), Database::Status::Ok);
        QCOMPARE(editor.serverRole(), std::optional<Role>(Role::Chief));
        NewsroomCopy copy(source, editor);
        QVERIFY2(copy.run(), qPrintable(copy.errorString()));
        QVERIFY(copy.result().keptIds);
        Article next;
        next.title = QStringLiteral("编辑的新稿");
        next.bodyHtml = QStringLiteral("<p>复制之后</p>");
        ArticleRepository articles(editor);
        QVERIFY2(articles.create(next), qPrintable(articles.errorString()));
        QVERIFY(next.id > 30);
        QVERIFY(RevisionRepository(editor).record(next, RevisionKind::Save, QStringLiteral("王晓")));
        Annotation note;
        note.articleId = next.id;
        note.author = QStringLiteral("李明");
        note.body = QStringLiteral("新评论");
        note.anchor.quote = QStringLiteral("复制");
        QVERIFY(AnnotationRepository(editor).create(note));
    }

    void schemaVersionIsReadWithoutWriting()
    {
        const QString missing = m_newsrooms.folder() + QStringLiteral("/missing.galley");
        QCOMPARE(storedSchemaVersion(missing), 0);
        QVERIFY(!QFileInfo::exists(missing));
        GALLEY_CREATE_NEWSROOM(file, m_newsrooms);
        {
            Database database;
            QCOMPARE(database.open(file), Database::Status::Ok);
        }
        QCOMPARE(storedSchemaVersion(file), Database::schemaVersion());
        const QString empty = m_newsrooms.createDatabase();
        QVERIFY(!empty.isEmpty());
        QString error;
        const QString uri = galley::test::uriForDatabase(galley::test::testServerUri(&error), empty);
        QCOMPARE(storedSchemaVersion(uri), 0);
        Database server;
        QCOMPARE(server.initialize(uri), Database::Status::Ok);
        QCOMPARE(storedSchemaVersion(uri), PostgresConnection::schemaVersion());
        QCOMPARE(storedSchemaVersion(QStringLiteral("postgresql://[bad")), std::nullopt);
    }

    // File -> server on articles of ~3,000 characters (70% Chinese), each with a revision, every
    // fifth with a thread. GALLEY_COPY_BENCH_ARTICLES sets the size (default: a smoke test).
    void copyThroughput()
    {
        const int articles = qEnvironmentVariableIsSet("GALLEY_COPY_BENCH_ARTICLES")
            ? qEnvironmentVariableIntValue("GALLEY_COPY_BENCH_ARTICLES")
            : 600;
        GALLEY_CREATE_NEWSROOM(unused, m_newsrooms);
        const QString file = m_newsrooms.folder() + QStringLiteral("/bench.galley");
        QElapsedTimer timer;
        timer.start();
        {
            Database database;
            QCOMPARE(database.open(file), Database::Status::Ok);
            BulkLoader loader(database);
            QVERIFY(loader.begin());
            QRandomGenerator random(42);
            for (int i = 0; i < articles; ++i) {
                const bool chinese = random.bounded(10) < 7;
                Article article;
                article.title = chinese ? QStringLiteral("内蒙古基层减负第%1篇").arg(i) : QStringLiteral("Council budget %1").arg(i);
                article.slug = QStringLiteral("bench-%1").arg(i);
                article.bodyHtml = body(random, 3000, chinese);
                article.byline = QStringLiteral("王晓");
                article.desk = QStringLiteral("经济");
                article.views = i;
                QVERIFY2(loader.addArticle(article), qPrintable(loader.errorString()));
                QVERIFY(loader.addRevision(article, QStringLiteral("陈曲"), QStringLiteral("签发前校对")));
                if (i % 5 == 0) {
                    Annotation root;
                    root.articleId = article.id;
                    root.author = QStringLiteral("李明");
                    root.body = QStringLiteral("核实");
                    root.anchor.quote = article.bodyText.left(4);
                    QVERIFY(loader.addAnnotation(root));
                }
            }
            QVERIFY2(loader.finish(), qPrintable(loader.errorString()));
        }
        qInfo("generated %d articles in %.1f s", articles, double(timer.elapsed()) / 1000);
        const QString server = m_newsrooms.create(Engine::PostgreSQL);
        QVERIFY2(!server.isEmpty(), qPrintable(m_newsrooms.errorString()));
        Database source;
        QCOMPARE(source.openReadOnly(file), Database::Status::Ok);
        Database destination;
        QCOMPARE(destination.open(server), Database::Status::Ok);
        NewsroomCopy copy(source, destination);
        QVERIFY2(copy.run(), qPrintable(copy.errorString()));
        QVERIFY(copy.result().matches());
        QCOMPARE(copy.result().destination.articles, articles);
        qInfo("file -> server: %d articles in %.2f s, %.0f articles/s", articles, copy.result().seconds,
            articles / copy.result().seconds);

        const QString back = m_newsrooms.folder() + QStringLiteral("/back.galley");
        Database file2;
        QCOMPARE(file2.open(back), Database::Status::Ok);
        NewsroomCopy copyBack(destination, file2);
        QVERIFY2(copyBack.run(), qPrintable(copyBack.errorString()));
        QCOMPARE(copyBack.result().destinationChecksum, copy.result().sourceChecksum);
        qInfo("server -> file: %d articles in %.2f s, %.0f articles/s", articles, copyBack.result().seconds,
            articles / copyBack.result().seconds);
    }

private:
    galley::test::TestNewsrooms m_newsrooms;
};

QTEST_GUILESS_MAIN(NewsroomCopyTest)
#include "tst_newsroomcopy.moc"
