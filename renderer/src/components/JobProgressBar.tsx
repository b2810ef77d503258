import { Button, Flex, Progress } from 'antd';
import type { CSSProperties } from 'react';
import type { JobProgress } from '../../../shared/progress';

/** A long operation under way (a report, a backup): how far it has come, what it does now, and "Hủy". */
export function JobProgressBar({ progress, onCancel, style }: { progress: JobProgress | null; onCancel(): void; style?: CSSProperties }) {
  const percent = progress && progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : 0;
  return (
    <div role="status" aria-live="polite" data-testid="job-progress" style={{ padding: '4px 14px 10px', ...style }}>
      <Flex gap={8} align="center">
        <Progress percent={percent} status="active" showInfo={false} style={{ flex: 1, margin: 0 }} />
        <Button size="small" onClick={onCancel} data-testid="job-cancel">Hủy</Button>
      </Flex>
      <div className="muted small" data-testid="job-progress-label">{progress?.label ?? 'Đang bắt đầu…'}</div>
    </div>
  );
}
