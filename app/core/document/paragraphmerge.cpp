#include "document/paragraphmerge.h"

#include "document/htmlmodel.h"
#include "document/htmlparser.h"

#include <QHash>

#include <dtl/dtl.hpp>

#include <algorithm>
#include <numeric>
#include <optional>
#include <vector>

namespace galley {

namespace merging {

/// A merge unit as parsed. List ids mean something only inside one parse, so a unit also keeps,
/// for each list level of its block, whether that list starts right after another list of the
/// same kind (two adjacent lists, which must not become one when the body is put together).
struct Unit {
    HtmlBlocks blocks;
    QList<bool> listBreaks;
};

} // namespace merging

namespace {

using merging::Unit;

enum class Side { Mine, Theirs };

/// base[start, end) replaced by the side's units [from, to); start == end is an insertion.
struct Edit {
    Side side = Side::Mine;
    int start = 0;
    int end = 0;
    int from = 0;
    int to = 0;
    bool identicalOnBothSides = false;

    [[nodiscard]] bool isInsertion() const { return start == end; }
};

bool isEmptyDocument(const HtmlBlocks &blocks)
{
    if (blocks.size() != 1)
        return false;
    const HtmlBlock &only = blocks.front();
    return only.kind == HtmlBlockKind::Paragraph && only.runs.isEmpty() && !only.isListItem() && only.quoteLevel == 0;
}

QList<Unit> splitUnits(const QString &html)
{
    HtmlBlocks blocks = parseHtml(html, HtmlParseMode::Canonical);
    if (isEmptyDocument(blocks))
        blocks.clear(); // "" parses to one empty paragraph, which serializes back to ""
    QList<Unit> units;
    units.reserve(blocks.size());
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const HtmlBlock &block = blocks.at(i);
        // A figure and its caption are one unit: a caption never stands without its picture.
        if (block.kind == HtmlBlockKind::FigureCaption && !units.isEmpty()
            && units.last().blocks.last().kind == HtmlBlockKind::FigureBody
            && units.last().blocks.last().quoteLevel == block.quoteLevel) {
            units.last().blocks.append(block);
            continue;
        }
        Unit unit;
        unit.blocks.append(block);
        const HtmlBlock *previous = i > 0 ? &blocks.at(i - 1) : nullptr;
        bool sameSoFar = previous && previous->quoteLevel == block.quoteLevel;
        for (qsizetype level = 0; level < block.lists.size(); ++level) {
            bool listBreak = false;
            if (sameSoFar && level < previous->lists.size()) {
                const HtmlList &before = previous->lists.at(level);
                const HtmlList &here = block.lists.at(level);
                if (before.id != here.id) {
                    listBreak = before.ordered == here.ordered;
                    sameSoFar = false;
                }
            } else {
                sameSoFar = false;
            }
            unit.listBreaks.append(listBreak);
        }
        units.append(std::move(unit));
    }
    return units;
}

/// What two units must share to be the same: the text and formatting, the kind of block, and
/// where it stands (quote level, the kinds of its enclosing lists, list breaks).
QString unitKey(const Unit &unit)
{
    const HtmlBlock &first = unit.blocks.first();
    QString key = QString::number(first.quoteLevel);
    for (qsizetype level = 0; level < first.lists.size(); ++level) {
        key += first.lists.at(level).ordered ? QLatin1Char('o') : QLatin1Char('u');
        if (unit.listBreaks.at(level))
            key += QLatin1Char('!');
    }
    key += QChar(0x1f);
    HtmlBlocks bare = unit.blocks;
    for (HtmlBlock &block : bare) {
        block.lists.clear();
        block.quoteLevel = 0;
    }
    key += HtmlModel::serialize(bare);
    return key;
}

MergeBlock displayBlock(const Unit &unit)
{
    HtmlBlocks blocks = unit.blocks;
    for (HtmlBlock &block : blocks) {
        for (qsizetype level = 0; level < block.lists.size(); ++level)
            block.lists[level].id = int(level) + 1;
    }
    return MergeBlock { HtmlModel::serialize(blocks), HtmlModel::plainText(blocks) };
}

/// Canonical HTML of units taken from three parses: list ids are given afresh, an item joining
/// the list of the item before it unless it is of another kind or its unit says it starts a new
/// list.
QString assemble(const QList<Unit> &units, const QList<int> &order)
{
    HtmlBlocks blocks;
    QList<HtmlList> open;
    int quote = 0;
    int nextId = 1;
    for (const int index : order) {
        const Unit &unit = units.at(index);
        for (qsizetype b = 0; b < unit.blocks.size(); ++b) {
            HtmlBlock block = unit.blocks.at(b);
            if (!block.isListItem() || block.quoteLevel != quote)
                open.clear();
            quote = block.quoteLevel;
            if (block.isListItem()) {
                QList<HtmlList> path;
                bool continues = true;
                for (qsizetype level = 0; level < block.lists.size(); ++level) {
                    const bool ordered = block.lists.at(level).ordered;
                    continues = continues && level < open.size() && open.at(level).ordered == ordered
                        && !(b == 0 && unit.listBreaks.value(level));
                    path.append(continues ? open.at(level) : HtmlList { nextId++, ordered });
                }
                block.lists = path;
                open = std::move(path);
            }
            blocks.append(std::move(block));
        }
    }
    HtmlModel::normalize(blocks); // e.g. an item whose parent item the other side deleted
    return HtmlModel::serialize(blocks);
}

enum class Step { Keep, Delete, Insert };

std::vector<Step> editSteps(const std::vector<int> &a, const std::vector<int> &b)
{
    std::vector<Step> steps;
    if (a.empty() || b.empty()) {
        steps.insert(steps.end(), a.size(), Step::Delete);
        steps.insert(steps.end(), b.size(), Step::Insert);
        return steps;
    }
    dtl::Diff<int, std::vector<int>> diff(a, b);
    diff.compose();
    for (const auto &[element, info] : diff.getSes().getSequence()) {
        Q_UNUSED(element);
        steps.push_back(info.type == dtl::SES_ADD ? Step::Insert : info.type == dtl::SES_DELETE ? Step::Delete : Step::Keep);
    }
    return steps;
}

/// The side's changes to base, in order. A stretch where n blocks became n others is taken as
/// n edits of one block each, so that a change next to it on the other side is a neighbour,
/// not an overlap; a stretch where the number of blocks changed stays one edit.
std::vector<Edit> editsOf(const std::vector<int> &base, const std::vector<int> &side, Side which)
{
    std::vector<Edit> edits;
    int i = 0;
    int j = 0;
    int openI = -1;
    int openJ = -1;
    const auto flush = [&] {
        if (openI < 0)
            return;
        if (i - openI == j - openJ) {
            for (int k = 0; k < i - openI; ++k)
                edits.push_back(Edit { which, openI + k, openI + k + 1, openJ + k, openJ + k + 1 });
        } else {
            edits.push_back(Edit { which, openI, i, openJ, j });
        }
        openI = -1;
    };
    for (const Step step : editSteps(base, side)) {
        if (step == Step::Keep) {
            flush();
            ++i;
            ++j;
            continue;
        }
        if (openI < 0) {
            openI = i;
            openJ = j;
        }
        if (step == Step::Delete)
            ++i;
        else
            ++j;
    }
    flush();
    return edits;
}

/// Whether two edits of different sides touch the same base blocks. Edits that only meet at a
/// boundary (neighbouring blocks, an insertion next to a changed block) do not overlap.
bool overlap(const Edit &x, const Edit &y)
{
    if (x.isInsertion() && y.isInsertion())
        return x.start == y.start;
    if (x.isInsertion())
        return y.start < x.start && x.start < y.end;
    if (y.isInsertion())
        return x.start < y.start && y.start < x.end;
    return x.start < y.end && y.start < x.end;
}

class UnionFind
{
public:
    explicit UnionFind(size_t size)
        : m_parent(size)
    {
        std::iota(m_parent.begin(), m_parent.end(), size_t(0));
    }
    size_t find(size_t x)
    {
        while (m_parent[x] != x)
            x = m_parent[x] = m_parent[m_parent[x]];
        return x;
    }
    void join(size_t x, size_t y) { m_parent[find(x)] = find(y); }

private:
    std::vector<size_t> m_parent;
};

} // namespace

