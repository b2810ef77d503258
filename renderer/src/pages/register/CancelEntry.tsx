import { StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { IncomingEntry } from '../../../../shared/schemas';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { displayDateTime } from '../../lib/format';

/**
 * A mistaken entry is cancelled, never erased (issue 8): it stays in the register, struck through, and its
 * number is never given again. The clerk must say why; the reason is printed in the book's "Ghi chú".
 */
export function CancelEntryButton({ entry, onCancelled }: { entry: IncomingEntry; onCancelled(): void }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  if (entry.cancelled) return null;

  async function cancel() {
    const { reason } = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await api('incoming.cancel', { id: entry.id, reason: reason.trim() });
      message.success(`Đã hủy văn bản số đến ${entry.arrivalNumber}.`);
      setOpen(false);
      onCancelled();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button danger icon={<StopOutlined />} onClick={() => { setError(null); setOpen(true); }} data-testid="detail-cancel">
        Hủy văn bản
      </Button>
      <Modal
        open={open}
        title={`Hủy văn bản số đến ${entry.arrivalNumber}?`}
        okText="Hủy văn bản"
        okButtonProps={{ danger: true, loading: busy }}
        cancelText="Quay lại"
        onOk={() => void cancel().catch(() => undefined)}
        onCancel={() => setOpen(false)}
        afterClose={() => form.resetFields()}
      >
        <Typography.Paragraph>
          Văn bản vẫn ở lại trong sổ, bị gạch ngang kèm lý do hủy; số đến {entry.arrivalNumber} không được cấp lại cho văn bản khác.
          Không thể hoàn tác việc hủy.
        </Typography.Paragraph>
        <Form form={form} layout="vertical" requiredMark={false}>
          <Form.Item
            name="reason"
            label="Lý do hủy"
            rules={[{ required: true, whitespace: true, message: 'Cần ghi lý do hủy.' }, { max: 500, message: 'Lý do hủy dài tối đa 500 ký tự.' }]}
          >
            <Input.TextArea rows={3} autoFocus placeholder="Ví dụ: Vào sổ trùng với số đến 11646" data-testid="cancel-reason" />
          </Form.Item>
        </Form>
        {error && <Alert type="error" showIcon title={error} />}
      </Modal>
    </>
  );
}

/** "Đã hủy" with the reason and when, at the top of a cancelled entry's detail. */
export function CancelledNotice({ entry }: { entry: IncomingEntry }) {
  if (!entry.cancelled) return null;
  return (
    <Alert
      className="detail-block"
      type="error"
      showIcon
      data-testid="detail-cancelled"
      title={`Đã hủy${entry.cancelledAt ? ` ngày ${displayDateTime(entry.cancelledAt)}` : ''}`}
      description={`Lý do: ${entry.cancelReason}`}
    />
  );
}
