#include "newsroomgenerator.h"

#include "document/sanitizer.h"
#include "model/annotation.h"
#include "storage/assetrepository.h"
#include "storage/sqlite/bulkloader.h"
#include "storage/database.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <array>

namespace galley::bench {

namespace {

// Vocabulary of a provincial news desk (two- to four-character words, as real copy has them).
const std::array ChineseWords = {
    "内蒙古", "自治区", "坚持", "激励", "约束", "双向", "发力", "正向", "出台", "干部", "担当", "作为",
    "措施", "容错", "纠错", "意见", "旗帜鲜明", "选拔", "敢作敢为", "锐意进取", "大胆", "创新", "务实",
    "肯干", "撑腰", "鼓劲", "基层", "文山会海", "过度", "留痕", "台账", "泛滥", "迎来送往", "频繁", "填表",
    "报数", "问题", "反映", "强烈", "经济", "发展", "高质量", "新能源", "风电", "光伏", "草原", "生态",
    "保护", "牧民", "收入", "增长", "乡村", "振兴", "产业", "项目", "投资", "企业", "市场", "消费", "就业",
    "教育", "医疗", "养老", "服务", "改革", "开放", "合作", "交流", "会议", "指出", "强调", "要求", "推进",
    "落实", "部署", "工作", "全面", "深入", "持续", "加快", "建设", "体系", "能力", "现代化", "治理",
    "群众", "满意", "记者", "采访", "了解到", "今年以来", "截至目前", "同比", "环比", "增幅", "全区",
    "呼和浩特", "包头", "鄂尔多斯", "赤峰", "通辽", "呼伦贝尔", "数据显示", "负责人", "表示", "下一步",
    "中国", "国家", "地方", "政府", "部门", "单位", "科技", "人才", "数字", "平台", "网络", "安全", "交通",
    "铁路", "公路", "机场", "物流", "农业", "粮食", "牛羊", "奶业", "旅游", "文化", "体育", "赛事",
};
const std::array EnglishWords = {
    "the", "council", "said", "on", "Tuesday", "that", "new", "rules", "for", "local", "officials", "would",
    "take", "effect", "in", "March", "and", "reduce", "paperwork", "across", "the", "region", "energy", "wind",
    "solar", "farms", "grassland", "herders", "income", "rose", "percent", "year", "on", "year", "according",
    "to", "data", "published", "by", "statistics", "bureau", "investment", "market", "jobs", "schools",
    "hospitals", "reform", "railway", "airport", "tourism", "festival", "reporters", "were", "told", "by",
    "a", "spokesperson", "who", "declined", "to", "be", "named", "while", "critics", "argued", "it", "is",
    "too", "early", "judge", "results", "growth", "slowed", "quarter", "exports", "imports", "prices",
    "housing", "policy", "government", "budget", "minister", "city", "province", "villages", "farmers",
    "technology", "startups", "network", "security", "climate", "drought", "harvest", "dairy", "cattle",
};
const std::array Bylines = {"王晓", "李明", "张华", "刘洋", "陈曲", "杨帆", "赵磊", "黄婷", "周杰", "吴敏",
                            "徐静", "孙伟", "马骏", "朱琳", "胡斌", "郭芳", "林涛", "何颖", "高翔", "罗薇",
                            "Anna Smith", "John Lee", "Maria Chen", "David Wu", "Sarah Lin"};
const std::array Desks = {"时政", "经济", "社会", "文化", "体育", "国际", "评论", "科技"};
const std::array Sources = {"内蒙古日报", "新华社", "正北方网", "人民网", "Reuters", "AP"};

template<typename Array>
QString pick(QRandomGenerator &random, const Array &array)
{
    return QString::fromUtf8(array[random.bounded(quint32(array.size()))]);
}

QString chineseSentence(QRandomGenerator &random)
{
    QString sentence;
    const int words = 5 + int(random.bounded(10));
    for (int i = 0; i < words; ++i) {
        sentence += pick(random, ChineseWords);
        const quint32 r = random.bounded(100);
        if (i + 1 < words && r < 12)
            sentence += QStringLiteral("，");
        else if (i + 1 < words && r < 15)
            sentence += QStringLiteral("、");
        else if (r < 18)
            sentence += QStringLiteral("%1.%2%").arg(random.bounded(100)).arg(random.bounded(10));
        else if (r < 20)
            sentence += QStringLiteral("2025年%1月%2日").arg(1 + random.bounded(12)).arg(1 + random.bounded(28));
    }
    if (random.bounded(10) == 0)
        sentence = QStringLiteral("“") + sentence + QStringLiteral("”");
    return sentence + (random.bounded(6) == 0 ? QStringLiteral("；") : QStringLiteral("。"));
}

QString englishSentence(QRandomGenerator &random)
{
    QString sentence;
    const int words = 8 + int(random.bounded(14));
    for (int i = 0; i < words; ++i) {
        QString word = pick(random, EnglishWords);
        if (i == 0)
            word[0] = word[0].toUpper();
        else
            sentence += QLatin1Char(' ');
        sentence += word;
        if (i + 1 < words && random.bounded(12) == 0)
            sentence += QLatin1Char(',');
    }
    return sentence + QStringLiteral(". ");
}

QString paragraphText(QRandomGenerator &random, int characters, bool chinese)
{
    QString text;
    while (text.size() < characters)
        text += chinese ? chineseSentence(random) : englishSentence(random);
    return text.trimmed();
}

QString title(QRandomGenerator &random, bool chinese)
{
    if (chinese)
        return paragraphText(random, 12, true).left(12 + int(random.bounded(12))).remove(QStringLiteral("。"));
    QString text = englishSentence(random).trimmed();
    text.chop(1);
    return text.section(QLatin1Char(' '), 0, 5 + int(random.bounded(5)));
}

/// Six small PNG images, by content hash. The bodies refer to them by hash; they are stored
/// after the articles, so that the bulk load starts on an empty newsroom (its fast mode).
QList<std::pair<QString, QByteArray>> makeAssets()
{
    QList<std::pair<QString, QByteArray>> assets;
    for (int i = 0; i < 6; ++i) {
        QImage image(320, 200, QImage::Format_RGB32);
        image.fill(QColor::fromHsv(i * 60, 120, 200));
        QPainter painter(&image);
        painter.drawEllipse(40 + i * 20, 30, 120, 120);
        painter.end();
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        assets.append({AssetRepository::hashOf(png), png});
    }
    return assets;
}

Article metadata(QRandomGenerator &random, bool chinese, qint64 serial)
{
    Article article;
    article.title = title(random, chinese);
    article.slug = QStringLiteral("bench-%1").arg(serial); // pinyin slugs are not what is measured
    article.subtitle = QStringLiteral("");
    article.summary = QStringLiteral("");
    article.byline = pick(random, Bylines);
    article.source = pick(random, Sources);
    article.editor = pick(random, Bylines);
    article.desk = pick(random, Desks);
    article.tags = {pick(random, Desks), pick(random, ChineseWords)};
    article.status = WorkflowState(random.bounded(6));
    article.publishAt = QStringLiteral("2025-%1-%2T%3:%4:00")
                            .arg(1 + random.bounded(12), 2, 10, QLatin1Char('0'))
                            .arg(1 + random.bounded(28), 2, 10, QLatin1Char('0'))
                            .arg(random.bounded(24), 2, 10, QLatin1Char('0'))
                            .arg(random.bounded(60), 2, 10, QLatin1Char('0'));
    article.views = random.bounded(200000);
    return article;
}

} // namespace

NewsroomGenerator::NewsroomGenerator(QString cacheDirectory)
    : m_cacheDirectory(std::move(cacheDirectory))
{
}

QString NewsroomGenerator::body(quint32 seed, int characters, bool chinese, const QStringList &assets)
{
    QRandomGenerator random(seed);
    QStringList blocks;
    int length = 0;
    int sinceHeading = 0;
    bool figure = assets.isEmpty() || random.bounded(10) >= 4;
    while (length < characters) {
        if (sinceHeading >= 3 + int(random.bounded(3)) && length + 200 < characters) {
            blocks.append(QStringLiteral("<h2>") + title(random, chinese) + QStringLiteral("</h2>"));
            sinceHeading = 0;
        }
        const int target = chinese ? 60 + int(random.bounded(260)) : 200 + int(random.bounded(500));
        QString text = paragraphText(random, std::min(target, characters - length + 20), chinese);
        length += int(text.size());
        const quint32 r = random.bounded(100);
        if (r < 25) {
            // A link around a few words in the middle of the paragraph.
            const int at = int(text.size()) / 2;
            const QString anchor = text.mid(at, chinese ? 4 : 12);
            if (!anchor.trimmed().isEmpty() && anchor.trimmed() == anchor)
                text = text.left(at) + QStringLiteral("<a href=\"https://news.example.com/2025/%1.html\">").arg(random.bounded(100000))
                    + anchor + QStringLiteral("</a>") + text.mid(at + anchor.size());
        } else if (r < 35) {
            const int cut = int(text.indexOf(chinese ? QStringLiteral("，") : QStringLiteral(", ")));
            if (cut > 0)
                text = QStringLiteral("<strong>") + text.left(cut) + QStringLiteral("</strong>") + text.mid(cut);
        }
        blocks.append(QStringLiteral("<p>") + text + QStringLiteral("</p>"));
        ++sinceHeading;
        if (!figure && blocks.size() == 3) {
            blocks.append(QStringLiteral("<figure><img src=\"asset:%1\" alt=\"%2\"><figcaption>%3</figcaption></figure>")
                              .arg(assets.at(int(random.bounded(quint32(assets.size())))),
                                   title(random, chinese).left(8), title(random, chinese)));
            figure = true;
        }
    }
    return blocks.join(QLatin1Char('\n')) + QLatin1Char('\n'); // canonical HTML ends every block with a newline
}

QString NewsroomGenerator::fullNewsroom(qint64 articles, const Progress &progress)
{
    return build(Kind::Full, articles, progress);
}

QString NewsroomGenerator::listNewsroom(qint64 articles, const Progress &progress)
{
    return build(Kind::List, articles, progress);
}

QString NewsroomGenerator::build(Kind kind, qint64 articles, const Progress &progress)
{
    m_error.clear();
    m_lastBuildSeconds = 0;
    m_lastRowsSeconds = 0;
    const QString name = (kind == Kind::Full ? QStringLiteral("full-v3-%1.galley") : QStringLiteral("list-v4-%1.galley")).arg(articles);
    const QString path = QDir(m_cacheDirectory).filePath(name);
    if (QFile::exists(path))
        return path;
    if (!QDir().mkpath(m_cacheDirectory)) {
        m_error = QStringLiteral("cannot create the cache folder %1").arg(m_cacheDirectory);
        return {};
    }
    const QString partial = path + QStringLiteral(".partial");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);

