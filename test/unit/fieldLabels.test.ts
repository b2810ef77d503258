import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../shared/contract';
import { fieldLabel } from '../../shared/fieldLabels';
import { createDispatcher } from '../../electron/backend/dispatcher';

/** The keys of an input schema's objects, nested ones included (a patch, a list of tasks). */
function keysOf(schema: z.ZodType): string[] {
  const def = (schema as unknown as { _zod: { def: { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; options?: z.ZodType[]; in?: z.ZodType } } })._zod.def;
  if (def.type === 'object' && def.shape) return Object.entries(def.shape).flatMap(([k, v]) => [k, ...keysOf(v)]);
  const inner = def.innerType ?? def.element ?? def.in;
  if (inner) return keysOf(inner);
  if (def.options) return def.options.flatMap(keysOf);
  return [];
}

// Keys that never reach a message: they are not typed by a clerk, or the message names them itself.
const TECHNICAL = new Set(['id', 'patch', 'offset', 'limit', 'sort', 'order', 'format', 'confirmJump', 'contentBase64', 'fileName', 'actor', 'onlyPending', 'includeCancelled']);

describe('field names in messages and in the history', () => {
  it('names every field of the outgoing and copy calls in Vietnamese, never by its API key', () => {
    const methods = Object.keys(contract).filter((m) => m.startsWith('outgoing.') || m.startsWith('copies.'));
    expect(methods.length).toBeGreaterThan(5);
    const unnamed = new Set<string>();
    for (const m of methods) {
      for (const key of keysOf(contract[m as keyof typeof contract].input)) {
        if (!TECHNICAL.has(key) && fieldLabel(key, 'outgoing') === key) unnamed.add(`${m}: ${key}`);
      }
    }
    expect([...unnamed]).toEqual([]);
  });

  it('an outgoing field too long is named as the outgoing register names it', async () => {
    const dispatch = createDispatcher({} as never);
    const r = await dispatch('outgoing.update', { id: 1, patch: { archiveHolder: 'x'.repeat(5000), copies: -1 } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toContain('Đơn vị, người nhận bản lưu: ');
      expect(r.error.message).not.toContain('archiveHolder');
    }
  });
});
