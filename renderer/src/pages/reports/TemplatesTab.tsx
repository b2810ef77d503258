import { CheckCircleFilled, DeleteOutlined, DownloadOutlined, ExclamationCircleFilled, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import { api, ApiCallError } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { displayDateTime } from '../../lib/format';
import { fileToBase64, saveBase64 } from './files';
import { reportKindOfFileName, reportLabel } from '../../../../shared/reportKinds';
import { REPORT_OPTIONS, type ReportFormat, type ReportKind } from './model';

type TemplateInfo = MethodOutput<'templates.list'>[number];
type TemplateCheck = MethodOutput<'templates.check'>['check'];
type PlaceholderInfo = MethodOutput<'templates.placeholders'>[number];

interface Row extends TemplateInfo {
  check: TemplateCheck | null;
  checkError: string | null;
}

const KIND_LABELS: Record<string, string> = { text: 'chữ', paragraphs: 'đoạn văn', table: 'bảng' };

/**
 * "Mẫu báo cáo": the built-in and imported templates, what each one's placeholders mean and whether it
 * fits its report; download one to change it in Word or Excel, import it back, delete an imported one.
 */
export function TemplatesTab() {
  const { message } = App.useApp();
  const [rows, setRows] = useState<Row[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<string[]>([]);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      const list = await api('templates.list', {});
      const checked = await Promise.all(list.map(async (t): Promise<Row> => {
        try {
          return { ...t, check: (await api('templates.check', { id: t.id })).check, checkError: null };
        } catch (err) {
          return { ...t, check: null, checkError: errorMessage(err) };
        }
      }));
      setRows(checked);
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  async function download(t: TemplateInfo) {
    try {
      const file = await api('templates.read', { id: t.id });
      const outcome = await saveBase64(file.fileName, file.contentBase64);
      if (outcome.saved) message.success(outcome.path ? `Đã lưu ${outcome.path}` : `Đã tải xuống ${file.fileName}`);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function remove(t: TemplateInfo) {
    try {
      await api('templates.delete', { id: t.id });
      message.success(`Đã xóa mẫu “${t.name}”.`);
      await reload();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <div className="templates-tab" data-testid="templates-tab">
      {error && <Alert type="error" showIcon title={error} className="page-alert" closable={{ onClose: () => setError(null) }} />}
      <ImportCard onImported={(id) => { setExpanded([id]); void reload(); }} />
      <Typography.Paragraph className="hint muted">
        Mẫu là tệp Word hoặc Excel bình thường có các chỗ điền dạng <code>{'{{ten_cho_dien}}'}</code>. Tải mẫu mặc định về,
        sửa trong Word/Excel (giữ nguyên các chỗ điền cần có), rồi nhập lại. Bấm vào một dòng để xem các chỗ điền và kết quả kiểm tra.
      </Typography.Paragraph>
      <Table<Row>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={rows}
        pagination={false}
        data-testid="templates-table"
        rowClassName={() => 'template-row'}
        expandable={{
          expandedRowKeys: expanded,
          onExpandedRowsChange: (keys) => setExpanded(keys as string[]),
          expandRowByClick: true,
          expandedRowRender: (t) => <TemplateDetail template={t} />,
        }}
        columns={[
          {
            // Which report a template serves is the line under its name: one column less, so the names keep
            // their width on a 1024 px screen.
            title: 'Tên mẫu', dataIndex: 'name',
            render: (name: string, t) => (
              <div>
                <div className="template-name">{name}</div>
                <div className="muted small">
                  {reportLabel(t.report)} · {t.builtIn ? 'có sẵn trong chương trình' : `nhập lúc ${t.addedAt ? displayDateTime(t.addedAt) : ''}`}
                </div>
              </div>
            ),
          },
          { title: 'Định dạng', dataIndex: 'format', width: 96, render: (f: ReportFormat) => <Tag color={f === 'docx' ? 'blue' : 'green'}>{f === 'docx' ? 'Word' : 'Excel'}</Tag> },
          { title: 'Kiểm tra', key: 'check', width: 160, render: (_: unknown, t) => <CheckTag row={t} /> },
          {
            title: '', key: 'actions', width: 176, align: 'right',
            render: (_: unknown, t) => (
              <span className="template-actions" onClick={(e) => e.stopPropagation()}>
                <Button size="small" icon={<DownloadOutlined />} onClick={() => void download(t)}>Tải về</Button>
                {!t.builtIn && (
                  <Popconfirm title={`Xóa mẫu “${t.name}”?`} okText="Xóa" cancelText="Không" onConfirm={() => void remove(t)}>
                    <Button size="small" danger icon={<DeleteOutlined />} aria-label={`Xóa mẫu ${t.name}`}>Xóa</Button>
                  </Popconfirm>
                )}
              </span>
            ),
          },
        ]}
      />
    </div>
  );
}

function CheckTag({ row }: { row: Row }) {
  if (row.checkError) return <Tag color="error">Không đọc được</Tag>;
  if (!row.check) return null;
  const c = row.check;
  if (c.ok) return <Tag color="success" icon={<CheckCircleFilled />} data-testid="check-ok">hợp lệ</Tag>;
  if (c.problems.length) return <Tag color="error" icon={<ExclamationCircleFilled />}>có chỗ điền sai</Tag>;
  const parts = [c.missing.length ? `thiếu ${c.missing.length}` : '', c.unknown.length ? `lạ ${c.unknown.length}` : ''].filter(Boolean);
  return <Tag color="warning" icon={<ExclamationCircleFilled />}>dùng được · {parts.join(', ')}</Tag>;
}

/** What a check found, in plain words. */
export function CheckResult({ check }: { check: TemplateCheck }) {
  return (
    <div className="check-result" data-testid="check-result">
      {check.ok && <Alert type="success" showIcon title="Mẫu hợp lệ: có đủ các chỗ điền cần thiết, không có chỗ điền lạ hay sai." />}
      {check.problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          title="Chỗ điền viết sai — mẫu chưa dùng được cho tới khi sửa:"
          description={<ul className="check-list">{check.problems.map((p, i) => <li key={i}>{p}</li>)}</ul>}
        />
      )}
      {check.missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title="Thiếu chỗ điền cần có — phần đó sẽ không có trong báo cáo:"
          description={<span>{check.missing.map((n) => <code key={n} className="ph">{`{{${n}}}`}</code>)}</span>}
        />
      )}
      {check.unknown.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title="Chỗ điền chương trình không biết — sẽ để trống (kiểm tra lại chính tả):"
          description={<span>{check.unknown.map((n) => <code key={n} className="ph">{`{{${n}}}`}</code>)}</span>}
        />
      )}
    </div>
  );
}

function TemplateDetail({ template }: { template: Row }) {
  const [specs, setSpecs] = useState<PlaceholderInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api('templates.placeholders', { report: template.report, format: template.format })
      .then(setSpecs)
      .catch((err: unknown) => setError(errorMessage(err)));
  }, [template.report, template.format]);

  const found = new Set(template.check?.placeholders ?? []);
  return (
    <div className="template-detail" data-testid="template-detail">
      {template.checkError && <Alert type="error" showIcon title={template.checkError} />}
      {template.check && <CheckResult check={template.check} />}
      {error && <Alert type="error" showIcon title={error} />}
      {specs && (
        <Table<PlaceholderInfo>
          rowKey="name"
          size="small"
          pagination={false}
          className="placeholder-table"
          dataSource={specs}
          columns={[
            { title: 'Chỗ điền', dataIndex: 'name', width: 200, render: (n: string) => <code className="ph">{`{{${n}}}`}</code> },
            { title: 'Ý nghĩa', dataIndex: 'description' },
            { title: 'Loại', dataIndex: 'kind', width: 90, render: (k: string) => KIND_LABELS[k] ?? k },
            {
              title: 'Trong mẫu này', key: 'in', width: 150,
              render: (_: unknown, p) => found.has(p.name)
                ? <Tag color="success">có</Tag>
                : p.required ? <Tag color="error">thiếu (cần có)</Tag> : <Tag>không dùng</Tag>,
            },
          ]}
        />
      )}
    </div>
  );
}

