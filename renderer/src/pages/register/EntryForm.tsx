import { Alert, App, AutoComplete, Button, Col, Collapse, Drawer, Form, Input, InputNumber, Radio, Row, Select, Space } from 'antd';
import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { RECEIVED_VIA, SECRECY_LEVELS, URGENCY_LEVELS } from '../../../../shared/codes';
import type { MethodOutput } from '../../../../shared/contract';
import { isValidIsoDate } from '../../../../shared/dates';
import { INCOMING_EDITABLE, type IncomingEditableKey, incomingEditableOfType, incomingLabel } from '../../../../shared/registers/incoming';
import type { Book, IncomingEntry, IncomingInput, TypeCode } from '../../../../shared/schemas';
import { api, ApiCallError } from '../../api/client';
import { useOffice } from '../../app/office';
import { DateInput, dateRule } from '../../components/DateInput';
import { letTabMoveOn } from '../../components/tabMovesOn';
import { bookLabel, typeCodeOptions, typeSearch } from '../../lib/catalog';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { todayIso } from '../../lib/format';
import { useSuggestions } from '../../lib/useSuggestions';
import { confirmDiscard, confirmJump, refusedJump } from './confirmations';

export type FormMode = { kind: 'new' } | { kind: 'edit'; entry: IncomingEntry };

type Via = IncomingEntry['receivedVia'];
type ParsedSymbol = MethodOutput<'symbol.parse'>;

/**
 * What the form holds: the register's editable fields (shared/registers/incoming.ts), dates as yyyy-mm-dd (or
 * the raw text while mistyped), empty as undefined/null.
 */
type FormValues = { [K in IncomingEditableKey]?: IncomingEntry[K] | null } & Pick<IncomingEntry, 'receivedVia' | 'secrecy' | 'urgency'>;

/** Fields of the form, in tab order; used to focus the first field with an error. */
const FIELD_ORDER = INCOMING_EDITABLE;
const TEXT_FIELDS: readonly string[] = incomingEditableOfType('text');
const DATE_FIELDS: readonly string[] = incomingEditableOfType('date');
/** The fields under "Theo dõi giải quyết", folded away until one has a value or an error. */
const TRACKING_FIELDS = ['receivedBy', 'resolvedDate', 'replySymbol'] as const;

/** A form item's name and label, from the register's description. */
const field = (name: IncomingEditableKey) => ({ name, label: incomingLabel(name) });

interface Props {
  open: boolean;
  mode: FormMode;
  /** Changes when Ctrl+N asks for a fresh entry while the form is already open. */
  resetSignal: number;
  books: Book[];
  typeCodes: TypeCode[];
  reloadBooks(): Promise<Book[]>;
  onClose(): void;
  onSaved(entry: IncomingEntry, kind: FormMode['kind']): void;
}

interface LastSaved {
  entry: IncomingEntry;
  warnings: string[];
}

/**
 * The entry form, built for a clerk who types all day: the tab order follows the stamp and the book
 * (Ngày đến → Số đến → Tác giả → Số, ký hiệu → …), Enter saves (Ctrl+Enter inside the two multi-line
 * boxes), the next arrival number and today's date are proposed, names complete from earlier entries.
 */
