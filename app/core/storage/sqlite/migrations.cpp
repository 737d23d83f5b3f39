#include "storage/sqlite/migrations.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <span>

namespace galley::Migrations {

namespace {

// Version 1: the newsroom schema. One statement per entry (the Qt driver runs one at a time).
// Kept to SQL that PostgreSQL also accepts where that costs nothing; the FTS5 tables and their
// triggers are SQLite's and have a PostgreSQL counterpart (tsvector/pg_bigm) to write then.
constexpr std::array version1 {
    R"(CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  slug TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  subtitle TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  body_html TEXT NOT NULL DEFAULT '',
  body_text TEXT NOT NULL DEFAULT '',
  byline TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  editor TEXT NOT NULL DEFAULT '',
  desk TEXT NOT NULL DEFAULT '',
  tags TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','in_review','changes_requested','approved','published','archived')),
  publish_at TEXT NOT NULL DEFAULT '',
  views INTEGER,
  char_count INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  deleted_at TEXT
))",
    "CREATE UNIQUE INDEX articles_slug ON articles(slug)",
    // The list sorts and filters live articles only: partial indexes keep the trash out of them.
    "CREATE INDEX articles_live_updated ON articles(updated_at, id) WHERE deleted_at IS NULL",
    "CREATE INDEX articles_live_title ON articles(title, id) WHERE deleted_at IS NULL",
    "CREATE INDEX articles_live_status ON articles(status, updated_at, id) WHERE deleted_at IS NULL",
    "CREATE INDEX articles_live_byline ON articles(byline, id) WHERE deleted_at IS NULL",
    "CREATE INDEX articles_live_byline_updated ON articles(byline, updated_at, id) WHERE deleted_at IS NULL",
    "CREATE INDEX articles_live_desk ON articles(desk, id) WHERE deleted_at IS NULL",
    "CREATE INDEX articles_live_desk_updated ON articles(desk, updated_at, id) WHERE deleted_at IS NULL",
    "CREATE INDEX articles_live_chars ON articles(char_count, id) WHERE deleted_at IS NULL",
    "CREATE INDEX articles_live_publish ON articles(publish_at, id) WHERE deleted_at IS NULL",
    // Every list column but the text, by id: search hits are checked against the filter and
    // sorted here. The row itself would cost a walk through its overflow pages (the bodies come
    // before status, desk, dates and deleted_at), per hit.
    "CREATE INDEX articles_live_list ON articles(id, status, desk, byline, updated_at, char_count, publish_at, "
    "title) WHERE deleted_at IS NULL",
    "CREATE INDEX articles_trash ON articles(deleted_at, id) WHERE deleted_at IS NOT NULL",
    R"(CREATE TABLE revisions (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  title TEXT NOT NULL,
  body_html TEXT NOT NULL,
  status TEXT NOT NULL,
  author TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  named INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  UNIQUE (article_id, number)
))",
    R"(CREATE TABLE annotations (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  parent_id INTEGER REFERENCES annotations(id) ON DELETE CASCADE,
  author TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  body TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','resolved')),
  quote TEXT NOT NULL DEFAULT '',
  prefix TEXT NOT NULL DEFAULT '',
  suffix TEXT NOT NULL DEFAULT '',
  start_offset INTEGER NOT NULL DEFAULT 0,
  end_offset INTEGER NOT NULL DEFAULT 0,
  revision_number INTEGER NOT NULL DEFAULT 0
))",
    "CREATE INDEX annotations_article ON annotations(article_id)",
    "CREATE INDEX annotations_parent ON annotations(parent_id) WHERE parent_id IS NOT NULL",
    R"(CREATE TABLE related (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  target_article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
  title TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  published_at TEXT NOT NULL DEFAULT '',
  views INTEGER,
  url TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (article_id, position)
))",
    // Without it, purging an article scans every related row for ON DELETE SET NULL.
    "CREATE INDEX related_target ON related(target_article_id) WHERE target_article_id IS NOT NULL",
    R"(CREATE TABLE assets (
  hash TEXT PRIMARY KEY,
  mime_type TEXT NOT NULL,
  bytes BLOB NOT NULL,
  created_at TEXT NOT NULL
))",
    R"(CREATE TABLE workflow_events (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  from_state TEXT NOT NULL,
  to_state TEXT NOT NULL,
  who TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT ''
))",
    "CREATE INDEX workflow_events_article ON workflow_events(article_id)",
    // Full text: two external-content indexes over the same columns, so the text is stored once.
    // Trigram answers queries of three or more characters (substring semantics, any script);
    // galley_cjk (unigrams + bigrams) answers one- and two-character queries. detail=column
    // keeps the bigram index small and still allows {title}: column filters for ranking.
    // Both index live articles only (their content is the view below): a search never steps
    // over the trash, and counting hits needs no look at the articles table.
    "CREATE VIEW articles_live_text AS SELECT id, title, body_text FROM articles WHERE deleted_at IS NULL",
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body_text, content='articles_live_text', "
    "content_rowid='id', tokenize='trigram')",
    "CREATE VIRTUAL TABLE articles_cjk USING fts5(title, body_text, content='articles_live_text', "
    "content_rowid='id', tokenize='galley_cjk', detail=column, columnsize=0)",
    R"(CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO articles_fts(rowid, title, body_text) VALUES (new.id, new.title, new.body_text);
  INSERT INTO articles_cjk(rowid, title, body_text) VALUES (new.id, new.title, new.body_text);
