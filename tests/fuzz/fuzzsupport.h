#pragma once

// What every fuzz target of tests/fuzz shares (issue 15). A target is one
// LLVMFuzzerTestOneInput() that feeds its input to one parser or transform and checks the
// invariant that code promises, not only that it returns: a broken invariant is reported on
// stderr and aborts, which libFuzzer saves as a crash and the replay test (replaymain.cpp)
// reports as a failure.

#include <QByteArray>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace galley::fuzz {

[[nodiscard]] inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// The input as UTF-8 (invalid sequences become U+FFFD, as QString::fromUtf8 reads a file).
[[nodiscard]] inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// The input cut at NUL bytes into \a count fields, each read as UTF-8: missing fields are
/// empty, the last one takes the rest (NULs included).
[[nodiscard]] inline QStringList fields(const uint8_t *data, size_t size, int count)
{
    QStringList result;
    const QByteArray input = bytes(data, size);
    qsizetype from = 0;
    for (int i = 0; i < count; ++i) {
        const qsizetype nul = i + 1 < count ? input.indexOf('\0', from) : -1;
        if (from > input.size()) {
            result.append(QString());
            continue;
        }
        const qsizetype to = nul < 0 ? input.size() : nul;
        result.append(QString::fromUtf8(input.mid(from, to - from)));
        from = nul < 0 ? input.size() + 1 : nul + 1;
    }
    return result;
}

/// A broken invariant: says which target and what, and aborts.
[[noreturn]] inline void fail(const char *target, const QString &what)
{
    std::fprintf(stderr, "galley fuzz %s: invariant broken: %s\n", target, qUtf8Printable(what));
    std::fflush(stderr);
    std::abort();
}

inline void check(bool holds, const char *target, const QString &what)
{
    if (!holds)
        fail(target, what);
}

/// At most \a length characters of \a text with its controls visible, for a message.
[[nodiscard]] inline QString shown(const QString &text, qsizetype length = 120)
{
    QString result;
    for (const QChar c : text.left(length)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            result += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            result += c;
    }
    return text.size() > length ? result + QStringLiteral("…") : result;
}

/// Where \a before and \a after first differ, with some text around it, for a message.
[[nodiscard]] inline QString difference(const QString &before, const QString &after)
{
    qsizetype i = 0;
    while (i < before.size() && i < after.size() && before.at(i) == after.at(i))
        ++i;
    const qsizetype from = std::max<qsizetype>(0, i - 40);
    return QStringLiteral("at %1 of %2/%3 characters: \"%4\" became \"%5\"")
        .arg(i)
        .arg(before.size())
        .arg(after.size())
        .arg(shown(before.mid(from, i - from + 40), 80), shown(after.mid(from, i - from + 40), 80));
}

/// The code points of \a text after canonical decomposition (NFD), whitespace and U+FFFC (an
/// image's place in plain text) left out: what "the text says" when checking that an output
/// invents nothing.
[[nodiscard]] inline QSet<char32_t> codePoints(const QString &text)
{
    QSet<char32_t> result;
    const QList<uint> ucs4 = text.normalized(QString::NormalizationForm_D).toUcs4();
    for (const uint c : ucs4) {
        if (c == 0xfffc || QChar::isSpace(c))
            continue;
        result.insert(char32_t(c));
    }
    return result;
}

/// The first code point of \a produced that \a allowed does not hold, as a message; empty when none.
[[nodiscard]] inline QString inventedCodePoint(const QString &produced, const QSet<char32_t> &allowed)
{
    const QSet<char32_t> have = codePoints(produced);
    for (const char32_t c : have) {
        if (!allowed.contains(c))
            return QStringLiteral("U+%1 in \"%2\" is not in the input").arg(uint(c), 4, 16, QLatin1Char('0')).arg(shown(produced));
    }
    return QString();
}

/// A QGuiApplication on the offscreen platform, made once, for targets that lay out text
/// (QTextDocument needs fonts).
inline void ensureGuiApplication()
{
    if (QCoreApplication::instance())
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "galley-fuzz";
    static char *argv[] = { name, nullptr };
    new QGuiApplication(argc, argv); // lives as long as the process: the targets run in it
}

inline void ensureCoreApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "galley-fuzz";
    static char *argv[] = { name, nullptr };
    new QCoreApplication(argc, argv);
}

} // namespace galley::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
