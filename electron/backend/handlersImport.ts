import type { Handlers } from './handlers';
import type { Services } from './services';
import { createImportService } from './import/importService';
import { refusalWorkbook } from './import/refusalWorkbook';

type ImportHandlers = Pick<Handlers, 'incoming.importPreview' | 'incoming.importRun' | 'incoming.importRefusalsXlsx'>;

/** Importing an old register from Excel or CSV (issue 10). */
export function createImportHandlers(s: Services): ImportHandlers {
  const imports = createImportService(s);
  const source = (i: { fileName: string; contentBase64: string; sheet?: string; mapping?: object }) =>
    ({ fileName: i.fileName, content: Buffer.from(i.contentBase64, 'base64'), sheet: i.sheet, mapping: i.mapping });
  return {
    'incoming.importPreview': (input) => imports.preview(source(input)),
    'incoming.importRun': (input) => imports.run(source(input)),
    'incoming.importRefusalsXlsx': async ({ fileName, refused }) => {
      const base = fileName.replace(/\.[^.]*$/, '') || 'so-cu';
      return { fileName: `${base}-danh-sach-loi.xlsx`, contentBase64: (await refusalWorkbook(refused, fileName)).toString('base64') };
    },
  };
}
