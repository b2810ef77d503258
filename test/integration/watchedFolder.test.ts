import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { createFolderWatcher, type FolderWatcher } from '../../electron/backend/intake/folderWatcher';
import { proposedEntry } from '../../shared/documentReader/proposedEntry';
import { EXPECTED_DECISION } from '../helpers/receivedDocuments';
import { decisionDocx, receivedPdfs } from '../helpers/receivedFiles';
import { ok, tempDir } from '../helpers/tempBackend';

// The watched folder of received files: each new file is proposed once (by its SHA-256), a file still being
// written waits, and what the clerk registered or dismissed never comes back, even after a restart.

let docx: Buffer;
let pdf: Buffer;
beforeAll(async () => {
  [docx, pdf] = await Promise.all([decisionDocx(), receivedPdfs().then((p) => p.decision)]);
}, 240_000);

const open: Array<{ backend: Backend; watcher: FolderWatcher }> = [];
afterEach(async () => {
  for (const { backend, watcher } of open.splice(0)) {
    await watcher.stop();
    backend.close();
  }
});

/** The app as it starts: a register on `dbPath` and a watcher driven by hand (tick = one listing). */
function startApp(dbPath: string, reports: string[] = []) {
  const backend = createBackend({ dbPath, mode: 'test' });
  const watcher = createFolderWatcher(backend.dispatch, { report: (m) => reports.push(m) });
  open.push({ backend, watcher });
  return { backend, watcher };
}

function setUp() {
  const dir = tempDir();
  const inbox = path.join(dir, 'VanBanDen');
  fs.mkdirSync(inbox);
  const dbPath = path.join(dir, 'vanthu.db');
  const app = startApp(dbPath);
  return { inbox, dbPath, ...app };
}

const proposed = (b: Backend) => ok<{ total: number; items: Array<{ id: number; fileName: string; sha256: string; symbol: string | null }> }>(b, 'intake.proposed', {});
const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