struct ParagraphMerge::Data {
    QList<merging::Unit> units; ///< base, then mine, then theirs
    struct Refs {
        QList<int> base;
        QList<int> mine;
        QList<int> theirs;
    };
    QList<Refs> refs; ///< per hunk, indexes into units
    QList<MergeHunk> hunks;
    int conflicts = 0;
    QString merged;

    /// The units hunk \a hunk contributes, \a conflict counting the conflicts before it.
    [[nodiscard]] QList<int> chosen(qsizetype hunk, const QList<MergeChoice> &choices, qsizetype *conflict) const;
};

ParagraphMerge::ParagraphMerge()
    : d(std::make_shared<Data>())
{
}

ParagraphMerge::~ParagraphMerge() = default;
ParagraphMerge::ParagraphMerge(const ParagraphMerge &) = default;
ParagraphMerge &ParagraphMerge::operator=(const ParagraphMerge &) = default;

ParagraphMerge::ParagraphMerge(const QString &base, const QString &mine, const QString &theirs)
{
    auto data = std::make_shared<Data>();
    const QList<Unit> baseUnits = splitUnits(base);
    const QList<Unit> mineUnits = splitUnits(mine);
    const QList<Unit> theirsUnits = splitUnits(theirs);
    const int mineOffset = int(baseUnits.size());
    const int theirsOffset = mineOffset + int(mineUnits.size());
    data->units = baseUnits + mineUnits + theirsUnits;

    // Units compared as integers: equal keys, equal ids.
    QHash<QString, int> ids;
    const auto idsOf = [&ids](const QList<Unit> &units) {
        std::vector<int> out;
        out.reserve(size_t(units.size()));
        for (const Unit &unit : units) {
            const QString key = unitKey(unit);
            auto it = ids.constFind(key);
            if (it == ids.constEnd())
                it = ids.insert(key, int(ids.size()));
            out.push_back(it.value());
        }
        return out;
    };
    const std::vector<int> baseIds = idsOf(baseUnits);
    const std::vector<int> mineIds = idsOf(mineUnits);
    const std::vector<int> theirsIds = idsOf(theirsUnits);

    std::vector<Edit> edits = editsOf(baseIds, mineIds, Side::Mine);
    const size_t mineCount = edits.size();
    const std::vector<Edit> theirsEdits = editsOf(baseIds, theirsIds, Side::Theirs);
    edits.insert(edits.end(), theirsEdits.begin(), theirsEdits.end());

    const auto replacement = [&](const Edit &edit) {
        const std::vector<int> &ids = edit.side == Side::Mine ? mineIds : theirsIds;
        return std::vector<int>(ids.begin() + edit.from, ids.begin() + edit.to);
    };

    // Pairs of edits that touch the same blocks, found by walking both sorted lists together.
    UnionFind groups(edits.size());
    size_t low = mineCount;
    for (size_t m = 0; m < mineCount; ++m) {
        Edit &x = edits[m];
        while (low < edits.size() && edits[low].end < x.start)
            ++low;
        for (size_t t = low; t < edits.size() && edits[t].start <= x.end; ++t) {
            Edit &y = edits[t];
            if (x.start == y.start && x.end == y.end && replacement(x) == replacement(y)) {
                x.identicalOnBothSides = y.identicalOnBothSides = true;
                groups.join(m, t);
            } else if (overlap(x, y)) {
                groups.join(m, t);
            }
        }
    }

    struct Item {
        int start = 0;
        int end = 0;
        QList<size_t> edits;
    };
    QHash<size_t, qsizetype> itemOf;
    QList<Item> items;
    for (size_t e = 0; e < edits.size(); ++e) {
        const size_t root = groups.find(e);
        auto it = itemOf.constFind(root);
        if (it == itemOf.constEnd()) {
            it = itemOf.insert(root, items.size());
            items.append(Item { edits[e].start, edits[e].end, {} });
        }
        Item &item = items[it.value()];
        item.start = std::min(item.start, edits[e].start);
        item.end = std::max(item.end, edits[e].end);
        item.edits.append(e);
    }
    // An insertion comes before a change of the block it stands in front of.
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });

    const auto baseRange = [](int from, int to) {
        QList<int> refs;
        for (int i = from; i < to; ++i)
            refs.append(i);
        return refs;
    };
    // A side's blocks over base[start, end) with its edits in the item applied.
    const auto sideContent = [&](const Item &item, Side side) {
        QList<int> refs;
        int at = item.start;
        const int offset = side == Side::Mine ? mineOffset : theirsOffset;
        for (const size_t e : item.edits) {
            const Edit &edit = edits[e];
            if (edit.side != side)
                continue;
            refs += baseRange(at, edit.start);
            for (int k = edit.from; k < edit.to; ++k)
                refs.append(offset + k);
            at = edit.end;
        }
        refs += baseRange(at, item.end);
        return refs;
    };
    const auto keys = [&](const QList<int> &refs) {
        std::vector<int> out;
        for (const int ref : refs)
            out.push_back(ref < mineOffset ? baseIds[size_t(ref)]
                              : ref < theirsOffset ? mineIds[size_t(ref - mineOffset)]
                                                   : theirsIds[size_t(ref - theirsOffset)]);
        return out;
    };

    QList<std::optional<MergeBlock>> display(data->units.size());
    const auto blocksOf = [&](const QList<int> &refs) {
        QList<MergeBlock> blocks;
        for (const int ref : refs) {
            if (!display.at(ref))
                display[ref] = displayBlock(data->units.at(ref));
            blocks.append(*display.at(ref));
        }
        return blocks;
    };
    const auto addHunk = [&](MergeHunk::Kind kind, Data::Refs refs) {
        if (refs.base.isEmpty() && refs.mine.isEmpty() && refs.theirs.isEmpty())
            return;
        MergeHunk hunk;
        hunk.kind = kind;
        hunk.base = blocksOf(refs.base);
        hunk.mine = blocksOf(refs.mine);
        hunk.theirs = blocksOf(refs.theirs);
        if (kind == MergeHunk::Kind::Conflict)
            ++data->conflicts;
        data->hunks.append(std::move(hunk));
        data->refs.append(std::move(refs));
    };

    int at = 0;
    for (const Item &item : std::as_const(items)) {
        const QList<int> unchanged = baseRange(at, item.start);
        addHunk(MergeHunk::Kind::Unchanged, { unchanged, unchanged, unchanged });
        const QList<int> baseRefs = baseRange(item.start, item.end);
        const QList<int> mineRefs = sideContent(item, Side::Mine);
        const QList<int> theirsRefs = sideContent(item, Side::Theirs);
        MergeHunk::Kind kind = MergeHunk::Kind::Conflict;
        const std::vector<int> mineKeys = keys(mineRefs);
        const std::vector<int> theirsKeys = keys(theirsRefs);
        const std::vector<int> baseKeys = keys(baseRefs);
        if (mineKeys == theirsKeys)
            kind = MergeHunk::Kind::Both;
        else if (theirsKeys == baseKeys)
            kind = MergeHunk::Kind::Mine;
        else if (mineKeys == baseKeys)
            kind = MergeHunk::Kind::Theirs;
        addHunk(kind, { baseRefs, mineRefs, theirsRefs });
        at = item.end;
    }
    const QList<int> rest = baseRange(at, int(baseUnits.size()));
    addHunk(MergeHunk::Kind::Unchanged, { rest, rest, rest });

    d = data;
    if (data->conflicts == 0)
        data->merged = resolvedHtml({});
}

