/** The Excel template engine: text cells, table anchors, what moves and what is kept. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ReportError } from '../../electron/backend/reports/ReportError';
import { expectSoundOoxml } from '../helpers/ooxmlCheck';
import { reportError } from './reportError';
import { paragraphs, table, type TableColumn } from '../../electron/backend/reports/values';
import { checkXlsxTemplate, fillXlsx, listXlsxPlaceholders } from '../../electron/backend/reports/xlsxTemplate';

const COLUMNS: TableColumn[] = [
  { header: 'STT', width: 6, align: 'center' },
  { header: 'Nội dung', width: 40 },
  { header: 'Số lượng', width: 12, align: 'right', numberFormat: 'grouped' },
];

async function workbook(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Trang 1'), wb);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Reads a filled workbook back, once it has passed the strict structural checks. */
async function read(xlsx: Buffer): Promise<ExcelJS.Workbook> {
  await expectSoundOoxml(xlsx, 'xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  return wb;
}

describe('fillXlsx', () => {
  it('fills text among other text, numbers as numbers, paragraphs as lines, and blanks the rest', async () => {
    const template = await workbook((ws) => {
      ws.getCell('A1').value = 'Từ ngày {{tu_ngay}} đến ngày {{den_ngay}}';
      ws.getCell('A2').value = '{{tong_so}}';
      ws.getCell('A3').value = '{{noi_nhan}}';
      ws.getCell('A4').value = 'Còn: {{khong_co}}.';
      ws.getCell('A5').value = { richText: [{ text: 'Kỳ: ' }, { text: '{{ky}}', font: { bold: true } }] };
    });
    const wb = await read(
      await fillXlsx(template, { tu_ngay: '01/01/2024', den_ngay: '31/03/2024', tong_so: 1234, noi_nhan: paragraphs(['A', 'B\u0007']), ky: 'Quý I/2024' }),
    );
    const ws = wb.getWorksheet('Trang 1')!;
    expect(ws.getCell('A1').value).toBe('Từ ngày 01/01/2024 đến ngày 31/03/2024');
    expect(ws.getCell('A2').value).toBe(1234);
    expect(ws.getCell('A2').numFmt).toBe('#,##0');
    expect(ws.getCell('A3').value).toBe('A\nB');
    expect(ws.getCell('A3').alignment?.wrapText).toBe(true);
    expect(ws.getCell('A4').value).toBe('Còn: .');
    expect(ws.getCell('A5').value).toBe('Kỳ: Quý I/2024');
  });

  it('writes a table at its anchor: bordered header and rows, headings merged, header frozen and printed on each page', async () => {
    const template = await workbook((ws) => {
      ws.getCell('A1').value = 'TIÊU ĐỀ';
      ws.getCell('A3').value = '{{bang}}';
      ws.getCell('A3').font = { name: 'Times New Roman', size: 12 };
      ws.getColumn(2).width = 55; // the office widened it in Excel: kept
    });
    const rows = [[1, 'Nghị quyết <43> & "kế hoạch"', 1234], { heading: 'Nhóm hai' }, [2, 'Công văn', null], { cells: ['', 'Tổng số', 1234], bold: true as const }];
    const wb = await read(await fillXlsx(template, { bang: table(COLUMNS, rows) }));
    const ws = wb.getWorksheet('Trang 1')!;
    expect(['A3', 'B3', 'C3'].map((a) => ws.getCell(a).value)).toEqual(['STT', 'Nội dung', 'Số lượng']);
    expect(ws.getCell('B3').font?.bold).toBe(true);
    expect(ws.getCell('B3').font?.name).toBe('Times New Roman');
    expect(ws.getCell('A4').value).toBe(1);
    expect(ws.getCell('B4').value).toBe('Nghị quyết <43> & "kế hoạch"');
    expect(ws.getCell('C4').value).toBe(1234);
    expect(ws.getCell('C4').numFmt).toBe('#,##0');
    expect(ws.getCell('C4').border?.left?.style).toBe('thin');
    expect(ws.getCell('A5').value).toBe('Nhóm hai');
    expect(ws.getCell('A5').isMerged && ws.getCell('C5').isMerged).toBe(true);
    expect(ws.getCell('C6').value).toBeNull();
    expect(ws.getCell('C6').border?.right?.style).toBe('thin');
    expect(ws.getCell('B7').value).toBe('Tổng số');
    expect(ws.getCell('B7').font?.bold).toBe(true);
    expect(ws.getRow(4).height).toBeGreaterThan(0);
    expect(ws.getColumn(1).width).toBe(6);
    expect(ws.getColumn(2).width).toBe(55);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.pageSetup.printTitlesRow).toBe('3:3');
  });

  it('moves what is below a table down, merged cells included', async () => {
    const template = await workbook((ws) => {
      ws.getCell('A2').value = '{{bang}}';
      ws.getCell('A4').value = 'Người lập bảng';
      ws.mergeCells('A4:C4');
      ws.getCell('A6').value = '{{nguoi_ky}}';
    });
    const rows = Array.from({ length: 10 }, (_, i) => [i + 1, `Dòng ${i + 1}`, i]);
    const wb = await read(await fillXlsx(template, { bang: table(COLUMNS, rows), nguoi_ky: 'Hoàng Văn Minh' }));
    const ws = wb.getWorksheet('Trang 1')!;
    expect(ws.getCell('B12').value).toBe('Dòng 10');
    expect(ws.getCell('A13').value).toBeNull();
    expect(ws.getCell('A14').value).toBe('Người lập bảng');
    expect(ws.getCell('C14').isMerged).toBe(true);
    expect(ws.getCell('A16').value).toBe('Hoàng Văn Minh');
  });

  it('fills several tables of one sheet without freezing, and tables on other sheets', async () => {
    const template = await workbook((ws, wb) => {
      ws.getCell('A1').value = '{{bang_mot}}';
      ws.getCell('A3').value = 'Giữa';
      ws.mergeCells('A3:B3');
      ws.getCell('A4').value = '{{bang_hai}}';
      wb.addWorksheet('Phụ lục').getCell('B2').value = '{{bang_mot}}';
    });
    const one = table(COLUMNS, [[1, 'một', 1], [2, 'hai', 2]]);
    const two = table(COLUMNS, [{ heading: 'Nhóm' }, [1, 'ba', 3]]);
    const wb = await read(await fillXlsx(template, { bang_mot: one, bang_hai: two }));
    const ws = wb.getWorksheet('Trang 1')!;
    expect(ws.getCell('B3').value).toBe('hai');
    expect(ws.getCell('A5').value).toBe('Giữa');
    expect(ws.getCell('B5').isMerged).toBe(true);
    expect(ws.getCell('B6').value).toBe('Nội dung');
    expect(ws.getCell('A7').value).toBe('Nhóm');
    expect(ws.getCell('B8').value).toBe('ba');
    expect(ws.views?.[0]?.state ?? 'normal').not.toBe('frozen');
    const appendix = wb.getWorksheet('Phụ lục')!;
    expect(appendix.getCell('C4').value).toBe('hai');
    expect(appendix.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('writes a table of 20,000 rows', async () => {
    const template = await workbook((ws) => {
      ws.getCell('A1').value = '{{bang}}';
    });
    const rows = Array.from({ length: 20_000 }, (_, i) => [i + 1, `Văn bản ${i + 1}`, i]);
    const ws = (await read(await fillXlsx(template, { bang: table(COLUMNS, rows) }))).getWorksheet('Trang 1')!;
    expect(ws.getCell('B20001').value).toBe('Văn bản 20000');
    expect(ws.getCell('C20001').value).toBe(19_999);
  });
});

describe('broken Excel templates', () => {
  it('refuses a file that is not a .xlsx', async () => {
    const error = await reportError(fillXlsx(Buffer.from('không phải Excel'), {}));
    expect(error.code).toBe('TEMPLATE_UNREADABLE');
    expect(error.message).toContain('không phải là tệp Excel (.xlsx) hợp lệ');
  });

  it('says which sheet and cell hold a malformed or misplaced placeholder', async () => {
    const template = await workbook((ws) => {
      ws.getCell('B2').value = 'Ngày {{tu_ngay';
      ws.getCell('C3').value = 'Bảng: {{bang}}';
    });
    const error = await reportError(fillXlsx(template, { bang: table(COLUMNS, []) }));
    expect(error.code).toBe('TEMPLATE_BROKEN');
    expect(error.message).toContain('Trang "Trang 1", ô B2: Thiếu dấu "}}"');
    expect(error.message).toContain('ô C3: chỗ điền bảng {{bang}} phải nằm riêng một ô');
  });

  it('checks a template against the report', async () => {
    const template = await workbook((ws) => {
      ws.getCell('A1').value = '{{ky_bao_cao}} {{la}}';
      ws.getCell('A2').value = '{{bang}}';
    });
    expect(await listXlsxPlaceholders(template)).toEqual(['ky_bao_cao', 'la', 'bang']);
    const check = await checkXlsxTemplate(template, [
      { name: 'ky_bao_cao', kind: 'text', required: true, description: '' },
      { name: 'bang', kind: 'table', required: true, description: '' },
      { name: 'bang_khac', kind: 'table', required: true, description: '' },
    ]);
    expect(check).toMatchObject({ unknown: ['la'], missing: ['bang_khac'], problems: [], ok: false });
  });
});
