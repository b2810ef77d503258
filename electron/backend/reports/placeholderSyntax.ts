/**
 * The placeholder syntax shared by Word and Excel templates: `{{name}}`, where name is ASCII snake_case
 * (lower-case letters, digits, "_", starting with a letter). Spaces just inside the braces are allowed
 * (`{{ name }}`). Anything else between "{{" and "}}", or a "{{" without its "}}" (and the reverse), is a
 * problem the user must fix in the template.
 */

export const PLACEHOLDER_NAME = /^[a-z][a-z0-9_]*$/;

export interface PlaceholderOccurrence {
  name: string;
  /** Offsets of "{{" and just after "}}" in the scanned text. */
  start: number;
  end: number;
}

export interface SyntaxScan {
  occurrences: PlaceholderOccurrence[];
  /** Vietnamese descriptions of malformed placeholders. */
  problems: string[];
}

const CONTEXT = 25;

function excerpt(text: string, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

/** Finds the placeholders of one paragraph or cell, and what is malformed in it. */
export function scanPlaceholders(text: string): SyntaxScan {
  const occurrences: PlaceholderOccurrence[] = [];
  const problems: string[] = [];
  let at = 0;
  for (;;) {
    const open = text.indexOf('{{', at);
    const close = text.indexOf('}}', at);
    if (open < 0 && close < 0) break;
    if (open < 0 || (close >= 0 && close < open)) {
      problems.push(`Thừa dấu "}}" không có "{{" mở đầu: «${excerpt(text, close, close + 2)}»`);
      at = close + 2;
      continue;
    }
    const end = text.indexOf('}}', open + 2);
    const nextOpen = text.indexOf('{{', open + 2);
    if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
      problems.push(`Thiếu dấu "}}" đóng chỗ điền: «${excerpt(text, open, open + 2)}»`);
      at = open + 2;
      continue;
    }
    const name = text.slice(open + 2, end).trim();
    if (PLACEHOLDER_NAME.test(name)) {
      occurrences.push({ name, start: open, end: end + 2 });
    } else {
      problems.push(
        `Tên chỗ điền «{{${text.slice(open + 2, end)}}}» không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch dưới (ví dụ {{trich_yeu}})`,
      );
    }
    at = end + 2;
  }
  return { occurrences, problems };
}