const QList<MergeHunk> &ParagraphMerge::hunks() const
{
    return d->hunks;
}

bool ParagraphMerge::isClean() const
{
    return d->conflicts == 0;
}

int ParagraphMerge::conflictCount() const
{
    return d->conflicts;
}

QString ParagraphMerge::mergedHtml() const
{
    if (!isClean())
        return {};
    return d->merged.isNull() ? QStringLiteral("") : d->merged;
}

QList<int> ParagraphMerge::Data::chosen(qsizetype hunk, const QList<MergeChoice> &choices, qsizetype *conflict) const
{
    const Refs &ref = refs.at(hunk);
    switch (hunks.at(hunk).kind) {
    case MergeHunk::Kind::Unchanged:
        return ref.base;
    case MergeHunk::Kind::Mine:
    case MergeHunk::Kind::Both:
        return ref.mine;
    case MergeHunk::Kind::Theirs:
        return ref.theirs;
    case MergeHunk::Kind::Conflict:
        break;
    }
    switch (choices.at((*conflict)++)) {
    case MergeChoice::Mine:
        return ref.mine;
    case MergeChoice::Theirs:
        return ref.theirs;
    case MergeChoice::Both:
        break;
    }
    return ref.mine + ref.theirs;
}

QString ParagraphMerge::resolvedHtml(const QList<MergeChoice> &choices) const
{
    if (choices.size() != d->conflicts)
        return {};
    QList<int> order;
    qsizetype conflict = 0;
    for (qsizetype h = 0; h < d->hunks.size(); ++h)
        order += d->chosen(h, choices, &conflict);
    const QString html = assemble(d->units, order);
    return html.isNull() ? QStringLiteral("") : html;
}

