import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli';
import { tempBackend } from '../helpers/tempBackend';

// Office templates are zips the office brings: their unpacked size, their number of placeholders and
// their nesting are limited before any engine parses them, and the answer is short and Vietnamese.

/** The built-in statistics template with its body changed. */
async function docxWith(transform: (documentXml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(repoRoot, 'templates', 'thong-ke.docx')));
  const xml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', transform(xml));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}

const inBody = (extra: string) => (xml: string) => xml.replace('<w:body>', `<w:body>${extra}`);
const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

/** Sets the unpacked size a zip declares for one part (central directory and local header) to `size`. */
function declareSize(zipBytes: Buffer, part: string, size: number): Buffer {
  const out = Buffer.from(zipBytes);
  for (let i = 0; i < out.length - 46; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x02014b50 && out.toString('utf8', i + 46, i + 46 + out.readUInt16LE(i + 28)) === part) {
      out.writeUInt32LE(size, i + 24);
      out.writeUInt32LE(size, out.readUInt32LE(i + 42) + 22);
    }
  }
  return out;
}

async function importRefusal(content: Buffer): Promise<string> {
  const b = tempBackend();
  const started = Date.now();
  const r = await b.dispatch('templates.import', { report: 'thong-ke', name: 'Mẫu của văn phòng', fileName: 'mau.docx', contentBase64: content.toString('base64') });
  expect(Date.now() - started).toBeLessThan(5000);
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('accepted');
  expect(r.error.message.length).toBeLessThan(800);
  expect((await b.dispatch('templates.list', {})).ok).toBe(true);
  return r.error.message;
}

describe('template limits', () => {
  it('refuses a small file that unpacks to more than the limit, before unpacking it', async () => {
    const bomb = await docxWith(inBody(paragraph('a'.repeat(21 * 1024 * 1024))));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await importRefusal(bomb)).toContain('quá giới hạn 20 MB');
  });

  it('refuses a part larger than its zip directory says', async () => {
    const lying = declareSize(await docxWith(inBody(paragraph('a'.repeat(5 * 1024 * 1024)))), 'word/document.xml', 100_000);
    expect(await importRefusal(lying)).toContain('Tệp mẫu bị hỏng');
  });

  it('refuses thousands of placeholders before filling them', async () => {
    const many = await docxWith(inBody(paragraph('{{ngay_bao_cao}}').repeat(5000)));
    expect(await importRefusal(many)).toContain('quá nhiều chỗ điền');
  });

  it('refuses a deeply nested document in Vietnamese instead of overflowing the stack', async () => {
    const deep = await docxWith(inBody(`${'<w:p>'.repeat(2000)}${'</w:p>'.repeat(2000)}`));
    const message = await importRefusal(deep);
    expect(message).toContain('lồng nhau quá sâu');
    expect(message).not.toMatch(/Maximum call stack/);
  });

  it('never echoes the document at length in its message', async () => {
    const longName = await docxWith(inBody(paragraph(`{{${'x y'.repeat(300_000)}}}`)));
    const message = await importRefusal(longName);
    expect(message).toContain('Tên chỗ điền');
    expect(message).not.toContain('x y'.repeat(200));
  });

  it('still accepts an ordinary template', async () => {
    const b = tempBackend();
    const ordinary = await docxWith((xml) => xml);
    const r = await b.dispatch('templates.import', { report: 'thong-ke', name: 'Mẫu thường', fileName: 'mau.docx', contentBase64: ordinary.toString('base64') });
    expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
  });
});
