#include "lintcommand.h"

#include "cli.h"

#include "document/anchoring.h"
#include "document/canonicalhtml.h"
#include "exporting/articlerenderer.h"
#include "lint/housestyle.h"
#include "lint/lintignores.h"
#include "lint/linter.h"
#include "lint/spellchecker.h"
#include "model/workflowstate.h"
#include "storage/annotationrepository.h"
#include "storage/articlerepository.h"
#include "storage/copydeskrepository.h"
#include "storage/database.h"
#include "storage/newsroomactions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <map>
#include <memory>

namespace galley {

namespace {

/// Translation context of the lint command's messages.
class LintCli
{
    Q_DECLARE_TR_FUNCTIONS(galley::LintCli)
};

int lintFailure(const QString &message, int code = ExitFailure)
{
    printLine(stderr, QStringLiteral("galley: ") + message);
    return code;
}

/// The body of the copy desk's comment on \a finding: the rule id first, so that a re-run in
/// another language still recognises it.
QString commentBody(const LintFinding &finding)
{
    QString body = LintRules::id(finding.rule) + QStringLiteral(": ") + finding.message;
    if (finding.fix)
        body += QLatin1Char(' ') + LintCli::tr("Fix: “%1”.").arg(*finding.fix);
    if (!finding.suggestions.isEmpty())
        body += QLatin1Char(' ') + LintCli::tr("Suggestions: %1.").arg(finding.suggestions.join(QStringLiteral(", ")));
    return body;
}

/// The copy desk's earlier comment on the same finding, or 0.
qint64 earlierComment(const QList<AnnotationThread> &threads, const LintFinding &finding, const TextAnchor &anchor)
{
    const QString prefix = LintRules::id(finding.rule) + QStringLiteral(": ");
    for (const AnnotationThread &thread : threads) {
        const Annotation &root = thread.root;
        if (Linter::isCopyDesk(root.author) && root.body.startsWith(prefix) && root.anchor.quote == anchor.quote
            && root.anchor.start == anchor.start && root.anchor.end == anchor.end)
            return root.id;
    }
    return 0;
}

QJsonObject findingJson(qint64 articleId, const LintFinding &finding, const QString &text)
{
    QJsonObject object {
        { QStringLiteral("article_id"), double(articleId) },
        { QStringLiteral("rule"), LintRules::id(finding.rule) },
        { QStringLiteral("severity"), LintRules::severityKey(finding.severity) },
        { QStringLiteral("start"), double(Anchoring::toCodePointOffset(text, finding.start)) },
        { QStringLiteral("end"), double(Anchoring::toCodePointOffset(text, finding.end)) },
        { QStringLiteral("text"), text.mid(finding.start, finding.end - finding.start) },
        { QStringLiteral("message"), finding.message },
        { QStringLiteral("fix"), finding.fix ? QJsonValue(*finding.fix) : QJsonValue(QJsonValue::Null) },
    };
    if (finding.rule == LintRule::Spelling)
        object.insert(QStringLiteral("suggestions"), QJsonArray::fromStringList(finding.suggestions));
    return object;
}

QString findingLine(qint64 articleId, const LintFinding &finding, const QString &text)
{
    QString line = LintCli::tr("article %1, %2–%3: %4 %5: “%6” %7")
                       .arg(articleId)
                       .arg(Anchoring::toCodePointOffset(text, finding.start))
                       .arg(Anchoring::toCodePointOffset(text, finding.end))
                       .arg(LintRules::severityKey(finding.severity), LintRules::id(finding.rule),
                           text.mid(finding.start, finding.end - finding.start), finding.message);
    if (finding.fix)
        line += QLatin1Char(' ') + LintCli::tr("(fix: “%1”)").arg(*finding.fix);
    if (!finding.suggestions.isEmpty())
        line += QLatin1Char(' ') + LintCli::tr("(suggestions: %1)").arg(finding.suggestions.join(QStringLiteral(", ")));
    return line;
}

struct LintOptions {
    bool json = false;
    bool fix = false;
    bool annotate = false;
    HouseStyle style;
    QStringList dictionaryWords; ///< the newsroom's
};

/// One spelling checker per dictionary, made when an article first needs it, knowing the
/// newsroom's words; a missing dictionary is said once.
class Spellers
{
public:
    explicit Spellers(const QStringList &words)
        : m_words(words)
    { }

