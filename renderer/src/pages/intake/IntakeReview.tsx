import { App, Button, Form, Input, InputNumber, Modal, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { SECRECY_LEVELS, URGENCY_LEVELS } from '../../../../shared/codes';
import { proposedEntry } from '../../../../shared/documentReader/proposedEntry';
import type { IncomingEntry, TypeCode } from '../../../../shared/schemas';
import type { MethodInput, MethodOutput } from '../../../../shared/contract';
import { api } from '../../api/client';
import { DateInput } from '../../components/DateInput';
import { errorMessage } from '../../lib/errors';
import { displayDate, todayIso } from '../../lib/format';
import { confirmJump, refusedJump } from '../register/confirmations';
import type { Proposal } from './readFiles';

type ConfirmedEntry = MethodInput<'intake.register'>['entry'];
type Registered = MethodOutput<'intake.register'>;

// One proposed entry: every field read from the file with the line it came from and how sure the
// reader is (a low one is highlighted); the clerk corrects what is wrong and presses Enter.

const LOW = 0.7;

/** " (9 trang, nhận dạng chữ từ ảnh)"; a Word file saved without its page count says nothing of pages. */
function describeReading(reading: { pages: number; ocr: boolean }): string {
  const parts = [reading.pages ? `${reading.pages} trang` : '', reading.ocr ? 'nhận dạng chữ từ ảnh' : ''].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

interface Values {
  arrivalDate: string | null;
  arrivalNumber: number | null;
  issuer: string;
  symbol: string;
  documentDate: string | null;
  typeCode: string;
  abstract: string;
  secrecy: string;
  urgency: string;
  handlingUnit: string;
}

// Which field of the reading each form field comes from (its confidence and source line).
const READ_FROM: Partial<Record<keyof Values, string>> = {
  arrivalDate: 'arrivalDate', arrivalNumber: 'arrivalNumber', issuer: 'issuer', symbol: 'symbol',
  documentDate: 'documentDate', typeCode: 'typeCode', abstract: 'abstract', secrecy: 'secrecy', urgency: 'urgency',
};

interface Props {
  proposal: Proposal;
  position: { index: number; count: number };
  typeCodes: TypeCode[];
  onRegistered(entry: IncomingEntry): void;
  onSkip(): void;
  onClose(): void;
  /** How the confirmed entry is registered with its file: by default the dropped file's content (intake.register). */
  register?(entry: ConfirmedEntry): Promise<Registered>;
  /** The button that leaves the file out ("Bỏ qua tệp này"). */
  skipLabel?: string;
}

export function IntakeReview({ proposal, position, typeCodes, onRegistered, onSkip, onClose, register: registerFile, skipLabel }: Props) {
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const registerButton = useRef<HTMLButtonElement>(null);
  const reading = proposal.reading!;
  const initial = useMemo<Values>(() => {
    const p = proposedEntry(reading, todayIso());
    return {
      arrivalDate: p.arrivalDate, arrivalNumber: p.arrivalNumber ?? null, issuer: p.issuer, symbol: p.symbol,
      documentDate: p.documentDate ?? null, typeCode: p.typeCode, abstract: p.abstract, secrecy: p.secrecy,
      urgency: p.urgency, handlingUnit: '',
    };
  }, [reading]);
  useEffect(() => form.setFieldsValue(initial), [form, initial]);

  const typeOptions = useMemo(
    () => [...new Map(typeCodes.map((t) => [t.code, { value: t.code, label: `${t.code} — ${t.name}` }])).values()],
    [typeCodes],
  );

  async function register(values: Values) {
    setSaving(true);
    const entry = {
      arrivalDate: values.arrivalDate ?? '',
      ...(values.arrivalNumber ? { arrivalNumber: values.arrivalNumber } : {}),
      receivedVia: proposedEntry(reading, todayIso()).receivedVia,
      issuer: values.issuer, symbol: values.symbol, typeCode: values.typeCode, abstract: values.abstract,
      ...(values.documentDate ? { documentDate: values.documentDate } : {}),
      secrecy: values.secrecy as never, urgency: values.urgency as never, handlingUnit: values.handlingUnit,
      pages: reading.pages || undefined,
    };
    const send = (confirm?: true) => registerFile
      ? registerFile({ ...entry, confirmJump: confirm })
      : api('intake.register', { fileName: proposal.fileName, contentBase64: proposal.contentBase64, entry: { ...entry, confirmJump: confirm } });
    try {
      let result;
      try {
        result = await send();
      } catch (err) {
        const jump = refusedJump(err);
        if (!jump || !(await confirmJump(modal, jump, errorMessage(err), () => undefined))) throw err;
        result = await send(true);
      }
      message.success(`Đã vào sổ số đến ${result.entry.arrivalNumber}: ${result.entry.symbol || proposal.fileName}${result.stamped ? ' (kèm bản đóng dấu đến)' : ''}`);
      for (const warning of result.warnings) message.warning(warning, 8);
      onRegistered(result.entry);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  }

  // The label of a field with how sure the reader is and where it read it.
  const label = (text: string, field: keyof Values) => {
    const from = READ_FROM[field];
    const sure = from ? reading.confidence[from] ?? 0 : 0;
    const source = from ? reading.source[from] : undefined;
    if (!from) return text;
    return (
      <Space size={4}>
        {text}
        {source ? (
          <Tooltip title={`Đọc từ dòng: ${source}`}>
            <Tag className={sure < LOW ? 'intake-low' : 'intake-sure'} data-testid={`intake-conf-${field}`}>{Math.round(sure * 100)}%</Tag>
          </Tooltip>
        ) : (
          <Tag className="intake-missing">không thấy</Tag>
        )}
      </Space>
    );
  };
  const sourceLine = (field: keyof Values) => {
    const from = READ_FROM[field];
    const source = from ? reading.source[from] : undefined;
    return source ? <span className="intake-source" data-testid={`intake-source-${field}`}>Dòng: {source}</span> : undefined;
  };
  const lowClass = (field: keyof Values) => {
    const from = READ_FROM[field];
    return from && (reading.confidence[from] ?? 0) < LOW ? 'intake-field-low' : undefined;
  };
  const f = reading.fields;

  return (
    <Modal
      open
      width={860}
      style={{ top: 24 }}
      title={`Nhận văn bản từ tệp ${position.count > 1 ? `(${position.index + 1}/${position.count}) ` : ''}— ${proposal.fileName}`}
      onCancel={onClose}
      maskClosable={false}
      // Enter registers: the button has the focus even when the dialog opens over a drawer that held it.
      afterOpenChange={(open) => open && registerButton.current?.focus()}
      footer={[
        <Button key="skip" onClick={onSkip} data-testid="intake-skip">{skipLabel ?? 'Bỏ qua tệp này'}</Button>,
        <Button key="ok" ref={registerButton} type="primary" loading={saving} autoFocus data-testid="intake-register" onClick={() => form.submit()}>
          Vào sổ (Enter)
        </Button>,
      ]}
    >
      <div data-testid="intake-review" className="intake-review">
        <Typography.Paragraph type="secondary" className="intake-hint">
          Đọc từ tệp{describeReading(reading)}. Trường tô cam là trường chương trình
          chưa chắc: hãy kiểm tra. Chỉ vào sổ khi bấm "Vào sổ" hoặc Enter.
        </Typography.Paragraph>
        <Form form={form} layout="vertical" initialValues={initial} onFinish={register} className="intake-form">
          <div className="intake-grid">
            <Form.Item name="arrivalDate" label={label('Ngày đến', 'arrivalDate')} extra={sourceLine('arrivalDate')} className={lowClass('arrivalDate')}
              rules={[{ required: true, message: 'Nhập ngày đến.' }]}>
              <DateInput aria-label="Ngày đến" />
            </Form.Item>
            <Form.Item name="arrivalNumber" label={label('Số đến', 'arrivalNumber')} extra={sourceLine('arrivalNumber') ?? 'Để trống: số tiếp theo của sổ.'}>
              <InputNumber min={1} style={{ width: '100%' }} placeholder="Tự động" aria-label="Số đến" />
            </Form.Item>
            <Form.Item name="issuer" label={label('Tác giả (cơ quan ban hành)', 'issuer')} extra={sourceLine('issuer')} className={lowClass('issuer')}
              rules={[{ required: true, whitespace: true, message: 'Nhập cơ quan ban hành.' }]}>
              <Input aria-label="Tác giả" />
            </Form.Item>
            <Form.Item name="symbol" label={label('Số, ký hiệu', 'symbol')} extra={sourceLine('symbol')} className={lowClass('symbol')}>
              <Input aria-label="Số, ký hiệu" />
            </Form.Item>
            <Form.Item name="documentDate" label={label('Ngày văn bản', 'documentDate')} extra={sourceLine('documentDate')} className={lowClass('documentDate')}>
              <DateInput aria-label="Ngày văn bản" />
            </Form.Item>
            <Form.Item name="typeCode" label={label('Loại văn bản', 'typeCode')} extra={sourceLine('typeCode')} className={lowClass('typeCode')}>
              <Select options={typeOptions} showSearch allowClear aria-label="Loại văn bản" />
            </Form.Item>
          </div>
          <Form.Item name="abstract" label={label('Trích yếu', 'abstract')} extra={sourceLine('abstract')} className={lowClass('abstract')}
            rules={[{ required: true, whitespace: true, message: 'Nhập trích yếu.' }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} aria-label="Trích yếu"
              onPressEnter={(e) => { if (!e.shiftKey) { e.preventDefault(); form.submit(); } }} />
          </Form.Item>
          <div className="intake-grid">
            <Form.Item name="secrecy" label={label('Độ mật', 'secrecy')} extra={sourceLine('secrecy')}>
              <Select options={[{ value: '', label: 'Thường' }, ...SECRECY_LEVELS.map((v) => ({ value: v, label: v }))]} aria-label="Độ mật" />
            </Form.Item>
            <Form.Item name="urgency" label={label('Độ khẩn', 'urgency')} extra={sourceLine('urgency')}>
              <Select options={[{ value: '', label: 'Thường' }, ...URGENCY_LEVELS.map((v) => ({ value: v, label: v }))]} aria-label="Độ khẩn" />
            </Form.Item>
            <Form.Item name="handlingUnit" label="Đơn vị hoặc người nhận">
              <Input aria-label="Đơn vị hoặc người nhận" />
            </Form.Item>
          </div>
          <button type="submit" hidden aria-hidden />
        </Form>
        <dl className="intake-read-only">
          {(f.signerPosition || f.signerName) && (
            <><dt>Người ký</dt><dd>{[f.signerAuthority, f.signerPosition, f.signerName].filter(Boolean).join(' — ')}</dd></>
          )}
          {f.signedBy && <><dt>Chữ ký số</dt><dd>{f.signedBy}{f.signedAt ? `, ${displayDate(f.signedAt.slice(0, 10))} ${f.signedAt.slice(11, 19)}` : ''}</dd></>}
          {f.placeName && <><dt>Địa danh</dt><dd>{f.placeName}</dd></>}
          {f.recipients.length > 0 && (
            <><dt>Nơi nhận</dt><dd><ul>{f.recipients.map((r, i) => <li key={i}>{r}</li>)}</ul></dd></>
          )}
        </dl>
      </div>
    </Modal>
  );
}
