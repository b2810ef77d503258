import { foldForSearch } from '../../../shared/text';
import type { Db } from '../db/openDatabase';
import { registerSearchFunctions } from './searchFunctions';

// The SQL of the copies (bản sao): copy forms, copies, their recipients and deliveries. Services and report
// code reach these tables only through this module.

export interface CopyFormRow { code: string; name: string; heading: string; series: string; sortOrder: number }

export interface CopyRow {
  id: number;
  source_kind: string;
  source_id: number;
  form_code: string;
  series: string;
  period: string;
  number: number;
  symbol: string;
  copy_date: string;
  superior_body: string;
  issuing_body: string;
  issuer_code: string;
  place_name: string;
  signer_authority: string;
  signer_position: string;
  signer_name: string;
  copy_count: number | null;
  archive_line: string;
  excerpt: string;
  notes: string;
  is_sample: number;
  created_at: string;
  cancelled_at: string | null;
  cancel_reason: string;
}

export type NewCopyRow = Omit<CopyRow, 'id' | 'cancelled_at' | 'cancel_reason'>;

export interface RecipientRow { label: string; unitId: number | null; groupId: number | null }
export interface DeliveryRow { id: number; recipient: string; unitId: number | null; sentDate: string; receivedDate: string | null; receivedBy: string }
export interface NewDelivery { recipient: string; unitId: number | null; sentDate: string }
export interface StoredDelivery extends DeliveryRow { copyId: number }
/** One line of the distribution record across copies, with the copy and the copied document it belongs to. */
export interface DeliveryListRow extends StoredDelivery {
  copySymbol: string; copyDate: string; formCode: string; sourceKind: string; sourceSymbol: string; sourceAbstract: string; copyCancelled: number;
}
export interface DeliveryQuery { from?: string; to?: string; pending: boolean; folded?: string; offset: number; limit: number }

export interface CopyQuery { sourceKind?: string; sourceId?: number; from?: string; to?: string; folded?: string; offset: number; limit: number }

