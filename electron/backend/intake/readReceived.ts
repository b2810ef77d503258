// Reads a received file (PDF, Word, image) into the proposed register fields: its text lines from
// the right reader, then the pure document reader of shared/documentReader.
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { readDocument, type DocumentReading } from '../../../shared/documentReader/readDocument';
import type { TextLine } from '../../../shared/documentReader/types';
import type { SymbolVocabulary } from '../../../shared/symbol';
import { readDocxText } from './docxText';
import { ocrEngine } from './ocr';
import { readPdfText } from './pdfText';

export interface ReceivedReading extends DocumentReading {
  ocr: boolean;
  pages: number;
}

export type ReceivedKind = 'pdf' | 'docx' | 'image';

const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.tif', '.tiff', '.bmp', '.gif', '.webp']);
// A page with fewer characters than this has no text layer worth reading: a scan.
const SCAN_CHARACTERS_PER_PAGE = 20;

/** The kind of file, by its first bytes first (a renamed file is common), then by its extension. */
export function receivedKind(fileName: string, content: Buffer): ReceivedKind {
  if (content.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  const ext = path.extname(fileName).toLowerCase();
  if (content.subarray(0, 2).toString('latin1') === 'PK' && ext !== '.doc') return 'docx';
  if (IMAGE_EXTENSIONS.has(ext) || /^(\x89PNG|\xFF\xD8\xFF|II\*\x00|MM\x00\*)/.test(content.subarray(0, 4).toString('latin1'))) return 'image';
  if (ext === '.doc') {
    throw new AppError('VALIDATION', `Tệp "${fileName}" là Word cũ (.doc): hãy lưu lại thành .docx hoặc PDF rồi thêm lại.`);
  }
  throw new AppError('VALIDATION', `Không đọc được tệp "${fileName}": chỉ đọc được PDF, Word (.docx) và ảnh (PNG, JPEG, TIFF).`);
}

/** A received file's text lines from the right reader (OCR for a scan): what the fields are read from, and kept with the file. */
export interface ReceivedText { lines: TextLine[]; pages: number; ocr: boolean }

export async function readReceivedFile(fileName: string, content: Buffer, vocab?: SymbolVocabulary): Promise<ReceivedReading> {
  return readingOf(await readReceivedText(fileName, content), vocab);
}

export const readingOf = ({ lines, pages, ocr }: ReceivedText, vocab?: SymbolVocabulary): ReceivedReading =>
  ({ ...readDocument(lines, vocab), ocr, pages });

export async function readReceivedText(fileName: string, content: Buffer): Promise<ReceivedText> {
  if (content.length === 0) throw new AppError('VALIDATION', `Tệp "${fileName}" rỗng.`);
  const kind = receivedKind(fileName, content);
  let lines: TextLine[];
  let pages: number;
  let ocr = false;
  if (kind === 'pdf') {
    const text = await readPdfText(content).catch((err: unknown) => {
      throw new AppError('VALIDATION', `Không mở được tệp PDF "${fileName}" (tệp hỏng hoặc có mật khẩu).`, undefined, String(err));
    });
    if (text.characters < SCAN_CHARACTERS_PER_PAGE * text.pagesRead) {
      ({ lines, pages } = await ocrEngine().recognize({ fileName, content }));
      ocr = true;
    } else {
      ({ lines, pages } = text);
    }
  } else if (kind === 'docx') {
    const text = await readDocxText(content).catch((err: unknown) => {
      throw new AppError('VALIDATION', `Không mở được tệp Word "${fileName}".`, undefined, String(err));
    });
    lines = text.lines;
    pages = text.pages;
  } else {
    ({ lines, pages } = await ocrEngine().recognize({ fileName, content }));
    ocr = true;
  }
  return { lines, pages, ocr };
}
