import type { BackupInfo } from '../../../shared/contractSafety';
import { AppError } from '../../../shared/errors';
import fs from 'node:fs';
import path from 'node:path';
import { defaultBackupDir } from '../services/backupFolder';
import { restoreOverUnusable } from '../services/backupRestore';
import { call, dbPathOf, withBackend } from './cliBackend';
import { type CliCommand, DB_OPTION, JSON_FLAG, idOption, stringOption } from './command';

// `vanthu backup`, `vanthu restore`, `vanthu den cancel`: nothing is lost (issue 8).

export const safetyCommands: Record<string, CliCommand> = {
  'den cancel': {
    usage: '  vanthu den cancel --db FILE --id N --reason "LÝ DO" [--json]',
    options: { ...DB_OPTION, id: { type: 'string' }, reason: { type: 'string' }, ...JSON_FLAG },
    run: ({ values }) => {
      const id = idOption(values, 'mã của văn bản đến cần hủy');
      return withBackend(values, async (b) => {
        // The reason is required by the contract: a cancellation always says why.
        const entry = await call(b, 'incoming.cancel', { id, reason: stringOption(values.reason) ?? '' });
        console.log(values.json ? JSON.stringify(entry) : `Đã hủy văn bản số đến ${entry.arrivalNumber} (${entry.bookName}); văn bản vẫn ở trong sổ, số đến không được dùng lại. Lý do: ${entry.cancelReason}`);
        return 0;
      });
    },
  },

  backup: {
    usage: '  vanthu backup --db FILE [--out THƯ_MỤC] [--json]',
    options: { ...DB_OPTION, out: { type: 'string' }, ...JSON_FLAG },
    run: ({ values }) => withBackend(values, async (b) => {
      const out = stringOption(values.out);
      const info = await call(b, 'backup.create', out ? { out } : {});
      console.log(values.json ? JSON.stringify(info) : describeBackup('Đã sao lưu vào', info));
      return 0;
    }),
  },

  restore: {
    usage: '  vanthu restore --db FILE --from THƯ_MỤC_SAO_LƯU [--json]',
    options: { ...DB_OPTION, from: { type: 'string' }, ...JSON_FLAG },
    run: ({ values }) => {
      const from = stringOption(values.from);
      if (!from) throw new AppError('VALIDATION', 'Thiếu --from THƯ_MỤC_SAO_LƯU (thư mục "vanthu-backup-…" do Văn thư tạo).');
      // No register at all (the file was lost): the backup becomes it.
      if (!fs.existsSync(dbPathOf(values))) return restoreUnusable(values, from);
      return withBackend(values, async (b) => {
        const result = await call(b, 'backup.restore', { path: from });
        if (values.json) console.log(JSON.stringify(result));
        else {
          console.log(describeBackup('Đã sao lưu trạng thái hiện tại vào', result.safetyBackup));
          console.log(describeBackup('Đã khôi phục từ', result.restored));
        }
        return 0;
      }).catch((err: unknown) => {
        // A register that cannot be opened (damaged, not a database) is replaced without opening it.
        if (!(err instanceof AppError && (err.details as { unusableFile?: boolean } | undefined)?.unusableFile)) throw err;
        return restoreUnusable(values, from);
      });
    },
  },
};

async function restoreUnusable(values: Parameters<typeof dbPathOf>[0], from: string): Promise<number> {
  const dbPath = dbPathOf(values);
  const result = restoreOverUnusable({ dbPath, dataDir: path.dirname(dbPath), backupDir: defaultBackupDir(dbPath) }, from);
  // Opened once: the restored file is checked, and brought to this version's schema if older.
  await withBackend(values, () => 0);
  if (values.json) console.log(JSON.stringify(result));
  else {
    if (result.keptAside) console.log(`Tệp cũ không mở được đã được giữ lại trong ${result.keptAside}`);
    console.log(describeBackup('Đã khôi phục từ', result.restored));
  }
  return 0;
}

function describeBackup(action: string, b: BackupInfo): string {
  const mb = (b.size / 1024 / 1024).toFixed(1);
  return `${action} ${b.path}\n  ${b.entries} văn bản đến, ${b.attachments.count} tệp đính kèm, ${b.templates} mẫu báo cáo; ${mb} MB; lập lúc ${b.createdAt}.`;
}
