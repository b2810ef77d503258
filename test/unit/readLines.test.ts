import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../renderer/src/api/readLines';
import type { JobProgress } from '../../shared/progress';

// Browser mode's long calls answer in lines: progress, then the result holding the file. However the bytes
// are cut into chunks (inside a line, inside a multi-byte letter, right at a line break), the listener hears
// every progress line once and in order, and the result comes whole.

function streamOf(bytes: Uint8Array, cuts: number[]): ReadableStream<Uint8Array> {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces = [0, ...at, bytes.length].slice(1).map((end, i, ends) => bytes.subarray(i === 0 ? 0 : ends[i - 1]!, end));
  return new ReadableStream({
    start(controller) {
      for (const p of pieces) if (p.length) controller.enqueue(p);
      controller.close();
    },
  });
}

const progressArb = fc.record({ done: fc.nat(50), total: fc.nat(50), label: fc.string({ unit: 'grapheme', maxLength: 30 }) });

describe('readLines', () => {
  it('hears every progress line and the whole result, however the answer is cut', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(progressArb, { maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 400 }),
      fc.array(fc.nat(), { maxLength: 40 }),
      async (progress, content, cuts) => {
        const result = { ok: true, value: { contentBase64: content, summary: 'Sổ đăng ký văn bản đến' } };
        const text = [...progress.map((p) => JSON.stringify({ progress: p })), JSON.stringify(result)].join('\n') + '\n';
        const heard: JobProgress[] = [];
        const got = await readLines(streamOf(new TextEncoder().encode(text), cuts), (p) => heard.push(p));
        expect(heard).toEqual(progress);
        expect(got).toEqual(result);
      },
    ), { numRuns: 300 });
  });

  it('gives null when the answer ends before its result line', async () => {
    const text = `${JSON.stringify({ progress: { done: 1, total: 3, label: 'Đang đọc sổ…' } })}\n{"ok":tr`;
    const heard: JobProgress[] = [];
    expect(await readLines(streamOf(new TextEncoder().encode(text), [5, 40]), (p) => heard.push(p))).toBeNull();
    expect(heard).toEqual([{ done: 1, total: 3, label: 'Đang đọc sổ…' }]);
  });

  it('reads a result of megabytes cut into 64 KB chunks', async () => {
    // A register book as base64 arrives in some 60 chunks before its line ends.
    const result = { ok: true, value: { contentBase64: 'QUJD'.repeat(1_000_000) } };
    const bytes = new TextEncoder().encode(`${JSON.stringify(result)}\n`);
    const cuts = Array.from({ length: Math.ceil(bytes.length / 65_536) }, (_, i) => i * 65_536);
    const got = (await readLines(streamOf(bytes, cuts))) as typeof result;
    expect(got.value.contentBase64.length).toBe(4_000_000);
  });
});
