import { parseDeadline } from '../../../shared/deadline';
import { extractTasks } from '../../../shared/planExtract';
import type { TaskProposal } from '../../../shared/taskSchemas';
import { matchUnits } from '../../../shared/unitMatch';
import { readPlanText } from './planText';
import type { UnitService } from './units';

/**
 * Proposes the tasks of a plan for the clerk to review: bodies matched in the address book (the first
 * one named leads, the others of a joint heading coordinate), each deadline read with its explanation.
 */
export function createTaskExtractService(deps: { units: UnitService }) {
  /** Proposals for a plan's text; `ref` (the plan's date) gives the year to deadlines written without one. */
  function propose(text: string, ref?: string) {
    const result = extractTasks(text, { ref });
    const book = deps.units.list();
    const tasks: TaskProposal[] = result.tasks.map((t) => {
      const matched = matchUnits(t.unit, book);
      const parsed = t.deadlineText ? parseDeadline(t.deadlineText, ref) : null;
      return {
        section: t.section ?? '', unitText: t.unit, leadUnitId: matched[0] ?? null, coordinatingUnitIds: matched.slice(1),
        content: t.content, deadlineText: t.deadlineText ?? '', due: t.due, standing: t.standing,
        recognized: parsed?.recognized ?? false,
        explanation: parsed?.explanation ?? 'Kế hoạch không ghi thời hạn, cần nhập tay nếu có',
      };
    });
    return { tasks, units: result.units, warnings: result.warnings };
  }

  async function extract(input: { text?: string; docxBase64?: string; ref?: string }) {
    const docx = input.docxBase64 ? Buffer.from(input.docxBase64, 'base64') : undefined;
    return propose(await readPlanText({ text: input.text, docx }), input.ref);
  }

  return { propose, extract };
}

export type TaskExtractService = ReturnType<typeof createTaskExtractService>;
