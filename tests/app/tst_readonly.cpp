// A newsroom Galley cannot write (a file without write permission, in a folder where no
// write-ahead log can be made, as on a read-only mount or a colleague's share) is opened
// read-only: `galley list`, `show` and `export` work on it, nothing is written beside it, and a
// change is refused with a sentence. Root may write anywhere, so under root the commands run as
// the user "nobody".

#include "storage/articlerepository.h"
#include "storage/database.h"

#include "galleyprocess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace galley;

namespace {

/// galley \a arguments as a user who may not write the newsroom.
Run runUnprivileged(const QStringList &arguments)
{
    return runGalley(arguments, ::geteuid() == 0 ? QStringLiteral("nobody") : QString());
}

} // namespace

class ReadOnlyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewsroomGalleyCannotWriteIsReadOnly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("share"));
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + QStringLiteral("/newsroom.galley");
        qint64 id = 0;
        {
            Database database;
            QCOMPARE(database.open(file), Database::Status::Ok);
            Article article;
            article.title = QStringLiteral("只读新闻库里的稿件");
            article.bodyHtml = QStringLiteral("<p>牧民开始春耕。</p>\n");
            QVERIFY(ArticleRepository(database).create(article));
            id = article.id;
        }
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        QVERIFY(QFile::setPermissions(dir.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther
                | QFile::ReadGroup | QFile::ExeGroup));
        QVERIFY(QFile::setPermissions(out, QFileDevice::Permissions(0x7777)));
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(folder,
            QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                | QFile::ExeOther));
        const QStringList before = QDir(folder).entryList(QDir::Files | QDir::Hidden);

        const Run list = runUnprivileged({ QStringLiteral("list"), QStringLiteral("--db"), file });
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY2(QString::fromUtf8(list.out).contains(QStringLiteral("只读新闻库里的稿件")), list.out.constData());
        const Run show = runUnprivileged({ QStringLiteral("show"), QStringLiteral("--db"), file, QString::number(id) });
        QVERIFY2(show.exitCode == 0 && QString::fromUtf8(show.out).contains(QStringLiteral("牧民开始春耕")),
            qPrintable(show.err));
        const Run exported
            = runUnprivileged({ QStringLiteral("export"), QStringLiteral("--db"), file, QStringLiteral("--all"),
                QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), out });
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(!QDir(out).entryList({ QStringLiteral("*.html") }, QDir::Files).isEmpty());

        // A change is refused in a sentence, and nothing was written beside the file.
        const Run annotate = runUnprivileged({ QStringLiteral("annotate"), QStringLiteral("--db"), file,
            QStringLiteral("--id"), QString::number(id), QStringLiteral("--quote"), QStringLiteral("春耕"),
            QStringLiteral("--text"), QStringLiteral("核实"), QStringLiteral("--author"), QStringLiteral("李明") });
        QCOMPARE(annotate.exitCode, 1);
        QVERIFY2(annotate.err.contains(QStringLiteral("open read-only")), qPrintable(annotate.err));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), before);

        QFile::setPermissions(folder, QFileDevice::Permissions(0x7700));
        QFile::setPermissions(file, QFileDevice::Permissions(0x6600));
    }
};

QTEST_GUILESS_MAIN(ReadOnlyTest)
#include "tst_readonly.moc"
