/**
 * A table value as WordprocessingML, written straight as text: the docx library's Table objects take about
 * 50 s for a 20,000-row register book, this takes well under a second. Cell text uses two paragraph styles
 * the template can redefine in Word ("VT Bảng - tiêu đề cột", "VT Bảng - nội dung"); ensureTableStyles adds
 * them to a template that lacks them.
 */
import { escapeXml } from './docxXml';
import { cellText, rowShape, type TableColumn, type TableValue } from './values';

export const TABLE_STYLE_IDS = { header: 'VTBangTieuDe', body: 'VTBangNoiDung' } as const;

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';
const TABLE_BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${BORDER}/>`).join('');
const BOLD = '<w:rPr><w:b/><w:bCs/></w:rPr>';
const STRIKE = '<w:rPr><w:strike/></w:rPr>';

/** A word holding a "/" (a symbol: "1274-SY/VPTU", "123/QĐ-UBND"), whose hyphens must not end a line. */
const SYMBOL_WORD = /[^\s/]*\/\S*/g;

/** A line's text elements; the hyphens of symbols are non-breaking, so a symbol never splits over two lines. */
function lineXml(line: string): string {
  const text = `<w:t xml:space="preserve">${escapeXml(line)}</w:t>`;
  if (!line.includes('-') || !line.includes('/')) return text;
  return text.replace(SYMBOL_WORD, (word) => word.replaceAll('-', '</w:t><w:noBreakHyphen/><w:t xml:space="preserve">'));
}

/** The runs of a text: "\n" becomes a line break. */
function runs(text: string, rPr: string): string {
  if (text === '') return '';
  return `<w:r>${rPr}${text.split('\n').map(lineXml).join('<w:br/>')}</w:r>`;
}

/** Splits `total` twips over the columns in proportion to their widths. */
export function columnWidths(columns: readonly TableColumn[], total: number): number[] {
  const sum = columns.reduce((s, c) => s + Math.max(c.width, 0.1), 0);
  const widths = columns.map((c) => Math.floor((Math.max(c.width, 0.1) / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((s, w) => s + w, 0);
  return widths;
}

function paragraph(style: string, align: string, content: string, extra = ''): string {
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/>${extra}<w:jc w:val="${align}"/></w:pPr>${content}</w:p>`;
}

const JC: Record<string, string> = { left: 'left', center: 'center', right: 'right' };

/** The table, `totalWidth` twips wide (the width between the margins). */
export function tableXml(value: TableValue, totalWidth: number): string {
  const { columns } = value;
  const widths = columnWidths(columns, totalWidth);
  const out: string[] = [];
  out.push(
    `<w:tbl><w:tblPr><w:tblW w:w="${totalWidth}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${TABLE_BORDERS}</w:tblBorders>`,
    '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>',
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>',
    ...widths.map((w) => `<w:gridCol w:w="${w}"/>`),
    '</w:tblGrid>',
  );

  const headerRowStart = `<w:tr><w:trPr><w:cantSplit/>${value.repeatHeader === false ? '' : '<w:tblHeader/>'}</w:trPr>`;
  const headerCell = (i: number, content: string): string =>
    `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>${paragraph(TABLE_STYLE_IDS.header, 'center', content)}</w:tc>`;
  out.push(headerRowStart, ...columns.map((c, i) => headerCell(i, runs(c.header, ''))), '</w:tr>');
  if (value.columnNumbers) out.push(headerRowStart, ...columns.map((_, i) => headerCell(i, runs(`(${i + 1})`, ''))), '</w:tr>');

  // Everything of a body cell but its text, worked out once per column. Body cells take their width from the
  // grid (the layout is fixed) and left alignment from their style: 20,000 rows are 200,000 cells.
  const cellOpen = columns.map((c) => {
    const jc = c.align && c.align !== 'left' ? `<w:jc w:val="${JC[c.align]}"/>` : '';
    return `<w:tc><w:p><w:pPr><w:pStyle w:val="${TABLE_STYLE_IDS.body}"/>${jc}</w:pPr>`;
  });
  const headingOpen = `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="${totalWidth}" w:type="dxa"/><w:gridSpan w:val="${columns.length}"/></w:tcPr>`;
  for (const row of value.rows) {
    const shape = rowShape(row);
    if ('heading' in shape) {
      out.push(headingOpen, paragraph(TABLE_STYLE_IDS.body, 'left', runs(shape.heading, BOLD), '<w:keepNext/>'), '</w:tc></w:tr>');
      continue;
    }
    const rPr = shape.bold ? BOLD : shape.struck ? STRIKE : '';
    out.push('<w:tr><w:trPr><w:cantSplit/></w:trPr>');
    for (let i = 0; i < columns.length; i++) {
      out.push(cellOpen[i]!, runs(cellText(shape.cells[i] ?? null, columns[i]!.numberFormat), rPr), '</w:p></w:tc>');
    }
    out.push('</w:tr>');
  }
  out.push('</w:tbl>');
  return out.join('');
}

const STYLE_DEFINITIONS =
  `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${TABLE_STYLE_IDS.body}"><w:name w:val="VT Bảng - nội dung"/><w:qFormat/>` +
  '<w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/><w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr>' +
  '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>' +
  `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${TABLE_STYLE_IDS.header}"><w:name w:val="VT Bảng - tiêu đề cột"/><w:basedOn w:val="${TABLE_STYLE_IDS.body}"/><w:qFormat/>` +
  '<w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>';

/** styles.xml with the two table styles added, unless it has them already. */
export function ensureTableStyles(stylesXml: string): string {
  if (stylesXml.includes(`w:styleId="${TABLE_STYLE_IDS.body}"`)) return stylesXml;
  const at = stylesXml.lastIndexOf('</w:styles>');
  return at < 0 ? stylesXml : stylesXml.slice(0, at) + STYLE_DEFINITIONS + stylesXml.slice(at);
}
