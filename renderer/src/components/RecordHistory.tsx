import { Collapse, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { HistoryRecordType, RecordHistoryItem } from '../../../shared/contractSafety';
import { api } from '../api/client';
import { errorMessage } from '../lib/errors';
import { displayDateTime } from '../lib/format';

/**
 * "Lịch sử thay đổi" of one record (a task, a round, a body…): who changed what and when, folded
 * until opened. One line in a detail view: <RecordHistory recordType="task" recordId={task.id} />.
 */
export default function RecordHistory({ recordType, recordId }: { recordType: HistoryRecordType; recordId: number | string }) {
  const [items, setItems] = useState<RecordHistoryItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!open) return;
    api('history.forRecord', { recordType, recordId }).then(setItems, (err: unknown) => setError(errorMessage(err)));
  }, [open, recordType, recordId]);

  const body = error ? <Typography.Text type="danger">{error}</Typography.Text>
    : !items ? null
    : items.length === 0 ? <Typography.Text type="secondary">Chưa có thay đổi nào được ghi.</Typography.Text>
    : (
      <Timeline items={items.map((h) => ({
        key: h.id,
        content: (
          <span data-testid="record-history-item">
            <span className="muted">{displayDateTime(h.at)}</span> {h.summary}
            {h.actor && <span className="muted"> — {h.actor}</span>}
          </span>
        ),
      }))} />
    );

  return (
    <Collapse ghost size="small" onChange={(keys) => setOpen(keys.length > 0)}
      items={[{ key: 'history', label: 'Lịch sử thay đổi', children: body }]} />
  );
}