    /// The checker for \a language ("en-GB", "zh-Hans"), or nullptr when it is not spell-checked.
    const SpellChecker *forLanguage(const QString &language)
    {
        const QString dictionary = SpellChecker::dictionaryFor(language);
        if (dictionary.isEmpty())
            return nullptr;
        std::unique_ptr<SpellChecker> &speller = m_spellers[dictionary];
        if (!speller) {
            speller = std::make_unique<SpellChecker>(dictionary);
            if (speller->isValid())
                speller->addWords(m_words);
            else
                printLine(stderr, QStringLiteral("galley: ") + speller->errorString());
        }
        return speller->isValid() ? speller.get() : nullptr;
    }

private:
    QStringList m_words;
    std::map<QString, std::unique_ptr<SpellChecker>> m_spellers;
};

/// Lints, fixes and annotates one article; false on a failure (printed).
bool lintOneArticle(Database &database, Article article, const LintOptions &options, Spellers &spellers, bool *errorsLeft)
{
    // What the desk keeps for the article: the findings ignored in it, and the language chosen
    // for its spelling (else its text's, as the editor goes by).
    CopyDeskRepository desk(database);
    const std::optional<QSet<QString>> ignored = desk.ignoredFindings(article.id);
    const std::optional<QString> chosenLanguage = desk.articleLanguage(article.id);
    if (!ignored || !chosenLanguage) {
        lintFailure(LintCli::tr("article %1: the copy desk’s memory cannot be read: %2.")
                        .arg(article.id)
                        .arg(desk.errorString()));
        return false;
    }
    if (options.fix) {
        int applied = 0;
        QSet<QString> reIgnored;
        const QString fixed = Linter::fixArticle(article.bodyHtml, options.style, &applied, *ignored, &reIgnored);
        if (applied > 0) {
            article.bodyHtml = fixed;
            article.bodyText = CanonicalHtml::toPlainText(fixed);
            const NewsroomActions::SaveOutcome saved = NewsroomActions::save(database, article, RevisionKind::Save,
                Linter::copyDeskName(), LintCli::tr("Copy desk: %n safe fix(es)", nullptr, applied));
            if (saved.result != ArticleRepository::SaveResult::Saved) {
                lintFailure(LintCli::tr("article %1: the fixes were not saved: %2").arg(article.id).arg(saved.error));
                return false;
            }
            printLine(stderr,
                LintCli::tr("galley: article %1: %n fix(es) saved as revision %2 by %3.", nullptr, applied)
                    .arg(article.id)
                    .arg(saved.revision.value_or(0))
                    .arg(Linter::copyDeskName()));
            // A fix next to an ignored finding changed its context: it stays ignored in the new text.
            for (const QString &key : std::as_const(reIgnored)) {
                if (!desk.ignoreFinding(article.id, key, Linter::copyDeskName())) {
                    lintFailure(LintCli::tr("article %1: %2.").arg(article.id).arg(desk.errorString()));
                    return false;
                }
            }
        }
    }
    const QString &text = article.bodyText;
    const QList<TextBlock> blocks = CanonicalHtml::textBlocks(article.bodyHtml);
    QList<LintFinding> findings = Linter::lintText(text, blocks, options.style);
    const QString language
        = chosenLanguage->isEmpty() ? ArticleRenderer::contentLanguage(text) : *chosenLanguage;
    if (const SpellChecker *speller = spellers.forLanguage(language)) {
        findings += Linter::spellText(text, blocks, *speller, options.style, LintSuggestions::With);
        std::stable_sort(findings.begin(), findings.end(),
            [](const LintFinding &a, const LintFinding &b) { return a.start < b.start; });
    }
    findings = LintIgnores::withoutIgnored(findings, text, blocks, *ignored);
    QList<AnnotationThread> threads;
    if (options.annotate && !findings.isEmpty()) {
        AnnotationRepository annotations(database);
        threads = annotations.threads(article.id);
    }
    int added = 0;
    for (const LintFinding &finding : findings) {
        if (finding.severity == LintSeverity::Error)
            *errorsLeft = true;
        QJsonObject object = findingJson(article.id, finding, text);
        if (options.annotate) {
            const TextAnchor anchor = Anchoring::create(text, finding.start, finding.end);
            qint64 id = earlierComment(threads, finding, anchor);
            if (id == 0) {
                Annotation root;
                root.articleId = article.id;
                root.author = Linter::copyDeskName();
                root.body = commentBody(finding);
                root.anchor = anchor;
                const NewsroomActions::AnnotateOutcome annotated = NewsroomActions::annotate(
                    database, article, root, LintCli::tr("Text as checked by %1").arg(Linter::copyDeskName()));
                if (!annotated.ok) {
                    lintFailure(
                        LintCli::tr("article %1: the comment was not saved: %2").arg(article.id).arg(annotated.error));
                    return false;
                }
                id = root.id;
                ++added;
            }
            object.insert(QStringLiteral("annotation"), double(id));
        }
        if (options.json)
            printJson(object);
        else
            printLine(stdout, findingLine(article.id, finding, text));
    }
    if (options.annotate && !findings.isEmpty()) {
        printLine(stderr,
            LintCli::tr("galley: article %1: %n comment(s) added, %2 already there.", nullptr, added)
                .arg(article.id)
                .arg(findings.size() - added));
    }
    return true;
}

} // namespace

int runLintCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(LintCli::tr(
        "Checks articles against the house style (Chinese punctuation, GB/T 15834; numbers, GB/T 15835) and the "
        "spelling of their Latin words (Hunspell, in the language chosen for the article, else its text's; the "
        "newsroom's dictionary too; Chinese is not spell-checked), leaving out the findings an editor ignored, and "
        "prints each finding: with --json as JSON lines {article_id, rule, severity, start, end, text, message, fix}, "
        "offsets in code points of the body text, fix null where a person must decide; a spelling finding also has "
        "suggestions, and --fix never changes a spelling.\n"
        "Exit status: 0 when no finding of error severity is left, 1 when some are (or on a failure), 2 on a "
        "usage error."));
    parser.addHelpOption();
    const auto add = [&parser](const QString &name, const QString &description, const QString &value = {}) {
        parser.addOption(QCommandLineOption(name, description, value));
    };
    add(QStringLiteral("db"), LintCli::tr("Newsroom database file or team server."), LintCli::tr("file|URI"));
    add(QStringLiteral("lang"), LintCli::tr("User interface language: zh_CN or en."), LintCli::tr("language"));
    add(QStringLiteral("id"), LintCli::tr("Article id (repeat the option, or separate ids by commas)."),
        LintCli::tr("ID"));
    add(QStringLiteral("status"),
        LintCli::tr(
            "Every article in this state (draft, in_review, changes_requested, approved, published, archived)."),
        LintCli::tr("state"));
    add(QStringLiteral("all"), LintCli::tr("Every article not in the trash."));
    add(QStringLiteral("json"), LintCli::tr("Print JSON lines."));
    add(QStringLiteral("fix"),
        LintCli::tr("Apply every safe fix of an article as one revision by the copy desk, then report what is left."));
    add(QStringLiteral("annotate"),
        LintCli::tr("Leave each finding as a comment by the copy desk (none twice: a re-run adds only new ones)."));
    add(QStringLiteral("house-style"), LintCli::tr("House style (JSON) to check against; default: the newsroom's (Preferences > House Style), else the standards."),
        LintCli::tr("file"));
    if (!parser.parse(arguments))
        return lintFailure(parser.errorText(), ExitUsage);
    if (parser.isSet(QStringLiteral("help"))) {
        printHelp(parser.helpText());
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return lintFailure(
            LintCli::tr("unexpected argument \"%1\".").arg(parser.positionalArguments().first()), ExitUsage);
    if (parser.value(QStringLiteral("db")).trimmed().isEmpty())
        return lintFailure(LintCli::tr("--db is required."), ExitUsage);
    const int selections = int(parser.isSet(QStringLiteral("id"))) + int(parser.isSet(QStringLiteral("status")))
        + int(parser.isSet(QStringLiteral("all")));
    if (selections != 1)
        return lintFailure(LintCli::tr("say which articles: one of --id, --status or --all."), ExitUsage);

    QList<qint64> ids;
    for (const QString &value : parser.values(QStringLiteral("id"))) {
        for (const QString &word : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = word.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return lintFailure(LintCli::tr("--id needs a positive number, not \"%1\".").arg(word), ExitUsage);
            ids.append(id);
        }
    }
    std::optional<WorkflowState> status;
    if (parser.isSet(QStringLiteral("status"))) {
        status = workflowStateFromKey(parser.value(QStringLiteral("status")));
        if (!status)
            return lintFailure(
                LintCli::tr("unknown status \"%1\".").arg(parser.value(QStringLiteral("status"))), ExitUsage);
    }
    LintOptions options;
    options.json = parser.isSet(QStringLiteral("json"));
    options.fix = parser.isSet(QStringLiteral("fix"));
    options.annotate = parser.isSet(QStringLiteral("annotate"));
    if (parser.isSet(QStringLiteral("house-style"))) {
        QString error;
        const std::optional<HouseStyle> style = HouseStyle::load(parser.value(QStringLiteral("house-style")), &error);
        if (!style)
            return lintFailure(error, ExitUsage);
        options.style = *style;
    }

    Database database;
    if (database.open(parser.value(QStringLiteral("db"))) != Database::Status::Ok)
        return lintFailure(database.errorString());
    // Without --house-style, the desk's own (the one the editor underlines with).
    if (!parser.isSet(QStringLiteral("house-style"))) {
        CopyDeskRepository desk(database);
        const std::optional<QByteArray> json = desk.houseStyleJson();
        if (!json)
            return lintFailure(LintCli::tr("%1: the house style cannot be read: %2.")
                                   .arg(database.displayName(), desk.errorString()));
        if (!json->isEmpty()) {
            QString error;
            const std::optional<HouseStyle> style = HouseStyle::fromJson(
                *json, LintCli::tr("%1 (its house style)").arg(database.displayName()), &error);
            if (!style)
                return lintFailure(error);
            options.style = *style;
        }
    }
    {
        CopyDeskRepository desk(database);
        const std::optional<QStringList> words = desk.dictionaryWords();
        if (!words)
            return lintFailure(LintCli::tr("%1: the newsroom’s dictionary cannot be read: %2.")
                                   .arg(database.displayName(), desk.errorString()));
        options.dictionaryWords = *words;
    }
    Spellers spellers(options.dictionaryWords);
    ArticleRepository articles(database);
    if (status)
        ids = articles.idsWithStatus(*status);
    else if (parser.isSet(QStringLiteral("all")))
        ids = articles.allIds();
    if (!articles.errorString().isEmpty() && ids.isEmpty() && !parser.isSet(QStringLiteral("id")))
        return lintFailure(articles.errorString());

    bool errorsLeft = false;
    bool failed = false;
    for (const qint64 id : ids) {
        const std::optional<Article> article = articles.load(id);
        if (!article || article->isInTrash()) {
            lintFailure(article ? LintCli::tr("article %1 is in the trash.").arg(id)
                                : LintCli::tr("%1: there is no article with id %2.")
                                      .arg(parser.value(QStringLiteral("db")))
                                      .arg(id));
            failed = true;
            continue;
        }
        if (!lintOneArticle(database, *article, options, spellers, &errorsLeft))
            failed = true;
    }
    return failed || errorsLeft ? ExitFailure : ExitOk;
}

} // namespace galley