describe('the watched folder of received files', () => {
  it('a file dropped into the folder is proposed once, with its fields read, after two listings found it unchanged', async () => {
    const { inbox, backend, watcher } = setUp();
    await ok(backend, 'intake.setFolder', { folder: inbox });
    fs.writeFileSync(path.join(inbox, 'QD-123.docx'), docx);
    await watcher.tick();
    expect((await proposed(backend)).total).toBe(0); // first sight: it may still be growing
    await watcher.tick();
    await watcher.tick();
    const list = await proposed(backend);
    expect(list.items.map((i) => [i.fileName, i.sha256])).toEqual([['QD-123.docx', sha(docx)]]);
    const reading = await ok(backend, 'intake.readProposed', { id: list.items[0].id });
    expect(reading.fields).toEqual(EXPECTED_DECISION);
    // The reading is kept: the list shows what the file is.
    expect((await proposed(backend)).items[0].symbol).toBe('123/QĐ-UBND');
    expect(await ok(backend, 'intake.folder', {})).toEqual({ folder: inbox, proposed: 1 });
  });

  it('the same content under another name is not proposed again, other files are; lock and other files are left alone', async () => {
    const { inbox, backend, watcher } = setUp();
    await ok(backend, 'intake.setFolder', { folder: inbox });
    fs.writeFileSync(path.join(inbox, 'a.docx'), docx);
    fs.writeFileSync(path.join(inbox, 'ban sao cua a.docx'), docx);
    fs.writeFileSync(path.join(inbox, '~$a.docx'), 'Word lock file');
    fs.writeFileSync(path.join(inbox, 'ghi chu.txt'), 'not a document');
    await watcher.tick();
    await watcher.tick();
    expect((await proposed(backend)).items.map((i) => i.sha256)).toEqual([sha(docx)]);
    fs.writeFileSync(path.join(inbox, 'b.pdf'), pdf);
    await watcher.tick();
    await watcher.tick();
    expect((await proposed(backend)).total).toBe(2);
  });

  it('a file still being written waits until its size stays the same, and is read whole', async () => {
    const { inbox, backend, watcher } = setUp();
    await ok(backend, 'intake.setFolder', { folder: inbox });
    const file = path.join(inbox, 'dang-ghi.pdf');
    fs.writeFileSync(file, pdf.subarray(0, 1000));
    await watcher.tick();
    fs.appendFileSync(file, pdf.subarray(1000, 5000));
    await watcher.tick();
    expect((await proposed(backend)).total).toBe(0);
    fs.appendFileSync(file, pdf.subarray(5000));
    await watcher.tick();
    expect((await proposed(backend)).total).toBe(0);
    await watcher.tick();
    expect((await proposed(backend)).items.map((i) => i.sha256)).toEqual([sha(pdf)]);
  });

  it('registered and dismissed files never come back after a restart; the stamped copy is attached beside the PDF', async () => {
    const { inbox, dbPath, backend, watcher } = setUp();
    await ok(backend, 'session.setActor', { name: 'Lò Thị Mai' });
    await ok(backend, 'intake.setFolder', { folder: inbox });
    fs.writeFileSync(path.join(inbox, 'QD-123.pdf'), pdf);
    fs.writeFileSync(path.join(inbox, 'thu-moi.docx'), docx);
    await watcher.tick();
    await watcher.tick();
    const items = (await proposed(backend)).items;
    const pdfItem = items.find((i) => i.fileName === 'QD-123.pdf')!;
    const other = items.find((i) => i.fileName === 'thu-moi.docx')!;
    expect(items).toHaveLength(2);

    const reading = await ok(backend, 'intake.readProposed', { id: pdfItem.id });
    const entry = { ...proposedEntry(reading, '2024-03-06'), arrivalNumber: 57, handlingUnit: 'Văn phòng Tỉnh ủy' };
    const result = await ok(backend, 'intake.registerProposed', { id: pdfItem.id, entry });
    expect(result.entry).toMatchObject({ arrivalNumber: 57, symbol: '123/QĐ-UBND', attachmentCount: 2 });
    expect(result.attachment).toMatchObject({ fileName: 'QD-123.pdf', sha256: sha(pdf) });
    expect(result.stamped).toMatchObject({ fileName: 'QD-123_dau-den.pdf' });
    const stamped = Buffer.from((await ok(backend, 'attachments.read', { id: result.stamped.id })).contentBase64, 'base64');
    const firstPage = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', '-', '-'], { input: stamped, encoding: 'utf8' });
    expect(firstPage).toMatch(/Số: 57\s+Ngày: 06\/03\/2024/);
    expect(firstPage).toContain('Chuyển: Văn phòng Tỉnh ủy');
    // Once registered, it cannot be registered twice.
    const again = await backend.dispatch('intake.registerProposed', { id: pdfItem.id, entry });
    expect(!again.ok && again.error.message).toMatch(/đã được vào sổ \(Lò Thị Mai\)/);

    expect(await ok(backend, 'intake.dismissProposed', { ids: [other.id] })).toEqual({ dismissed: 1 });
    expect((await proposed(backend)).total).toBe(0);
    const history = await ok(backend, 'history.search', { recordType: 'receivedFile' });
    expect(history.items.map((h: { actor: string; summary: string; label: string }) => [h.actor, h.summary, h.label])).toEqual([
      ['Lò Thị Mai', 'Bỏ qua, không vào sổ', `Tệp nhận: ${other.fileName}`],
      ['Lò Thị Mai', 'Vào sổ số đến 57', 'Tệp nhận: QD-123.pdf'],
    ]);

    // A restart: a new register connection and a new watcher that has seen nothing yet.
    await watcher.stop();
    backend.close();
    const restarted = startApp(dbPath);
    await restarted.watcher.tick();
    await restarted.watcher.tick();
    await restarted.watcher.tick();
    expect((await proposed(restarted.backend)).total).toBe(0);
    // The watcher still proposes what is new.
    fs.writeFileSync(path.join(inbox, 'moi.pdf'), Buffer.concat([pdf, Buffer.from('\n%%EOF\n')]));
    await restarted.watcher.tick();
    await restarted.watcher.tick();
    expect((await proposed(restarted.backend)).items.map((i) => i.fileName)).toEqual(['moi.pdf']);
  }, 120_000);

  it('a file dropped on the register by hand is not proposed again when it also arrives in the folder', async () => {
    const { inbox, backend, watcher } = setUp();
    const reading = await ok(backend, 'intake.read', { fileName: 'qd.docx', contentBase64: docx.toString('base64') });
    await ok(backend, 'intake.register', { fileName: 'qd.docx', contentBase64: docx.toString('base64'), entry: proposedEntry(reading, '2024-03-06') });
    await ok(backend, 'intake.setFolder', { folder: inbox });
    fs.writeFileSync(path.join(inbox, 'qd.docx'), docx);
    await watcher.tick();
    await watcher.tick();
    expect((await proposed(backend)).total).toBe(0);
  });

  it('a folder that goes away (a USB drive pulled out) is reported once, and files are proposed again when it is back', async () => {
    const dir = tempDir();
    const inbox = path.join(dir, 'usb');
    fs.mkdirSync(inbox);
    const reports: string[] = [];
    const { backend, watcher } = startApp(path.join(dir, 'vanthu.db'), reports);
    await ok(backend, 'intake.setFolder', { folder: inbox });
    fs.rmSync(inbox, { recursive: true });
    for (let i = 0; i < 3; i++) await watcher.tick();
    expect(reports).toEqual([expect.stringContaining(`Không đọc được thư mục nhận văn bản "${inbox}"`)]);
    fs.mkdirSync(inbox);
    fs.writeFileSync(path.join(inbox, 'QD.docx'), docx);
    await watcher.tick();
    await watcher.tick();
    expect((await proposed(backend)).items.map((i) => i.fileName)).toEqual(['QD.docx']);
  });

  it('files in subfolders two levels deep are proposed, by their path; deeper, hidden or linked-out folders are not', async () => {
    const { inbox, backend, watcher } = setUp();
    await ok(backend, 'intake.setFolder', { folder: inbox });
    const put = (relative: string, content: Buffer) => {
      const file = path.join(inbox, ...relative.split('/'));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
    };
    put('2026/12/QD-123.docx', docx);
    put('2026/12/03/too-deep.pdf', pdf);
    put('.sync/hidden.pdf', pdf);
    // A folder linked from inside to outside: what lies there is not the office's inbox.
    const outside = path.join(path.dirname(inbox), 'KhacThuMuc');
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, 'outside.pdf'), pdf);
    fs.symlinkSync(outside, path.join(inbox, 'lien-ket'), 'junction');
    for (let i = 0; i < 3; i++) await watcher.tick();
    expect((await proposed(backend)).items.map((i) => i.fileName)).toEqual(['2026/12/QD-123.docx']);

    const refusal = async (fileName: string) => {
      const r = await backend.dispatch('intake.offer', { fileName });
      return r.ok ? '' : r.error.message;
    };
    expect(await refusal('lien-ket/outside.pdf')).toMatch(/không nằm trong thư mục nhận văn bản/);
    expect(await refusal('2026/12/03/too-deep.pdf')).toMatch(/không phải tên một tệp văn bản/);
    expect(await refusal('2026/../../vanthu.db')).toMatch(/không phải tên một tệp văn bản/);
    expect(await refusal('.sync/hidden.pdf')).toMatch(/không phải tên một tệp văn bản/);
    expect(await refusal('2026\\12\\QD-123.docx')).toMatch(/không phải tên một tệp văn bản/);
  });

  it('the folder must exist and be readable; only a file name inside it is offered', async () => {
    const { inbox, backend } = setUp();
    const refusal = async (method: string, input: unknown) => {
      const r = await backend.dispatch(method, input);
      expect(r.ok).toBe(false);
      return !r.ok ? r.error.message : '';
    };
    expect(await refusal('intake.setFolder', { folder: 'VanBanDen' })).toMatch(/đường dẫn đầy đủ/);
    expect(await refusal('intake.setFolder', { folder: path.join(inbox, 'khong-co') })).toMatch(/Không có thư mục/);
    fs.writeFileSync(path.join(inbox, 'x.pdf'), pdf);
    expect(await refusal('intake.setFolder', { folder: path.join(inbox, 'x.pdf') })).toMatch(/không phải thư mục/);
    expect(await refusal('intake.offer', { fileName: 'x.pdf' })).toMatch(/Chưa chọn thư mục/);
    await ok(backend, 'intake.setFolder', { folder: inbox });
    expect(await refusal('intake.offer', { fileName: '../vanthu.db' })).toMatch(/không phải tên một tệp văn bản/);
    expect(await refusal('intake.offer', { fileName: path.join(inbox, 'x.pdf') })).toMatch(/không phải tên một tệp văn bản/);
    expect(await refusal('intake.dismissProposed', { ids: [] })).toMatch(/ít nhất một tệp/);
    expect(await ok(backend, 'intake.setFolder', { folder: '' })).toEqual({ folder: '' });
  });
});
