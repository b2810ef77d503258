import type { z } from 'zod';
import type { Copy, CopyFilter, CopyForm, CopyFormInput, CopyInput, CopyPreview, CopyRecipient, CopySourceKind, DeliveryFilter, DeliveryListItem, DeliveryUpdate } from '../../../shared/contractCopies';
import type { OutgoingEntry } from '../../../shared/contractOutgoing';
import { toDisplayDate } from '../../../shared/dates';
import { AppError } from '../../../shared/errors';
import type { IncomingEntry } from '../../../shared/schemas';
import { foldForSearch } from '../../../shared/text';
import { formatRecipients } from '../reports/format';
import type { CopyRow, CopyStore, NewDelivery, RecipientRow } from '../stores/copyStore';
import type { AttachmentService } from './attachments';
import { nowIso } from './clock';
import { diff, type History } from './history';
import type { IncomingService } from './incoming';
import type { OutgoingService } from './outgoing';
import type { SettingsService } from './settings';
import type { UnitService } from './units';

/** sourceKind may be left out by the backend's own callers (sample data, benchmark): an incoming entry. */
type Input = Omit<z.output<typeof CopyInput>, 'sourceKind'> & { sourceKind?: CopySourceKind };
type Filter = z.output<typeof CopyFilter>;
type FormIn = z.output<typeof CopyFormInput>;
type Preview = z.infer<typeof CopyPreview>;
type Source = Copy['source'];

interface CopyDeps {
  incoming: IncomingService;
  /** The office's own documents: an issued one may be copied too. */
  outgoing: Pick<OutgoingService, 'get' | 'findIssued'>;
  history: Pick<History, 'recordFor'>;
  attachments: AttachmentService;
  settings: SettingsService;
  units: UnitService;
  /** The register entry with this exact symbol (the CLI and sample name the copied document by its symbol). */
  findBySymbol(symbol: string): IncomingEntry;
}

/** A copy's symbol, Party style: number, form code, the copying body's code ("1274-SY/VPTU"). */
export function copySymbol(number: number, formCode: string, issuerCode: string): string {
  return `${number}-${formCode}/${issuerCode}`;
}

/** The copy as the history names it: "Bản sao 1274-SY/VPTU của 43-NQ/TW". */
function historyLabel(c: { symbol: string; sourceSymbol: string }): string {
  return `Bản sao ${c.symbol}${c.sourceSymbol ? ` của ${c.sourceSymbol}` : ''}`;
}

/** Whether a "Nơi nhận" line is already the archive line ("Lưu …"). */
const isArchiveLine = (line: string): boolean => /^[-–\s]*Lưu\s/iu.test(line);

/** The "Nơi nhận" lines as printed: "- " before each, "," after all but the last; the archive line always last. */
export function printedRecipients(labels: readonly string[], archiveLine: string): string[] {
  const own = labels.filter((l) => !isArchiveLine(l));
  const archive = labels.find(isArchiveLine) ?? archiveLine;
  return formatRecipients(archive.trim() ? [...own, archive] : own);
}

/**
 * Copies of register entries (sao y, sao lục, trích sao). The number is the next of the form's series in the
 * copy's year (or in no period when the office numbers continuously), taken in the same write transaction as
 * the insert, so two clerks never get the same number; a number given by hand is refused when used.
 */
