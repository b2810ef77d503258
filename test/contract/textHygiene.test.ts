import { describe, expect, it } from 'vitest';
import { NQ43, ok, tempBackend } from '../helpers/tempBackend';

// What reaches the register through the contract: no control characters, no bidirectional overrides,
// no lone surrogates, in any field; every text field, settings included, has a length limit.

const RLO = '\u202E';
const dirty = (s: string) => `\u0000${s}\u001b[31m\u001b]0;tiêu đề\u0007${RLO}\u2066\uD800`;

describe('text at the contract', () => {
  it('removes control characters, escape sequences, bidirectional controls and lone surrogates from entry fields', async () => {
    const b = tempBackend();
    const { entry } = await ok(b, 'incoming.register', {
      ...NQ43, issuer: dirty('Ban Chấp hành Trung ương'), abstract: dirty('Nghị quyết về đại đoàn kết'), notes: 'a\u0007b\u009bc\u200Fd',
    });
    expect(entry.issuer).toBe('Ban Chấp hành Trung ương');
    expect(entry.abstract).toBe('Nghị quyết về đại đoàn kết');
    expect(entry.notes).toBe('abcd');
    // An emoji is a surrogate pair, not a lone half: it stays.
    const updated = await ok(b, 'incoming.update', { id: entry.id, patch: { notes: 'Đã xem 👍' } });
    expect(updated.entry.notes).toBe('Đã xem 👍');
  });

  it('shows an attachment named to look like a PDF by its real name', async () => {
    const b = tempBackend();
    const { entry } = await ok(b, 'incoming.register', NQ43);
    const attachment = await ok(b, 'attachments.add', { entryId: entry.id, fileName: `nq43${RLO}fdp.exe`, contentBase64: Buffer.from('MZ').toString('base64') });
    expect(attachment.fileName).toBe('nq43fdp.exe');
    const detail = await ok(b, 'incoming.get', { id: entry.id });
    expect(detail.attachments[0].fileName).toBe('nq43fdp.exe');
  });

  it('keeps line breaks in the texts a specialist writes, without control characters', async () => {
    const b = tempBackend();
    const { entry } = await ok(b, 'incoming.register', NQ43);
    const saved = await ok(b, 'reports.draftSave', { directiveId: entry.id, milestone: '01 năm', texts: { resultsText: `Đoạn một.\u0000\nĐoạn hai${RLO}.` } });
    expect(saved.resultsText).toBe('Đoạn một.\nĐoạn hai.');
  });

  it('limits and cleans settings strings like every other field', async () => {
    const b = tempBackend();
    const long = await b.dispatch('settings.update', { signerName: 'A'.repeat(100_000) });
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.error.message).toContain('Dài quá');
    const settings = await ok(b, 'settings.update', { signerName: `Sai Văn Đông${RLO}\u0000` });
    expect(settings.signerName).toBe('Sai Văn Đông');
  });

  it('names content that is not base64 as such, not as an empty file', async () => {
    const b = tempBackend();
    const { entry } = await ok(b, 'incoming.register', NQ43);
    for (const [method, input] of [
      ['attachments.add', { entryId: entry.id, fileName: 'a.pdf', contentBase64: 'đây không phải base64!' }],
      ['templates.import', { report: 'thong-ke', name: 'Mẫu', fileName: 'mau.xlsx', contentBase64: '%%%%' }],
      ['tasks.extract', { docxBase64: 'ke hoach.docx' }],
    ] as const) {
      const r = await b.dispatch(method, input);
      expect(r.ok, method).toBe(false);
      if (!r.ok) {
        expect(r.error.message, method).toContain('không phải dạng base64');
        expect(r.error.message, method).not.toContain('Tệp rỗng');
      }
    }
    const empty = await b.dispatch('attachments.add', { entryId: entry.id, fileName: 'a.pdf', contentBase64: '' });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.error.message).toContain('Tệp rỗng');
  });

  it('bounds the texts the parsers read', async () => {
    const b = tempBackend();
    for (const [method, input] of [
      ['deadline.parse', { text: 'trong quý I/2024 '.repeat(100_000) }],
      ['symbol.parse', { text: '43-NQ/TW'.repeat(100_000) }],
      ['incoming.list', { issuer: 'Ban '.repeat(100_000) }],
    ] as const) {
      const r = await b.dispatch(method, input);
      expect(r.ok, method).toBe(false);
      if (!r.ok) expect(r.error.message, method).toContain('Dài quá');
    }
  });
});
