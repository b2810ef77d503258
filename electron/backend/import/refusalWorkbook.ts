import { loadExcel } from '../reports/loadExcel';
import type { ImportRefusal } from '../../../shared/contractImport';

// The refusal list as a spreadsheet the clerk can keep beside the old register while correcting it.

export async function refusalWorkbook(refused: ImportRefusal[], sourceName: string): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  const sheet = workbook.addWorksheet('Dòng bị từ chối');
  sheet.columns = [
    { header: 'Dòng', key: 'row', width: 8 },
    { header: 'Cột', key: 'column', width: 24 },
    { header: 'Giá trị', key: 'value', width: 36 },
    { header: 'Lý do', key: 'reason', width: 70 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of refused) sheet.addRow(r);
  if (sourceName) sheet.headerFooter.oddHeader = `Danh sách lỗi khi nhập ${sourceName}`;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
