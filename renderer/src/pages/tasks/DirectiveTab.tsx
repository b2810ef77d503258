import { ImportOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import type { Unit } from '../../../../shared/taskSchemas';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { useDebounced } from '../../lib/hooks';
import { useTaskList } from './hooks';
import { entryLabel } from './model';
import { type TaskFilterValue, TaskFilters } from './TaskFilters';
import { DirectiveLine, TaskTable } from './TaskTable';

type Directives = MethodOutput<'tasks.directives'>;

/** "Theo văn bản": the tasks one directive assigns, with filters. */
export function DirectiveTab({ units, directiveId, onDirective, onImport }: {
  units: Unit[]; directiveId: number | null; onDirective(id: number | null): void; onImport(id: number | null): void;
}) {
  const [directives, setDirectives] = useState<Directives>([]);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<TaskFilterValue>({ statuses: [], q: '' });
  const q = useDebounced(filter.q, 200);

  useEffect(() => {
    api('tasks.directives', {}).then((d) => {
      setDirectives(d);
      if (directiveId === null && d.length) onDirective(d[0].directive.id);
    }, (err) => setError(errorMessage(err)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const list = useTaskList(directiveId === null ? null : { directiveId, statuses: filter.statuses, q: q || undefined });
  const current = directives.find((d) => d.directive.id === directiveId);

  return (
    <div className="tab-body">
      {error && <Alert type="error" showIcon title={error} className="page-alert" />}
      <div className="task-toolbar">
        <Select<number>
          className="directive-select"
          value={directiveId ?? undefined}
          placeholder="Chọn văn bản chỉ đạo"
          onChange={(id) => onDirective(id)}
          options={directives.map((d) => ({ value: d.directive.id, label: `${entryLabel(d.directive)} (${d.taskCount} nhiệm vụ)` }))}
          aria-label="Văn bản chỉ đạo"
          data-testid="directive-select"
        />
        <TaskFilters value={filter} onChange={setFilter} counts={list.counts} />
        <span className="filter-spacer" />
        <Button icon={<ImportOutlined />} onClick={() => onImport(directiveId)}>Nhập nhiệm vụ từ văn bản</Button>
      </div>
      {current && <Typography.Paragraph className="directive-info"><DirectiveLine directive={current.directive} /></Typography.Paragraph>}
      {directives.length === 0 && !error
        ? <Empty description="Chưa có văn bản nào được theo dõi nhiệm vụ. Dùng “Nhập nhiệm vụ từ văn bản” để bắt đầu." />
        : (
          <TaskTable
            tasks={list.items}
            units={units}
            loading={list.loading}
            scrollY="calc(100vh - 330px)"
            onChanged={list.replace}
            onDeleted={() => void list.reload()}
            testId="directive-tasks"
          />
        )}
    </div>
  );
}
