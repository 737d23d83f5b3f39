#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;

namespace galley {

/// The `galley_cjk` FTS5 tokenizer: the index behind one- and two-character searches, which
/// the trigram index cannot answer (most Chinese words have two characters).
///
/// It follows Lucene's CJK bigram analysis. In document mode every run of CJK characters
/// (Han, kana, hangul, bopomofo) yields each character as a unigram and each adjacent pair as
/// a bigram, in text order ("中国人" -> 中, 中国, 国, 国人, 人); every other run of letters and
/// digits is one lowercased word ("COVID-19" -> covid, 19). Whitespace, punctuation and symbols
/// separate tokens and are not indexed. In query mode a one-character CJK run is its unigram and
/// a longer run its bigrams; words as in document mode. Token offsets point into the original
/// UTF-8 text, so snippet() and highlight() mark exactly the matched characters.
namespace CjkTokenizer {

/// Name under which the tokenizer is registered ("galley_cjk").
[[nodiscard]] const char *name();

/// Registers the tokenizer on \a db through the connection's fts5_api. Must be done on every
/// connection before it reads or writes the articles_cjk index. Returns false and sets
/// \a error when FTS5 is not available.
[[nodiscard]] bool registerOn(sqlite3 *db, QString *error = nullptr);

enum class Mode { Document, Query };

/// The tokens the tokenizer produces for \a text (for tests and for building queries).
[[nodiscard]] QStringList tokens(const QString &text, Mode mode);

} // namespace CjkTokenizer
} // namespace galley
