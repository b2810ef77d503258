import { HistoryOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import type { Task, Unit } from '../../../../shared/taskSchemas';
import { displayDate } from '../../lib/format';
import { bodiesLine, dueLabel, entryLabel } from './model';
import { ProgressModal } from './ProgressModal';
import { StatusSelect } from './StatusSelect';
import { TaskEditModal } from './TaskEditModal';

interface Props {
  tasks: Task[];
  units: Unit[];
  loading?: boolean;
  /** Show which directive each task belongs to (lists across directives). */
  showDirective?: boolean;
  /** Height of the scrolling body, e.g. "calc(100vh - 300px)"; none: the table grows with its rows. */
  scrollY?: string;
  onChanged(task: Task): void;
  onDeleted?(id: number): void;
  testId?: string;
  empty?: string;
}

/** Tasks as a table: body, content, deadline, status (changed in place) and the last progress entry. */
export function TaskTable({ tasks, units, loading, showDirective, scrollY, onChanged, onDeleted, testId, empty }: Props) {
  const [progressOf, setProgressOf] = useState<Task | null>(null);
  const [editing, setEditing] = useState<Task | null>(null);

  return (
    <>
      <Table<Task>
        size="small"
        rowKey="id"
        dataSource={tasks}
        loading={loading}
        pagination={false}
        scroll={scrollY ? { y: scrollY } : undefined}
        data-testid={testId}
        rowClassName={(t) => `task-row status-${t.status}`}
        locale={{ emptyText: empty ?? 'Không có nhiệm vụ nào' }}
        columns={[
          ...(showDirective ? [{
            key: 'directive', title: 'Văn bản', width: 100,
            render: (_: unknown, t: Task) => <Tooltip title={t.directive.abstract}><span className="nowrap">{t.directive.symbol || `Số đến ${t.directive.arrivalNumber}`}</span></Tooltip>,
          }] : []),
          { key: 'section', title: 'Mục', width: 58, render: (_, t) => <span className="nowrap">{t.section}</span> },
          { key: 'unit', title: 'Đơn vị chủ trì', width: 180, render: (_, t) => <div className="clamp-3" title={bodiesLine(t)}>{bodiesLine(t)}</div> },
          {
            key: 'content', title: 'Nội dung',
            render: (_, t) => (
              <button type="button" className="link-cell" title={`${t.content}\n\n(Bấm để sửa)`} onClick={() => setEditing(t)}>
                <span className="clamp-4">{t.content}</span>
              </button>
            ),
          },
          {
            key: 'deadline', title: 'Thời hạn', width: 150,
            render: (_, t) => (
              <div>
                <div className={`due-date${t.status === 'overdue' ? ' overdue' : ''}`}>{dueLabel(t)}</div>
                {t.deadlineText && <div className="muted small clamp-2" title={t.deadlineText}>{t.deadlineText}</div>}
              </div>
            ),
          },
          { key: 'status', title: 'Trạng thái', width: 176, render: (_, t) => <StatusSelect task={t} onChanged={onChanged} /> },
          {
            key: 'progress', title: 'Tiến độ gần nhất', width: 220,
            render: (_, t) => (
              <div className="progress-cell">
                <div className="progress-last">
                  {t.lastProgress
                    ? <div className="clamp-2" title={t.lastProgress.text}><span className="muted">{displayDate(t.lastProgress.date)}:</span> {t.lastProgress.text}</div>
                    : <span className="muted">Chưa có</span>}
                  {t.standing && !t.reportedThisPeriod && <Tag color="orange" className="small-tag">Chưa báo cáo kỳ này</Tag>}
                  {t.completedDate && <div className="muted small">Hoàn thành {displayDate(t.completedDate)}</div>}
                </div>
                <Tooltip title="Xem và ghi tiến độ">
                  <Button size="small" icon={<HistoryOutlined />} onClick={() => setProgressOf(t)} aria-label={`Tiến độ nhiệm vụ ${t.section || t.position}`} data-testid={`progress-${t.id}`}>
                    {t.progressCount || ''}
                  </Button>
                </Tooltip>
              </div>
            ),
          },
        ]}
      />
      <ProgressModal task={progressOf} onClose={() => setProgressOf(null)} onChanged={onChanged} />
      <TaskEditModal task={editing} units={units} onClose={() => setEditing(null)} onSaved={onChanged} onDeleted={(id) => onDeleted?.(id)} />
    </>
  );
}

/** A directive as a line: "43-NQ/TW ngày 24/11/2023 — Nghị quyết…". */
export function DirectiveLine({ directive }: { directive: Task['directive'] }) {
  return (
    <span className="directive-line" title={directive.abstract}>
      <strong>{entryLabel(directive)}</strong> <span className="muted">— {directive.issuer}: {directive.abstract}</span>
    </span>
  );
}
