import ExcelJS from 'exceljs';

// Old registers as offices keep them in Excel: the body's name and the register's title above the
// heading row (merged across columns), a row of column numbers under it, dates typed as Excel dates
// or as text. Used by the import tests and the benchmark.

export const HEADINGS = ['Số đến', 'Ngày đến', 'Tác giả', 'Số, ký hiệu', 'Ngày tháng văn bản', 'Tên loại và trích yếu',
  'Đơn vị hoặc người nhận', 'Ký nhận', 'Ghi chú'];

export type OldRow = Array<string | number | Date | null>;

/** A day as ExcelJS writes a date cell (UTC midnight). */
export const excelDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export interface OldRegisterShape {
  /** "Văn bản đến" merged over the first two headings, the other headings merged over two rows. */
  twoRowHeading?: boolean;
  sheetName?: string;
}

/** The workbook's bytes; returns also the Excel row number of the first data row. */
export async function oldRegisterXlsx(rows: OldRow[], shape: OldRegisterShape = {}): Promise<{ content: Buffer; firstDataRow: number }> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Hướng dẫn').getCell('A1').value = 'Sổ này ghi theo Hướng dẫn 11-HD/VPTW.';
  const sheet = workbook.addWorksheet(shape.sheetName ?? 'Sổ đến 2024');
  sheet.getCell('A1').value = 'TỈNH ỦY LÂM ĐỒNG';
  sheet.mergeCells('A1:D1');
  sheet.getCell('E1').value = 'ĐẢNG CỘNG SẢN VIỆT NAM';
  sheet.mergeCells('E1:I1');
  sheet.getCell('A2').value = 'VĂN PHÒNG';
  sheet.mergeCells('A2:D2');
  sheet.getCell('A4').value = 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN';
  sheet.mergeCells('A4:I4');
  let r = 6;
  if (shape.twoRowHeading) {
    sheet.getCell('A6').value = 'Văn bản đến';
    sheet.mergeCells('A6:B6');
    sheet.getCell('A7').value = HEADINGS[0];
    sheet.getCell('B7').value = HEADINGS[1];
    HEADINGS.slice(2).forEach((h, i) => {
      const col = String.fromCharCode(67 + i);
      sheet.getCell(`${col}6`).value = h;
      sheet.mergeCells(`${col}6:${col}7`);
    });
    r = 8;
  } else {
    sheet.getRow(r++).values = HEADINGS;
  }
  sheet.getRow(r++).values = HEADINGS.map((_, i) => `(${i + 1})`);
  const firstDataRow = r;
  for (const row of rows) sheet.getRow(r++).values = row as ExcelJS.CellValue[];
  return { content: Buffer.from(await workbook.xlsx.writeBuffer()), firstDataRow };
}

/** Text as an old Vietnamese Windows saved CSV files (Windows-1258: tones as combining marks after the letter). */
export function encodeWindows1258(text: string): Buffer {
  const decoder = new TextDecoder('windows-1258');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  // Each letter with its marks: the letter with circumflex/breve/horn if the code page has it, then the tone.
  for (const cluster of text.normalize('NFD').match(/\P{M}\p{M}*/gu) ?? []) {
    const base = cluster[0]!;
    const marks = [...cluster.slice(1)];
    const k = marks.findIndex((m) => table.has((base + m).normalize('NFC')));
    const [head, rest] = k >= 0 ? [(base + marks[k]).normalize('NFC'), marks.filter((_, i) => i !== k)] : [base, marks];
    for (const ch of [head, ...rest]) {
      const byte = table.get(ch);
      if (byte === undefined) throw new Error(`Not in Windows-1258: ${ch}`);
      out.push(byte);
    }
  }
  return Buffer.from(out);
}

/** Rows as CSV text (Excel's quoting). */
export function csvText(rows: Array<Array<string | number>>): string {
  return rows.map((r) => r.map((v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))).join(',')).join('\r\n') + '\r\n';
}
