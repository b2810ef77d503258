import { describe, expect, it } from 'vitest';
import { highlighted, splitMarks } from '../../electron/backend/reports/writeMarks';

describe('text still to be written, marked in Word', () => {
  it('cuts a line into its plain text and its "[Cần viết: …]" parts', () => {
    expect(splitMarks('Kết quả: [Cần viết: số liệu] và [Cần viết: nguyên nhân].')).toEqual([
      { text: 'Kết quả: ', marked: false },
      { text: '[Cần viết: số liệu]', marked: true },
      { text: ' và ', marked: false },
      { text: '[Cần viết: nguyên nhân]', marked: true },
      { text: '.', marked: false },
    ]);
    expect(splitMarks('Không có gì cần viết.')).toEqual([{ text: 'Không có gì cần viết.', marked: false }]);
    expect(splitMarks('')).toEqual([{ text: '', marked: false }]);
  });

  it('puts the highlight where Word expects it among the run properties (after the size, before the language)', () => {
    expect(highlighted('')).toBe('<w:rPr><w:highlight w:val="yellow"/></w:rPr>');
    const rPr = '<w:rPr><w:rFonts w:ascii="Times New Roman"/><w:b/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr>';
    expect(highlighted(rPr)).toBe('<w:rPr><w:rFonts w:ascii="Times New Roman"/><w:b/><w:sz w:val="28"/><w:szCs w:val="28"/><w:highlight w:val="yellow"/><w:lang w:val="vi-VN"/></w:rPr>');
    expect(highlighted('<w:rPr><w:highlight w:val="green"/></w:rPr>')).toBe('<w:rPr><w:highlight w:val="yellow"/></w:rPr>');
    expect(highlighted('<w:rPr><w:i/><w:u w:val="single"/></w:rPr>')).toBe('<w:rPr><w:i/><w:highlight w:val="yellow"/><w:u w:val="single"/></w:rPr>');
  });
});
