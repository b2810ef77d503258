import { Alert, Form, Input, Modal, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { errorMessage } from '../lib/errors';

interface Props {
  open: boolean;
  title: string;
  /** What the clerk should know before confirming (the record stays, the number is never given again). */
  explanation: ReactNode;
  okText: string;
  placeholder: string;
  /** Does the change; a refusal is shown in the dialog, which stays open. */
  onConfirm(reason: string): Promise<void>;
  onClose(): void;
}

/**
 * A change that needs a written reason (hủy số, hủy bản sao): the reason is required, the refusal of the
 * backend is shown in place, and nothing happens until the clerk confirms.
 */
export function ReasonModal({ open, title, explanation, okText, placeholder, onConfirm, onClose }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    const { reason } = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await onConfirm(reason.trim());
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger: true, loading: busy }}
      cancelText="Quay lại"
      onOk={() => void confirm().catch(() => undefined)}
      onCancel={onClose}
      afterClose={() => { form.resetFields(); setError(null); }}
      destroyOnHidden
    >
      <Typography.Paragraph>{explanation}</Typography.Paragraph>
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="reason"
          label="Lý do"
          rules={[{ required: true, whitespace: true, message: 'Cần ghi lý do.' }, { max: 500, message: 'Lý do dài tối đa 500 ký tự.' }]}
        >
          <Input.TextArea rows={3} autoFocus placeholder={placeholder} aria-label="Lý do" data-testid="reason-input" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} data-testid="reason-error" />}
    </Modal>
  );
}
