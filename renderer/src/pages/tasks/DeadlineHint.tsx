import { WarningOutlined } from '@ant-design/icons';
import { parseDeadline } from '../../../../shared/deadline';

/** How a deadline phrase was read, under the field where the clerk confirms the date. */
export function DeadlineHint({ text, refDate }: { text: string; refDate?: string | null }) {
  if (!text.trim()) return <span className="deadline-hint muted">Không ghi thời hạn</span>;
  const parsed = parseDeadline(text, refDate ?? undefined);
  return (
    <span className={`deadline-hint${parsed.recognized ? '' : ' unread'}`}>
      {!parsed.recognized && <WarningOutlined />} {parsed.explanation}
    </span>
  );
}
