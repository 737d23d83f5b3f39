#include "document/textdiff.h"

#include "model/textstats.h"

#include <QHash>

#include <dtl/dtl.hpp>

#include <algorithm>
#include <vector>

namespace galley::TextDiff {

namespace {

using Op = DiffRun::Op;

char32_t codePointAt(QStringView text, qsizetype i, qsizetype *length)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *length = 1;
    return c.unicode();
}

enum class TokenClass { Word, Space, LineBreak, Single };

TokenClass classify(char32_t c)
{
    if (c == u'\n')
        return TokenClass::LineBreak;
    if (isCjk(c))
        return TokenClass::Single;
    if (QChar::isSpace(c))
        return TokenClass::Space;
    if (QChar::isLetterOrNumber(c) || QChar::isMark(c))
        return TokenClass::Word;
    return TokenClass::Single;
}

/// Interns strings as integers so that dtl compares numbers, not strings.
class Interner
{
public:
    int id(const QString &text)
    {
        const auto it = m_ids.constFind(text);
        if (it != m_ids.constEnd())
            return it.value();
        const int id = static_cast<int>(m_texts.size());
        m_ids.insert(text, id);
        m_texts.append(text);
        return id;
    }
    [[nodiscard]] const QString &text(int id) const { return m_texts.at(id); }
    [[nodiscard]] int size() const { return static_cast<int>(m_texts.size()); }

private:
    QHash<QString, int> m_ids;
    QStringList m_texts;
};

/// Appends a run, merging it into the last one when the operation is the same.
void append(QList<DiffRun> &runs, Op op, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!runs.isEmpty() && runs.last().op == op)
        runs.last().text += text;
    else
        runs.append(DiffRun { op, text });
}

/// dtl's edit script of two id sequences, as (op, id) pairs in order.
std::vector<std::pair<Op, int>> dtlScript(const std::vector<int> &a, const std::vector<int> &b)
{
    std::vector<std::pair<Op, int>> script;
    if (a.empty() || b.empty()) {
        for (int id : a)
            script.emplace_back(Op::Delete, id);
        for (int id : b)
            script.emplace_back(Op::Insert, id);
        return script;
    }
    dtl::Diff<int, std::vector<int>> diff(a, b);
    diff.compose();
    for (const auto &[id, info] : diff.getSes().getSequence()) {
        const Op op = info.type == dtl::SES_ADD ? Op::Insert : info.type == dtl::SES_DELETE ? Op::Delete : Op::Equal;
        script.emplace_back(op, id);
    }
    return script;
}

/// Edit script of two id sequences (ids are small, dense integers), as (op, id) pairs in order.
/// Two reductions before dtl runs, both keeping the script minimal: the shared head and tail are
/// taken off, and elements that occur on one side only (which can never be part of a common
/// subsequence) are set aside and put back as deletions or insertions, as GNU diff does. A
/// rewrite then costs what the few shared elements cost, not Myers' worst case.
std::vector<std::pair<Op, int>> editScript(const std::vector<int> &a, const std::vector<int> &b, int idCount)
{
    std::vector<std::pair<Op, int>> script;
    size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    for (size_t i = 0; i < head; ++i)
        script.emplace_back(Op::Equal, a[i]);

    std::vector<char> inA(static_cast<size_t>(idCount), 0);
    std::vector<char> inB(static_cast<size_t>(idCount), 0);
    for (size_t i = head; i < a.size() - tail; ++i)
        inA[static_cast<size_t>(a[i])] = 1;
    for (size_t j = head; j < b.size() - tail; ++j)
        inB[static_cast<size_t>(b[j])] = 1;
    std::vector<size_t> keptA; // positions in a of elements that b also has
    std::vector<size_t> keptB;
    std::vector<int> reducedA;
    std::vector<int> reducedB;
    for (size_t i = head; i < a.size() - tail; ++i) {
        if (inB[static_cast<size_t>(a[i])]) {
            keptA.push_back(i);
            reducedA.push_back(a[i]);
        }
    }
    for (size_t j = head; j < b.size() - tail; ++j) {
        if (inA[static_cast<size_t>(b[j])]) {
            keptB.push_back(j);
            reducedB.push_back(b[j]);
        }
    }
    // Replays the reduced script over the full sequences, emitting what was set aside.
    size_t i = head;
    size_t j = head;
    size_t x = 0;
    size_t y = 0;
    const auto deleteUpTo = [&](size_t end) {
        for (; i < end; ++i)
            script.emplace_back(Op::Delete, a[i]);
    };
    const auto insertUpTo = [&](size_t end) {
        for (; j < end; ++j)
            script.emplace_back(Op::Insert, b[j]);
    };
    for (const auto &[op, id] : dtlScript(reducedA, reducedB)) {
        if (op == Op::Equal) {
            deleteUpTo(keptA[x]);
            insertUpTo(keptB[y]);
            script.emplace_back(Op::Equal, id);
            ++i;
            ++j;
            ++x;
            ++y;
        } else if (op == Op::Delete) {
            deleteUpTo(keptA[x++] + 1);
        } else {
            insertUpTo(keptB[y++] + 1);
        }
    }
    deleteUpTo(a.size() - tail);
    insertUpTo(b.size() - tail);
    for (size_t t = a.size() - tail; t < a.size(); ++t)
        script.emplace_back(Op::Equal, a[t]);
    return script;
}

