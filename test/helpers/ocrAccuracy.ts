// Character accuracy of OCR against the source text: 1 − (edit distance / source length), both with runs of
// whitespace made one space (line breaks and layout are not what OCR is judged on).

const normalize = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length];
}

export function characterAccuracy(recognised: string, source: string): number {
  const s = normalize(source);
  return s.length === 0 ? 0 : Math.max(0, 1 - editDistance(normalize(recognised), s) / s.length);
}
