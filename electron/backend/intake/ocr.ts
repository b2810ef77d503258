// The hook for reading scans (images, PDFs without a text layer): an OCR engine registers itself
// here; until one does, the reader says so in Vietnamese instead of guessing.
import { AppError } from '../../../shared/errors';
import type { TextLine } from '../../../shared/documentReader/types';
import { tesseractEngine } from './ocrEngine';

export interface OcrProgress { page: number; pages: number }

export interface OcrEngine {
  /** Recognises the text of a scan (an image, or a PDF of page images), in Vietnamese, offline. */
  recognize(input: { fileName: string; content: Buffer }, options?: { onProgress?(p: OcrProgress): void; signal?: AbortSignal }): Promise<{ lines: TextLine[]; pages: number }>;
}

// tesseract.js with its Vietnamese model, from the app's own files (ocrEngine.ts); a test may register another.
let engine: OcrEngine | null = tesseractEngine;

/** Called once by the OCR module when it is loaded. */
export function registerOcrEngine(e: OcrEngine | null): void {
  engine = e;
}

export const OCR_NOT_AVAILABLE =
  'Chưa có chức năng nhận dạng chữ (OCR) cho ảnh và bản quét: tệp này không có lớp chữ để đọc. ' +
  'Hãy nhập thông tin văn bản bằng tay, hoặc dùng bản PDF/Word có chữ nếu có.';

export function ocrEngine(): OcrEngine {
  if (!engine) throw new AppError('VALIDATION', OCR_NOT_AVAILABLE);
  return engine;
}
