import { describe, expect, it } from 'vitest';
import { fixBrokenLetters, foldForSearch, foldSlowly, normalizeText } from '../../shared/text';

describe('normalizeText', () => {
  it('turns NFD input into NFC', () => {
    const nfd = 'Nghị quyết Trung ương'.normalize('NFD');
    expect(nfd).not.toBe('Nghị quyết Trung ương');
    expect(normalizeText(nfd)).toBe('Nghị quyết Trung ương');
  });
  it('repairs "ƣ"/"Ƣ" left by PDF conversion', () => {
    expect(normalizeText('Ban Thƣờng vụ TRUNG ƢƠNG')).toBe('Ban Thường vụ TRUNG ƯƠNG');
  });
  it('repairs "ƣ" followed by a combining tone mark', () => {
    expect(normalizeText('thƣ\u0300ng')).toBe('thừng');
  });
  it('collapses whitespace, line breaks and no-break spaces, and trims', () => {
    expect(normalizeText('  Ban Tuyên giáo\n  Tỉnh ủy\u00A0\u00A0Lạng  Sơn \t')).toBe('Ban Tuyên giáo Tỉnh ủy Lạng Sơn');
  });
  it('removes invisible characters', () => {
    expect(normalizeText('Kế\u200B hoạch\uFEFF')).toBe('Kế hoạch');
  });
});

describe('fixBrokenLetters', () => {
  it('keeps line breaks and spacing', () => {
    expect(fixBrokenLetters('đất nƣớc\n  Trung ƣơng')).toBe('đất nước\n  Trung ương');
  });
});

describe('foldForSearch', () => {
  it('strips tones and vowel marks and lowercases', () => {
    expect(foldForSearch('Nghị Quyết Hội Nghị Lần Thứ Tám')).toBe('nghi quyet hoi nghi lan thu tam');
    expect(foldForSearch('ư ơ ă â ê ô Ư Ơ Ă Â Ê Ô')).toBe('u o a a e o u o a a e o');
  });
  it('folds đ and Đ, which SQLite does not', () => {
    expect(foldForSearch('Đảng đoàn')).toBe('dang doan');
  });
  it('gives the same key for NFC, NFD and broken "ƣ" spellings', () => {
    const key = foldForSearch('Trung ương');
    expect(foldForSearch('Trung ương'.normalize('NFD'))).toBe(key);
    expect(foldForSearch('Trung ƣơng')).toBe(key);
    expect(key).toBe('trung uong');
  });
});

describe('foldForSearch matches its definition (foldSlowly)', () => {
  it('on Vietnamese text in NFC and NFD, with broken letters, marks and invisible characters', () => {
    const samples = [
      'Đại đoàn kết toàn dân tộc, xây dựng đất nước PHỒN VINH, hạnh phúc',
      'Nghị quyết 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ƣơng Ƣ',
      'Quy định 15-QĐi/TW\u00AD\u200B — “ngoặc kép” ½ ﬁ Ω',
      'Tổ chức thực hiện quy chế dân chủ ở cơ sở'.normalize('NFD'),
      'ỹỸỵỴỷỶằẰẳẲẵẴặẶấẤầẦẩẨẫẪậẬ',
      'Hà Nội 😀 🇻🇳 \uD800 lẻ', // characters outside the table, a pair of surrogates and a lone one
      'Văn bản dài về đại đoàn kết. '.repeat(400), // longer than the reusable buffer starts
    ];
    for (const s of samples) expect(foldForSearch(s)).toBe(foldSlowly(s));
    for (let code = 0; code < 0x2000; code++) {
      const c = String.fromCharCode(code);
      expect(foldForSearch(`a${c}b`), `U+${code.toString(16)}`).toBe(foldSlowly(`a${c}b`));
    }
  });
});
