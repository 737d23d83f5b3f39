#include "copydeskrepository.h"

#include "database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace galley {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// A name for a NOT NULL column: a null QString would be bound as SQL NULL.
QString signature(const QString &author)
{
    return author.isNull() ? QStringLiteral("") : author;
}

} // namespace

CopyDeskRepository::CopyDeskRepository(Database &database)
    : m_database(database)
{ }

std::optional<QSet<QString>> CopyDeskRepository::ignoredFindings(qint64 articleId) const
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ignore_key FROM copydesk_ignores WHERE article_id = ?"));
    query.addBindValue(articleId);
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return std::nullopt;
    }
    QSet<QString> keys;
    while (query.next())
        keys.insert(query.value(0).toString());
    return keys;
}

std::optional<QHash<qint64, QSet<QString>>> CopyDeskRepository::allIgnoredFindings() const
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT article_id, ignore_key FROM copydesk_ignores"))) {
        m_error = sqlErrorText(query.lastError());
        return std::nullopt;
    }
    QHash<qint64, QSet<QString>> keys;
    while (query.next())
        keys[query.value(0).toLongLong()].insert(query.value(1).toString());
    return keys;
}

bool CopyDeskRepository::ignoreFinding(qint64 articleId, const QString &key, const QString &author)
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO copydesk_ignores (article_id, ignore_key, author, created_at) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT (article_id, ignore_key) DO NOTHING"));
    query.addBindValue(articleId);
    query.addBindValue(key);
    query.addBindValue(signature(author));
    query.addBindValue(now());
    if (!query.exec()) {
        m_error = QCoreApplication::translate("galley::CopyDeskRepository", "Could not remember the ignored finding: %1")
                      .arg(sqlErrorText(query.lastError()));
        return false;
    }
    return true;
}

std::optional<QStringList> CopyDeskRepository::dictionaryWords() const
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT word FROM copydesk_words"))) {
        m_error = sqlErrorText(query.lastError());
        return std::nullopt;
    }
    QStringList words;
    while (query.next())
        words.append(query.value(0).toString());
    // Sorted here, not by the engine: the two would collate differently.
    std::sort(words.begin(), words.end());
    return words;
}

bool CopyDeskRepository::addDictionaryWord(const QString &word, const QString &author)
{
    m_error.clear();
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty()
        || std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; })) {
        m_error = QCoreApplication::translate("galley::CopyDeskRepository",
            "“%1” is not a word for the dictionary (one word, without spaces)")
                      .arg(trimmed);
        return false;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO copydesk_words (word, author, created_at) VALUES (?, ?, ?) ON CONFLICT (word) DO NOTHING"));
    query.addBindValue(trimmed);
    query.addBindValue(signature(author));
    query.addBindValue(now());
    if (!query.exec()) {
        m_error = QCoreApplication::translate("galley::CopyDeskRepository", "Could not add “%1” to the dictionary: %2")
                      .arg(trimmed, sqlErrorText(query.lastError()));
        return false;
    }
    return true;
}

bool CopyDeskRepository::removeDictionaryWord(const QString &word)
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM copydesk_words WHERE word = ?"));
    query.addBindValue(word.trimmed());
    if (!query.exec()) {
        m_error = QCoreApplication::translate("galley::CopyDeskRepository", "Could not remove “%1” from the dictionary: %2")
                      .arg(word.trimmed(), sqlErrorText(query.lastError()));
        return false;
    }
    return true;
}

std::optional<QString> CopyDeskRepository::articleLanguage(qint64 articleId) const
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT language FROM article_languages WHERE article_id = ?"));
    query.addBindValue(articleId);
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return std::nullopt;
    }
    return query.next() ? query.value(0).toString() : QString();
}

std::optional<QHash<qint64, QString>> CopyDeskRepository::articleLanguages() const
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT article_id, language FROM article_languages"))) {
        m_error = sqlErrorText(query.lastError());
        return std::nullopt;
    }
    QHash<qint64, QString> languages;
    while (query.next())
        languages.insert(query.value(0).toLongLong(), query.value(1).toString());
    return languages;
}

bool CopyDeskRepository::setArticleLanguage(qint64 articleId, const QString &language)
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    if (language.trimmed().isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM article_languages WHERE article_id = ?"));
        query.addBindValue(articleId);
    } else {
        query.prepare(QStringLiteral("INSERT INTO article_languages (article_id, language) VALUES (?, ?) "
                                     "ON CONFLICT (article_id) DO UPDATE SET language = excluded.language"));
        query.addBindValue(articleId);
        query.addBindValue(language.trimmed());
    }
    if (!query.exec()) {
        m_error = QCoreApplication::translate("galley::CopyDeskRepository", "Could not set the article’s language: %1")
                      .arg(sqlErrorText(query.lastError()));
        return false;
    }
    return true;
}

std::optional<QByteArray> CopyDeskRepository::houseStyleJson() const
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT value FROM newsroom_settings WHERE key = ?"));
    query.addBindValue(QString::fromLatin1(HouseStyleKey));
    if (!query.exec()) {
        m_error = sqlErrorText(query.lastError());
        return std::nullopt;
    }
    return query.next() ? query.value(0).toString().toUtf8() : QByteArray();
}

bool CopyDeskRepository::setHouseStyleJson(const QByteArray &json, const QString &author)
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    if (json.trimmed().isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM newsroom_settings WHERE key = ?"));
        query.addBindValue(QString::fromLatin1(HouseStyleKey));
    } else {
        query.prepare(QStringLiteral("INSERT INTO newsroom_settings (key, value, updated_by, updated_at) VALUES (?, ?, ?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                     "updated_by = excluded.updated_by, updated_at = excluded.updated_at"));
        query.addBindValue(QString::fromLatin1(HouseStyleKey));
        query.addBindValue(QString::fromUtf8(json));
        query.addBindValue(signature(author));
        query.addBindValue(now());
    }
    if (!query.exec()) {
        m_error = QCoreApplication::translate("galley::CopyDeskRepository", "Could not store the house style: %1")
                      .arg(sqlErrorText(query.lastError()));
        return false;
    }
    return true;
}

} // namespace galley
