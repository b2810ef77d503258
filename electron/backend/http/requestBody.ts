import type http from 'node:http';

/** The largest API call body: an attachment of 200 MB as base64 (about 267 MB) with its JSON around it. */
export const MAX_BODY = 300 * 1024 * 1024;

export type BodyRead = { ok: true; body: Buffer } | { ok: false; status: 413; message: string };

const tooLarge = (max: number): BodyRead => ({
  ok: false,
  status: 413,
  message: `Dữ liệu gửi lên lớn quá ${Math.round(max / (1024 * 1024))} MB (tệp đính kèm tối đa 200 MB). Không có gì được lưu.`,
});

/**
 * Reads a request body of at most `max` bytes. A Content-Length over the limit is answered before a byte
 * is read; a body that grows past it without saying so stops being kept. In both cases the rest is read
 * and dropped, so the client gets the answer instead of a reset connection.
 */
export function readRequestBody(req: http.IncomingMessage, max = MAX_BODY): Promise<BodyRead> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) {
    req.resume();
    return Promise.resolve(tooLarge(max));
  }
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] | null = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (!chunks) return;
      size += chunk.length;
      if (size > max) {
        chunks = null;
        resolve(tooLarge(max));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (chunks) resolve({ ok: true, body: Buffer.concat(chunks) });
    });
    req.on('error', reject);
  });
}
