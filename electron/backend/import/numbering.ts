import { IMPORT_FIELD_LABELS, type ImportRefusal } from '../../../shared/contractImport';
import { type BookService, defaultBookName } from '../services/books';
import type { CheckedRow } from './checkRows';

// An old register keeps its own arrival numbers in the year's book. The import numbers as importMany
// will (a row without a number takes the book's next one), refuses a number already held in the
// register or earlier in the sheet, and says where the sheet starts past the book's next number
// (the numbers in between stay unused: the normal form asks to confirm that, an import says it).

export interface Numbering { accepted: CheckedRow[]; refused: ImportRefusal[]; warnings: string[] }

/** `numbersIn`: the arrival numbers a book already holds (the incoming store's). */
export function checkNumbering(numbersIn: (bookId: number) => number[], books: BookService, rows: CheckedRow[]): Numbering {
  const byYear = new Map<number, { used: Set<number>; next: number; existing: number; firstTyped: number | null; name: string }>();
  const accepted: CheckedRow[] = [];
  const refused: ImportRefusal[] = [];
  for (const row of rows) {
    const year = Number(row.entry.arrivalDate.slice(0, 4));
    let book = byYear.get(year);
    if (!book) {
      const found = books.findDefault(year);
      const used = new Set<number>(found ? numbersIn(found.id) : []);
      const max = used.size ? Math.max(...used) : 0;
      book = { used, next: max + 1, existing: max, firstTyped: null, name: found?.name ?? defaultBookName(year) };
      byYear.set(year, book);
    }
    const typed = row.entry.arrivalNumber;
    const number = typed ?? book.next;
    if (book.used.has(number)) {
      refused.push({ row: row.row, column: IMPORT_FIELD_LABELS.arrivalNumber, value: String(number),
        reason: number <= book.existing ? `Số đến ${number} đã dùng trong "${book.name}".` : `Số đến ${number} trùng với một dòng trước trong tệp (cùng năm ${year}).` });
      continue;
    }
    if (typed !== undefined && book.firstTyped === null) book.firstTyped = typed;
    book.used.add(number);
    book.next = Math.max(book.next, number + 1);
    accepted.push(row);
  }
  const warnings: string[] = [];
  for (const book of byYear.values()) {
    if (book.existing > 0 && book.firstTyped !== null && book.firstTyped > book.existing + 1) {
      warnings.push(`"${book.name}" đang ở số ${book.existing}; tệp bắt đầu từ số ${book.firstTyped}, các số từ ${book.existing + 1} đến ${book.firstTyped - 1} sẽ để trống.`);
    }
  }
  return { accepted, refused, warnings };
}
