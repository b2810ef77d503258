import { HistoryOutlined } from '@ant-design/icons';
import { Button, Table, type TableColumnsType, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import type { Task, Unit } from '../../../../shared/taskSchemas';
import { displayDate } from '../../lib/format';
import { minTableWidth, useWideScreen } from '../../lib/tableWidth';
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

/** The last progress entry, or "Chưa có"; with the standing duty's "not reported this period" and the completion date. */
function LastProgress({ task: t }: { task: Task }) {
  return (
    <>
      {t.lastProgress
        ? <div className="clamp-2" title={t.lastProgress.text}><span className="muted">{displayDate(t.lastProgress.date)}:</span> {t.lastProgress.text}</div>
        : <span className="muted">Chưa có</span>}
      {t.standing && !t.reportedThisPeriod && <Tag color="orange" className="small-tag">Chưa báo cáo kỳ này</Tag>}
      {t.completedDate && <div className="muted small">Hoàn thành {displayDate(t.completedDate)}</div>}
    </>
  );
}

/**
 * Tasks as a table: body, content, deadline, status (changed in place) and the last progress entry.
 * On a window under 1200 px the last progress moves under the content and the other columns narrow,
 * so "Nội dung" keeps a readable width on 1024 and 1152 px screens.
 */
export function TaskTable({ tasks, units, loading, showDirective, scrollY, onChanged, onDeleted, testId, empty }: Props) {
  const [progressOf, setProgressOf] = useState<Task | null>(null);
  const [editing, setEditing] = useState<Task | null>(null);
  const wide = useWideScreen();

  const progressButton = (t: Task) => (
    <Tooltip title="Xem và ghi tiến độ">
      <Button size="small" icon={<HistoryOutlined />} onClick={() => setProgressOf(t)} aria-label={`Tiến độ nhiệm vụ ${t.section || t.position}`} data-testid={`progress-${t.id}`}>
        {t.progressCount || ''}
      </Button>
    </Tooltip>
  );

  const columns: TableColumnsType<Task> = [
    showDirective
      ? {
        key: 'directive', title: 'Văn bản, mục', width: 96,
        render: (_, t) => (
          <Tooltip title={t.directive.abstract}>
            <div>
              <div className="nowrap">{t.directive.symbol || `Số đến ${t.directive.arrivalNumber}`}</div>
              {t.section && <div className="muted small">Mục {t.section}</div>}
            </div>
          </Tooltip>
        ),
      }
      : { key: 'section', title: 'Mục', width: 58, render: (_, t) => <span className="nowrap">{t.section}</span> },
    { key: 'unit', title: 'Đơn vị chủ trì', width: wide ? 180 : showDirective ? 128 : 140, render: (_, t) => <div className="clamp-3" title={bodiesLine(t)}>{bodiesLine(t)}</div> },
    {
      key: 'content', title: 'Nội dung', className: 'task-content-cell',
      render: (_, t) => (
        <>
          <button type="button" className="link-cell" title={`${t.content}\n\n(Bấm để sửa)`} onClick={() => setEditing(t)}>
            <span className={wide ? 'clamp-4' : 'clamp-3'}>{t.content}</span>
          </button>
          {!wide && <div className="progress-inline small"><LastProgress task={t} /></div>}
        </>
      ),
    },
    {
      key: 'deadline', title: 'Thời hạn', width: wide ? 150 : 116,
      render: (_, t) => (
        <div>
          <div className={`due-date${t.status === 'overdue' ? ' overdue' : ''}`}>{dueLabel(t)}</div>
          {t.deadlineText && <div className="muted small clamp-2" title={t.deadlineText}>{t.deadlineText}</div>}
        </div>
      ),
    },
    { key: 'status', title: 'Trạng thái', width: wide ? 176 : 172, render: (_, t) => <StatusSelect task={t} onChanged={onChanged} /> },
    wide
      ? {
        key: 'progress', title: 'Tiến độ gần nhất', width: 220,
        render: (_, t) => (
          <div className="progress-cell">
            <div className="progress-last"><LastProgress task={t} /></div>
            {progressButton(t)}
          </div>
        ),
      }
      : { key: 'progress', title: 'Tiến độ', width: 76, render: (_, t) => progressButton(t) },
  ];

  return (
    <>
      <Table<Task>
        size="small"
        rowKey="id"
        dataSource={tasks}
        loading={loading}
        pagination={false}
        scroll={{ x: minTableWidth(columns, 180), y: scrollY }}
        data-testid={testId}
        rowClassName={(t) => `task-row status-${t.status}`}
        locale={{ emptyText: empty ?? 'Không có nhiệm vụ nào' }}
        columns={columns}
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
