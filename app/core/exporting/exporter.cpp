#include "exporter.h"

#include "articlepipeline.h"
#include "articlewriter.h"
#include "exportpaths.h"
#include "exportselector.h"
#include "pagevalidator.h"
#include "pdfprinter.h"
#include "storage/articlerepository.h"
#include "storage/assetrepository.h"
#include "storage/copydeskrepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace galley {

namespace {

struct PlannedArticle {
    ExportPlanEntry entry;
    QString slug;
};

bool writesPages(ExportFormat format)
{
    return format == ExportFormat::Html || format == ExportFormat::Site || format == ExportFormat::Pdf;
}

/// One read transaction over a connection's whole share of an export: what one connection reads
/// comes from one state of the newsroom (each worker's connection has its own, taken at its
/// first read), and SQLite takes its locks once instead of around each query (four fcntl()
/// calls per article) and keeps its page cache warm between them. While it lasts, checkpoints
/// cannot pass it: saves made meanwhile stay in the WAL until the export ends.
/// The connection (the export's own, closed when it ends) also reads the file through a memory
/// map: an article's body spans several overflow pages, and reading them by pread() and copying
/// them into SQLite's cache was a sixth of an export (measured: 1,000 articles, 1,100/s -> 1,370/s).
/// Pages beyond the first 2 GiB of a larger file are read as usual.
class ReadSnapshot final
{
public:
    explicit ReadSnapshot(Database &database)
        : m_connection(database.connection())
        , m_active(begin(m_connection))
    { }
    ~ReadSnapshot()
    {
        if (m_active)
            m_connection.rollback(); // nothing was written
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    static bool begin(QSqlDatabase &connection)
    {
        QSqlQuery(connection).exec(QStringLiteral("PRAGMA mmap_size = %1").arg(MapBytes));
        return connection.transaction();
    }
    static constexpr qint64 MapBytes = qint64(2) << 30;

    QSqlDatabase m_connection;
    bool m_active;
};

// One thread's view of the newsroom: its own connection, repositories and pipeline.
class Worker final
{
public:
    Worker(Database &database, const ExportContext &context)
        : m_articles(database)
        , m_assets(database)
        , m_pipeline(context, lookups())
    {
    }

    ArticleOutput process(qint64 id)
    {
        // The body's HTML alone: nothing of a page is made from the stored plain text.
        const std::optional<Article> article = m_articles.load(id, ArticleRepository::BodyText::Skipped);
        if (!article) {
            ArticleOutput output;
            output.id = id;
            output.error = QCoreApplication::translate("galley::Exporter", "Article %1 could not be read: %2").arg(id).arg(m_articles.errorString());
            return output;
        }
        return m_pipeline.process(*article);
    }

private:
    ArticleRenderer::Lookups lookups()
    {
        return {[this](const QString &hash) -> std::optional<QString> {
                    const auto cached = m_mimeTypes.constFind(hash);
                    if (cached != m_mimeTypes.constEnd())
                        return cached.value();
                    std::optional<QString> mime = m_assets.mimeType(hash);
                    if (mime)
                        m_mimeTypes.insert(hash, *mime);
                    return mime;
                },
                [this](qint64 id) { return m_articles.load(id, ArticleRepository::BodyText::Skipped); }};
    }

