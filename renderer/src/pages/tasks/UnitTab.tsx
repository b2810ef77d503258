import { Empty, Typography } from 'antd';
import { useState } from 'react';
import type { Unit } from '../../../../shared/taskSchemas';
import { useDebounced } from '../../lib/hooks';
import { useTaskList } from './hooks';
import { type TaskFilterValue, TaskFilters } from './TaskFilters';
import { TaskTable } from './TaskTable';
import { UnitSelect } from './UnitSelect';

/** "Theo đơn vị": everything a body leads or coordinates, across directives. */
export function UnitTab({ units }: { units: Unit[] }) {
  const [unitId, setUnitId] = useState<number | null>(null);
  const [filter, setFilter] = useState<TaskFilterValue>({ statuses: [], q: '' });
  const q = useDebounced(filter.q, 200);
  const list = useTaskList(unitId === null ? null : { unitId, statuses: filter.statuses, q: q || undefined });

  return (
    <div className="tab-body">
      <div className="task-toolbar">
        <UnitSelect<number | null> units={units} value={unitId} onChange={setUnitId} className="unit-pick" aria-label="Đơn vị" placeholder="Chọn đơn vị (gõ tên, tên tắt hoặc mã)" />
        <TaskFilters value={filter} onChange={setFilter} counts={list.counts} />
      </div>
      {unitId === null
        ? <Empty description="Chọn một đơn vị để xem mọi nhiệm vụ đơn vị chủ trì hoặc phối hợp." />
        : (
          <>
            <Typography.Paragraph type="secondary">
              {list.items.length} nhiệm vụ đơn vị chủ trì hoặc phối hợp, theo mọi văn bản chỉ đạo.
            </Typography.Paragraph>
            <TaskTable tasks={list.items} units={units} loading={list.loading} showDirective scrollY="calc(100vh - 340px)" onChanged={list.replace} onDeleted={() => void list.reload()} testId="unit-tasks" />
          </>
        )}
    </div>
  );
}
