import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NQ43, ok, tempBackend } from '../helpers/tempBackend';

describe('attachments', () => {
  it('copies the file into the data folder with its SHA-256 and reads it back', async () => {
    const b = tempBackend();
    const { entry } = await ok(b, 'incoming.register', NQ43);
    const content = Buffer.from('%PDF-1.4 Nghị quyết 43');
    const att = await ok(b, 'attachments.add', { entryId: entry.id, fileName: 'NQ43.pdf', contentBase64: content.toString('base64') });
    expect(att.sha256).toBe(crypto.createHash('sha256').update(content).digest('hex'));
    const stored = path.join(path.dirname(b.dbPath), 'attachments', att.sha256.slice(0, 2), `${att.sha256}.pdf`);
    expect(fs.readFileSync(stored)).toEqual(content);
    const back = await ok(b, 'attachments.read', { id: att.id });
    expect(Buffer.from(back.contentBase64, 'base64')).toEqual(content);
    const detail = await ok(b, 'incoming.get', { id: entry.id });
    expect(detail.attachments).toHaveLength(1);
    expect(detail.entry.attachmentCount).toBe(1);
    expect(detail.history[0].summary).toBe('Đính kèm tệp: NQ43.pdf');
  });

  it('refuses the file of a secret document unless the machine is declared offline', async () => {
    const b = tempBackend();
    const { entry } = await ok(b, 'incoming.register', { ...NQ43, secrecy: 'Mật' });
    const input = { entryId: entry.id, fileName: 'mat.pdf', contentBase64: Buffer.from('x').toString('base64') };
    const refused = await b.dispatch('attachments.add', input);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('FORBIDDEN');
      expect(refused.error.message).toContain('không kết nối mạng');
    }
    expect(fs.existsSync(path.join(path.dirname(b.dbPath), 'attachments'))).toBe(false);
    await ok(b, 'settings.update', { offlineMachine: true });
    expect((await ok(b, 'attachments.add', input)).fileName).toBe('mat.pdf');
  });
});
