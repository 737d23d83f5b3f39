// The pdf export format's printer: the export page printed by QWebEnginePage::printToPdf in an
// off-screen page (A4), with its style sheet and images read from the output folder, Chinese
// text in a CJK font, pages beyond setHtml()'s 2 MB, errors that name the article, and calls
// from the GUI thread (the command line) as well as from export threads.

#include "editortestsupport.h"

#include "export/webenginepdfprinter.h"
#include "exporting/exporter.h"
#include "exporting/pdfprinter.h"
#include "storage/assetrepository.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <vector>

using namespace galley;

namespace {

QByteArray pngBytes(int size, QColor colour)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// Page objects in the PDF (Chromium writes them uncompressed: "/Type /Page", not "/Pages").
int countPages(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int count = 0;
    QRegularExpressionMatchIterator it = page.globalMatch(QString::fromLatin1(pdf));
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

/// The characters the PDF's fonts map back to text (their ToUnicode CMaps): what a text
/// extractor would find, without one installed.
QString extractableCharacters(const QByteArray &pdf)
{
    static const QRegularExpression pair(QStringLiteral("<([0-9A-Fa-f]+)>[ \\t]*<([0-9A-Fa-f]+)>(?:[ \\t]*<([0-9A-Fa-f]+)>)?"));
    const auto utf16 = [](const QString &hex) {
        const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
        QString text;
        for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
            text += QChar(char16_t((uchar(bytes.at(i)) << 8) | uchar(bytes.at(i + 1))));
        return text;
    };
    QString characters;
    qsizetype at = 0;
    while ((at = pdf.indexOf("/FlateDecode", at)) >= 0) {
        const qsizetype start = pdf.indexOf("stream\n", at);
        const qsizetype end = start < 0 ? -1 : pdf.indexOf("\nendstream", start);
        if (end < 0)
            break;
        at = end;
        QByteArray compressed = pdf.mid(start + 7, end - start - 7);
        compressed.prepend(QByteArray::fromHex("00100000")); // qUncompress's size hint
        const QByteArray data = qUncompress(compressed);
        if (!data.contains("begincmap"))
            continue;
        const QString cmap = QString::fromLatin1(data);
        for (const QString &section : {QStringLiteral("bfchar"), QStringLiteral("bfrange")}) {
            qsizetype from = 0;
            while ((from = cmap.indexOf(QStringLiteral("begin") + section, from)) >= 0) {
                const qsizetype to = cmap.indexOf(QStringLiteral("end") + section, from);
                QRegularExpressionMatchIterator it = pair.globalMatch(QStringView(cmap).mid(from, to - from));
                while (it.hasNext()) {
                    const QRegularExpressionMatch match = it.next();
                    if (match.captured(3).isEmpty()) {
                        characters += utf16(match.captured(2));
                    } else { // a range: consecutive codes to consecutive characters
                        const int count = match.captured(2).toInt(nullptr, 16) - match.captured(1).toInt(nullptr, 16);
                        const QString first = utf16(match.captured(3));
                        for (int i = 0; i <= count && i < 256 && !first.isEmpty(); ++i)
                            characters += QChar(char16_t(first.at(0).unicode() + i));
                    }
                }
                from = to;
            }
        }
    }
    return characters;
}

const QString Headline = QStringLiteral("不适宜担任现职，448名干部被调整");

QString articlePage(const QString &body)
{
    return QStringLiteral("<!DOCTYPE html><html lang=\"zh-Hans\"><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<link rel=\"stylesheet\" href=\"style.css\"></head><body><h1>%1</h1>%2</body></html>")
        .arg(Headline, body);
}

} // namespace

class TestWebEnginePdfPrinter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WebEnginePdfPrinter> m_printer;

