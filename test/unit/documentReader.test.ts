import { describe, expect, it } from 'vitest';
import { readDocument, READ_FIELD_NAMES, type TextLine } from '../../shared/documentReader/readDocument';
import { cleanLines, cleanPastedText } from '../../shared/documentReader/cleanLines';
import { EXPECTED_43, EXPECTED_DECISION, RECEIVED, fixtureText } from '../helpers/receivedDocuments';

const asLines = (text: string): TextLine[] => text.split(/\r?\n/).map((t) => ({ text: t }));
const read = (name: string) => readDocument(asLines(fixtureText(name)));

describe('readDocument on Nghị quyết 43-NQ/TW as received (seed text)', () => {
  const reading = read(RECEIVED.resolution);

  it('reads every field a clerk checks, and not the copy page\'s number, signer or recipients', () => {
    expect(reading.fields).toEqual(EXPECTED_43);
  });

  it('says where each found field came from and how sure it is; absent fields score 0', () => {
    expect(reading.source.symbol).toBe('Số 43-NQ/TW');
    expect(reading.source.documentDate).toBe('Hà Nội, ngày 24 tháng 11 năm 2023');
    expect(reading.source.arrivalNumber).toContain('Số: 11646 Ngày: 28/11/2023');
    expect(reading.source.signedAt).toContain('27-11-2023 16:56:53 +07:00');
    for (const f of READ_FIELD_NAMES) {
      const value = reading.fields[f];
      const found = value !== null && !(Array.isArray(value) && value.length === 0);
      expect(reading.confidence[f], f).toSatisfy((c: number) => (found ? c > 0 && c <= 1 : c === 0));
      expect(reading.source[f] !== undefined, f).toBe(found);
    }
    // The heading was lost (an image in the original): the abstract is less sure than the symbol.
    expect(reading.confidence.abstract).toBeLessThan(reading.confidence.symbol);
  });
});

