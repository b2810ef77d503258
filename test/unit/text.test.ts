import { describe, expect, it } from 'vitest';
import { fixBrokenLetters, foldForSearch, normalizeText } from '../../shared/text';

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
