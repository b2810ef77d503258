import { App, Select, Tag } from 'antd';
import { useState } from 'react';
import type { Task } from '../../../../shared/taskSchemas';
import type { TaskState } from '../../../../shared/taskStatus';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { displayDate } from '../../lib/format';
import { STATE_OPTIONS, STATUS_COLORS, statusLabel } from './model';

/**
 * The status of a task, changed in one step from the table. Closed, it shows the status worked out
 * from the dates (Quá hạn, Hoàn thành quá hạn…); open, it offers the three states a clerk records.
 */
export function StatusSelect({ task, onChanged }: { task: Task; onChanged(task: Task): void }) {
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);

  async function change(state: TaskState) {
    setSaving(true);
    try {
      const saved = await api('tasks.setStatus', { id: task.id, state });
      onChanged(saved);
      message.success(state === 'done'
        ? `Đã ghi hoàn thành ngày ${displayDate(saved.completedDate)}${saved.status === 'done_late' ? ' (quá hạn)' : ''}.`
        : `Đã chuyển sang "${statusLabel(saved.status)}".`);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Select<TaskState>
      size="small"
      variant="borderless"
      className="status-select"
      value={task.state}
      loading={saving}
      disabled={saving}
      popupMatchSelectWidth={false}
      aria-label={`Trạng thái nhiệm vụ ${task.section || task.position}`}
      data-testid={`status-${task.id}`}
      options={STATE_OPTIONS.map((o) => ({ ...o }))}
      labelRender={() => <Tag color={STATUS_COLORS[task.status]} className="status-tag">{statusLabel(task.status)}</Tag>}
      onChange={(v) => void change(v)}
    />
  );
}
