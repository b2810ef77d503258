// The import of an old register runs as a long operation of the backend host (browser mode's worker
// threads; Electron's utility processes the same): it reports progress, and while it checks a
// 20,000-row sheet a quick call of the register is answered at once, so the window never waits for it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackendHost } from '../../electron/backend/host/host';
import { spawnThread } from '../../electron/backend/host/spawnThread';
import type { JobProgress } from '../../shared/progress';
import { excelDate, oldRegisterXlsx, type OldRow } from '../helpers/oldRegister';
import { tempDir } from '../helpers/tempBackend';

const ROWS = 20_000;

describe('import as a long operation', () => {
  it('reports progress and leaves quick calls free', async () => {
    const dbPath = path.join(tempDir(), 'v.db');
    const host = await startBackendHost(spawnThread, { dbPath, mode: 'test' });
    try {
      const rows: OldRow[] = Array.from({ length: ROWS }, (_, i) => [i + 1, excelDate('2023-06-01'), 'Tỉnh ủy Lâm Đồng', `${i + 1}-CV/TU`, '', `Công văn ${i + 1}`, '', '', '']);
      const { content } = await oldRegisterXlsx(rows);
      const labels: string[] = [];
      const running = host.dispatch('incoming.importRun', { fileName: 'so.xlsx', contentBase64: content.toString('base64') },
        { onProgress: (p: JobProgress) => labels.push(p.label) });
      let finished = false;
      void running.then(() => (finished = true));
      // A quick call while the import is under way is answered before the import ends.
      while (!finished && labels.length === 0) await new Promise((r) => setTimeout(r, 20));
      const quick = await host.dispatch('incoming.list', { limit: 1 });
      const quickDuringImport = !finished;
      expect(quick.ok).toBe(true);
      const result = await running;
      expect(result).toMatchObject({ ok: true, value: { imported: ROWS, refused: [] } });
      expect(quickDuringImport).toBe(true);
      expect(labels[0]).toBe('Đang đọc tệp…');
      expect(labels).toContain('Đang kiểm tra dòng 10.000/20.008…');
      expect(labels.at(-1)).toBe('Đang ghi 20.000 văn bản vào sổ…');
    } finally {
      await host.close();
    }
  }, 300_000);
});
