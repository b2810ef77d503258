/** The answer to "does this template fit this report?", shared by the Word and Excel engines. */
import type { PlaceholderSpec } from './placeholders';

export interface TemplateCheck {
  /** Every placeholder found in the template, in order of first appearance. */
  placeholders: string[];
  /** In the template, but the report does not know them: they will be left blank. */
  unknown: string[];
  /** Required by the report, but absent from the template. */
  missing: string[];
  /** Malformed or misplaced placeholders (Vietnamese): the template cannot be filled until they are fixed. */
  problems: string[];
  /** True when nothing is unknown, missing or malformed. */
  ok: boolean;
}

export function compareWithSpecs(
  placeholders: readonly string[],
  problems: readonly string[],
  expected: readonly PlaceholderSpec[],
): TemplateCheck {
  const found = new Set(placeholders);
  const known = new Set(expected.map((s) => s.name));
  const unknown = placeholders.filter((name) => !known.has(name));
  const missing = expected.filter((s) => s.required && !found.has(s.name)).map((s) => s.name);
  return {
    placeholders: [...placeholders],
    unknown,
    missing,
    problems: [...problems],
    ok: unknown.length === 0 && missing.length === 0 && problems.length === 0,
  };
}

/** The message of a ReportError for a template with problems: the first few, and how many more. */
export function describeProblems(intro: string, problems: readonly string[]): string {
  const shown = problems.slice(0, 5).map((p) => `- ${p}`);
  if (problems.length > shown.length) shown.push(`- … và ${problems.length - shown.length} lỗi khác`);
  return [intro, ...shown].join('\n');
}
