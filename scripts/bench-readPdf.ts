// readPdfMs: reading the fields of a received 10-page text PDF (pdf.js text, then the document reader),
// p95 over 20 files (readPdfCpuMs: the CPU time of the same reads, which a busy shared machine does
// not inflate). The files are made once by LibreOffice from the sample programme's text, each
// with its own number and date, the body repeated to fill ten pages.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readReceivedFile } from '../electron/backend/intake/readReceived';
import { PROGRAMME_TEXT } from '../electron/backend/sample/programmeText';
import { measureAsync, percentile } from './bench-lib';

const FILES = 20;

function documentText(n: number): string {
  const lines = PROGRAMME_TEXT.split('\n');
  const text = lines.slice(lines.indexOf('ĐẢNG BỘ TỈNH LẠNG SƠN')).join('\n');
  const bodyAt = text.indexOf('I. MỤC ĐÍCH');
  const endAt = text.indexOf('Nơi nhận');
  const body = text.slice(bodyAt, endAt);
  const part = body.slice(0, body.lastIndexOf('\n', body.length * 0.5));
  return (text.slice(0, bodyAt) + body.repeat(4) + part + text.slice(endAt))
    .replace('Số 38-CTr/TU', `Số ${n}-CTr/TU`)
    .replace('ngày 15 tháng 01 năm 2024', `ngày ${String((n % 28) + 1).padStart(2, '0')} tháng 01 năm 2024`);
}

/** CPU milliseconds this process has used: on a shared machine, the part of the time that is ours. */
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export async function measureReadPdf(): Promise<{ readPdfMs: number; readPdfCpuMs: number; readPdfPages: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-pdf-'));
  try {
    const inputs = Array.from({ length: FILES }, (_, i) => {
      const file = path.join(dir, `van-ban-${i + 1}.txt`);
      fs.writeFileSync(file, documentText(i + 40));
      return file;
    });
    const profile = pathToFileURL(path.join(dir, 'lo-profile')).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...inputs], { stdio: 'ignore', timeout: 300_000 });
    const pdfs = inputs.map((f) => fs.readFileSync(f.replace(/\.txt$/, '.pdf')));
    await readReceivedFile('warm-up.pdf', pdfs[0]); // loads pdf.js once, as the app's first read does
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let pages = 0;
    for (const [i, pdf] of pdfs.entries()) {
      let symbol: string | null = null;
      const cpuBefore = cpuMs();
      times.push(await measureAsync(async () => {
        const reading = await readReceivedFile(`van-ban-${i + 1}.pdf`, pdf);
        symbol = reading.fields.symbol;
        pages = reading.pages;
      }));
      cpuTimes.push(cpuMs() - cpuBefore);
      if (symbol !== `${i + 40}-CTr/TU`) throw new Error(`readPdf: file ${i + 1} read as ${String(symbol)}`);
    }
    return { readPdfMs: Math.round(percentile(times, 95)), readPdfCpuMs: Math.round(percentile(cpuTimes, 95)), readPdfPages: pages };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
