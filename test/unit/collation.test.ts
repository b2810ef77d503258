import { describe, expect, it } from 'vitest';
import { ISSUERS } from '../../electron/backend/sample/vocabulary';
import { DEFAULT_UNITS } from '../../electron/backend/services/unitDefaults';
import { vietnameseSortKey } from '../../shared/collation';

const byKey = (list: string[]) => [...list].sort((a, b) => (vietnameseSortKey(a) < vietnameseSortKey(b) ? -1 : vietnameseSortKey(a) > vietnameseSortKey(b) ? 1 : 0));

describe('vietnameseSortKey', () => {
  it('orders issuing bodies as a Vietnamese reader expects: đ after d, ư after u, case and tones second', () => {
    const expected = [
      'Ban Chấp hành Trung ương', 'Ban Dân vận Tỉnh ủy', 'Bộ Chính trị', 'Chính phủ', 'Dân tộc',
      'Đảng đoàn Quốc hội', 'Đảng ủy Khối', 'Đoàn Thanh niên', 'Hội Nông dân', 'Mặt trận Tổ quốc',
      'Sở Nội vụ', 'Thành ủy Lạng Sơn', 'Tỉnh ủy', 'Ủy ban Kiểm tra', 'Ủy ban nhân dân tỉnh', 'Văn phòng Tỉnh ủy',
    ];
    const shuffled = [...expected].reverse();
    expect(byKey(shuffled)).toEqual(expected);
    // Byte order puts every "Đ…" after "V…": the reason for the key.
    expect([...shuffled].sort()).not.toEqual(expected);
  });

  it('puts a → ă → â, o → ô → ơ, u → ư, and tones in the order ngang, huyền, hỏi, ngã, sắc, nặng', () => {
    expect(byKey(['ư', 'u', 'ơ', 'ô', 'o', 'â', 'ă', 'a'])).toEqual(['a', 'ă', 'â', 'o', 'ô', 'ơ', 'u', 'ư']);
    expect(byKey(['mạ', 'má', 'mã', 'mả', 'mà', 'ma'])).toEqual(['ma', 'mà', 'mả', 'mã', 'má', 'mạ']);
    // Letters decide before tones: "mà b" comes before "ma c".
    expect(byKey(['ma c', 'mà b'])).toEqual(['mà b', 'ma c']);
  });

  it('agrees with the ICU Vietnamese collation on the address book and the sample issuers', () => {
    const names = [...DEFAULT_UNITS.flatMap((c) => c.units.map((u) => u.name)), ...ISSUERS.map((i) => i.name)];
    expect(names.length).toBeGreaterThan(60);
    const icu = new Intl.Collator('vi');
    expect(byKey(names)).toEqual([...names].sort(icu.compare));
  });

  it('reads text in NFD as in NFC, keeps digits before letters, and sets case aside', () => {
    expect(vietnameseSortKey('Đảng ủy'.normalize('NFD'))).toBe(vietnameseSortKey('Đảng ủy'));
    expect(byKey(['Ban B', '2 ban', 'Ban [X]', '10 ban'])).toEqual(['10 ban', '2 ban', 'Ban [X]', 'Ban B']);
    expect(vietnameseSortKey('Sở Y tế')).toBe(vietnameseSortKey('SỞ Y TẾ'));
    expect(vietnameseSortKey('Sở Y tế')).not.toBe(vietnameseSortKey('Sở Y tê'));
  });
});
