import { toDisplayDate } from '../../../shared/dates';
import type { IncomingEntry } from '../../../shared/schemas';
import type { BlockLine } from './textBlock';

// The arrival stamp (dấu "ĐẾN") as the clerk writes it on paper: how the document came, its arrival number
// and date, where it was passed on ("Chuyển") and the file it is kept in ("Lưu hồ sơ"), as seed 003 shows:
// "VĂN BẢN ĐẾN QUA MẠNG / Số: 11646 Ngày: 28/11/2023 / Chuyển: / Lưu hồ sơ:".

export type StampFields = Pick<IncomingEntry, 'receivedVia' | 'arrivalNumber' | 'arrivalDate' | 'handlingUnit' | 'fileCode'>;

export function stampHeading(e: StampFields): string {
  return e.receivedVia === 'network' ? 'VĂN BẢN ĐẾN QUA MẠNG' : 'VĂN BẢN ĐẾN';
}

/** The stamp's lines, in points; `scale` shrinks them where the page has little room. */
export function stampLines(e: StampFields, scale = 1): BlockLine[] {
  const size = 9.5 * scale;
  return [
    { text: stampHeading(e), style: 'bold', size: 10.5 * scale, align: 'center' },
    { text: `Số: ${e.arrivalNumber} Ngày: ${toDisplayDate(e.arrivalDate)}`, size, align: 'left', before: 1 * scale },
    { text: `Chuyển: ${e.handlingUnit}`, size, align: 'left' },
    { text: `Lưu hồ sơ: ${e.fileCode}`, size, align: 'left' },
  ];
}

/** The same stamp in two lines, for the narrow band above the text when the page has no other room. */
export function compactStampLines(e: StampFields, size = 7): BlockLine[] {
  return [
    { text: `${stampHeading(e)}  —  Số: ${e.arrivalNumber}   Ngày: ${toDisplayDate(e.arrivalDate)}`, style: 'bold', size, align: 'left' },
    { text: `Chuyển: ${e.handlingUnit}   Lưu hồ sơ: ${e.fileCode}`, size, align: 'left' },
  ];
}
