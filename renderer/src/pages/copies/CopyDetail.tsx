import { EditOutlined, FilePdfOutlined, FileWordOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Drawer, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import { api } from '../../api/client';
import { ReasonModal } from '../../components/ReasonModal';
import RecordHistory from '../../components/RecordHistory';
import { displayDate, displayDateTime } from '../../lib/format';
import { useRecord } from '../../lib/useRecord';
import { CopyBlockPreview } from './CopyBlockPreview';
import { DeliveryEditModal, type DeliveryRef } from './DeliveryEditModal';
import { useCopyDownload } from './saveCopyFile';
import './copies.css';

type Copy = MethodOutput<'copies.get'>;
type Delivery = Copy['deliveries'][number];

const SOURCE_REGISTER = { incoming: 'Văn bản đến', outgoing: 'Văn bản đi' } as const;

/**
 * One copy: its block as printed, the document copied, the distribution record (who received it, when, who
 * signed) with "Ghi nhận" per body, the files, "Hủy bản sao" with a reason, and the history of changes.
 */
const readCopy = (id: number): Promise<Copy> => api('copies.get', { id });

export function CopyDetail({ copyId, onClose, onChanged }: { copyId: number | null; onClose(): void; onChanged(): void }) {
  const { message } = App.useApp();
  const { record: copy, setRecord: setCopy, error, load } = useRecord(readCopy);
  const [editing, setEditing] = useState<DeliveryRef | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [version, setVersion] = useState(0);


  useEffect(() => {
    setCopy(null);
    if (copyId !== null) void load(copyId);
  }, [copyId, load]);

  const changed = (next: Copy) => { setCopy(next); setVersion((v) => v + 1); onChanged(); };

  const saveFile = useCopyDownload();

  async function cancel(reason: string) {
    if (!copy) return;
    const next = await api('copies.cancel', { id: copy.id, reason });
    message.success(`Đã hủy bản sao ${next.symbol}. Số này không được cấp lại.`);
    setCancelling(false);
    changed(next);
  }

  const received = copy ? copy.deliveries.filter((d) => d.receivedDate).length : 0;

  return (
    <Drawer
      open={copyId !== null}
      onClose={onClose}
      size={760}
      className="detail-drawer"
      title={copy ? `Bản sao ${copy.symbol} — ${copy.formName.toLocaleLowerCase('vi')} ngày ${displayDate(copy.date)}` : 'Bản sao'}
      extra={copy && !copy.cancelled && (
        <Space size={8}>
          <Button icon={<FileWordOutlined />} onClick={() => void saveFile(copy.id, 'docx')}>Word</Button>
          <Button icon={<FilePdfOutlined />} disabled={copy.source.pdfAttachmentId === null}
            title={copy.source.pdfAttachmentId === null ? 'Văn bản chưa có tệp PDF đính kèm' : 'Tải bản PDF để gửi'} onClick={() => void saveFile(copy.id, 'pdf')}>PDF</Button>
          <Button danger icon={<StopOutlined />} onClick={() => setCancelling(true)} data-testid="copy-cancel">Hủy bản sao</Button>
        </Space>
      )}
    >
      {error && <Alert type="error" showIcon title={error} />}
      {!copy && !error && <Skeleton active />}
      {copy && (
        <div data-testid="copy-detail" data-copy-id={copy.id}>
          <Space size={4} wrap className="detail-tags">
            <Tag color="blue">{copy.formName}</Tag>
            {copy.cancelled && <Tag color="red">Đã hủy</Tag>}
            {copy.isSample && <Tag>Dữ liệu mẫu</Tag>}
          </Space>
          {copy.cancelled && (
            <Alert className="detail-block" type="error" showIcon data-testid="copy-cancelled"
              title={`Đã hủy${copy.cancelledAt ? ` ngày ${displayDateTime(copy.cancelledAt)}` : ''}`}
              description={<>Lý do: {copy.cancelReason}. Bản sao vẫn ở trong sổ bản sao; số <span className="nowrap">{copy.symbol}</span> không được cấp lại.</>} />
          )}
          <Descriptions
            className="detail-block" bordered size="small" column={1} styles={{ label: { width: 170 } }}
            items={[
              { key: 'source', label: 'Văn bản được sao', children: (
                <span>
                  <Tag>{SOURCE_REGISTER[copy.source.kind]}</Tag>
                  {copy.source.typeName} {copy.source.symbol}{copy.source.documentDate ? ` ngày ${displayDate(copy.source.documentDate)}` : ''}
                  {copy.source.abstract ? ` — ${copy.source.abstract}` : ''}
                </span>
              ) },
              ...(copy.excerpt ? [{ key: 'excerpt', label: 'Phần trích sao', children: copy.excerpt }] : []),
              { key: 'copies', label: 'Số bản', children: copy.copies ?? '' },
              ...(copy.notes ? [{ key: 'notes', label: 'Ghi chú', children: copy.notes }] : []),
            ]}
          />
          <div className="detail-block"><CopyBlockPreview preview={copy} /></div>

          <section className="detail-block" data-testid="copy-deliveries">
            <div className="section-head">
              <Typography.Title level={5}>Phát hành: nơi nhận bản sao</Typography.Title>
              <Typography.Text type="secondary">{received}/{copy.deliveries.length} nơi đã nhận</Typography.Text>
            </div>
            <Table<Delivery>
              rowKey="id" size="small" pagination={false} dataSource={copy.deliveries}
              locale={{ emptyText: 'Bản sao không gửi nơi nào (chỉ lưu).' }}
              columns={[
                { title: 'Nơi nhận', dataIndex: 'recipient' },
                { title: 'Ngày gửi', dataIndex: 'sentDate', width: 100, render: (d: string) => displayDate(d) },
                { title: 'Ngày nhận', dataIndex: 'receivedDate', width: 100, render: (d: string | null) => d ? displayDate(d) : <Tag>Chưa nhận</Tag> },
                { title: 'Người ký nhận', dataIndex: 'receivedBy', width: 150, ellipsis: true },
                {
                  title: '', key: 'edit', width: 96,
                  render: (_, d) => copy.cancelled ? null : (
                    <Button type="link" size="small" icon={<EditOutlined />} data-testid="delivery-edit"
                      onClick={() => setEditing({ ...d, copySymbol: copy.symbol })}>Ghi nhận</Button>
                  ),
                },
              ]}
            />
          </section>
          <RecordHistory key={version} recordType="copy" recordId={copy.id} />
        </div>
      )}
      <DeliveryEditModal delivery={editing} onClose={() => setEditing(null)} onSaved={(next) => { setEditing(null); message.success('Đã ghi nhận.'); changed(next); }} />
      <ReasonModal
        open={cancelling}
        title={copy ? `Hủy bản sao ${copy.symbol}?` : ''}
        explanation={`Bản sao vẫn ở lại trong sổ bản sao, kèm lý do hủy; số ${copy?.symbol ?? ''} không được cấp lại. Không thể hoàn tác việc hủy.`}
        okText="Hủy bản sao"
        placeholder="Ví dụ: Sao nhầm văn bản, đã làm lại bản sao khác"
        onConfirm={cancel}
        onClose={() => setCancelling(false)}
      />
    </Drawer>
  );
}
