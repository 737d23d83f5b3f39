// The copy desk (issue 14) on the 100k-character article: a whole check, as on opening an
// article or `galley lint`, and the re-check of the one paragraph a keystroke changed, as the
// editor does while typing.

#include "bench.h"

#include "document/canonicalhtml.h"
#include "lint/linter.h"
#include "storage/articlerepository.h"
#include "storage/database.h"

#include "newsroomgenerator.h"

namespace galley::bench {

void measureLint(Context &context)
{
    Measurement whole = make(QStringLiteral("lint: 100k-char article"), QStringLiteral("ms"), Measurement::Goal::AtMost,
        30, QStringLiteral("100k characters"));
    Measurement keystroke = make(QStringLiteral("lint: re-check one paragraph after a keystroke"), QStringLiteral("ms"),
        Measurement::Goal::AtMost, 2, QStringLiteral("one paragraph of the 100k-char article"));
    Database database;
    std::optional<Article> article;
    if (database.open(context.fullPath) == Database::Status::Ok)
        article = ArticleRepository(database).load(Article100kId);
    if (!article) {
        qWarning("lint: article %lld cannot be loaded", Article100kId);
        context.report.add(whole); // no samples: the run fails naming the paths
        context.report.add(keystroke);
        return;
    }
    const QString text = CanonicalHtml::toPlainText(article->bodyHtml);
    const QList<TextBlock> blocks = CanonicalHtml::textBlocks(article->bodyHtml);
    whole.size = QStringLiteral("%L1 characters, %L2 paragraphs").arg(text.size()).arg(blocks.size());
    qsizetype found = 0;
    for (int r = 0; r < context.options.repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        // From the stored body, as `galley lint` and opening the article do: plain text and blocks included.
        const QList<LintFinding> findings = Linter::lintArticle(article->bodyHtml);
        whole.samples.append(elapsedMs(timer));
        found = findings.size();
    }
    whole.size += QStringLiteral(", %L1 findings").arg(found);
    context.report.add(whole);

    // The longest paragraph in the middle half: the worst a keystroke there costs.
    qsizetype longest = -1;
    for (qsizetype b = blocks.size() / 4; b < blocks.size() * 3 / 4; ++b) {
        if (longest < 0 || blocks.at(b).length > blocks.at(longest).length)
            longest = b;
    }
    if (longest < 0) {
        context.report.add(keystroke);
        return;
    }
    QString paragraph = text.sliced(blocks.at(longest).start, blocks.at(longest).length);
    keystroke.size = QStringLiteral("a paragraph of %L1 characters in the 100k-char article").arg(paragraph.size());
    for (int r = 0; r < context.options.repeat; ++r) {
        for (int k = 0; k < context.options.keystrokes; ++k) {
            paragraph.insert(paragraph.size() / 2, k % 2 ? QStringLiteral(",") : QStringLiteral("字"));
            QElapsedTimer timer;
            timer.start();
            const QList<LintFinding> findings = Linter::lintParagraph(paragraph);
            keystroke.samples.append(elapsedMs(timer));
            Q_UNUSED(findings);
        }
    }
    context.report.add(keystroke);
}

} // namespace galley::bench
