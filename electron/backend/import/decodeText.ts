import { TextDecoder } from 'node:util';
import { AppError } from '../../../shared/errors';

// The text of a CSV file as old Vietnamese offices saved it: UTF-8 (with or without BOM), UTF-16 (Excel's
// "Unicode Text"), or Windows-1258 (Excel's "CSV" on a Vietnamese Windows). TCVN3 (ABC, the .VnTime fonts)
// is recognised and refused with a way out: its letters share byte values with Windows-1258's, so a wrong
// guess would register garbled names without any error, and Unikey converts such files reliably.

/**
 * Bytes that are letters in TCVN3 (ă â ê ô ơ ư đ, Ă Â Ê Ô Ơ Ư Đ, à ả ã á ạ, ằ ẳ ẵ ắ) but symbols in
 * Windows-1258 and Latin-1 (¡…® µ…¾), which Vietnamese text never uses: "Sè ®Õn" is TCVN3's "Số đến".
 */
function isTcvn3Signature(byte: number): boolean {
  return (byte >= 0xa1 && byte <= 0xae) || (byte >= 0xb5 && byte <= 0xbe);
}

/** True when the 8-bit text reads as TCVN3: many of its high bytes are TCVN3-only letters. */
export function looksLikeTcvn3(bytes: Uint8Array): boolean {
  let high = 0;
  let signature = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    high++;
    if (isTcvn3Signature(b)) signature++;
  }
  return signature >= 3 && signature * 5 >= high;
}

/** The same test on text already decoded as Latin-1/Windows-1258 (cells of an .xlsx typed in .VnTime). */
export function textLooksLikeTcvn3(text: string): boolean {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x100) bytes.push(code);
  }
  return looksLikeTcvn3(Uint8Array.from(bytes));
}

export const TCVN3_MESSAGE =
  'Tệp được gõ bằng bảng mã TCVN3 (ABC, phông .VnTime), chương trình chưa nhận bảng mã này. ' +
  'Hãy chuyển sang Unicode (ví dụ Unikey: Công cụ chuyển mã, nguồn TCVN3 (ABC), đích Unicode) rồi lưu lại thành .xlsx hoặc CSV UTF-8 và nhập lại.';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'windows-1258';

/** Decodes a CSV file's bytes; throws a Vietnamese message for TCVN3. */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: an 8-bit code page.
  }
  if (looksLikeTcvn3(bytes)) throw new AppError('VALIDATION', TCVN3_MESSAGE);
  // Windows-1258 writes tones as combining marks after the vowel: compose them as the register stores text.
  return { text: new TextDecoder('windows-1258').decode(bytes).normalize('NFC'), encoding: 'windows-1258' };
}
