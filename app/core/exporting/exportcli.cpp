#include "exportcli.h"

#include "exporter.h"
#include "model/plaintext.h"
#include "model/workflowstate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>
#include <QThread>

namespace galley {

namespace {

int usageError(QTextStream &err, const QString &message)
{
    err << "galley export: " << PlainText::printable(message) << '\n'
        << QCoreApplication::translate("galley::ExportCli", "Try 'galley export --help'.") << '\n';
    err.flush();
    return 2;
}

QString jsonLine(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

int runExportCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "galley::ExportCli", "Exports articles as HTML pages, a site bundle, IPTC ninjs, plain text or PDF."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
        QCoreApplication::translate("galley::ExportCli", "Shows this help."));
    const QCommandLineOption db(QStringLiteral("db"),
        QCoreApplication::translate("galley::ExportCli", "The newsroom file."),
        QCoreApplication::translate("galley::ExportCli", "file"));
    const QCommandLineOption id(QStringLiteral("id"),
        QCoreApplication::translate("galley::ExportCli", "An article to export (repeat, or separate with commas)."),
        QCoreApplication::translate("galley::ExportCli", "id"));
    const QCommandLineOption status(QStringLiteral("status"),
        QCoreApplication::translate(
            "galley::ExportCli", "Export the articles in this state (draft, in_review, approved, published, ...)."),
        QCoreApplication::translate("galley::ExportCli", "state"));
    const QCommandLineOption all(QStringLiteral("all"),
        QCoreApplication::translate("galley::ExportCli", "Export every article that is not in the trash."));
    const QCommandLineOption format(QStringLiteral("format"),
        QCoreApplication::translate("galley::ExportCli", "html, site, ninjs, text or pdf."),
        QCoreApplication::translate("galley::ExportCli", "format"));
    const QCommandLineOption outDir(QStringLiteral("out"),
        QCoreApplication::translate("galley::ExportCli", "The output folder (created when missing)."),
        QCoreApplication::translate("galley::ExportCli", "folder"));
    const QCommandLineOption templateDir(QStringLiteral("template"),
        QCoreApplication::translate("galley::ExportCli", "A template folder instead of the built-in one."),
        QCoreApplication::translate("galley::ExportCli", "folder"));
    const QCommandLineOption opencc(QStringLiteral("opencc"),
        QCoreApplication::translate("galley::ExportCli", "Convert to Traditional Chinese: s2t, s2tw or s2hk."),
        QCoreApplication::translate("galley::ExportCli", "profile"));
    const QCommandLineOption punctuation(QStringLiteral("fix-punctuation"),
        QCoreApplication::translate("galley::ExportCli", "Full-width punctuation after Chinese text."));
    const QCommandLineOption jobs(QStringLiteral("jobs"),
        QCoreApplication::translate("galley::ExportCli", "Worker threads (default 1; 0 = one per core)."),
        QCoreApplication::translate("galley::ExportCli", "n"), QStringLiteral("1"));
    const QCommandLineOption force(QStringLiteral("force"),
        QCoreApplication::translate(
            "galley::ExportCli", "Overwrite files in the output folder that Galley did not write."));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
        QCoreApplication::translate("galley::ExportCli", "The absolute URL the output will be published under."),
        QCoreApplication::translate("galley::ExportCli", "url"));
    const QCommandLineOption lint(QStringLiteral("lint"),
        QCoreApplication::translate("galley::ExportCli",
            "Refuse articles with copy-desk findings of this severity or above (error, warning or info); "
            "the others are exported."),
        QCoreApplication::translate("galley::ExportCli", "severity"));
    parser.addOptions(
        { help, db, id, status, all, format, outDir, templateDir, opencc, punctuation, jobs, force, baseUrl, lint });

