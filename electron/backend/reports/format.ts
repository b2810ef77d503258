/**
 * How the reports write dates, numbers and the fixed phrases of the Party format (docs/trade.md, "Party document format").
 * Pure functions; every string they return is what the reader sees.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface DateParts {
  day: number;
  month: number;
  year: number;
}

function parseIsoDate(iso: string): DateParts | null {
  const m = ISO_DATE.exec(iso.trim());
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** "2024-03-05" → "05/03/2024"; '' or null → ''; text that is not an ISO date is returned as it is. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = parseIsoDate(iso);
  return d ? `${pad2(d.day)}/${pad2(d.month)}/${d.year}` : iso;
}

/**
 * Day, month and year as the place-and-date line writes them: a leading zero for days 1–9 and for months 1
 * and 2 (so that nobody can turn "1" into "11" or "12"), none for months 3–12.
 */
export function placeDateParts(iso: string): { day: string; month: string; year: string } {
  const d = parseIsoDate(iso);
  if (!d) return { day: '', month: '', year: '' };
  return { day: pad2(d.day), month: d.month <= 2 ? pad2(d.month) : String(d.month), year: String(d.year) };
}

/** "Lạng Sơn, ngày 04 tháng 12 năm 2023"; with no valid date, the words are kept and the figures left blank. */
export function formatPlaceAndDate(placeName: string, iso: string): string {
  const { day, month, year } = placeDateParts(iso);
  const blank = '     ';
  return `${placeName}, ngày ${day || blank} tháng ${month || blank} năm ${year || blank}`;
}

/** 1234567 → "1.234.567" (Vietnamese grouping); negative numbers keep their "-". */
export function formatInteger(n: number): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.round(Math.abs(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A change: "+12", "-5", "0". */
export function formatSigned(n: number): string {
  return n > 0 ? `+${formatInteger(n)}` : formatInteger(n);
}

/** part/whole as a percentage with one decimal and a decimal comma: "33,3%"; "0%" when whole is 0. */
export function formatPercent(part: number, whole: number): string {
  if (whole === 0) return '0%';
  const value = Math.round((part / whole) * 1000) / 10;
  return `${String(value).replace('.', ',')}%`;
}

/** The symbol line after "Số": the symbol, or a blank number for the clerk to fill by hand ("      -BC/VPTU"). */
export function formatSymbol(symbol: string, typeCode: string, issuerCode: string): string {
  const trimmed = symbol.trim();
  return trimmed !== '' ? trimmed : `      -${typeCode}/${issuerCode}`;
}

/** "Nơi nhận" lines: "- " before each, "," after each but the last, "." after the last. */
export function formatRecipients(lines: readonly string[]): string[] {
  const kept = lines.map((l) => l.trim()).filter((l) => l !== '');
  return kept.map((line, i) => {
    const body = line.replace(/^[-–+•]\s*/, '').replace(/[,.;]+$/, '');
    return `- ${body}${i === kept.length - 1 ? '.' : ','}`;
  });
}

/** "Quý I/2024" → "quý I/2024", for a label inside a sentence. */
export function lowerFirst(text: string): string {
  return text.length === 0 ? text : text[0]!.toLocaleLowerCase('vi') + text.slice(1);
}

/** "đầu tháng 12/2023" → "Đầu tháng 12/2023", for a label at the start of a table cell. */
export function upperFirst(text: string): string {
  return text.length === 0 ? text : text[0]!.toLocaleUpperCase('vi') + text.slice(1);
}

/** Capitals as the Party format prints bodies and titles: "Văn phòng" → "VĂN PHÒNG". */
export function toCaps(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** Texts the specialist writes: one paragraph per non-empty line. */
export function splitParagraphs(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** "Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng". */
export function citeDocument(doc: { typeName: string; symbol: string; date: string; issuer: string }): string {
  const parts = [`${doc.typeName} số ${doc.symbol}`];
  if (doc.date) parts.push(`ngày ${formatDate(doc.date)}`);
  if (doc.issuer) parts.push(`của ${doc.issuer}`);
  return parts.join(' ');
}

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 4 → "IV", for section numbers. */
export function toRoman(n: number): string {
  let rest = Math.floor(n);
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
