import { Alert, App, Button, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { MethodInput, MethodOutput } from '../../../../shared/contract';
import { api } from '../../api/client';
import { DateInput, dateRule } from '../../components/DateInput';
import { errorMessage } from '../../lib/errors';
import { displayDate } from '../../lib/format';
import { linesOf } from './lines';

type Entry = MethodOutput<'outgoing.get'>;

/** "complete": a number taken before signing gets its document; "edit": an issued document's editable fields. */
export type OutgoingFormMode = 'complete' | 'edit';

interface Values {
  documentDate: string; typeName: string; abstract: string; signerAuthority: string; signerPosition: string; signer: string;
  recipients: string; archiveHolder: string; copies: number | null; pages: number | null; urgency: '' | 'Khẩn' | 'Thượng khẩn' | 'Hỏa tốc';
  answersSymbol: string; notes: string; forwardedDate: string | null; receivedBy: string;
}

function initial(e: Entry): Values {
  return {
    documentDate: e.documentDate, typeName: e.typeName, abstract: e.abstract, signerAuthority: e.signerAuthority, signerPosition: e.signerPosition,
    signer: e.signer, recipients: e.recipients.join('\n'), archiveHolder: e.archiveHolder, copies: e.copies, pages: e.pages,
    urgency: e.urgency as Values['urgency'], answersSymbol: e.answersSymbol, notes: e.notes, forwardedDate: e.forwardedDate, receivedBy: e.receivedBy,
  };
}

/** The request: empty optional fields left out, so what the reservation holds stays. */
function request(id: number, v: Values): MethodInput<'outgoing.complete'> {
  return {
    id, documentDate: v.documentDate, abstract: v.abstract, signer: v.signer, signerAuthority: v.signerAuthority, signerPosition: v.signerPosition,
    recipients: linesOf(v.recipients), archiveHolder: v.archiveHolder, notes: v.notes, urgency: v.urgency,
    forwardedDate: v.forwardedDate, receivedBy: v.receivedBy,
    ...(v.typeName.trim() ? { typeName: v.typeName.trim() } : {}),
    ...(v.copies ? { copies: v.copies } : {}),
    ...(v.pages ? { pages: v.pages } : {}),
    ...(v.answersSymbol.trim() ? { answersSymbol: v.answersSymbol.trim() } : {}),
  };
}

/** An edit: only what the clerk changed, so the history names just that (a field emptied is cleared). */
function editRequest(id: number, before: Values, v: Values): MethodInput<'outgoing.update'> {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(before) as Array<keyof Values>) {
    if (key === 'documentDate' || (v[key] ?? null) === (before[key] ?? null)) continue;
    if (key === 'recipients') patch.recipients = linesOf(v.recipients);
    else if (key === 'answersSymbol') Object.assign(patch, v.answersSymbol.trim() ? { answersSymbol: v.answersSymbol.trim() } : { answersIncomingId: null });
    else patch[key] = v[key] ?? null;
  }
  return { id, patch };
}

const TEXT = {
  complete: { title: 'Điền văn bản đã ký — số', save: 'Vào sổ', done: 'Đã vào sổ văn bản' },
  edit: { title: 'Sửa văn bản đi', save: 'Lưu', done: 'Đã lưu văn bản' },
} as const;

/**
 * "Điền văn bản đã ký": a number taken before signing ("Lấy số") gets the rest of its document once signed —
 * abstract, signer, recipients… The number and symbol stay; the signing date may differ within its series.
 * "Sửa" (mode "edit"): the same fields of an issued document — the book's columns filled after issuing (Ngày
 * chuyển, Ký nhận, bản lưu, số lượng bản, ghi chú) or a typo; its number, symbol and date stay.
 */
