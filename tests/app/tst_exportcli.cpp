// `galley export` as a script uses it: exit codes 0/1/2, one JSON line per written file and a
// summary on stdout, progress and one clear error line on stderr. Tested twice: in-process
// through runExportCli() (galley-core) and end to end through the galley executable.
#include "exporting/exportcli.h"

#include "../exporting/exporttestsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "galleyprocess.h"
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <unistd.h>
#endif

#include <csignal>

using namespace galley;

namespace {


Run inProcess(const QStringList &arguments)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = runExportCli(arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return {code, out.toUtf8(), err};
}

QString sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

/// Every file under \a folder (relative path -> bytes), the export's hidden files included.
QMap<QString, QByteArray> filesIn(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        files.insert(QDir(folder).relativeFilePath(path), file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    }
    return files;
}

int nonEmptyLines(const QString &text)
{
    int lines = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            ++lines;
    }
    return lines;
}

} // namespace

class ExportCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A newsroom with the sample article of shared/corpus.
        m_newsroom = std::make_unique<test::TestNewsroom>();
        m_db = m_newsroom->path();
        m_id = m_newsroom->add(test::sampleArticle());
        QVERIFY(m_id > 0);
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString db = QStringLiteral("x.galley");
        QTest::newRow("usage: nothing") << QStringList{};
        QTest::newRow("usage: no --db") << QStringList{QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), QStringLiteral("o")};
        QTest::newRow("usage: no --format") << QStringList{QStringLiteral("--db"), db, QStringLiteral("--all"), QStringLiteral("--out"), QStringLiteral("o")};
        QTest::newRow("usage: no --out") << QStringList{QStringLiteral("--db"), db, QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("html")};
        QTest::newRow("usage: no selection") << QStringList{QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), QStringLiteral("o")};
        QTest::newRow("usage: two selections") << QStringList{QStringLiteral("--db"), db, QStringLiteral("--all"), QStringLiteral("--id"), QStringLiteral("1"),
                                                             QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), QStringLiteral("o")};
        QTest::newRow("usage: unknown format") << QStringList{QStringLiteral("--db"), db, QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("docx"),
                                                             QStringLiteral("--out"), QStringLiteral("o")};
        QTest::newRow("usage: id not a number") << QStringList{QStringLiteral("--db"), db, QStringLiteral("--id"), QStringLiteral("abc"), QStringLiteral("--format"),
                                                              QStringLiteral("html"), QStringLiteral("--out"), QStringLiteral("o")};
        QTest::newRow("usage: unknown state") << QStringList{QStringLiteral("--db"), db, QStringLiteral("--status"), QStringLiteral("lost"), QStringLiteral("--format"),
                                                            QStringLiteral("html"), QStringLiteral("--out"), QStringLiteral("o")};
        QTest::newRow("usage: unknown OpenCC profile") << QStringList{QStringLiteral("--db"), db, QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("html"),
                                                                     QStringLiteral("--out"), QStringLiteral("o"), QStringLiteral("--opencc"), QStringLiteral("t2s")};
        QTest::newRow("usage: bad job count") << QStringList{QStringLiteral("--db"), db, QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("html"),
                                                            QStringLiteral("--out"), QStringLiteral("o"), QStringLiteral("--jobs"), QStringLiteral("-3")};
        QTest::newRow("usage: unknown lint severity") << QStringList{QStringLiteral("--db"), db, QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("html"),
                                                                   QStringLiteral("--out"), QStringLiteral("o"), QStringLiteral("--lint"), QStringLiteral("fatal")};
        QTest::newRow("usage: unknown option") << QStringList{QStringLiteral("--db"), db, QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("html"),
                                                             QStringLiteral("--out"), QStringLiteral("o"), QStringLiteral("--colour")};
    }
    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run = inProcess(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith(QStringLiteral("galley export: ")));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFileInfo::exists(QStringLiteral("x.galley")));
    }

    void failuresExitWithOne_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("failure: no such newsroom")
            << QStringList{QStringLiteral("--db"), QStringLiteral("/nonexistent/newsroom.galley"), QStringLiteral("--all"), QStringLiteral("--format"),
                           QStringLiteral("html"), QStringLiteral("--out"), QStringLiteral("OUT")}
            << QStringLiteral("/nonexistent/newsroom.galley");
        QTest::newRow("failure: unknown id")
            << QStringList{QStringLiteral("--db"), QStringLiteral("DB"), QStringLiteral("--id"), QStringLiteral("4242"), QStringLiteral("--format"),
                           QStringLiteral("html"), QStringLiteral("--out"), QStringLiteral("OUT")}
            << QStringLiteral("4242");
        QTest::newRow("failure: template folder missing")
            << QStringList{QStringLiteral("--db"), QStringLiteral("DB"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("site"),
                           QStringLiteral("--out"), QStringLiteral("OUT"), QStringLiteral("--template"), QStringLiteral("/nonexistent/tpl")}
            << QStringLiteral("/nonexistent/tpl");
    }
    void failuresExitWithOne()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const QString out = m_dir.filePath(QStringLiteral("failed-out"));
        arguments.replaceInStrings(QStringLiteral("DB"), m_db);
        arguments.replaceInStrings(QStringLiteral("OUT"), out);
        const Run run = inProcess(arguments);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(nonEmptyLines(run.err), 1); // one clear line
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(out));
    }

    void exportPrintsOneLinePerFileAndASummary()
    {
        // In-process there are no compiled-in resources (app tests link galley-core only): the
        // default template is read from its source folder, which --template also exercises.
        const QString templates = QStringLiteral(GALLEY_SOURCE_DIR "/resources/template");
        const QString out = m_dir.filePath(QStringLiteral("site"));
        const Run run = inProcess({QStringLiteral("--db"), m_db, QStringLiteral("--id"), QString::number(m_id), QStringLiteral("--format"),
                                   QStringLiteral("site"), QStringLiteral("--out"), out, QStringLiteral("--opencc"), QStringLiteral("s2t"),
                                   QStringLiteral("--fix-punctuation"), QStringLiteral("--jobs"), QStringLiteral("2"),
                                   QStringLiteral("--template"), templates});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 4); // style.css, the page, index.html, summary
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QString path = out + QLatin1Char('/') + lines.at(i).value(QStringLiteral("path")).toString();
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            QCOMPARE(lines.at(i).value(QStringLiteral("sha256")).toString(), sha256(path));
            QCOMPARE(lines.at(i).value(QStringLiteral("status")).toString(), QStringLiteral("written"));
        }
        const QJsonObject summary = lines.constLast().value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(summary.value(QStringLiteral("exported")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 0);
        QVERIFY(run.err.contains(QStringLiteral("[1/1]")));
        QFile index(out + QStringLiteral("/index.html"));
        QVERIFY(index.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(index.readAll()).contains(QStringLiteral("不適宜擔任現職，448名幹部被調整")));

        // A second run finds everything in place.
        const Run again = inProcess({QStringLiteral("--db"), m_db, QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("site"),
                                     QStringLiteral("--out"), out, QStringLiteral("--opencc"), QStringLiteral("s2t"), QStringLiteral("--fix-punctuation"),
                                     QStringLiteral("--template"), templates});
        QCOMPARE(again.exitCode, 0);
        for (const QJsonObject &line : jsonLines(again.out)) {
            if (line.contains(QStringLiteral("path")))
                QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("unchanged"));
        }
    }

