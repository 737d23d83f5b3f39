#include "copydeskmemory.h"

#include "copydeskchecker.h"
#include "lint/housestyle.h"
#include "storage/copydeskrepository.h"
#include "storage/database.h"

namespace galley {

CopyDeskMemory::CopyDeskMemory(Database &database, CopyDeskChecker *checker, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_checker(checker)
{
    connect(checker, &CopyDeskChecker::findingIgnored, this, [this](qint64 articleId, const QString &key) {
        if (m_database.isOpen() && !m_database.isReadOnly()) {
            CopyDeskRepository desk(m_database);
            store(desk.ignoreFinding(articleId, key, m_userName), desk.errorString());
        }
    });
    connect(checker, &CopyDeskChecker::dictionaryWordAdded, this, [this](const QString &word) {
        CopyDeskRepository desk(m_database);
        store(desk.addDictionaryWord(word, m_userName), desk.errorString());
    });
}

void CopyDeskMemory::store(bool ok, const QString &error)
{
    if (!ok)
        Q_EMIT statusMessage(tr("The copy desk could not store it in the newsroom: %1.").arg(error));
}

void CopyDeskMemory::openArticle(qint64 id, const QString &detected)
{
    m_articleId = id;
    m_detected = detected;
    m_chosen.clear();
    QSet<QString> ignored;
    if (id != 0 && m_database.isOpen()) {
        CopyDeskRepository desk(m_database);
        m_chosen = desk.articleLanguage(id).value_or(QString());
        ignored = desk.ignoredFindings(id).value_or(QSet<QString>());
        // The desk shares its dictionary: read again at each article, and when a colleague's
        // word is announced (LiveUpdates).
        reloadDictionary();
        m_checker->setDictionaryEditable(!m_database.isReadOnly());
        reloadHouseStyle();
    }
    m_checker->setArticle(id, m_chosen.isEmpty() ? m_detected : m_chosen, ignored);
    Q_EMIT languageChanged();
}

bool CopyDeskMemory::chooseLanguage(const QString &language)
{
    if (m_articleId == 0 || language == m_chosen)
        return true;
    CopyDeskRepository desk(m_database);
    if (!desk.setArticleLanguage(m_articleId, language)) {
        Q_EMIT statusMessage(tr("The article’s language was not changed: %1.").arg(desk.errorString()));
        Q_EMIT languageChanged(); // the choice shown goes back
        return false;
    }
    m_chosen = language;
    const std::optional<QSet<QString>> ignored = desk.ignoredFindings(m_articleId);
    m_checker->setArticle(m_articleId, m_chosen.isEmpty() ? m_detected : m_chosen, ignored.value_or(QSet<QString>()));
    Q_EMIT languageChanged();
    return true;
}

void CopyDeskMemory::reloadDictionary()
{
    if (!m_database.isOpen())
        return;
    // Unchanged words change nothing (the checker compares them).
    if (const std::optional<QStringList> words = CopyDeskRepository(m_database).dictionaryWords())
        m_checker->setDictionaryWords(*words);
}

void CopyDeskMemory::reloadHouseStyle()
{
    if (!m_database.isOpen())
        return;
    CopyDeskRepository desk(m_database);
    const std::optional<QByteArray> json = desk.houseStyleJson();
    if (!json)
        return;
    QString error;
    std::optional<HouseStyle> style = json->isEmpty() ? std::optional<HouseStyle>(HouseStyle())
                                                      : HouseStyle::fromJson(*json, tr("the newsroom’s house style"), &error);
    if (!style) {
        // Checked with the standards' rules instead; said once per mistake.
        if (error != m_houseStyleError)
            Q_EMIT statusMessage(tr("Copy desk: %1 The standards’ rules apply meanwhile.").arg(error));
        m_houseStyleError = error;
        style = HouseStyle();
    }
    m_checker->setHouseStyle(*style);
}

} // namespace galley
