import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AppError } from '../../../shared/errors';

// Where the OCR engine's files are: the Vietnamese model of @tesseract.js-data/vie (4.0.0, gzipped) and
// tesseract.js's own worker script, from the app's files — resources/ocr beside the installed app, else
// node_modules. Never from the network: the engine is given local paths only (see ocrEngine.ts).

const req = (): NodeJS.Require => (typeof require === 'function' ? require : createRequire(path.join(process.cwd(), 'package.json')));

function packageDir(name: string): string | null {
  try {
    return path.dirname(req().resolve(`${name}/package.json`));
  } catch {
    const dir = path.join(process.cwd(), 'node_modules', name);
    return fs.existsSync(dir) ? dir : null;
  }
}

export interface OcrFiles { langPath: string; workerPath: string }

export function ocrFiles(): OcrFiles {
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  const langCandidates = [
    ...(resources ? [path.join(resources, 'ocr')] : []),
    ...[packageDir('@tesseract.js-data/vie')].filter((d): d is string => d !== null).map((d) => path.join(d, '4.0.0')),
  ];
  const langPath = langCandidates.find((d) => fs.existsSync(path.join(d, 'vie.traineddata.gz')));
  const tess = packageDir('tesseract.js');
  const workerPath = tess ? path.join(tess, 'src', 'worker-script', 'node', 'index.js') : undefined;
  if (!langPath || !workerPath || !fs.existsSync(workerPath)) {
    throw new AppError('INTERNAL', 'Thiếu tệp nhận dạng chữ tiếng Việt (OCR) trong thư mục cài đặt của Văn thư; cần cài lại chương trình.');
  }
  return { langPath, workerPath };
}
