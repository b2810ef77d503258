import { Alert, App, Button, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { MethodInput, MethodOutput } from '../../../../shared/contract';
import { api } from '../../api/client';
import { DateInput, dateRule } from '../../components/DateInput';
import { errorMessage } from '../../lib/errors';
import { linesOf } from './lines';

type Preview = MethodOutput<'outgoing.preview'>;
type Entry = MethodOutput<'outgoing.get'>;

interface Values {
  documentDate: string; typeCode: string; typeName: string; issuerCode: string; abstract: string; signer: string;
  recipients: string; secrecy: '' | 'Mật' | 'Tối mật' | 'Tuyệt mật'; answersSymbol: string;
}

const today = () => new Date().toISOString().slice(0, 10);
const INITIAL: Values = { documentDate: today(), typeCode: 'CV', typeName: '', issuerCode: '', abstract: '', signer: '', recipients: '', secrecy: '', answersSymbol: '' };

/** The request from the form: empty optional fields left out, "Nơi nhận" one line each. */
function request(v: Values, reserve: boolean): MethodInput<'outgoing.add'> {
  return {
    documentDate: v.documentDate, typeCode: v.typeCode.trim(), reserve,
    ...(v.typeName.trim() ? { typeName: v.typeName.trim() } : {}),
    ...(v.issuerCode.trim() ? { issuerCode: v.issuerCode.trim() } : {}),
    abstract: v.abstract, signer: v.signer, secrecy: v.secrecy,
    recipients: linesOf(v.recipients),
    ...(v.answersSymbol.trim() ? { answersSymbol: v.answersSymbol.trim() } : {}),
  };
}

/** "Vào sổ văn bản đi": the number and symbol shown before saving; "Lấy số" takes the number before signing. */
export function OutgoingForm({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: (e: Entry) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const values = Form.useWatch([], form) as Values | undefined;
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open || !values?.documentDate || !values.typeCode) return;
    let live = true;
    const timer = setTimeout(() => {
      api('outgoing.preview', request(values, true))
        .then((p) => { if (live) { setPreview(p); setProblem(null); } })
        .catch((err: unknown) => { if (live) { setPreview(null); setProblem(errorMessage(err)); } });
    }, 250);
    return () => { live = false; clearTimeout(timer); };
  }, [open, values]);

  async function save(reserve: boolean) {
    const v = form.getFieldsValue(true) as Values;
    setSaving(true);
    try {
      const entry = await api('outgoing.add', request(v, reserve));
      message.success(reserve ? `Đã lấy số ${entry.symbol}` : `Đã vào sổ ${entry.symbol}`);
      form.resetFields();
      onSaved(entry);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={open} title="Vào sổ văn bản đi" width={680} onCancel={onClose} destroyOnHidden
      footer={(
        <Space>
          <Button onClick={onClose}>Đóng</Button>
          <Button onClick={() => void save(true)} loading={saving} disabled={!preview} title="Giữ số trước khi văn bản được ký">Lấy số</Button>
          <Button type="primary" onClick={() => void save(false)} loading={saving} disabled={!preview || !values?.abstract?.trim()}>Vào sổ</Button>
        </Space>
      )}
    >
      <Form form={form} layout="vertical" initialValues={INITIAL} data-testid="outgoing-form">
        <Space wrap align="start">
          <Form.Item name="documentDate" label="Ngày văn bản" rules={[dateRule]}><DateInput /></Form.Item>
          <Form.Item name="typeCode" label="Mã loại"><Input style={{ width: 90 }} placeholder="BC, CV, KH" /></Form.Item>
          <Form.Item name="typeName" label="Tên loại (nếu khác)"><Input style={{ width: 150 }} placeholder="Quy định" /></Form.Item>
          <Form.Item name="issuerCode" label="Mã cơ quan ban hành"><Input style={{ width: 130 }} placeholder="TU, VPTU" /></Form.Item>
          <Form.Item name="secrecy" label="Độ mật">
            <Select style={{ width: 120 }} options={[{ value: '', label: 'Thường' }, { value: 'Mật', label: 'Mật' }, { value: 'Tối mật', label: 'Tối mật' }, { value: 'Tuyệt mật', label: 'Tuyệt mật' }]} />
          </Form.Item>
        </Space>
        <div className="outgoing-preview" data-testid="outgoing-preview">
          {preview
            ? <Typography.Text>Số, ký hiệu sẽ cấp: <strong>{preview.symbol}</strong>{preview.termName ? ` (${preview.termName})` : ''}</Typography.Text>
            : problem ? <Alert type="warning" showIcon title={problem} /> : null}
        </div>
        <Form.Item name="abstract" label="Trích yếu"><Input.TextArea rows={2} /></Form.Item>
        <Space wrap align="start">
          <Form.Item name="signer" label="Người ký"><Input style={{ width: 220 }} /></Form.Item>
          <Form.Item name="answersSymbol" label="Thực hiện, trả lời văn bản đến (số, ký hiệu)"><Input style={{ width: 240 }} placeholder="43-NQ/TW" /></Form.Item>
        </Space>
        <Form.Item name="recipients" label="Nơi nhận (mỗi nơi một dòng)"><Input.TextArea rows={3} /></Form.Item>
      </Form>
    </Modal>
  );
}