export function createCopyService(store: CopyStore, deps: CopyDeps) {
  function forms(): CopyForm[] {
    return store.forms();
  }

  function saveForm(input: FormIn): CopyForm {
    store.saveForm(input);
    return store.form(input.code)!;
  }

  function formOf(code: string): CopyForm {
    const form = store.form(code.trim());
    if (!form) {
      const known = store.forms().map((f) => `${f.code} (${f.name.toLocaleLowerCase('vi')})`).join(', ');
      throw new AppError('VALIDATION', `Không có hình thức sao "${code}". Các hình thức: ${known}.`, { form: 'Hình thức sao không có trong danh mục.' });
    }
    return form;
  }

  /** The copied document, from the register the input names; a cancelled or unissued one cannot be copied. */
  function sourceOf(input: Pick<Input, 'sourceKind' | 'sourceId' | 'sourceSymbol'>): Source {
    if (input.sourceKind === 'outgoing') {
      const doc = input.sourceId !== undefined ? deps.outgoing.get(input.sourceId) : deps.outgoing.findIssued(input.sourceSymbol!);
      if (doc.status !== 'issued') {
        throw new AppError('VALIDATION', doc.status === 'void'
          ? `Số ${doc.symbol} đã hủy (lý do: ${doc.voidReason}), không có văn bản để sao.`
          : `Số ${doc.symbol} mới lấy số, văn bản chưa được ký: điền văn bản đã ký trong Sổ văn bản đi rồi mới sao.`);
      }
      return outgoingSource(doc);
    }
    const entry = input.sourceId !== undefined ? deps.incoming.get(input.sourceId) : deps.findBySymbol(input.sourceSymbol!);
    if (entry.cancelled) throw new AppError('VALIDATION', `Văn bản ${entry.symbol || `số đến ${entry.arrivalNumber}`} đã bị hủy, không sao được.`);
    return incomingSource(entry);
  }

  /** The source as a stored copy names it (also when it was cancelled since: the copy stays as it was made). */
  function storedSource(kind: string, id: number): Source {
    return kind === 'outgoing' ? outgoingSource(deps.outgoing.get(id)) : incomingSource(deps.incoming.get(id));
  }

  /** The newest PDF attached to the entry: the original sent with the copy page. */
  function pdfOf(entryId: number): number | null {
    const pdfs = deps.attachments.list(entryId).filter((a) => a.fileName.toLowerCase().endsWith('.pdf'));
    return pdfs.at(-1)?.id ?? null;
  }

  /** Typed lines that name a saved group or a body of the address book are linked to it. */
  function resolveRecipients(items: Input['recipients']): CopyRecipient[] {
    const groups = deps.units.groups();
    const units = deps.units.list();
    return items.map((item) => {
      if (typeof item !== 'string') return { label: item.label, unitId: item.unitId ?? null, groupId: item.groupId ?? null };
      const key = foldForSearch(item).replace(/[,.;]+$/, '').trim();
      const group = groups.find((g) => foldForSearch(g.name) === key);
      if (group) return { label: item, unitId: null, groupId: group.id };
      const unit = units.find((u) => foldForSearch(u.name) === key);
      return { label: item, unitId: unit?.id ?? null, groupId: null };
    });
  }

  /** One delivery per body: a group's members each, a body once, a typed line as it is; never the archive line. */
  function deliveriesFor(recipients: CopyRecipient[], sentDate: string): NewDelivery[] {
    const out: NewDelivery[] = [];
    const seenUnits = new Set<number>();
    const addUnit = (unitId: number, name: string) => {
      if (seenUnits.has(unitId)) return;
      seenUnits.add(unitId);
      out.push({ recipient: name, unitId, sentDate });
    };
    for (const r of recipients) {
      if (isArchiveLine(r.label)) continue;
      if (r.groupId !== null) {
        const members = deps.units.expand({ unitIds: [], groupIds: [r.groupId] });
        if (members.length) { for (const u of members) addUnit(u.id, u.name); continue; }
      }
      if (r.unitId !== null) addUnit(r.unitId, deps.units.get(r.unitId).name);
      else out.push({ recipient: r.label.replace(/^[-–+•]\s*/, '').replace(/[,.;]+$/, ''), unitId: null, sentDate });
    }
    return out;
  }

  /** Everything the copy will hold, before its number is taken. */
  function compose(input: Input) {
    const settings = deps.settings.get();
    const source = sourceOf(input);
    const form = formOf(input.form);
    const recipients = resolveRecipients(input.recipients);
    const period = settings.copyNumbering === 'year' ? input.date.slice(0, 4) : '';
    return { settings, source, form, recipients, period };
  }

  function incomingSource(entry: IncomingEntry): Source {
    return {
      id: entry.id, kind: 'incoming', symbol: entry.symbol, documentDate: entry.documentDate, issuer: entry.issuer,
      typeName: entry.typeName, abstract: entry.abstract, pdfAttachmentId: pdfOf(entry.id),
    };
  }

  /** An outgoing document: the office's own (its issuer is in the symbol); no file is attached to it. */
  function outgoingSource(doc: OutgoingEntry): Source {
    return {
      id: doc.id, kind: 'outgoing', symbol: doc.symbol, documentDate: doc.documentDate, issuer: '',
      typeName: doc.typeName, abstract: doc.abstract, pdfAttachmentId: null,
    };
  }

  function preview(input: Input): Preview {
    const { settings, source, form, recipients, period } = compose(input);
    const number = input.number ?? store.nextNumber(form.series, period);
    return {
      number, symbol: copySymbol(number, form.code, settings.issuerCode), form: form.code, formName: form.name, heading: form.heading,
      date: input.date, sourceKind: source.kind, sourceId: source.id, sourceSymbol: source.symbol, source,
      superiorBody: settings.superiorBody, issuingBody: settings.issuingBody, issuerCode: settings.issuerCode, placeName: settings.placeName,
      signerAuthority: input.signerAuthority ?? settings.signerAuthority,
      signerPosition: input.signerPosition ?? settings.signerPosition,
      signerName: input.signerName ?? settings.signerName,
      copies: input.copies ?? null, recipients, archiveLine: settings.archiveLine,
      printedRecipients: printedRecipients(recipients.map((r) => r.label), settings.archiveLine),
      excerpt: input.excerpt, notes: input.notes,
    };
  }

  function add(input: Input, options: { isSample?: boolean } = {}): Copy {
    const id = store.writing(() => {
      // Read inside the transaction: the number is the next one at the moment of writing.
      const p = preview(input);
      const { form, period } = compose(input);
      if (input.number !== undefined) {
        const taken = store.holderOf(form.series, period, input.number);
        if (taken) {
          throw new AppError('CONFLICT', `Số ${input.number} đã được dùng cho bản sao ${taken.symbol} ngày ${taken.copy_date.split('-').reverse().join('/')}` +
            `${period ? ` (năm ${period})` : ''}: mỗi số chỉ dùng một lần.`, { number: 'Số đã được dùng.' });
        }
      }
      const id = store.insert({
        source_kind: p.sourceKind, source_id: p.sourceId, form_code: form.code, series: form.series, period, number: p.number, symbol: p.symbol,
        copy_date: p.date, superior_body: p.superiorBody, issuing_body: p.issuingBody, issuer_code: p.issuerCode, place_name: p.placeName,
        signer_authority: p.signerAuthority, signer_position: p.signerPosition, signer_name: p.signerName, copy_count: p.copies,
        archive_line: p.archiveLine, excerpt: p.excerpt, notes: p.notes, is_sample: options.isSample ? 1 : 0, created_at: nowIso(),
      }, p.recipients, deliveriesFor(p.recipients, p.date));
      // Sample data is not a clerk's work: like the sample registers, it leaves no history.
      if (!options.isSample) deps.history.recordFor('copy', id, 'create', historyLabel(p), {});
      return id;
    });
    return get(id);
  }

  /**
   * A mistaken copy is cancelled, never erased: it stays in the copy book with the date and reason, and its
   * number is never given again (numbers are the next after the highest, cancelled ones included; the database
   * refuses to delete a copy or change its number, migration 11).
   */
  function cancel(id: number, reason: string): Copy {
    store.writing(() => {
      const copy = get(id);
      if (copy.cancelled) throw new AppError('CONFLICT', `Bản sao ${copy.symbol} đã hủy từ trước (lý do: ${copy.cancelReason}).`);
      store.cancel(id, nowIso(), reason);
      deps.history.recordFor('copy', id, 'cancel', historyLabel(copy), { cancelReason: { from: '', to: reason } });
    });
    return get(id);
  }

  function toCopy(row: CopyRow): Copy {
    const form = store.form(row.form_code);
    const recipients: RecipientRow[] = store.recipients(row.id);
    const source = storedSource(row.source_kind, row.source_id);
    return {
      id: row.id, number: row.number, symbol: row.symbol, form: row.form_code, formName: form?.name ?? row.form_code,
      heading: form?.heading ?? row.form_code, date: row.copy_date, sourceKind: source.kind, sourceId: row.source_id, sourceSymbol: source.symbol, source,
      superiorBody: row.superior_body, issuingBody: row.issuing_body, issuerCode: row.issuer_code, placeName: row.place_name,
      signerAuthority: row.signer_authority, signerPosition: row.signer_position, signerName: row.signer_name, copies: row.copy_count,
      recipients, archiveLine: row.archive_line, printedRecipients: printedRecipients(recipients.map((r) => r.label), row.archive_line),
      excerpt: row.excerpt, notes: row.notes, deliveries: store.deliveries(row.id),
      cancelled: row.cancelled_at !== null, cancelledAt: row.cancelled_at, cancelReason: row.cancel_reason,
      isSample: row.is_sample === 1, createdAt: row.created_at,
    };
  }

  function get(id: number): Copy {
    const row = store.get(id);
    if (!row) throw new AppError('NOT_FOUND', `Không tìm thấy bản sao có mã ${id}.`);
    return toCopy(row);
  }

  function list(f: Filter): { total: number; items: Copy[] } {
    const folded = f.q ? foldForSearch(f.q).trim() : undefined;
    const range = f.year !== undefined ? { from: `${f.year}-01-01`, to: `${f.year}-12-31` } : {};
    // An entry's copies: sourceId names an incoming entry unless sourceKind says otherwise.
    const sourceKind = f.sourceKind ?? (f.sourceId !== undefined ? 'incoming' : undefined);
    const { total, rows } = store.list({ sourceKind, sourceId: f.sourceId, ...range, folded, offset: f.offset, limit: f.limit });
    return { total, items: rows.map(toCopy) };
  }

  /** The copies made between two dates, in the order of the copy register. */
  function between(from: string, to: string): Copy[] {
    return store.list({ from, to, offset: 0, limit: 1_000_000 }, 'asc').rows.map(toCopy);
  }

  /** Records that a body received its copy, or corrects when it was sent or received and by whom. */
  function deliver(u: z.output<typeof DeliveryUpdate>): Copy {
    const copyId = store.writing(() => {
      const d = store.delivery(u.deliveryId);
      if (!d) throw new AppError('NOT_FOUND', `Không tìm thấy lần gửi có mã ${u.deliveryId}.`);
      const copy = get(d.copyId);
      if (copy.cancelled) throw new AppError('VALIDATION', `Bản sao ${copy.symbol} đã hủy: không ghi việc gửi, nhận của bản sao đã hủy.`);
      const after = { sentDate: u.sentDate ?? d.sentDate, receivedDate: u.receivedDate, receivedBy: u.receivedDate === null ? '' : u.receivedBy };
      if (after.sentDate < copy.date) {
        throw new AppError('VALIDATION', `Ngày gửi ${toDisplayDate(after.sentDate)} trước ngày sao ${toDisplayDate(copy.date)}: bản sao chưa có để gửi.`, { sentDate: 'Trước ngày sao.' });
      }
      if (after.receivedDate !== null && after.receivedDate < after.sentDate) {
        throw new AppError('VALIDATION', `Ngày nhận ${toDisplayDate(after.receivedDate)} trước ngày gửi ${toDisplayDate(after.sentDate)}.`, { receivedDate: 'Trước ngày gửi.' });
      }
      const changes = diff({ sentDate: d.sentDate, receivedDate: d.receivedDate, receivedBy: d.receivedBy }, after);
      if (Object.keys(changes).length) {
        store.updateDelivery(d.id, after);
        deps.history.recordFor('copy', copy.id, 'update', historyLabel(copy), { recipient: { from: d.recipient, to: d.recipient }, ...changes });
      }
      return copy.id;
    });
    return get(copyId);
  }

  /** The distribution record across copies: which body received which copy, and when. */
  function deliveries(f: z.output<typeof DeliveryFilter>): { total: number; items: z.infer<typeof DeliveryListItem>[] } {
    const range = f.year !== undefined ? { from: `${f.year}-01-01`, to: `${f.year}-12-31` } : {};
    const folded = f.q ? foldForSearch(f.q).trim() : undefined;
    const { total, rows } = store.deliveryList({ ...range, pending: f.pending, folded, offset: f.offset, limit: f.limit });
    return {
      total,
      items: rows.map((r) => ({
        id: r.id, recipient: r.recipient, unitId: r.unitId, sentDate: r.sentDate, receivedDate: r.receivedDate, receivedBy: r.receivedBy,
        copyId: r.copyId, copySymbol: r.copySymbol, copyDate: r.copyDate, formName: store.form(r.formCode)?.name ?? r.formCode,
        sourceKind: r.sourceKind as CopySourceKind, sourceSymbol: r.sourceSymbol, sourceAbstract: r.sourceAbstract, copyCancelled: r.copyCancelled === 1,
      })),
    };
  }

  return { forms, saveForm, preview, add, cancel, get, list, between, deliver, deliveries };
}

export type CopyService = ReturnType<typeof createCopyService>;
