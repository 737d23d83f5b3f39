#include "storage/articlefields.h"

#include "document/canonicalhtml.h"
#include "model/plaintext.h"
#include "model/textstats.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace galley::ArticleFields {

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromUtcText(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

QString text(const QString &value)
{
    // SQLite reads a value bound as UTF-16 (as Qt binds every string) that starts with U+FFFE as
    // the other byte order and swaps all of it ("\ufffeab" comes back as "愀戀"), and drops a
    // leading U+FEFF. Neither is text: neither is stored, on either engine.
    qsizetype start = 0;
    while (start < value.size() && (value.at(start).unicode() == 0xfffe || value.at(start).unicode() == 0xfeff))
        ++start;
    if (start > 0)
        return value.mid(start);
    return value.isNull() ? QStringLiteral("") : value;
}

QString joinTags(const QStringList &tags)
{
    QStringList clean;
    for (const QString &tag : tags) {
        for (const QString &part : tag.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString trimmed = part.trimmed();
            if (!trimmed.isEmpty())
                clean.append(trimmed);
        }
    }
    return clean.join(QLatin1Char(','));
}

QStringList splitTags(const QString &joined)
{
    QStringList tags = joined.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &tag : tags)
        tag = tag.trimmed();
    return tags;
}

void derive(Article &article)
{
    // The plain fields never hold a control character, whoever wrote them (the window, the
    // command line, an import): in a page's <title> or on a terminal one could do harm.
    for (QString *line : { &article.title, &article.subtitle, &article.byline, &article.source, &article.editor,
                           &article.desk, &article.publishAt })
        *line = PlainText::singleLine(*line);
    article.summary = PlainText::withoutStrayControls(article.summary);
    for (QString &tag : article.tags)
        tag = PlainText::singleLine(tag);
    article.bodyText = CanonicalHtml::toPlainText(article.bodyHtml);
    article.characterCount = computeTextStats(article.bodyText).characters;
}

QString globEscaped(const QString &text)
{
    QString escaped;
    for (QChar c : text) {
        if (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('['))
            escaped += QLatin1Char('[') + c + QLatin1Char(']');
        else
            escaped += c;
    }
    return escaped;
}

QHash<qint64, int> countPerArticle(Database &database, const char *table, const char *condition,
    const QList<qint64> &articleIds, QString *error)
{
    QHash<qint64, int> counts;
    if (articleIds.isEmpty())
        return counts;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT article_id, COUNT(*) FROM %1 WHERE %2 AND article_id IN (%3) GROUP BY article_id")
                      .arg(QLatin1String(table), QLatin1String(condition),
                          QStringList(articleIds.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    for (qint64 id : articleIds)
        query.addBindValue(id);
    if (!query.exec()) {
        *error = sqlErrorText(query.lastError());
        return counts;
    }
    while (query.next())
        counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    return counts;
}

QString likeEscaped(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

} // namespace galley::ArticleFields