END)",
    R"(CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles WHEN old.deleted_at IS NULL BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body_text) VALUES ('delete', old.id, old.title, old.body_text);
  INSERT INTO articles_cjk(articles_cjk, rowid, title, body_text) VALUES ('delete', old.id, old.title, old.body_text);
END)",
    // Re-indexes only when the indexed text changes or the article enters or leaves the trash:
    // saving views, status or desk does not touch the indexes.
    R"(CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body_text, deleted_at ON articles
WHEN (old.deleted_at IS NULL) <> (new.deleted_at IS NULL)
  OR (new.deleted_at IS NULL AND (old.title IS NOT new.title OR old.body_text IS NOT new.body_text)) BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body_text)
    SELECT 'delete', old.id, old.title, old.body_text WHERE old.deleted_at IS NULL;
  INSERT INTO articles_cjk(articles_cjk, rowid, title, body_text)
    SELECT 'delete', old.id, old.title, old.body_text WHERE old.deleted_at IS NULL;
  INSERT INTO articles_fts(rowid, title, body_text) SELECT new.id, new.title, new.body_text WHERE new.deleted_at IS NULL;
  INSERT INTO articles_cjk(rowid, title, body_text) SELECT new.id, new.title, new.body_text WHERE new.deleted_at IS NULL;
END)",
};

// Version 2: re-indexing a changed article is deferred (see storage/searchindex.h). Tokenizing
// a long body into both indexes costs hundreds of milliseconds, far more than a save may take:
// the update trigger now only notes what the indexes hold for the article (the first time it
// changes after being indexed), and SearchIndex::flush() brings the indexes up to date later,
// on a worker thread, or at the latest before the next search. Inserts stay synchronous.
constexpr const char *version2[] = {
    // The history list shows each revision's length without parsing every stored body
    // (NULL for revisions stored before: counted when read).
    "ALTER TABLE revisions ADD COLUMN char_count INTEGER",
    R"(CREATE TABLE search_pending (
  article_id INTEGER PRIMARY KEY,
  indexed INTEGER NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  body_text TEXT NOT NULL DEFAULT ''
))",
    "DROP TRIGGER articles_fts_update",
    R"(CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body_text, deleted_at ON articles
WHEN (old.deleted_at IS NULL) <> (new.deleted_at IS NULL)
  OR (new.deleted_at IS NULL AND (old.title IS NOT new.title OR old.body_text IS NOT new.body_text)) BEGIN
  INSERT OR IGNORE INTO search_pending(article_id, indexed, title, body_text)
    VALUES (old.id, old.deleted_at IS NULL, old.title, old.body_text);
END)",
    // A purged article leaves the indexes at once: with what they hold for it, which is the
    // pending row's copy when it changed since it was indexed.
    "DROP TRIGGER articles_fts_delete",
    R"(CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body_text)
    SELECT 'delete', old.id, title, body_text FROM search_pending WHERE article_id = old.id AND indexed;
  INSERT INTO articles_cjk(articles_cjk, rowid, title, body_text)
    SELECT 'delete', old.id, title, body_text FROM search_pending WHERE article_id = old.id AND indexed;
  INSERT INTO articles_fts(articles_fts, rowid, title, body_text)
    SELECT 'delete', old.id, old.title, old.body_text
    WHERE old.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM search_pending WHERE article_id = old.id);
  INSERT INTO articles_cjk(articles_cjk, rowid, title, body_text)
    SELECT 'delete', old.id, old.title, old.body_text
    WHERE old.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM search_pending WHERE article_id = old.id);
  DELETE FROM search_pending WHERE article_id = old.id;
