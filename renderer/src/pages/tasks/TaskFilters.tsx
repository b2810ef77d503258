import { Input, Select } from 'antd';
import type { TaskStatus } from '../../../../shared/taskStatus';
import { STATUS_FILTER_OPTIONS } from './model';

export interface TaskFilterValue { statuses: TaskStatus[]; q: string }

/** Status and words: the filters every task table shares. */
export function TaskFilters({ value, onChange, counts }: { value: TaskFilterValue; onChange(v: TaskFilterValue): void; counts: Record<string, number> }) {
  return (
    <>
      <Select<TaskStatus[]>
        mode="multiple"
        allowClear
        className="task-filter-status"
        placeholder="Mọi trạng thái"
        value={value.statuses}
        onChange={(statuses) => onChange({ ...value, statuses })}
        options={STATUS_FILTER_OPTIONS.map((o) => ({ ...o, label: `${o.label} (${counts[o.value] ?? 0})` }))}
        maxTagCount="responsive"
        aria-label="Lọc theo trạng thái"
      />
      <Input
        type="search"
        allowClear
        className="task-filter-q"
        placeholder="Tìm trong nội dung, đơn vị, thời hạn"
        value={value.q}
        onChange={(e) => onChange({ ...value, q: e.target.value })}
        aria-label="Tìm nhiệm vụ"
      />
    </>
  );
}
