#pragma once

#include <QObject>
#include <QString>

namespace galley {

class CopyDeskChecker;
class Database;

/// The copy desk's memory in the newsroom, for the editor: gives the checker what the newsroom
/// keeps when an article opens (the findings ignored in it, the newsroom's dictionary and house
/// style, the language chosen for it) and stores what a person ignores or adds
/// (CopyDeskRepository). On a read-only newsroom nothing is stored: ignores last the session
/// and "Add to Newsroom Dictionary" is offered disabled. A refused or failed write is said in
/// the status bar.
class CopyDeskMemory final : public QObject
{
    Q_OBJECT
public:
    CopyDeskMemory(Database &database, CopyDeskChecker *checker, QObject *parent = nullptr);

    /// Who ignores and adds words (stored with them).
    void setUserName(const QString &name) { m_userName = name; }
    /// Article \a id opened (0: none): its language is the one chosen for it, else \a detected.
    void openArticle(qint64 id, const QString &detected);
    /// The language chosen for the open article ("en-GB"); empty when it goes by its text.
    [[nodiscard]] QString chosenLanguage() const { return m_chosen; }
    /// The language the open article goes by when none is chosen ("en", "zh-Hans").
    [[nodiscard]] QString detectedLanguage() const { return m_detected; }
    /// Chooses \a language for the open article (empty: by its text), stores it and checks
    /// again; false (said in the status bar) when the newsroom refuses.
    bool chooseLanguage(const QString &language);
    /// Reads the newsroom's house style again (after Preferences changed it, or a chief did on
    /// another desk).
    void reloadHouseStyle();
    /// Reads the newsroom's dictionary again (a colleague added a word on another desk): a word
    /// it now holds is no longer underlined in the open article.
    void reloadDictionary();

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// The open article's language changed (chosen, or another article opened).
    void languageChanged();

private:
    void store(bool ok, const QString &error);

    Database &m_database;
    CopyDeskChecker *m_checker = nullptr;
    QString m_userName;
    qint64 m_articleId = 0;
    QString m_chosen;
    QString m_detected;
    QString m_houseStyleError; ///< the last one said (each said once)
};

} // namespace galley
