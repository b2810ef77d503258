// Reads the task assignments out of the plain text of a plan (Kế hoạch), as converted from PDF or Word:
// the section "NHIỆM VỤ CỤ THỂ" (else "PHÂN CÔNG NHIỆM VỤ", else "TỔ CHỨC THỰC HIỆN", else the whole
// text), its numbered headings naming the bodies, and under each heading one task per bullet or
// per paragraph, with the deadline written in brackets at the end of the item.
//
// Decisions:
// - Every numbered or lettered heading ("1.", "2.1-", "a)", "1)") names a body; a heading followed
//   directly by another heading is only a group ("2. Các ban xây dựng Đảng" before "2.1- …").
// - A numbered line with nothing under it that reads as a sentence (ends with ".", ";" or a deadline)
//   is itself a task; its body is the subject before the first verb ("… chủ trì", "… phối hợp", …).
// - A bullet or paragraph ending with ":" introduces the items after it and is not a task.
// - A line that starts in lower case continues the item above it, even across a blank line or a
//   stray page number (text converted from PDF breaks lines mid-sentence). A heading continues on
//   the next line when it starts in lower case, ends with "," / "và" …, or ran to the right margin.
// - Items before the first heading take their body from the sentence ("Ban X: …", "Ban X chủ trì …").
// - Content keeps the wording; markdown, the bullet, the final deadline bracket and the final
//   punctuation are removed.

import { parseDeadline } from './deadline';
import { foldForSearch } from './text';
import { cleanPastedText } from './documentReader/cleanLines';

export interface ExtractedTask {
  unit: string;
  section: string | null;
  content: string;
  deadlineText: string | null;
  due: string | null;
  standing: boolean;
}

export interface ExtractResult {
  tasks: ExtractedTask[];
  units: string[];
  warnings: string[];
}

type HeadingStyle = 'num' | 'letter' | 'paren';

// `width`: length of the cleaned source line, number and bullet included.
type Line =
  | { kind: 'blank' }
  | { kind: 'skip' }
  | { kind: 'end' }
  | { kind: 'roman'; roman: string; text: string; width: number }
  | { kind: 'heading'; style: HeadingStyle; label: string; text: string; width: number }
  | { kind: 'bullet'; marker: string; text: string; width: number }
  | { kind: 'text'; text: string; width: number };

type Block =
  | { kind: 'roman'; roman: string; text: string }
  | { kind: 'heading'; style: HeadingStyle; label: string; text: string }
  | { kind: 'bullet' | 'para'; marker: string; text: string };

// Section titles, folded, in order of preference.
const TASK_SECTIONS = ['nhiem vu cu the', 'phan cong nhiem vu', 'phan cong thuc hien', 'to chuc thuc hien'];

const ROMAN_LINE = /^([IVX]+)\s*[-.–)]\s*(\S.*)$/;
const ROMAN_VALID = /^(X{0,3})(IX|IV|V?I{0,3})$/;
const NUM_HEADING = /^(\d{1,2}(?:\.\d{1,2})*)\s*([.)\-–])\s*(\p{L}.*)$/u;
const NUM_HEADING_NO_SEP = /^(\d{1,2}(?:\.\d{1,2})+)\s+(\p{L}.*)$/u;
const LETTER_HEADING = /^([a-zđ])\s*\)\s*(\S.*)$/u;
const LETTER_HEADING_DOT = /^([a-zđ])\.\s+(\p{Lu}.*)$/u;
const BULLET = /^([-+•–—·▪◦○●►➢])\s*(\S.*)$/u;
const PAGE_NUMBER = /^[-–]?\s*\d{1,3}\s*[-–]?$/;
const RULE_LINE = /^[-_=–—·.]{3,}$/;
const SIGNATURE = /^(t\/m|k\/t|t\/l|tm\.|kt\.|tl\.)\s/;
const TRAILING_DEADLINE = /\(([^()]*)\)[\s.;,:]*$/;

// Words that end the subject of a sentence: "Ban Tuyên giáo Tỉnh ủy chủ trì, …" (lower case only, so
// names such as "Ban Tổ chức Tỉnh ủy" are not cut).
const VERBS = [
  'chủ trì', 'phối hợp', 'chịu trách nhiệm', 'có trách nhiệm', 'tham mưu', 'tổ chức', 'chỉ đạo',
  'lãnh đạo', 'xây dựng', 'hướng dẫn', 'thực hiện', 'tăng cường', 'triển khai', 'ban hành',
  'theo dõi', 'nghiên cứu', 'tiếp tục', 'quán triệt', 'rà soát', 'làm tốt', 'đẩy mạnh',
];
const NOT_BEFORE_VERB = new Set(['các', 'những', 'và', 'của', 'với']);

const isLower = (s: string): boolean => /^\p{Ll}/u.test(s);
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
const snippet = (s: string): string => (s.length > 60 ? `${s.slice(0, 60)}…` : s);

