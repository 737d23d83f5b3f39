// Timings that used to sit in ctest (issue 17): the history's text diff on the 100k-character
// article and a PDF proof of one article. The tests keep what they assert (tst_textdiff: the
// runs rebuild both texts; tst_webenginepdfprinter: the proofs print); their times are here.
#include "bench.h"

#include "document/canonicalhtml.h"
#include "document/textdiff.h"
#include "export/webenginepdfprinter.h"
#include "storage/articlerepository.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>

namespace galley::bench {

namespace {

/// \a text with \a edits small changes a writer makes (a few characters replaced, inserted or
/// deleted) at places drawn from \a seed.
QString edited(QString text, int edits, quint32 seed)
{
    QRandomGenerator random(seed);
    static const QString words[] = { QStringLiteral("旗帜鲜明"), QStringLiteral("牧民"), QStringLiteral("，"),
        QStringLiteral("paperwork"), QStringLiteral("据报道") };
    for (int i = 0; i < edits && !text.isEmpty(); ++i) {
        const qsizetype at = random.bounded(text.size());
        const QString &word = words[random.bounded(int(std::size(words)))];
        switch (random.bounded(3)) {
        case 0:
            text.replace(at, std::min<qsizetype>(word.size(), text.size() - at), word);
            break;
        case 1:
            text.insert(at, word);
            break;
        default:
            text.remove(at, std::min<qsizetype>(1 + random.bounded(8), text.size() - at));
            break;
        }
    }
    return text;
}

/// Why \a runs are not a diff of \a before and \a after; empty when they rebuild both.
QString diffDefect(const QList<DiffRun> &runs, const QString &before, const QString &after)
{
    QString rebuiltBefore;
    QString rebuiltAfter;
    for (const DiffRun &run : runs) {
        if (run.op != DiffRun::Op::Insert)
            rebuiltBefore += run.text;
        if (run.op != DiffRun::Op::Delete)
            rebuiltAfter += run.text;
    }
    if (rebuiltBefore != before || rebuiltAfter != after)
        return QStringLiteral("the diff's runs do not rebuild both texts");
    if (before != after && runs.size() < 2)
        return QStringLiteral("the diff found no change");
    return {};
}

void timeDiff(Context &context, const QString &path, const QString &size, const QString &before, const QString &after)
{
    Measurement m = make(path, QStringLiteral("ms"), Measurement::Goal::Report, 0, size);
    for (int r = 0; r < context.options.repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        const QList<DiffRun> runs = TextDiff::diff(before, after);
        const double ms = elapsedMs(timer);
        if (const QString defect = diffDefect(runs, before, after); !defect.isEmpty()) {
            m.broken = true; // a wrong diff is not a fast one
            m.note = defect;
            break;
        }
        m.samples.append(ms);
    }
    context.report.add(m);
}

} // namespace

void measureDocumentWork(Context &context)
{
    Database database;
    const bool opened = database.open(context.fullPath) == Database::Status::Ok;
    const QString error = opened ? QString() : database.errorString();
    const std::optional<Article> article = opened ? ArticleRepository(database).load(2) : std::nullopt;
    const QString text = article ? CanonicalHtml::toPlainText(article->bodyHtml) : QString();
    const QString size = QStringLiteral("%1-char article").arg(text.size());
    // The worst case: nothing in common line by line (the text backwards, sentence order and all).
    QString unrelated = text;
    std::reverse(unrelated.begin(), unrelated.end());
    const struct {
        QString path;
        QString after;
    } diffs[] = { { QStringLiteral("text diff: 100k-char article, 20 edits"), edited(text, 20, 43) },
        { QStringLiteral("text diff: 100k-char article, 500 edits"), edited(text, 500, 43) },
        { QStringLiteral("text diff: 100k-char article against an unrelated one"), unrelated } };
    for (const auto &[path, after] : diffs) {
        if (text.size() >= 50000) {
            timeDiff(context, path, size, text, after);
            continue;
        }
        Measurement m = make(path, QStringLiteral("ms"), Measurement::Goal::Report, 0, size);
        m.broken = true;
        m.note = QStringLiteral("the 100k-character article could not be read: %1").arg(opened ? QStringLiteral("no article 2") : error);
        context.report.add(m);
    }
    if (!context.options.ui)
        return;

    // A PDF proof of one ~3,000-character article, as galley export --format pdf prints each.
    Measurement pdf = make(QStringLiteral("PDF proof: one article printed (WebEngine)"), QStringLiteral("ms"),
                           Measurement::Goal::Report, 0, QStringLiteral("article of ~3,000 chars"));
    const std::optional<Article> small = opened ? ArticleRepository(database).load(3) : std::nullopt;
    QTemporaryDir folder;
    QFile style(folder.filePath(QStringLiteral("style.css")));
    if (!small || !folder.isValid() || !style.open(QIODevice::WriteOnly)
        || style.write("body { font-family: \"Noto Sans CJK SC\", sans-serif; }") < 0) {
        pdf.broken = true;
        pdf.note = QStringLiteral("no article 3 or no folder to print in");
        context.report.add(pdf);
        return;
    }
    style.close();
    const PdfRequest request{ QStringLiteral("<!DOCTYPE html><html lang=\"zh-Hans\"><head><meta charset=\"utf-8\">"
                                             "<title>%1</title><link rel=\"stylesheet\" href=\"style.css\"></head>"
                                             "<body><h1>%1</h1>%2</body></html>")
                                  .arg(small->title.toHtmlEscaped(), small->bodyHtml),
        QUrl::fromLocalFile(folder.path() + QLatin1Char('/')), small->title };
    WebEnginePdfPrinter printer;
    for (int r = 0; r < std::max(5, context.options.repeat); ++r) {
        QByteArray bytes;
        QString printError;
        QElapsedTimer timer;
        timer.start();
        const bool printed = printer.print(request, &bytes, &printError);
        const double ms = elapsedMs(timer);
        if (!printed || !bytes.startsWith("%PDF-")) { // a failed print is not a fast one
            pdf.broken = true;
            pdf.note = QStringLiteral("printing failed: %1").arg(printed ? QStringLiteral("not a PDF") : printError);
            break;
        }
        pdf.samples.append(ms);
    }
    context.report.add(pdf);
}

} // namespace galley::bench
