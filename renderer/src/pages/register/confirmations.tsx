import type { App } from 'antd';
import { ApiCallError } from '../../api/client';

// The questions the entry form asks before it does something the clerk may not mean.

type Modal = ReturnType<typeof App.useApp>['modal'];

export interface Jump {
  bookName: string;
  next: number;
  arrivalNumber: number;
}

/** The jump the backend refused to make without confirmation (incoming.register without confirmJump). */
export function refusedJump(err: unknown): Jump | null {
  if (!(err instanceof ApiCallError)) return null;
  const jump = (err.error.details as { jump?: Jump } | undefined)?.jump;
  return jump && typeof jump.next === 'number' && typeof jump.arrivalNumber === 'number' ? jump : null;
}

/**
 * A typed number past the book's next one: say what it does to the numbers after it. The safe answer
 * (correct the number) has the focus, so an Enter typed ahead does not confirm. `afterClose` runs once
 * the dialog is gone (the cursor can go back to the number then, not before).
 */
export async function confirmJump(modal: Modal, jump: Jump, consequence: string, afterClose: () => void): Promise<boolean> {
  return !!(await modal.confirm({
    title: `Số đến ${jump.arrivalNumber} vượt số tiếp theo của sổ (${jump.next})`,
    content: <span data-testid="jump-consequence">{consequence}</span>,
    okText: `Vẫn vào sổ số ${jump.arrivalNumber}`,
    cancelText: 'Sửa lại số đến',
    focusable: { autoFocusButton: 'cancel', focusTriggerAfterClose: false },
    afterClose,
    width: 520,
  }));
}

/** Esc, Đóng or the close button on a form with typed content: nothing is thrown away without asking. */
export async function confirmDiscard(modal: Modal, isNew: boolean): Promise<boolean> {
  return !!(await modal.confirm({
    title: isNew ? 'Bỏ văn bản đang nhập?' : 'Bỏ các thay đổi chưa lưu?',
    content: isNew
      ? 'Những gì đã nhập cho văn bản này chưa được vào sổ và sẽ mất.'
      : 'Những thay đổi vừa nhập chưa được lưu và sẽ mất.',
    okText: 'Bỏ, đóng mẫu nhập',
    okButtonProps: { danger: true },
    cancelText: 'Tiếp tục nhập',
    focusable: { autoFocusButton: 'cancel' },
  }));
}