/// Puts every Delete before the Insert of the same change and joins neighbours of one kind.
QList<DiffRun> normalize(const QList<DiffRun> &runs)
{
    QList<DiffRun> result;
    QString deleted;
    QString inserted;
    const auto flush = [&] {
        append(result, Op::Delete, deleted);
        append(result, Op::Insert, inserted);
        deleted.clear();
        inserted.clear();
    };
    for (const DiffRun &run : runs) {
        if (run.op == Op::Delete) {
            deleted += run.text;
        } else if (run.op == Op::Insert) {
            inserted += run.text;
        } else {
            flush();
            append(result, Op::Equal, run.text);
        }
    }
    flush();
    return result;
}

/// diff-match-patch's semantic clean-up: an equality shorter than the changes on either side of
/// it is turned into a deletion plus an insertion, then the changes are merged. (Strictly
/// shorter, unlike diff-match-patch: a two-character Chinese word between two two-character
/// changes is worth showing as kept.) Runs as a stack so that merges cascade backwards in
/// linear time.
QList<DiffRun> cleanupSemantic(const QList<DiffRun> &runs)
{
    struct Change {
        QString deleted;
        QString inserted;
        [[nodiscard]] qsizetype size() const { return std::max(deleted.size(), inserted.size()); }
    };
    // The runs as change, equality, change, equality, ... (a change may be empty).
    std::vector<Change> changes(1);
    std::vector<QString> equalities;
    const auto fold = [&] {
        while (!equalities.empty()) {
            const Change &before = changes[changes.size() - 2];
            const Change &after = changes.back();
            const qsizetype length = equalities.back().size();
            if (!(length < before.size() && length < after.size()))
                return;
            Change merged = std::move(changes[changes.size() - 2]);
            merged.deleted += equalities.back() + after.deleted;
            merged.inserted += equalities.back() + after.inserted;
            changes.pop_back();
            changes.back() = std::move(merged);
            equalities.pop_back();
        }
    };
    for (const DiffRun &run : runs) {
        if (run.op == Op::Equal) {
            fold();
            equalities.push_back(run.text);
            changes.emplace_back();
        } else {
            (run.op == Op::Delete ? changes.back().deleted : changes.back().inserted) += run.text;
        }
    }
    fold();
    QList<DiffRun> result;
    for (size_t i = 0; i < changes.size(); ++i) {
        append(result, Op::Delete, changes[i].deleted);
        append(result, Op::Insert, changes[i].inserted);
        if (i < equalities.size())
            append(result, Op::Equal, equalities[i]);
    }
    return result;
}

bool isClosingPunctuation(QChar c)
{
    return c == u'\u201D' || c == u'\u2019' || c == u'"' || c == u'\'' || c == u')' || c == u'\uFF09' || c == u'\u300D'
        || c == u'\u300F' || c == u'\u3011' || c == u'\u300B';
}

/// Splits text into sentences and lines (each keeping its terminator and the spaces after it),
/// the units matched before tokens are compared.
QStringList splitSentences(QStringView text)
{
    QStringList segments;
    qsizetype start = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i++);
        bool cut = c == u'\n';
        if (c == u'\u3002' || c == u'\uFF01' || c == u'\uFF1F' || c == u'\uFF1B') { // 。!?;
            cut = true;
        } else if ((c == u'.' || c == u'!' || c == u'?')
            && (i == text.size() || text.at(i).isSpace() || isClosingPunctuation(text.at(i)))) {
            cut = true;
        }
        if (!cut)
            continue;
        if (c != u'\n') {
            while (i < text.size() && isClosingPunctuation(text.at(i)))
                ++i;
            while (i < text.size() && text.at(i).isSpace() && text.at(i) != u'\n')
                ++i;
        }
        segments.append(text.mid(start, i - start).toString());
        start = i;
    }
    if (start < text.size())
        segments.append(text.mid(start).toString());
    return segments;
}

/// Token-level diff of one changed stretch, appended to \a runs.
void diffTokens(const QStringList &before, const QStringList &after, QList<DiffRun> &runs)
{
    Interner interner;
    std::vector<int> a;
    std::vector<int> b;
    for (const QString &token : before)
        a.push_back(interner.id(token));
    for (const QString &token : after)
        b.push_back(interner.id(token));
    for (const auto &[op, id] : editScript(a, b, interner.size()))
        append(runs, op, interner.text(id));
}

