/** "Nơi nhận" typed one per line: the lines, trimmed, without the empty ones. */
export function linesOf(text: string | undefined): string[] {
  return (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
}
