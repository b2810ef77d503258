import type { Db } from '../db/openDatabase';
import type { ReviewTexts } from '../reportData/review';
import { nowIso } from './clock';

const EMPTY: ReviewTexts = { disseminationText: '', resultsText: '', limitsText: '', directionsText: '', proposalsText: '' };

/** The texts a specialist writes for a review report, kept per directive and milestone. */
export function createReportDrafts(db: Db) {
  const select = db.prepare<[number, string], { texts: string; updated_at: string }>(
    'SELECT texts, updated_at FROM report_drafts WHERE directive_id = ? AND milestone = ?');
  const upsert = db.prepare(`INSERT INTO report_drafts (directive_id, milestone, texts, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (directive_id, milestone) DO UPDATE SET texts = excluded.texts, updated_at = excluded.updated_at`);

  function get(directiveId: number, milestone: string): ReviewTexts & { updatedAt: string | null } {
    const row = select.get(directiveId, milestone);
    return row ? { ...EMPTY, ...(JSON.parse(row.texts) as Partial<ReviewTexts>), updatedAt: row.updated_at } : { ...EMPTY, updatedAt: null };
  }

  function save(directiveId: number, milestone: string, texts: ReviewTexts) {
    upsert.run(directiveId, milestone, JSON.stringify(texts), nowIso());
    return get(directiveId, milestone);
  }

  return { get, save };
}

export type ReportDrafts = ReturnType<typeof createReportDrafts>;
