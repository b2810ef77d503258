import type { Db } from './openDatabase';

/**
 * Tells whether another connection (the command line, a second window) has committed since the last
 * check: SQLite's data_version moves only for other connections' commits. Services that cache small
 * lists (the address book, the type codes) drop them then, instead of showing stale ones until restart.
 */
export function watchOtherConnections(db: Db): { changed(): boolean } {
  const read = db.prepare('PRAGMA data_version').pluck();
  let seen = read.get() as number;
  return {
    changed() {
      const now = read.get() as number;
      if (now === seen) return false;
      seen = now;
      return true;
    },
  };
}
