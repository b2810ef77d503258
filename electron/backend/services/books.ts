import { AppError } from '../../../shared/errors';
import type { Book } from '../../../shared/schemas';
import type { Db } from '../db/openDatabase';
import { nowIso } from './clock';

interface BookRow {
  id: number; name: string; year: number; kind: Book['kind']; note: string;
  entry_count: number; first_number: number | null; last_number: number | null;
  first_date: string | null; last_date: string | null;
}

export const defaultBookName = (year: number) => `Sổ văn bản đến năm ${year}`;

/** Register books: one per year by default; an office may keep several (network, paper, secret). */
export function createBookService(db: Db) {
  const selectBooks = db.prepare<[], BookRow>(`
    SELECT b.id, b.name, b.year, b.kind, b.note,
      (SELECT count(*) FROM incoming i WHERE i.book_id = b.id) AS entry_count,
      (SELECT min(arrival_number) FROM incoming i WHERE i.book_id = b.id) AS first_number,
      (SELECT max(arrival_number) FROM incoming i WHERE i.book_id = b.id) AS last_number,
      (SELECT min(arrival_date) FROM incoming i WHERE i.book_id = b.id) AS first_date,
      (SELECT max(arrival_date) FROM incoming i WHERE i.book_id = b.id) AS last_date
    FROM books b ORDER BY b.year DESC, b.id`);
  const selectById = db.prepare<[number], { id: number; name: string; year: number; kind: string }>(
    'SELECT id, name, year, kind FROM books WHERE id = ?');
  const selectDefault = db.prepare<[number, string], { id: number; name: string; year: number; kind: string }>(
    'SELECT id, name, year, kind FROM books WHERE year = ? AND name = ?');
  const insertBook = db.prepare('INSERT INTO books (name, year, kind, note, created_at) VALUES (?, ?, ?, ?, ?)');

  const toBook = (r: BookRow): Book => ({
    id: r.id, name: r.name, year: r.year, kind: r.kind, note: r.note, entryCount: r.entry_count,
    firstNumber: r.first_number, lastNumber: r.last_number, firstDate: r.first_date, lastDate: r.last_date,
  });

  function create(input: { name: string; year: number; kind: Book['kind']; note: string }): Book {
    if (selectDefault.get(input.year, input.name)) {
      throw new AppError('CONFLICT', `Đã có sổ "${input.name}" năm ${input.year}.`, { name: 'Tên sổ đã tồn tại trong năm này.' });
    }
    const id = Number(insertBook.run(input.name, input.year, input.kind, input.note, nowIso()).lastInsertRowid);
    return list().find((b) => b.id === id)!;
  }

  function list(): Book[] {
    return selectBooks.all().map(toBook);
  }

  function get(id: number) {
    const book = selectById.get(id);
    if (!book) throw new AppError('NOT_FOUND', `Không tìm thấy sổ có mã ${id}.`, { bookId: 'Sổ không tồn tại.' });
    return book;
  }

  /** The year's default book if it exists (a proposal must not create books for mistyped years). */
  function findDefault(year: number) {
    return selectDefault.get(year, defaultBookName(year)) ?? null;
  }

  /** The year's default book, created on first use: arrival numbers restart at 1 each year. */
  function defaultFor(year: number) {
    const name = defaultBookName(year);
    const found = selectDefault.get(year, name);
    if (found) return found;
    insertBook.run(name, year, 'general', '', nowIso());
    return selectDefault.get(year, name)!;
  }

  return { list, create, get, defaultFor, findDefault };
}

export type BookService = ReturnType<typeof createBookService>;
