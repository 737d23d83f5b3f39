#include "importing/demonewsroom.h"

#include "importing/importer.h"
#include "lint/spellchecker.h"
#include "storage/articlerepository.h"
#include "storage/articlefields.h"
#include "storage/copydeskrepository.h"
#include "storage/database.h"
#include "storage/revisionrepository.h"
#include "storage/workflowrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace galley {
namespace {

using ArticleFields::text;
using ArticleFields::utcText;

QString demoResource(const QString &fileName)
{
    return QStringLiteral(":/galley/demo/") + fileName;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// One demo article between the JSON and the database.
struct DemoArticle {
    QString key;
    Article article;
    QJsonArray related; ///< as written in the JSON; resolved once every key has an id
    QString reviewNote;
    WorkflowState status = WorkflowState::Draft; ///< where the workflow takes it; created as a draft
    int updatedHoursAgo = 0;
    QString importedFrom; ///< wire copy: the file; its related items come from the Importer
    QString language; ///< the spelling language chosen for it, as the copy desk stores it ("en-GB"), or empty
};

/// What newsroom.json holds: the articles, and the words of the newsroom's spelling dictionary.
struct DemoContent {
    QList<DemoArticle> articles;
    QStringList words;
    QString wordsAddedBy;
};

std::optional<qint64> optionalInteger(const QJsonValue &value)
{
    if (value.isDouble())
        return static_cast<qint64>(value.toDouble());
    return std::nullopt;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

/// The fields shared by wire entries and written articles. Returns an error, or empty.
QString readCommonFields(const QJsonObject &object, DemoArticle &demo)
{
    demo.key = object.value(QLatin1String("key")).toString();
    if (demo.key.isEmpty())
        return QCoreApplication::translate("galley::DemoNewsroom", "The demo newsroom has an entry without a key.");
    const QString statusKey = object.value(QLatin1String("status")).toString();
    const std::optional<WorkflowState> status = workflowStateFromKey(statusKey);
    if (!status)
        return QCoreApplication::translate("galley::DemoNewsroom", "The demo article \"%1\" has an unknown status \"%2\".").arg(demo.key, statusKey);
    demo.status = *status;
    demo.article.status = WorkflowState::Draft;
    demo.article.slug = demo.key;
    demo.article.desk = object.value(QLatin1String("desk")).toString();
    demo.article.tags = stringList(object.value(QLatin1String("tags")));
    demo.updatedHoursAgo = object.value(QLatin1String("updated_hours_ago")).toInt();
    demo.reviewNote = object.value(QLatin1String("review_note")).toString();
    // The language the desk chose for its spelling; only one Galley has a dictionary for, as
    // the copy desk's Spelling choice offers.
    demo.language = object.value(QLatin1String("language")).toString().trimmed();
    if (!demo.language.isEmpty() && SpellChecker::dictionaryFor(demo.language).isEmpty())
        return QCoreApplication::translate("galley::DemoNewsroom", "The demo article \"%1\" has a spelling language \"%2\" that Galley does not spell-check.")
            .arg(demo.key, demo.language);
    return {};
}

QString readWireEntry(const QJsonObject &object, DemoArticle &demo)
{
    const QString fileName = object.value(QLatin1String("file")).toString();
    QFile file(demoResource(fileName));
    if (fileName.isEmpty() || !file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("galley::DemoNewsroom", "The demo wire copy \"%1\" is missing.").arg(fileName);
    ImportResult result = Importer::readData(file.readAll(), fileName);
    if (!result.ok)
        return result.error;
    demo.article = std::move(result.article);
    demo.importedFrom = fileName;
    return readCommonFields(object, demo);
}

QString readArticleEntry(const QJsonObject &object, DemoArticle &demo)
{
    if (QString error = readCommonFields(object, demo); !error.isEmpty())
        return error;
    Article &article = demo.article;
    article.title = object.value(QLatin1String("title")).toString();
    if (article.title.isEmpty())
        return QCoreApplication::translate("galley::DemoNewsroom", "The demo article \"%1\" has no title.").arg(demo.key);
    article.subtitle = object.value(QLatin1String("subtitle")).toString();
    article.summary = object.value(QLatin1String("summary")).toString();
    article.bodyHtml = object.value(QLatin1String("body_html")).toString();
    article.byline = object.value(QLatin1String("byline")).toString();
    article.source = object.value(QLatin1String("source")).toString();
    article.editor = object.value(QLatin1String("editor")).toString();
    article.publishAt = object.value(QLatin1String("publish_at")).toString();
    article.views = optionalInteger(object.value(QLatin1String("views")));
    demo.related = object.value(QLatin1String("related")).toArray();
    return {};
}

/// Reads newsroom.json and the wire copy it names: wire entries first, then the articles, and
/// the newsroom's dictionary.
QString readDemo(DemoContent &content)
{
    QList<DemoArticle> &demos = content.articles;
    QFile file(demoResource(QStringLiteral("newsroom.json")));
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("galley::DemoNewsroom", "The demo newsroom is missing from this build.");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return QCoreApplication::translate("galley::DemoNewsroom", "The demo newsroom cannot be read: %1.").arg(parseError.errorString());
    const QJsonObject root = document.object();

    const QJsonArray wire = root.value(QLatin1String("wire")).toArray();
    for (const QJsonValue &value : wire) {
        DemoArticle demo;
        if (QString error = readWireEntry(value.toObject(), demo); !error.isEmpty())
            return error;
        demos.append(std::move(demo));
    }
    const QJsonArray articles = root.value(QLatin1String("articles")).toArray();
    for (const QJsonValue &value : articles) {
        DemoArticle demo;
        if (QString error = readArticleEntry(value.toObject(), demo); !error.isEmpty())
            return error;
        demos.append(std::move(demo));
    }
    // The names and trade words of its copy that Hunspell does not know, which the desk has
    // accepted: {"added_by": "...", "words": ["Marren", ...]}.
    const QJsonObject dictionary = root.value(QLatin1String("dictionary")).toObject();
    content.wordsAddedBy = dictionary.value(QLatin1String("added_by")).toString();
    const QJsonArray words = dictionary.value(QLatin1String("words")).toArray();
    for (const QJsonValue &word : words) {
        if (!word.isString())
            return QCoreApplication::translate("galley::DemoNewsroom", "The demo newsroom's dictionary holds something that is not a word.");
        content.words.append(word.toString());
    }
    return {};
}

/// Related items of the JSON, internal ones resolved to article ids.
std::optional<QList<RelatedItem>> resolveRelated(const QJsonArray &related, const QHash<QString, qint64> &ids)
{
    QList<RelatedItem> items;
    for (const QJsonValue &value : related) {
        const QJsonObject object = value.toObject();
        RelatedItem item;
        if (object.contains(QLatin1String("key"))) {
            const auto id = ids.constFind(object.value(QLatin1String("key")).toString());
            if (id == ids.cend())
                return std::nullopt;
            item.targetArticleId = *id;
        } else {
            item.title = object.value(QLatin1String("title")).toString();
            item.summary = object.value(QLatin1String("summary")).toString();
            item.publishedAt = object.value(QLatin1String("published_at")).toString();
            item.views = optionalInteger(object.value(QLatin1String("views")));
            item.url = object.value(QLatin1String("url")).toString();
        }
        items.append(item);
    }
    return items;
}

struct Step {
    WorkflowState to;
    Role role;
};

/// The usual path of an article from draft to \a state: the reporter submits, the desk editor
/// reviews and publishes (every step allowed by Workflow).
QList<Step> pathTo(WorkflowState state)
{
    using S = WorkflowState;
    switch (state) {
    case S::Draft: return {};
    case S::InReview: return {{S::InReview, Role::Editor}};
    case S::ChangesRequested: return {{S::InReview, Role::Editor}, {S::ChangesRequested, Role::Reviewer}};
    case S::Approved: return {{S::InReview, Role::Editor}, {S::Approved, Role::Reviewer}};
    case S::Published: return {{S::InReview, Role::Editor}, {S::Approved, Role::Reviewer}, {S::Published, Role::Editor}};
    case S::Archived:
        return {{S::InReview, Role::Editor},
                {S::Approved, Role::Reviewer},
                {S::Published, Role::Editor},
                {S::Archived, Role::Editor}};
    }
    return {};
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    return fail(error, QCoreApplication::translate("galley::DemoNewsroom", "The demo newsroom could not be written: %1.").arg(query.lastError().text()));
}

/// Records the first revision and moves the article to its state through the real workflow,
/// so its timeline and revisions are those the application itself would have written.
bool moveAlong(Database &database, DemoArticle &demo, QString *error)
{
    Article &article = demo.article;
    const QString reporter = article.byline.isEmpty() ? article.editor : article.byline;
    RevisionRepository revisions(database);
    const QString baselineNote = demo.importedFrom.isEmpty() ? QString(QLatin1String(""))
                                                              : QCoreApplication::translate("galley::DemoNewsroom", "Imported from %1").arg(demo.importedFrom);
    if (!revisions.record(article, RevisionKind::Baseline, text(reporter), baselineNote)) {
        return fail(error, QCoreApplication::translate("galley::DemoNewsroom", "The demo article \"%1\" could not be recorded: %2")
                               .arg(demo.key, revisions.errorString()));
    }
    WorkflowRepository workflow(database);
    const QList<Step> path = pathTo(demo.status);
    for (const Step &step : path) {
        const QString who = step.role == Role::Editor && step.to == WorkflowState::InReview ? reporter : article.editor;
        const QString note = step.to == WorkflowState::ChangesRequested ? demo.reviewNote : QString();
        if (workflow.transition(article, step.to, step.role, text(who), text(note)) != WorkflowRepository::Result::Done) {
            return fail(error, QCoreApplication::translate("galley::DemoNewsroom", "The demo article \"%1\" could not be moved to \"%2\": %3")
                                   .arg(demo.key, workflowStateKey(step.to), workflow.errorString()));
        }
    }
    return true;
}

/// Spreads the article's history over the past days. The repositories stamp everything "now";
/// a list where every article was written in the same second does not look like a newsroom.
bool backdate(Database &database, const DemoArticle &demo, const QDateTime &now, QString *error)
{
    const Article &article = demo.article;
    const QDateTime updated = now.addSecs(-qint64(demo.updatedHoursAgo) * 3600);
    const QList<WorkflowEvent> events = WorkflowRepository(database).events(article.id);

    // Event times, newest last: the last one at the update time, the publication at publish_at
    // when that lies before it, the others a couple of hours apart.
    QList<QDateTime> times(events.size());
    const QDateTime publishAt = QDateTime::fromString(article.publishAt, Qt::ISODate);
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        QDateTime at = i == events.size() - 1 ? updated : times[i + 1].addSecs(-(2 * 3600 + 17 * 60 * (i + 1)));
        if (events[i].to == WorkflowState::Published && publishAt.isValid() && publishAt < at)
            at = publishAt.toUTC();
        times[i] = at;
    }
    const QDateTime created =
        (times.isEmpty() ? updated : times.first()).addSecs(-3 * 3600 - (demo.updatedHoursAgo % 5) * 600);

    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("UPDATE articles SET created_at = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(utcText(created));
    query.addBindValue(utcText(updated));
    query.addBindValue(article.id);
    if (!exec(query, error))
        return false;

    query.prepare(QStringLiteral("UPDATE workflow_events SET at = ? WHERE id = ?"));
    for (qsizetype i = 0; i < events.size(); ++i) {
        query.addBindValue(utcText(times[i]));
        query.addBindValue(events[i].id);
        if (!exec(query, error))
            return false;
    }

    // The first revision is the baseline at creation, then one per transition.
    const QList<Revision> history = RevisionRepository(database).list(article.id);
    query.prepare(QStringLiteral("UPDATE revisions SET created_at = ? WHERE id = ?"));
    for (qsizetype i = 0; i < history.size(); ++i) {
        const QDateTime at = i == 0 || times.isEmpty() ? created : times[std::min(i - 1, times.size() - 1)];
        query.addBindValue(utcText(at));
        query.addBindValue(history[i].id);
        if (!exec(query, error))
            return false;
    }
    return true;
}

} // namespace

bool createDemoNewsroom(Database &database, QString *error)
{
    if (!database.isOpen())
        return fail(error, QCoreApplication::translate("galley::DemoNewsroom", "The demo newsroom needs an open database."));
    {
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM articles)"));
        if (!exec(query, error) || !query.next())
            return false;
        if (query.value(0).toBool())
            return true; // not empty: never add the demo to a real newsroom
    }

    DemoContent content;
    if (QString message = readDemo(content); !message.isEmpty())
        return fail(error, message);
    QList<DemoArticle> &demos = content.articles;

    WriteTransaction transaction(database);
    if (!transaction.isActive())
        return fail(error, QCoreApplication::translate("galley::DemoNewsroom", "The demo newsroom could not be written: %1.").arg(transaction.errorString()));

    ArticleRepository repository(database);
    QHash<QString, qint64> ids;
    for (DemoArticle &demo : demos) {
        if (ids.contains(demo.key))
            return fail(error, QCoreApplication::translate("galley::DemoNewsroom", "The demo newsroom has two articles with the key \"%1\".").arg(demo.key));
        if (!repository.create(demo.article)) {
            return fail(error, QCoreApplication::translate("galley::DemoNewsroom", "The demo article \"%1\" could not be created: %2")
                                   .arg(demo.key, repository.errorString()));
        }
        ids.insert(demo.key, demo.article.id);
    }
    // The copy desk's memory: the languages chosen for articles, the newsroom's dictionary.
    CopyDeskRepository desk(database);
    for (const DemoArticle &demo : std::as_const(demos)) {
        if (!demo.language.isEmpty() && !desk.setArticleLanguage(demo.article.id, demo.language)) {
            return fail(error, QCoreApplication::translate("galley::DemoNewsroom", "The demo article \"%1\" could not be created: %2")
                                   .arg(demo.key, desk.errorString()));
        }
    }
    for (const QString &word : std::as_const(content.words)) {
        if (!desk.addDictionaryWord(word, content.wordsAddedBy)) {
            return fail(error, QCoreApplication::translate("galley::DemoNewsroom", "The demo newsroom's dictionary could not be written: %1.")
                                   .arg(desk.errorString()));
        }
    }
    // Related items can point forward, so they are written once every article has its id.
    for (DemoArticle &demo : demos) {
        if (!demo.importedFrom.isEmpty() || demo.related.isEmpty())
            continue;
        const std::optional<QList<RelatedItem>> related = resolveRelated(demo.related, ids);
        if (!related)
            return fail(error, QCoreApplication::translate("galley::DemoNewsroom", "The demo article \"%1\" refers to an article that does not exist.").arg(demo.key));
        demo.article.related = *related;
        if (repository.save(demo.article) != ArticleRepository::SaveResult::Saved) {
            return fail(error, QCoreApplication::translate("galley::DemoNewsroom", "The demo article \"%1\" could not be saved: %2")
                                   .arg(demo.key, repository.errorString()));
        }
    }
    for (DemoArticle &demo : demos) {
        if (!moveAlong(database, demo, error))
            return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const DemoArticle &demo : demos) {
        if (!backdate(database, demo, now, error))
            return false;
    }
    if (!transaction.commit())
        return fail(error, QCoreApplication::translate("galley::DemoNewsroom", "The demo newsroom could not be written: %1.").arg(transaction.errorString()));
    return true;
}

QString defaultNewsroomPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder + QStringLiteral("/newsroom.galley");
}

} // namespace galley
