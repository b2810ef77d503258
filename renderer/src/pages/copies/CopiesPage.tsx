import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, InputNumber, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { displayDate } from '../../lib/format';
import { saveCopyFile } from './saveCopyFile';
import './copies.css';

type Copy = MethodOutput<'copies.get'>;

/** "Bản sao": every copy the office made, newest first, with its files. New copies are made from an entry's detail. */
export default function CopiesPage() {
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [year, setYear] = useState<number | null>(null);
  const [rows, setRows] = useState<Copy[]>([]);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      api('copies.list', { ...(q.trim() ? { q: q.trim() } : {}), ...(year ? { year } : {}), limit: 500 })
        .then((r) => { if (live) { setRows(r.items); setTotal(r.total); setError(null); } })
        .catch((err: unknown) => { if (live) setError(errorMessage(err)); });
    }, 200);
    return () => { live = false; clearTimeout(timer); };
  }, [q, year]);

  async function download(c: Copy, format: 'docx' | 'pdf') {
    try {
      const name = await saveCopyFile(c.id, format);
      if (name) message.success(`Đã tải: ${name}`);
    } catch (err) {
      message.error(errorMessage(err));
    }
  }

  return (
    <div className="page" data-testid="copies-page">
      <Typography.Title level={4}>Bản sao văn bản</Typography.Title>
      <Typography.Paragraph type="secondary">
        Sao y, sao lục, trích sao: mở văn bản trong Sổ văn bản đến và chọn “Sao văn bản”. Sổ đăng ký bản sao in ở mục Báo cáo.
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder="Tìm số, ký hiệu bản sao hoặc văn bản được sao" value={q} onChange={(e) => setQ(e.target.value)} style={{ width: 360 }} aria-label="Tìm bản sao" />
        <InputNumber placeholder="Năm" min={1945} max={2200} value={year} onChange={(v) => setYear(v)} aria-label="Năm" />
        <Typography.Text type="secondary">{total} bản sao</Typography.Text>
      </Space>
      {error && <Alert type="error" showIcon title={error} />}
      <Table<Copy>
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        scroll={{ x: 760 }}
        columns={[
          { title: 'Số, ký hiệu', dataIndex: 'symbol', width: 130, render: (s: string) => <strong>{s}</strong> },
          { title: 'Ngày sao', dataIndex: 'date', width: 100, render: (d: string) => displayDate(d) },
          { title: 'Hình thức', dataIndex: 'formName', width: 90 },
          { title: 'Văn bản được sao', key: 'source', render: (_, c) => <span>{c.source.typeName} {c.sourceSymbol} — {c.source.abstract}</span>, ellipsis: true },
          { title: 'Người ký', dataIndex: 'signerName', width: 120, ellipsis: true },
          { title: 'Nơi nhận', key: 'recipients', width: 80, align: 'center', render: (_, c) => c.deliveries.length },
          {
            title: 'Tệp', key: 'files', width: 80,
            render: (_, c) => (
              <Space size={0}>
                <Button type="link" size="small" icon={<FileWordOutlined />} title="Tải trang sao (.docx)" aria-label="Tải trang sao (.docx)" onClick={() => void download(c, 'docx')} />
                <Button type="link" size="small" icon={<FilePdfOutlined />} title={c.source.pdfAttachmentId === null ? 'Văn bản chưa có tệp PDF đính kèm' : 'Tải bản PDF để gửi'} aria-label="Tải bản PDF để gửi" disabled={c.source.pdfAttachmentId === null} onClick={() => void download(c, 'pdf')} />
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}
