import { CloseOutlined, WarningFilled } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import { api, onApiSuccess } from '../../api/client';
import { bridge } from '../../api/bridge';
import { displayDate } from '../../lib/format';
import './tasks.css';

type Reminders = MethodOutput<'reminders.check'>;

let checked = false;

/** Calls that change tasks (not the reads): after one, the count shown may be stale. */
const CHANGES_TASKS = /^tasks\.(?!get$|list$|directives$|extract$)/;

function summary(r: Reminders): { title: string; body: string } {
  const n = r.newlyOverdue.length;
  const title = r.since
    ? `${n} nhiệm vụ quá hạn kể từ lần mở trước (${displayDate(r.since)})`
    : `${n} nhiệm vụ đang quá hạn`;
  const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
  const names = r.newlyOverdue.slice(0, 3).map((t) => `Hạn ${displayDate(t.dueDate)} · ${cut(t.leadText, 40)}: ${cut(t.content, 70)}`);
  return { title, body: [...names, ...(n > 3 ? [`và ${n - 3} nhiệm vụ khác`] : [])].join('\n') };
}

/**
 * At start-up, what fell overdue since the last run: a desktop notification in Electron, a banner in the
 * header strip in a browser. The reminder counts as seen once notified, or when the clerk closes the banner or opens the list.
 */
export function OverdueReminder() {
  const [shown, setShown] = useState<Reminders | null>(null);

  useEffect(() => {
    if (checked) return;
    checked = true;
    api('reminders.check', {}).then(async (r) => {
      if (r.newlyOverdue.length === 0) return;
      const notify = bridge()?.notify;
      if (notify) {
        const { title, body } = summary(r);
        await notify(title, body);
        await api('reminders.dismiss', {});
      } else {
        setShown(r);
      }
    }, () => undefined);
  }, []);

  // While the banner is shown, a task completed (or moved) anywhere in the app updates its count.
  const showing = shown !== null;
  useEffect(() => {
    if (!showing) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = onApiSuccess((method) => {
      if (!CHANGES_TASKS.test(method)) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        api('reminders.check', {}).then((r) => setShown((before) => (before ? r : null)), () => undefined);
      }, 200);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [showing]);

  if (!shown || shown.newlyOverdue.length === 0) return null;
  const { title, body } = summary(shown);
  const seen = () => {
    setShown(null);
    void api('reminders.dismiss', {}).catch(() => undefined);
  };
  // A strip in the header: it takes no room from the page under it; the full list is on the dashboard.
  return (
    <div className="overdue-reminder" role="alert" data-testid="overdue-reminder">
      <WarningFilled className="overdue-reminder-icon" />
      <Tooltip title={<div className="overdue-reminder-list">{body}</div>} placement="bottomRight">
        <span className="overdue-reminder-text">{title}</span>
      </Tooltip>
      <Button size="small" onClick={() => { seen(); window.location.hash = '#/nhiem-vu/tong-quan'; }}>Xem nhiệm vụ</Button>
      <Button size="small" type="text" icon={<CloseOutlined />} onClick={seen} aria-label="Đã xem, đóng nhắc việc" className="overdue-reminder-close" />
    </div>
  );
}
