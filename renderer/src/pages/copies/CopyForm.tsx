import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { MethodInput, MethodOutput } from '../../../../shared/contract';
import type { CopySourceKind } from '../../../../shared/contractCopies';
import { api } from '../../api/client';
import { useOffice } from '../../app/office';
import { DateInput } from '../../components/DateInput';
import { errorMessage } from '../../lib/errors';
import { CopyBlockPreview } from './CopyBlockPreview';
import { useCopyDownload } from './saveCopyFile';
import './copies.css';

type Copy = MethodOutput<'copies.add'>;
type Preview = MethodOutput<'copies.preview'>;
type CopyForm = MethodOutput<'copies.forms'>[number];

/** The document to copy: an entry of the incoming or the outgoing register, and how the dialog names it. */
export interface CopySourceRef { kind: CopySourceKind; id: number; title: string }

interface Props {
  source: CopySourceRef | null;
  today: string;
  onClose(): void;
  onSaved(copy: Copy): void;
}

interface Values {
  form: string;
  number: number | null;
  date: string | null;
  signerAuthority: string;
  signerPosition: string;
  signerName: string;
  copies: number | null;
  recipients: string[];
  excerpt: string;
}

/**
 * "Sao văn bản": the clerk chooses the form, date, signer and Nơi nhận (saved groups and bodies of the address
 * book, or typed lines), sees the copy block with its number before saving, then downloads it as Word or PDF.
 */
