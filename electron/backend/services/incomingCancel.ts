import { AppError } from '../../../shared/errors';
import type { IncomingEntry } from '../../../shared/schemas';
import type { IncomingStore } from '../stores/incomingStore';
import { nowIso } from './clock';
import type { History } from './history';
import type { IncomingService } from './incoming';

/**
 * Cancelling a mistaken entry: it stays in the register (struck through in the printed book) with the
 * date and reason, and its number is never given again (the database refuses to erase an entry or to
 * move a cancelled one, migration 7).
 */
export function createCancelService(store: IncomingStore, deps: { incoming: IncomingService; history: History }) {
  function cancel(id: number, reason: string): IncomingEntry {
    const entry = deps.incoming.get(id);
    if (entry.cancelled) {
      throw new AppError('CONFLICT', `Văn bản số đến ${entry.arrivalNumber} đã được hủy trước đây (lý do: ${entry.cancelReason}).`);
    }
    store.writing(() => {
      if (store.cancel(id, reason, nowIso())) deps.history.record(id, 'cancel', { cancelReason: { from: '', to: reason } });
    });
    return deps.incoming.get(id);
  }

  return { cancel };
}
