import type { AddressInfo } from 'node:net';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/contract';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { startHttpServer, type RunningHttpServer } from '../../electron/backend/http/server';
import { tempDir, NQ43 } from '../helpers/tempBackend';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { fixture } from '../helpers/tasks';

/**
 * Every API method gives the same result through the dispatcher directly and over HTTP.
 * Two identical databases receive the same calls in the same order, one per transport.
 */
const calls: Array<[string, unknown]> = [
  ['app.info', {}],
  ['books.create', { name: 'Sổ văn bản đến bản giấy', year: 2023, kind: 'paper' }],
  ['books.list', {}],
  ['incoming.register', NQ43],
  ['incoming.register', { ...NQ43, arrivalNumber: undefined, receivedVia: 'paper', arrivalDate: '2023-12-02' }],
  ['incoming.register', { ...NQ43, arrivalDate: 'hôm qua' }],
  ['incoming.update', { id: 1, patch: { notes: 'Đã sao y 1274-SY/VPTU' } }],
  ['incoming.update', { id: 999, patch: { notes: 'x' } }],
  ['incoming.get', { id: 1 }],
  ['incoming.get', { id: 'một' }],
  ['incoming.list', { q: 'dai doan ket' }],
  ['incoming.list', {}],
  ['incoming.nextNumber', { arrivalDate: '2023-12-03' }],
  ['incoming.suggest', { field: 'issuer', prefix: 'ban chap' }],
  ['incoming.findDuplicates', { symbol: '43-NQ/TW', documentDate: '2023-11-24', issuer: 'Ban Chấp hành Trung ương' }],
  ['incoming.register', { ...NQ43, arrivalNumber: 11700, symbol: '', abstract: 'Số đến nhảy chưa xác nhận' }],
  ['attachments.add', { entryId: 1, fileName: 'nq43.txt', contentBase64: Buffer.from('Nghị quyết').toString('base64') }],
  ['attachments.read', { id: 1 }],
  ['attachments.read', { id: 42 }],
  ['attachments.withoutText', {}],
  ['attachments.readText', { id: 1 }],
  ['attachments.readText', { id: 42 }],
  ['attachments.remove', { id: 42 }],
  ['symbol.parse', { text: '43-NQ/TW' }],
  ['symbol.parse', { text: '???' }],
  ['incoming.findBySymbol', { symbol: '43-nq/tw' }],
  ['incoming.findBySymbol', { symbol: '99-NQ/TW' }],
  ['typeCodes.list', {}],
  ['typeCodes.save', { system: 'party', code: 'TCg', name: 'Thư công' }],
  ['typeCodes.save', { system: 'party', code: 'TCg2', name: 'Thư công mới' }],
  ['settings.get', {}],
  ['settings.update', { signerName: 'Sai Văn Đông' }],
  ['settings.update', { offlineMachine: 'có' }],
  // Task follow-up (ids: the seeded address book has 55 bodies and 5 groups; Thành ủy Lạng Sơn is 21).
  ['units.list', { q: 'ban dan van' }],
  ['units.save', { name: 'Đài Phát thanh và Truyền hình tỉnh', category: 'Cơ quan khác' }],
  ['units.save', { name: '' }],
  ['units.groups', {}],
  ['units.saveGroup', { name: 'Khối dân vận', unitIds: [6, 7] }],
  ['units.expand', { groupIds: [1], unitIds: [6] }],
  ['units.suggest', { prefix: 'btg' }],
  ['deadline.parse', { text: 'đầu tháng 12/2023' }],
  ['deadline.parse', { text: 'tháng 12', ref: '28/11/2023' }],
  ['tasks.extract', { text: fixture('plan-21-KH-TW.txt'), ref: '2023-11-28' }],
  ['tasks.extract', { text: '' }],
  ['tasks.extract', { docxBase64: Buffer.from('không phải docx').toString('base64') }],
  ['tasks.createMany', { directiveId: 1, tasks: [
    { content: 'Xây dựng kế hoạch', leadUnitId: 6, deadlineText: 'trong quý I/2024', dueDate: '2024-03-31' },
    { content: 'Tuyên truyền', leadText: 'Ban Tuyên giáo Tỉnh ủy', coordinatingUnitIds: [6], standing: true, deadlineText: 'thực hiện thường xuyên' },
  ] }],
  ['tasks.createMany', { directiveId: 1, tasks: [] }],
  ['tasks.update', { id: 1, patch: { notes: 'Đã giao' } }],
  ['tasks.setStatus', { id: 1, state: 'done', completedDate: '2024-04-02' }],
  ['tasks.setStatus', { id: 1, state: 'overdue' }],
  ['tasks.addProgress', { taskId: 2, date: '2024-05-01', text: 'Đã tuyên truyền', reportEntryId: 2 }],
  ['tasks.get', { id: 2, today: '2024-05-15' }],
  ['tasks.list', { directiveId: 1, today: '2024-05-15' }],
  ['tasks.list', { unitId: 6, statuses: ['done_late'], today: '2024-05-15' }],
  ['tasks.directives', { today: '2024-05-15' }],
  ['dashboard.get', { today: '2024-05-15' }],
  ['reminders.check', { today: '2024-05-15' }],
  ['reminders.dismiss', { today: '2024-05-15' }],
  ['rounds.open', { directiveId: 1, title: 'Sơ kết 01 năm thực hiện Nghị quyết 43-NQ/TW', deadline: '2024-11-15', groupIds: [2] }],
  ['rounds.open', { directiveId: 1, title: 'Tổng kết', kind: 'final' }],
  ['rounds.list', {}],
  ['rounds.get', { id: 1 }],
  ['rounds.linkReport', { roundId: 1, unitId: 21, entryId: 2 }],
  ['rounds.linkReport', { roundId: 1, unitId: 4, entryId: 2 }],
  ['rounds.candidates', { roundId: 1, unitId: 21 }],
  ['rounds.update', { id: 1, closed: true, addUnitIds: [4] }],
  ['tasks.deleteProgress', { id: 1 }],
  ['tasks.delete', { id: 2 }],
  ['rounds.delete', { id: 1 }],
  ['units.deleteGroup', { id: 6 }],
  ['units.delete', { id: 56 }],
  ['units.delete', { id: 6 }],
  ['reports.draftSave', { directiveId: 1, milestone: '01 năm', texts: { limitsText: 'Một số cấp ủy chưa sát sao.\nNguyên nhân: …' } }],
  ['reports.draftGet', { directiveId: 1, milestone: '01 năm' }],
  ['reports.draftGet', { directiveId: 999, milestone: '01 năm' }],
  ['reports.reviewSections', { directiveId: 1, milestone: '01 năm' }],
  ['reports.generate', { report: 'so-ket', directiveId: 1, kind: 'final', milestoneDate: '2024-12-31', includeFollowUp: true, texts: { lessonsText: 'Bài học.' } }],
  ['reports.generate', { report: 'thong-ke', period: '2023-Q4', format: 'xlsx' }],
  ['reports.generate', { report: 'so-dang-ky', from: '2023-11-01', to: '2023-12-31' }],
  ['reports.generate', { report: 'so-ket', directiveId: 1, milestone: '01 năm' }],
  ['reports.generate', { report: 'thong-ke', period: 'quý 5' }],
  // Copies (bản sao): made from entry 1 (43-NQ/TW), its page as Word; the PDF refused (no PDF attached).
  ['copies.forms', {}],
  ['copies.saveForm', { code: 'BS', name: 'Bản sao điện tử', heading: 'BẢN SAO' }],
  ['copies.preview', { sourceId: 1, form: 'SY', date: '2023-12-04', recipients: ['Báo Lạng Sơn'] }],
  ['copies.add', { sourceSymbol: '43-NQ/TW', form: 'SY', number: 1274, date: '2023-12-04', recipients: ['Các huyện ủy, thành ủy, đảng ủy trực thuộc'] }],
  ['copies.add', { sourceId: 1, form: 'SY', number: 1274, date: '2023-12-05' }],
  ['copies.get', { id: 1 }],
  ['copies.list', { sourceId: 1 }],
  ['copies.page', { id: 1, format: 'docx' }],
  ['copies.page', { id: 1, format: 'pdf' }],
  ['copies.deliver', { deliveryId: 1, receivedDate: '2023-12-05', receivedBy: 'Văn thư huyện ủy' }],
  ['copies.deliver', { deliveryId: 1, sentDate: '2023-12-01', receivedDate: null }],
  ['copies.deliveries', { pending: true }],
  ['copies.cancel', { id: 1, reason: 'Sao nhầm văn bản' }],
  ['copies.cancel', { id: 1, reason: '' }],
  ['reports.generate', { report: 'so-sao', from: '2023-12-01', to: '2023-12-31' }],
  ['templates.list', {}],
  ['templates.placeholders', { report: 'so-ket', format: 'docx' }],
  ['templates.check', { id: 'mac-dinh:thong-ke:docx' }],
  ['templates.read', { id: 'mac-dinh:thong-ke:xlsx' }],
  ['templates.import', { report: 'thong-ke', name: 'Mẫu hỏng', fileName: 'hong.docx', contentBase64: Buffer.from('không phải docx').toString('base64') }],
  ['templates.delete', { id: 'mac-dinh:thong-ke:docx' }],
  // Nothing is lost (issue 8): cancelled entries, history, the trash, backups.
  ['incoming.cancel', { id: 2, reason: 'Vào sổ nhầm' }],
  ['incoming.cancel', { id: 2, reason: '' }],
  ['session.get', {}],
  ['session.setActor', { name: 'Nguyễn Thị Lan' }],
  ['history.search', { q: 'da giao' }],
  ['history.forRecord', { recordType: 'task', recordId: 1 }],
  ['trash.list', {}],
  ['trash.restore', { id: 1 }],
  ['trash.restore', { id: 99 }],
  ['backup.create', {}],
  ['backup.list', {}],
  ['backup.inspect', { path: '/khong/co/ban-sao-luu' }],
  ['backup.restore', { path: '/khong/co/ban-sao-luu' }],
  ['backup.setFolder', { folder: 'thu-muc-tuong-doi' }],
  // The outgoing register (issue 9).
  ['outgoing.add', { documentDate: '2024-01-10', typeCode: 'BC', issuerCode: 'TU', abstract: 'Báo cáo' }],
  ['terms.add', { from: '2020-10-16', to: '2025-10-15' }],
  ['terms.add', { from: '2025-10-16' }],
  ['terms.list', {}],
  ['numbering.get', {}],
  ['numbering.set', { rule: 'party', secretOwnSeries: false }],
  ['outgoing.preview', { documentDate: '2024-01-10', typeCode: 'BC', issuerCode: 'TU', abstract: 'Báo cáo' }],
  ['outgoing.add', { documentDate: '2024-01-10', typeCode: 'CTr', issuerCode: 'TU', abstract: 'Chương trình hành động', answersSymbol: '43-NQ/TW' }],
  ['outgoing.add', { documentDate: '2024-01-11', typeCode: 'BC', issuerCode: 'TU', reserve: true }],
  ['outgoing.complete', { id: 2, abstract: 'Báo cáo quý I' }],
  ['outgoing.add', { documentDate: '2024-01-12', typeCode: 'BC', issuerCode: 'TU', reserve: true }],
  ['outgoing.void', { id: 3, reason: 'Không ban hành' }],
  ['outgoing.update', { id: 1, patch: { forwardedDate: '2024-01-12', receivedBy: 'Hoàng Thu Hà', copies: 5 } }],
  ['outgoing.update', { id: 3, patch: { notes: 'Số đã hủy' } }],
  ['outgoing.update', { id: 1, patch: { symbol: '9-BC/TU' } }],
  ['outgoing.add', { documentDate: '2024-01-12', typeCode: 'BC', issuerCode: 'TU', abstract: 'Số đã dùng', number: 1 }],
  ['outgoing.get', { id: 1 }],
  ['outgoing.list', { q: 'chuong trinh' }],
  // Getting received files in (issue 10): a scan without OCR is refused; a confirmed entry is registered with its file.
  ['intake.read', { fileName: 'trang1.png', contentBase64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC' }],
  ['intake.read', { fileName: 'nq43.txt', contentBase64: Buffer.from('Nghị quyết').toString('base64') }],
  // Importing an old register (issue 10): a dry run, a refused import, the refusal list refused without its rows.
  ['incoming.importPreview', { fileName: 'so.csv', contentBase64: Buffer.from('Số đến,Ngày đến,Tác giả,Trích yếu\n5,02/01/2024,Tỉnh ủy,Công văn\n').toString('base64') }],
  ['incoming.importRun', { fileName: 'so.csv', contentBase64: Buffer.from('Số đến,Ngày đến,Tác giả,Trích yếu\n5,32/01/2024,Tỉnh ủy,Công văn\n').toString('base64') }],
  ['incoming.importRefusalsXlsx', { fileName: 'so.csv', refused: 'x' }],
  ['intake.register', { fileName: 'nq44.txt', contentBase64: Buffer.from('Nghị quyết').toString('base64'), entry: { ...NQ43, arrivalNumber: undefined, arrivalDate: '2023-12-05', symbol: '44-NQ/TW' } }],
  // The arrival stamp (issue 10): entry 1 has no PDF (refused), and its label for the paper document.
  ['incoming.stamp', { id: 1 }],
  ['incoming.stampLabel', { id: 1 }],
  // The watched folder (issue 10): none chosen yet, a relative path refused, nothing proposed, unknown files refused.
  ['intake.folder', {}],
  ['intake.setFolder', { folder: 'VanBanDen' }],
  ['intake.offer', { fileName: 'x.pdf' }],
  ['intake.proposed', {}],
  ['intake.readProposed', { id: 1 }],
  ['intake.registerProposed', { id: 1, entry: { ...NQ43, arrivalNumber: undefined, symbol: '45-NQ/TW' } }],
  ['intake.dismissProposed', { ids: [1] }],
  ['no.such.method', {}],
];

/** Fields that legitimately differ between two databases: clock readings and file locations. */
function stable(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v) => {
    if (['createdAt', 'updatedAt', 'at', 'addedAt', 'dbPath', 'mode', 'today', 'cancelledAt', 'deletedAt'].includes(key)) return '<varies>';
    // Backups: each database's own folder, and the time in a backup's name.
    return typeof v === 'string' ? v.replace(/vanthu-contract-\w+/g, '<dir>').replace(/vanthu-backup-[\dTZ-]+/g, 'vanthu-backup-<time>') : v;
  }));
}

