import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { AppError } from '../../../shared/errors';

// The font of the PDFs the app writes (copy pages, arrival stamps): DejaVu Serif Condensed (Bitstream Vera
// licence, DejaVu changes in the public domain: free to redistribute), a Unicode serif with every Vietnamese
// letter and about as wide as Times New Roman, from the npm package dejavu-fonts-ttf. It is read from the app's
// own files — beside the installed app (resources/fonts, see electron-builder.yml) or from node_modules —
// never from the network. (Noto Serif was tried: pdf-lib's subsets of it lose most glyphs.)

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

const PACKAGE = 'dejavu-fonts-ttf';
const FILES: Record<FontStyle, string> = {
  regular: 'ttf/DejaVuSerifCondensed.ttf',
  bold: 'ttf/DejaVuSerifCondensed-Bold.ttf',
  italic: 'ttf/DejaVuSerifCondensed-Italic.ttf',
  boldItalic: 'ttf/DejaVuSerifCondensed-BoldItalic.ttf',
};

/** Folders that may hold the font files, most specific first. */
function candidateDirs(): string[] {
  const dirs: string[] = [];
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) dirs.push(path.join(resources, 'fonts'));
  try {
    // CommonJS (the bundled backend) has require; under tsx (ESM) resolve from the working folder.
    const req = typeof require === 'function' ? require : createRequire(path.join(process.cwd(), 'package.json'));
    dirs.push(path.dirname(req.resolve(`${PACKAGE}/package.json`)));
  } catch {
    // Not installed as a package: the folders above and below remain.
  }
  dirs.push(path.join(process.cwd(), 'node_modules', PACKAGE));
  return dirs;
}

const cache = new Map<FontStyle, Uint8Array>();

/** The bytes of one style of the font; a clear message when the app's files are incomplete. */
export function fontBytes(style: FontStyle): Uint8Array {
  const cached = cache.get(style);
  if (cached) return cached;
  for (const dir of candidateDirs()) {
    const file = path.join(dir, FILES[style]);
    if (fs.existsSync(file)) {
      const bytes = new Uint8Array(fs.readFileSync(file));
      cache.set(style, bytes);
      return bytes;
    }
  }
  throw new AppError('INTERNAL', `Thiếu tệp phông chữ ${path.basename(FILES[style])} trong thư mục cài đặt của Văn thư; cần cài lại chương trình.`);
}

export type FontSet = Record<FontStyle, PDFFont>;

/** Embeds the four styles in a document, as subsets (only the letters used are stored). */
export async function embedFonts(doc: PDFDocument): Promise<FontSet> {
  doc.registerFontkit(fontkit);
  const styles = Object.keys(FILES) as FontStyle[];
  const fonts = await Promise.all(styles.map((s) => doc.embedFont(fontBytes(s), { subset: true })));
  return Object.fromEntries(styles.map((s, i) => [s, fonts[i]])) as FontSet;
}