export function OutgoingCompleteForm({ entry, mode = 'complete', onClose, onSaved }: {
  entry: Entry | null; mode?: OutgoingFormMode; onClose(): void; onSaved(e: Entry): void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!entry) return;
    setProblem(null);
    form.setFieldsValue(initial(entry));
  }, [entry, form]);

  async function save() {
    if (!entry) return;
    const v = await form.validateFields();
    setSaving(true);
    setProblem(null);
    try {
      const all = { ...initial(entry), ...v };
      const edit = mode === 'edit' ? editRequest(entry.id, initial(entry), all) : null;
      if (edit && !Object.keys(edit.patch).length) { message.info('Không có gì thay đổi.'); onClose(); return; }
      const done = edit ? await api('outgoing.update', edit) : await api('outgoing.complete', request(entry.id, all));
      message.success(`${TEXT[mode].done} ${done.symbol}.`);
      onSaved(done);
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={entry !== null}
      title={entry ? `${TEXT[mode].title} ${entry.symbol}` : ''}
      width={760}
      style={{ top: 24 }}
      onCancel={onClose}
      destroyOnHidden
      footer={(
        <Space>
          <Button onClick={onClose}>Đóng</Button>
          <Button type="primary" loading={saving} onClick={() => void save().catch(() => undefined)} data-testid="complete-save">{TEXT[mode].save}</Button>
        </Space>
      )}
    >
      <Typography.Paragraph type="secondary">
        {mode === 'edit'
          ? `Văn bản ${entry?.symbol ?? ''} ngày ${displayDate(entry?.documentDate)}: số, ký hiệu và ngày văn bản giữ nguyên.`
          : `Số ${entry?.symbol ?? ''} đã lấy ngày ${displayDate(entry?.documentDate)}. Số, ký hiệu giữ nguyên; ngày ký có thể khác ngày lấy số.`}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" name={mode} data-testid={`outgoing-${mode}-form`} requiredMark={false}>
        <Space wrap align="start">
          {mode === 'complete' && (
            <Form.Item name="documentDate" label="Ngày văn bản (ngày ký)" rules={[dateRule, { required: true, message: 'Cần ngày văn bản.' }]}><DateInput /></Form.Item>
          )}
          <Form.Item name="typeName" label="Tên loại" rules={mode === 'edit' ? [{ required: true, whitespace: true, message: 'Cần tên loại.' }] : []}>
            <Input style={{ width: 150 }} />
          </Form.Item>
          <Form.Item name="urgency" label="Độ khẩn">
            <Select style={{ width: 130 }} options={[{ value: '', label: 'Thường' }, { value: 'Khẩn', label: 'Khẩn' }, { value: 'Thượng khẩn', label: 'Thượng khẩn' }, { value: 'Hỏa tốc', label: 'Hỏa tốc' }]} />
          </Form.Item>
          <Form.Item name="pages" label="Số trang"><InputNumber min={1} style={{ width: 90 }} /></Form.Item>
        </Space>
        <Form.Item name="abstract" label="Trích yếu" rules={[{ required: true, whitespace: true, message: 'Cần trích yếu của văn bản đã ký.' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="signerAuthority" label="Thẩm quyền ký"><Input style={{ width: 150 }} placeholder="T/M, K/T, T/L" /></Form.Item>
          <Form.Item name="signerPosition" label="Chức vụ người ký"><Input style={{ width: 200 }} placeholder="BÍ THƯ" /></Form.Item>
          <Form.Item name="signer" label="Người ký"><Input style={{ width: 220 }} /></Form.Item>
        </Space>
        <Form.Item name="recipients" label="Nơi nhận (mỗi nơi một dòng)"><Input.TextArea rows={3} /></Form.Item>
        {/* The book's columns filled once the document leaves: bản lưu, số lượng bản, ngày chuyển, ký nhận. */}
        <Space wrap align="start">
          <Form.Item name="archiveHolder" label="Đơn vị, người nhận bản lưu"><Input style={{ width: 180 }} /></Form.Item>
          <Form.Item name="copies" label="Số lượng bản"><InputNumber min={1} style={{ width: 110 }} /></Form.Item>
          <Form.Item name="forwardedDate" label="Ngày chuyển" rules={[dateRule]}><DateInput /></Form.Item>
          <Form.Item name="receivedBy" label="Ký nhận"><Input style={{ width: 160 }} /></Form.Item>
        </Space>
        <Space wrap align="start">
          <Form.Item name="answersSymbol" label="Thực hiện, trả lời văn bản đến"><Input style={{ width: 200 }} placeholder="43-NQ/TW" /></Form.Item>
          <Form.Item name="notes" label="Ghi chú"><Input style={{ width: 460 }} /></Form.Item>
        </Space>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} data-testid="complete-problem" />}
    </Modal>
  );
}