/**
 * A generated report's file, part by part: the same text in each part of the Word or Excel package.
 * Only docProps/core.xml is left out, which records the time the file was written.
 */
async function packageParts(base64: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    if (name !== 'docProps/core.xml' && !zip.files[name].dir) parts[name] = await zip.files[name].async('string');
  }
  return parts;
}

/** What a reader compares: the result, with a Word or Excel file opened into its parts. */
async function comparable(result: { ok: boolean; value?: unknown }): Promise<unknown> {
  const value = result.value as { contentBase64?: string } | undefined;
  // Word and Excel files (reports, the copy page) are compared part by part; other contents byte for byte.
  if (!result.ok || !value?.contentBase64?.startsWith('UEsDB')) return stable(result);
  return stable({ ...result, value: { ...value, contentBase64: await packageParts(value.contentBase64) } });
}

describe('API contract: dispatcher and HTTP agree', () => {
  let direct: Backend;
  let overHttp: Backend;
  let server: RunningHttpServer;
  let url: string;
  const dirs: string[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) dirs.push(fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-contract-')));
    direct = createBackend({ dbPath: path.join(dirs[0], 'v.db'), mode: 'test' });
    overHttp = createBackend({ dbPath: path.join(dirs[1], 'v.db'), mode: 'test' });
    server = await startHttpServer({ dispatch: overHttp.dispatch, port: 0 });
    url = server.url;
  });

  afterAll(async () => {
    await server.close();
    direct.close();
    overHttp.close();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  const auth = () => ({ Authorization: `Bearer ${server.token}` });
  const post = (method: string, input: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...auth(), ...headers }, body: JSON.stringify(input) });

  it('covers every method of the contract', () => {
    const called = new Set(calls.map(([m]) => m));
    expect(METHOD_NAMES.filter((m) => !called.has(m))).toEqual([]);
  });

  it('answers each call identically', async () => {
    for (const [method, input] of calls) {
      const a = await direct.dispatch(method, input);
      const response = await post(method, input);
      const b = await response.json();
      expect(await comparable(b), method).toEqual(await comparable(a));
      if (!a.ok) expect(a.error.message.length, method).toBeGreaterThan(5);
    }
  });

  it('generates reports as Word and Excel packages', async () => {
    for (const input of [{ report: 'thong-ke', period: '2023-Q4', format: 'xlsx' }, { report: 'so-ket', directiveId: 1, milestone: '01 năm' }]) {
      const r = await direct.dispatch('reports.generate', input);
      expect(r.ok, JSON.stringify(r)).toBe(true);
      if (r.ok) expect((r.value as { contentBase64: string }).contentBase64.startsWith('UEsDB')).toBe(true);
    }
  });

  it('refuses other origins, non-POST and malformed JSON with Vietnamese messages', async () => {
    const cross = await post('app.info', {}, { Origin: 'http://evil.example' });
    expect(cross.status).toBe(403);
    expect((await cross.json()).error.message).toContain('nguồn khác');
    const get = await fetch(`${url}/api/app.info`, { headers: auth() });
    expect(get.status).toBe(405);
    const bad = await fetch(`${url}/api/incoming.list`, { method: 'POST', headers: auth(), body: '{nope' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain('JSON');
  });

  it('keeps an idle connection open longer than a browser does, so a call after a pause is never reset', () => {
    // Chromium drops a used idle socket after 300 s; a server closing first races the next call (ECONNRESET).
    expect(server.server.keepAliveTimeout).toBeGreaterThan(300_000);
  });

  it('listens on 127.0.0.1 only', () => {
    // What the socket is bound to, not the address the server prints.
    const bound = server.server.address() as AddressInfo;
    expect(bound.address).toBe('127.0.0.1');
    expect(url).toBe(`http://127.0.0.1:${bound.port}`);
  });
});
