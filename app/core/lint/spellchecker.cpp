#include "lint/spellchecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTextBoundaryFinder>

#include <hunspell/hunspell.hxx>

namespace galley {

namespace {

bool isLatinLetter(QChar c)
{
    return c.isLetter() && c.script() == QChar::Script_Latin;
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

/// A word of Latin letters (an apostrophe inside: "don't"), not part of an address, a file
/// name or a code ("www.example.com", "a@b.org", "H2O").
bool isCheckableWord(QStringView text, qsizetype start, qsizetype end)
{
    if (end - start < 2)
        return false;
    for (qsizetype i = start; i < end; ++i) {
        const QChar c = text.at(i);
        if (!isLatinLetter(c) && !(isApostrophe(c) && i > start && i + 1 < end))
            return false;
    }
    // Part of an address or a code: a mark that joins it to what is around it (a dot only
    // between letters or digits, as in "example.com", not at a sentence's end).
    const auto joinsAt = [&](qsizetype i, qsizetype beyond) {
        if (i < 0 || i >= text.size())
            return false;
        const QChar c = text.at(i);
        if (c.isDigit() || QStringView(u"@/\\_=&%#~").contains(c))
            return true;
        return (c == QLatin1Char('.') || c == QLatin1Char(':')) && beyond >= 0 && beyond < text.size()
            && text.at(beyond).isLetterOrNumber() && text.at(beyond).script() != QChar::Script_Han;
    };
    return !joinsAt(start - 1, start - 2) && !joinsAt(end, end + 1);
}

} // namespace

SpellChecker::SpellChecker(const QString &language, const QStringList &searchPaths)
    : m_dictionary(dictionaryFor(language))
{
    if (m_dictionary.isEmpty()) {
        m_error = QCoreApplication::translate("galley::SpellChecker", "Galley has no spelling dictionary for “%1”.")
                      .arg(language);
        return;
    }
    for (const QString &folder : searchPaths) {
        const QDir dir(folder);
        const QString aff = dir.filePath(m_dictionary + QStringLiteral(".aff"));
        const QString dic = dir.filePath(m_dictionary + QStringLiteral(".dic"));
        if (!QFileInfo(aff).isReadable() || !QFileInfo(dic).isReadable())
            continue;
        m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
        m_encoding = QString::fromStdString(m_hunspell->get_dict_encoding());
        m_utf8 = m_encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0;
        return;
    }
    m_error = QCoreApplication::translate("galley::SpellChecker",
        "No spelling dictionary %1 in %2: Latin words are not spell-checked (Debian: install hunspell-%3).")
                  .arg(m_dictionary, searchPaths.join(QStringLiteral(", ")),
                      m_dictionary.toLower().replace(QLatin1Char('_'), QLatin1Char('-')));
}

SpellChecker::~SpellChecker() = default;

QString SpellChecker::dictionaryFor(const QString &language)
{
    QString tag = language.trimmed();
    tag.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QStringList parts = tag.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.first().compare(QLatin1String("en"), Qt::CaseInsensitive) != 0)
        return {};
    if (parts.size() > 1 && parts.at(1).size() == 2)
        return QStringLiteral("en_") + parts.at(1).toUpper();
    return QStringLiteral("en_US");
}

QStringList SpellChecker::defaultSearchPaths()
{
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable("GALLEY_HUNSPELL_PATH");
    if (!fromEnvironment.isEmpty())
        paths = fromEnvironment.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    paths.append(QStringLiteral("/usr/share/hunspell"));
    return paths;
}

std::string SpellChecker::encode(QStringView word) const
{
    if (m_utf8)
        return word.toUtf8().toStdString();
    QStringEncoder encoder(m_encoding.toLatin1().constData());
    const QByteArray bytes = encoder.isValid() ? QByteArray(encoder(word)) : word.toLatin1();
    return bytes.toStdString();
}

QString SpellChecker::decode(const std::string &word) const
{
    if (m_utf8)
        return QString::fromStdString(word);
    QStringDecoder decoder(m_encoding.toLatin1().constData());
    const QByteArray bytes = QByteArray::fromStdString(word);
    return decoder.isValid() ? QString(decoder(bytes)) : QString::fromLatin1(bytes);
}

void SpellChecker::addWords(const QStringList &words)
{
    if (!m_hunspell)
        return;
    m_suggestions.clear(); // a word added may be suggested now
    for (const QString &word : words) {
        if (!word.trimmed().isEmpty())
            m_hunspell->add(encode(word.trimmed()));
    }
}

bool SpellChecker::isCorrect(QStringView word) const
{
    if (!m_hunspell)
        return true;
    QString normal = word.toString();
    normal.replace(QChar(0x2019), QLatin1Char('\''));
    return m_hunspell->spell(encode(normal));
}

QStringList SpellChecker::suggestions(QStringView word) const
{
    QStringList words;
    if (!m_hunspell)
        return words;
    const QString key = word.toString();
    const auto known = m_suggestions.constFind(key);
    if (known != m_suggestions.constEnd())
        return *known;
    for (const std::string &suggestion : m_hunspell->suggest(encode(word)))
        words.append(decode(suggestion));
    m_suggestions.insert(key, words);
    return words;
}

QList<SpellChecker::Misspelling> SpellChecker::check(QStringView text) const
{
    QList<Misspelling> found;
    if (!m_hunspell)
        return found;
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, text.data(), int(text.size()));
    qsizetype start = (words.boundaryReasons() & QTextBoundaryFinder::StartOfItem) ? 0 : -1;
    for (qsizetype at = words.toNextBoundary(); at >= 0; at = words.toNextBoundary()) {
        const auto reasons = words.boundaryReasons();
        if (start >= 0 && (reasons & QTextBoundaryFinder::EndOfItem) && isCheckableWord(text, start, at)) {
            const QStringView word = text.sliced(start, at - start);
            if (!isCorrect(word))
                found.append({ start, at, word.toString() });
        }
        start = (reasons & QTextBoundaryFinder::StartOfItem) ? at : -1;
    }
    return found;
}

} // namespace galley