describe('readDocument on other documents', () => {
  it('Kế hoạch 21-KH/TW: the type heading, the title in capitals and the abstract under it', () => {
    const { fields } = read(RECEIVED.plan);
    expect(fields).toMatchObject({
      issuer: 'Ban Chấp hành Trung ương', symbol: '21-KH/TW', documentDate: '2023-11-28', placeName: 'Hà Nội',
      typeCode: 'KH', typeName: 'Kế hoạch', signerAuthority: 'T/M BỘ CHÍNH TRỊ', arrivalNumber: null, signedBy: null,
      abstract: 'Kế hoạch thực hiện Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khoá XIII về tiếp ' +
        'tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc',
    });
    expect(fields.recipients).toHaveLength(8);
  });

  it('a programme pasted from a PDF (blank line after every line, "ƣ", "Ð", a page number): the same reading as clean text', () => {
    const { fields } = read(RECEIVED.programme);
    expect(fields).toMatchObject({
      issuer: 'Tỉnh ủy Lâm Đồng', superiorBody: 'Đảng bộ tỉnh Lâm Đồng', symbol: '15-CTr/TU', documentDate: '2024-02-20',
      placeName: 'Lâm Đồng', typeCode: 'CTr', typeName: 'Chương trình', signerAuthority: 'T/M TỈNH ỦY',
      signerPosition: 'PHÓ BÍ THƯ', signerName: 'Trần Đình Văn',
      abstract: 'Chương trình hành động thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của Ban Chấp hành Trung ương ' +
        'Đảng khóa XIII về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc',
    });
    expect(fields.recipients[0]).toBe('Ban Bí thư Trung ương Đảng (báo cáo)');
    expect(fields.recipients.at(-1)).toBe('Lưu Văn phòng Tỉnh ủy, TH2');
    expect(fields.recipients).toContain('Các đảng đoàn, Ban cán sự Đảng, BTV Tỉnh đoàn; các sở, ban, ngành, MTTQ, các tổ chức CT-XH tỉnh');
    const clean = fixtureText(RECEIVED.programme).replace(/ƣ/g, 'ư').replace(/\u00D0/g, 'Đ');
    expect(readDocument(asLines(clean)).fields).toEqual(fields);
  });

  it('a State decision: symbol split over two lines with odd spaces, the name wrapped, the KHẨN mark, KT. signer', () => {
    expect(read(RECEIVED.decision).fields).toEqual(EXPECTED_DECISION);
  });

  it('a symbol spaced oddly, or split over two lines by the PDF', () => {
    const header = (symbolLines: string) => asLines(`TỈNH ỦY LẠNG SƠN\n*\n${symbolLines}\nLạng Sơn, ngày 04 tháng 12 năm 2023`);
    expect(readDocument(header('Số 43 - NQ/ TW')).fields.symbol).toBe('43-NQ/TW');
    expect(readDocument(header('Số 43-NQ/\nTW')).fields).toMatchObject({ symbol: '43-NQ/TW', typeCode: 'NQ' });
    expect(readDocument(header('Số:\n1274-SY/VPTU')).fields.symbol).toBe('1274-SY/VPTU');
    const split = readDocument(header('Số 43-NQ/\nTW'));
    expect(split.source.symbol).toBe('Số 43-NQ/ / TW');
    expect(split.confidence.symbol).toBeLessThan(readDocument(header('Số 43-NQ/TW')).confidence.symbol);
  });

  it('text laid out in columns with spaces (pdftotext -layout): the left block and the right one apart', () => {
    const { fields } = readDocument(asLines(fixtureText('plan-tinh-uy.txt')));
    expect(fields).toMatchObject({
      issuer: 'Tỉnh ủy Lạng Sơn', superiorBody: 'Đảng bộ tỉnh Lạng Sơn', symbol: '21-KH/TU', documentDate: '2024-01-05',
      placeName: 'Lạng Sơn', typeCode: 'KH', typeName: 'Kế hoạch',
    });
  });

  it('a công văn: "V/v" under the number is its abstract, the type comes from the symbol', () => {
    const text = 'UBND TỈNH LẠNG SƠN\nSỞ NỘI VỤ\nSố: 45/SNV-VP\nV/v triển khai Nghị quyết số 43-NQ/TW\ncủa Ban Chấp hành Trung ương\n' +
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLạng Sơn, ngày 10 tháng 01 năm 2024\nKính gửi: Các phòng thuộc Sở.\n' +
      'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Bình';
    expect(readDocument(asLines(text)).fields).toMatchObject({
      issuer: 'Sở Nội vụ', superiorBody: 'UBND tỉnh Lạng Sơn', symbol: '45/SNV-VP', typeName: 'Công văn',
      abstract: 'Công văn về việc triển khai Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương',
      signerAuthority: null, signerPosition: 'GIÁM ĐỐC', signerName: 'Lê Văn Bình', recipients: ['Như trên', 'Lưu: VT'],
    });
  });

  it('secrecy and urgency as the register stores them', () => {
    const lines = asLines('TỈNH ỦY LẠNG SƠN\nBAN DÂN VẬN\n*\nSố 12-BC/BDVTU\nTỐI MẬT\nTHƯỢNG KHẨN\nBÁO CÁO\nkết quả công tác dân vận\nI- TÌNH HÌNH');
    const { fields } = readDocument(lines);
    expect(fields).toMatchObject({ secrecy: 'Tối mật', urgency: 'Thượng khẩn', issuer: 'Ban Dân vận Tỉnh ủy Lạng Sơn', superiorBody: 'Tỉnh ủy Lạng Sơn', typeName: 'Báo cáo', abstract: 'Báo cáo kết quả công tác dân vận' });
    expect(readDocument(asLines('HỎA TỐC\nBAN CHẤP HÀNH TRUNG ƯƠNG\nBAN DÂN VẬN\n*\nSố 5-CV/BDVTW')).fields)
      .toMatchObject({ urgency: 'Hỏa tốc', secrecy: null, issuer: 'Ban Dân vận Trung ương', superiorBody: 'Ban Chấp hành Trung ương' });
  });
});

