import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/dates';
import { todayIso } from '../../electron/backend/services/clock';
import { NQ43, ok, tempBackend } from '../helpers/tempBackend';

/** Registers the entry and returns the refusal's message and field messages (the test fails if it is accepted). */
async function refusal(input: object): Promise<{ message: string; fields: Record<string, string> }> {
  const b = tempBackend();
  const r = await b.dispatch('incoming.register', input);
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('accepted');
  const books = await ok(b, 'books.list', {});
  expect(books).toEqual([]);
  return { message: r.error.message, fields: r.error.fields ?? {} };
}

describe('dates of an entry', () => {
  it('refuses an arrival date after today without making a book for its year', async () => {
    const tomorrow = addDays(todayIso(), 1);
    const r = await refusal({ ...NQ43, arrivalDate: tomorrow });
    expect(r.fields.arrivalDate).toContain('là ngày chưa tới');
    const far = await refusal({ ...NQ43, arrivalDate: '2099-11-28' });
    expect(far.message).toContain('Ngày đến 28/11/2099 là ngày chưa tới');
  });

  it('refuses a year outside the books’ range with a message, not a database error', async () => {
    for (const arrivalDate of ['3024-11-28', '1900-01-01', '0000-01-01']) {
      const r = await refusal({ ...NQ43, arrivalDate, documentDate: undefined });
      expect(r.fields.arrivalDate, arrivalDate).toContain('nằm ngoài khoảng năm của sổ (1945–2200)');
    }
  });

  it('refuses a due date before the arrival date', async () => {
    const r = await refusal({ ...NQ43, dueDate: '2023-11-27' });
    expect(r.fields.dueDate).toBe('Hạn xử lý 27/11/2023 không thể trước ngày đến 28/11/2023.');
    const b = tempBackend();
    const { entry } = await ok(b, 'incoming.register', { ...NQ43, dueDate: '2023-11-28' });
    const edit = await b.dispatch('incoming.update', { id: entry.id, patch: { dueDate: '2023-01-01' } });
    expect(edit.ok).toBe(false);
    if (!edit.ok) expect(edit.error.fields?.dueDate).toContain('không thể trước ngày đến');
  });

  it('proposes the next number only for a real date, never for a book "năm NaN"', async () => {
    const b = tempBackend();
    for (const arrivalDate of ['hôm nay', '2024-02-30']) {
      const r = await b.dispatch('incoming.nextNumber', { arrivalDate });
      expect(r.ok, arrivalDate).toBe(false);
      if (!r.ok) expect(r.error.fields?.arrivalDate).toMatch(/^(Ngày phải có dạng|Không có ngày)/);
    }
    expect(await ok(b, 'incoming.nextNumber', { arrivalDate: '2024-02-29' })).toMatchObject({ bookName: 'Sổ văn bản đến năm 2024', arrivalNumber: 1 });
  });

  it('names 30/02/2024 as a day that does not exist, in every date field', async () => {
    for (const field of ['arrivalDate', 'documentDate', 'dueDate']) {
      const r = await refusal({ ...NQ43, [field]: '2024-02-30' });
      expect(r.fields[field], field).toBe('Không có ngày 30/02/2024: tháng 2 năm 2024 chỉ có 29 ngày.');
    }
  });
});