    ArticleRepository m_articles;
    AssetRepository m_assets;
    QHash<QString, QString> m_mimeTypes;
    ArticlePipeline m_pipeline;
};

// Runs \a ids through workers on \a jobs threads and hands the outputs to \a consume in id
// order on the calling thread. Workers stay at most a window ahead of the consumer. \a prepare
// runs on the calling thread while the workers open the newsroom and make the first pages;
// when it fails, nothing is consumed and false is returned.
bool runParallel(const QList<qint64> &ids, int jobs, const QString &databasePath, const ExportContext &context,
                 const std::function<bool()> &prepare, const std::function<bool(ArticleOutput &&)> &consume)
{
    const qsizetype count = ids.size();
    const qsizetype window = 16 * jobs;
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<std::optional<ArticleOutput>> slots(static_cast<size_t>(count));
    qsizetype next = 0;
    qsizetype consumed = 0;
    bool stop = false;

    std::vector<std::unique_ptr<QThread>> threads;
    for (int j = 0; j < jobs; ++j) {
        threads.emplace_back(QThread::create([&] {
            Database database;
            const bool opened = database.open(databasePath) == Database::Status::Ok;
            std::optional<ReadSnapshot> snapshot;
            if (opened)
                snapshot.emplace(database);
            std::unique_ptr<Worker> worker = opened ? std::make_unique<Worker>(database, context) : nullptr;
            for (;;) {
                qsizetype index = 0;
                {
                    std::unique_lock lock(mutex);
                    changed.wait(lock, [&] { return stop || next >= count || next < consumed + window; });
                    if (stop || next >= count)
                        break;
                    index = next++;
                }
                ArticleOutput output;
                if (worker) {
                    output = worker->process(ids.at(index));
                } else {
                    output.id = ids.at(index);
                    output.error = database.errorString();
                }
                {
                    const std::lock_guard lock(mutex);
                    slots[static_cast<size_t>(index)] = std::move(output);
                }
                changed.notify_all();
            }
            worker.reset();
            snapshot.reset();
            database.close();
        }));
        threads.back()->setObjectName(QStringLiteral("galley-export-%1").arg(j + 1));
        threads.back()->start();
    }

    const bool prepared = prepare();
    for (qsizetype index = 0; prepared && index < count; ++index) {
        std::optional<ArticleOutput> output;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return slots[static_cast<size_t>(index)].has_value(); });
            output = std::move(slots[static_cast<size_t>(index)]);
            slots[static_cast<size_t>(index)].reset();
            consumed = index + 1;
        }
        changed.notify_all();
        if (!consume(std::move(*output)))
            break;
    }
    {
        const std::lock_guard lock(mutex);
        stop = true;
    }
    changed.notify_all();
    for (const auto &thread : threads)
        thread->wait();
    return prepared;
}

// Whether the article page (or a partial it may include) reads \a name; comments do not count.
bool usesVariable(const ExportTemplate &exportTemplate, const QString &name)
{
    static const QRegularExpression comment(QStringLiteral("\\{\\{![^}]*\\}\\}"));
    for (const QString &file : exportTemplate.templateNames()) {
        if (file == QLatin1String(ExportTemplate::TextTemplate) || file == QLatin1String(ExportTemplate::IndexTemplate))
            continue;
        if (QString(exportTemplate.templateSource(file)).remove(comment).contains(name))
            return true;
    }
    return false;
}

QString sortableTime(const QString &iso)
{
    QString time = iso.trimmed();
    if (time.size() > 10 && time.at(10) == QLatin1Char(' '))
        time[10] = QLatin1Char('T');
    return time;
}