describe('readDocument with positions (PDF text items)', () => {
  // Two columns on the same baselines, as a PDF lays out a Party document's first page (A4, 595 pt wide).
  const at = (text: string, x: number, y: number, page = 1): TextLine => ({ text, x, y, page, pageWidth: 595 });
  const page1: TextLine[] = [
    at('ĐẢNG BỘ TỈNH LẠNG SƠN', 90, 780), at('ĐẢNG CỘNG SẢN VIỆT NAM', 330, 780),
    at('TỈNH ỦY', 130, 764), at('*', 140, 748), at('Lạng Sơn, ngày 05 tháng 01 năm 2024', 320, 740),
    at('Số 21-KH/TU', 110, 730), at('KẾ HOẠCH', 260, 690), at('thực hiện Nghị quyết số 43-NQ/TW', 200, 672),
    at('I. MỤC ĐÍCH, YÊU CẦU', 85, 640), at('1', 297, 40),
  ];
  const page2: TextLine[] = [
    at('Nơi nhận:', 85, 400, 2), at('T/M BAN THƯỜNG VỤ', 350, 400, 2),
    at('- Các huyện ủy, thành ủy,', 85, 386, 2), at('PHÓ BÍ THƯ', 370, 386, 2),
    at('- Lưu VPTU.', 85, 372, 2), at('Đoàn Thị Hậu', 365, 300, 2), at('2', 297, 40, 2),
  ];

  it('keeps the left block, the right signature and the "Nơi nhận" apart', () => {
    const { fields } = readDocument([...page1, ...page2]);
    expect(fields).toMatchObject({
      issuer: 'Tỉnh ủy Lạng Sơn', superiorBody: 'Đảng bộ tỉnh Lạng Sơn', symbol: '21-KH/TU', documentDate: '2024-01-05',
      typeName: 'Kế hoạch', abstract: 'Kế hoạch thực hiện Nghị quyết số 43-NQ/TW',
      signerAuthority: 'T/M BAN THƯỜNG VỤ', signerPosition: 'PHÓ BÍ THƯ', signerName: 'Đoàn Thị Hậu',
      recipients: ['Các huyện ủy, thành ủy', 'Lưu VPTU'],
    });
  });
});

describe('cleaning', () => {
  it('drops page numbers and the header repeated on every page', () => {
    const words = ['một', 'hai', 'ba', 'bốn'];
    const pages = [1, 2, 3, 4].flatMap((p) => [
      { text: 'Văn phòng Tỉnh ủy - Bản điện tử', page: p }, { text: `Đoạn ${words[p - 1]}`, page: p },
      { text: `Câu ${words[p - 1]}`, page: p }, { text: `- ${p} -`, page: p },
    ]);
    expect(cleanLines(pages).map((l) => l.text)).toEqual(words.flatMap((w) => [`Đoạn ${w}`, `Câu ${w}`]));
  });

  it('gives pasted PDF text its paragraphs back and leaves a clean text as it is', () => {
    const clean = 'I. NHIỆM VỤ\n1. Ban Tuyên giáo chủ trì tuyên truyền\nsâu rộng trong Nhân dân về Nghị quyết\nvà Kế hoạch.\n\n' +
      '2. Ban Dân vận theo dõi, đôn đốc\nviệc thực hiện Nghị quyết.\n3. Văn phòng Tỉnh ủy tổng hợp\nkết quả.';
    const pasted = clean.split('\n').join('\n\n').replace(/ư/g, 'ƣ');
    expect(cleanPastedText(pasted)).toBe(clean);
    expect(cleanPastedText(clean)).toBe(clean);
  });
});
