/**
 * The parts of a review report (sơ kết / tổng kết) only a person can write: one registry read by the report
 * writer (which prints a visible placeholder where a part is unwritten), the CLI (`--texts FILE.json`,
 * `--list-sections`, its warnings), the API (`reports.reviewSections`) and the screen.
 *
 * A part's text is stored in the draft under `<key>Text` (e.g. `resultsText`), so drafts saved before the
 * registry existed keep their meaning.
 */

export const REVIEW_SECTIONS = [
  {
    key: 'opening',
    label: 'Đoạn mở đầu',
    hint: 'đoạn mở đầu: bối cảnh, mục đích, phạm vi và thời gian sơ kết, tổng kết',
  },
  {
    key: 'dissemination',
    label: 'I- Công tác lãnh đạo, chỉ đạo, quán triệt, triển khai',
    hint: 'công tác lãnh đạo, chỉ đạo, quán triệt, tuyên truyền; hình thức, số cuộc, số lượt người tham dự',
  },
  {
    key: 'results',
    label: 'II- Kết quả thực hiện theo từng lĩnh vực',
    hint: 'kết quả theo từng lĩnh vực, nhiệm vụ trọng tâm, có số liệu so với chỉ tiêu',
  },
  {
    key: 'limits',
    label: 'III- Hạn chế, khuyết điểm và nguyên nhân',
    hint: 'hạn chế, khuyết điểm; nguyên nhân khách quan, chủ quan',
  },
  {
    key: 'lessons',
    label: 'IV- Bài học kinh nghiệm',
    hint: 'bài học kinh nghiệm rút ra qua thực hiện',
  },
  {
    key: 'directions',
    label: 'V- Phương hướng, nhiệm vụ thời gian tới',
    hint: 'phương hướng, nhiệm vụ, giải pháp trọng tâm thời gian tới',
  },
  {
    key: 'proposals',
    label: 'VI- Kiến nghị, đề xuất',
    hint: 'kiến nghị, đề xuất với cấp trên (nếu có)',
  },
] as const;

export type ReviewSectionKey = (typeof REVIEW_SECTIONS)[number]['key'];
export type ReviewSectionField = `${ReviewSectionKey}Text`;

export const REVIEW_SECTION_KEYS = REVIEW_SECTIONS.map((s) => s.key) as ReviewSectionKey[];

/** The draft field that holds a part's text: 'results' → 'resultsText'. */
export const sectionField = (key: ReviewSectionKey): ReviewSectionField => `${key}Text`;

/** What the report prints where the specialist has not written a part yet. */
export const sectionPlaceholder = (hint: string): string => `[Cần viết: ${hint}]`;

/** The marker every placeholder starts with: the Word writer highlights such text, and tests look for it. */
export const PLACEHOLDER_MARK = '[Cần viết:';

/** Texts keyed by draft field; a part is written when its text holds something other than blanks. */
export function sectionStates(texts: Partial<Record<ReviewSectionField, string>>): { key: ReviewSectionKey; label: string; hint: string; written: boolean }[] {
  return REVIEW_SECTIONS.map((s) => ({ key: s.key, label: s.label, hint: s.hint, written: (texts[sectionField(s.key)] ?? '').trim() !== '' }));
}