QList<int> ParagraphMerge::blockMap(const QString &before, const QString &after)
{
    const QList<Unit> from = splitUnits(before);
    const QList<Unit> to = splitUnits(after);
    QHash<QString, int> ids;
    const auto idsOf = [&ids](const QList<Unit> &units) {
        std::vector<int> out;
        for (const Unit &unit : units) {
            const QString key = unitKey(unit);
            auto it = ids.constFind(key);
            if (it == ids.constEnd())
                it = ids.insert(key, int(ids.size()));
            out.push_back(it.value());
        }
        return out;
    };
    const std::vector<int> a = idsOf(from);
    const std::vector<int> b = idsOf(to);
    int lastBlock = 0;
    for (const Unit &unit : to)
        lastBlock += int(unit.blocks.size());
    lastBlock = std::max(0, lastBlock - 1);

    QList<int> map;
    int i = 0;
    int blockOfJ = 0; // the first block of to[j]
    int j = 0;
    int changeStart = -1; // where the current stretch of changes begins in after
    for (const Step step : editSteps(a, b)) {
        switch (step) {
        case Step::Keep:
            changeStart = -1;
            for (qsizetype k = 0; k < from.at(i).blocks.size(); ++k)
                map.append(blockOfJ + int(k));
            blockOfJ += int(to.at(j).blocks.size());
            ++i;
            ++j;
            break;
        case Step::Delete:
            if (changeStart < 0)
                changeStart = blockOfJ;
            for (qsizetype k = 0; k < from.at(i).blocks.size(); ++k)
                map.append(std::min(changeStart, lastBlock));
            ++i;
            break;
        case Step::Insert:
            if (changeStart < 0)
                changeStart = blockOfJ;
            blockOfJ += int(to.at(j).blocks.size());
            ++j;
            break;
        }
    }
    return map;
}

} // namespace galley
