import zlib from 'node:zlib';
import { loadPdfJs, openPdf } from '../pdf/openPdf';

// The page images of a scanned PDF, taken out as they are stored (pdf.js decodes them; no canvas, which Node
// lacks, and no pdftoppm, which Windows lacks). A scan holds one image per page: the largest one is taken.
// Limit: a page whose text is drawn as vector shapes, not an image, gives nothing to read.


interface DecodedImage { width: number; height: number; data: Uint8Array | Uint8ClampedArray; kind?: number }

/** Each page's largest image as a PNG file (null for a page without one), page after page. */
export async function* pdfPageImages(content: Uint8Array): AsyncGenerator<{ page: number; pages: number; png: Buffer | null }> {
  const { OPS } = await loadPdfJs();
  const doc = await openPdf(content);
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const ops = await page.getOperatorList();
      let best: DecodedImage | null = null;
      for (let i = 0; i < ops.fnArray.length; i++) {
        if (ops.fnArray[i] !== OPS.paintImageXObject) continue;
        const name = ops.argsArray[i][0] as string;
        const img = await new Promise<DecodedImage | null>((resolve) => {
          const objs = name.startsWith('g_') ? page.commonObjs : page.objs;
          objs.get(name, (v: unknown) => resolve((v as DecodedImage | null) ?? null));
        });
        if (img?.data && (!best || img.width * img.height > best.width * best.height)) best = img;
      }
      yield { page: p, pages: doc.numPages, png: best ? toPng(best) : null };
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
}

/** pdf.js's image kinds: 1 one bit per pixel, 2 RGB, 3 RGBA. */
function toPng(img: DecodedImage): Buffer {
  const { width, height } = img;
  const channels = img.kind === 3 ? 4 : img.kind === 1 ? 1 : 3;
  const rowBytes = width * channels;
  const raw = Buffer.alloc((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (rowBytes + 1)] = 0;
    if (img.kind === 1) {
      // Packed bits, rows padded to a byte, 1 = white.
      const stride = Math.ceil(width / 8);
      for (let x = 0; x < width; x++) raw[y * (rowBytes + 1) + 1 + x] = (img.data[y * stride + (x >> 3)] >> (7 - (x & 7))) & 1 ? 255 : 0;
    } else {
      raw.set(img.data.subarray(y * rowBytes, (y + 1) * rowBytes), y * (rowBytes + 1) + 1);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = channels === 4 ? 6 : channels === 1 ? 0 : 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw, { level: 1 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}