/// Diff of a stretch where the sentences \a deleted were replaced by \a inserted. Compared
/// token by token when small; a long stretch (a rewrite) is compared sentence by sentence in
/// order, which keeps Myers' O(ND) cost bounded when little is shared.
void diffStretch(const QStringList &deleted, const QStringList &inserted, QList<DiffRun> &runs)
{
    constexpr qsizetype StretchLimit = 4000; // tokens on both sides together
    if (deleted.isEmpty() || inserted.isEmpty()) {
        append(runs, Op::Delete, deleted.join(QString()));
        append(runs, Op::Insert, inserted.join(QString()));
        return;
    }
    const QStringList before = tokenize(deleted.join(QString()));
    const QStringList after = tokenize(inserted.join(QString()));
    if (before.size() + after.size() <= StretchLimit || (deleted.size() == 1 && inserted.size() == 1)) {
        diffTokens(before, after, runs);
        return;
    }
    const qsizetype paired = std::min(deleted.size(), inserted.size());
    for (qsizetype i = 0; i < paired; ++i)
        diffTokens(tokenize(deleted.at(i)), tokenize(inserted.at(i)), runs);
    for (qsizetype i = paired; i < deleted.size(); ++i)
        append(runs, Op::Delete, deleted.at(i));
    for (qsizetype i = paired; i < inserted.size(); ++i)
        append(runs, Op::Insert, inserted.at(i));
}

} // namespace

QStringList tokenize(QStringView text)
{
    QStringList tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype length = 0;
        const TokenClass kind = classify(codePointAt(text, i, &length));
        qsizetype end = i + length;
        if (kind == TokenClass::Word || kind == TokenClass::Space) {
            while (end < text.size()) {
                qsizetype next = 0;
                if (classify(codePointAt(text, end, &next)) != kind)
                    break;
                end += next;
            }
        }
        tokens.append(text.mid(i, end - i).toString());
        i = end;
    }
    return tokens;
}

QList<DiffRun> diff(QStringView before, QStringView after)
{
    Interner sentences;
    std::vector<int> a;
    std::vector<int> b;
    for (const QString &sentence : splitSentences(before))
        a.push_back(sentences.id(sentence));
    for (const QString &sentence : splitSentences(after))
        b.push_back(sentences.id(sentence));

    QList<DiffRun> runs;
    QStringList deleted;
    QStringList inserted;
    const auto flush = [&] {
        diffStretch(deleted, inserted, runs);
        deleted.clear();
        inserted.clear();
    };
    for (const auto &[op, id] : editScript(a, b, sentences.size())) {
        if (op == Op::Delete) {
            deleted.append(sentences.text(id));
        } else if (op == Op::Insert) {
            inserted.append(sentences.text(id));
        } else {
            flush();
            append(runs, Op::Equal, sentences.text(id));
        }
    }
    flush();
    return cleanupSemantic(normalize(runs));
}

QList<SideBySideRow> sideBySide(QStringView before, QStringView after)
{
    const auto split = [](QStringView text) {
        QStringList lines = text.toString().split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast(); // a final line break does not start another line
        return lines;
    };
    const QStringList left = split(before);
    const QStringList right = split(after);
    Interner interner;
    std::vector<int> a;
    std::vector<int> b;
    for (const QString &line : left)
        a.push_back(interner.id(line));
    for (const QString &line : right)
        b.push_back(interner.id(line));

    QList<SideBySideRow> rows;
    int leftLine = 0;
    int rightLine = 0;
    QStringList deleted;
    QStringList inserted;
    const auto flush = [&] {
        const qsizetype paired = std::min(deleted.size(), inserted.size());
        for (qsizetype i = 0; i < paired; ++i)
            rows.append({ SideBySideRow::Kind::Changed, ++leftLine, deleted.at(i), ++rightLine, inserted.at(i) });
        for (qsizetype i = paired; i < deleted.size(); ++i)
            rows.append({ SideBySideRow::Kind::Deleted, ++leftLine, deleted.at(i), 0, QString() });
        for (qsizetype i = paired; i < inserted.size(); ++i)
            rows.append({ SideBySideRow::Kind::Inserted, 0, QString(), ++rightLine, inserted.at(i) });
        deleted.clear();
        inserted.clear();
    };
    for (const auto &[op, id] : editScript(a, b, interner.size())) {
        if (op == Op::Delete) {
            deleted.append(interner.text(id));
        } else if (op == Op::Insert) {
            inserted.append(interner.text(id));
        } else {
            flush();
            rows.append({ SideBySideRow::Kind::Equal, ++leftLine, interner.text(id), ++rightLine, interner.text(id) });
        }
    }
    flush();
    return rows;
}

QString toWordDiff(const QList<DiffRun> &runs)
{
    QString text;
    for (const DiffRun &run : runs) {
        switch (run.op) {
        case Op::Equal:
            text += run.text;
            break;
        case Op::Delete:
            text += QLatin1String("[-") + run.text + QLatin1String("-]");
            break;
        case Op::Insert:
            text += QLatin1String("{+") + run.text + QLatin1String("+}");
            break;
        }
    }
    return text;
}

Summary summarize(const QList<DiffRun> &runs)
{
    Summary summary;
    for (const DiffRun &run : runs) {
        const qint64 codePoints = run.text.toUcs4().size();
        if (run.op == Op::Delete)
            summary.deleted += codePoints;
        else if (run.op == Op::Insert)
            summary.inserted += codePoints;
    }
    return summary;
}

} // namespace galley::TextDiff
