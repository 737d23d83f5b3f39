// Fuzz target "anchoring": any quote/position pair on any text (document/anchoring.h).
// Input: NUL-separated text, quote, prefix, suffix, start, end (numbers); with the text alone, a
// quote is cut from its middle. Invariants: an anchor either lands inside the text (0 <= start <=
// end <= length, never inside a surrogate pair) on its exact quote (by position or quote) or on a
// near one (fuzzy: at most one edit per five characters), or is orphaned at -1/-1; reanchor()
// stores what the text holds there, or keeps an orphan unchanged; an anchor made on a text is
// found again at its own place; code-point offsets convert back and forth.

#include "fuzzsupport.h"

#include "document/anchoring.h"

#include <algorithm>

namespace {

constexpr const char *Target = "anchoring";

bool splitsPair(QStringView text, qint64 offset)
{
    return offset > 0 && offset < text.size() && text.at(offset - 1).isHighSurrogate() && text.at(offset).isLowSurrogate();
}

QString describe(const galley::TextAnchor &anchor)
{
    return QStringLiteral("quote \"%1\" at %2-%3").arg(galley::fuzz::shown(anchor.quote, 60)).arg(anchor.start).arg(anchor.end);
}

void checkMatch(const galley::TextAnchor &anchor, const QString &text, const galley::AnchorMatch &match)
{
    using namespace galley;
    using Method = AnchorMatch::Method;
    if (match.isOrphaned()) {
        fuzz::check(match.start == -1 && match.end == -1, Target, QStringLiteral("orphan with offsets: ") + describe(anchor));
    } else {
        fuzz::check(0 <= match.start && match.start <= match.end && match.end <= text.size(), Target,
                    QStringLiteral("anchored outside the text (%1-%2 of %3): ").arg(match.start).arg(match.end).arg(text.size())
                        + describe(anchor));
        fuzz::check(!splitsPair(text, match.start) && !splitsPair(text, match.end), Target,
                    QStringLiteral("anchor splits a surrogate pair: ") + describe(anchor));
        const QString found = text.mid(match.start, match.end - match.start);
        if (match.method == Method::Position || match.method == Method::Quote) {
            fuzz::check(found == anchor.quote, Target,
                        QStringLiteral("exact anchor on \"%1\": ").arg(fuzz::shown(found, 60)) + describe(anchor));
        } else {
            fuzz::check(match.editDistance >= 0 && match.editDistance <= anchor.quote.size() / 5, Target,
                        QStringLiteral("fuzzy anchor with %1 edits: ").arg(match.editDistance) + describe(anchor));
        }
    }
    AnchorMatch again;
    const TextAnchor stored = Anchoring::reanchor(anchor, text, &again);
    fuzz::check(again.method == match.method && again.start == match.start && again.end == match.end, Target,
                QStringLiteral("reanchor() and locate() disagree: ") + describe(anchor));
    if (match.isOrphaned()) {
        fuzz::check(stored == anchor, Target, QStringLiteral("an orphan was changed: ") + describe(anchor));
    } else {
        fuzz::check(stored.start == match.start && stored.end == match.end
                        && stored.quote == text.mid(match.start, match.end - match.start),
                    Target, QStringLiteral("reanchored quote is not the text there: ") + describe(anchor));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace galley;
    const QStringList parts = fuzz::fields(data, size, 6);
    const QString &text = parts.at(0);
    TextAnchor anchor;
    if (parts.at(1).isEmpty() && parts.at(4).isEmpty()) {
        anchor.start = text.size() / 3;
        anchor.end = anchor.start + std::min<qsizetype>(text.size() / 10 + 1, 40);
        anchor.quote = text.mid(anchor.start, anchor.end - anchor.start);
        anchor.prefix = QStringLiteral("context that was rewritten");
    } else {
        anchor.quote = parts.at(1);
        anchor.prefix = parts.at(2);
        anchor.suffix = parts.at(3);
        anchor.start = parts.at(4).toLongLong();
        anchor.end = parts.at(5).toLongLong();
    }
    if (!anchor.quote.isEmpty())
        checkMatch(anchor, text, Anchoring::locate(anchor, text));

    // An anchor made on the text is found at its own place.
    const TextAnchor made = Anchoring::create(text, anchor.start, anchor.end);
    fuzz::check(0 <= made.start && made.start <= made.end && made.end <= text.size() && !splitsPair(text, made.start)
                    && !splitsPair(text, made.end) && made.quote == text.mid(made.start, made.end - made.start),
                Target, QStringLiteral("create() made a bad anchor: ") + describe(made));
    if (!made.isEmpty()) {
        const AnchorMatch match = Anchoring::locate(made, text);
        fuzz::check(match.method == AnchorMatch::Method::Position && match.start == made.start && match.end == made.end, Target,
                    QStringLiteral("an anchor made on the text is not found at its place (method %1, %2-%3): ")
                            .arg(int(match.method)).arg(match.start).arg(match.end)
                        + describe(made));
    }

    for (const qint64 offset : { made.start, made.end, qint64(text.size()) }) {
        const qint64 codePoints = Anchoring::toCodePointOffset(text, offset);
        fuzz::check(Anchoring::fromCodePointOffset(text, codePoints) == offset, Target,
                    QStringLiteral("code-point offset of %1 does not convert back").arg(offset));
    }
    return 0;
}
