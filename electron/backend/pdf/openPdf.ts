// Opens a PDF with pdf.js the one way the backend reads PDFs: the legacy build, which runs in plain Node
// with its worker in this thread; no eval, no system or web fonts, nothing fetched from the network.

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

let pdfjs: Promise<PdfJs> | null = null;
// Loaded on first use: the module is large and most calls of the backend never read a PDF.
export const loadPdfJs = (): Promise<PdfJs> => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/** The document; the caller destroys it when done. */
export async function openPdf(content: Uint8Array): Promise<PdfDocument> {
  const lib = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  return lib.getDocument({
    data: new Uint8Array(content), isEvalSupported: false, useSystemFonts: false, disableFontFace: true,
    useWorkerFetch: false, isOffscreenCanvasSupported: false, stopAtErrors: false, verbosity: 0,
  }).promise;
}