END)",
};

// Version 3: suggestions (issue #13), a reviewer's proposed changes to the text, stored apart
// from the body and anchored like the annotations (quote, prefix, suffix, offsets into
// body_text). login and resolver_login are the team server's (set by it there); the file keeps
// them empty, so that the repository's statements run unchanged on both engines.
constexpr const char *version3[] = {
    R"(CREATE TABLE suggestions (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  group_id INTEGER NOT NULL DEFAULT 0,
  base_version INTEGER NOT NULL DEFAULT 0,
  revision_number INTEGER NOT NULL DEFAULT 0,
  author TEXT NOT NULL DEFAULT '',
  login TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('insert','delete','replace','format')),
  quote TEXT NOT NULL,
  prefix TEXT NOT NULL DEFAULT '',
  suffix TEXT NOT NULL DEFAULT '',
  start_offset INTEGER NOT NULL DEFAULT 0,
  end_offset INTEGER NOT NULL DEFAULT 0,
  proposed_html TEXT NOT NULL DEFAULT '',
  format_before TEXT NOT NULL DEFAULT '',
  format_after TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','accepted','rejected','orphaned')),
  resolver TEXT NOT NULL DEFAULT '',
  resolver_login TEXT NOT NULL DEFAULT '',
  resolved_at TEXT NOT NULL DEFAULT '',
  thread_id INTEGER REFERENCES annotations(id) ON DELETE SET NULL
))",
    // Pending ones are re-anchored at every save and counted in the list.
    "CREATE INDEX suggestions_article ON suggestions(article_id, state)",
    "CREATE INDEX suggestions_thread ON suggestions(thread_id) WHERE thread_id IS NOT NULL",
};

// Version 4: the copy desk's memory in the newsroom (issue #14), shared by everyone who opens
// it: the findings a person chose to ignore in an article (by the key the editor makes of the
// finding and its context), the words of the newsroom's spelling dictionary, an article's
// language where a person chose it (the spelling dictionary: en-GB, en-US), and the newsroom's
// settings (its house style, as the JSON of lint/housestyle.h).
constexpr const char *version4[] = {
    R"(CREATE TABLE copydesk_ignores (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ignore_key TEXT NOT NULL,
  author TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  PRIMARY KEY (article_id, ignore_key)
))",
    R"(CREATE TABLE copydesk_words (
  word TEXT PRIMARY KEY,
  author TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
))",
    R"(CREATE TABLE article_languages (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  language TEXT NOT NULL
))",
    R"(CREATE TABLE newsroom_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_by TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
))",
};

// The status sort index is built from the shared expression (see migrations.h).
QString statusOrderIndex()
{
    return QStringLiteral("CREATE INDEX articles_live_status_order ON articles(%1, id) WHERE deleted_at IS NULL")
        .arg(QLatin1String(StatusOrderExpression));
}

struct Step {
    int version;
    std::span<const char *const> statements;
    QString (*extra)();
};

const std::array steps {
    Step { 1, version1, statusOrderIndex },
    Step { 2, version2, nullptr },
    Step { 3, version3, nullptr },
    Step { 4, version4, nullptr },
};

bool run(QSqlDatabase &connection, const QString &sql, QString *error)
{
    QSqlQuery query(connection);
    if (query.exec(sql))
        return true;
    if (error)
        *error = sqlErrorText(query.lastError());
    return false;
}

} // namespace

int latestVersion()
{
    return steps.back().version;
}

bool migrate(QSqlDatabase &connection, int fromVersion, QString *error)
{
    for (const Step &step : steps) {
        if (step.version <= fromVersion)
            continue;
        for (const char *statement : step.statements) {
            if (!run(connection, QString::fromUtf8(statement), error))
                return false;
        }
        if (step.extra && !run(connection, step.extra(), error))
            return false;
    }
    return run(connection, QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId()), error)
        && run(connection, QStringLiteral("PRAGMA user_version = %1").arg(latestVersion()), error);
}

} // namespace galley::Migrations
