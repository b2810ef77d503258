import type ExcelJSModule from 'exceljs';

export type ExcelJS = typeof ExcelJSModule;

let loading: Promise<ExcelJS> | undefined;

/**
 * ExcelJS, loaded the first time a workbook is made or read. Imported at the top it costs about half a
 * second of CPU at every start of the command line and of each backend worker, most of which never
 * touch a spreadsheet.
 */
export function loadExcel(): Promise<ExcelJS> {
  loading ??= import('exceljs').then((m) => m.default);
  return loading;
}
