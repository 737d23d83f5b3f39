#include "storage/sqlite/cjktokenizer.h"

#include "model/textstats.h"

#include <QChar>
#include <QCoreApplication>

#include <sqlite3.h>

#include <string>
#include <vector>

namespace galley::CjkTokenizer {

namespace {

enum class Kind : unsigned char { Separator, Cjk, Word };

struct CodePoint {
    char32_t value;
    int start; // byte offsets into the UTF-8 text
    int end;
    Kind kind;
};

// Longer runs of letters (URLs, base64) are cut: they would only bloat the index.
constexpr std::size_t MaxWordBytes = 160;

Kind classify(char32_t c)
{
    if (c < 0x80) {
        const bool alnum = (c >= u'0' && c <= u'9') || ((c | 0x20) >= u'a' && (c | 0x20) <= u'z');
        return alnum ? Kind::Word : Kind::Separator;
    }
    if (isCjk(c))
        return Kind::Cjk;
    return QChar::isLetterOrNumber(c) || QChar::isMark(c) ? Kind::Word : Kind::Separator;
}

// Decodes UTF-8 leniently: an invalid byte becomes a one-byte separator, so offsets stay exact.
void decode(const char *text, int length, std::vector<CodePoint> &out)
{
    out.clear();
    const auto *bytes = reinterpret_cast<const unsigned char *>(text);
    int i = 0;
    while (i < length) {
        const unsigned char lead = bytes[i];
        char32_t value = lead;
        int size = 1;
        if (lead >= 0xC2 && lead <= 0xDF)
            size = 2, value = lead & 0x1F;
        else if (lead >= 0xE0 && lead <= 0xEF)
            size = 3, value = lead & 0x0F;
        else if (lead >= 0xF0 && lead <= 0xF4)
            size = 4, value = lead & 0x07;
        else if (lead >= 0x80)
            size = 0; // stray continuation or invalid lead byte
        bool valid = size > 0 && i + size <= length;
        for (int k = 1; valid && k < size; ++k) {
            const unsigned char next = bytes[i + k];
            valid = (next & 0xC0) == 0x80;
            value = (value << 6) | (next & 0x3F);
        }
        if (!valid) {
            out.push_back({ 0xFFFD, i, i + 1, Kind::Separator });
            ++i;
            continue;
        }
        out.push_back({ value, i, i + size, classify(value) });
        i += size;
    }
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(char(c));
    } else if (c < 0x800) {
        out.push_back(char(0xC0 | (c >> 6)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(char(0xE0 | (c >> 12)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (c >> 18)));
        out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    }
}

// Calls emit(tokenBytes, tokenLength, startOffset, endOffset) for every token; stops at the
// first non-zero return value and returns it.
template <typename Emit> int tokenize(const char *text, int length, Mode mode, Emit &&emit)
{
    thread_local std::vector<CodePoint> points;
    thread_local std::string word;
    decode(text, length, points);
    const std::size_t count = points.size();
    std::size_t i = 0;
    while (i < count) {
        const CodePoint &first = points[i];
        if (first.kind == Kind::Separator) {
            ++i;
            continue;
        }
        std::size_t runEnd = i + 1;
        while (runEnd < count && points[runEnd].kind == first.kind)
            ++runEnd;
        if (first.kind == Kind::Word) {
            word.clear();
            for (std::size_t k = i; k < runEnd && word.size() < MaxWordBytes; ++k) {
                const char32_t c = points[k].value;
                if (c < 0x80)
                    word.push_back(char(c >= u'A' && c <= u'Z' ? c + 32 : c));
                else
                    appendUtf8(word, QChar::toLower(c));
            }
            if (const int rc = emit(word.data(), int(word.size()), first.start, points[runEnd - 1].end))
                return rc;
        } else {
            const std::size_t runLength = runEnd - i;
            for (std::size_t k = i; k < runEnd; ++k) {
                const CodePoint &c = points[k];
                const bool unigram = mode == Mode::Document || runLength == 1;
                if (unigram) {
                    if (const int rc = emit(text + c.start, c.end - c.start, c.start, c.end))
                        return rc;
                }
                if (k + 1 < runEnd) {
                    const int end = points[k + 1].end;
                    if (const int rc = emit(text + c.start, end - c.start, c.start, end))
                        return rc;
                }
            }
        }
        i = runEnd;
    }
    return 0;
}

// ---- FTS5 glue -------------------------------------------------------------------------------

int create(void *, const char **, int argc, Fts5Tokenizer **out)
{
    if (argc != 0)
        return SQLITE_ERROR; // the tokenizer takes no options
    // A stateless tokenizer: any non-null handle will do.
    static int instance = 0;
    *out = reinterpret_cast<Fts5Tokenizer *>(&instance);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *) { }

int tokenizeForFts5(Fts5Tokenizer *, void *context, int flags, const char *text, int length,
    int (*token)(void *, int, const char *, int, int, int))
{
    // FTS5_TOKENIZE_AUX (highlight/snippet) re-reads documents, so it tokenizes like a document.
    const Mode mode = (flags & FTS5_TOKENIZE_QUERY) ? Mode::Query : Mode::Document;
    return tokenize(text, length, mode,
        [&](const char *bytes, int size, int start, int end) { return token(context, 0, bytes, size, start, end); });
}

fts5_api *fts5ApiOf(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

} // namespace

const char *name()
{
    return "galley_cjk";
}

bool registerOn(sqlite3 *db, QString *error)
{
    fts5_api *api = db ? fts5ApiOf(db) : nullptr;
    if (!api || api->iVersion < 2) {
        if (error)
            *error
                = QCoreApplication::translate("galley::Database", "this SQLite library has no full-text search (FTS5)");
        return false;
    }
    static fts5_tokenizer tokenizer { create, destroy, tokenizeForFts5 };
    if (api->xCreateTokenizer(api, name(), nullptr, &tokenizer, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

QStringList tokens(const QString &text, Mode mode)
{
    const QByteArray utf8 = text.toUtf8();
    QStringList result;
    tokenize(utf8.constData(), int(utf8.size()), mode, [&](const char *bytes, int size, int, int) {
        result.append(QString::fromUtf8(bytes, size));
        return 0;
    });
    return result;
}

} // namespace galley::CjkTokenizer