    QElapsedTimer timer;
    timer.start();
    {
        Database database;
        if (database.open(partial) != Database::Status::Ok) {
            m_error = database.errorString();
            return {};
        }
        const QList<std::pair<QString, QByteArray>> images = kind == Kind::Full ? makeAssets() : QList<std::pair<QString, QByteArray>>();
        QStringList assets;
        for (const auto &[hash, png] : images)
            assets.append(hash);
        // The list newsroom is never searched: its full-text indexes are left pending (as an
        // import that defers them leaves them), which halves its build; the list paths never
        // read them. The full newsroom is indexed at once: the search paths are measured on it.
        BulkLoader loader(database);
        if (!loader.begin(kind == Kind::Full ? BulkLoader::Indexing::Now : BulkLoader::Indexing::Deferred)) {
            m_error = loader.errorString();
            return {};
        }
        QRandomGenerator random(kind == Kind::Full ? 20250318u : 19491001u);
        const qint64 total = kind == Kind::Full ? articles + 2 : articles;
        // Two years of copy, oldest first, each article edited within a few days of its creation
        // (generatedLastDay() is the last of them).
        const QDateTime start(QDate(2024, 1, 1), QTime(6, 0), Qt::UTC);
        const double spacingMs = 2.0 * 365 * 24 * 3600 * 1000 / double(total);
        for (qint64 i = 0; i < total; ++i) {
            const bool chinese = random.bounded(10) < 7 || (kind == Kind::Full && i < 2);
            Article article = metadata(random, chinese, i + 1);
            article.createdAt = start.addMSecs(qint64(double(i) * spacingMs));
            article.updatedAt = article.createdAt.addSecs(random.bounded(3 * 24 * 3600));
            int characters = kind == Kind::Full ? 2400 + int(random.bounded(1200)) : 60 + int(random.bounded(80));
            if (kind == Kind::Full && i == 0)
                characters = 20000;
            else if (kind == Kind::Full && i == 1)
                characters = 100000;
            article.bodyHtml = kind == Kind::Full
                ? body(random.generate(), characters, chinese, assets)
                : QStringLiteral("<p>") + paragraphText(random, characters, chinese) + QStringLiteral("</p>\n");
            if (i < 20 && Sanitizer::sanitize(article.bodyHtml) != article.bodyHtml)
                qWarning("generated body %lld is not canonical", i + 1);
            if (!loader.addArticle(article)) {
                m_error = loader.errorString();
                return {};
            }
            if (kind == Kind::Full && i % 10 == 0
                && !loader.addRevision(article, article.editor, QStringLiteral("签发前校对"), article.updatedAt)) {
                m_error = loader.errorString();
                return {};
            }
            if (kind == Kind::Full && i % 25 == 0 && article.bodyText.size() > 200) {
                Annotation root;
                root.articleId = article.id;
                root.author = article.editor;
                root.createdAt = article.updatedAt;
                root.body = QStringLiteral("此处数据请核实来源。");
                root.anchor.start = 100;
                root.anchor.end = 110;
                root.anchor.quote = article.bodyText.mid(100, 10);
                root.anchor.prefix = article.bodyText.mid(68, 32);
                root.anchor.suffix = article.bodyText.mid(110, 32);
                if (!loader.addAnnotation(root)) {
                    m_error = loader.errorString();
                    return {};
                }
                Annotation reply;
                reply.articleId = article.id;
                reply.parentId = root.id;
                reply.author = article.byline;
                reply.createdAt = article.updatedAt.addSecs(600);
                reply.body = QStringLiteral("已核实，见统计局公报。");
                if (!loader.addAnnotation(reply)) {
                    m_error = loader.errorString();
                    return {};
                }
            }
            if (progress && (i + 1) % 1000 == 0)
                progress(i + 1, total);
        }
        m_lastRowsSeconds = double(timer.elapsed()) / 1000.0;
        if (!loader.finish()) {
            m_error = loader.errorString();
            return {};
        }
        AssetRepository store(database);
        for (const auto &[hash, png] : images) {
            if (store.store(png, QStringLiteral("image/png")) != hash) {
                m_error = QStringLiteral("cannot store the generated images");
                return {};
            }
        }
        database.close();
    }
    // The last connection's close checkpoints and deletes the WAL; a leftover one would be lost.
    if (QFile::exists(partial + QStringLiteral("-wal"))) {
        m_error = QStringLiteral("%1 was not checkpointed").arg(partial);
        return {};
    }
    if (!QFile::rename(partial, path)) {
        m_error = QStringLiteral("cannot move %1 into place").arg(partial);
        return {};
    }
    m_lastBuildSeconds = double(timer.elapsed()) / 1000.0;
    return path;
}

} // namespace galley::bench