export function createCopyStore(db: Db) {
  // The folding of shared/text for the search of copies (small tables: a scan is enough).
  db.function('fold_search', { deterministic: true }, (text: unknown) => foldForSearch(String(text ?? '')));
  registerSearchFunctions(db);
  const FORM_COLUMNS = 'code, name, heading, series, sort_order AS sortOrder';
  const selectForms = db.prepare<[], CopyFormRow>(`SELECT ${FORM_COLUMNS} FROM copy_forms ORDER BY sort_order, code`);
  // Codes mix case (TrS) but "sy" typed on the command line means SY.
  const selectForm = db.prepare<[string], CopyFormRow>(`SELECT ${FORM_COLUMNS} FROM copy_forms WHERE code = ? COLLATE NOCASE`);
  const upsertForm = db.prepare(`INSERT INTO copy_forms (code, name, heading, series, sort_order) VALUES (@code, @name, @heading, @series, @sortOrder)
    ON CONFLICT (code) DO UPDATE SET name = excluded.name, heading = excluded.heading, series = excluded.series, sort_order = excluded.sort_order`);
  const maxFormOrder = db.prepare<[], number | null>('SELECT max(sort_order) FROM copy_forms').pluck();

  const lastNumber = db.prepare<[string, string], number | null>('SELECT max(number) FROM copies WHERE series = ? AND period = ?').pluck();
  const holder = db.prepare<[string, string, number], CopyRow>('SELECT * FROM copies WHERE series = ? AND period = ? AND number = ?');
  const insertCopy = db.prepare(`INSERT INTO copies (source_kind, source_id, form_code, series, period, number, symbol, copy_date,
      superior_body, issuing_body, issuer_code, place_name, signer_authority, signer_position, signer_name, copy_count,
      archive_line, excerpt, notes, is_sample, created_at)
    VALUES (@source_kind, @source_id, @form_code, @series, @period, @number, @symbol, @copy_date,
      @superior_body, @issuing_body, @issuer_code, @place_name, @signer_authority, @signer_position, @signer_name, @copy_count,
      @archive_line, @excerpt, @notes, @is_sample, @created_at)`);
  const selectCopy = db.prepare<[number], CopyRow>('SELECT * FROM copies WHERE id = ?');
  const insertRecipient = db.prepare('INSERT INTO copy_recipients (copy_id, position, label, unit_id, group_id) VALUES (?, ?, ?, ?, ?)');
  const selectRecipients = db.prepare<[number], RecipientRow>(
    'SELECT label, unit_id AS unitId, group_id AS groupId FROM copy_recipients WHERE copy_id = ? ORDER BY position');
  const insertDelivery = db.prepare('INSERT INTO copy_deliveries (copy_id, recipient, unit_id, sent_date) VALUES (?, ?, ?, ?)');
  const selectDeliveries = db.prepare<[number], DeliveryRow>(`SELECT id, recipient, unit_id AS unitId, sent_date AS sentDate,
    received_date AS receivedDate, received_by AS receivedBy FROM copy_deliveries WHERE copy_id = ? ORDER BY id`);
  const DELIVERY_COLUMNS = `d.id, d.recipient, d.unit_id AS unitId, d.sent_date AS sentDate, d.received_date AS receivedDate,
    d.received_by AS receivedBy, d.copy_id AS copyId`;
  const selectDelivery = db.prepare<[number], StoredDelivery>(`SELECT ${DELIVERY_COLUMNS} FROM copy_deliveries d WHERE d.id = ?`);
  const updateDelivery = db.prepare('UPDATE copy_deliveries SET sent_date = ?, received_date = ?, received_by = ? WHERE id = ?');
  const markCancelled = db.prepare('UPDATE copies SET cancelled_at = ?, cancel_reason = ? WHERE id = ? AND cancelled_at IS NULL');
  // The distribution record names the copied document from whichever register holds it.
  const DELIVERY_FROM = `copy_deliveries d JOIN copies c ON c.id = d.copy_id
    LEFT JOIN incoming i ON c.source_kind = 'incoming' AND i.id = c.source_id
    LEFT JOIN outgoing o ON c.source_kind = 'outgoing' AND o.id = c.source_id`;

  function deliveryWhere(q: Omit<DeliveryQuery, 'offset' | 'limit'>): { sql: string; params: unknown[] } {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (q.from) { clauses.push('c.copy_date >= ?'); params.push(q.from); }
    if (q.to) { clauses.push('c.copy_date <= ?'); params.push(q.to); }
    if (q.pending) clauses.push('d.received_date IS NULL AND c.cancelled_at IS NULL');
    if (q.folded) {
      clauses.push("search_matches(d.recipient || ' ' || c.symbol || ' ' || coalesce(i.symbol, o.symbol, ''), ?)");
      params.push(q.folded);
    }
    return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
  }

  function where(q: Omit<CopyQuery, 'offset' | 'limit'>): { sql: string; params: unknown[] } {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (q.sourceKind !== undefined) { clauses.push('c.source_kind = ?'); params.push(q.sourceKind); }
    if (q.sourceId !== undefined) { clauses.push('c.source_id = ?'); params.push(q.sourceId); }
    if (q.from) { clauses.push('c.copy_date >= ?'); params.push(q.from); }
    if (q.to) { clauses.push('c.copy_date <= ?'); params.push(q.to); }
    if (q.folded) {
      // The copy's own symbol, or the copied document's symbol and abstract: each word typed found as a word.
      clauses.push(`search_matches(c.symbol || ' ' || coalesce(
        (SELECT i.symbol || ' ' || i.abstract FROM incoming i WHERE c.source_kind = 'incoming' AND i.id = c.source_id),
        (SELECT o.symbol || ' ' || o.abstract FROM outgoing o WHERE c.source_kind = 'outgoing' AND o.id = c.source_id), ''), ?)`);
      params.push(q.folded);
    }
    return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
  }

  return {
    forms: (): CopyFormRow[] => selectForms.all(),
    form: (code: string): CopyFormRow | undefined => selectForm.get(code),
    saveForm: (f: Omit<CopyFormRow, 'sortOrder'> & { sortOrder?: number }): void => {
      upsertForm.run({ ...f, sortOrder: f.sortOrder ?? (maxFormOrder.get() ?? 0) + 10 });
    },

    /** The next number of a series in a period; call inside the inserting transaction. */
    nextNumber: (series: string, period: string): number => (lastNumber.get(series, period) ?? 0) + 1,
    holderOf: (series: string, period: string, number: number): CopyRow | undefined => holder.get(series, period, number),
    insert: (row: NewCopyRow, recipients: RecipientRow[], deliveries: NewDelivery[]): number => {
      const id = Number(insertCopy.run(row).lastInsertRowid);
      recipients.forEach((r, i) => insertRecipient.run(id, i, r.label, r.unitId, r.groupId));
      for (const d of deliveries) insertDelivery.run(id, d.recipient, d.unitId, d.sentDate);
      return id;
    },
    get: (id: number): CopyRow | undefined => selectCopy.get(id),
    recipients: (id: number): RecipientRow[] => selectRecipients.all(id),
    deliveries: (id: number): DeliveryRow[] => selectDeliveries.all(id),
    delivery: (id: number): StoredDelivery | undefined => selectDelivery.get(id),
    updateDelivery: (deliveryId: number, d: { sentDate: string; receivedDate: string | null; receivedBy: string }): void => {
      updateDelivery.run(d.sentDate, d.receivedDate, d.receivedBy, deliveryId);
    },
    cancel: (id: number, at: string, reason: string): void => { markCancelled.run(at, reason, id); },

    /** The distribution record: deliveries of every copy, newest copy first, in the order the copy lists them. */
    deliveryList(q: DeliveryQuery): { total: number; rows: DeliveryListRow[] } {
      const w = deliveryWhere(q);
      const total = db.prepare(`SELECT count(*) FROM ${DELIVERY_FROM} ${w.sql}`).pluck().get(...w.params) as number;
      const rows = db.prepare(`SELECT ${DELIVERY_COLUMNS}, c.symbol AS copySymbol, c.copy_date AS copyDate, c.form_code AS formCode,
          c.source_kind AS sourceKind, coalesce(i.symbol, o.symbol, '') AS sourceSymbol, coalesce(i.abstract, o.abstract, '') AS sourceAbstract,
          c.cancelled_at IS NOT NULL AS copyCancelled
        FROM ${DELIVERY_FROM} ${w.sql} ORDER BY c.copy_date DESC, c.number DESC, d.id LIMIT ? OFFSET ?`)
        .all(...w.params, q.limit, q.offset) as DeliveryListRow[];
      return { total, rows };
    },

    /** Copies in number order within each year (the copy register's order), newest first when asked. */
    list(q: CopyQuery, order: 'asc' | 'desc' = 'desc'): { total: number; rows: CopyRow[] } {
      const w = where(q);
      const total = db.prepare(`SELECT count(*) FROM copies c ${w.sql}`).pluck().get(...w.params) as number;
      const dir = order === 'asc' ? 'ASC' : 'DESC';
      // The copies whose own symbol holds the words typed ("1274", "SY 1274") come first.
      const symbolFirst = q.folded ? 'symbol_matches(c.symbol, ?) DESC, ' : '';
      const rows = db.prepare(`SELECT c.* FROM copies c ${w.sql} ORDER BY ${symbolFirst}c.copy_date ${dir}, c.number ${dir} LIMIT ? OFFSET ?`)
        .all(...w.params, ...(q.folded ? [q.folded] : []), q.limit, q.offset) as CopyRow[];
      return { total, rows };
    },

    /** Runs fn in a write transaction taken at once (BEGIN IMMEDIATE): two writers cannot read the same last number. */
    writing: <T>(fn: () => T): T => db.transaction(fn).immediate(),
  };
}

export type CopyStore = ReturnType<typeof createCopyStore>;
