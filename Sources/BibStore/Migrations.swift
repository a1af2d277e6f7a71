import GRDB

extension Store {
    /// The schema, as literal SQL. A migration is never edited once it has shipped: add a new one.
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: sources, works, block keys, pair decisions, files") { db in
            try db.execute(sql: """
                CREATE TABLE source (
                    id TEXT PRIMARY KEY,            -- sha256 of the file, '#', index of the record in the file
                    sha256 TEXT NOT NULL,
                    file TEXT NOT NULL,
                    extractor TEXT NOT NULL,
                    record TEXT NOT NULL,           -- the normalized Record as JSON
                    work_id TEXT,                   -- NULL: a fragment waiting for its work
                    ingested_at TEXT NOT NULL
                );
                CREATE INDEX source_work ON source(work_id);
                CREATE INDEX source_sha ON source(sha256);
                CREATE TABLE block_key (
                    key TEXT NOT NULL,
                    source_id TEXT NOT NULL REFERENCES source(id) ON DELETE CASCADE,
                    PRIMARY KEY (key, source_id)
                ) WITHOUT ROWID;
                CREATE INDEX block_key_source ON block_key(source_id);
                CREATE TABLE work (
                    id TEXT PRIMARY KEY,
                    citekey TEXT UNIQUE,            -- pinned once issued
                    data TEXT NOT NULL              -- the Work as JSON
                );
                CREATE TABLE pair (
                    a TEXT NOT NULL REFERENCES source(id) ON DELETE CASCADE,
                    b TEXT NOT NULL REFERENCES source(id) ON DELETE CASCADE,
                    outcome TEXT NOT NULL,          -- same, review, preprintOf, publishedVersionOf (a relative to b)
                    rule TEXT NOT NULL,
                    score REAL NOT NULL,
                    PRIMARY KEY (a, b)
                ) WITHOUT ROWID;
                CREATE INDEX pair_b ON pair(b);
                CREATE TABLE override (
                    a TEXT NOT NULL,                -- source ids, a < b
                    b TEXT NOT NULL,
                    decision TEXT NOT NULL,         -- same or distinct, decided by a person
                    decided_at TEXT NOT NULL,
                    PRIMARY KEY (a, b)
                ) WITHOUT ROWID;
                CREATE TABLE file (
                    sha256 TEXT PRIMARY KEY,
                    name TEXT NOT NULL,
                    first_seen TEXT NOT NULL,
                    outcome TEXT NOT NULL,          -- ingested, failed
                    detail TEXT NOT NULL DEFAULT ''
                );
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                """)
        }
        m.registerMigration("v2: rendered export entries") { db in
            try db.execute(sql: """
                CREATE TABLE rendered (
                    work_id TEXT NOT NULL REFERENCES work(id) ON DELETE CASCADE,
                    format TEXT NOT NULL,
                    text TEXT,                      -- NULL: the format leaves this work out
                    PRIMARY KEY (work_id, format)
                ) WITHOUT ROWID;
                CREATE INDEX work_citekey ON work(citekey);
                """)
        }
        m.registerMigration("v3: works changed since the last export") { db in
            try db.execute(sql: """
                CREATE TABLE export_dirty (work_id TEXT PRIMARY KEY) WITHOUT ROWID;
                """)
        }
        m.registerMigration("v4: citation keys of fused works") { db in
            try db.execute(sql: """
                CREATE TABLE citekey_alias (
                    alias TEXT PRIMARY KEY,         -- the key of a work fused into work_id (Work.aliases)
                    work_id TEXT NOT NULL REFERENCES work(id) ON DELETE CASCADE
                ) WITHOUT ROWID;
                CREATE INDEX citekey_alias_work ON citekey_alias(work_id);
                """)
        }
        m.registerMigration("v5: rendered entries kept together by format") { db in
            // A format's entries are read together (an export from the cache). In a table with row ids, kept in
            // (format, work) order and found through an index, they are one run of pages; an entry longer than
            // about 1 KB no longer spills into an overflow page of its own, as it did in the table keyed by
            // (work, format). The keys in file order are read from an index that holds the work ids too.
            try db.execute(sql: """
                CREATE TABLE rendered_by_format (
                    work_id TEXT NOT NULL REFERENCES work(id) ON DELETE CASCADE,
                    format TEXT NOT NULL,
                    text TEXT                       -- NULL: the format leaves this work out
                );
                INSERT INTO rendered_by_format (work_id, format, text)
                    SELECT work_id, format, text FROM rendered ORDER BY format, work_id;
                DROP TABLE rendered;
                ALTER TABLE rendered_by_format RENAME TO rendered;
                CREATE UNIQUE INDEX rendered_entry ON rendered(format, work_id);
                CREATE INDEX rendered_work ON rendered(work_id);
                DROP INDEX work_citekey;
                CREATE INDEX work_citekey ON work(citekey, id);
                """)
        }
        m.registerMigration("v6: sort keys of big blocks") { db in
            // A block key shared by more sources than the matcher compares pair by pair is searched by sorted
            // neighbourhood (BibMatch's BlockSearch): each source's place in the two orders, and the order sources
            // were filed in (the row id), which breaks ties. Sources stored before have none until they are
            // matched again (the matching rules' version changed with this table).
            try db.execute(sql: """
                CREATE TABLE block_order (
                    source_id TEXT NOT NULL UNIQUE REFERENCES source(id) ON DELETE CASCADE,
                    title BLOB NOT NULL,            -- the folded title
                    author BLOB NOT NULL            -- first author, year and title
                );
                """)
        }
        return m
    }
}