export function CopyFormModal({ source, today, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const { settings } = useOffice();
  const [form] = Form.useForm<Values>();
  const [forms, setForms] = useState<CopyForm[]>([]);
  const [names, setNames] = useState<{ groups: string[]; units: string[] }>({ groups: [], units: [] });
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<Copy | null>(null);
  const values = Form.useWatch([], form) as Values | undefined;

  useEffect(() => {
    if (!source) return;
    setSaved(null);
    setPreview(null);
    form.setFieldsValue({
      form: 'SY', number: null, date: today, copies: null, recipients: [], excerpt: '',
      signerAuthority: settings?.signerAuthority ?? '', signerPosition: settings?.signerPosition ?? '', signerName: settings?.signerName ?? '',
    });
    void Promise.all([api('copies.forms', {}), api('units.groups', {}), api('units.list', {})]).then(([f, g, u]) => {
      setForms(f);
      setNames({ groups: g.map((x) => x.name), units: u.map((x) => x.name) });
    });
  }, [source, today, settings, form]);

  const input = useMemo((): MethodInput<'copies.add'> | null => {
    if (!source || !values?.form || !values.date) return null;
    return {
      sourceKind: source.kind, sourceId: source.id, form: values.form, date: values.date,
      ...(values.number ? { number: values.number } : {}),
      ...(values.copies ? { copies: values.copies } : {}),
      signerAuthority: values.signerAuthority ?? '', signerPosition: values.signerPosition ?? '', signerName: values.signerName ?? '',
      recipients: values.recipients ?? [], excerpt: values.excerpt ?? '',
    };
  }, [source, values]);

  // The preview follows every change: the number shown is the next of the series at this moment.
  useEffect(() => {
    if (!input || saved) return;
    let live = true;
    const timer = setTimeout(() => {
      api('copies.preview', input).then((p) => { if (live) { setPreview(p); setProblem(null); } })
        .catch((err: unknown) => { if (live) setProblem(errorMessage(err)); });
    }, 250);
    return () => { live = false; clearTimeout(timer); };
  }, [input, saved]);

  async function save() {
    if (!input) return;
    setSaving(true);
    try {
      const copy = await api('copies.add', input);
      setSaved(copy);
      message.success(`Đã vào sổ bản sao ${copy.symbol}.`);
      onSaved(copy);
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setSaving(false);
    }
  }

  const saveFile = useCopyDownload();

  const recipientOptions = [
    { label: 'Nhóm đơn vị', options: names.groups.map((n) => ({ value: n, label: n })) },
    { label: 'Đơn vị', options: names.units.map((n) => ({ value: n, label: n })) },
  ];
  const hasPdf = (saved ?? preview)?.source.pdfAttachmentId != null;

  return (
    <Modal
      open={source !== null}
      onCancel={onClose}
      width={1040}
      title={source ? `Sao văn bản ${source.title}` : 'Sao văn bản'}
      footer={saved ? (
        <Space>
          <Button icon={<FileWordOutlined />} onClick={() => void saveFile(saved.id, 'docx')} data-testid="copy-download-docx">Tải trang sao (.docx)</Button>
          <Button icon={<FilePdfOutlined />} disabled={!hasPdf} title={hasPdf ? undefined : 'Văn bản chưa có tệp PDF đính kèm'} onClick={() => void saveFile(saved.id, 'pdf')} data-testid="copy-download-pdf">
            Tải bản PDF để gửi
          </Button>
          <Button type="primary" onClick={onClose}>Xong</Button>
        </Space>
      ) : (
        <Space>
          <Button onClick={onClose}>Hủy</Button>
          <Button type="primary" loading={saving} disabled={!preview || !!problem} onClick={() => void save()} data-testid="copy-save">Vào sổ bản sao</Button>
        </Space>
      )}
      destroyOnHidden
    >
      <div className="copy-form-grid">
        <Form form={form} layout="vertical" disabled={saved !== null} data-testid="copy-form">
          <Space.Compact block>
            <Form.Item name="form" label="Hình thức sao" style={{ flex: 1 }}>
              <Select options={forms.map((f) => ({ value: f.code, label: `${f.name} (${f.code})` }))} data-testid="copy-form-kind" />
            </Form.Item>
            <Form.Item name="date" label="Ngày sao" style={{ flex: 1 }}>
              <DateInput aria-label="Ngày sao" />
            </Form.Item>
            <Form.Item name="number" label="Số" style={{ flex: 1 }}>
              <InputNumber min={1} style={{ width: '100%' }} aria-label="Số bản sao" placeholder="Số tiếp theo" />
            </Form.Item>
          </Space.Compact>
          <Form.Item name="signerAuthority" label="Thẩm quyền ký"><Input aria-label="Thẩm quyền ký" /></Form.Item>
          <Form.Item name="signerPosition" label="Chức vụ người ký"><Input aria-label="Chức vụ người ký" /></Form.Item>
          <Space.Compact block>
            <Form.Item name="signerName" label="Người ký" style={{ flex: 2 }}><Input aria-label="Người ký" /></Form.Item>
            <Form.Item name="copies" label="Số bản" style={{ flex: 1 }}><InputNumber min={1} style={{ width: '100%' }} aria-label="Số bản" /></Form.Item>
          </Space.Compact>
          <Form.Item name="recipients" label="Nơi nhận (chọn nhóm, đơn vị hoặc gõ rồi Enter; dòng lưu tự thêm cuối)">
            <Select mode="tags" options={recipientOptions} tokenSeparators={['\n']} data-testid="copy-recipients" aria-label="Nơi nhận" />
          </Form.Item>
          {values?.form === 'TrS' && (
            <Form.Item name="excerpt" label="Phần trích sao"><Input aria-label="Phần trích sao" placeholder="Mục III, điểm 2" /></Form.Item>
          )}
        </Form>
        <div>
          <Typography.Title level={5}>{saved ? `Đã vào sổ: ${saved.symbol}` : 'Xem trước trang sao'}</Typography.Title>
          {problem && <Alert type="error" showIcon title={problem} data-testid="copy-problem" />}
          {(saved ?? preview) && <CopyBlockPreview preview={(saved ?? preview)!} />}
          {!hasPdf && (saved ?? preview) && (
            <Typography.Paragraph type="secondary" className="hint">
              {source?.kind === 'outgoing'
                ? 'Sổ văn bản đi không lưu tệp văn bản: chỉ tải được trang sao dạng Word.'
                : 'Văn bản chưa có tệp PDF đính kèm: chỉ tải được trang sao dạng Word. Đính kèm tệp PDF để có bản PDF gửi đi.'}
            </Typography.Paragraph>
          )}
        </div>
      </div>
    </Modal>
  );
}
