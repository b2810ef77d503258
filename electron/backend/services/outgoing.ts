import type { z } from 'zod';
import type { NumberingRule as RuleSchema, OutgoingComplete, OutgoingEntry, OutgoingFilter, OutgoingInput, OutgoingPreview, OutgoingUpdate, Term, TermInput } from '../../../shared/contractOutgoing';
import { toDisplayDate } from '../../../shared/dates';
import { AppError } from '../../../shared/errors';
import { composeSymbol, defaultTermName, seriesKey, termOf, type NumberingRule, type Term as TermRow } from '../../../shared/registers/numbering';
import { OUTGOING_EDITABLE } from '../../../shared/registers/outgoing';
import { foldForSearch } from '../../../shared/text';
import type { OutgoingRecord, OutgoingStore, OutgoingValues } from '../stores/outgoingStore';
import { nowIso, todayIso } from './clock';
import { diff, type History } from './history';
import type { SettingsService } from './settings';

type Input = z.output<typeof OutgoingInput>;
type Filter = z.output<typeof OutgoingFilter>;
type Complete = z.output<typeof OutgoingComplete>;
type Update = z.output<typeof OutgoingUpdate>;

interface OutgoingDeps {
  settings: SettingsService;
  /** The name of a type code ("BC" → "Báo cáo"), for a document whose type name is not given. */
  typeName(code: string): string;
  /** Who changed what: a number taken, a document filled in, a number voided (bulk inserts are not itemised). */
  history: Pick<History, 'recordFor'>;
}

/** The entry as the history names it: "Văn bản đi 15-BC/TU · Báo cáo …". */
function historyLabel(e: OutgoingEntry): string {
  const abstract = e.abstract.length > 80 ? `${e.abstract.slice(0, 79)}…` : e.abstract;
  return [`Văn bản đi ${e.symbol}`, abstract].filter(Boolean).join(' · ');
}

/** The fields a clerk may change, from a saved entry (the description names them). */
function editableFields(e: OutgoingEntry): Partial<OutgoingValues> {
  return Object.fromEntries(OUTGOING_EDITABLE.map((key) => [key, e[key]])) as Partial<OutgoingValues>;
}

/** "Ngày chuyển" is a day that has come, on or after the document's date. */
function checkForwardedDate(documentDate: string, forwardedDate: string | null, today = todayIso()): void {
  if (!forwardedDate) return;
  if (forwardedDate > today) {
    throw new AppError('VALIDATION', `Ngày chuyển ${toDisplayDate(forwardedDate)} là ngày chưa tới (hôm nay là ${toDisplayDate(today)}).`, { forwardedDate: 'Ngày chưa tới.' });
  }
  if (forwardedDate < documentDate) {
    throw new AppError('VALIDATION', `Ngày chuyển ${toDisplayDate(forwardedDate)} không thể trước ngày văn bản ${toDisplayDate(documentDate)}.`, { forwardedDate: 'Trước ngày văn bản.' });
  }
}

/**
 * The outgoing register. A number is the next of its series (type × body × term under the Party rule, body ×
 * year under the State rule), taken in the same write transaction as the insert: two clerks, even in two
 * processes, never get the same number, and a number leaves the book only as a void one with its reason.
 */