// The site's index page, rendered and validated but not written: the articles of \a languages
// (those whose pages are written, with their language), newest first. \a exists answers the
// validator's question whether a file the page links to is there.
std::optional<QByteArray> renderIndex(const QList<PlannedArticle> &planned, const QHash<qint64, QString> &languages,
                                      const ArticleTransformer &transformer, const ExportTemplate &exportTemplate,
                                      const ExportContext &context, const PageValidator::ReferenceCheck &exists, QString *error)
{
    QList<std::pair<QString, PlannedArticle>> listed; // with its publish time, as sorted
    int chinese = 0;
    for (const PlannedArticle &article : planned) {
        if (!languages.contains(article.entry.id))
            continue; // failed: no page to link to
        listed.append({sortableTime(article.entry.publishAt), article});
        chinese += languages.value(article.entry.id).startsWith(QLatin1String("zh")) ? 1 : -1;
    }
    std::stable_sort(listed.begin(), listed.end(), [](const auto &a, const auto &b) {
        const QString &ta = a.first;
        const QString &tb = b.first;
        if (ta.isEmpty() != tb.isEmpty())
            return tb.isEmpty();
        if (ta != tb)
            return ta > tb;
        return a.second.entry.id < b.second.entry.id;
    });
    QHash<QString, PageLabels> labels; // by language: made once, not once per entry
    const auto labelsFor = [&transformer, &labels](const QString &language) {
        auto known = labels.constFind(language);
        if (known == labels.constEnd())
            known = labels.insert(language, PageLabels::forLanguage(language, [&transformer](const QString &text) {
                return transformer.transformText(text);
            }));
        return known.value();
    };
    QList<IndexEntry> entries;
    for (const auto &[time, article] : std::as_const(listed)) {
        const QString language = languages.value(article.entry.id);
        entries.append({transformer.transformText(article.entry.title), transformer.transformText(article.entry.summary),
                        articleFileName(context.format, article.entry.fileStem), article.entry.publishAt, article.entry.views,
                        language, labelsFor(language).viewsSuffix});
    }
    const QString language = transformer.transformLanguage(chinese >= 0 ? QStringLiteral("zh-Hans") : QStringLiteral("en"));
    const TemplateRenderer renderer(exportTemplate);
    QString renderError;
    QByteArray bytes;
    const QString index = renderer.render(QLatin1String(ExportTemplate::IndexTemplate),
                                          PageData::indexTree(entries, language, context.page, labelsFor(language)), &renderError,
                                          &bytes);
    const PageValidator::Result validation = index.isEmpty() ? PageValidator::Result{{renderError}} : PageValidator::validate(index, exists);
    if (!validation.isValid()) {
        if (error)
            *error = QCoreApplication::translate("galley::Exporter", "The index page was not written: %1").arg(validation.errors.join(QLatin1String("; ")));
        return std::nullopt;
    }
    return bytes;
}

} // namespace

