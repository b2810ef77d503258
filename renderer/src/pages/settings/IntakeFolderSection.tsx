import { FolderOpenOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { formatNumber } from '../../lib/format';

/**
 * "Nhận văn bản từ thư mục" in Cài đặt: the folder where the Party network's client saves what it receives.
 * Each new file there shows on the register as "Văn bản mới nhận", once, until the clerk registers or leaves it.
 */
export default function IntakeFolderSection() {
  const { message } = App.useApp();
  const [folder, setFolder] = useState('');
  const [saved, setSaved] = useState('');
  const [proposed, setProposed] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api('intake.folder', {}).then((state) => {
      setFolder(state.folder);
      setSaved(state.folder);
      setProposed(state.proposed);
    }, (err: unknown) => setError(errorMessage(err)));
  }, []);

  async function save(value: string) {
    setBusy(true);
    setError(null);
    try {
      const result = await api('intake.setFolder', { folder: value });
      setFolder(result.folder);
      setSaved(result.folder);
      message.success(result.folder ? `Đang theo dõi thư mục ${result.folder}.` : 'Đã ngừng theo dõi thư mục nhận văn bản.');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title="Nhận văn bản từ thư mục" size="small" className="settings-card" data-testid="intake-folder-section">
      <Typography.Paragraph type="secondary">
        Thư mục mà phần mềm nhận văn bản qua mạng (mạng thông tin diện rộng của Đảng) lưu tệp nhận được. Mỗi tệp mới
        (PDF, Word, ảnh bản quét) tự hiện trong sổ văn bản đến ở mục "Văn bản mới nhận" với các trường đã đọc sẵn, mỗi
        tệp một lần; chỉ vào sổ khi văn thư xác nhận. Tệp trong thư mục con (tối đa 2 cấp, ví dụ 2026\12) cũng được
        nhận. Tệp đang được ghi sẽ được chờ ghi xong mới đọc.
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} className="page-alert" />}
      <Space.Compact style={{ width: '100%', maxWidth: 680 }}>
        <Input prefix={<FolderOpenOutlined />} value={folder} onChange={(e) => setFolder(e.target.value)}
          placeholder="Ví dụ D:\VanBanDen" aria-label="Thư mục nhận văn bản" data-testid="intake-folder"
          onPressEnter={() => void save(folder)} />
        <Button onClick={() => void save(folder)} loading={busy} disabled={folder.trim() === saved}>Lưu thư mục</Button>
      </Space.Compact>
      <div style={{ marginTop: 8 }}>
        {saved ? (
          <Space size={12} wrap>
            <Typography.Text type="success">Đang theo dõi; {formatNumber(proposed)} tệp chờ vào sổ.</Typography.Text>
            <Button size="small" type="link" onClick={() => void save('')} disabled={busy}>Ngừng theo dõi</Button>
          </Space>
        ) : (
          <Typography.Text type="secondary">Chưa chọn thư mục: văn bản chỉ được nhận khi kéo thả hoặc chọn tệp.</Typography.Text>
        )}
      </div>
    </Card>
  );
}
