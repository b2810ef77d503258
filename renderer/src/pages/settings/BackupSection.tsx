import { CloudUploadOutlined, FolderOpenOutlined, HistoryOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Input, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { BackupCheck, BackupInfo, BackupKind } from '../../../../shared/contractSafety';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { displayDateTime, formatBytes, formatNumber } from '../../lib/format';

const KIND_LABELS: Record<BackupKind, { text: string; color: string }> = {
  manual: { text: 'Sao lưu tay', color: 'blue' },
  daily: { text: 'Hằng ngày', color: 'default' },
  'before-migration': { text: 'Trước khi nâng cấp', color: 'purple' },
  'before-restore': { text: 'Trước khi khôi phục', color: 'orange' },
};

/** What a backup holds, as the clerk checks it before a restore. */
function BackupContents({ backup }: { backup: BackupInfo }) {
  const t = backup.tables;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={[
        { key: 'at', label: 'Lập lúc', children: `${displayDateTime(backup.createdAt)} (${KIND_LABELS[backup.kind].text.toLocaleLowerCase('vi')})` },
        { key: 'entries', label: 'Văn bản đến', children: formatNumber(backup.entries) },
        { key: 'tasks', label: 'Nhiệm vụ, đợt sơ kết', children: `${formatNumber(t.tasks ?? 0)} nhiệm vụ, ${formatNumber(t.review_rounds ?? 0)} đợt` },
        { key: 'units', label: 'Đơn vị', children: formatNumber(t.units ?? 0) },
        { key: 'files', label: 'Tệp đính kèm, mẫu', children: `${formatNumber(backup.attachments.count)} tệp (${formatBytes(backup.attachments.bytes)}), ${formatNumber(backup.templates)} mẫu báo cáo` },
        { key: 'size', label: 'Dung lượng', children: formatBytes(backup.size) },
        { key: 'path', label: 'Thư mục', children: <Typography.Text copyable className="db-path">{backup.path}</Typography.Text> },
      ]}
    />
  );
}

/**
 * "Sao lưu" in Cài đặt: where backups go (a second disk, a USB stick), the backups there with what
 * each holds, a backup now, and a restore after showing what the backup holds.
 */
export default function BackupSection() {
  const { message, modal } = App.useApp();
  const [folder, setFolder] = useState('');
  const [defaultFolder, setDefaultFolder] = useState('');
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  const [otherPath, setOtherPath] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const list = await api('backup.list', {});
      setFolder(list.folder);
      setDefaultFolder(list.defaultFolder);
      setBackups(list.backups);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);
  useEffect(() => void load(), [load]);

  async function step<T>(name: string, fn: () => Promise<T>): Promise<T | undefined> {
    setBusy(name);
    setError(null);
    try {
      return await fn();
    } catch (err) {
      setError(errorMessage(err));
      return undefined;
    } finally {
      setBusy(null);
    }
  }

  const saveFolder = () => step('folder', async () => {
    const list = await api('backup.setFolder', { folder: folder === defaultFolder ? '' : folder });
    setFolder(list.folder);
    setBackups(list.backups);
    message.success(`Bản sao lưu sẽ được ghi vào ${list.folder}.`);
  });

  const backupNow = () => step('create', async () => {
    const made = await api('backup.create', {});
    message.success(`Đã sao lưu ${formatNumber(made.entries)} văn bản đến vào ${made.name}.`);
    await load();
  });

  const askRestore = (path: string) => step(`inspect:${path}`, async () => {
    const check: BackupCheck = await api('backup.inspect', { path });
    modal.confirm({
      title: check.ok ? 'Khôi phục từ bản sao lưu này?' : 'Không khôi phục được từ bản sao lưu này',
      width: 620,
      okText: 'Khôi phục',
      cancelText: 'Đóng',
      okButtonProps: { danger: true, disabled: !check.ok },
      content: (
        <div data-testid="restore-preview">
          <BackupContents backup={check} />
          {check.ok ? (
            <Alert className="restore-note" type="warning" showIcon
              title="Dữ liệu hiện tại sẽ được thay bằng dữ liệu của bản sao lưu. Trước khi thay, chương trình tự sao lưu trạng thái hiện tại, nên vẫn quay lại được." />
          ) : (
            <Alert className="restore-note" type="error" showIcon title={check.problems.join(' ')} />
          )}
        </div>
      ),
      onOk: () => restore(path),
    });
  });

  const restore = (path: string) => step('restore', async () => {
    const result = await api('backup.restore', { path });
    message.success(`Đã khôi phục (${formatNumber(result.restored.entries)} văn bản đến). Trạng thái trước đó được giữ trong ${result.safetyBackup.name}.`, 6);
    // Every screen reads the restored register afresh.
    setTimeout(() => window.location.reload(), 1500);
  });

  return (
    <Card title="Sao lưu" size="small" className="settings-card" data-testid="backup-section">
      {error && <Alert type="error" showIcon title={error} className="page-alert" />}
      <Typography.Paragraph type="secondary">
        Chương trình tự sao lưu mỗi ngày khi được dùng, trước mỗi lần nâng cấp và trước mỗi lần khôi phục; giữ 7 bản
        hằng ngày, 4 bản hằng tuần, 12 bản hằng tháng. Nên chọn thư mục trên ổ đĩa thứ hai hoặc ổ USB.
      </Typography.Paragraph>
      <Space.Compact className="backup-folder">
        <Input prefix={<FolderOpenOutlined />} value={folder} onChange={(e) => setFolder(e.target.value)}
          placeholder={defaultFolder} aria-label="Thư mục sao lưu" data-testid="backup-folder" />
        <Button onClick={() => void saveFolder()} loading={busy === 'folder'}>Lưu thư mục</Button>
      </Space.Compact>
      <div className="backup-actions">
        <Button type="primary" icon={<CloudUploadOutlined />} onClick={() => void backupNow()} loading={busy === 'create'} data-testid="backup-now">
          Sao lưu ngay
        </Button>
        <Space.Compact className="backup-other">
          <Input value={otherPath} onChange={(e) => setOtherPath(e.target.value)} placeholder="Thư mục bản sao lưu khác (ổ USB)…" aria-label="Thư mục bản sao lưu khác" />
          <Button icon={<HistoryOutlined />} disabled={!otherPath.trim()} onClick={() => void askRestore(otherPath.trim())}>Khôi phục…</Button>
        </Space.Compact>
      </div>
      <Table<BackupInfo>
        size="small"
        rowKey="path"
        dataSource={backups}
        pagination={{ pageSize: 6, hideOnSinglePage: true }}
        locale={{ emptyText: 'Chưa có bản sao lưu nào trong thư mục này.' }}
        data-testid="backup-table"
        columns={[
          { title: 'Lập lúc', dataIndex: 'createdAt', width: 130, render: (v: string) => displayDateTime(v) },
          { title: 'Loại', dataIndex: 'kind', render: (k: BackupKind) => <Tag color={KIND_LABELS[k].color}>{KIND_LABELS[k].text}</Tag> },
          { title: 'Văn bản', dataIndex: 'entries', width: 80, align: 'right', render: (n: number) => formatNumber(n) },
          { title: 'Tệp', key: 'files', width: 56, align: 'right', render: (_: unknown, b) => formatNumber(b.attachments.count) },
          { title: 'Dung lượng', dataIndex: 'size', width: 100, align: 'right', render: (n: number) => formatBytes(n) },
          {
            title: '', key: 'restore', width: 110, render: (_: unknown, b) => (
              <Button size="small" onClick={() => void askRestore(b.path)} loading={busy === `inspect:${b.path}`}>Khôi phục…</Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
