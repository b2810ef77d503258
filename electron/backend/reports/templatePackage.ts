import yauzl from 'yauzl';
import { ReportError } from './ReportError';

/**
 * Limits a Word or Excel template must keep before any engine opens it. A .docx/.xlsx is a zip: a few
 * hundred kilobytes can unpack to gigabytes, so the sizes are read from the zip's central directory
 * first, and the real sizes are checked while inflating (a lying directory is refused, not believed).
 * The parts that hold text are then scanned without parsing them: the number of placeholders and how
 * deep the XML nests (a deep nesting overflows the engines' stack).
 */
export const TEMPLATE_LIMITS = {
  /** All parts unpacked together. */
  totalBytes: 50 * 1024 * 1024,
  /** One part unpacked. */
  partBytes: 20 * 1024 * 1024,
  parts: 2_000,
  placeholders: 2_000,
  xmlDepth: 256,
};

const MB = 1024 * 1024;
const mb = (bytes: number) => `${(bytes / MB).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

// The parts where the engines look for placeholders: Word's body, headers and footers, Excel's texts and sheets.
const TEXT_PART_RE = /^(word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml|xl\/sharedStrings\.xml|xl\/worksheets\/[^/]+\.xml)$/;

function refuse(message: string, cause?: unknown): never {
  throw new ReportError('TEMPLATE_UNREADABLE', message, { cause });
}

/** Throws a ReportError (Vietnamese, never quoting the file) when the template breaks one of the limits. */
export async function checkTemplatePackage(content: Uint8Array, limits = TEMPLATE_LIMITS): Promise<void> {
  const zip = await openZip(content);
  try {
    const entries = await readDirectory(zip, limits);
    let placeholders = 0;
    for (const entry of entries) {
      const text = await inflate(zip, entry, TEXT_PART_RE.test(entry.fileName));
      if (text === null) continue;
      const { depth, braces } = scanXml(text);
      if (depth > limits.xmlDepth) {
        refuse(`Mẫu có cấu trúc lồng nhau quá sâu (${depth} tầng, tối đa ${limits.xmlDepth}): hãy lưu lại mẫu bằng Word hoặc Excel rồi nhập lại.`);
      }
      placeholders += braces;
      if (placeholders > limits.placeholders) {
        refuse(`Mẫu có quá nhiều chỗ điền (hơn ${limits.placeholders.toLocaleString('vi-VN')} chỗ "{{…}}"): một mẫu báo cáo chỉ cần vài chục chỗ điền.`);
      }
    }
  } finally {
    zip.close();
  }
}

function openZip(content: Uint8Array): Promise<yauzl.ZipFile> {
  const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, decodeStrings: true }, (err, zip) => {
      if (err || !zip) reject(new ReportError('TEMPLATE_UNREADABLE', 'Tệp mẫu không phải là tệp Word (.docx) hay Excel (.xlsx) hợp lệ: không đọc được danh mục nội dung của tệp.', { cause: err }));
      else resolve(zip);
    });
  });
}

/** Every entry of the central directory, refused as soon as the declared sizes or counts exceed the limits. */
function readDirectory(zip: yauzl.ZipFile, limits: typeof TEMPLATE_LIMITS): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    let total = 0;
    zip.on('error', (err) => reject(new ReportError('TEMPLATE_UNREADABLE', 'Tệp mẫu bị hỏng: danh mục nội dung của tệp không đọc được.', { cause: err })));
    zip.on('end', () => resolve(entries));
    zip.on('entry', (entry: yauzl.Entry) => {
      total += entry.uncompressedSize;
      try {
        if (entries.length >= limits.parts) refuse(`Mẫu có quá nhiều phần (hơn ${limits.parts.toLocaleString('vi-VN')}).`);
        if (entry.uncompressedSize > limits.partBytes) {
          refuse(`Mẫu có một phần khi giải nén lớn ${mb(entry.uncompressedSize)}, quá giới hạn ${mb(limits.partBytes)}: hãy bỏ bớt hình ảnh hoặc nội dung thừa trong mẫu.`);
        }
        if (total > limits.totalBytes) {
          refuse(`Mẫu khi giải nén lớn hơn ${mb(limits.totalBytes)} (tệp nén nhỏ nhưng nội dung rất lớn): hãy bỏ bớt hình ảnh hoặc nội dung thừa trong mẫu.`);
        }
      } catch (err) {
        reject(err);
        return;
      }
      entries.push(entry);
      zip.readEntry();
    });
    zip.readEntry();
  });
}

/**
 * Inflates one entry; yauzl stops with an error as soon as the real size differs from the declared one.
 * Returns the text of a text part, null for the others (inflated only to check their size).
 */
function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry, keep: boolean): Promise<string | null> {
  if (entry.fileName.endsWith('/')) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      const damaged = (cause: unknown) => new ReportError('TEMPLATE_UNREADABLE', 'Tệp mẫu bị hỏng: một phần của tệp không giải nén được hoặc lớn hơn kích thước ghi trong danh mục.', { cause });
      if (err || !stream) return reject(damaged(err));
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        if (keep) chunks.push(chunk);
      });
      stream.on('error', (e) => reject(damaged(e)));
      stream.on('end', () => resolve(keep ? Buffer.concat(chunks).toString('utf8') : null));
    });
  });
}

/** The deepest nesting of XML elements, and how many "{{" the text holds once the tags are taken out. */
export function scanXml(xml: string): { depth: number; braces: number } {
  let depth = 0;
  let deepest = 0;
  let braces = 0;
  let previousBrace = false;
  const tag = /<([/?!]?)[^>]*?(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(xml); ; m = tag.exec(xml)) {
    // The text between two tags: Word may split "{{" across runs, so the brace state carries over tags.
    const textEnd = m ? m.index : xml.length;
    for (let i = last; i < textEnd; i++) {
      const brace = xml.charCodeAt(i) === 123; // "{"
      if (brace && previousBrace) {
        braces++;
        previousBrace = false;
      } else previousBrace = brace;
    }
    if (!m) break;
    last = tag.lastIndex;
    if (m[1] === '/') depth--;
    else if (m[1] === '' && m[2] !== '/') {
      depth++;
      if (depth > deepest) deepest = depth;
    }
  }
  return { depth: deepest, braces };
}
