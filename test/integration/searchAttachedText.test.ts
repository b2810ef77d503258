import fc from 'fast-check';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import { convertToPdf } from '../helpers/libreoffice';
import { vanthu } from '../helpers/cli';
import { scannedPage } from '../helpers/scannedPage';
import { ok, tempBackend } from '../helpers/tempBackend';

// The text read from an entry's files is in its full-text row: a word only in a scan (OCR) or in a PDF's
// text layer finds the entry, until the file is detached. One small scan made here, OCR'd once.

const PDF_TEXT = 'Kế hoạch tập huấn nghiệp vụ văn thư lưu trữ cho cán bộ cơ sở.';

let scan: Buffer;
let textPdf: Buffer;
beforeAll(async () => {
  textPdf = (await convertToPdf({ 'text.txt': Buffer.from(PDF_TEXT) }))['text.txt'];
  scan = await scannedPage();
}, 240_000);

const ids = (list: { items: Array<{ id: number }> }) => list.items.map((e) => e.id);

describe('searching the text of attached files', () => {
  it('a scan registered through intake is found by a word only in its OCR text, after an edit too, and no more once detached', async () => {
    const b = tempBackend();
    const file = { fileName: 'cong-van-215.png', contentBase64: scan.toString('base64') };
    expect((await ok(b, 'intake.read', file)).ocr).toBe(true);
    // The fields the clerk confirmed say nothing of fire safety: only the scan does.
    const entry = { arrivalDate: '2024-03-06', issuer: 'Tỉnh ủy Lâm Đồng', symbol: '215-CV/TU', abstract: 'Công văn gửi kho lưu trữ' };
    const registered = await ok(b, 'intake.register', { ...file, entry });
    const other = await ok(b, 'incoming.register', { ...entry, symbol: '216-CV/TU', abstract: 'Công văn về hội nghị' });
    expect(registered.attachment.textSource).toBe('ocr');
    const id = registered.entry.id;
    const found = await ok(b, 'incoming.list', { q: 'chữa cháy' });
    expect(ids(found)).toEqual([id]);
    expect(found.items[0].foundInFile).toBe(true); // the list says the words are in the file, not the fields
    expect(ids(await ok(b, 'incoming.list', { q: 'phong chay ' }))).toEqual([id]);
    expect((await ok(b, 'incoming.list', { q: 'kho lưu trữ' })).items[0].foundInFile).toBeUndefined();
    expect((await ok(b, 'incoming.get', { id })).attachments[0].textSource).toBe('ocr');

    await ok(b, 'incoming.update', { id, patch: { notes: 'Đã chuyển Văn phòng', arrivalDate: '2024-03-07' } });
    expect(ids(await ok(b, 'incoming.list', { q: 'chữa cháy' }))).toEqual([id]);
    expect(ids(await ok(b, 'incoming.list', { q: 'chuyển văn phòng' }))).toEqual([id]);

    await ok(b, 'attachments.remove', { id: registered.attachment.id });
    expect(ids(await ok(b, 'incoming.list', { q: 'chữa cháy' }))).toEqual([]);
    expect(ids(await ok(b, 'incoming.list', { q: 'kho lưu trữ' }))).toEqual([id]);
    expect(ids(await ok(b, 'incoming.list', { q: 'công văn' })).sort()).toEqual([id, other.entry.id].sort());
    const detail = await ok(b, 'incoming.get', { id });
    expect(detail.entry.attachmentCount).toBe(0);
    expect(detail.history[0].summary).toContain('cong-van-215.png');
  }, 120_000);

  it('the text read from a scan waits in the register for its registration, also across a restart, and goes with it', async () => {
    const first = tempBackend();
    const file = { fileName: 'cong-van-215.png', contentBase64: scan.toString('base64') };
    expect((await ok(first, 'intake.read', file)).ocr).toBe(true);
    const waiting = first.services.db.prepare('SELECT text, source FROM read_texts').all() as Array<{ text: string; source: string }>;
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toMatchObject({ source: 'ocr' });
    first.close();

    // Another start (or another worker) registers it: the text is found there, not read again.
    const again = createBackend({ dbPath: first.dbPath, mode: 'test' });
    try {
      const registered = await ok(again, 'intake.register', { ...file, entry: { arrivalDate: '2024-03-06', issuer: 'Tỉnh ủy Lâm Đồng', symbol: '215-CV/TU', abstract: 'Công văn' } });
      expect(registered.attachment.textSource).toBe('ocr');
      const kept = again.services.db.prepare('SELECT text FROM attachments WHERE id = ?').get(registered.attachment.id) as { text: string };
      expect(kept.text).toBe(waiting[0]!.text.trim());
      expect(again.services.db.prepare('SELECT count(*) AS n FROM read_texts').get()).toEqual({ n: 0 });
    } finally {
      again.close();
    }
  });

  it('a PDF with a text layer attached by hand is found by its words; a file without text adds none', async () => {
    const b = tempBackend();
    const { entry } = await ok(b, 'incoming.register', { arrivalDate: '2024-03-06', issuer: 'Ban Tổ chức Tỉnh ủy', abstract: 'Công văn' });
    const pdf = await ok(b, 'attachments.add', { entryId: entry.id, fileName: 'ke-hoach.pdf', contentBase64: textPdf.toString('base64') });
    expect(pdf.textSource).toBe('file');
    const sheet = await ok(b, 'attachments.add', { entryId: entry.id, fileName: 'bang.txt', contentBase64: Buffer.from('bồi dưỡng').toString('base64') });
    expect(sheet.textSource).toBeNull();
    expect(ids(await ok(b, 'incoming.list', { q: 'tập huấn nghiệp vụ' }))).toEqual([entry.id]);
    expect(ids(await ok(b, 'incoming.list', { q: 'bồi dưỡng' }))).toEqual([]);
  });

  it('a scan attached by hand is read by OCR when asked, and a file that kept no text is read again from the command line', async () => {
    const b = tempBackend();
    const { entry } = await ok(b, 'incoming.register', { arrivalDate: '2024-03-06', issuer: 'Tỉnh ủy Lâm Đồng', abstract: 'Công văn' });
    const png = await ok(b, 'attachments.add', { entryId: entry.id, fileName: 'cong-van-215.png', contentBase64: scan.toString('base64') });
    expect(png.textSource).toBeNull(); // attaching does not wait seconds for OCR
    expect((await ok(b, 'attachments.withoutText', {})).map((a: { id: number }) => a.id)).toEqual([png.id]);
    expect(ids(await ok(b, 'incoming.list', { q: 'chữa cháy' }))).toEqual([]);
    expect((await ok(b, 'attachments.readText', { id: png.id })).textSource).toBe('ocr');
    expect(ids(await ok(b, 'incoming.list', { q: 'chữa cháy' }))).toEqual([entry.id]);

    // A PDF attached before texts were kept (migration 14) has none, and a note in plain text is no file intake reads.
    // The PDF is read whole, not only on the pages the fields come from.
    const pdf = await ok(b, 'attachments.add', { entryId: entry.id, fileName: 'ke-hoach.pdf', contentBase64: (await longPdf()).toString('base64') });
    b.services.attachments.keepText(pdf.id, null);
    const note = await ok(b, 'attachments.add', { entryId: entry.id, fileName: 'ghi-chu.txt', contentBase64: Buffer.from('ghi chú').toString('base64') });
    expect(ids(await ok(b, 'incoming.list', { q: 'extinguishers' }))).toEqual([]);
    b.close();

    const cli = vanthu('den', 'read-text', '--db', b.dbPath, '--all');
    expect(cli.stderr).toContain(`Bỏ qua tệp đính kèm ${note.id}: Không đọc được tệp "ghi-chu.txt"`);
    expect(cli.stderr).toContain('Đã đọc 1 tệp, bỏ qua 1 tệp.');
    expect(cli.code).toBe(0);
    expect(cli.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([{ id: pdf.id, fileName: 'ke-hoach.pdf', textSource: 'file' }]);
    const again = createBackend({ dbPath: b.dbPath, mode: 'test' });
    try {
      expect(ids(await ok(again, 'incoming.list', { q: 'extinguishers' }))).toEqual([entry.id]);
      expect(ids(await ok(again, 'incoming.list', { q: 'chữa cháy' }))).toEqual([entry.id]);
    } finally {
      again.close();
    }
    expect(vanthu('den', 'read-text', '--db', b.dbPath).stderr).toContain('Cần đúng một trong hai');
  }, 120_000);

  it('a detached file waits in the trash, its content kept, and comes back found by its text again', async () => {
    const b = tempBackend();
    const { entry } = await ok(b, 'incoming.register', { arrivalDate: '2024-03-06', issuer: 'Ban Tổ chức Tỉnh ủy', abstract: 'Công văn' });
    const pdf = await ok(b, 'attachments.add', { entryId: entry.id, fileName: 'ke-hoach.pdf', contentBase64: textPdf.toString('base64') });
    await ok(b, 'attachments.remove', { id: pdf.id });
    expect(ids(await ok(b, 'incoming.list', { q: 'tập huấn nghiệp vụ' }))).toEqual([]);
    const trashed = (await ok(b, 'trash.list', {})).find((t: { kind: string }) => t.kind === 'attachment');
    expect(trashed.label).toBe('Tệp đính kèm: ke-hoach.pdf');

    await ok(b, 'trash.restore', { id: trashed.id });
    expect(ids(await ok(b, 'incoming.list', { q: 'tập huấn nghiệp vụ' }))).toEqual([entry.id]);
    const back = await ok(b, 'attachments.read', { id: pdf.id });
    expect(Buffer.from(back.contentBase64, 'base64').equals(textPdf)).toBe(true);
    expect((await ok(b, 'trash.list', {})).some((t: { kind: string }) => t.kind === 'attachment')).toBe(false);
    b.close();
  });
});

/** Nine pages of a text PDF, a word only on page 5: not among the pages the fields are read from. */
async function longPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 1; p <= 9; p++) {
    const page = doc.addPage([595, 842]);
    page.drawText(p === 5 ? `Page ${p}: the warehouse inventory of fire extinguishers` : `Page ${p}: general provisions`, { x: 72, y: 760, size: 12, font });
  }
  return Buffer.from(await doc.save());
}

