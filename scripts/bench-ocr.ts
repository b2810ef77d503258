// ocrPageMs: OCR of one A4 page scanned at 200 dpi (tesseract.js, Vietnamese, the worker's start and the model's
// loading included, as the clerk waits for it); ocrCharAccuracy: characters right (1 − edit distance / length)
// on pages rendered from Nghị quyết 43-NQ/TW's text (test/fixtures): LibreOffice → PDF → pdftoppm 200 dpi,
// one clean, one turned by 1.5°, one with Gaussian noise (ImageMagick).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tesseractEngine } from '../electron/backend/intake/ocrEngine';
import { characterAccuracy } from '../test/helpers/ocrAccuracy';

const VARIANTS: Record<string, string[]> = { clean: [], turned: ['-background', 'white', '-rotate', '1.5'], noisy: ['-attenuate', '0.4', '+noise', 'Gaussian'] };

export async function measureOcr(): Promise<{ ocrPageMs: number; ocrCharAccuracy: number; ocrPages: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-ocr-'));
  try {
    fs.copyFileSync(path.join(import.meta.dirname, '..', 'test', 'fixtures', 'received-43-NQ-TW.txt'), path.join(dir, 'nq43.txt'));
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'nq43.txt')], { stdio: 'ignore' });
    const pdf = path.join(dir, 'nq43.pdf');
    execFileSync('pdftoppm', ['-r', '200', '-f', '1', '-l', '3', '-gray', '-png', pdf, path.join(dir, 'p')]);
    const pages = fs.readdirSync(dir).filter((f) => /^p-\d+\.png$/.test(f)).sort();
    const times: number[] = [];
    let right = 0;
    let total = 0;
    for (const [i, page] of pages.entries()) {
      const variant = Object.keys(VARIANTS)[i % 3];
      const image = path.join(dir, `scan-${i}.png`);
      execFileSync('convert', [path.join(dir, page), ...VARIANTS[variant], image]);
      const source = execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' });
      const start = performance.now();
      const { lines } = await tesseractEngine.recognize({ fileName: image, content: fs.readFileSync(image) });
      times.push(performance.now() - start);
      const length = source.replace(/\s+/g, ' ').trim().length;
      right += characterAccuracy(lines.map((l) => l.text).join('\n'), source) * length;
      total += length;
    }
    times.sort((a, b) => a - b);
    return { ocrPageMs: Math.round(times[Math.floor(times.length / 2)]), ocrCharAccuracy: Number((right / total).toFixed(4)), ocrPages: pages.length };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) console.log(JSON.stringify(await measureOcr()));
