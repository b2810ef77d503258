import { Card, Form, Input, Radio } from 'antd';

import type { Settings } from '../../../../shared/schemas';

// One recipient per line in the box. While the clerk types, every line is kept as typed (a new line or a
// trailing space must not vanish under the cursor); blank lines and edge spaces go when the form is saved.
const linesToList = (text: unknown): string[] => String(text ?? '').split('\n');
const listToLines = (list: unknown): { value: string } => ({ value: Array.isArray(list) ? list.join('\n') : '' });

/** The settings as saved: recipients trimmed, blank lines dropped. */
export function withCleanRecipients(values: Settings): Settings {
  const lines = values.reviewRecipients ?? [];
  return { ...values, reviewRecipients: lines.map((line) => line.trim()).filter((line) => line !== '') };
}

/**
 * "Nơi nhận và bản sao" in the settings form: where the sơ kết/tổng kết goes upward, the archive line
 * that ends every copy's "Nơi nhận", and how copy numbers run. Rendered inside the settings <Form>.
 */
export default function DistributionCard() {
  return (
    <Card title="Nơi nhận và bản sao" size="small" className="settings-card">
      <Form.Item
        name="reviewRecipients"
        label="Nơi nhận của báo cáo sơ kết, tổng kết"
        extra="Mỗi dòng một nơi nhận, theo thứ tự in ở cuối báo cáo; dòng “Lưu …” để cuối."
        getValueProps={listToLines}
        normalize={linesToList}
      >
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} />
      </Form.Item>
      <Form.Item name="archiveLine" label="Dòng lưu của bản sao" tooltip="Dòng cuối cùng của “Nơi nhận” trên mọi bản sao">
        <Input placeholder="Lưu Văn phòng Tỉnh ủy" />
      </Form.Item>
      <Form.Item name="copyNumbering" label="Đánh số bản sao">
        <Radio.Group
          options={[
            { value: 'year', label: 'Từ số 01 mỗi năm (Nghị định 30)' },
            { value: 'continuous', label: 'Nối tiếp, không bắt đầu lại' },
          ]}
        />
      </Form.Item>
    </Card>
  );
}
