import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PLAN_21_KH_TW } from '../../electron/backend/sample/plan21Text';

describe('the sample copy of Kế hoạch 21-KH/TW', () => {
  it('is the same text as the test fixture (the seed document)', () => {
    const fixture = readFileSync(fileURLToPath(new URL('../fixtures/plan-21-KH-TW.txt', import.meta.url)), 'utf8');
    expect(PLAN_21_KH_TW).toBe(fixture);
  });
});
