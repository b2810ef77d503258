// OCR of scans in Vietnamese with tesseract.js, offline: the model and the worker script are the app's own files
// (ocrFiles.ts), the model is not cached anywhere (cacheMethod "none"), and tesseract runs in its own worker
// thread — itself inside the backend's jobs worker, so the screens never wait on it. Progress per page through
// reportProgress; "Hủy" ends the jobs worker and with it this one.
import type { TextLine } from '../../../shared/documentReader/types';
import { AppError } from '../../../shared/errors';
import { reportProgress } from '../progress';
import type { OcrEngine } from './ocr';
import { ocrFiles } from './ocrFiles';
import { pdfPageImages } from './ocrPdfImages';

type Tesseract = typeof import('tesseract.js');
type TessWorker = Awaited<ReturnType<Tesseract['createWorker']>>;

/** The worker's options: local files only. Exported for the test that proves nothing is fetched. */
export function workerOptions() {
  const { langPath, workerPath } = ocrFiles();
  return { langPath, workerPath, cacheMethod: 'none', gzip: true };
}

async function startWorker(): Promise<TessWorker> {
  const tesseract = (await import('tesseract.js')) as Tesseract & { default?: Tesseract };
  const createWorker = tesseract.createWorker ?? tesseract.default!.createWorker;
  // OEM 1: the LSTM recogniser, the one the 4.0.0 model is trained for.
  return createWorker('vie', 1, { ...workerOptions(), errorHandler: () => undefined });
}

/** The lines of one page image, with their left edge and baseline (pixels, y upwards) and the page's width. */
async function recognizePage(worker: TessWorker, image: Buffer, page: number): Promise<TextLine[]> {
  const { data } = await worker.recognize(image, {}, { text: true, blocks: true });
  const found = (data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
  // The page's extent as the text spans it (tesseract does not hand back the image's size).
  const height = Math.max(0, ...found.map((l) => l.bbox.y1));
  const width = Math.max(0, ...found.map((l) => l.bbox.x1));
  const lines: TextLine[] = [];
  for (const line of found) {
    const text = line.text.replace(/\s+$/, '');
    if (text.trim()) lines.push({ text, page, x: line.bbox.x0, y: height - line.bbox.y1, pageWidth: width });
  }
  return lines;
}

const nothingRead = (fileName: string) => new AppError('VALIDATION',
  `Không nhận dạng được chữ nào trong tệp "${fileName}" (ảnh trống, quá mờ, hoặc bản quét không có ảnh trang). Hãy nhập thông tin văn bản bằng tay.`);

export const tesseractEngine: OcrEngine = {
  async recognize({ fileName, content }, options) {
    const isPdf = content.subarray(0, 5).toString('latin1') === '%PDF-';
    const worker = await startWorker();
    const onAbort = () => void worker.terminate();
    options?.signal?.addEventListener('abort', onAbort);
    try {
      const lines: TextLine[] = [];
      if (!isPdf) {
        reportProgress(0, 1, 'Nhận dạng chữ trang 1/1');
        lines.push(...(await recognizePage(worker, content, 1)));
        options?.onProgress?.({ page: 1, pages: 1 });
        if (lines.length === 0) throw nothingRead(fileName);
        reportProgress(1, 1, 'Đã nhận dạng chữ');
        return { lines, pages: 1 };
      }
      let pages = 0;
      for await (const { page, pages: total, png } of pdfPageImages(content)) {
        pages = total;
        reportProgress(page - 1, total, `Nhận dạng chữ trang ${page}/${total}`);
        if (png) lines.push(...(await recognizePage(worker, png, page)));
        options?.onProgress?.({ page, pages: total });
      }
      if (lines.length === 0) throw nothingRead(fileName);
      reportProgress(pages, pages, 'Đã nhận dạng chữ');
      return { lines, pages };
    } finally {
      options?.signal?.removeEventListener('abort', onAbort);
      await worker.terminate().catch(() => undefined);
    }
  },
};
