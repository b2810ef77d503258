import { Alert, Card, Col, Row, Spin, Statistic, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import type { Task, Unit } from '../../../../shared/taskSchemas';
import { TASK_STATUSES } from '../../../../shared/taskStatus';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { displayDate } from '../../lib/format';
import { STATUS_COLORS, statusLabel } from './model';
import { TaskTable } from './TaskTable';

type Board = MethodOutput<'dashboard.get'>;

/** "Tổng quan": what is overdue, what falls due soon and which standing duties have not reported this period. */
export function DashboardTab({ units }: { units: Unit[] }) {
  const [board, setBoard] = useState<Board | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setBoard(await api('dashboard.get', {}));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);
  useEffect(() => { void reload(); }, [reload]);

  if (error) return <Alert type="error" showIcon title={error} />;
  if (!board) return <Spin className="page-spin" />;

  const sections: Array<{ key: string; title: string; tasks: Task[]; color: string; empty: string }> = [
    { key: 'overdue', title: 'Quá hạn', tasks: board.overdue, color: '#cf1322', empty: 'Không có nhiệm vụ quá hạn.' },
    { key: 'due7', title: 'Đến hạn trong 7 ngày', tasks: board.dueIn7, color: '#d46b08', empty: 'Không có nhiệm vụ đến hạn trong 7 ngày tới.' },
    { key: 'due30', title: 'Đến hạn trong 30 ngày', tasks: board.dueIn30, color: '#1f5fa8', empty: 'Không có nhiệm vụ đến hạn từ ngày thứ 8 đến ngày thứ 30.' },
    {
      key: 'standing', title: 'Thường xuyên chưa báo cáo kỳ này', tasks: board.standingUnreported, color: '#722ed1',
      empty: `Mọi nhiệm vụ thường xuyên đã có báo cáo ${board.period.label}.`,
    },
  ];

  return (
    <div className="dashboard" data-testid="task-dashboard">
      <Typography.Paragraph type="secondary" className="dashboard-asof">
        Tính đến ngày {displayDate(board.today)}. Kỳ báo cáo của nhiệm vụ thường xuyên: {board.period.label}
        {' '}({displayDate(board.period.from)} – {displayDate(board.period.to)}).
      </Typography.Paragraph>
      <div className="dashboard-counts">
        {TASK_STATUSES.map((s) => <Tag key={s} color={STATUS_COLORS[s]}>{statusLabel(s)}: {board.counts[s] ?? 0}</Tag>)}
      </div>
      <Row gutter={12} className="dashboard-cards">
        {sections.map((s) => (
          <Col span={6} key={s.key}>
            <Card size="small" className="dashboard-card" onClick={() => document.getElementById(`section-${s.key}`)?.scrollIntoView({ behavior: 'smooth' })}>
              <div data-testid={`count-${s.key}`}>
                <Statistic title={s.title} value={s.tasks.length} styles={{ content: { color: s.color } }} />
              </div>
            </Card>
          </Col>
        ))}
      </Row>
      {sections.map((s) => (
        <section key={s.key} id={`section-${s.key}`} className="dashboard-section" data-testid={`section-${s.key}`}>
          <Typography.Title level={5} style={{ color: s.color }}>
            {s.title} ({s.tasks.length}){s.key === 'standing' && <span className="muted small"> — {board.period.label}</span>}
          </Typography.Title>
          <TaskTable tasks={s.tasks} units={units} showDirective onChanged={() => void reload()} onDeleted={() => void reload()} empty={s.empty} />
        </section>
      ))}
    </div>
  );
}