export function EntryForm({ open, mode, resetSignal, books, typeCodes, reloadBooks, onClose, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const { message, notification, modal } = App.useApp();
  const { settings } = useOffice();
  const [saving, setSaving] = useState(false);
  const [generalError, setGeneralError] = useState<string | null>(null);
  const [lastSaved, setLastSaved] = useState<LastSaved | null>(null);
  const [proposal, setProposal] = useState<MethodOutput<'incoming.nextNumber'> | null>(null);
  const [parsed, setParsed] = useState<ParsedSymbol | null>(null);
  const [trackingOpen, setTrackingOpen] = useState(false);
  /** Entries already in the register with the same symbol, date and issuer, found while typing. */
  const [duplicateWarnings, setDuplicateWarnings] = useState<string[]>([]);
  /** The values the form was opened (or reset) with: anything else was typed and is not thrown away unasked. */
  const baseline = useRef<Partial<FormValues>>({});
  /** A question to the clerk is open: a second Esc does not ask twice. */
  const asking = useRef(false);
  /** The form is showing a new entry: a further Ctrl+N would replace what is in it. */
  const showingNew = useRef(false);
  /** Book and date of the last proposal: the same pair is not asked twice. */
  const proposedFor = useRef('');
  const [proposalTick, setProposalTick] = useState(0);
  /** The type was filled from the symbol (not chosen): a new symbol may replace it. */
  const typeFromSymbol = useRef(false);
  /** Book and channel carry over from one entry to the next. */
  const sticky = useRef<{ bookId?: number; receivedVia: Via }>({ receivedVia: 'network' });
  const wrapperRef = useRef<HTMLDivElement>(null);
  const isNew = mode.kind === 'new';

  const bookId = Form.useWatch('bookId', form);
  const arrivalDate = Form.useWatch('arrivalDate', form);
  const symbol = Form.useWatch('symbol', form);
  const documentDate = Form.useWatch('documentDate', form);
  const issuer = Form.useWatch('issuer', form);
  const secrecy = Form.useWatch('secrecy', form);

  const issuers = useSuggestions('issuer');
  const units = useSuggestions('handlingUnit');
  const fileCodes = useSuggestions('fileCode');
  const typeOptions = useMemo(() => typeCodeOptions(typeCodes), [typeCodes]);

  // One pending focus request at a time. It is dropped when the clerk has meanwhile moved to another
  // field of the form: on a slow machine the timer can fire after they have tabbed on, and must not
  // pull the cursor back.
  const pendingFocus = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const focusField = useCallback((name: keyof FormValues) => {
    clearTimeout(pendingFocus.current);
    const focusedBefore = document.activeElement;
    // After any re-render that follows a reset.
    pendingFocus.current = setTimeout(() => {
      const active = document.activeElement;
      if (active !== focusedBefore && active && wrapperRef.current?.contains(active)) return;
      const el = wrapperRef.current?.querySelector<HTMLElement>(`#entry_${name}`);
      el?.focus();
      if (el instanceof HTMLInputElement) el.select();
    }, 30);
  }, []);
  useEffect(() => () => clearTimeout(pendingFocus.current), []);

  /** Fills the form for a new entry, keeping book and channel (and the date when asked). */
  const startNew = useCallback((keepDate?: string | null) => {
    form.resetFields();
    proposedFor.current = '';
    setProposal(null);
    setProposalTick((t) => t + 1);
    typeFromSymbol.current = false;
    setParsed(null);
    setGeneralError(null);
    setTrackingOpen(false);
    form.setFieldsValue({
      bookId: sticky.current.bookId,
      receivedVia: sticky.current.receivedVia,
      arrivalDate: keepDate ?? todayIso(),
      secrecy: '',
      urgency: '',
    });
    baseline.current = form.getFieldsValue(true) as FormValues;
  }, [form]);

  // Opening the form (or Ctrl+N while it is open: over a half-typed entry it asks first, as Esc does).
  useEffect(() => {
    if (!open) {
      showingNew.current = false;
      return;
    }
    if (mode.kind === 'new') {
      const fresh = () => {
        setLastSaved(null);
        startNew();
        focusField('arrivalDate');
      };
      if (showingNew.current) void discardConfirmed().then((yes) => { if (yes) fresh(); });
      else fresh();
      showingNew.current = true;
    } else {
      showingNew.current = false;
      const e = mode.entry;
      form.resetFields();
      typeFromSymbol.current = false;
      setGeneralError(null);
      setLastSaved(null);
      setTrackingOpen(TRACKING_FIELDS.some((name) => !!e[name]));
      form.setFieldsValue({
        ...e,
        typeCode: e.typeCode || undefined,
      });
      baseline.current = form.getFieldsValue(true) as FormValues;
      focusField('arrivalDate');
    }
  }, [open, mode, resetSignal, form, startNew, focusField]);

  // Propose the next arrival number of the chosen book for the date typed (new entries only). The
  // proposal is only shown (placeholder): an answer arriving while the clerk types never mixes with it.
  useEffect(() => {
    if (!open || !isNew || !arrivalDate || !isValidIsoDate(arrivalDate)) return;
    const year = Number(arrivalDate.slice(0, 4));
    const book = books.find((b) => b.id === bookId);
    // A date in another year moves to that year's default book: arrival numbers restart each year.
    const askBook = book && book.year === year ? book.id : undefined;
    if (proposedFor.current === `${askBook}|${arrivalDate}`) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      api('incoming.nextNumber', { bookId: askBook, arrivalDate }).then((next) => {
        if (cancelled) return;
        proposedFor.current = `${next.bookId}|${arrivalDate}`;
        setProposal(next);
        // A year without its book yet: the save creates it, numbering from 1.
        const nextBook = next.bookId ?? undefined;
        if (nextBook !== bookId) {
          form.setFieldValue('bookId', nextBook);
          sticky.current.bookId = nextBook;
          if (nextBook !== undefined && !books.some((b) => b.id === nextBook)) void reloadBooks();
        }
      }, () => { /* the save reports a bad book or date at the field */ });
    }, 120);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [open, isNew, bookId, arrivalDate, books, form, reloadBooks, proposalTick]);

  // Read the symbol as it is typed: show what it says and fill the type when the clerk has not chosen one.
  useEffect(() => {
    if (!open) return;
    const text = (symbol ?? '').trim();
    if (!text) {
      setParsed(null);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      api('symbol.parse', { text }).then((result) => {
        if (cancelled) return;
        setParsed(result);
        const current = form.getFieldValue('typeCode') as string | undefined;
        if (result.ok && result.value.typeCode && (!current || typeFromSymbol.current)) {
          form.setFieldValue('typeCode', result.value.typeCode);
          typeFromSymbol.current = true;
        }
      }, () => setParsed(null));
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [open, symbol, form]);

  // Warn before saving when the document is already in the register (network, then paper): the same
  // rule as the warnings register() returns, asked as the clerk types.
  useEffect(() => {
    const text = (symbol ?? '').trim();
    const date = documentDate && isValidIsoDate(documentDate) ? documentDate : null;
    if (!open || !text || (documentDate && !date)) {
      setDuplicateWarnings([]);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      api('incoming.findDuplicates', {
        symbol: text, documentDate: date, issuer: (issuer ?? '').trim(),
        excludeId: mode.kind === 'edit' ? mode.entry.id : undefined,
      }).then((r) => { if (!cancelled) setDuplicateWarnings(r.warnings); }, () => { if (!cancelled) setDuplicateWarnings([]); });
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [open, symbol, documentDate, issuer, mode]);

  /** Something was typed since the form was opened or last saved (the book may follow the date by itself). */
  function hasUnsavedInput(): boolean {
    const now = form.getFieldsValue(true) as Partial<FormValues>;
    const blank = (v: unknown) => (v === undefined || v === null ? '' : String(v));
    return FIELD_ORDER.some((name) => name !== 'bookId' && blank(now[name]) !== blank(baseline.current[name]));
  }

  /** True when nothing typed would be lost, or the clerk agreed to lose it. */
  async function discardConfirmed(): Promise<boolean> {
    if (!hasUnsavedInput()) return true;
    if (asking.current) return false;
    asking.current = true;
    try {
      return await confirmDiscard(modal, isNew);
    } finally {
      asking.current = false;
    }
  }

  /** Esc, Đóng and the close button: a form with typed content asks first; an untouched one just closes. */
  async function requestClose() {
    if (await discardConfirmed()) onClose();
  }

  /**
   * Sends a save; when the backend refuses a number past the book's next one, asks the clerk and sends it
   * again confirmed, or returns null (the clerk corrects the number).
   */
  async function confirmingJump<R>(send: (confirmJump?: true) => Promise<R>): Promise<R | null> {
    try {
      return await send();
    } catch (err) {
      const jump = refusedJump(err);
      if (!jump) throw err;
      asking.current = true;
      let confirmed = false;
      try {
        confirmed = await confirmJump(modal, jump, errorMessage(err), () => {
          if (!confirmed) focusField('arrivalNumber');
        });
      } finally {
        asking.current = false;
      }
      return confirmed ? send(true) : null;
    }
  }

  function toInput(v: FormValues): IncomingInput {
    const input: Record<string, unknown> = {};
    for (const name of INCOMING_EDITABLE) {
      const value = v[name];
      input[name] = TEXT_FIELDS.includes(name) ? value ?? '' : DATE_FIELDS.includes(name) ? value || null : value ?? null;
    }
    // Left empty, book and number are the register's to give when saving.
    input.bookId = v.bookId ?? undefined;
    input.arrivalNumber = v.arrivalNumber ?? undefined;
    return input as IncomingInput;
  }

  /** Only the fields that changed, for incoming.update. */
  function patchOf(entry: IncomingEntry, input: IncomingInput): Record<string, unknown> {
    const patch: Record<string, unknown> = {};
    const before: Record<string, unknown> = { ...entry };
    for (const [key, value] of Object.entries(input)) {
      const old = before[key] ?? (TEXT_FIELDS.includes(key) ? '' : null);
      const now = value ?? (DATE_FIELDS.includes(key) ? null : value);
      if ((old ?? null) !== (now ?? null)) patch[key] = now ?? null;
    }
    return patch;
  }

  function showApiError(err: unknown) {
    const fields = fieldErrors(err);
    const known = Object.entries(fields).filter(([name]) => (FIELD_ORDER as string[]).includes(name));
    form.setFields(known.map(([name, msg]) => ({ name: name as keyof FormValues, errors: [msg] })));
    if (known.some(([name]) => (TRACKING_FIELDS as readonly string[]).includes(name))) setTrackingOpen(true);
    setGeneralError(errorMessage(err));
    const first = FIELD_ORDER.find((name) => name in fields);
    if (first) focusField(first);
  }

  async function save() {
    if (saving) return;
    let values: FormValues;
    try {
      values = await form.validateFields();
    } catch (err) {
      const first = (err as { errorFields?: Array<{ name: Array<keyof FormValues> }> }).errorFields?.[0]?.name[0];
      if (first) focusField(first);
      return;
    }
    values = { ...form.getFieldsValue(true), ...values };
    const input = toInput(values);
    setSaving(true);
    setGeneralError(null);
    try {
      if (mode.kind === 'new') {
        // A number left empty is assigned by the server in the same transaction as the insert, so two
        // clerks saving at once never get the same one; a typed number is kept as typed.
        const result = await confirmingJump((confirmJump) => api('incoming.register', { ...input, confirmJump }));
        if (!result) return;
        sticky.current = { bookId: result.entry.bookId, receivedVia: result.entry.receivedVia };
        // The warnings stay in the form, in the banner above the fields, until the next save.
        message.success(`Đã vào sổ: số đến ${result.entry.arrivalNumber}`);
        setLastSaved({ entry: result.entry, warnings: result.warnings });
        onSaved(result.entry, 'new');
        startNew(result.entry.arrivalDate);
        focusField('issuer');
      } else {
        const patch = patchOf(mode.entry, input);
        if (!Object.keys(patch).length) {
          message.info('Không có gì thay đổi.');
          onClose();
          return;
        }
        const result = await confirmingJump((confirmJump) => api('incoming.update', { id: mode.entry.id, patch, confirmJump }));
        if (!result) return;
        message.success(`Đã lưu thay đổi: số đến ${result.entry.arrivalNumber}`);
        if (result.warnings.length) {
          // The form closes; the detail drawer fills the right side, so the warning goes bottom left.
          notification.warning({
            title: 'Văn bản này có thể đã vào sổ',
            description: result.warnings.join(' '),
            duration: 12,
            placement: 'bottomLeft',
          });
        }
        onSaved(result.entry, 'edit');
      }
    } catch (err) {
      if (!(err instanceof ApiCallError)) console.error(err);
      showApiError(err);
    } finally {
      setSaving(false);
    }
  }

  /** Enter saves, except in multi-line boxes (Ctrl+Enter there) and while a list of choices is open. */
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    // Ctrl+S, as in Word: save from any field.
    if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 's') {
      e.preventDefault();
      setTimeout(() => void save(), 0);
      return;
    }
    if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.nativeEvent.isComposing) return;
    const target = e.target as HTMLElement;
    const ctrl = e.ctrlKey || e.metaKey;
    if (!ctrl) {
      if (target instanceof HTMLTextAreaElement) return;
      if (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement) return;
      if (target.getAttribute('aria-expanded') === 'true' && hasActiveOption(target)) return;
    }
    e.preventDefault();
    e.stopPropagation();
    // Let a completion list that is closing commit its value first.
    setTimeout(() => void save(), 0);
  }

  const numberHint = isNew && proposal
    ? `Số tiếp theo của ${proposal.bookName}: ${proposal.arrivalNumber}`
    : undefined;

  const lastSegment = (text: string) => text.split(';').at(-1)!.trimStart();
  const unitPrefix = (text: string) => {
    const i = text.lastIndexOf(';');
    return i < 0 ? '' : `${text.slice(0, i + 1)} `;
  };
  const unitText = Form.useWatch('handlingUnit', form) ?? '';

  return (
    <Drawer
      open={open}
      onClose={() => void requestClose()}
      size={800}
      // Above the detail drawer it is opened from (both are portals; the later-created one would win).
      zIndex={1010}
      title={isNew ? 'Vào sổ văn bản đến' : `Sửa văn bản đến số ${mode.entry.arrivalNumber}`}
      className="entry-drawer"
      destroyOnHidden={false}
      keyboard
      // The form puts the cursor in its first field itself; the drawer focusing its own panel would race it.
      autoFocus={false}
      footer={
        <div className="entry-footer">
          <span className="entry-keys">Enter hoặc Ctrl+S: lưu · trong ô nhiều dòng: Ctrl+Enter · Esc: đóng</span>
          <Space>
            <Button onClick={() => void requestClose()}>Đóng</Button>
            <Button type="primary" loading={saving} onClick={() => void save()} data-testid="entry-save">
              {isNew ? 'Vào sổ' : 'Lưu thay đổi'}
            </Button>
          </Space>
        </div>
      }
    >
      <div ref={wrapperRef} onKeyDown={onKeyDown} onKeyDownCapture={(e) => letTabMoveOn(e.nativeEvent)} data-testid="entry-form">
        {lastSaved && (
          <Alert
            className="entry-saved"
            type={lastSaved.warnings.length ? 'warning' : 'success'}
            showIcon
            data-testid="entry-last-saved"
            title={`Vừa vào sổ: số đến ${lastSaved.entry.arrivalNumber} ngày ${lastSaved.entry.arrivalDate.split('-').reverse().join('/')}`
              + (lastSaved.entry.symbol ? ` — ${lastSaved.entry.symbol}` : '')}
            description={lastSaved.warnings.length ? (
              <ul className="warning-list" data-testid="entry-warnings">
                {lastSaved.warnings.map((w) => <li key={w}>{w}</li>)}
              </ul>
            ) : undefined}
          />
        )}
        {generalError && (
          <Alert className="entry-error" type="error" showIcon title={generalError} data-testid="entry-error" />
        )}
        <Form<FormValues>
          form={form}
          name="entry"
          layout="vertical"
          size="middle"
          requiredMark
          colon={false}
          className="entry-form"
          onValuesChange={(changed: Partial<FormValues>) => {
            if ('bookId' in changed) sticky.current.bookId = changed.bookId ?? undefined;
            if ('receivedVia' in changed && changed.receivedVia) sticky.current.receivedVia = changed.receivedVia;
          }}
        >
          <Row gutter={12}>
            <Col span={7}>
              <Form.Item {...field('bookId')}>
                <Select
                  options={books.map((b) => ({ value: b.id, label: bookLabel(b) }))}
                  placeholder="Sổ của năm"
                  popupMatchSelectWidth={false}
                />
              </Form.Item>
            </Col>
            <Col span={9}>
              <Form.Item {...field('receivedVia')}>
                <Radio.Group optionType="button" buttonStyle="solid" options={RECEIVED_VIA.map((r) => ({ value: r.value, label: r.label }))} />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item {...field('arrivalDate')} rules={[{ required: true, message: 'Nhập ngày đến.' }, dateRule]}>
                <DateInput />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item {...field('arrivalNumber')} tooltip={numberHint} rules={[{ required: !isNew, message: 'Nhập số đến.' }]}>
                <InputNumber
                  min={1}
                  precision={0}
                  controls={false}
                  className="full-width"
                  placeholder={isNew && proposal ? String(proposal.arrivalNumber) : undefined}
                  aria-description={numberHint ? `${numberHint} (để trống để lấy số này)` : undefined}
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item {...field('issuer')} rules={[{ required: true, whitespace: true, message: 'Nhập cơ quan ban hành.' }]}>
            <AutoComplete
              options={issuers.options}
              showSearch={{ onSearch: issuers.search }}
              onFocus={() => issuers.search(form.getFieldValue('issuer') ?? '')}
              placeholder="Ví dụ: Ban Chấp hành Trung ương"
            />
          </Form.Item>
          <Row gutter={12}>
            <Col span={9}>
              <Form.Item
                {...field('symbol')}
                extra={<SymbolReading parsed={parsed} typed={symbol ?? undefined} />}
              >
                <Input placeholder="43-NQ/TW, 123/QĐ-UBND…" autoComplete="off" spellCheck={false} />
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item {...field('documentDate')} rules={[dateRule]}>
                <DateInput />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item {...field('typeCode')}>
                <Select
                  showSearch={typeSearch}
                  options={[{ value: '', label: '(không ghi tên loại)', code: '', name: '' }, ...typeOptions]}
                  placeholder="Điền theo ký hiệu hoặc chọn"
                  onChange={() => { typeFromSymbol.current = false; }}
                  popupMatchSelectWidth={false}
                />
              </Form.Item>
            </Col>
          </Row>
          {duplicateWarnings.length > 0 && (
            <Alert
              className="entry-duplicates"
              type="warning"
              showIcon
              data-testid="entry-duplicates"
              // One line per earlier entry, compact: the clerk reads it while typing the abstract below.
              title={duplicateWarnings.length === 1 ? duplicateWarnings[0] : (
                <ul className="warning-list">{duplicateWarnings.map((w) => <li key={w}>{w}</li>)}</ul>
              )}
            />
          )}
          <Form.Item {...field('abstract')} rules={[{ required: true, whitespace: true, message: 'Nhập trích yếu nội dung.' }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} placeholder="Trích yếu như ghi trên văn bản" />
          </Form.Item>
          <Row gutter={12}>
            <Col span={11}>
              <Form.Item
                {...field('secrecy')}
                extra={secrecy && !settings?.offlineMachine
                  ? 'Máy nối mạng: chỉ vào sổ thông tin, không lưu tệp nội dung văn bản mật.'
                  : undefined}
              >
                <Radio.Group
                  optionType="button"
                  options={[{ value: '', label: 'Không' }, ...SECRECY_LEVELS.map((s) => ({ value: s, label: s }))]}
                />
              </Form.Item>
            </Col>
            <Col span={13}>
              <Form.Item {...field('urgency')}>
                <Radio.Group
                  optionType="button"
                  options={[{ value: '', label: 'Thường' }, ...URGENCY_LEVELS.map((s) => ({ value: s, label: s }))]}
                />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={4}>
              <Form.Item {...field('pages')}>
                <InputNumber min={1} precision={0} controls={false} className="full-width" />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item {...field('copies')}>
                <InputNumber min={1} precision={0} controls={false} className="full-width" />
              </Form.Item>
            </Col>
            <Col span={16}>
              <Form.Item {...field('handlingUnit')} tooltip="Nhiều đơn vị: ngăn cách bằng dấu chấm phẩy (;)">
                <AutoComplete
                  options={units.values.map((v) => ({ value: unitPrefix(unitText) + v, label: v }))}
                  showSearch={{ onSearch: (text) => units.search(lastSegment(text)) }}
                  onFocus={() => units.search(lastSegment(unitText))}
                  placeholder="Ban Dân vận Tỉnh ủy; Văn phòng Tỉnh ủy"
                />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={6}>
              <Form.Item {...field('forwardedDate')} rules={[dateRule]}>
                <DateInput />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item {...field('dueDate')} rules={[dateRule]}>
                <DateInput />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item {...field('fileCode')}>
                <AutoComplete
                  options={fileCodes.options}
                  showSearch={{ onSearch: fileCodes.search }}
                  onFocus={() => fileCodes.search(form.getFieldValue('fileCode') ?? '')}
                  placeholder="Số, ký hiệu hồ sơ"
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item {...field('notes')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
          <Collapse
            size="small"
            ghost
            activeKey={trackingOpen ? ['tracking'] : []}
            onChange={(keys) => setTrackingOpen(keys.includes('tracking'))}
            items={[{
              key: 'tracking',
              label: 'Theo dõi giải quyết (ký nhận, ngày giải quyết, văn bản trả lời)',
              forceRender: true,
              children: (
                <Row gutter={12}>
                  <Col span={8}>
                    <Form.Item {...field('receivedBy')}>
                      <Input autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col span={7}>
                    <Form.Item {...field('resolvedDate')} rules={[dateRule]}>
                      <DateInput />
                    </Form.Item>
                  </Col>
                  <Col span={9}>
                    <Form.Item {...field('replySymbol')}>
                      <Input autoComplete="off" />
                    </Form.Item>
                  </Col>
                </Row>
              ),
            }]}
          />
        </Form>
      </div>
    </Drawer>
  );
}

/** True when an open completion list has a highlighted choice that Enter would pick. */
function hasActiveOption(input: HTMLElement): boolean {
  const active = input.getAttribute('aria-activedescendant');
  if (!active) return false;
  const option = document.getElementById(active);
  return !!option && option.getAttribute('role') === 'option';
}

const SYSTEM_LABELS = { party: 'Văn bản Đảng', state: 'Văn bản Nhà nước' } as const;

function SymbolReading({ parsed, typed }: { parsed: ParsedSymbol | null; typed?: string }) {
  if (!parsed || !typed?.trim()) return null;
  if (!parsed.ok) {
    return <span className="symbol-reading unknown" data-testid="symbol-reading">{parsed.reason} Vẫn lưu nguyên văn.</span>;
  }
  const v = parsed.value;
  const issuers = v.issuerCodes?.length ? v.issuerCodes.join(' – ') : v.issuerCode;
  const parts = [
    SYSTEM_LABELS[v.system],
    v.typeName ?? (v.typeCode ? `loại ${v.typeCode} (chưa có trong danh mục)` : 'Công văn (không ghi tên loại)'),
    v.year ? `năm ${v.year}` : null,
    `cơ quan ${issuers}`,
  ].filter(Boolean);
  const normalized = parsed.normalized !== typed.trim() ? ` → lưu là ${parsed.normalized}` : '';
  return <span className="symbol-reading" data-testid="symbol-reading">{parts.join(' · ')}{normalized}</span>;
}
