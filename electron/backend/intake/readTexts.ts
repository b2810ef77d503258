import type { Db } from '../db/openDatabase';
import type { FileText } from '../services/attachments';

/** How many files read and not yet registered keep their text (each at most what an attachment keeps). */
const TEXTS_KEPT = 100;

/**
 * The text read from received files, by SHA-256, until they are registered: the clerk (or the watched folder)
 * reads a file, then registers it, maybe from another worker or after a restart, and its text (a scan's OCR,
 * seconds a page) goes with the attachment without being read again.
 */
export function createReadTexts(db: Db) {
  const upsert = db.prepare("INSERT OR REPLACE INTO read_texts (sha256, text, source, read_at) VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))");
  const prune = db.prepare('DELETE FROM read_texts WHERE sha256 NOT IN (SELECT sha256 FROM read_texts ORDER BY read_at DESC LIMIT ?)');
  const select = db.prepare<[string], { text: string; source: FileText['source'] }>('SELECT text, source FROM read_texts WHERE sha256 = ?');
  const remove = db.prepare('DELETE FROM read_texts WHERE sha256 = ?');
  return {
    remember: (sha256: string, text: FileText): void => {
      db.transaction(() => {
        upsert.run(sha256, text.text, text.source);
        prune.run(TEXTS_KEPT);
      })();
    },
    recall: (sha256: string): FileText | null => select.get(sha256) ?? null,
    forget: (sha256: string): void => { remove.run(sha256); },
  };
}