export function createOutgoingService(store: OutgoingStore, deps: OutgoingDeps) {
  function terms(): z.infer<typeof Term>[] {
    return store.terms();
  }

  /**
   * Records a term. A term without an end is the current one; adding a later term closes it the day before.
   * Terms never overlap: a document's date must name one series.
   */
  function addTerm(input: z.output<typeof TermInput>): z.infer<typeof Term> {
    return store.writing(() => {
      const existing = store.terms();
      const open = existing.find((t) => t.to === null && t.from < input.from);
      if (open) {
        // A name the program gave follows the new end ("Nhiệm kỳ từ 2020" becomes "Nhiệm kỳ 2020–2025").
        const end = dayBefore(input.from);
        store.closeTerm(open.id, end, open.name === defaultTermName(open.from, null) ? defaultTermName(open.from, end) : open.name);
      }
      const to = input.to ?? null;
      const clash = store.terms().find((t) => t.from <= (to ?? '9999-12-31') && input.from <= (t.to ?? '9999-12-31'));
      if (clash) {
        throw new AppError('CONFLICT', `Nhiệm kỳ mới trùng với "${clash.name}" (${toDisplayDate(clash.from)}–${clash.to ? toDisplayDate(clash.to) : 'nay'}): các nhiệm kỳ không được chồng lên nhau.`, { from: 'Trùng nhiệm kỳ đã có.' });
      }
      const id = store.addTerm(input.name || defaultTermName(input.from, to), input.from, to);
      return store.terms().find((t) => t.id === id)!;
    });
  }

  const rule = (): NumberingRule => store.rule();
  const setRule = (r: z.output<typeof RuleSchema>): NumberingRule => { store.setRule(r); return store.rule(); };

  /** What numbering reads besides the document: read once per transaction (a batch of 10,000 reads it once). */
  interface Context { rule: NumberingRule; terms: TermRow[]; issuerCode: string; now: string }
  const context = (): Context => ({ rule: store.rule(), terms: store.terms(), issuerCode: deps.settings.get().issuerCode, now: nowIso() });

  /** The series, term and symbol parts of a document; refuses a Party document dated outside every term. */
  function seriesOf(input: Pick<Input, 'documentDate' | 'typeCode' | 'issuerCode'> & { secrecy: string }, ctx: Context = context()) {
    const r = ctx.rule;
    const issuerCode = input.issuerCode || ctx.issuerCode;
    const typeCode = input.typeCode.toUpperCase() === 'QD' ? 'QĐ' : input.typeCode;
    const term = termOf(ctx.terms, input.documentDate);
    if (r.rule === 'party' && !term) {
      throw new AppError('VALIDATION', `Ngày ${toDisplayDate(input.documentDate)} không thuộc nhiệm kỳ nào đã ghi: số văn bản của Đảng chạy theo nhiệm kỳ. ` +
        'Thêm nhiệm kỳ trong Cài đặt → Đánh số văn bản đi (hoặc "vanthu term add").', { documentDate: 'Không thuộc nhiệm kỳ nào.' });
    }
    const series = seriesKey(r, { documentDate: input.documentDate, typeCode, issuerCode, secrecy: input.secrecy }, term?.id ?? null);
    return { rule: r, issuerCode, typeCode, term, series };
  }

  function preview(input: Input): z.infer<typeof OutgoingPreview> {
    const s = seriesOf(input);
    const number = input.number ?? store.nextNumber(s.series);
    return { number, symbol: composeSymbol(s.rule.rule, number, { typeCode: s.typeCode, issuerCode: s.issuerCode, unitCode: input.unitCode }), series: s.series, termName: s.term?.name ?? '', rule: s.rule.rule };
  }

  function answersIdOf(input: Pick<Input, 'answersIncomingId' | 'answersSymbol'>): number | null {
    if (input.answersIncomingId !== undefined) {
      if (!store.incomingExists(input.answersIncomingId)) throw new AppError('NOT_FOUND', `Không tìm thấy văn bản đến có mã ${input.answersIncomingId}.`);
      return input.answersIncomingId;
    }
    if (input.answersSymbol === undefined) return null;
    const id = store.incomingIdOf(input.answersSymbol);
    if (id === undefined) throw new AppError('NOT_FOUND', `Không có văn bản đến số, ký hiệu "${input.answersSymbol}" trong sổ.`, { answersSymbol: 'Không có trong sổ văn bản đến.' });
    return id;
  }

  /** Refuses a hand number already used, or one past the next that would leave numbers without a reason. */
  function checkHandNumber(series: string, number: number): void {
    const taken = store.holderOf(series, number);
    if (taken) {
      throw new AppError('CONFLICT', `Số ${number} đã được dùng cho văn bản ${taken.symbol} ngày ${toDisplayDate(String(taken.documentDate))}` +
        `${taken.status === 'void' ? ' (số đã hủy)' : ''}: mỗi số chỉ dùng một lần.`, { number: 'Số đã được dùng.' });
    }
    const next = store.nextNumber(series);
    if (number > next && !store.seriesEmpty(series)) {
      throw new AppError('VALIDATION', `Số tiếp theo của dãy là ${next}: số ${number} sẽ bỏ trống các số ${next}–${number - 1} mà không có lý do. ` +
        'Lấy các số đó rồi hủy số kèm lý do nếu thật sự bỏ qua.', { number: `Số tiếp theo là ${next}.` });
    }
  }

  /** Writes one entry; the caller holds the write transaction. */
  function insertOne(input: Input, options: { isSample?: boolean }, ctx: Context = context()): number {
    const s = seriesOf(input, ctx);
    if (input.number !== undefined) checkHandNumber(s.series, input.number);
    checkForwardedDate(input.documentDate, input.forwardedDate || null);
    const number = input.number ?? store.nextNumber(s.series);
    const values: OutgoingValues = {
      number, symbol: composeSymbol(s.rule.rule, number, { typeCode: s.typeCode, issuerCode: s.issuerCode, unitCode: input.unitCode }),
      status: input.reserve ? 'reserved' : 'issued', voidReason: '', series: s.series, termId: s.term?.id ?? null,
      documentDate: input.documentDate, typeCode: s.typeCode, typeName: input.typeName || deps.typeName(s.typeCode), issuerCode: s.issuerCode,
      unitCode: input.unitCode, abstract: input.abstract, signer: input.signer, signerAuthority: input.signerAuthority,
      signerPosition: input.signerPosition, recipients: input.recipients, archiveHolder: input.archiveHolder, copies: input.copies ?? null,
      forwardedDate: input.forwardedDate, receivedBy: input.receivedBy, notes: input.notes, secrecy: input.secrecy, urgency: input.urgency,
      pages: input.pages ?? null, answersIncomingId: answersIdOf(input),
    };
    return store.insert(values, { isSample: options.isSample ?? false, createdAt: ctx.now });
  }

  function add(input: Input, options: { isSample?: boolean } = {}): OutgoingEntry {
    return store.writing(() => {
      const entry = get(insertOne(input, options));
      deps.history.recordFor('outgoing', entry.id, 'create', historyLabel(entry), { status: { from: null, to: entry.status } });
      return entry;
    });
  }

  /** Many entries in one transaction (sample data, imports, the benchmark): all or none. */
  function addMany(inputs: readonly Input[], options: { isSample?: boolean } = {}): number[] {
    return store.writing(() => {
      const ctx = context();
      return inputs.map((i) => insertOne(i, options, ctx));
    });
  }

  /** A reserved number gets its document once signed. */
  function complete(c: Complete): OutgoingEntry {
    return store.writing(() => {
      const e = get(c.id);
      if (e.status !== 'reserved') throw new AppError('VALIDATION', `Số ${e.symbol} ${e.status === 'void' ? 'đã hủy' : 'đã có văn bản'}: chỉ điền được số đã lấy trước.`);
      const { id: _id, answersIncomingId: _a, answersSymbol: _s, ...patch } = c;
      // The signing date (or secrecy) may differ from when the number was taken, but the number stays in its series.
      const date = c.documentDate ?? e.documentDate;
      const secrecy: string = c.secrecy ?? e.secrecy;
      if (date !== e.documentDate || secrecy !== e.secrecy) {
        const moved = seriesOf({ typeCode: e.typeCode, issuerCode: e.issuerCode, secrecy, documentDate: date });
        if (moved.series !== e.series) {
          throw new AppError('VALIDATION', `Văn bản ngày ${toDisplayDate(date)}${secrecy ? ` (${secrecy})` : ''} thuộc dãy số khác${moved.term ? ` (${moved.term.name})` : ''}: ` +
            `số ${e.symbol} đã lấy không dùng được cho văn bản này. Hủy số này (kèm lý do) rồi lấy số mới.`, { documentDate: 'Thuộc dãy số khác.' });
        }
      }
      checkForwardedDate(date, c.forwardedDate ?? e.forwardedDate);
      const answers = c.answersIncomingId !== undefined || c.answersSymbol !== undefined ? { answersIncomingId: answersIdOf(c) } : {};
      store.update(c.id, { ...patch, ...answers, status: 'issued' } as Partial<OutgoingValues>);
      const after = get(c.id);
      deps.history.recordFor('outgoing', c.id, 'update', historyLabel(after), diff(e, after));
      return after;
    });
  }

  /**
   * Sửa: an issued document's editable fields — what is filled after issuing (Ngày chuyển, Ký nhận, bản lưu, số
   * lượng bản, ghi chú) and a typo in the abstract or the recipients. The numbering's fields are refused at the
   * contract; a void number and a number only taken are refused here.
   */
  function update({ id, patch }: Update): OutgoingEntry {
    return store.writing(() => {
      const e = get(id);
      if (e.status === 'void') throw new AppError('VALIDATION', `Số ${e.symbol} đã hủy (lý do: ${e.voidReason}): số đã hủy không sửa được.`);
      if (e.status === 'reserved') throw new AppError('VALIDATION', `Số ${e.symbol} mới lấy, chưa có văn bản: chọn "Điền văn bản đã ký" để ghi văn bản.`);
      const { answersSymbol, ...fields } = patch;
      const next: Partial<OutgoingValues> = {};
      for (const key of OUTGOING_EDITABLE) if (fields[key] !== undefined) next[key] = fields[key] as OutgoingValues[typeof key];
      if (answersSymbol !== undefined) next.answersIncomingId = answersIdOf({ answersSymbol });
      else if (typeof fields.answersIncomingId === 'number') next.answersIncomingId = answersIdOf({ answersIncomingId: fields.answersIncomingId });
      // Secrecy may move a document into another series (State rule, secret series of their own): its number stays.
      if (next.secrecy !== undefined && next.secrecy !== e.secrecy) {
        const moved = seriesOf({ typeCode: e.typeCode, issuerCode: e.issuerCode, secrecy: String(next.secrecy), documentDate: e.documentDate });
        if (moved.series !== e.series) {
          throw new AppError('VALIDATION', `Văn bản ${next.secrecy || 'thường'} thuộc dãy số khác: số ${e.symbol} giữ nguyên nên không đổi được độ mật. ` +
            'Hủy số này (kèm lý do) rồi vào sổ lại.', { secrecy: 'Thuộc dãy số khác.' });
        }
      }
      if (next.forwardedDate !== undefined) checkForwardedDate(e.documentDate, next.forwardedDate as string | null);
      store.update(id, next);
      const after = get(id);
      const changes = diff(editableFields(e), editableFields(after));
      if (Object.keys(changes).length) deps.history.recordFor('outgoing', id, 'update', historyLabel(after), changes);
      return after;
    });
  }

  /** Hủy số: the number stays in the book, marked void with its reason, and is never given again. */
  function voidNumber(id: number, reason: string): OutgoingEntry {
    return store.writing(() => {
      const e = get(id);
      if (e.status === 'void') throw new AppError('VALIDATION', `Số ${e.symbol} đã hủy từ trước (lý do: ${e.voidReason}).`);
      // Hủy số is for a number taken and never issued. A signed document stays in the book as issued: one sent by
      // mistake is withdrawn or corrected by another document, noted in its Ghi chú.
      if (e.status === 'issued') {
        throw new AppError('VALIDATION', `Văn bản ${e.symbol} đã ban hành: chỉ hủy được số đã lấy mà chưa ban hành. ` +
          'Văn bản ban hành nhầm thì ban hành văn bản thu hồi hoặc đính chính, và ghi vào Ghi chú của văn bản này.');
      }
      store.update(id, { status: 'void', voidReason: reason });
      const after = get(id);
      deps.history.recordFor('outgoing', id, 'cancel', historyLabel(after), { voidReason: { from: '', to: reason } });
      return after;
    });
  }

  function toEntry(r: OutgoingRecord): OutgoingEntry {
    return r as unknown as OutgoingEntry;
  }

  function get(id: number): OutgoingEntry {
    const r = store.get(id);
    if (!r) throw new AppError('NOT_FOUND', `Không tìm thấy văn bản đi có mã ${id}.`);
    return toEntry(r);
  }

  /** The issued document of this symbol ("38-CTr/TU"): copies name their source by it. */
  function findIssued(symbol: string): OutgoingEntry {
    const id = store.issuedIdOf(symbol.trim());
    if (id === undefined) throw new AppError('NOT_FOUND', `Không có văn bản đi số, ký hiệu "${symbol}" đã ban hành trong sổ.`, { sourceSymbol: 'Không có trong sổ văn bản đi.' });
    return get(id);
  }

  function list(f: Filter): { total: number; items: OutgoingEntry[] } {
    const folded = f.q ? foldForSearch(f.q).trim() : undefined;
    const from = f.year !== undefined ? `${f.year}-01-01` : f.from;
    const to = f.year !== undefined ? `${f.year}-12-31` : f.to;
    const { total, rows } = store.list({ folded, from, to, status: f.status, answersIncomingId: f.answersIncomingId, offset: f.offset, limit: f.limit });
    return { total, items: rows.map(toEntry) };
  }

  /** The book's rows between two dates, in number order within each series. */
  function between(from: string, to: string): OutgoingEntry[] {
    return store.list({ from, to, offset: 0, limit: 10_000_000 }, 'asc').rows.map(toEntry);
  }

  return {
    terms, addTerm, rule, setRule, preview, add, addMany, complete, update, void: voidNumber, get, findIssued, list, between,
    issuedByType: store.issuedByType, answering: (incomingId: number) => store.answering(incomingId).map(toEntry),
  };
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export type OutgoingService = ReturnType<typeof createOutgoingService>;
