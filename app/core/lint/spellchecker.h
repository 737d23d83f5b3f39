#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

class Hunspell;

namespace galley {

/// Spelling of the Latin words in a text, with Hunspell and a dictionary installed on the
/// system (Debian: hunspell-en-us puts en_US.aff/.dic in /usr/share/hunspell). Only words in
/// the Latin script are looked at: Chinese (and any other script), numbers, URLs and e-mail
/// addresses are never reported.
///
/// Not thread-safe (Hunspell keeps state per call): use one instance on one thread at a time.
/// Loading a dictionary takes tens of milliseconds; build it off the GUI thread.
class SpellChecker final
{
public:
    /// A word Hunspell does not know: [start, end) of the text checked (UTF-16 offsets).
    struct Misspelling {
        qsizetype start = 0;
        qsizetype end = 0;
        QString word;
        friend bool operator==(const Misspelling &, const Misspelling &) = default;
    };

    /// Loads the dictionary for \a language ("en", "en-US", "en_GB"; see dictionaryFor()) from
    /// the first of searchPaths() that has it. isValid() says whether one was found.
    explicit SpellChecker(const QString &language, const QStringList &searchPaths = defaultSearchPaths());
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    [[nodiscard]] bool isValid() const { return m_hunspell != nullptr; }
    /// Why there is no dictionary: one sentence naming it and the folders searched.
    [[nodiscard]] QString errorString() const { return m_error; }
    /// "en_US".
    [[nodiscard]] QString dictionaryName() const { return m_dictionary; }

    /// Accepts \a words as correct too (a newsroom's dictionary), with their usual forms: a
    /// lower-case word also capitalised and in capitals, as Hunspell adds them. Call before the
    /// checker is used on another thread.
    void addWords(const QStringList &words);

    [[nodiscard]] bool isCorrect(QStringView word) const;
    /// Hunspell's suggestions for \a word, best first. Kept per word until addWords(): asking
    /// takes milliseconds, and a newsroom misspells the same names in article after article.
    [[nodiscard]] QStringList suggestions(QStringView word) const;
    /// The misspelt Latin words of \a text, by start.
    [[nodiscard]] QList<Misspelling> check(QStringView text) const;

    /// The dictionary name for a language tag: "en" and "en-US" → "en_US", "en-GB" → "en_GB";
    /// empty for a language Galley does not spell-check (Chinese: "zh", "zh-Hans").
    [[nodiscard]] static QString dictionaryFor(const QString &language);
    /// $GALLEY_HUNSPELL_PATH (folders separated by ':'), then /usr/share/hunspell.
    [[nodiscard]] static QStringList defaultSearchPaths();

private:
    [[nodiscard]] std::string encode(QStringView word) const;
    [[nodiscard]] QString decode(const std::string &word) const;

    std::unique_ptr<Hunspell> m_hunspell;
    QString m_dictionary;
    QString m_error;
    bool m_utf8 = true;
    QString m_encoding;
    mutable QHash<QString, QStringList> m_suggestions; ///< asked before, by word
};

} // namespace galley
