// copyPdfMs (issue 9): the PDF sent with a copy — a 20-page original followed by the copy page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { createBackend } from '../electron/backend/backend';
import { copyFile } from '../electron/backend/services/copyFiles';
import { IncomingInput } from '../shared/schemas';
import { measureAsync, percentile } from './bench-lib';

/** A 20-page text original: 40 lines of body text a page, as a received resolution. */
async function originalPdf(pages: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  for (let p = 1; p <= pages; p++) {
    const page = doc.addPage([595.28, 841.89]);
    for (let l = 0; l < 40; l++) page.drawText(`Trang ${p}, dong ${l + 1}: dai doan ket toan dan toc, xay dung dat nuoc phon vinh, hanh phuc.`, { x: 85, y: 780 - l * 18, size: 12, font });
  }
  return Buffer.from(await doc.save());
}

/** The first PDF of the process (fonts read and parsed) and the median of the next five. */
export async function measureCopyPdf(): Promise<{ copyPdfMs: number; copyPdfFirstMs: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-copy-'));
  const backend = createBackend({ dbPath: path.join(dir, 'copy.db'), mode: 'bench' });
  try {
    const s = backend.services;
    const { entry } = s.incoming.register(IncomingInput.parse({
      arrivalDate: '2023-11-28', receivedVia: 'network', issuer: 'Ban Chấp hành Trung ương', symbol: '43-NQ/TW', documentDate: '2023-11-24',
      abstract: 'Nghị quyết về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc',
    }));
    s.attachments.add(entry.id, '43-NQ-TW.pdf', await originalPdf(20));
    const copy = s.copies.add({
      sourceId: entry.id, form: 'SY', number: 1274, date: '2023-12-04', signerAuthority: 'K/T CHÁNH VĂN PHÒNG', signerPosition: 'PHÓ CHÁNH VĂN PHÒNG',
      signerName: 'Sai Văn Đông', recipients: ['Các huyện uỷ, thành uỷ, đảng uỷ trực thuộc', 'Báo Lạng Sơn'], excerpt: '', notes: '',
    });
    const make = () => copyFile(s, copy.id, 'pdf');
    const first = await measureAsync(make);
    const next: number[] = [];
    for (let i = 0; i < 5; i++) next.push(await measureAsync(make));
    return { copyPdfMs: Math.round(percentile(next, 50)), copyPdfFirstMs: Math.round(first) };
  } finally {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
