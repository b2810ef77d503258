import { DeleteOutlined, LinkOutlined, LockOutlined, PlusOutlined, UnlockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Popconfirm, Progress, Segmented, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { RoundDetail, Unit, UnitGroup } from '../../../../shared/taskSchemas';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { displayDate } from '../../lib/format';
import { minTableWidth, useWideScreen } from '../../lib/tableWidth';
import { entryLabel } from '../tasks/model';
import { UnitSelect } from '../tasks/UnitSelect';
import { LinkReportModal } from './LinkReportModal';
import RecordHistory from '../../components/RecordHistory';

type Row = RoundDetail['rows'][number];
type Show = 'all' | 'missing' | 'sent';

const daysLate = (arrival: string, deadline: string): number =>
  Math.round((Date.parse(arrival) - Date.parse(deadline)) / 86_400_000);

/** One round: who has sent their report (symbol, date) and who has not; linking a report is one step. */
export function RoundDetailView({ detail, units, onChanged, onDeleted }: {
  detail: RoundDetail; units: Unit[]; groups: UnitGroup[]; onChanged(d: RoundDetail): void; onDeleted(): void;
}) {
  const { message } = App.useApp();
  const { round, rows } = detail;
  const [show, setShow] = useState<Show>('all');
  const [linking, setLinking] = useState<Unit | null>(null);
  const [adding, setAdding] = useState<number[]>([]);
  const [error, setError] = useState<string | null>(null);
  // Under 1200 px the list of rounds is a select above this view: the table's body is shorter by that row.
  const wide = useWideScreen();

  async function run(call: () => Promise<RoundDetail>, done?: string) {
    setError(null);
    try {
      onChanged(await call());
      if (done) message.success(done);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function remove() {
    try {
      await api('rounds.delete', { id: round.id });
      onDeleted();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  const shown = rows.filter((r) => show === 'all' || (show === 'sent') === (r.report !== null));
  const percent = round.unitCount ? Math.round((100 * round.reportedCount) / round.unitCount) : 0;

  // The report's symbol and date share a column, and so do its arrival date and number: "Đơn vị" keeps
  // the rest, readable on a 1024 px screen.
  const columns: TableColumnsType<Row> = [
    { key: 'n', title: 'TT', width: 44, render: (_, r) => rows.indexOf(r) + 1 },
    { key: 'unit', title: 'Đơn vị', className: 'round-unit-cell', render: (_, r) => r.unit.name },
    {
      key: 'state', title: 'Tình hình', width: 132,
      render: (_, r) => (!r.report
        ? <Tag color="red">Chưa gửi</Tag>
        : r.late ? <Tag color="orange">Gửi muộn {daysLate(r.report.arrivalDate, round.deadline!)} ngày</Tag> : <Tag color="green">Đã gửi</Tag>),
    },
    {
      key: 'report', title: 'Số, ngày báo cáo', width: 136,
      render: (_, r) => r.report && (
        <>
          <div className="nowrap">{r.report.symbol || `(số đến ${r.report.arrivalNumber})`}</div>
          {r.report.documentDate && <div className="muted small">ngày {displayDate(r.report.documentDate)}</div>}
        </>
      ),
    },
    {
      key: 'arrival', title: 'Ngày đến', width: 112,
      render: (_, r) => r.report && (
        <>
          <div>{displayDate(r.report.arrivalDate)}</div>
          <div className="muted small">số đến {r.report.arrivalNumber}</div>
        </>
      ),
    },
    {
      key: 'act', title: '', width: 128,
      render: (_, r) => (r.report
        ? <Button size="small" onClick={() => void run(() => api('rounds.linkReport', { roundId: round.id, unitId: r.unit.id, entryId: null }))}>Gỡ liên kết</Button>
        : <Button size="small" type="primary" ghost icon={<LinkOutlined />} onClick={() => setLinking(r.unit)} data-testid={`link-${r.unit.id}`}>Gắn báo cáo</Button>),
    },
  ];

  return (
    <div className="round-detail" data-testid="round-detail">
      <div className="round-head">
        <div style={{ flex: 1 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {round.title} <Tag color={round.kind === 'final' ? 'geekblue' : 'blue'}>{round.kind === 'final' ? 'Tổng kết' : 'Sơ kết'}</Tag>
            {round.closed && <Tag>Đã đóng</Tag>}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }}>
            Văn bản: <strong>{entryLabel(round.directive)}</strong> của {round.directive.issuer}.
            {' '}Hạn gửi báo cáo: <strong>{round.deadline ? displayDate(round.deadline) : 'không đặt'}</strong>.
            {round.note && <> {round.note}.</>}
          </Typography.Paragraph>
        </div>
        <div>
          <Progress percent={percent} format={() => `${round.reportedCount}/${round.unitCount}`} />
          <div className="muted small">đơn vị đã gửi báo cáo</div>
          <Space size={4} className="round-actions">
            <Button size="small" icon={round.closed ? <UnlockOutlined /> : <LockOutlined />} onClick={() => void run(() => api('rounds.update', { id: round.id, closed: !round.closed }))}>
              {round.closed ? 'Mở lại' : 'Đóng đợt'}
            </Button>
            <Popconfirm title="Xóa đợt này? Các văn bản báo cáo vẫn còn trong sổ." okText="Xóa" cancelText="Không" onConfirm={() => void remove()}>
              <Button size="small" danger icon={<DeleteOutlined />}>Xóa</Button>
            </Popconfirm>
          </Space>
        </div>
      </div>
      {error && <Alert type="error" showIcon title={error} className="page-alert" closable={{ onClose: () => setError(null) }} />}
      <div className="task-toolbar">
        <Segmented<Show>
          value={show}
          onChange={setShow}
          options={[
            { value: 'all', label: `Tất cả (${rows.length})` },
            { value: 'missing', label: `Chưa gửi (${rows.length - round.reportedCount})` },
            { value: 'sent', label: `Đã gửi (${round.reportedCount})` },
          ]}
        />
        <span className="filter-spacer" />
        <UnitSelect<number[]> units={units.filter((u) => !rows.some((r) => r.unit.id === u.id))} multiple value={adding} onChange={setAdding} placeholder="Thêm đơn vị phải báo cáo" className="unit-pick" />
        <Button icon={<PlusOutlined />} disabled={!adding.length} onClick={() => void run(() => api('rounds.update', { id: round.id, addUnitIds: adding }), 'Đã thêm đơn vị.').then(() => setAdding([]))}>Thêm</Button>
      </div>
      <Table<Row>
        size="small"
        rowKey={(r) => r.unit.id}
        dataSource={shown}
        pagination={false}
        scroll={{ x: minTableWidth(columns, 200), y: wide ? 'calc(100vh - 320px)' : 'calc(100vh - 370px)' }}
        data-testid="round-table"
        rowClassName={(r) => (r.late ? 'round-row-late' : '')}
        columns={columns}
      />
      <div className="muted small">Báo cáo là văn bản đã vào sổ văn bản đến; dòng tô cam: gửi sau hạn.</div>
      <RecordHistory key={round.id} recordType="round" recordId={round.id} />
      <LinkReportModal roundId={round.id} unit={linking} onClose={() => setLinking(null)} onLinked={(d) => { onChanged(d); message.success('Đã ghi nhận báo cáo.'); }} />
    </div>
  );
}
