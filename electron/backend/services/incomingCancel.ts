import { AppError } from '../../../shared/errors';
import type { IncomingEntry } from '../../../shared/schemas';
import type { Db } from '../db/openDatabase';
import { nowIso } from './clock';
import type { History } from './history';
import type { IncomingService } from './incoming';

/**
 * Cancelling a mistaken entry: it stays in the register (struck through in the printed book) with the
 * date and reason, and its number is never given again (the database refuses to erase an entry or to
 * move a cancelled one, migration 7).
 */
export function createCancelService(db: Db, deps: { incoming: IncomingService; history: History }) {
  const mark = db.prepare('UPDATE incoming SET cancelled_at = ?, cancel_reason = ?, updated_at = ? WHERE id = ? AND cancelled_at IS NULL');

  function cancel(id: number, reason: string): IncomingEntry {
    const entry = deps.incoming.get(id);
    if (entry.cancelled) {
      throw new AppError('CONFLICT', `Văn bản số đến ${entry.arrivalNumber} đã được hủy trước đây (lý do: ${entry.cancelReason}).`);
    }
    db.transaction(() => {
      const now = nowIso();
      mark.run(now, reason, now, id);
      deps.history.record(id, 'cancel', { cancelReason: { from: '', to: reason } });
    })();
    return deps.incoming.get(id);
  }

  return { cancel };
}
