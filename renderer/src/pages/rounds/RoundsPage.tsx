import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, List, Select, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { RoundDetail, RoundSummary } from '../../../../shared/taskSchemas';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { displayDate } from '../../lib/format';
import { useWideScreen } from '../../lib/tableWidth';
import { useUnits } from '../tasks/hooks';
import { OpenRoundModal } from './OpenRoundModal';
import { RoundDetailView } from './RoundDetailView';
import '../tasks/tasks.css';

/** "Đã gửi 9/16 · hạn 15/11/2024": a round in the list. */
const roundLine = (r: RoundSummary) => `Đã gửi ${r.reportedCount}/${r.unitCount} · hạn ${r.deadline ? displayDate(r.deadline) : '—'}`;

/** "Sơ kết, tổng kết": review rounds and which bodies have sent their reports. */
export default function RoundsPage() {
  const { units, groups } = useUnits();
  const [rounds, setRounds] = useState<RoundSummary[]>([]);
  const [detail, setDetail] = useState<RoundDetail | null>(null);
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const wide = useWideScreen();

  const select = useCallback(async (id: number) => {
    try {
      setDetail(await api('rounds.get', { id }));
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);

  const reload = useCallback(async (keep?: number) => {
    try {
      const list = await api('rounds.list', {});
      setRounds(list);
      const id = keep ?? list[0]?.id;
      if (id !== undefined) await select(id);
      else setDetail(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [select]);

  useEffect(() => { void reload(); }, [reload]);

  const changed = (d: RoundDetail) => {
    setDetail(d);
    setRounds((list) => list.map((r) => (r.id === d.round.id ? d.round : r)));
  };

  const openButton = <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)} block={wide}>Mở đợt sơ kết, tổng kết</Button>;
  const detailView = detail
    ? <RoundDetailView detail={detail} units={units} groups={groups} onChanged={changed} onDeleted={() => void reload()} />
    : <Empty description="Mở một đợt để theo dõi các đơn vị gửi báo cáo sơ kết, tổng kết." />;

  return (
    <div className="page rounds-page">
      <Typography.Title level={3} className="page-title">Sơ kết, tổng kết</Typography.Title>
      {error && <Alert type="error" showIcon title={error} className="page-alert" />}
      {wide ? (
        <div className="rounds-layout">
          <div>
            {openButton}
            <List
              className="round-list"
              dataSource={rounds}
              locale={{ emptyText: 'Chưa có đợt nào' }}
              renderItem={(r) => (
                <List.Item className={r.id === detail?.round.id ? 'active' : ''} onClick={() => void select(r.id)}>
                  <div>
                    <div><strong>{r.title}</strong> {r.closed && <Tag>Đã đóng</Tag>}</div>
                    <div className="muted small">{roundLine(r)}</div>
                  </div>
                </List.Item>
              )}
            />
          </div>
          <div>{detailView}</div>
        </div>
      ) : (
        // Under 1200 px the list of rounds becomes a select above the round, which then has the full width.
        <>
          <div className="task-toolbar rounds-pick">
            <Select<number>
              className="round-select"
              value={detail?.round.id}
              placeholder="Chưa có đợt nào"
              onChange={(id) => void select(id)}
              options={rounds.map((r) => ({ value: r.id, label: `${r.title}${r.closed ? ' (đã đóng)' : ''} — ${roundLine(r)}` }))}
              aria-label="Đợt sơ kết, tổng kết"
              data-testid="round-select"
            />
            {openButton}
          </div>
          {detailView}
        </>
      )}
      <OpenRoundModal open={opening} units={units} groups={groups} onClose={() => setOpening(false)}
        onOpened={(d) => void reload(d.round.id)} />
    </div>
  );
}