    [[nodiscard]] PdfRequest request(const QString &body, const QString &title = Headline) const
    {
        return {articlePage(body), QUrl::fromLocalFile(m_dir.path() + QLatin1Char('/')), title};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("style.css")),
                          "body { font-family: \"Noto Sans CJK SC\", sans-serif; } h1 { color: #a00; }"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("assets/red.png")), pngBytes(64, Qt::red)));
        m_printer = std::make_unique<WebEnginePdfPrinter>();
    }

    void cleanupTestCase()
    {
        m_printer.reset();
    }

    void printsChineseTextAndAnImageOnA4()
    {
        QByteArray pdf;
        QString error;
        QVERIFY2(m_printer->print(request(QStringLiteral("<p>内蒙古坚持激励和约束双向发力。</p>"
                                                         "<figure><img src=\"assets/red.png\" alt=\"红\"></figure>")),
                                  &pdf, &error),
                 qPrintable(error));
        QVERIFY(error.isEmpty());
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(countPages(pdf), 1);
        QVERIFY2(pdf.contains("/Subtype /Image"), "the image from assets/ is in the PDF");
        QVERIFY2(pdf.contains("CJK"), "the Chinese text is set in a Noto CJK font");
        // Skia maps some ideographs to the Kangxi radicals sharing their glyph (干 to ⼲): compare
        // compatibility-normalized text, as a text extractor's search does.
        const QString characters = extractableCharacters(pdf).normalized(QString::NormalizationForm_KC);
        for (const QChar c : (Headline + QStringLiteral("内蒙古激励约束")).normalized(QString::NormalizationForm_KC)) {
            if (c.unicode() >= 0x80) // the digits come from a Latin font
                QVERIFY2(characters.contains(c), qPrintable(QString(c) + QStringLiteral(" is not in the PDF's text")));
        }
        // A4 portrait: 595 x 842 points.
        const QRegularExpressionMatch box =
            QRegularExpression(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]")).match(QString::fromLatin1(pdf));
        QVERIFY(box.hasMatch());
        QVERIFY2(qAbs(box.captured(1).toDouble() - 595.3) < 1 && qAbs(box.captured(2).toDouble() - 841.9) < 1,
                 qPrintable(box.captured(0)));
    }

    void longPagesGetMorePages()
    {
        QString body;
        for (int i = 0; i < 400; ++i)
            body += QStringLiteral("<p>第%1段：旗帜鲜明地选拔敢作敢为、锐意进取的干部。</p>").arg(i);
        QByteArray pdf;
        QString error;
        QVERIFY2(m_printer->print(request(body), &pdf, &error), qPrintable(error));
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY2(countPages(pdf) >= 3, QByteArray::number(countPages(pdf)).constData());
    }

    void printsPagesLargerThanTwoMegabytes()
    {
        // setHtml() refuses more than 2 MB; the printer serves the page itself.
        const QString filler = QStringLiteral("<!-- %1 -->").arg(QString(3 * 1024 * 1024, QLatin1Char('x')));
        const PdfRequest big = request(filler + QStringLiteral("<p>大页面的结尾</p><img src=\"assets/red.png\" alt=\"\">"));
        QVERIFY(big.html.toUtf8().size() > 2 * 1024 * 1024);
        QByteArray pdf;
        QString error;
        QVERIFY2(m_printer->print(big, &pdf, &error), qPrintable(error));
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(countPages(pdf) >= 1);
        QVERIFY(pdf.contains("/Subtype /Image"));
    }

    void failuresNameTheArticle()
    {
        const QString title = QStringLiteral("坏稿件 #7");
        QByteArray pdf = "unchanged";
        QString error;

        // A file the page needs is not in the output folder: the proof would be wrong.
        QVERIFY(!m_printer->print(request(QStringLiteral("<img src=\"assets/missing.png\" alt=\"\">"), title), &pdf, &error));
        QVERIFY2(error.contains(title), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("assets/missing.png")), qPrintable(error));
        QCOMPARE(pdf, QByteArray("unchanged"));

        // Nothing outside the folder is served, even when asked for.
        const QString inner = m_dir.filePath(QStringLiteral("inner"));
        QVERIFY(QDir().mkpath(inner));
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("style.css")), inner + QStringLiteral("/style.css")));
        PdfRequest escape = request(QStringLiteral("<p>越界</p><img src=\"../assets/red.png\" alt=\"\">"
                                                   "<img src=\"assets/../../assets/red.png\" alt=\"\">"
                                                   "<img src=\"%2e%2e/assets/red.png\" alt=\"\">"),
                                    title);
        escape.baseUrl = QUrl::fromLocalFile(inner + QLatin1Char('/'));
        QVERIFY2(m_printer->print(escape, &pdf, &error), qPrintable(error));
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY2(!pdf.contains("/Subtype /Image"), "no image from outside the folder");
        pdf = "unchanged";

        // Not a local folder, or no folder at all.
        PdfRequest remote = request(QStringLiteral("<p>文</p>"), title);
        remote.baseUrl = QUrl(QStringLiteral("https://example.com/out/"));
        QVERIFY(!m_printer->print(remote, &pdf, &error));
        QVERIFY2(error.contains(title) && error.contains(QStringLiteral("example.com")), qPrintable(error));
        PdfRequest gone = request(QStringLiteral("<p>文</p>"), title);
        gone.baseUrl = QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("no-such-folder/")));
        QVERIFY(!m_printer->print(gone, &pdf, &error));
        QVERIFY2(error.contains(title) && error.contains(QStringLiteral("no-such-folder")), qPrintable(error));

        // A page that takes too long.
        m_printer->setTimeout(1);
        QVERIFY(!m_printer->print(request(QStringLiteral("<p>慢</p>"), title), &pdf, &error));
        m_printer->setTimeout(30000);
        QVERIFY2(error.contains(title), qPrintable(error));
        QCOMPARE(pdf, QByteArray("unchanged"));

        // And the printer still works afterwards.
        QVERIFY2(m_printer->print(request(QStringLiteral("<p>好了</p>")), &pdf, &error), qPrintable(error));
        QVERIFY(pdf.startsWith("%PDF-"));
    }

    void emptyFlexboxesWithGapsPrint()
    {
        // Chromium 102 never finishes printing these (an article without byline or dates has
        // an empty <p class="meta"> in the export template); the printer works around it.
        const QString css = QStringLiteral("<style>.meta { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; }"
                                           ".grid { display: grid; row-gap: 1rem; }</style>");
        QByteArray pdf;
        QString error;
        QVERIFY2(m_printer->print(request(css + QStringLiteral("<p class=\"meta\">\n</p><div class=\"grid\"></div><p>正文</p>")), &pdf,
                                  &error),
                 qPrintable(error));
        QVERIFY(pdf.startsWith("%PDF-"));
        // A box with items is left as it is.
        QVERIFY2(m_printer->print(request(css + QStringLiteral("<p class=\"meta\"><span>记者 王五</span><span>2025-03-18</span></p>")), &pdf,
                                  &error),
                 qPrintable(error));
    }

    void remoteContentIsNotFetched()
    {
        QByteArray pdf;
        QString error;
        QVERIFY2(m_printer->print(request(QStringLiteral("<p>远程</p><img src=\"https://example.com/tracker.png\" alt=\"\">")), &pdf,
                                  &error),
                 qPrintable(error));
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(!pdf.contains("/Subtype /Image"));
    }

    void linksPointAtTheOutputFolder()
    {
        QByteArray pdf;
        QString error;
        QVERIFY2(m_printer->print(request(QStringLiteral("<p><a href=\"other-story.pdf\">相关报道</a></p>")), &pdf, &error),
                 qPrintable(error));
        QVERIFY(!pdf.contains("galley:"));
        QVERIFY2(pdf.contains(QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("other-story.pdf"))).toEncoded()),
                 "the link is a file URL in the output folder");
    }

    void printsForWorkerThreads()
    {
        // Export threads hand their pages to the GUI thread and wait; two at once queue up.
        const PdfPrintFunction print = m_printer->printFunction();
        std::atomic<int> printed{0};
        QStringList errors;
        std::mutex mutex;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < 2; ++t) {
            threads.emplace_back(QThread::create([&, t] {
                for (int i = 0; i < 2; ++i) {
                    QByteArray pdf;
                    QString error;
                    if (print(request(QStringLiteral("<p>线程%1，第%2页</p>").arg(t).arg(i)), &pdf, &error) && pdf.startsWith("%PDF-")
                        && countPages(pdf) == 1) {
                        ++printed;
                    } else {
                        const std::lock_guard lock(mutex);
                        errors.append(error);
                    }
                }
            }));
            threads.back()->start();
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(threads.begin(), threads.end(), [](const auto &thread) { return thread->isFinished(); }),
                                 120000);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(printed.load(), 4);
    }

    void exporterWritesProofsFromItsThread()
    {
        // What the GUI's batch export does: Exporter::run() on a worker thread, the printer on
        // the GUI thread, through the registered hook.
        test::Newsroom newsroom;
        const QString hash = AssetRepository(newsroom.database).store(pngBytes(32, Qt::blue), QStringLiteral("image/png"));
        QVERIFY(!hash.isEmpty());
        const qint64 first = newsroom.addArticle(Headline, QStringLiteral("<p>内蒙古坚持激励和约束双向发力。</p>"));
        const qint64 second = newsroom.addArticle(QStringLiteral("图片稿"),
                                                  QStringLiteral("<p>有图。</p><figure><img src=\"asset:%1\" alt=\"蓝\"></figure>").arg(hash));
        QVERIFY(first > 0 && second > 0);

        m_printer->install();
        QVERIFY(pdfPrintFunction());
        ExportOptions options;
        options.format = ExportFormat::Pdf;
        options.outputDirectory = m_dir.filePath(QStringLiteral("export"));
        options.jobs = 2;
        ExportSelection selection;
        selection.all = true;
        Exporter exporter(newsroom.path(), selection, options);
        ExportSummary summary;
        std::unique_ptr<QThread> thread(QThread::create([&] { summary = exporter.run(); }));
        thread->start();
        QTRY_VERIFY_WITH_TIMEOUT(thread->isFinished(), 120000);
        QVERIFY2(summary.ok, qPrintable(summary.errors.join(QLatin1Char('\n'))));
        QCOMPARE(summary.exported, 2);
        const QStringList pdfs = QDir(options.outputDirectory).entryList({QStringLiteral("*.pdf")});
        QCOMPARE(pdfs.size(), 2);
        for (const QString &name : pdfs) {
            QFile file(QDir(options.outputDirectory).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray pdf = file.readAll();
            QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(name));
            QVERIFY(countPages(pdf) >= 1);
        }
        QVERIFY(QFileInfo::exists(QDir(options.outputDirectory).filePath(QStringLiteral("style.css"))));
    }

    void aClosedPrinterFailsCleanly()
    {
        auto printer = std::make_unique<WebEnginePdfPrinter>();
        printer->install();
        const PdfPrintFunction print = printer->printFunction();
        QVERIFY(pdfPrintFunction());
        printer.reset();
        QVERIFY(!pdfPrintFunction()); // unregistered
        QByteArray pdf;
        QString error;
        QVERIFY(!print(request(QStringLiteral("<p>晚了</p>"), QStringLiteral("迟到")), &pdf, &error));
        QVERIFY2(error.contains(QStringLiteral("迟到")), qPrintable(error));
    }
};

GALLEY_UI_TEST_MAIN(TestWebEnginePdfPrinter)
#include "tst_webenginepdfprinter.moc"
