import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import { api } from '../../api/client';
import { DateInput, dateRule } from '../../components/DateInput';
import { errorMessage } from '../../lib/errors';
import { todayIso } from '../../lib/format';

type Copy = MethodOutput<'copies.get'>;

/** The delivery being recorded: one body's copy, named for the dialog. */
export interface DeliveryRef {
  id: number;
  recipient: string;
  copySymbol: string;
  sentDate: string;
  receivedDate: string | null;
  receivedBy: string;
}

interface Values { sentDate: string | null; receivedDate: string | null; receivedBy: string }

/**
 * "Ghi nhận gửi, nhận": when the copy was sent to this body, when it was received and who signed for it. An
 * empty received date means not received yet (a receipt recorded by mistake is taken back this way).
 */
export function DeliveryEditModal({ delivery, onClose, onSaved }: { delivery: DeliveryRef | null; onClose(): void; onSaved(copy: Copy): void }) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!delivery) return;
    setError(null);
    // A receipt not recorded yet is proposed for today: the usual case is "they signed for it today".
    form.setFieldsValue({ sentDate: delivery.sentDate, receivedDate: delivery.receivedDate ?? todayIso(), receivedBy: delivery.receivedBy });
  }, [delivery, form]);

  async function save() {
    if (!delivery) return;
    const v = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      const copy = await api('copies.deliver', {
        deliveryId: delivery.id, sentDate: v.sentDate ?? delivery.sentDate, receivedDate: v.receivedDate || null, receivedBy: v.receivedBy ?? '',
      });
      onSaved(copy);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={delivery !== null}
      title={delivery ? `Gửi, nhận bản sao ${delivery.copySymbol}` : ''}
      okText="Lưu"
      cancelText="Đóng"
      okButtonProps={{ loading: busy }}
      onOk={() => void save().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph strong data-testid="delivery-recipient">{delivery?.recipient}</Typography.Paragraph>
      <Form form={form} layout="vertical" requiredMark={false} name="delivery" data-testid="delivery-form">
        <Form.Item name="sentDate" label="Ngày gửi" rules={[dateRule, { required: true, message: 'Cần ngày gửi.' }]}><DateInput aria-label="Ngày gửi" /></Form.Item>
        <Form.Item name="receivedDate" label="Ngày nhận (để trống: chưa nhận)" rules={[dateRule]}><DateInput aria-label="Ngày nhận" /></Form.Item>
        <Form.Item name="receivedBy" label="Người ký nhận"><Input aria-label="Người ký nhận" maxLength={200} /></Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} data-testid="delivery-error" />}
    </Modal>
  );
}
