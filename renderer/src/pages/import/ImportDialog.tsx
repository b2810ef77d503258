import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Modal, Select, Table, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, type ImportField, type ImportMapping, type ImportPreviewOut, type ImportRefusal } from '../../../../shared/contractImport';
import type { JobProgress } from '../../../../shared/progress';
import { api } from '../../api/client';
import { JobProgressBar } from '../../components/JobProgressBar';
import { errorMessage } from '../../lib/errors';
import { displayDate } from '../../lib/format';
import { fileToBase64, saveBase64 } from '../reports/files';

// "Nhập sổ cũ từ Excel": pick the file (and the worksheet), check how its columns were matched, see the
// first rows as they will be registered and every refused row, then import all rows at once.

interface Picked { fileName: string; contentBase64: string }

const NOT_IMPORTED = -1;

export function ImportDialog({ onClose, onImported }: { onClose(): void; onImported(): void }) {
  const { message } = App.useApp();
  const [file, setFile] = useState<Picked | null>(null);
  const [preview, setPreview] = useState<ImportPreviewOut | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const abort = useRef<AbortController | null>(null);

  async function run<T>(work: (options: { onProgress(p: JobProgress): void; signal: AbortSignal }) => Promise<T>): Promise<T | null> {
    const controller = new AbortController();
    abort.current = controller;
    setBusy(true);
    setProgress(null);
    setError(null);
    try {
      return await work({ onProgress: setProgress, signal: controller.signal });
    } catch (err) {
      setError(errorMessage(err));
      return null;
    } finally {
      setBusy(false);
      abort.current = null;
    }
  }

  async function examine(picked: Picked, sheet?: string, mapping?: ImportMapping) {
    const result = await run((options) => api('incoming.importPreview', { ...picked, sheet, mapping }, options));
    if (result) setPreview(result);
  }

  async function pick(f: File) {
    const picked = { fileName: f.name, contentBase64: await fileToBase64(f) };
    setFile(picked);
    setPreview(null);
    await examine(picked);
  }

  function remap(field: ImportField, column: number) {
    if (!file || !preview) return;
    const mapping: ImportMapping = { ...preview.mapping, [field]: column === NOT_IMPORTED ? null : column };
    // A column feeds one field: taking it here takes it from the field that had it.
    for (const other of IMPORT_FIELDS) if (other !== field && mapping[other] === column) mapping[other] = null;
    void examine(file, preview.sheet, mapping);
  }

  async function importAll() {
    if (!file || !preview) return;
    const result = await run((options) => api('incoming.importRun', { ...file, sheet: preview.sheet, mapping: preview.mapping }, options));
    if (!result) return;
    if (result.refused.length) {
      setPreview({ ...preview, refused: result.refused, warnings: result.warnings });
      return;
    }
    message.success(`Đã nhập ${result.imported.toLocaleString('vi-VN')} văn bản vào sổ.`);
    onImported();
    onClose();
  }

  async function saveRefusals(refused: ImportRefusal[]) {
    try {
      const out = await api('incoming.importRefusalsXlsx', { fileName: file?.fileName ?? '', refused });
      await saveBase64(out.fileName, out.contentBase64);
    } catch (err) {
      message.error(errorMessage(err));
    }
  }

  const columnOptions = [
    { value: NOT_IMPORTED, label: '(không nhập)' },
    ...(preview?.columns ?? []).map((c) => ({ value: c.index, label: `${c.letter} — ${c.header || '(không tên)'}` })),
  ];
  const refusedCount = preview?.refused.length ?? 0;

  return (
    <Modal
      open
      title="Nhập sổ cũ từ Excel"
      width="min(1180px, calc(100vw - 32px))"
      style={{ top: 16 }}
      onCancel={() => (busy ? abort.current?.abort() : onClose())}
      maskClosable={false}
      footer={
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Text type="secondary" data-testid="import-summary">
            {preview ? `${preview.rowCount.toLocaleString('vi-VN')} dòng văn bản, ${preview.accepted.toLocaleString('vi-VN')} nhập được, ${refusedCount.toLocaleString('vi-VN')} lỗi.` : ''}
          </Typography.Text>
          <Flex gap={8}>
            <Button onClick={onClose} disabled={busy}>Đóng</Button>
            <Button type="primary" onClick={importAll} disabled={!preview || busy || refusedCount > 0 || preview.accepted === 0} data-testid="import-run">
              {preview ? `Nhập ${preview.accepted.toLocaleString('vi-VN')} văn bản` : 'Nhập'}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Flex gap={12} align="center" wrap>
          <Upload accept=".xlsx,.csv" showUploadList={false} beforeUpload={(f) => { void pick(f); return false; }} disabled={busy}>
            <Button icon={<InboxOutlined />} data-testid="import-pick">{file ? 'Chọn tệp khác' : 'Chọn tệp sổ cũ (.xlsx, .csv)'}</Button>
          </Upload>
          {file && <Typography.Text strong>{file.fileName}</Typography.Text>}
          {preview && preview.sheets.length > 1 && (
            <Select aria-label="Trang tính" style={{ minWidth: 200 }} value={preview.sheet} disabled={busy}
              options={preview.sheets.map((s) => ({ value: s, label: s }))} onChange={(sheet) => file && void examine(file, sheet)} />
          )}
          {preview && <Typography.Text type="secondary">Dòng tiêu đề cột: {preview.headerRow}</Typography.Text>}
        </Flex>
        {!file && (
          <Alert type="info" showIcon title="Sổ cũ gõ trong Excel hoặc lưu thành CSV (UTF-8 hoặc Windows-1258)."
            description="Chương trình tự tìm dòng tiêu đề cột (Số đến, Ngày đến, Tác giả, Số, ký hiệu, Ngày tháng văn bản, Tên loại và trích yếu, Đơn vị hoặc người nhận, Ghi chú) và cho xem trước; chỉ ghi vào sổ khi mọi dòng đều hợp lệ, giữ nguyên số đến cũ." />
        )}
        {busy && <JobProgressBar progress={progress} onCancel={() => abort.current?.abort()} style={{ padding: 0 }} />}
        {error && <Alert type="error" showIcon title={error} data-testid="import-error" />}
        {preview && (
          <>
            <div data-testid="import-mapping" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: '6px 12px' }}>
              {IMPORT_FIELDS.map((field) => (
                <label key={field} style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
                  <span className="small muted">{IMPORT_FIELD_LABELS[field]}</span>
                  <Select size="small" value={preview.mapping[field] ?? NOT_IMPORTED} options={columnOptions} disabled={busy}
                    onChange={(column: number) => remap(field, column)} aria-label={`Cột cho ${IMPORT_FIELD_LABELS[field]}`} />
                </label>
              ))}
            </div>
            {preview.warnings.length > 0 && (
              <Alert type="warning" showIcon title={`${preview.warnings.length} cảnh báo`}
                description={<div style={{ maxHeight: 96, overflowY: 'auto' }}>{preview.warnings.map((w) => <div key={w}>{w}</div>)}</div>} />
            )}
            <Typography.Text strong>Các dòng đầu như sẽ vào sổ</Typography.Text>
            <Table size="small" rowKey="row" pagination={false} dataSource={preview.preview} scroll={{ x: 900 }} data-testid="import-preview"
              columns={[
                { title: 'Dòng', dataIndex: 'row', width: 56 },
                { title: 'Số đến', dataIndex: 'arrivalNumber', width: 70, render: (n: number | null) => n ?? '(số tiếp theo)' },
                { title: 'Ngày đến', dataIndex: 'arrivalDate', width: 96, render: displayDate },
                { title: 'Tác giả', dataIndex: 'issuer', width: 170 },
                { title: 'Số, ký hiệu', dataIndex: 'symbol', width: 120 },
                { title: 'Ngày VB', dataIndex: 'documentDate', width: 96, render: (d: string | null) => (d ? displayDate(d) : '') },
                { title: 'Tên loại và trích yếu', dataIndex: 'abstract', ellipsis: true },
                { title: 'Đơn vị/người nhận', dataIndex: 'handlingUnit', width: 150, ellipsis: true },
              ]} />
            {refusedCount > 0 && (
              <>
                <Flex justify="space-between" align="center">
                  <Typography.Text strong type="danger">{refusedCount.toLocaleString('vi-VN')} dòng bị từ chối — sửa trong tệp rồi chọn lại tệp; chưa ghi gì vào sổ.</Typography.Text>
                  <Button onClick={() => void saveRefusals(preview.refused)} data-testid="import-save-refusals">Lưu danh sách lỗi (Excel)</Button>
                </Flex>
                <Table size="small" rowKey={(r) => `${r.row}-${r.column}`} dataSource={preview.refused} data-testid="import-refused"
                  pagination={{ pageSize: 8, showSizeChanger: false, size: 'small' }}
                  columns={[
                    { title: 'Dòng', dataIndex: 'row', width: 64 },
                    { title: 'Cột', dataIndex: 'column', width: 170 },
                    { title: 'Giá trị', dataIndex: 'value', width: 170, ellipsis: true },
                    { title: 'Lý do', dataIndex: 'reason' },
                  ]} />
              </>
            )}
          </>
        )}
      </Flex>
    </Modal>
  );
}