function ImportCard({ onImported }: { onImported(id: string): void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ReportKind>('thong-ke');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: true; template: TemplateInfo; check: TemplateCheck } | { ok: false; message: string; check: TemplateCheck | null } | null>(null);

  const choose = (f: File | null) => {
    setFile(f);
    setOutcome(null);
    if (!f) return;
    setName(f.name.replace(/\.(docx|xlsx)$/i, ''));
    const guessed = reportKindOfFileName(f.name);
    if (guessed) setReport(guessed);
  };

  async function submit() {
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      const contentBase64 = await fileToBase64(file);
      const out = await api('templates.import', { report, name: name.trim() || file.name, fileName: file.name, contentBase64 });
      setOutcome({ ok: true, ...out });
      setFile(null);
      if (inputRef.current) inputRef.current.value = '';
      onImported(out.template.id);
    } catch (err) {
      const details = err instanceof ApiCallError ? (err.error.details as { check?: TemplateCheck } | undefined) : undefined;
      setOutcome({ ok: false, message: errorMessage(err), check: details?.check ?? null });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card size="small" title="Nhập mẫu của cơ quan" className="import-card" data-testid="import-card">
      <Form layout="inline" component="div" className="import-form">
        <Form.Item label="Tệp mẫu">
          <input
            ref={inputRef}
            type="file"
            accept=".docx,.xlsx,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="visually-hidden"
            data-testid="template-file"
            onChange={(e) => choose(e.target.files?.[0] ?? null)}
          />
          <Button icon={<UploadOutlined />} onClick={() => inputRef.current?.click()}>Chọn tệp…</Button>
          <span className="import-file-name" data-testid="template-file-name" title={file?.name}>{file ? file.name : <span className="muted">chưa chọn</span>}</span>
        </Form.Item>
        <Form.Item label="Dùng cho" htmlFor="import-report">
          <Select<ReportKind>
            id="import-report"
            className="import-report"
            value={report}
            onChange={setReport}
            options={REPORT_OPTIONS}
          />
        </Form.Item>
        <Form.Item label="Tên mẫu" htmlFor="import-name">
          <Input id="import-name" className="import-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} placeholder="ví dụ: Thống kê quý — mẫu Văn phòng" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" onClick={() => void submit()} disabled={!file} loading={busy} data-testid="import-template">Kiểm tra và nhập</Button>
        </Form.Item>
      </Form>
      {outcome && (
        <div className="import-outcome" data-testid="import-outcome">
          {outcome.ok ? (
            <>
              <Alert type="success" showIcon title={`Đã nhập mẫu “${outcome.template.name}”.`} className="page-alert" />
              <CheckResult check={outcome.check} />
            </>
          ) : (
            <>
              <Alert
                type="error"
                showIcon
                title="Mẫu không được nhập"
                description={
                  <div data-testid="import-error">
                    {outcome.check?.problems.length ? (
                      <>
                        <div>Mẫu có chỗ điền viết sai, chưa dùng được. Sửa trong Word/Excel rồi nhập lại:</div>
                        <ul className="check-list">{outcome.check.problems.map((p, i) => <li key={i}>{p}</li>)}</ul>
                      </>
                    ) : (
                      <span className="pre-line">{outcome.message}</span>
                    )}
                  </div>
                }
                className="page-alert"
              />
            </>
          )}
        </div>
      )}
    </Card>
  );
}