#ifdef Q_OS_UNIX
    // A disk that fills up during an export of a folder holding an earlier one (a file size
    // limit fails the writes as a full disk does, for every file over it: swept over the sizes
    // of the files, so that each in turn is the first that does not fit). Each time: exit 1
    // with one line per failure naming the file; every file left is whole, the earlier
    // export's or the new one's; no temporary file stays; and once there is room again the
    // next export, without --force, makes the folder exactly what an export into an empty one
    // makes.
    void aFullDiskLeavesWholePagesAndARightManifest()
    {
        const QString templates = QStringLiteral(GALLEY_SOURCE_DIR "/resources/template");
        test::TestNewsroom newsroom;
        for (int i = 0; i < 4; ++i) {
            Article article = test::sampleArticle();
            article.title += QStringLiteral(" %1").arg(i);
            article.slug.clear();
            article.uuid.clear();
            QVERIFY(newsroom.add(article) > 0);
        }
        const auto exportTo = [&](const QString &out, bool traditional) {
            QStringList arguments { QStringLiteral("--db"), newsroom.path(), QStringLiteral("--all"),
                QStringLiteral("--format"), QStringLiteral("site"), QStringLiteral("--out"), out,
                QStringLiteral("--template"), templates };
            if (traditional)
                arguments += { QStringLiteral("--opencc"), QStringLiteral("s2t") };
            return inProcess(arguments);
        };
        // What the earlier and the new export make in an empty folder.
        const QString earlierFolder = m_dir.filePath(QStringLiteral("full-earlier"));
        const QString newFolder = m_dir.filePath(QStringLiteral("full-new"));
        QCOMPARE(exportTo(earlierFolder, false).exitCode, 0);
        QCOMPARE(exportTo(newFolder, true).exitCode, 0);
        const QMap<QString, QByteArray> earlier = filesIn(earlierFolder);
        const QMap<QString, QByteArray> wanted = filesIn(newFolder);
        QList<qint64> limits;
        for (const QByteArray &bytes : wanted) {
            if (!limits.contains(bytes.size() - 1))
                limits.append(bytes.size() - 1);
        }
        std::sort(limits.begin(), limits.end());
        QVERIFY(limits.size() >= 3);

        struct rlimit saved {
        };
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN); // a failed write, not a killed process
        for (const qint64 limit : std::as_const(limits)) {
            const QString where = QStringLiteral("files over %1 bytes do not fit: ").arg(limit);
            const QString out = m_dir.filePath(QStringLiteral("full-%1").arg(limit));
            QVERIFY(QDir().mkpath(out));
            for (auto it = earlier.cbegin(); it != earlier.cend(); ++it) {
                QVERIFY(QDir().mkpath(QFileInfo(out + QLatin1Char('/') + it.key()).absolutePath()));
                QFile file(out + QLatin1Char('/') + it.key());
                QVERIFY(file.open(QIODevice::WriteOnly) && file.write(it.value()) == it.value().size());
            }
            struct rlimit small = saved;
            small.rlim_cur = rlim_t(limit);
            QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
            const Run full = exportTo(out, true);
            QCOMPARE(::setrlimit(RLIMIT_FSIZE, &saved), 0);

            QVERIFY2(full.exitCode == 1, qPrintable(where + full.err));
            for (const QString &line : full.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (line.startsWith(QLatin1Char('[')) || line.startsWith(QLatin1String("Exporting ")))
                    continue; // progress
                // A file it could not write, named, with the reason; or the count of articles.
                QVERIFY2(((line.contains(QStringLiteral(".html")) || line.contains(QStringLiteral(".css"))
                              || line.contains(QStringLiteral("manifest")))
                             && line.contains(QStringLiteral("File too large")))
                        || line.contains(QStringLiteral("could not be exported")),
                    qPrintable(where + line));
            }
            const QMap<QString, QByteArray> left = filesIn(out);
            for (auto it = left.cbegin(); it != left.cend(); ++it) {
                if (it.key().startsWith(QLatin1String(".galley-export")))
                    continue; // the manifest and its journal, judged by the next export
                QVERIFY2(!it.key().contains(QLatin1String(".galley-")), qPrintable(where + it.key()));
                if (it.key() == QLatin1String("index.html")) {
                    // The index lists the pages this export wrote (whole, and no link leads
                    // nowhere); pages it could not write drop off it until the next export.
                    static const QRegularExpression link(QStringLiteral("href=\"([^\"/]+\\.html)\""));
                    for (const QRegularExpressionMatch &match : link.globalMatch(QString::fromUtf8(it.value())))
                        QVERIFY2(left.contains(match.captured(1)), qPrintable(where + QStringLiteral("index.html links to ") + match.captured(1)));
                    QVERIFY2(it.value().trimmed().endsWith("</html>"), qPrintable(where + QStringLiteral("index.html is cut short")));
                    continue;
                }
                QVERIFY2(it.value() == earlier.value(it.key()) || it.value() == wanted.value(it.key()),
                    qPrintable(where + it.key() + QStringLiteral(" is neither export's")));
            }

            const Run next = exportTo(out, true);
            QVERIFY2(next.exitCode == 0, qPrintable(where + QStringLiteral("with room again: ") + next.err));
            QVERIFY2(filesIn(out) == wanted, qPrintable(where + QStringLiteral("with room again, the folder differs")));
        }
        std::signal(SIGXFSZ, previousHandler);
        qInfo("a full disk at %lld sizes, %lld files each", qint64(limits.size()), qint64(wanted.size()));
    }
