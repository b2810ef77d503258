// The text lines of a Word document (.docx) through mammoth: one line per paragraph, no positions.
// The page count is the one Word saved in docProps/app.xml; a file without it (written by another
// program) gives 0, "not known", rather than a guess.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { TextLine } from '../../../shared/documentReader/types';

export async function readDocxText(content: Buffer): Promise<{ lines: TextLine[]; characters: number; pages: number }> {
  const { value } = await mammoth.extractRawText({ buffer: content });
  const lines = value.split(/\r?\n/).map((text) => ({ text, page: 1 }));
  return { lines, characters: value.replace(/\s/g, '').length, pages: await savedPageCount(content) };
}

async function savedPageCount(content: Buffer): Promise<number> {
  const app = await (await JSZip.loadAsync(content)).file('docProps/app.xml')?.async('string');
  const pages = app ? /<Pages>(\d+)<\/Pages>/.exec(app) : null;
  return pages ? Number(pages[1]) : 0;
}