/** One source line with markdown debris removed, classified. */
function classify(raw: string): Line {
  let t = raw.trim().replace(/^#{1,6}\s+/, '');
  t = t.replace(/^\*\s+/, '• '); // a markdown "* " bullet, before the asterisks go
  t = t.replace(/\*+/g, '').replace(/\\([-+*_#.()[\]!>])/g, '$1');
  t = collapse(t);
  if (t === '' || RULE_LINE.test(t)) return { kind: 'blank' };
  if (PAGE_NUMBER.test(t)) return { kind: 'skip' };
  const folded = foldForSearch(t);
  if (folded.startsWith('noi nhan') || SIGNATURE.test(folded)) return { kind: 'end' };

  const roman = ROMAN_LINE.exec(t);
  if (roman && ROMAN_VALID.test(roman[1]) && roman[2].length <= 150) {
    return { kind: 'roman', roman: roman[1], text: roman[2], width: t.length };
  }
  const num = NUM_HEADING.exec(t);
  if (num) {
    const style = num[2] === ')' && !num[1].includes('.') ? 'paren' : 'num';
    return { kind: 'heading', style, label: num[1], text: num[3], width: t.length };
  }
  const dotted = NUM_HEADING_NO_SEP.exec(t);
  if (dotted) return { kind: 'heading', style: 'num', label: dotted[1], text: dotted[2], width: t.length };
  const letter = LETTER_HEADING.exec(t) ?? LETTER_HEADING_DOT.exec(t);
  if (letter) return { kind: 'heading', style: 'letter', label: letter[1], text: letter[2], width: t.length };
  const bullet = BULLET.exec(t);
  if (bullet) return { kind: 'bullet', marker: bullet[1], text: bullet[2], width: t.length };
  return { kind: 'text', text: t, width: t.length };
}

/** Lines [from, to) of the task section, its title, or the whole text when there is none. */
function findSection(lines: Line[]): { from: number; to: number; title: string | null } {
  const firstEnd = lines.findIndex((l) => l.kind === 'end');
  const textEnd = firstEnd < 0 ? lines.length : firstEnd;
  for (const wanted of TASK_SECTIONS) {
    const from = lines.findIndex((l) => l.kind === 'roman' && foldForSearch(l.text).includes(wanted));
    if (from < 0) continue;
    const after = lines.findIndex((l, i) => i > from && (l.kind === 'roman' || l.kind === 'end'));
    const start = lines[from] as Extract<Line, { kind: 'roman' }>;
    return { from, to: after < 0 ? lines.length : after, title: `${start.roman}. ${start.text}` };
  }
  return { from: 0, to: textEnd, title: null };
}

// A source line at least this long ran to the right margin: the text goes on in the next line.
const FULL_LINE = 70;

/**
 * Does `next` continue a heading whose text so far is `heading` and whose last source line was
 * `lastLine` characters long (no blank line between)? A short heading line followed by a capital
 * starts the paragraph under it; a full-width one was wrapped.
 */
function continuesHeading(heading: string, lastLine: number, next: string): boolean {
  if (isLower(next) || /[,\-–]$|\s(và|của|với|các)$/u.test(heading)) return true;
  return lastLine >= FULL_LINE && !/[.:;)]$/.test(heading);
}

/** Joins wrapped lines into headings, bullet items and paragraphs. */
function toBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let sawBlank = false;
  let lastLine = 0; // length of the previous source line
  const push = (b: Block): void => {
    blocks.push(b);
    current = b;
  };
  for (const line of lines) {
    if (line.kind === 'skip') continue;
    if (line.kind === 'blank' || line.kind === 'end') {
      sawBlank = true;
      continue;
    }
    const cur = current as Block | null;
    if (line.kind === 'roman') push({ kind: 'roman', roman: line.roman, text: line.text });
    else if (line.kind === 'heading') push({ kind: 'heading', style: line.style, label: line.label, text: line.text });
    else if (line.kind === 'bullet') {
      // "chính trị\n- xã hội": a hyphen that breaks a compound word, not a new item.
      const joins =
        cur !== null && cur.kind !== 'roman' && !sawBlank && isLower(line.text) && !/[.;:!?)]$/.test(cur.text);
      if (joins) cur.text += ` - ${line.text}`;
      else push({ kind: 'bullet', marker: line.marker, text: line.text });
    } else {
      const startsLow = isLower(line.text) || /^[(,;.:]/.test(line.text);
      const joins =
        cur !== null &&
        cur.kind !== 'roman' &&
        (sawBlank ? startsLow : cur.kind !== 'heading' || continuesHeading(cur.text, lastLine, line.text));
      if (joins) cur.text += ` ${line.text}`;
      else push({ kind: 'para', marker: '', text: line.text });
    }
    sawBlank = false;
    lastLine = line.width;
  }
  return blocks;
}

/** Splits "Ban Tuyên giáo Tỉnh ủy chủ trì, …" or "Ban Tuyên giáo Tỉnh ủy: …" into body and content. */
function splitSubject(text: string): { unit: string; content: string } | null {
  let verbAt = -1;
  for (const verb of VERBS) {
    let at = text.indexOf(` ${verb}`);
    while (at > 0) {
      const before = text.slice(0, at).split(' ').pop() ?? '';
      if (!NOT_BEFORE_VERB.has(before)) break;
      at = text.indexOf(` ${verb}`, at + 1);
    }
    if (at > 0 && (verbAt < 0 || at < verbAt)) verbAt = at;
  }
  const colon = text.indexOf(':');
  const useColon = colon > 0 && (verbAt < 0 || colon < verbAt) && text.slice(colon + 1).trim() !== '';
  const end = useColon ? colon : verbAt;
  if (end <= 0) return null;
  const unit = text.slice(0, end).trim().replace(/,$/, '');
  if (!/^\p{Lu}/u.test(unit) || unit.split(' ').length > 40) return null;
  return { unit, content: useColon ? text.slice(colon + 1).trim() : text };
}

const tidy = (s: string): string => collapse(s).replace(/[\s.,;:]+$/, '');

export function extractTasks(planText: string, opts?: { ref?: string }): ExtractResult {
  // A plan pasted from a PDF (a blank line after every line) is first given back its paragraphs.
  const lines = cleanPastedText(planText).split(/\r\n|\r|\n/).map(classify);
  const section = findSection(lines);
  const warnings: string[] = [];
  if (section.title === null) {
    warnings.push('Không thấy mục "NHIỆM VỤ CỤ THỂ", "PHÂN CÔNG NHIỆM VỤ" hay "TỔ CHỨC THỰC HIỆN"; đã đọc toàn văn bản');
  } else if (!foldForSearch(section.title).includes(TASK_SECTIONS[0])) {
    warnings.push(`Không thấy mục "NHIỆM VỤ CỤ THỂ"; đã đọc mục "${section.title}"`);
  }

  const blocks = toBlocks(lines.slice(section.from, section.to));
  const tasks: ExtractedTask[] = [];
  let roman: string | null = null;
  let path: Array<{ style: HeadingStyle; label: string }> = [];
  let unit: string | null = null;
  const sectionLabel = (): string | null => {
    const parts = [...(roman ? [roman] : []), ...path.map((p) => p.label)];
    return parts.length ? parts.join('.') : null;
  };

  const addTask = (taskUnit: string, text: string): void => {
    const sec = sectionLabel();
    const m = TRAILING_DEADLINE.exec(text);
    const deadlineText = m ? collapse(m[1]) || null : null;
    const content = tidy(m ? text.slice(0, m.index) : text);
    // A line of punctuation alone under a body's heading (";" left by a PDF) is no task.
    if (content === '') return;
    const parsed = deadlineText === null ? null : parseDeadline(deadlineText, opts?.ref);
    if (parsed && !parsed.recognized) {
      warnings.push(`Mục ${sec ?? '?'}: không hiểu thời hạn "${deadlineText}", cần nhập tay`);
    }
    tasks.push({
      unit: taskUnit, section: sec, content, deadlineText,
      due: parsed?.due ?? null, standing: parsed?.standing ?? false,
    });
  };

  // An item with no heading above it: the body must come from the sentence itself.
  const addFromSentence = (text: string, warnIfSkipped: boolean): void => {
    const subject = splitSubject(text);
    if (subject) addTask(subject.unit, subject.content);
    else if (warnIfSkipped) {
      warnings.push(`Mục ${sectionLabel() ?? '?'}: không rõ cơ quan thực hiện, bỏ qua "${snippet(text)}"`);
    }
  };

  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    if (b.kind === 'roman') {
      [roman, path, unit] = [b.roman, [], null];
      return;
    }
    if (b.kind === 'heading') {
      const level = path.findIndex((p) => p.style === b.style);
      path = [...(level < 0 ? path : path.slice(0, level)), { style: b.style, label: b.label }];
      const hasItems = next !== undefined && (next.kind === 'bullet' || next.kind === 'para');
      const isSentence = /[.;)]$/.test(b.text) && b.text.split(' ').length >= 8;
      unit = b.text.replace(/[\s:]+$/, '');
      if (!hasItems && isSentence) addFromSentence(b.text, true);
      return;
    }
    if (/:$/.test(b.text)) return; // introduces the items after it
    if (unit !== null) addTask(unit, b.text);
    // Loose text without a deadline (letterhead, preamble) is skipped quietly.
    else addFromSentence(b.text, TRAILING_DEADLINE.test(b.text));
  });

  if (tasks.length === 0) warnings.push('Không tìm thấy nhiệm vụ nào trong văn bản');
  const units = [...new Set(tasks.map((t) => t.unit))];
  return { tasks, units, warnings };
}
