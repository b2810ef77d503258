import { IncomingInput } from '../../../shared/schemas';
import type { Services } from '../services';
import { todayIso } from '../services/clock';
import { arrivalDates, createRng, plausibleEntry } from './generator';
import { sampleFollowUpEntries } from './sampleFollowUpEntries';
import { seedSampleTasks } from './seedSampleTasks';
import { seedSampleCopies } from './sampleCopies';
import { seedSampleOutgoing } from './sampleOutgoing';

const NOTE = 'Dữ liệu mẫu';

/**
 * The real case of docs/trade.md (Nghị quyết 43-NQ/TW, số đến 11646 ngày 28/11/2023; Kế hoạch 21-KH/TW),
 * then a few hundred plausible entries, every one marked as sample data, and the province's follow-up of
 * 43-NQ/TW: the Tỉnh ủy's programme 38-CTr/TU, the documents implementing it, its tasks with their
 * progress and the one-year review round (seedSampleTasks). Returns how many register entries were added.
 */
export function seedSampleData(s: Services, today = todayIso()): number {
  if (s.incomingStore.count() > 0) return 0;
  const rng = createRng(43);

  // Book 2023: numbers continue the office's real sequence so that 43-NQ/TW lands on 11646.
  const before = arrivalDates(rng, '2023-11-01', '2023-11-27', 60).map((d) => plausibleEntry(rng, d));
  const after = arrivalDates(rng, '2023-11-29', '2023-12-29', 70).map((d) => plausibleEntry(rng, d));
  const firstNumber = 11646 - before.length;
  const realCase: IncomingInput[] = [
    {
      arrivalNumber: 11646, arrivalDate: '2023-11-28', receivedVia: 'network',
      issuer: 'Ban Chấp hành Trung ương', symbol: '43-NQ/TW', documentDate: '2023-11-24',
      abstract: 'Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc',
      pages: 11, copies: 1, handlingUnit: 'Ban Dân vận Tỉnh ủy; Ban Tuyên giáo Tỉnh ủy', forwardedDate: '2023-11-28',
      fileCode: '01.2023', notes: `${NOTE}. Sao y 1274-SY/VPTU ngày 04/12/2023 gửi các huyện ủy, thành ủy, đảng ủy trực thuộc.`,
    },
    {
      arrivalNumber: 11647, arrivalDate: '2023-11-28', receivedVia: 'network',
      issuer: 'Bộ Chính trị', symbol: '21-KH/TW', documentDate: '2023-11-28',
      abstract: 'Kế hoạch thực hiện Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc',
      pages: 5, copies: 1, handlingUnit: 'Ban Dân vận Tỉnh ủy', forwardedDate: '2023-11-29', fileCode: '01.2023', notes: NOTE,
    },
  ];
  const book2023 = [
    ...before.map((e, i) => ({ ...e, arrivalNumber: firstNumber + i })),
    ...realCase,
    ...after.map((e, i) => ({ ...e, arrivalNumber: 11648 + i })),
  ];

  const later = [
    ...arrivalDates(rng, '2024-01-02', '2024-12-31', 260),
    ...arrivalDates(rng, '2025-01-02', '2025-12-31', 160),
    ...arrivalDates(rng, '2026-01-02', today < '2026-12-31' ? today : '2026-12-31', 140),
  ].filter((d) => d <= today).map((d) => plausibleEntry(rng, d));
  // The bodies' reports and plans the follow-up cites, numbered in arrival order with the rest.
  const cited = sampleFollowUpEntries(today).filter((e) => e.arrivalDate <= today);
  const laterSorted = [...later, ...cited].sort((a, b) => a.arrivalDate.localeCompare(b.arrivalDate));

  const all = [...book2023, ...laterSorted].map((e) => IncomingInput.parse(notInFuture({ ...e, notes: e.notes || NOTE }, today)));
  const added = s.incoming.importMany(all, { isSample: true });
  seedSampleTasks(s, today);
  seedSampleCopies(s);
  seedSampleOutgoing(s, today);
  return added;
}

/** A document cannot have been handled after today. */
function notInFuture<T extends { resolvedDate?: string | null }>(e: T, today: string): T {
  return e.resolvedDate && e.resolvedDate > today ? { ...e, resolvedDate: null } : e;
}
