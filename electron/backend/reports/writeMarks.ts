/**
 * Text still to be written by a person ("[Cần viết: …]", shared/reviewSections) is highlighted in yellow in
 * Word, so that a report with unwritten parts cannot be mistaken for a finished one.
 */
import { PLACEHOLDER_MARK } from '../../../shared/reviewSections';

export interface TextPiece { text: string; marked: boolean }

/** A line cut into its plain pieces and its "[Cần viết: …]" pieces, in order. */
export function splitMarks(line: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let rest = line;
  for (let at = rest.indexOf(PLACEHOLDER_MARK); at >= 0; at = rest.indexOf(PLACEHOLDER_MARK)) {
    const end = rest.indexOf(']', at);
    const stop = end < 0 ? rest.length : end + 1;
    if (at > 0) pieces.push({ text: rest.slice(0, at), marked: false });
    pieces.push({ text: rest.slice(at, stop), marked: true });
    rest = rest.slice(stop);
  }
  if (rest !== '' || pieces.length === 0) pieces.push({ text: rest, marked: false });
  return pieces;
}

/** The run properties of a marked piece: the paragraph's own, with a yellow highlight. */
export function highlighted(rPr: string): string {
  const mark = '<w:highlight w:val="yellow"/>';
  if (rPr === '') return `<w:rPr>${mark}</w:rPr>`;
  if (rPr.includes('<w:highlight')) return rPr.replace(/<w:highlight\b[^>]*\/>/, mark);
  // w:highlight comes after the font, bold, italic, colour and size elements of CT_RPr, before underline.
  const before = /<w:(u|effect|bdr|shd|fitText|vertAlign|rtl|cs|em|lang|eastAsianLayout|specVanish|oMath)\b/.exec(rPr);
  const at = before ? before.index : rPr.lastIndexOf('</w:rPr>');
  return `${rPr.slice(0, at)}${mark}${rPr.slice(at)}`;
}