    if (!parser.parse(QStringList { QStringLiteral("galley export") } + arguments))
        return usageError(err, parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText();
        out.flush();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(err,
            QCoreApplication::translate("galley::ExportCli", "Unexpected argument: %1")
                .arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(db))
        return usageError(err, QCoreApplication::translate("galley::ExportCli", "--db is required."));
    if (!parser.isSet(format))
        return usageError(err, QCoreApplication::translate("galley::ExportCli", "--format is required."));
    if (!parser.isSet(outDir))
        return usageError(err, QCoreApplication::translate("galley::ExportCli", "--out is required."));

    ExportSelection selection;
    for (const QString &value : parser.values(id)) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 number = part.trimmed().toLongLong(&ok);
            if (!ok || number <= 0)
                return usageError(
                    err, QCoreApplication::translate("galley::ExportCli", "Not an article id: %1").arg(part));
            selection.ids.append(number);
        }
    }
    if (parser.isSet(status)) {
        selection.status = workflowStateFromKey(parser.value(status));
        if (!selection.status)
            return usageError(
                err, QCoreApplication::translate("galley::ExportCli", "Unknown state: %1").arg(parser.value(status)));
    }
    selection.all = parser.isSet(all);
    if (int(!selection.ids.isEmpty()) + int(selection.status.has_value()) + int(selection.all) != 1)
        return usageError(
            err, QCoreApplication::translate("galley::ExportCli", "Choose exactly one of --id, --status and --all."));

    ExportOptions options;
    const std::optional<ExportFormat> chosenFormat = exportFormatFromKey(parser.value(format));
    if (!chosenFormat)
        return usageError(err,
            QCoreApplication::translate("galley::ExportCli", "Unknown format: %1 (html, site, ninjs, text or pdf).")
                .arg(parser.value(format)));
    options.format = *chosenFormat;
    options.outputDirectory = parser.value(outDir);
    options.templateDirectory = parser.value(templateDir);
    if (parser.isSet(opencc)) {
        const std::optional<ChineseConversion> conversion = chineseConversionFromKey(parser.value(opencc));
        if (!conversion || *conversion == ChineseConversion::None)
            return usageError(err,
                QCoreApplication::translate("galley::ExportCli", "Unknown OpenCC profile: %1 (s2t, s2tw or s2hk).")
                    .arg(parser.value(opencc)));
        options.conversion = *conversion;
    }
    options.fixPunctuation = parser.isSet(punctuation);
    bool jobsOk = false;
    options.jobs = parser.value(jobs).toInt(&jobsOk);
    if (!jobsOk || options.jobs < 0 || options.jobs > 64)
        return usageError(err, QCoreApplication::translate("galley::ExportCli", "--jobs takes a number from 0 to 64."));
    if (options.jobs == 0)
        options.jobs = std::max(1, QThread::idealThreadCount());
    options.overwriteForeignFiles = parser.isSet(force);
    options.baseUrl = parser.value(baseUrl);
    if (parser.isSet(lint)) {
        options.lintGate = LintRules::severityFromKey(parser.value(lint));
        if (!options.lintGate)
            return usageError(err,
                QCoreApplication::translate("galley::ExportCli", "Unknown severity for --lint: %1 (error, warning or info).")
                    .arg(parser.value(lint)));
    }

    Exporter exporter(parser.value(db), selection, options);
    QObject::connect(&exporter, &Exporter::started, &exporter, [&](int count) {
        err << PlainText::printable(
                   QCoreApplication::translate("galley::ExportCli", "Exporting %n article(s) as %1 to %2", nullptr, count)
                       .arg(exportFormatKey(options.format), options.outputDirectory))
            << '\n';
        err.flush();
    });
    QObject::connect(&exporter, &Exporter::progress, &exporter, [&](int done, int count, const QString &title) {
        // Every article for small exports, about every 5 % for large ones.
        const int step = count <= 100 ? 1 : count / 20;
        if (done == count || done % step == 0) {
            // A title from the newsroom never drives the terminal (an older row may hold ESC).
            err << QStringLiteral("[%1/%2] %3").arg(done).arg(count).arg(PlainText::printable(title)) << '\n';
            err.flush();
        }
    });
    QSet<QString> told; // the articles' failures, said as they happen
    QObject::connect(&exporter, &Exporter::articleFailed, &exporter, [&](qint64, const QString &message) {
        told.insert(message);
        err << "galley export: " << PlainText::printable(message) << '\n';
        err.flush();
    });
    QObject::connect(&exporter, &Exporter::fileWritten, &exporter, [&](const WrittenFile &file) {
        out << jsonLine({ { QStringLiteral("path"), file.relativePath }, { QStringLiteral("bytes"), double(file.size) },
            { QStringLiteral("sha256"), file.sha256 },
            { QStringLiteral("status"), file.unchanged ? QStringLiteral("unchanged") : QStringLiteral("written") } })
            << '\n';
    });

    const ExportSummary summary = exporter.run();
    const double seconds = double(summary.elapsedMs) / 1000.0;
    out << jsonLine({ { QStringLiteral("summary"),
        QJsonObject { { QStringLiteral("ok"), summary.ok }, { QStringLiteral("selected"), summary.selected },
            { QStringLiteral("exported"), summary.exported }, { QStringLiteral("failed"), summary.failed },
            { QStringLiteral("held_back"), summary.heldBack },
            { QStringLiteral("cancelled"), summary.cancelled }, { QStringLiteral("files"), int(summary.files.size()) },
            { QStringLiteral("out"), summary.outputDirectory },
            { QStringLiteral("elapsed_ms"), double(summary.elapsedMs) },
            { QStringLiteral("articles_per_second"), seconds > 0 ? double(summary.exported) / seconds : 0.0 } } } })
        << '\n';
    out.flush();
    if (summary.ok)
        return 0;
    // What failed besides the articles (the index page, the manifest), then the count.
    for (const QString &error : summary.errors) {
        if (!told.contains(error))
            err << "galley export: " << PlainText::printable(error) << '\n';
    }
    if (summary.failed > 0)
        err << "galley export: "
            << QCoreApplication::translate("galley::ExportCli", "%1 of %2 articles could not be exported.")
                   .arg(summary.failed)
                   .arg(summary.selected)
            << '\n';
    // What the copy desk's gate holds back, by rule: one line to see whether it is spelling.
    if (summary.heldBack > 0 && options.lintGate)
        err << "galley export: "
            << QCoreApplication::translate("galley::ExportCli", "%n held back by the copy desk (--lint %1): %2.", nullptr, summary.heldBack)
                   .arg(LintRules::severityKey(*options.lintGate), lintRuleCountsText(summary.heldBackBy))
            << '\n';
    err.flush();
    return 1;
}

} // namespace galley