// Words none of the entry's other fields hold ("Ban Tuyên giáo", arrival date), each folded to itself.
const WORDS = ['sông', 'núi', 'rừng', 'biển', 'đồng', 'làng', 'phố', 'chợ'];

describe("an entry's full-text row", () => {
  it('holds its fields and the text of the files attached to it now, whatever was added, edited or detached', async () => {
    const b = tempBackend();
    const s = b.services;
    const words = fc.subarray(WORDS, { minLength: 1 });
    const step = fc.oneof(
      fc.record({ kind: fc.constant('attach' as const), words }),
      fc.record({ kind: fc.constant('detach' as const), which: fc.nat() }),
      fc.record({ kind: fc.constant('edit' as const), words }),
      fc.record({ kind: fc.constant('attachNoText' as const) }),
    );
    let run = 0;
    await fc.assert(fc.asyncProperty(words, fc.array(step, { minLength: 1, maxLength: 6 }), async (abstractWords, steps) => {
      run += 1;
      const { entry } = await ok(b, 'incoming.register', { arrivalDate: '2024-03-06', issuer: 'Ban Tuyên giáo', abstract: abstractWords.join(' ') });
      let fields = abstractWords;
      const files = new Map<number, string[]>();
      for (const [i, st] of steps.entries()) {
        const content = Buffer.from(`tệp ${run}-${i}`);
        if (st.kind === 'attach') files.set(s.attachments.add(entry.id, `t${i}.pdf`, content, { text: st.words.join(' '), source: 'ocr' }).id, st.words);
        if (st.kind === 'attachNoText') s.attachments.add(entry.id, `t${i}.xlsx`, content);
        if (st.kind === 'detach' && files.size) {
          const id = [...files.keys()][st.which % files.size]!;
          s.attachments.remove(id);
          files.delete(id);
        }
        if (st.kind === 'edit') { await ok(b, 'incoming.update', { id: entry.id, patch: { abstract: st.words.join(' ') } }); fields = st.words; }
      }
      const expected = new Set([...fields, ...[...files.values()].flat()]);
      for (const w of WORDS) {
        const found = ids(await ok(b, 'incoming.list', { q: `${w} `, limit: 1000 })).includes(entry.id);
        expect(found, `"${w}" in the row of entry ${entry.id}`).toBe(expected.has(w));
      }
    }), { numRuns: 25 });
  }, 120_000);

  it('a long text PDF registered through intake is found by a word from its middle pages, not only those the fields are read from', async () => {
    const file = { fileName: 'ke-hoach-dai.pdf', contentBase64: (await longPdf()).toString('base64') };
    const b = tempBackend();
    const read = await ok(b, 'intake.read', file);
    expect(read.ocr).toBe(false);
    const registered = await ok(b, 'intake.register', { ...file, entry: { arrivalDate: '2024-03-06', issuer: 'Tỉnh ủy Lâm Đồng', symbol: '9-KH/TU', abstract: 'Kế hoạch dài' } });
    expect(registered.attachment.textSource).toBe('file');
    expect(ids(await ok(b, 'incoming.list', { q: 'extinguishers' }))).toEqual([registered.entry.id]);
    b.close();
  });
});