#endif

    void helpExitsWithZero()
    {
        const Run run = inProcess({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QString::fromUtf8(run.out).contains(QStringLiteral("--fix-punctuation")));
    }

    void theExecutableDispatchesExport_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("binary: exports the sample as text") << QStringList{QStringLiteral("--db"), QStringLiteral("DB"), QStringLiteral("--all"),
                                                                           QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("--out"), QStringLiteral("OUT")}
                                                            << 0;
        QTest::newRow("binary: unknown id") << QStringList{QStringLiteral("--db"), QStringLiteral("DB"), QStringLiteral("--id"), QStringLiteral("4242"),
                                                           QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("--out"), QStringLiteral("OUT")}
                                            << 1;
        QTest::newRow("binary: usage") << QStringList{QStringLiteral("--db"), QStringLiteral("DB"), QStringLiteral("--format"), QStringLiteral("text")} << 2;
    }
    void theExecutableDispatchesExport()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const QString out = m_dir.filePath(QStringLiteral("binary-%1").arg(++m_runs));
        arguments.replaceInStrings(QStringLiteral("DB"), m_db);
        arguments.replaceInStrings(QStringLiteral("OUT"), out);
        const Run run = runGalley(QStringList{QStringLiteral("export")} + arguments);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.err));
        if (exitCode == 0) {
            const QStringList texts = QDir(out).entryList({QStringLiteral("*.txt")});
            QCOMPARE(texts.size(), 1);
            QFile text(out + QLatin1Char('/') + texts.constFirst());
            QVERIFY(text.open(QIODevice::ReadOnly));
            const QString content = QString::fromUtf8(text.readAll());
            QVERIFY(content.startsWith(QStringLiteral("不适宜担任现职,448名干部被调整\n")));
            QVERIFY(content.contains(QStringLiteral("稿件来源 | 内蒙古日报 看齐综合")));
        }
    }

    void lintGateHoldsBackArticlesWithErrors()
    {
        // The sample wire copy (half-width commas: errors), an article with a half-width comma
        // in its Chinese title and two misspellings in its English body, and a clean article:
        // with --lint error the first two are named with the rules that hold them back (not
        // "house-style findings" when it is the spelling), the clean one is written, the exit is 1.
        test::TestNewsroom newsroom;
        const qint64 sample = newsroom.add(test::sampleArticle());
        Article mixed = test::sampleArticle();
        mixed.uuid.clear();
        mixed.slug = QStringLiteral("mixed");
        mixed.title = QStringLiteral("减负,见实效");
        mixed.subtitle.clear();
        mixed.bodyHtml = QStringLiteral("<p>Herders near Xilinhot say the new rules did not recieve a hearing in the grasslands.</p>");
        const qint64 mixedId = newsroom.add(mixed);
        Article clean = test::sampleArticle();
        clean.uuid.clear();
        clean.slug = QStringLiteral("clean");
        clean.title = QStringLiteral("牧区减负见实效");
        clean.subtitle.clear();
        clean.bodyHtml = QStringLiteral("<p>内蒙古为基层减负，文件和会议明显减少。</p>");
        const qint64 cleanId = newsroom.add(clean);
        QVERIFY(sample > 0 && mixedId > 0 && cleanId > 0);

        const QString out = m_dir.filePath(QStringLiteral("lint-gate"));
        const auto exportAt = [&](const QString &severity, const QString &folder) {
            return runGalley({QStringLiteral("export"), QStringLiteral("--db"), newsroom.path(), QStringLiteral("--all"),
                              QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("--out"), folder,
                              QStringLiteral("--lint"), severity});
        };
        const auto says = [](const Run &run, const QString &pattern) {
            return QRegularExpression(pattern).match(run.err).hasMatch();
        };
        const Run run = exportAt(QStringLiteral("error"), out);
        QCOMPARE(run.exitCode, 1);
        // Each article held back: its errors, by rule, the most first (title and body together).
        QVERIFY2(says(run, QStringLiteral("Article %1 \\(.*\\): copy desk: 58 error(s|\\(s\\))?: halfwidth-punctuation 58\n").arg(sample)),
                 qPrintable(run.err));
        QVERIFY2(says(run, QStringLiteral("Article %1 \\(.*\\): copy desk: 3 error(s|\\(s\\))?: spelling 2, halfwidth-punctuation 1\n").arg(mixedId)),
                 qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("house-style finding")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("Article %1 (").arg(cleanId)), qPrintable(run.err));
        // And the export's: how many the gate held back, and for what.
        QVERIFY2(says(run, QStringLiteral("galley export: 2 of 3 articles could not be exported.\n"
                                          "galley export: 2 held back by the copy desk \\(--lint error\\): halfwidth-punctuation 59, spelling 2.\n")),
                 qPrintable(run.err));
        const QJsonObject summary = jsonLines(run.out).constLast().value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("exported")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("held_back")).toInt(), 2);
        const QStringList texts = QDir(out).entryList({QStringLiteral("*.txt")});
        QCOMPARE(texts.size(), 1);
        QFile text(out + QLatin1Char('/') + texts.constFirst());
        QVERIFY(text.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(text.readAll()).startsWith(QStringLiteral("牧区减负见实效\n")));

        // At warnings the sample's paragraphs without a final mark count too, and are said so.
        const Run warnings = exportAt(QStringLiteral("warning"), out + QStringLiteral("-warning"));
        QCOMPARE(warnings.exitCode, 1);
        QVERIFY2(says(warnings, QStringLiteral("Article %1 \\(.*\\): copy desk: 60 warning(s|\\(s\\))? or error(s|\\(s\\))?: "
                                               "halfwidth-punctuation 58, paragraph-end 2\n").arg(sample)),
                 qPrintable(warnings.err));

        // Without the gate all three are exported, and nothing is held back.
        const Run open = runGalley({QStringLiteral("export"), QStringLiteral("--db"), newsroom.path(), QStringLiteral("--all"),
                                    QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("--out"), out + QStringLiteral("-all")});
        QVERIFY2(open.exitCode == 0, qPrintable(open.err));
        QCOMPARE(QDir(out + QStringLiteral("-all")).entryList({QStringLiteral("*.txt")}).size(), 3);
        QCOMPARE(jsonLines(open.out).constLast().value(QStringLiteral("summary")).toObject().value(QStringLiteral("held_back")).toInt(), 0);
    }

    void theExecutablePrintsPdfProofs()
    {
        // --format pdf: the executable starts the graphical libraries (no window, no display)
        // and prints one proof per article, after style.css and the images it loads.
        test::TestNewsroom newsroom;
        const QString png = newsroom.addAsset(test::tinyPng(), QStringLiteral("image/png"));
        QVERIFY(newsroom.add(test::sampleArticle()) > 0);
        Article pictured;
        pictured.title = QStringLiteral("图片新闻：草原上的第一列火车");
        pictured.bodyHtml = QStringLiteral("<p>列车今天开通。</p>\n<figure><img src=\"asset:%1\" alt=\"火车\">\n"
                                           "<figcaption>第一列火车</figcaption></figure>").arg(png);
        QVERIFY(newsroom.add(pictured) > 0);
        const QString out = m_dir.filePath(QStringLiteral("pdf"));
        const Run run = runGalley({QStringLiteral("export"), QStringLiteral("--db"), newsroom.path(), QStringLiteral("--all"),
                                   QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("[2/2]")));

        // The manifest on stdout: every written file with its checksum, then the summary.
        const QList<QJsonObject> lines = jsonLines(run.out);
        QVERIFY(!lines.isEmpty());
        QStringList written;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QString relative = lines.at(i).value(QStringLiteral("path")).toString();
            const QString path = out + QLatin1Char('/') + relative;
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            QCOMPARE(lines.at(i).value(QStringLiteral("sha256")).toString(), sha256(path));
            QCOMPARE(lines.at(i).value(QStringLiteral("bytes")).toInteger(), QFileInfo(path).size());
            written.append(relative);
        }
        const QJsonObject summary = lines.constLast().value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(summary.value(QStringLiteral("exported")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("files")).toInt(), int(written.size()));
        QVERIFY(written.contains(QStringLiteral("style.css")));
        QCOMPARE(written.filter(QRegularExpression(QStringLiteral("^assets/.*\\.png$"))).size(), 1);

        const QStringList pdfs = QDir(out).entryList({QStringLiteral("*.pdf")});
        QCOMPARE(pdfs.size(), 2);
        QCOMPARE(written.filter(QRegularExpression(QStringLiteral("\\.pdf$"))).size(), 2);
        for (const QString &name : pdfs) {
            QFile file(out + QLatin1Char('/') + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray pdf = file.readAll();
            QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(name));
            QVERIFY2(pdf.contains("/Type /Page\n") || pdf.contains("/Type /Page/") || pdf.contains("/Type /Page "),
                     qPrintable(name));
            QVERIFY2(pdf.contains("CJK"), "Chinese text set in a Noto CJK font");
        }
    }

    void pdfAsRootWithTheSandboxOnFailsClearly()
    {
#ifdef Q_OS_UNIX
        if (::geteuid() != 0)
            QSKIP("only root runs WebEngine without its sandbox");
        // WebEngine would end the process: galley says what to do instead.
        const QByteArray sandbox = qgetenv("QTWEBENGINE_DISABLE_SANDBOX");
        const QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
        qunsetenv("QTWEBENGINE_DISABLE_SANDBOX");
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu");
        const QString out = m_dir.filePath(QStringLiteral("pdf-sandbox"));
        const Run run = runGalley({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--all"), QStringLiteral("--format=pdf"),
                                   QStringLiteral("--out"), out});
        if (!sandbox.isNull())
            qputenv("QTWEBENGINE_DISABLE_SANDBOX", sandbox);
        flags.isNull() ? qunsetenv("QTWEBENGINE_CHROMIUM_FLAGS") : qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX=1")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFileInfo::exists(out));
#else
        QSKIP("Unix only");
#endif
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestNewsroom> m_newsroom;
    QString m_db;
    qint64 m_id = 0;
    int m_runs = 0;
};

QTEST_GUILESS_MAIN(ExportCliTest)
#include "tst_exportcli.moc"
