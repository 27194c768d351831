/** The SQLite database under `.eviden/`: opening (WAL), schema migrations, transactions. */
import Database from 'better-sqlite3';
import { UserError } from '../shared/errors.ts';
import { isDbLocked, lockWaitMs, lockedMessage } from '../shared/db-lock.ts';

export type Db = Database.Database;

/** Ordered migrations; the index + 1 is the schema version recorded in `PRAGMA user_version`. */
const MIGRATIONS: string[] = [
  `
  CREATE TABLE documents (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    type TEXT NOT NULL,
    status TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    pages INTEGER NOT NULL DEFAULT 0,
    ocr_pages INTEGER NOT NULL DEFAULT 0,
    encrypted INTEGER NOT NULL DEFAULT 0,
    archive_path TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    extracted_at TEXT
  );
  CREATE TABLE locations (
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL REFERENCES documents(sha256),
    opd TEXT,
    folder TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ms REAL NOT NULL,
    present INTEGER NOT NULL DEFAULT 1,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    removed_at TEXT,
    replaced_at TEXT,
    PRIMARY KEY (path, sha256)
  );
  CREATE INDEX locations_sha ON locations(sha256);
  CREATE INDEX locations_present ON locations(present, path);
  CREATE TABLE pages (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL REFERENCES documents(sha256),
    page_no INTEGER NOT NULL,
    text TEXT NOT NULL,
    source TEXT NOT NULL,
    confidence REAL,
    UNIQUE (sha256, page_no)
  );
  CREATE VIRTUAL TABLE pages_fts USING fts5(
    text, content='pages', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER pages_ai AFTER INSERT ON pages BEGIN
    INSERT INTO pages_fts(rowid, text) VALUES (new.id, new.text);
  END;
  CREATE TRIGGER pages_ad AFTER DELETE ON pages BEGIN
    INSERT INTO pages_fts(pages_fts, rowid, text) VALUES ('delete', old.id, old.text);
  END;
  CREATE TABLE classifications (
    sha256 TEXT PRIMARY KEY REFERENCES documents(sha256),
    rules_version TEXT NOT NULL,
    json TEXT NOT NULL,
    classified_at TEXT NOT NULL
  );
  CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL,
    indicator INTEGER NOT NULL,
    action TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
  );
  CREATE INDEX decisions_sha ON decisions(sha256);
  CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    type TEXT NOT NULL,
    actor TEXT NOT NULL,
    sha256 TEXT,
    path TEXT,
    detail TEXT NOT NULL DEFAULT '{}'
  );
  CREATE TABLE queue (
    path TEXT PRIMARY KEY,
    enqueued_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0
  );
  `,
  // Classifications and decisions carry the instrument they were made for: a workspace that switches instruments
  // never reads another instrument's mappings. The instrument of an old classification is the id its rules version
  // names ("<revision>:<instrument>:<fingerprint>@…"); old decisions keep '' (the pack owning unkeyed data).
  `
  CREATE TABLE classifications_v2 (
    sha256 TEXT NOT NULL REFERENCES documents(sha256),
    instrument TEXT NOT NULL,
    rules_version TEXT NOT NULL,
    json TEXT NOT NULL,
    classified_at TEXT NOT NULL,
    PRIMARY KEY (sha256, instrument)
  );
  INSERT INTO classifications_v2 (sha256, instrument, rules_version, json, classified_at)
    SELECT sha256,
      substr(substr(rules_version, instr(rules_version, ':') + 1), 1, instr(substr(rules_version, instr(rules_version, ':') + 1), ':') - 1),
      rules_version, json, classified_at
    FROM classifications;
  DROP TABLE classifications;
  ALTER TABLE classifications_v2 RENAME TO classifications;
  ALTER TABLE decisions ADD COLUMN instrument TEXT NOT NULL DEFAULT '';
  `,
  // Learning from reviewers (src/learn): similarity signatures computed at scan, documents known only from
  // imported decisions, the learned per-indicator score adjustments, and where an imported decision came from.
  `
  CREATE TABLE signatures (
    sha256 TEXT PRIMARY KEY REFERENCES documents(sha256),
    version TEXT NOT NULL,
    signature TEXT
  );
  CREATE TABLE foreign_documents (
    sha256 TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    signature TEXT,
    origin TEXT NOT NULL,
    imported_at TEXT NOT NULL
  );
  CREATE TABLE adjustments (
    instrument TEXT NOT NULL,
    indicator INTEGER NOT NULL,
    json TEXT NOT NULL,
    learned_at TEXT NOT NULL,
    PRIMARY KEY (instrument, indicator)
  );
  ALTER TABLE decisions ADD COLUMN origin TEXT NOT NULL DEFAULT '';
  `,
  // OCR checkpoints: each page as soon as OCR read it, so a scan killed mid-document resumes at the next page.
  `
  CREATE TABLE ocr_checkpoints (
    sha256 TEXT NOT NULL REFERENCES documents(sha256),
    page_no INTEGER NOT NULL,
    text TEXT NOT NULL,
    confidence REAL,
    PRIMARY KEY (sha256, page_no)
  );
  `,
];

export function openDb(file: string, opts: { readonly?: boolean } = {}): Db {
  const wait = lockWaitMs();
  const db = new Database(file, { readonly: opts.readonly ?? false, timeout: wait });
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  }
  db.pragma(`busy_timeout = ${wait}`);
  return db;
}

/**
 * Takes and releases the write lock once before a long run: when another process holds it, `onWait` is told (so
 * the user sees why nothing happens) and the lock is awaited up to lockWaitMs(). Still locked after that:
 * an Indonesian UserError, nothing written.
 */
export function awaitWriteLock(db: Db, onWait: () => void): void {
  const attempt = (): void => {
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
  };
  const wait = lockWaitMs();
  db.pragma('busy_timeout = 0');
  try {
    attempt();
    return;
  } catch (err) {
    if (!isDbLocked(err)) throw err;
  } finally {
    db.pragma(`busy_timeout = ${wait}`);
  }
  onWait();
  try {
    attempt();
  } catch (err) {
    if (!isDbLocked(err)) throw err;
    throw new UserError(lockedMessage(true));
  }
}

function migrate(db: Db): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
