import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ocrEngine } from '../../electron/backend/intake/ocr';
import { workerOptions } from '../../electron/backend/intake/ocrEngine';
import { readDocument } from '../../shared/documentReader/readDocument';
import { convertToPdf } from '../helpers/libreoffice';
import { characterAccuracy } from '../helpers/ocrAccuracy';
import { RECEIVED, fixtureText } from '../helpers/receivedDocuments';
import { scannedPdf } from '../helpers/receivedFiles';
import { tempDir } from '../helpers/tempBackend';

// OCR of a scan made here: page 1 of Nghị quyết 43-NQ/TW (LibreOffice → PDF → pdftoppm at 200 dpi), turned by
// 1 degree as a scanner does, put into a PDF as its only image. One page and one tesseract worker: CI has 2 cores.

let scan: Buffer;
let sourceText: string;

beforeAll(async () => {
  const dir = tempDir('vanthu-ocr-');
  const pdf = path.join(dir, 'nq43.pdf');
  fs.writeFileSync(pdf, (await convertToPdf({ 'nq43.txt': Buffer.from(fixtureText(RECEIVED.resolution)) }))['nq43.txt']);
  sourceText = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-r', '200', '-f', '1', '-l', '1', '-gray', '-png', pdf, path.join(dir, 'p')]);
  const page = fs.readdirSync(dir).find((f) => f.startsWith('p') && f.endsWith('.png'))!;
  const turned = path.join(dir, 'turned.png');
  execFileSync('convert', [path.join(dir, page), '-background', 'white', '-rotate', '1', turned]);
  scan = await scannedPdf(fs.readFileSync(turned));
}, 240_000);

afterEach(() => vi.unstubAllGlobals());

describe('OCR of scans (tesseract.js, Vietnamese, offline)', () => {
  it('the engine is given local files only: the model folder and the worker script, no cache written', () => {
    const o = workerOptions();
    expect(o.cacheMethod).toBe('none');
    expect(fs.existsSync(path.join(o.langPath, 'vie.traineddata.gz'))).toBe(true);
    expect(fs.existsSync(o.workerPath)).toBe(true);
    for (const p of [o.langPath, o.workerPath]) expect(p).not.toMatch(/^[a-z]+:\/\//i);
  });

  it('reads a scanned PDF turned by 1°: the fields, and ≥ 95 % of the characters', async () => {
    // Any attempt to fetch in this thread fails the reading.
    vi.stubGlobal('fetch', () => Promise.reject(new Error('network used')));
    const pages: number[] = [];
    const { lines, pages: count } = await ocrEngine().recognize({ fileName: 'scan.pdf', content: scan }, { onProgress: (p) => pages.push(p.page) });
    expect(count).toBe(1);
    expect(pages).toEqual([1]);
    const { fields } = readDocument(lines);
    expect(fields.symbol).toBe('43-NQ/TW');
    expect(fields.documentDate).toBe('2023-11-24');
    const accuracy = characterAccuracy(lines.map((l) => l.text).join('\n'), sourceText);
    console.log(`OCR character accuracy (page 1 of 43-NQ/TW, 200 dpi, turned 1°): ${(accuracy * 100).toFixed(2)} %`);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  }, 240_000);
});
