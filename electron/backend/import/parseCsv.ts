// CSV records as Excel writes them: quoted fields with doubled quotes and line breaks inside, the
// separator Excel used for the machine's list separator (',' or ';', tab for "Text" files).

/** The separator: the candidate found most often outside quotes in the first line. */
function guessSeparator(text: string): string {
  const firstLine = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
  let best = ',';
  let bestCount = -1;
  for (const sep of [',', ';', '\t']) {
    const count = firstLine.split(sep).length - 1;
    if (count > bestCount) [best, bestCount] = [sep, count];
  }
  return best;
}

/** The records of a CSV text; record i is the sheet's row i + 1 when Excel opens the file. */
export function parseCsv(text: string): string[][] {
  const sep = guessSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