Exporter::Exporter(QString databasePath, ExportSelection selection, ExportOptions options, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_selection(std::move(selection))
    , m_options(std::move(options))
{
}

Exporter::~Exporter() = default;

void Exporter::cancel()
{
    m_cancelled.store(true);
}

ExportSummary Exporter::run()
{
    QElapsedTimer timer;
    timer.start();
    ExportSummary summary;
    summary.outputDirectory = m_options.outputDirectory;
    const auto finish = [&summary, &timer](const QString &fatalError = QString()) {
        if (!fatalError.isEmpty())
            summary.errors.append(fatalError);
        summary.ok = summary.errors.isEmpty() && !summary.cancelled && summary.failed == 0;
        summary.elapsedMs = timer.elapsed();
        return summary;
    };
    const ExportFormat format = m_options.format;

    if (m_options.outputDirectory.trimmed().isEmpty())
        return finish(QCoreApplication::translate("galley::Exporter", "Choose an output folder for the export."));
    if (!QFileInfo(m_databasePath).isFile())
        return finish(QCoreApplication::translate("galley::Exporter", "There is no newsroom file at %1.").arg(m_databasePath));
    PdfPrintFunction printer;
    if (format == ExportFormat::Pdf) {
        printer = pdfPrintFunction();
        if (!printer)
            return finish(QCoreApplication::translate("galley::Exporter", "PDF export needs Galley's graphical libraries (QtWebEngine); no PDF printer is available here."));
    }

    Database database;
    if (database.open(m_databasePath) != Database::Status::Ok)
        return finish(database.errorString());
    const ReadSnapshot snapshot(database);
    AssetRepository assets(database);

    QString error;
    const std::optional<QList<ArticleHeadline>> selected = ExportSelector(database).select(m_selection, &error);
    if (!selected)
        return finish(error);

    const ArticleTransformer transformer(m_options.conversion, m_options.fixPunctuation);
    if (!transformer.isValid())
        return finish(transformer.errorString());
    const std::optional<ExportTemplate> exportTemplate = ExportTemplate::load(m_options.templateDirectory, &error);
    if (!exportTemplate)
        return finish(error);

    // Select: what every page needs to know about the others (file names, titles for links
    // and the index), from the headlines alone.
    QList<PlannedArticle> planned;
    planned.reserve(selected->size());
    for (const ArticleHeadline &headline : *selected) {
        if (m_cancelled.load()) {
            summary.cancelled = true;
            return finish();
        }
        planned.append({{headline.id, headline.uuid, QString(), headline.title.trimmed(),
                         ArticleRenderer::summaryFor(headline.summary, headline.bodyStart), headline.publishAt.trimmed(),
                         headline.views},
                        headline.slug});
    }
    summary.selected = int(planned.size());

    QList<QPair<qint64, QString>> slugs;
    for (const PlannedArticle &article : std::as_const(planned))
        slugs.append({article.entry.id, article.slug});
    const QHash<qint64, QString> stems = ExportPaths::uniqueFileStems(slugs);

    ExportContext context;
    context.format = format;
    context.exportTemplate = &*exportTemplate;
    context.transformer = &transformer;
    context.lintGate = m_options.lintGate;
    if (context.lintGate) {
        // The gate checks as the desk does: with the newsroom's house style, its dictionary and
        // the languages chosen for articles, and without what an editor chose to ignore.
        CopyDeskRepository desk(database);
        const std::optional<QByteArray> style = desk.houseStyleJson();
        std::optional<QHash<qint64, QSet<QString>>> ignored = desk.allIgnoredFindings();
        std::optional<QHash<qint64, QString>> languages = desk.articleLanguages();
        std::optional<QStringList> words = desk.dictionaryWords();
        if (!style || !ignored || !languages || !words)
            return finish(QCoreApplication::translate("galley::Exporter", "%1: the copy desk’s house style and ignored findings cannot be read: %2.")
                              .arg(database.displayName(), desk.errorString()));
        if (!style->isEmpty()) {
            const std::optional<HouseStyle> house = HouseStyle::fromJson(*style,
                QCoreApplication::translate("galley::Exporter", "%1 (its house style)").arg(database.displayName()), &error);
            if (!house)
                return finish(error);
            context.houseStyle = *house;
        }
        context.ignoredFindings = std::move(*ignored);
        context.articleLanguages = std::move(*languages);
        context.dictionaryWords = std::move(*words);
    }
    context.page.site = format == ExportFormat::Site;
    context.page.baseUrl = m_options.baseUrl;
    context.page.pageSuffix = QLatin1Char('.') + articleFileName(format, QString()).section(QLatin1Char('.'), -1);
    context.page.withBodyText = format == ExportFormat::Text || usesVariable(*exportTemplate, QStringLiteral("body_text"));
    QList<qint64> ids;
    QStringList plannedPaths;
    for (PlannedArticle &article : planned) {
        article.entry.fileStem = stems.value(article.entry.id);
        context.plan.insert(article.entry.id, article.entry);
        ids.append(article.entry.id);
        const QString file = articleFileName(format, article.entry.fileStem);
        context.plannedFiles.insert(file);
        plannedPaths.append(file);
    }
    QMap<QString, QByteArray> staticFiles;
    if (writesPages(format))
        staticFiles = exportTemplate->staticFiles();
    for (auto it = staticFiles.cbegin(); it != staticFiles.cend(); ++it) {
        context.plannedFiles.insert(it.key());
        plannedPaths.append(it.key());
    }
    if (format == ExportFormat::Site) {
        context.plannedFiles.insert(context.page.indexHref);
        plannedPaths.append(context.page.indexHref);
    }

    ExportWriter writer(m_options.outputDirectory, m_options.overwriteForeignFiles);
    const auto record = [this, &summary](const WrittenFile &file) {
        summary.files.append(file);
        Q_EMIT fileWritten(file);
    };
    // The output folder is checked and the static files written (with two jobs or more, while the
    // workers start); when that fails, nothing else is written.
    bool opened = false;
    const auto prepare = [&]() -> bool {
        if (!writer.open(&error) || !writer.checkWritable(plannedPaths, &error))
            return false;
        opened = true;
        summary.outputDirectory = writer.outputDirectory();
        Q_EMIT started(int(ids.size()));
        for (auto it = staticFiles.cbegin(); it != staticFiles.cend(); ++it) {
            const std::optional<WrittenFile> written = writer.write(it.key(), it.value(), &error);
            if (!written)
                return false;
            record(*written);
        }
        return true;
    };
    const auto stopBeforeWriting = [&]() {
        if (opened)
            (void)writer.finish(nullptr);
        return finish(error);
    };

    // Write: in id order, whatever thread produced the output.
    QHash<qint64, QString> languages;
    int done = 0;
    const int total = int(ids.size());
    ArticleWriter articleWriter(writer, assets, printer,
                                {record, [&](const ArticleOutput &output, const QString &articleError) {
                                     if (articleError.isEmpty()) {
                                         ++summary.exported;
                                         languages.insert(output.id, output.language);
                                     } else {
                                         ++summary.failed;
                                         if (std::any_of(output.heldBackBy.cbegin(), output.heldBackBy.cend(), [](int n) { return n > 0; })) {
                                             ++summary.heldBack;
                                             for (std::size_t rule = 0; rule < output.heldBackBy.size(); ++rule)
                                                 summary.heldBackBy.at(rule) += output.heldBackBy.at(rule);
                                         }
                                         summary.errors.append(articleError);
                                         Q_EMIT articleFailed(output.id, articleError);
                                     }
                                     Q_EMIT progress(++done, total, output.title);
                                 }});
    // Site: the language of each article whose page went to the writer, for the index.
    QHash<qint64, QString> produced;
    const auto consume = [&](ArticleOutput &&output) -> bool {
        if (m_cancelled.load())
            return false;
        if (format == ExportFormat::Site && output.ok())
            produced.insert(output.id, output.language);
        articleWriter.add(std::move(output));
        return !m_cancelled.load();
    };

    const int jobs = std::clamp(m_options.jobs, 1, 64);
    if (jobs == 1 || ids.size() < 2) {
        if (!prepare())
            return stopBeforeWriting();
        Worker worker(database, context);
        for (qint64 id : std::as_const(ids)) {
            if (!consume(worker.process(id)))
                break;
        }
    } else if (!runParallel(ids, std::min<int>(jobs, int(ids.size())), m_databasePath, context, prepare, consume)) {
        return stopBeforeWriting();
    }
    // The index is rendered while the last pages are flushed and renamed, on the other core: it
    // lists the pages that went to the writer and links only to them and the static files. It is
    // used only when exactly those pages were written; otherwise it is made again below.
    std::optional<QByteArray> index;
    std::unique_ptr<QThread> indexThread;
    if (format == ExportFormat::Site && !m_cancelled.load()) {
        QSet<QString> pages;
        for (auto it = staticFiles.cbegin(); it != staticFiles.cend(); ++it)
            pages.insert(it.key());
        for (auto it = produced.cbegin(); it != produced.cend(); ++it)
            pages.insert(articleFileName(format, stems.value(it.key())));
        indexThread.reset(QThread::create([&, pages = std::move(pages)] {
            index = renderIndex(planned, produced, transformer, *exportTemplate, context,
                                [&pages](const QString &path) { return pages.contains(path); }, nullptr);
        }));
        indexThread->setObjectName(QStringLiteral("galley-export-index"));
        indexThread->start();
    }
    articleWriter.finish(); // what is in flight is finished, even after a cancel
    if (indexThread)
        indexThread->wait();
    if (m_cancelled.load())
        summary.cancelled = true;

    if (format == ExportFormat::Site && !summary.cancelled) {
        if (!index || languages.size() != produced.size()) // a page failed to be written, or the index did not pass
            index = renderIndex(planned, languages, transformer, *exportTemplate, context,
                                [&writer](const QString &path) { return writer.hasWritten(path); }, &error);
        const std::optional<WrittenFile> written = index ? writer.write(context.page.indexHref, *index, &error) : std::nullopt;
        if (written)
            record(*written);
        else
            summary.errors.append(error);
    }

    if (!writer.finish(&error))
        summary.errors.append(error);
    return finish();
}

} // namespace galley
