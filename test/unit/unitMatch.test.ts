import { describe, expect, it } from 'vitest';
import { matchKey, matchUnits } from '../../shared/unitMatch';

const BOOK = [
  { id: 1, name: 'Ban Dân vận Tỉnh ủy', shortName: 'Ban Dân vận' },
  { id: 2, name: 'Ban Dân vận Trung ương', shortName: '' },
  { id: 3, name: 'Quân ủy Trung ương', shortName: '' },
  { id: 4, name: 'Đảng ủy Công an Trung ương', shortName: '' },
  { id: 5, name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', shortName: 'Ủy ban MTTQ tỉnh' },
  { id: 6, name: 'Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', shortName: 'Đảng đoàn MTTQ tỉnh' },
  { id: 7, name: 'Đảng ủy Công an tỉnh', shortName: '' },
  { id: 8, name: 'Huyện ủy Cao Lộc', shortName: '' },
];

describe('matchUnits', () => {
  it('keeps the order of a joint heading, whatever the spelling of "uỷ" and the marks', () => {
    expect(matchUnits('Quân uỷ Trung ương và Đảng uỷ Công an Trung ương', BOOK)).toEqual([3, 4]);
    expect(matchUnits('QUÂN ỦY TRUNG ƯƠNG, DANG UY CONG AN TRUNG UONG', BOOK)).toEqual([3, 4]);
    expect(matchUnits('Quân uỷ Trung ương và Đảng uỷ Công an Trung ương'.normalize('NFD'), BOOK)).toEqual([3, 4]);
  });

  it('prefers the longest name at a place and does not match inside it again', () => {
    expect(matchUnits('Ban Dân vận Trung ương', BOOK)).toEqual([2]);
    expect(matchUnits('Ban Dân vận chủ trì', BOOK)).toEqual([1]);
    expect(matchUnits('Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh', BOOK)).toEqual([6]);
    expect(matchUnits('Đảng đoàn MTTQ tỉnh phối hợp Ủy ban MTTQ tỉnh', BOOK)).toEqual([6, 5]);
  });

  it('matches whole words only and finds nothing in unrelated text', () => {
    expect(matchUnits('Huyện ủy Cao Lộc Bình', BOOK)).toEqual([8]);
    expect(matchUnits('Huyện ủy Cao', BOOK)).toEqual([]);
    expect(matchUnits('Các tỉnh uỷ, thành uỷ, đảng uỷ trực thuộc Trung ương', BOOK)).toEqual([]);
    expect(matchUnits('', BOOK)).toEqual([]);
    expect(matchKey('  Đảng ủy, (Công an) ')).toBe(' dang uy cong an ');
  });
});
