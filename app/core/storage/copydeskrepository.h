#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace galley {

class Database;

/// The copy desk's memory in the newsroom, shared by everyone who opens it (tables
/// copydesk_ignores, copydesk_words, article_languages and newsroom_settings):
/// - the findings a person chose to ignore in an article, each as the key the editor makes of
///   the finding and its context (opaque here);
/// - the newsroom's spelling dictionary: words Hunspell does not know that the desk accepts;
/// - an article's language where a person chose it (a BCP 47 tag: "en-GB"), which picks the
///   spelling dictionary; without one the editor goes by the text;
/// - the newsroom's house style, as the JSON lint/housestyle.h reads (not checked here: storage
///   knows nothing of the rules).
///
/// On a team server the server keeps who may change what (see storage/postgres/postgresschema.cpp):
/// anyone ignores a finding or adds a word; an editor or a chief removes a word and sets a
/// language; only a chief sets the house style. A refused write returns false with the server's
/// reason in errorString().
///
/// Every call is one short statement (autocommit, or the caller's transaction). Lives on the
/// thread of its Database.
class CopyDeskRepository final
{
public:
    explicit CopyDeskRepository(Database &database);

    /// The keys of the findings ignored in article \a articleId; nullopt on a database error.
    [[nodiscard]] std::optional<QSet<QString>> ignoredFindings(qint64 articleId) const;
    /// The keys of the findings ignored in each article that has any; nullopt on a database error.
    [[nodiscard]] std::optional<QHash<qint64, QSet<QString>>> allIgnoredFindings() const;
    /// Remembers \a key as ignored in article \a articleId by \a author (once: a second time
    /// changes nothing and succeeds).
    [[nodiscard]] bool ignoreFinding(qint64 articleId, const QString &key, const QString &author);

    /// The newsroom's dictionary, sorted; nullopt on a database error.
    [[nodiscard]] std::optional<QStringList> dictionaryWords() const;
    /// Adds \a word (trimmed; refused when empty or holding a space or a control character)
    /// to the newsroom's dictionary; a word already there succeeds and changes nothing.
    [[nodiscard]] bool addDictionaryWord(const QString &word, const QString &author);
    /// Takes \a word out of the newsroom's dictionary (absent: succeeds).
    [[nodiscard]] bool removeDictionaryWord(const QString &word);

    /// The language a person chose for article \a articleId ("en-GB"); empty when none was
    /// chosen, nullopt on a database error.
    [[nodiscard]] std::optional<QString> articleLanguage(qint64 articleId) const;
    /// The language chosen for each article that has one; nullopt on a database error.
    [[nodiscard]] std::optional<QHash<qint64, QString>> articleLanguages() const;
    /// Sets article \a articleId's language to \a language; an empty one removes the choice.
    [[nodiscard]] bool setArticleLanguage(qint64 articleId, const QString &language);

    /// The newsroom's house style (JSON); empty when it has none (the standards' defaults),
    /// nullopt on a database error.
    [[nodiscard]] std::optional<QByteArray> houseStyleJson() const;
    /// Stores \a json as the newsroom's house style, signed by \a author; an empty one goes
    /// back to the defaults.
    [[nodiscard]] bool setHouseStyleJson(const QByteArray &json, const QString &author);

    /// The last error: one sentence without a final full stop.
    [[nodiscard]] QString errorString() const { return m_error; }

    /// The key newsroom_settings holds the house style under.
    static constexpr const char HouseStyleKey[] = "house_style";

private:
    Database &m_database;
    mutable QString m_error;
};

} // namespace galley
