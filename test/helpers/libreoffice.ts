/**
 * Reads files as a user's office suite would: converts them with LibreOffice (`soffice --headless
 * --convert-to pdf`) and extracts the PDF's text with pdftotext. A file LibreOffice cannot open yields no
 * PDF and fails the test. LibreOffice missing is a failure too, not a skip: CI installs it
 * (libreoffice-writer-nogui, libreoffice-calc-nogui, fonts-liberation, poppler-utils).
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Long enough for a cold LibreOffice start and a few hundred pages on a slow shared machine. */
export const CONVERT_TIMEOUT_MS = 120_000;

/** Fails with a clear message when soffice or pdftotext is not installed. */
export function requireLibreOffice(): void {
  for (const [tool, args] of [
    ['soffice', ['--version']],
    ['pdftotext', ['-v']],
  ] as const) {
    const probe = spawnSync(tool, args, { stdio: 'ignore' });
    if (probe.error) {
      throw new Error(
        `${tool} is not installed: these tests read the reports with LibreOffice. ` +
          'Install libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation poppler-utils (CI does).',
      );
    }
  }
}

export interface ConvertedFile {
  /** The text of every page, NFC, pages separated by form feeds. */
  text: string;
  /** The text of each page. */
  pages: string[];
}

async function pdfText(pdf: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 256 * 1024 * 1024 });
  return stdout.normalize('NFC');
}

/**
 * Converts the files (name → bytes; the extension tells the format) in one LibreOffice run with a private
 * profile, so parallel runs don't clash, and returns each one's text. Throws if a file was not converted.
 */
export async function convertWithLibreOffice(files: Record<string, Uint8Array>): Promise<Record<string, ConvertedFile>> {
  requireLibreOffice();
  const result: Record<string, ConvertedFile> = {};
  await withPdfs(files, async (pdfs) => {
    for (const [name, pdf] of Object.entries(pdfs)) {
      const text = await pdfText(pdf);
      result[name] = { text, pages: text.split('\f').filter((page, i, all) => i < all.length - 1 || page.trim() !== '') };
    }
  });
  return result;
}

/** The PDFs LibreOffice makes of the files (name → bytes), as bytes. */
export async function convertToPdf(files: Record<string, Uint8Array>): Promise<Record<string, Buffer>> {
  requireLibreOffice();
  const result: Record<string, Buffer> = {};
  await withPdfs(files, async (pdfs) => {
    for (const [name, pdf] of Object.entries(pdfs)) result[name] = await readFile(pdf);
  });
  return result;
}

/** Runs LibreOffice once over the files in a temp folder and hands over the PDFs' paths (name → path). */
async function withPdfs(files: Record<string, Uint8Array>, use: (pdfs: Record<string, string>) => Promise<void>): Promise<void> {
  const stems = Object.keys(files).map((name) => basename(name, extname(name)));
  if (new Set(stems).size !== stems.length) throw new Error('Each file needs its own name without extension: the PDFs would overwrite each other.');
  const dir = await mkdtemp(join(tmpdir(), 'vanthu-lo-'));
  const profile = await mkdtemp(join(tmpdir(), 'lo-profile-'));
  try {
    const inputs: string[] = [];
    for (const [name, data] of Object.entries(files)) {
      const path = join(dir, name);
      await writeFile(path, data);
      inputs.push(path);
    }
    const outDir = join(dir, 'pdf');
    await run(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...inputs],
      { timeout: CONVERT_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
    );
    const pdfs: Record<string, string> = {};
    for (const name of Object.keys(files)) {
      const pdf = join(outDir, `${basename(name, extname(name))}.pdf`);
      if (!existsSync(pdf)) throw new Error(`LibreOffice could not convert ${name}: the file is probably corrupt.`);
      pdfs[name] = pdf;
    }
    await use(pdfs);
  } finally {
    await rm(profile, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  }
}

/** Collapses runs of whitespace, so that a phrase wrapped over two lines still matches. */
export function flatten(text: string): string {
  return text.replace(/\s+/g, ' ');
}
