import { describe, expect, it } from 'vitest';
import { normalizeSymbolText, parseSymbol } from '../../shared/symbol';

const value = (s: string) => {
  const r = parseSymbol(s);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
};

describe('parseSymbol: Party forms', () => {
  it('reads number, type and issuer of 43-NQ/TW', () => {
    expect(value('43-NQ/TW')).toEqual({ number: 43, typeCode: 'NQ', typeName: 'Nghị quyết', issuerCode: 'TW', system: 'party' });
  });
  it.each([
    ['1274-SY/VPTU', 1274, 'SY', 'Bản sao y', 'VPTU'],
    ['21-KH/TU', 21, 'KH', 'Kế hoạch', 'TU'],
    ['21-KH/TW', 21, 'KH', 'Kế hoạch', 'TW'],
    ['15-QĐi/TW', 15, 'QĐi', 'Quy định', 'TW'],
    ['12-QĐ/TU', 12, 'QĐ', 'Quyết định', 'TU'],
    ['36-HD/VPTW', 36, 'HD', 'Hướng dẫn', 'VPTW'],
    ['05-CTr/TU', 5, 'CTr', 'Chương trình', 'TU'],
  ])('%s', (symbol, number, typeCode, typeName, issuerCode) => {
    expect(value(symbol)).toMatchObject({ number, typeCode, typeName, issuerCode, system: 'party' });
  });
  it('keeps joint issuers', () => {
    expect(value('01-QC/BTCTU-BDVTU')).toEqual({
      number: 1, typeCode: 'QC', typeName: 'Quy chế', issuerCode: 'BTCTU-BDVTU', issuerCodes: ['BTCTU', 'BDVTU'], system: 'party',
    });
  });
  it('tolerates what clerks paste: "Số:", spaces, en dashes, NFD', () => {
    expect(value('Số: 43 – NQ / TW')).toMatchObject({ number: 43, typeCode: 'NQ', issuerCode: 'TW' });
    expect(value('15-QĐi/TW'.normalize('NFD'))).toMatchObject({ typeCode: 'QĐi' });
    expect(normalizeSymbolText(' 43 - NQ/TW ')).toBe('43-NQ/TW');
  });
});

describe('parseSymbol: State forms', () => {
  it('normative with year', () => {
    expect(value('07/2021/NĐ-CP')).toEqual({ number: 7, year: 2021, typeCode: 'NĐ', typeName: 'Nghị định', issuerCode: 'CP', system: 'state' });
    expect(value('1143/2000/QĐ-LĐTBXH')).toMatchObject({ number: 1143, year: 2000, typeCode: 'QĐ', issuerCode: 'LĐTBXH' });
  });
  it('a law names only the legislature', () => {
    expect(value('10/2022/QH15')).toMatchObject({ number: 10, year: 2022, typeName: 'Luật', issuerCode: 'QH15', system: 'state' });
  });
  it('administrative and công văn', () => {
    expect(value('123/QĐ-UBND')).toMatchObject({ number: 123, typeCode: 'QĐ', issuerCode: 'UBND', system: 'state' });
    const cv = value('123/UBND-VP');
    expect(cv.typeCode).toBeUndefined();
    expect(cv).toMatchObject({ typeName: 'Công văn', issuerCode: 'UBND-VP', system: 'state' });
  });
  it('uses the editable code list: a State Quy định is QyĐ', () => {
    expect(value('01/2024/QyĐ-UBND')).toMatchObject({ typeCode: 'QyĐ', typeName: 'Quy định' });
    const custom = parseSymbol('5-XYZ/TU', { typeCodes: [{ system: 'party', code: 'XYZ', name: 'Loại riêng' }], partyIssuers: [] });
    expect(custom.ok && custom.value.typeName).toBe('Loại riêng');
  });
});

describe('parseSymbol never throws', () => {
  it.each(['', '   ', 'abc', 'NQ/TW', '43-NQ', '//', '43--NQ/TW', 'x'.repeat(500)])('"%s" yields a Vietnamese reason', (s) => {
    const r = parseSymbol(s);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/ký hiệu/);
  });
});
