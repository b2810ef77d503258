import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { convertToPdf } from './libreoffice';

/** A short letter whose words on fire safety are found nowhere else in the sample register. */
export const FIRE_SAFETY_LETTER = [
  'TỈNH ỦY LÂM ĐỒNG',
  'Số 215-CV/TU',
  'Đề nghị các đơn vị rà soát hệ thống phòng cháy chữa cháy',
  'tại kho lưu trữ trước ngày 15 tháng 3 năm 2024.',
].join('\n');

/** A page of `text` as a scanner gives it: printed by LibreOffice, then only its image (PNG, 150 dpi, grey). */
export async function scannedPage(text = FIRE_SAFETY_LETTER): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-scan-'));
  try {
    fs.writeFileSync(path.join(dir, 'scan.pdf'), (await convertToPdf({ 'scan.txt': Buffer.from(text) }))['scan.txt']);
    execFileSync('pdftoppm', ['-r', '150', '-f', '1', '-l', '1', '-gray', '-png', '-singlefile', path.join(dir, 'scan.pdf'), path.join(dir, 'page')]);
    return fs.readFileSync(path.join(dir, 'page.png'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
