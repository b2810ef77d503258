import type { Database } from 'better-sqlite3';
import { vietnameseSortKey } from '../../../shared/collation';
import { foldForSearch } from '../../../shared/text';

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

        -- Contentless index over text folded by foldForSearch() (tones, marks and đ/Đ): one folding
        -- for the index and every query. Kept by services/incomingIndex.ts, not by triggers: FTS5
        -- flushes its buffer at every trigger's statement savepoint, which made bulk inserts 10× slower.
        CREATE VIRTUAL TABLE incoming_fts USING fts5 (
          body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
        );

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
  {
    version: 2,
    description: 'task follow-up: bodies and saved groups, tasks, progress, review rounds',
    up: (db) => {
      db.exec(`
        -- The address book of bodies (đơn vị). category is the heading it is listed under: free text.
        CREATE TABLE units (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          short_name TEXT NOT NULL DEFAULT '',
          code TEXT NOT NULL DEFAULT '',
          category TEXT NOT NULL DEFAULT '',
          sort_order INTEGER NOT NULL DEFAULT 0,
          folded TEXT NOT NULL UNIQUE
        );

        CREATE TABLE unit_groups (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          note TEXT NOT NULL DEFAULT '',
          folded TEXT NOT NULL UNIQUE
        );
        CREATE TABLE unit_group_members (
          group_id INTEGER NOT NULL REFERENCES unit_groups(id) ON DELETE CASCADE,
          unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          PRIMARY KEY (group_id, unit_id)
        ) WITHOUT ROWID;

        -- A task a directive (an incoming entry) assigns. state is what the clerk recorded; overdue,
        -- done late and standing are worked out from the dates (shared/taskStatus.ts).
        CREATE TABLE tasks (
          id INTEGER PRIMARY KEY,
          directive_id INTEGER NOT NULL REFERENCES incoming(id),
          section TEXT NOT NULL DEFAULT '',
          position INTEGER NOT NULL,
          content TEXT NOT NULL,
          folded TEXT NOT NULL,
          lead_unit_id INTEGER REFERENCES units(id),
          lead_text TEXT NOT NULL,
          coordinating_text TEXT NOT NULL DEFAULT '',
          deadline_text TEXT NOT NULL DEFAULT '',
          due_date TEXT,
          standing INTEGER NOT NULL DEFAULT 0,
          state TEXT NOT NULL DEFAULT 'not_started' CHECK (state IN ('not_started', 'in_progress', 'done')),
          completed_date TEXT,
          notes TEXT NOT NULL DEFAULT '',
          is_sample INTEGER NOT NULL DEFAULT 0,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE INDEX tasks_by_directive ON tasks (directive_id, position);
        CREATE INDEX tasks_by_lead ON tasks (lead_unit_id);
        CREATE INDEX tasks_by_due ON tasks (due_date);

        CREATE TABLE task_coordinators (
          task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
          unit_id INTEGER NOT NULL REFERENCES units(id),
          position INTEGER NOT NULL,
          PRIMARY KEY (task_id, unit_id)
        ) WITHOUT ROWID;
        CREATE INDEX task_coordinators_by_unit ON task_coordinators (unit_id);

        CREATE TABLE task_progress (
          id INTEGER PRIMARY KEY,
          task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
          date TEXT NOT NULL,
          text TEXT NOT NULL,
          report_entry_id INTEGER REFERENCES incoming(id),
          created_at TEXT NOT NULL
        );
        CREATE INDEX task_progress_by_task ON task_progress (task_id, date);

        CREATE TABLE review_rounds (
          id INTEGER PRIMARY KEY,
          directive_id INTEGER NOT NULL REFERENCES incoming(id),
          title TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('interim', 'final')),
          deadline TEXT,
          note TEXT NOT NULL DEFAULT '',
          closed INTEGER NOT NULL DEFAULT 0,
          is_sample INTEGER NOT NULL DEFAULT 0,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE INDEX review_rounds_by_directive ON review_rounds (directive_id);

        -- The bodies that must report in a round, and the incoming entry that is each one's report.
        CREATE TABLE round_units (
          round_id INTEGER NOT NULL REFERENCES review_rounds(id) ON DELETE CASCADE,
          unit_id INTEGER NOT NULL REFERENCES units(id),
          position INTEGER NOT NULL,
          report_entry_id INTEGER REFERENCES incoming(id),
          PRIMARY KEY (round_id, unit_id)
        ) WITHOUT ROWID;
        CREATE INDEX round_units_by_unit ON round_units (unit_id);
      `);
    },
  },
  {
    version: 3,
    description: 'reports: the office\'s own templates and the texts specialists write for review reports',
    up: (db) => {
      db.exec(`
        CREATE TABLE report_templates (
          id TEXT PRIMARY KEY,
          report TEXT NOT NULL,
          format TEXT NOT NULL,
          name TEXT NOT NULL,
          stored_name TEXT NOT NULL,
          sha256 TEXT NOT NULL,
          added_at TEXT NOT NULL
        );

        -- Sections III-V (and optionally I-II) of a sơ kết / tổng kết: kept with the report.
        CREATE TABLE report_drafts (
          directive_id INTEGER NOT NULL REFERENCES incoming(id),
          milestone TEXT NOT NULL,
          texts TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          PRIMARY KEY (directive_id, milestone)
        ) WITHOUT ROWID;
      `);
    },
  },
  {
    version: 4,
    description: 'statistics read a period from the arrival-date index alone',
    up: (db) => {
      // The statistics report reads these columns for every entry of a year and the year before:
      // covering them saves a table lookup per entry (a year's report over a million entries ~30% faster).
      db.exec(`
        DROP INDEX incoming_by_arrival_date;
        CREATE INDEX incoming_by_arrival_date ON incoming
          (arrival_date, type_code, issuer, handling_unit, urgency, secrecy, due_date, resolved_date);
      `);
    },
  },
  {
    version: 5,
    description: 'the full-text index buffers 32 MB before writing a segment',
    up: (db) => {
      // FTS5 writes a new index segment each time its in-memory buffer passes 1 MB (the default) and
      // merges them later: a bulk import of a million entries wrote thousands. A larger buffer costs
      // memory only while a write transaction is open. (The value must be an SQL integer literal.)
      db.exec(`INSERT INTO incoming_fts (incoming_fts, rank) VALUES ('hashsize', ${32 * 1024 * 1024})`);
    },
  },
  {
    version: 6,
    description: 'the register sorts issuing bodies in Vietnamese order',
    up: (db) => {
      // Byte order put every "Đảng ủy…" after "Văn phòng…". A key per distinct issuer (a few hundred
      // over a million entries; shared/collation) sorts as a reader expects. A key column on every
      // entry cost a fifth of the bulk-import speed; sorting by issuer scanned the register before
      // too. If the key function ever changes, a new step must compute the keys again.
      db.function('vietnamese_sort_key', { deterministic: true }, (text: unknown) => vietnameseSortKey(String(text ?? '')));
      db.exec(`
        CREATE TABLE issuer_sort_keys (issuer TEXT PRIMARY KEY, sort_key TEXT NOT NULL) WITHOUT ROWID;
        INSERT INTO issuer_sort_keys (issuer, sort_key) SELECT DISTINCT issuer, vietnamese_sort_key(issuer) FROM incoming;
      `);
    },
  },
  {
    version: 7,
    description: 'nothing is lost: cancelled entries, the history of every record with who changed it, the trash',
    up: (db) => {
      db.exec(`
        -- A mistaken entry is cancelled, never erased: it stays in the book and keeps its number.
        ALTER TABLE incoming ADD COLUMN cancelled_at TEXT;
        ALTER TABLE incoming ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT '';
        CREATE TRIGGER incoming_never_erased BEFORE DELETE ON incoming BEGIN
          SELECT RAISE(ABORT, 'Văn bản đến không bao giờ bị xóa khỏi sổ: văn bản vào sổ nhầm thì hủy, có ghi lý do.');
        END;
        CREATE TRIGGER incoming_cancelled_keeps_number BEFORE UPDATE OF book_id, arrival_number ON incoming
          WHEN OLD.cancelled_at IS NOT NULL AND (NEW.book_id IS NOT OLD.book_id OR NEW.arrival_number IS NOT OLD.arrival_number)
        BEGIN
          SELECT RAISE(ABORT, 'Văn bản đã hủy giữ nguyên sổ và số đến: số này không được dùng lại.');
        END;

        -- One history for every kind of record (incoming entries, tasks, bodies, rounds, templates,
        -- settings…): who (the clerk's name or the system user), when, what changed. label names the
        -- record as it was; folded is label and changes folded for search (services/history.ts).
        CREATE TABLE record_history (
          id INTEGER PRIMARY KEY,
          record_type TEXT NOT NULL,
          record_id TEXT NOT NULL,
          at TEXT NOT NULL,
          actor TEXT NOT NULL DEFAULT '',
          action TEXT NOT NULL,
          label TEXT NOT NULL DEFAULT '',
          changes TEXT NOT NULL DEFAULT '{}',
          folded TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX record_history_by_record ON record_history (record_type, record_id);
        INSERT INTO record_history (record_type, record_id, at, action, changes)
          SELECT 'incoming', CAST(entry_id AS TEXT), at, action, changes FROM entry_history ORDER BY id;
        DROP TABLE entry_history;

        -- Deleted tasks, rounds, bodies, groups and templates: their rows as they were, to put back.
        CREATE TABLE trash (
          id INTEGER PRIMARY KEY,
          kind TEXT NOT NULL,
          record_id TEXT NOT NULL,
          label TEXT NOT NULL,
          deleted_at TEXT NOT NULL,
          deleted_by TEXT NOT NULL DEFAULT '',
          rows TEXT NOT NULL
        );
      `);
    },
  },
  {
    version: 8,
    description: 'copies (bản sao): editable copy forms, the copies with their numbers per series and year, recipients, deliveries',
    up: (db) => {
      db.exec(`
        -- Copy forms are data the office edits (GUIDE: never a closed enum). Forms with the same series
        -- share one numbering (NĐ 30: all forms one series per calendar year).
        CREATE TABLE copy_forms (
          code TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          heading TEXT NOT NULL,
          series TEXT NOT NULL DEFAULT 'ban-sao',
          sort_order INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO copy_forms (code, name, heading, series, sort_order) VALUES
          ('SY', 'Sao y', 'SAO Y', 'ban-sao', 10),
          ('SL', 'Sao lục', 'SAO LỤC', 'ban-sao', 20),
          ('TrS', 'Trích sao', 'TRÍCH SAO', 'ban-sao', 30);

        -- One copy of a register entry. period is the copy's year under the yearly rule ('' when the series
        -- never restarts); the unique key is what makes a number impossible to give twice.
        CREATE TABLE copies (
          id INTEGER PRIMARY KEY,
          source_kind TEXT NOT NULL DEFAULT 'incoming',
          source_id INTEGER NOT NULL,
          form_code TEXT NOT NULL,
          series TEXT NOT NULL,
          period TEXT NOT NULL,
          number INTEGER NOT NULL CHECK (number > 0),
          symbol TEXT NOT NULL,
          copy_date TEXT NOT NULL,
          superior_body TEXT NOT NULL,
          issuing_body TEXT NOT NULL,
          issuer_code TEXT NOT NULL,
          place_name TEXT NOT NULL,
          signer_authority TEXT NOT NULL DEFAULT '',
          signer_position TEXT NOT NULL DEFAULT '',
          signer_name TEXT NOT NULL DEFAULT '',
          copy_count INTEGER,
          archive_line TEXT NOT NULL DEFAULT '',
          excerpt TEXT NOT NULL DEFAULT '',
          notes TEXT NOT NULL DEFAULT '',
          is_sample INTEGER NOT NULL DEFAULT 0,
          created_at TEXT NOT NULL,
          UNIQUE (series, period, number)
        );
        CREATE INDEX copies_by_source ON copies (source_kind, source_id);
        CREATE INDEX copies_by_date ON copies (copy_date);

        -- The "Nơi nhận" lines as printed, in order; each may name a body or a saved group of the address book.
        CREATE TABLE copy_recipients (
          copy_id INTEGER NOT NULL REFERENCES copies(id),
          position INTEGER NOT NULL,
          label TEXT NOT NULL,
          unit_id INTEGER,
          group_id INTEGER,
          PRIMARY KEY (copy_id, position)
        );

        -- The distribution record: which body received which copy, sent when, received when and by whom.
        CREATE TABLE copy_deliveries (
          id INTEGER PRIMARY KEY,
          copy_id INTEGER NOT NULL REFERENCES copies(id),
          recipient TEXT NOT NULL,
          unit_id INTEGER,
          sent_date TEXT NOT NULL,
          received_date TEXT,
          received_by TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX copy_deliveries_by_copy ON copy_deliveries (copy_id);
      `);
    },
  },
  {
    version: 9,
    description: 'outgoing register (sổ văn bản đi): terms of the Party committee, numbering rules as data, outgoing entries',
    up: (db) => {
      db.exec(`
        -- Terms (nhiệm kỳ) of the Party committee: Party numbers run per term. to_date NULL: the current term.
        CREATE TABLE terms (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          from_date TEXT NOT NULL,
          to_date TEXT
        );

        -- How a register numbers its documents (shared/registers/numbering.ts); one row per register kind.
        CREATE TABLE numbering_rules (
          register TEXT PRIMARY KEY,
          rule TEXT NOT NULL,
          secret_own_series INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO numbering_rules (register, rule, secret_own_series) VALUES ('outgoing', 'party', 0);

        -- One outgoing document or reserved number. series names the numbering it belongs to (type, body,
        -- term or year); the unique key makes a number impossible to give twice. A void number stays.
        CREATE TABLE outgoing (
          id INTEGER PRIMARY KEY,
          series TEXT NOT NULL,
          number INTEGER NOT NULL CHECK (number > 0),
          symbol TEXT NOT NULL,
          status TEXT NOT NULL DEFAULT 'issued',
          void_reason TEXT NOT NULL DEFAULT '',
          term_id INTEGER REFERENCES terms(id),
          document_date TEXT NOT NULL,
          type_code TEXT NOT NULL,
          type_name TEXT NOT NULL DEFAULT '',
          issuer_code TEXT NOT NULL,
          unit_code TEXT NOT NULL DEFAULT '',
          abstract TEXT NOT NULL DEFAULT '',
          signer TEXT NOT NULL DEFAULT '',
          signer_authority TEXT NOT NULL DEFAULT '',
          signer_position TEXT NOT NULL DEFAULT '',
          recipients TEXT NOT NULL DEFAULT '[]',
          archive_holder TEXT NOT NULL DEFAULT '',
          copy_count INTEGER,
          forwarded_date TEXT,
          received_by TEXT NOT NULL DEFAULT '',
          notes TEXT NOT NULL DEFAULT '',
          secrecy TEXT NOT NULL DEFAULT '',
          urgency TEXT NOT NULL DEFAULT '',
          pages INTEGER,
          answers_incoming_id INTEGER REFERENCES incoming(id),
          is_sample INTEGER NOT NULL DEFAULT 0,
          created_at TEXT NOT NULL,
          UNIQUE (series, number)
        );
        CREATE INDEX outgoing_by_date ON outgoing (document_date);
        CREATE INDEX outgoing_by_answer ON outgoing (answers_incoming_id);
      `);
    },
  },
  {
    version: 10,
    description: 'statistics leave cancelled entries out and still read a period from the arrival-date index alone',
    up: (db) => {
      // Without cancelled_at in the index, leaving cancelled entries out costs a table lookup per entry
      // (a year's statistics over 200,000 entries ~20% slower, see migration 4).
      db.exec(`
        DROP INDEX incoming_by_arrival_date;
        CREATE INDEX incoming_by_arrival_date ON incoming
          (arrival_date, type_code, issuer, handling_unit, urgency, secrecy, due_date, resolved_date, cancelled_at);
      `);
    },
  },  {
    version: 11,
    description: 'copies and outgoing numbers are never erased: a mistaken copy is cancelled with a reason and keeps its number',
    up: (db) => {
      db.exec(`
        -- Like a register number, a copy number is given once: a mistaken copy stays in the copy book, cancelled
        -- with the date and reason, so its number is never given again (services/copies.ts).
        ALTER TABLE copies ADD COLUMN cancelled_at TEXT;
        ALTER TABLE copies ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT '';
        CREATE TRIGGER copies_never_erased BEFORE DELETE ON copies BEGIN
          SELECT RAISE(ABORT, 'Bản sao không bao giờ bị xóa khỏi sổ: bản sao làm nhầm thì hủy, có ghi lý do.');
        END;
        CREATE TRIGGER copies_keep_number BEFORE UPDATE OF series, period, number, symbol ON copies BEGIN
          SELECT RAISE(ABORT, 'Số của bản sao không thay đổi được: mỗi số chỉ dùng một lần.');
        END;
        -- An outgoing number leaves the book only as a void number with its reason (hủy số).
        CREATE TRIGGER outgoing_never_erased BEFORE DELETE ON outgoing BEGIN
          SELECT RAISE(ABORT, 'Số văn bản đi không bao giờ bị xóa khỏi sổ: số không dùng thì hủy số, có ghi lý do.');
        END;
      `);
    },
  },  {
    version: 12,
    description: 'files seen in the watched folder, each proposed once by its SHA-256 (intake/receivedFiles.ts)',
    up: (db) => {
      db.exec(`
        -- One row per content ever seen there: proposed until the clerk registers or dismisses it, and never
        -- proposed again after (a restart, the same content under another name). path/size/mtime let a
        -- restart skip files already seen without hashing them again.
        CREATE TABLE received_files (
          id INTEGER PRIMARY KEY,
          sha256 TEXT NOT NULL UNIQUE,
          file_name TEXT NOT NULL,
          path TEXT NOT NULL,
          size INTEGER NOT NULL,
          mtime_ms REAL NOT NULL,
          seen_at TEXT NOT NULL,
          state TEXT NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed', 'registered', 'dismissed')),
          reading TEXT,
          read_error TEXT,
          entry_id INTEGER REFERENCES incoming(id),
          decided_by TEXT,
          decided_at TEXT
        );
        CREATE INDEX received_files_by_path ON received_files (path, size, mtime_ms);
        CREATE INDEX received_files_proposed ON received_files (state, seen_at);
      `);
    },
  },
  {
    version: 13,
    description: 'the full-text index keeps the first three letters of every word, and is rebuilt from the entries',
    up: (db) => {
      // A prefix query ("chu"*, the last word while typing) made FTS5 merge the lists of every word it
      // begins before returning one row: 15–20 ms of a search over a million entries, hundreds of ms for
      // "kiem t". With the three-letter prefixes indexed, such a word reads one list (services/ftsQuery.ts
      // spells the shorter ones out through it); the index grows by three quarters, the database by a tenth.
      // A contentless index cannot be rebuilt from itself: its rows are folded again from the entries, as
      // services/incomingIndex.ts folds them.
      db.function('fold_for_search', { deterministic: true }, (text: unknown) => foldForSearch(String(text ?? '')));
      db.exec(`
        DROP TABLE incoming_fts;
        CREATE VIRTUAL TABLE incoming_fts USING fts5 (
          body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='3'
        );
        INSERT INTO incoming_fts (incoming_fts, rank) VALUES ('hashsize', ${32 * 1024 * 1024});
        INSERT INTO incoming_fts (rowid, body)
          SELECT sort_key, fold_for_search(issuer || ' ' || symbol || ' ' || abstract || ' ' || notes || ' ') FROM incoming;
      `);
    },
  },
  {
    version: 14,
    description: 'an attachment keeps the text read from its file (text layer or OCR), so the entry is found by it',
    up: (db) => {
      // text_source: 'ocr' for a scan recognised, 'file' for a text layer or a Word document; NULL, no text kept.
      // Attachments made before keep no text: nothing to add to the full-text index.
      db.exec(`
        ALTER TABLE attachments ADD COLUMN text TEXT;
        ALTER TABLE attachments ADD COLUMN text_source TEXT CHECK (text_source IN ('ocr', 'file'));
      `);
    },
  },
  {
    version: 15,
    description: 'the text read from a received file waits for its registration (a scan is recognised once)',
    up: (db) => {
      // Read by one worker, registered by another or after a restart: the text (a scan's OCR, seconds a page)
      // is found here by the file's SHA-256 instead of being read again (intake/readTexts.ts).
      db.exec(`
        CREATE TABLE read_texts (
          sha256 TEXT PRIMARY KEY,
          text TEXT NOT NULL,
          source TEXT NOT NULL CHECK (source IN ('ocr', 'file')),
          read_at TEXT NOT NULL
        );
      `);
    },
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
