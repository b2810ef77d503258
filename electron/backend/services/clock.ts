/** Local calendar date (yyyy-mm-dd) and timestamps; one place so tests can reason about "today". */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function nowIso(): string {
  return new Date().toISOString();
}
