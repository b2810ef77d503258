import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, Button, Input, InputNumber, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import { api } from '../../api/client';
import { displayDate } from '../../lib/format';
import { type ListFilter, useFilteredList } from '../../lib/useFilteredList';
import { CopyDetail } from './CopyDetail';
import { DeliveriesTab } from './DeliveriesTab';
import { useCopyDownload } from './saveCopyFile';
import './copies.css';

type Copy = MethodOutput<'copies.get'>;

const listCopies = (filter: ListFilter) => api('copies.list', filter);

/**
 * "Bản sao": every copy the office made, newest first, with its files, and the distribution record across
 * copies. A copy opens in its detail; new copies are made from a document's detail in either register.
 */
export default function CopiesPage() {
  const [q, setQ] = useState('');
  const [year, setYear] = useState<number | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  const { rows, total, error } = useFilteredList(listCopies, q, year, version);

  const saveFile = useCopyDownload();

  const register = (
    <>
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
        rowClassName={(c) => (c.cancelled ? 'copy-row copy-cancelled' : 'copy-row')}
        onRow={(c) => ({ onClick: () => setOpenId(c.id), 'data-copy-id': c.id } as React.HTMLAttributes<HTMLElement>)}
        columns={[
          {
            title: 'Số, ký hiệu', dataIndex: 'symbol', width: 130,
            render: (s: string, c) => <span><strong>{s}</strong>{c.cancelled && <Tag color="red" className="copy-tag">Đã hủy</Tag>}</span>,
          },
          { title: 'Ngày sao', dataIndex: 'date', width: 100, render: (d: string) => displayDate(d) },
          { title: 'Hình thức', dataIndex: 'formName', width: 90 },
          {
            title: 'Văn bản được sao', key: 'source', ellipsis: true,
            render: (_, c) => <span>{c.sourceKind === 'outgoing' && <Tag>Văn bản đi</Tag>}{c.source.typeName} {c.sourceSymbol} — {c.source.abstract}</span>,
          },
          { title: 'Người ký', dataIndex: 'signerName', width: 120, ellipsis: true },
          {
            title: 'Đã nhận', key: 'recipients', width: 80, align: 'center',
            render: (_, c) => `${c.deliveries.filter((d) => d.receivedDate).length}/${c.deliveries.length}`,
          },
          {
            title: 'Tệp', key: 'files', width: 80,
            render: (_, c) => c.cancelled ? null : (
              // The buttons download; the row's click opens the detail.
              <Space size={0} onClick={(e) => e.stopPropagation()}>
                <Button type="link" size="small" icon={<FileWordOutlined />} title="Tải trang sao (.docx)" aria-label="Tải trang sao (.docx)" onClick={() => void saveFile(c.id, 'docx')} />
                <Button type="link" size="small" icon={<FilePdfOutlined />} title={c.source.pdfAttachmentId === null ? 'Văn bản chưa có tệp PDF đính kèm' : 'Tải bản PDF để gửi'} aria-label="Tải bản PDF để gửi" disabled={c.source.pdfAttachmentId === null} onClick={() => void saveFile(c.id, 'pdf')} />
              </Space>
            ),
          },
        ]}
      />
    </>
  );

  return (
    <div className="page" data-testid="copies-page">
      <Typography.Title level={4}>Bản sao văn bản</Typography.Title>
      <Typography.Paragraph type="secondary">
        Sao y, sao lục, trích sao: mở văn bản trong Sổ văn bản đến hoặc Sổ văn bản đi và chọn “Sao văn bản”. Sổ đăng ký bản sao in ở mục Báo cáo.
      </Typography.Paragraph>
      <Tabs
        items={[
          { key: 'copies', label: 'Sổ bản sao', children: register },
          { key: 'deliveries', label: 'Phát hành: nơi nhận', children: <DeliveriesTab version={version} onOpenCopy={setOpenId} onChanged={reload} /> },
        ]}
      />
      <CopyDetail copyId={openId} onClose={() => setOpenId(null)} onChanged={reload} />
    </div>
  );
}
