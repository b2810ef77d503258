import { AppError } from '../../../shared/errors';
import type { Book } from '../../../shared/schemas';
import type { Db } from '../db/openDatabase';
import type { IncomingStore } from '../stores/incomingStore';
import { nowIso } from './clock';

export const defaultBookName = (year: number) => `Sổ văn bản đến năm ${year}`;

/** Register books: one per year by default; an office may keep several (network, paper, secret). */
export function createBookService(db: Db, store: Pick<IncomingStore, 'bookFigures'>) {
  const selectBooks = db.prepare<[], Omit<Book, 'entryCount' | 'firstNumber' | 'lastNumber' | 'firstDate' | 'lastDate'>>(
    'SELECT id, name, year, kind, note FROM books ORDER BY year DESC, id');
  const selectById = db.prepare<[number], { id: number; name: string; year: number; kind: string }>(
    'SELECT id, name, year, kind FROM books WHERE id = ?');
  const selectDefault = db.prepare<[number, string], { id: number; name: string; year: number; kind: string }>(
    'SELECT id, name, year, kind FROM books WHERE year = ? AND name = ?');
  const insertBook = db.prepare('INSERT INTO books (name, year, kind, note, created_at) VALUES (?, ?, ?, ?, ?)');

  function create(input: { name: string; year: number; kind: Book['kind']; note: string }): Book {
    if (selectDefault.get(input.year, input.name)) {
      throw new AppError('CONFLICT', `Đã có sổ "${input.name}" năm ${input.year}.`, { name: 'Tên sổ đã tồn tại trong năm này.' });
    }
    const id = Number(insertBook.run(input.name, input.year, input.kind, input.note, nowIso()).lastInsertRowid);
    return list().find((b) => b.id === id)!;
  }

  /** The books, newest year first, each with its entries' figures (the register's store counts them). */
  function list(): Book[] {
    const figures = new Map(store.bookFigures().map(({ bookId, ...f }) => [bookId, f]));
    return selectBooks.all().map((b) => ({ ...b, ...figures.get(b.id)! }));
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
