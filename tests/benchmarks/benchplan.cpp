// The paths a run must measure, written down apart from the code that measures them, and the
// verdict on the run: a path that went missing, an operation that failed, or fewer samples than
// asked make galley-bench exit 1 naming the path (so bench_smoke in ctest fails as well). A budget
// missed is not such a failure: it is a result, printed as FAIL.

#include "bench.h"

#include <QTextStream>

namespace galley::bench {

QStringList plannedPaths(const Options &options)
{
    QStringList paths;
    const auto add = [&paths](std::initializer_list<const char *> list, bool when = true) {
        if (when) {
            for (const char *path : list)
                paths.append(QString::fromUtf8(path));
        }
    };
    const bool ui = options.ui;
    const bool peers = options.peers;
    add({ "list: open database, first page", "list: sort by title", "list: jump to last row" });
    for (const char *sort : { "title", "updated time", "status" }) {
        paths.append(QStringLiteral("list: jump to the middle row, by %1").arg(QLatin1String(sort)));
        paths.append(QStringLiteral("list: scrolled page by page from the middle, p95, by %1").arg(QLatin1String(sort)));
        paths.append(
            QStringLiteral("list: scroll bar dragged through the list, a page per position, p95, by %1").arg(QLatin1String(sort)));
    }
    add({ "peer sqlite3: count + first page", "peer sqlite3: first page by title", "peer sqlite3: last page by title" },
        peers);
    add({ "memory: galley, 100k db, article in editor + preview, all processes (PSS)",
            "memory: same, sum of each process's RSS", "memory: same, GUI process only (RSS)",
            "list: scroll end to end (200 jumps)", "memory: list scrolled end to end, GUI process",
            "start: usable main window (list + article, no preview)", "start: first preview shown" },
        ui);
    const char *queries[][2] = { { "1-char Chinese", "草" }, { "2-char Chinese", "牧民" },
        { "4-char Chinese", "旗帜鲜明" }, { "English word", "paperwork" } };
    for (const auto &[label, text] : queries) {
        const QString l = QString::fromUtf8(label);
        const QString t = QString::fromUtf8(text);
        paths.append(QStringLiteral("search top 50: %1 (%2)").arg(l, t));
        paths.append(QStringLiteral("search hit count: %1").arg(l));
        paths.append(QStringLiteral("search shown in the list: %1 (%2), count + first page").arg(l, t));
        if (peers && t.size() >= 3) // FTS5's trigram tokenizer: three characters or more
            paths.append(QStringLiteral("peer sqlite3: trigram MATCH top 50 (%1)").arg(t));
    }
    for (const QString &query : searchesWithoutHits())
        paths.append(QStringLiteral("search without a hit: %1, count + top 50").arg(query));
    add({ "open 20k-char article in the editor", "keystroke -> repaint (with statistics)", "keystroke -> repaint, p95",
            "last keystroke -> preview updated", "copy desk: keystroke -> underline re-checked",
            "suggest-mode keystroke, 100k article" },
        ui);
    add({ "save 100k-char article (+ revision)", "canonical serializer (QTextDocument -> HTML)",
        "sanitizer (gumbo) throughput" });
    add({ "three-way merge of a 3,000-paragraph article, disjoint edits", "sanitizer: slowest of 7 hostile pastes" });
    add({ "peer tidy: validate the same HTML" }, peers);
    add({ "lint: 100k-char article", "lint: re-check one paragraph after a keystroke" });
    add({ "text diff: 100k-char article, 20 edits", "text diff: 100k-char article, 500 edits",
        "text diff: 100k-char article against an unrelated one" });
    add({ "PDF proof: one article printed (WebEngine)" }, ui);
    add({ "export site bundle (1 job)" });
    add({ "peer pandoc: the same bodies, batched in one process" }, peers);
    add({ "export site bundle (2 jobs)" });
    add({ "desk overview: read states, 30 days, review times, open comments" });
    add({ "desk overview: window open, charts drawn" }, ui);
    if (options.teamServer.isEmpty())
        return paths;
    add({ "team: galley copy of the newsroom file into PostgreSQL", "team: list: open database, first page",
        "team: list: sort by title" });
    for (const auto &[label, text] : queries)
        paths.append(
            QStringLiteral("team: search top 50: %1 (%2)").arg(QString::fromUtf8(label), QString::fromUtf8(text)));
    for (const auto &[label, text] : queries)
        paths.append(QStringLiteral("team: search shown in the list: %1 (%2), count + first page")
                         .arg(QString::fromUtf8(label), QString::fromUtf8(text)));
    for (const QString &query : searchesWithoutHits())
        paths.append(QStringLiteral("team: search without a hit: %1, count + top 50").arg(query));
    add({ "team: open 20k-char article in the editor" }, ui);
    add({ "team: save 100k-char article (+ revision)", "team: editing lock: take and release",
        "team: desk overview: read states, 30 days, review times, open comments" });
    add({ "team live: commit -> row in another desk's list (median)",
            "team live: commit -> row in another desk's list (p95)" },
        ui);
    paths.append(QStringLiteral("team live: 20 desks saving and commenting for %1 s").arg(options.soakSeconds));
    add({ "team live: announcements a listener missed", "team live: server CPU during the soak" });
    return paths;
}

int judge(const Report &report, const Options &options, QTextStream &err)
{
    int problems = 0;
    const auto problem = [&](const QString &path, const QString &why) {
        err << QStringLiteral("galley-bench: %1: %2\n").arg(path, why);
        ++problems;
    };
    const QStringList planned = plannedPaths(options);
    for (const QString &path : std::as_const(planned)) {
        if (!report.find(path))
            problem(path, QStringLiteral("missing from the run (the code that measures it returned early)"));
    }
    for (const Measurement &m : report.measurements()) {
        if (!planned.contains(m.path))
            problem(m.path, QStringLiteral("measured but not in the plan (tests/benchmarks/benchplan.cpp)"));
        const int wanted = m.wanted > 0 ? m.wanted : options.repeat;
        if (m.broken)
            problem(m.path, QStringLiteral("the operation failed or was not what the budget means: ") + m.note);
        else if (m.samples.size() < wanted)
            problem(
                m.path, QStringLiteral("%1 of %2 samples (a failed run adds none)").arg(m.samples.size()).arg(wanted));
    }
    return problems;
}

} // namespace galley::bench
