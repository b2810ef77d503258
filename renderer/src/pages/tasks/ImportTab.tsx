import { FileTextOutlined, PlusOutlined, SaveOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { isValidIsoDate } from '../../../../shared/dates';
import { proposalToTask, type EntryRef, type TaskProposal, type Unit } from '../../../../shared/taskSchemas';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { EntryPicker } from './EntryPicker';
import { entryLabel } from './model';
import { type ProposalRow, ProposalTable } from './ProposalTable';

let nextKey = 1;
const toRow = (p: TaskProposal): ProposalRow => ({ ...p, key: nextKey++, writtenUnit: p.unitText });

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`Không đọc được tệp ${file.name}.`));
    reader.readAsDataURL(file);
  });
}

/** "Nhập nhiệm vụ từ văn bản": paste or open a plan, review the proposed tasks, accept them in one step. */
export function ImportTab({ units, directive, onDirective, onSaved }: {
  units: Unit[]; directive: EntryRef | null; onDirective(entry: EntryRef | null): void; onSaved(directiveId: number): void;
}) {
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [rows, setRows] = useState<ProposalRow[] | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const refDate = directive?.documentDate && isValidIsoDate(directive.documentDate) ? directive.documentDate : null;

  async function extract(source: { text?: string; docxBase64?: string }) {
    setBusy(true);
    setError(null);
    try {
      const result = await api('tasks.extract', { ...source, ref: refDate ?? undefined });
      setRows(result.tasks.map(toRow));
      setWarnings(result.warnings);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  async function openFile(file: File) {
    if (/\.docx$/i.test(file.name)) {
      setText('');
      await extract({ docxBase64: await readAsBase64(file) });
    } else if (/\.(txt|md)$/i.test(file.name)) {
      const content = await file.text();
      setText(content);
      await extract({ text: content });
    } else {
      setError(`Chỉ mở được tệp .txt hoặc .docx, không mở được "${file.name}".`);
    }
  }

  async function accept() {
    if (!directive || !rows?.length) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await api('tasks.createMany', { directiveId: directive.id, tasks: rows.map(proposalToTask) });
      message.success(`Đã lưu ${saved.length} nhiệm vụ của ${entryLabel(directive)}.`);
      setRows(null);
      setText('');
      onSaved(directive.id);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const blank = (): TaskProposal => ({
    section: '', unitText: '', leadUnitId: null, coordinatingUnitIds: [], content: '', deadlineText: '', due: null,
    standing: false, recognized: false, explanation: 'Không ghi thời hạn',
  });

  return (
    <div className="tab-body import-tab" data-testid="import-tab">
      <Form layout="vertical" className="import-form">
        <Form.Item label="Nhiệm vụ thuộc văn bản chỉ đạo (trong sổ văn bản đến)" required className="import-directive">
          <EntryPicker
            value={directive?.id ?? null}
            initial={directive ? [directive] : []}
            onChange={(_, entry) => onDirective(entry)}
            aria-label="Văn bản chỉ đạo"
          />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} className="page-alert" closable={{ onClose: () => setError(null) }} data-testid="import-error" />}
      {rows === null ? (
        <>
          <Input.TextArea
            className="plan-text"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={'Dán toàn văn kế hoạch (hoặc chương trình hành động) vào đây, ví dụ:\n\nIV- NHIỆM VỤ CỤ THỂ\n1. Ban Tuyên giáo Tỉnh ủy\n- Chủ trì hướng dẫn việc nghiên cứu, học tập, quán triệt Nghị quyết (hoàn thành trong quý I/2024).'}
            aria-label="Văn bản kế hoạch"
            data-testid="plan-text"
          />
          <Space className="import-actions">
            <Button type="primary" icon={<SearchOutlined />} loading={busy} disabled={!text.trim()} onClick={() => void extract({ text })} data-testid="extract">
              Đọc nhiệm vụ
            </Button>
            <Button icon={<FileTextOutlined />} onClick={() => fileInput.current?.click()}>Mở tệp .txt, .docx…</Button>
            <input ref={fileInput} type="file" accept=".txt,.md,.docx" hidden onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void openFile(f); }} />
            <Button icon={<PlusOutlined />} onClick={() => { setRows([toRow(blank())]); setWarnings([]); }}>Nhập tay từng nhiệm vụ</Button>
            <Typography.Text type="secondary">
              Chương trình tìm mục “NHIỆM VỤ CỤ THỂ”, các đơn vị được giao và thời hạn trong ngoặc cuối mỗi ý; năm thiếu lấy theo ngày của văn bản chỉ đạo.
            </Typography.Text>
          </Space>
        </>
      ) : (
        <>
          {warnings.length > 0 && (
            <Alert type="warning" showIcon className="page-alert" title="Cần xem lại" description={<ul className="warning-list">{warnings.map((w) => <li key={w}>{w}</li>)}</ul>} />
          )}
          <div className="proposal-bar">
            <Typography.Text>
              Đọc được <strong>{rows.length}</strong> nhiệm vụ của <strong>{new Set(rows.map((r) => r.unitText)).size}</strong> đơn vị.
              Kiểm tra đơn vị, nội dung và hạn (dòng tô vàng: thời hạn chưa hiểu được, cần gõ hạn).
            </Typography.Text>
            <span className="filter-spacer" />
            <Button icon={<PlusOutlined />} onClick={() => setRows([...rows, toRow(blank())])}>Thêm dòng</Button>
            <Button onClick={() => setRows(null)}>Quay lại văn bản</Button>
            <Button type="primary" icon={<SaveOutlined />} loading={busy} disabled={!directive || rows.length === 0} onClick={() => void accept()} data-testid="accept-tasks">
              Lưu {rows.length} nhiệm vụ
            </Button>
          </div>
          {!directive && <Alert type="info" showIcon className="page-alert" title="Chọn văn bản chỉ đạo mà các nhiệm vụ này thuộc về trước khi lưu." />}
          <ProposalTable rows={rows} units={units} refDate={refDate} onChange={setRows} />
        </>
      )}
    </div>
  );
}
