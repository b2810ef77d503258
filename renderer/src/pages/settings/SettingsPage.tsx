import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Row, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Settings } from '../../../../shared/schemas';
import { api } from '../../api/client';
import { useOffice } from '../../app/office';
import { errorMessage, fieldErrors } from '../../lib/errors';
import SafetySections from './SafetySections';
import NumberingSection from './NumberingSection';
import IntakeFolderSection from './IntakeFolderSection';
import DistributionCard, { withCleanRecipients } from './DistributionCard';

const MODE_LABELS: Record<string, string> = { web: 'Trình duyệt', electron: 'Ứng dụng máy tính', cli: 'Dòng lệnh' };

/** "Cài đặt": the office's identity (printed on documents) and whether this machine is offline. */
export default function SettingsPage() {
  const { settings, info, setSettings } = useOffice();
  const { message } = App.useApp();
  const [form] = Form.useForm<Settings>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const offline = Form.useWatch('offlineMachine', form);

  useEffect(() => {
    if (settings) form.setFieldsValue(settings);
  }, [settings, form]);

  async function save(values: Settings) {
    setSaving(true);
    setError(null);
    try {
      const saved = await api('settings.update', withCleanRecipients(values));
      setSettings(saved);
      form.setFieldsValue(saved);
      message.success('Đã lưu cài đặt.');
    } catch (err) {
      form.setFields(Object.entries(fieldErrors(err)).map(([name, msg]) => ({ name: name as keyof Settings, errors: [msg] })));
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="page settings-page">
      <Typography.Title level={3} className="page-title">Cài đặt</Typography.Title>
      <Form<Settings> form={form} layout="vertical" onFinish={(v) => void save(v)} disabled={!settings} data-testid="settings-form">
        {error && <Alert type="error" showIcon title={error} className="page-alert" />}
        <Row gutter={16}>
          <Col xs={24} xl={14}>
            <Card title="Cơ quan" size="small" className="settings-card">
              <Typography.Paragraph type="secondary">
                Tên cơ quan in ở góc trái văn bản (Hướng dẫn 36-HD/VPTW): cơ quan cấp trên, rồi cơ quan ban hành.
                Viết hoa như trên văn bản.
              </Typography.Paragraph>
              <Row gutter={12}>
                <Col span={12}>
                  <Form.Item name="superiorBody" label="Cơ quan cấp trên">
                    <Input placeholder="TỈNH ỦY LẠNG SƠN" />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="issuingBody" label="Cơ quan ban hành">
                    <Input placeholder="VĂN PHÒNG" />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name="issuerCode" label="Mã cơ quan" tooltip="Dùng trong số, ký hiệu: phần sau dấu gạch chéo, như VPTU trong 1274-SY/VPTU">
                    <Input placeholder="VPTU" />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name="placeName" label="Địa danh">
                    <Input placeholder="Lạng Sơn" />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
            <Card title="Người ký" size="small" className="settings-card">
              <Row gutter={12}>
                <Col span={8}>
                  <Form.Item name="signerAuthority" label="Thẩm quyền ký" tooltip="T/M, K/T, T/L kèm chức vụ người đứng đầu">
                    <Input placeholder="K/T CHÁNH VĂN PHÒNG" />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name="signerPosition" label="Chức vụ người ký">
                    <Input placeholder="PHÓ CHÁNH VĂN PHÒNG" />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name="signerName" label="Họ và tên người ký">
                    <Input placeholder="Nguyễn Văn A" />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
            <DistributionCard />
          </Col>
          <Col xs={24} xl={10}>
            <Card title="Bảo vệ bí mật nhà nước" size="small" className="settings-card">
              <div className="offline-switch">
                <Form.Item name="offlineMachine" valuePropName="checked" noStyle>
                  <Switch id="offlineMachine" data-testid="offline-switch" />
                </Form.Item>
                <label htmlFor="offlineMachine" className="switch-label">Máy này không kết nối mạng</label>
              </div>
              <Typography.Paragraph className="offline-explain">
                Pháp luật cấm soạn thảo, lưu giữ thông tin bí mật nhà nước trên máy tính đã hoặc đang kết nối mạng
                Internet hay mạng máy tính khác. Vì vậy với văn bản có độ mật (Mật, Tối mật, Tuyệt mật), chương trình
                chỉ vào sổ thông tin của văn bản và từ chối lưu tệp nội dung — trừ khi cơ quan khai báo máy này là
                máy <strong>chưa từng và không</strong> kết nối mạng.
              </Typography.Paragraph>
              {offline ? (
                <Alert type="warning" showIcon title="Máy đã được khai báo không kết nối mạng: được lưu tệp của văn bản mật. Chỉ bật khi đúng như vậy." />
              ) : (
                <Alert type="info" showIcon title="Máy nối mạng: tệp của văn bản mật sẽ không được lưu." />
              )}
            </Card>
            {info && (
              <Card title="Thông tin chương trình" size="small" className="settings-card">
                <Descriptions
                  size="small"
                  column={1}
                  items={[
                    { key: 'v', label: 'Phiên bản', children: info.version },
                    { key: 'm', label: 'Chế độ', children: MODE_LABELS[info.mode] ?? info.mode },
                    { key: 'db', label: 'Tệp dữ liệu', children: <Typography.Text copyable className="db-path">{info.dbPath}</Typography.Text> },
                  ]}
                />
              </Card>
            )}
          </Col>
        </Row>
        <div className="page-actions">
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={saving}>Lưu cài đặt</Button>
        </div>
      </Form>
      <NumberingSection />
      <IntakeFolderSection />
      <SafetySections />
    </div>
  );
}
