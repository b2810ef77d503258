import type { Db } from '../db/openDatabase';
import type { ReviewTexts } from '../reportData/review';
import { sectionStates } from '../../../shared/reviewSections';
import { nowIso } from './clock';

const EMPTY: ReviewTexts = {
  openingText: '', disseminationText: '', resultsText: '', limitsText: '', lessonsText: '', directionsText: '', proposalsText: '',
};

/** The texts a specialist writes for a review report, kept per directive and milestone. */
export function createReportDrafts(db: Db) {
  const select = db.prepare<[number, string], { texts: string; updated_at: string }>(
    'SELECT texts, updated_at FROM report_drafts WHERE directive_id = ? AND milestone = ?');
  const upsert = db.prepare(`INSERT INTO report_drafts (directive_id, milestone, texts, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (directive_id, milestone) DO UPDATE SET texts = excluded.texts, updated_at = excluded.updated_at`);

  function get(directiveId: number, milestone: string): ReviewTexts & { updatedAt: string | null } {
    const row = select.get(directiveId, milestone);
    if (!row) return { ...EMPTY, updatedAt: null };
    // Keep only the known fields: a draft saved by another version may hold more or fewer.
    const stored = JSON.parse(row.texts) as Partial<Record<keyof ReviewTexts, unknown>>;
    const texts = Object.fromEntries(Object.keys(EMPTY).map((k) => [k, typeof stored[k as keyof ReviewTexts] === 'string' ? stored[k as keyof ReviewTexts] : '']));
    return { ...(texts as ReviewTexts), updatedAt: row.updated_at };
  }

  function save(directiveId: number, milestone: string, texts: ReviewTexts) {
    upsert.run(directiveId, milestone, JSON.stringify(texts), nowIso());
    return get(directiveId, milestone);
  }

  /** Which parts are written in the saved draft (the others print as placeholders). */
  function sections(directiveId: number, milestone: string) {
    return sectionStates(get(directiveId, milestone));
  }

  return { get, save, sections };
}

export type ReportDrafts = ReturnType<typeof createReportDrafts>;
