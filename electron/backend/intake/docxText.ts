// The text lines of a Word document (.docx) through mammoth: one line per paragraph, no positions.
import mammoth from 'mammoth';
import type { TextLine } from '../../../shared/documentReader/types';

export async function readDocxText(content: Buffer): Promise<{ lines: TextLine[]; characters: number }> {
  const { value } = await mammoth.extractRawText({ buffer: content });
  const lines = value.split(/\r?\n/).map((text) => ({ text, page: 1 }));
  return { lines, characters: value.replace(/\s/g, '').length };
}
