#include "importer.h"

#include "document/canonicalhtml.h"
#include "document/htmllimits.h"
#include "document/sanitizer.h"
#include "model/textstats.h"
#include "importing/encodingdetector.h"
#include "importing/htmlextractor.h"
#include "importing/markdownconverter.h"
#include "importing/wiretextparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace galley {

namespace {

enum class Format { Unsupported, Text, Html, Markdown };

Format formatOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("text"))
        return Format::Text;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return Format::Html;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    return Format::Unsupported;
}

ImportResult failed(const QString &fileName, const QString &reason)
{
    ImportResult result;
    result.fileName = fileName;
    result.error = QCoreApplication::translate("galley::Importer", "Cannot import \"%1\": %2.")
                       .arg(QDir::toNativeSeparators(fileName), reason);
    return result;
}

// Derived fields every imported article carries, whatever its format.
void finish(Article &article, const QString &fileName)
{
    article.bodyHtml = Sanitizer::sanitize(article.bodyHtml);
    article.bodyText = CanonicalHtml::toPlainText(article.bodyHtml);
    article.characterCount = computeTextStats(article.bodyText).characters;
    article.title = article.title.simplified().normalized(QString::NormalizationForm_C);
    if (article.title.isEmpty())
        article.title = QFileInfo(fileName).completeBaseName();
    article.summary = article.summary.normalized(QString::NormalizationForm_C);
    article.status = WorkflowState::Draft;
}

Article htmlArticle(const QString &html)
{
    const HtmlDocumentParts parts = HtmlExtractor::extract(html);
    Article article;
    article.title = parts.title;
    article.summary = parts.description;
    article.bodyHtml = parts.bodyHtml;
    return article;
}

Article markdownArticle(const QString &markdown)
{
    const MarkdownDocument doc = MarkdownConverter::convert(markdown, true);
    Article article;
    article.title = doc.title;
    article.subtitle = doc.subtitle;
    article.byline = doc.byline;
    article.desk = doc.desk;
    article.tags = doc.tags;
    article.summary = doc.summary;
    article.source = doc.source;
    article.editor = doc.editor;
    article.publishAt = doc.publishAt;
    article.bodyHtml = doc.html;
    return article;
}

} // namespace

ImportResult Importer::readFile(const QString &path)
{
    if (formatOf(path) == Format::Unsupported)
        return readData({}, path); // same message, without touching the file

    const QFileInfo info(path);
    if (!info.exists())
        return failed(path, QCoreApplication::translate("galley::Importer", "the file does not exist"));
    if (info.isDir())
        return failed(path, QCoreApplication::translate("galley::Importer", "it is a folder, not a file"));
    // A pipe would block the import until someone writes into it (and a device never ends).
    if (!info.isFile())
        return failed(path,
            QCoreApplication::translate("galley::Importer", "it is not a regular file (a pipe, device or socket)"));
    // Before reading: a 2 GB file must not be pulled into memory to be refused.
    if (info.size() > MaxFileSize)
        return failed(path,
            QCoreApplication::translate("galley::Importer", "the file is larger than %1 MB")
                .arg(MaxFileSize / (1024 * 1024)));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(path,
            QCoreApplication::translate("galley::Importer", "the file cannot be read (%1)").arg(file.errorString()));
    // Bounded read: pipes and special files report no size.
    const QByteArray data = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return failed(path,
            QCoreApplication::translate("galley::Importer", "the file cannot be read (%1)").arg(file.errorString()));
    return readData(data, path);
}

ImportResult Importer::readData(const QByteArray &data, const QString &fileName)
{
    const Format format = formatOf(fileName);
    if (format == Format::Unsupported)
        return failed(fileName,
            QCoreApplication::translate("galley::Importer",
                "only .txt, .html, .htm, .md and .markdown "
                "files can be imported"));
    if (data.size() > MaxFileSize)
        return failed(fileName,
            QCoreApplication::translate("galley::Importer", "the file is larger than %1 MB")
                .arg(MaxFileSize / (1024 * 1024)));

    const EncodingDetector::Result decoded = EncodingDetector::decode(data, format == Format::Html);
    if (!decoded.ok)
        return failed(fileName, decoded.reason);

    ImportResult result;
    result.fileName = fileName;
    switch (format) {
    case Format::Text:
        result.article = parseWireText(decoded.text);
        break;
    case Format::Html:
        if (const QString problem = HtmlLimits::problem(decoded.text); !problem.isEmpty())
            return failed(fileName, problem);
        result.article = htmlArticle(decoded.text);
        finish(result.article, fileName);
        break;
    case Format::Markdown:
        result.article = markdownArticle(decoded.text);
        // Markdown can nest as deep as HTML ("> > > …"), and may carry raw HTML.
        if (const QString problem = HtmlLimits::problem(result.article.bodyHtml); !problem.isEmpty())
            return failed(fileName, problem);
        finish(result.article, fileName);
        break;
    case Format::Unsupported:
        break;
    }
    if (result.article.title.isEmpty())
        result.article.title = QFileInfo(fileName).completeBaseName();
    result.ok = true;
    return result;
}

bool Importer::decode(const QByteArray &data, QString &text, QString &reason)
{
    const EncodingDetector::Result decoded = EncodingDetector::decode(data);
    if (!decoded.ok) {
        reason = decoded.reason;
        return false;
    }
    text = decoded.text;
    reason.clear();
    return true;
}

Article Importer::parseWireText(const QString &text)
{
    const WireCopy copy = WireTextParser::parse(text);
    Article article;
    article.title = copy.title;
    article.views = copy.views;
    article.publishAt = copy.publishAt;
    article.source = copy.source;
    article.editor = copy.editor;
    article.related = copy.related;
    QStringList blocks;
    blocks.reserve(copy.paragraphs.size());
    for (const QString &paragraph : copy.paragraphs)
        blocks.append(QLatin1String("<p>") + paragraph.toHtmlEscaped() + QLatin1String("</p>"));
    article.bodyHtml = blocks.join(QLatin1Char('\n'));
    finish(article, QString());
    return article;
}

QString Importer::markdownToHtml(const QString &markdown)
{
    return Sanitizer::sanitize(MarkdownConverter::convert(markdown, false).html);
}

} // namespace galley
