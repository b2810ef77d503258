import type { Database } from 'better-sqlite3';

// Forward-only migration ladder on PRAGMA user_version. Step N brings the schema from version N-1
// to N and runs in its own transaction. Never edit a released step: add a new one.

export interface Migration {
  version: number;
  description: string;
  up: (db: Database) => void;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'incoming register: books, entries, full-text index, attachments, history, codes, settings',
    up: (db) => {
      db.exec(`
        CREATE TABLE books (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          year INTEGER NOT NULL,
          kind TEXT NOT NULL DEFAULT 'general',
          note TEXT NOT NULL DEFAULT '',
          created_at TEXT NOT NULL,
          UNIQUE (name, year)
        );

        CREATE TABLE incoming (
          id INTEGER PRIMARY KEY,
          book_id INTEGER NOT NULL REFERENCES books(id),
          arrival_number INTEGER NOT NULL CHECK (arrival_number > 0),
          arrival_date TEXT NOT NULL,
          -- Orders the register newest first and doubles as the full-text rowid, so a search can
          -- walk the index in register order and stop after one page (see services/incomingQuery).
          sort_key INTEGER NOT NULL UNIQUE,
          received_via TEXT NOT NULL DEFAULT 'network',
          issuer TEXT NOT NULL,
          symbol TEXT NOT NULL DEFAULT '',
          symbol_number INTEGER,
          issuer_code TEXT NOT NULL DEFAULT '',
          document_date TEXT,
          type_code TEXT NOT NULL DEFAULT '',
          abstract TEXT NOT NULL,
          secrecy TEXT NOT NULL DEFAULT '',
          urgency TEXT NOT NULL DEFAULT '',
          pages INTEGER,
          copies INTEGER,
          handling_unit TEXT NOT NULL DEFAULT '',
          forwarded_date TEXT,
          due_date TEXT,
          resolved_date TEXT,
          reply_symbol TEXT NOT NULL DEFAULT '',
          received_by TEXT NOT NULL DEFAULT '',
          file_code TEXT NOT NULL DEFAULT '',
          notes TEXT NOT NULL DEFAULT '',
          is_sample INTEGER NOT NULL DEFAULT 0,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          UNIQUE (book_id, arrival_number)
        );
        CREATE INDEX incoming_by_arrival_date ON incoming (arrival_date, type_code);
        CREATE INDEX incoming_by_symbol ON incoming (symbol, document_date);
        CREATE INDEX incoming_by_document_date ON incoming (document_date);

        -- Contentless index over text folded by vn_fold() (tones, marks and đ/Đ), one folding for
        -- the index and for every query.
        CREATE VIRTUAL TABLE incoming_fts USING fts5 (
          body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER incoming_fts_insert AFTER INSERT ON incoming BEGIN
          INSERT INTO incoming_fts (rowid, body)
          VALUES (new.sort_key, vn_fold(new.abstract || ' ' || new.symbol || ' ' || new.issuer || ' ' || new.notes));
        END;
        CREATE TRIGGER incoming_fts_update AFTER UPDATE OF abstract, symbol, issuer, notes, sort_key ON incoming BEGIN
          DELETE FROM incoming_fts WHERE rowid = old.sort_key;
          INSERT INTO incoming_fts (rowid, body)
          VALUES (new.sort_key, vn_fold(new.abstract || ' ' || new.symbol || ' ' || new.issuer || ' ' || new.notes));
        END;
        CREATE TRIGGER incoming_fts_delete AFTER DELETE ON incoming BEGIN
          DELETE FROM incoming_fts WHERE rowid = old.sort_key;
        END;

        CREATE TABLE attachments (
          id INTEGER PRIMARY KEY,
          entry_id INTEGER NOT NULL REFERENCES incoming(id) ON DELETE CASCADE,
          file_name TEXT NOT NULL,
          stored_name TEXT NOT NULL,
          size INTEGER NOT NULL,
          sha256 TEXT NOT NULL,
          added_at TEXT NOT NULL
        );
        CREATE INDEX attachments_by_entry ON attachments (entry_id);

        CREATE TABLE entry_history (
          id INTEGER PRIMARY KEY,
          entry_id INTEGER NOT NULL REFERENCES incoming(id) ON DELETE CASCADE,
          at TEXT NOT NULL,
          action TEXT NOT NULL,
          changes TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX entry_history_by_entry ON entry_history (entry_id);

        CREATE TABLE type_codes (
          id INTEGER PRIMARY KEY,
          system TEXT NOT NULL,
          code TEXT NOT NULL,
          name TEXT NOT NULL,
          UNIQUE (system, code)
        );

        -- What clerks typed before (issuing bodies, handling units, file codes), for completion.
        CREATE TABLE known_values (
          field TEXT NOT NULL,
          value TEXT NOT NULL,
          folded TEXT NOT NULL,
          uses INTEGER NOT NULL DEFAULT 1,
          PRIMARY KEY (field, value)
        ) WITHOUT ROWID;

        CREATE TABLE settings (
          key TEXT PRIMARY KEY,
          value TEXT NOT NULL
        );
      `);
    },
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
