import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { proposalToTask, type Task, type TaskProposal } from '../../shared/taskSchemas';
import { NQ43, ok } from './tempBackend';

export const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');

/** Registers Nghị quyết 43-NQ/TW and returns its entry id. */
export async function registerDirective(b: Backend): Promise<number> {
  return (await ok(b, 'incoming.register', NQ43)).entry.id;
}

/** The id of a body of the address book, by its full name. */
export async function unitId(b: Backend, name: string): Promise<number> {
  const found = (await ok(b, 'units.list', { q: name })).find((u: { name: string }) => u.name === name);
  expect(found, name).toBeDefined();
  return found.id;
}

/** Extracts a plan's tasks and accepts every proposal as it stands. */
export async function acceptPlan(b: Backend, directiveId: number, planText: string, ref = '2023-11-28', today?: string): Promise<Task[]> {
  const { tasks } = await ok(b, 'tasks.extract', { text: planText, ref });
  const created = await ok(b, 'tasks.createMany', { directiveId, tasks: (tasks as TaskProposal[]).map(proposalToTask) });
  return today ? (await ok(b, 'tasks.list', { directiveId, today })).items : created;
}

/** A minimal task for the tests that build their own. */
export const simpleTask = (content: string, extra: Record<string, unknown> = {}) => ({ content, leadText: 'Ban Dân vận Tỉnh ủy', ...extra });
