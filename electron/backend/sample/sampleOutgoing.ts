import type { z } from 'zod';
import { OutgoingInput } from '../../../shared/contractOutgoing';
import type { Services } from '../services';
import { arrivalDates, createRng } from './generator';
import { PROGRAMME } from './programmeText';

// The sample outgoing register of the Tỉnh ủy and its Văn phòng across two terms (2020–2025, 2025–2030):
// the Tỉnh ủy's own programme 38-CTr/TU implementing Nghị quyết 43-NQ/TW, then plausible documents. The register
// was moved into Văn thư from paper in 2023: each series of the first term starts at its paper number; the
// second term starts every series at 01. One reserved number was voided.

const NOTE = 'Dữ liệu mẫu';

/** [type code, type name, issuer code, signer, the number the paper register had reached in mid-2023, abstracts]. */
const KINDS: Array<[string, string, string, string, number, string[]]> = [
  ['BC', 'Báo cáo', 'TU', 'Nguyễn Quốc Đoan', 212, ['tình hình thực hiện nhiệm vụ chính trị tháng', 'kết quả công tác xây dựng Đảng quý', 'sơ kết công tác dân vận của hệ thống chính trị']],
  ['KH', 'Kế hoạch', 'TU', 'Đoàn Thị Hậu', 160, ['kiểm tra, giám sát của Ban Thường vụ Tỉnh ủy năm', 'tổ chức hội nghị học tập, quán triệt nghị quyết', 'tuyên truyền kỷ niệm ngày thành lập Đảng']],
  ['TB', 'Thông báo', 'TU', 'Nguyễn Quốc Đoan', 1480, ['kết luận của Thường trực Tỉnh ủy tại buổi làm việc với Huyện ủy', 'ý kiến chỉ đạo của Ban Thường vụ Tỉnh ủy về công tác cán bộ']],
  ['QĐ', 'Quyết định', 'TU', 'Nguyễn Quốc Đoan', 2410, ['thành lập Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy', 'điều động, bổ nhiệm cán bộ']],
  ['CV', 'Công văn', 'VPTU', 'Sai Văn Đông', 1950, ['đề nghị báo cáo kết quả thực hiện nghị quyết', 'về việc chuẩn bị hội nghị Ban Chấp hành Đảng bộ tỉnh', 'hướng dẫn lưu trữ hồ sơ, tài liệu của các cơ quan đảng']],
  ['CV', 'Công văn', 'TU', 'Đoàn Thị Hậu', 3120, ['về việc lãnh đạo tổ chức Tết Nguyên đán', 'về tăng cường công tác phòng, chống thiên tai']],
];

export function seedSampleOutgoing(s: Services, today: string): void {
  if (s.outgoing.list({ offset: 0, limit: 1 }).total > 0) return;
  if (s.outgoing.terms().length === 0) {
    s.outgoing.addTerm({ from: '2020-10-16', to: '2025-10-15', name: 'Nhiệm kỳ 2020–2025' });
    s.outgoing.addTerm({ from: '2025-10-16', name: 'Nhiệm kỳ 2025–2030' });
  }
  const rng = createRng(38);
  type Input = z.output<typeof OutgoingInput>;
  const entries: Array<{ date: string; input: Input }> = [];
  const base = { recipients: ['Các huyện ủy, thành ủy, đảng ủy trực thuộc', 'Các ban đảng, đảng đoàn, ban cán sự đảng tỉnh', 'Lưu Văn phòng Tỉnh ủy'], archiveHolder: 'Văn phòng Tỉnh ủy', notes: NOTE };
  // The real case: the Tỉnh ủy's programme, number 38 of its series (the paper register's), implementing 43-NQ/TW.
  entries.push({ date: PROGRAMME.documentDate, input: OutgoingInput.parse({
    ...base, documentDate: PROGRAMME.documentDate, typeCode: 'CTr', typeName: 'Chương trình', issuerCode: 'TU', number: 38,
    abstract: PROGRAMME.abstract, signer: 'Nguyễn Quốc Đoan', signerAuthority: 'T/M BAN THƯỜNG VỤ', signerPosition: 'BÍ THƯ',
    answersSymbol: '43-NQ/TW', copies: 120, pages: 9, forwardedDate: '2024-01-16', receivedBy: 'Phòng Hành chính',
  }) });
  const end = today < '2026-06-30' ? today : '2026-06-30';
  for (const date of arrivalDates(rng, '2023-07-03', end, 240)) {
    const [typeCode, typeName, issuerCode, signer, , abstracts] = rng.pick(KINDS);
    entries.push({ date, input: OutgoingInput.parse({
      ...base, documentDate: date, typeCode, typeName, issuerCode, signer, abstract: rng.pick(abstracts),
      copies: rng.int(5, 80), secrecy: rng.next() < 0.05 ? 'Mật' : '', forwardedDate: date,
    }) });
  }
  // A number taken before signing, later voided: it stays in the book with its reason.
  entries.push({ date: '2024-03-12', input: OutgoingInput.parse({ documentDate: '2024-03-12', typeCode: 'BC', issuerCode: 'TU', reserve: true, notes: NOTE }) });
  entries.sort((a, b) => a.date.localeCompare(b.date));
  // Each series of the first term continues its paper number (a hand number may start an empty series).
  const started = new Set<string>();
  const inputs = entries.map(({ input }) => {
    const kind = KINDS.find((k) => k[0] === input.typeCode && k[2] === input.issuerCode);
    const key = `${input.typeCode}/${input.issuerCode}`;
    if (!kind || input.documentDate > '2025-10-15' || started.has(key)) return input;
    started.add(key);
    return { ...input, number: kind[4] + 1 };
  });
  const ids = s.outgoing.addMany(inputs, { isSample: true });
  const reserved = ids[inputs.findIndex((i) => i.reserve)];
  s.outgoing.void(reserved, 'Dự thảo không được ban hành (Thường trực Tỉnh ủy cho ý kiến dừng)');
}
