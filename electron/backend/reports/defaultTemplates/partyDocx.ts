/**
 * Building blocks of a Party document (Hướng dẫn 36-HD/VPTW, docs/trade.md) for the default Word templates:
 * A4, Times New Roman, margins 20/20/30/15 mm; the two-column header (superior body, issuing body, "*", the
 * symbol | ĐẢNG CỘNG SẢN VIỆT NAM with its line, the italic place and date); the type and summary; Nơi nhận
 * and the signature block; page numbers in the header from page 2. The office's identity is never written
 * here: only placeholders, which the app fills from the settings.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
  type IParagraphOptions,
} from 'docx';
import JSZip from 'jszip';
import { ensureTableStyles } from '../docxTable';

export const FONT = 'Times New Roman';
const mm = (value: number): number => Math.round((value * 1440) / 25.4);
/** Font sizes in points; docx wants half-points. */
const size = (points: number): number => points * 2;

export type Orientation = 'portrait' | 'landscape';

const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) };

/** Width between the margins, in twips. */
export function textWidth(orientation: Orientation): number {
  return (orientation === 'portrait' ? A4.width : A4.height) - MARGIN.left - MARGIN.right;
}

/** Paragraph styles of the templates, which an office can restyle in Word. */
export const STYLES = { body: 'VTNoiDung', label: 'VTMuc', recipients: 'VTNoiNhan' } as const;

/** Width of "ĐẢNG CỘNG SẢN VIỆT NAM" in Times New Roman bold 15 pt (measured on a render), for its line. */
const PARTY_NAME_WIDTH = mm(73);

interface RunOptions {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

export function run(text: string, options: RunOptions = {}): TextRun {
  return new TextRun({ text, font: FONT, size: size(options.size ?? 14), bold: options.bold, italics: options.italics });
}

/** A line of text, centered unless told otherwise, with no spacing around it. */
export function line(text: string, options: RunOptions & Pick<IParagraphOptions, 'alignment' | 'spacing'> = {}): Paragraph {
  return new Paragraph({
    alignment: options.alignment ?? AlignmentType.CENTER,
    spacing: options.spacing ?? { before: 0, after: 0 },
    children: text === '' ? [] : [run(text, options)],
  });
}

/** The line under ĐẢNG CỘNG SẢN VIỆT NAM: an empty, very low paragraph with a top border as long as the text. */
function ruleUnder(textLength: number, cellWidth: number): Paragraph {
  const indent = Math.max(0, Math.round((cellWidth - textLength) / 2));
  return new Paragraph({
    indent: { left: indent, right: indent },
    spacing: { before: 0, after: 0, line: 40, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    children,
  });
}

export function borderlessTable(widths: number[], rows: Paragraph[][][]): Table {
  return new Table({
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map((cells) => new TableRow({ cantSplit: true, children: cells.map((children, i) => cell(widths[i]!, children)) })),
  });
}

/** The two-column header: bodies, "*" and the number on the left; the Party's name and the date on the right. */
export function partyHeader(orientation: Orientation): Table {
  const total = textWidth(orientation);
  const left = orientation === 'portrait' ? Math.round(total * 0.42) : Math.round(total * 0.36);
  const right = total - left;
  return borderlessTable(
    [left, right],
    [
      [
        [line('{{co_quan_cap_tren}}'), line('{{co_quan_ban_hanh}}', { bold: true }), line('*')],
        [line('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, size: 15 }), ruleUnder(PARTY_NAME_WIDTH, right)],
      ],
      [
        [line('Số {{so_ky_hieu}}', { spacing: { before: 80, after: 0 } })],
        [line('{{dia_danh_ngay}}', { italics: true, spacing: { before: 80, after: 0 } })],
      ],
    ],
  );
}

/** The type of document in capitals ("BÁO CÁO") and its summary in bold, under the header. */
export function titleBlock(type: string, summary: string): Paragraph[] {
  return [
    line(type, { bold: true, size: 16, spacing: { before: 360, after: 0 } }),
    line(summary, { bold: true }),
    line('-----', { spacing: { before: 0, after: 240 } }),
  ];
}

/** A section label in bold ("I. CÔNG TÁC QUÁN TRIỆT…"). */
export function sectionLabel(text: string): Paragraph {
  return new Paragraph({ style: STYLES.label, children: [new TextRun(text)] });
}

/** A body paragraph holding one placeholder (text or paragraphs). */
export function bodyPlaceholder(name: string): Paragraph {
  return new Paragraph({ style: STYLES.body, children: [new TextRun(`{{${name}}}`)] });
}

/** A paragraph holding a table placeholder. */
export function tablePlaceholder(name: string): Paragraph {
  return new Paragraph({ style: STYLES.body, indent: { firstLine: 0 }, children: [new TextRun(`{{${name}}}`)] });
}

/** Nơi nhận on the left, the signature block on the right; leftShare: the part of the width Nơi nhận takes. */
export function closing(orientation: Orientation, leftShare = orientation === 'portrait' ? 0.45 : 0.5): Table {
  const total = textWidth(orientation);
  const left = Math.round(total * leftShare);
  const signature = (text: string, before = 0): Paragraph => line(text, { bold: true, spacing: { before, after: 0 } });
  return borderlessTable(
    [left, total - left],
    [
      [
        [
          line('Nơi nhận:', { bold: true, italics: true, size: 12, alignment: AlignmentType.LEFT, spacing: { before: 240, after: 0 } }),
          new Paragraph({ style: STYLES.recipients, children: [new TextRun('{{noi_nhan}}')] }),
        ],
        [signature('{{tham_quyen}}', 240), signature('{{chuc_vu}}'), line(''), line(''), line(''), line(''), signature('{{nguoi_ky}}')],
      ],
    ],
  );
}

/** A paragraph that starts a new page. */
export function pageBreakBefore(children: Paragraph): Paragraph[] {
  return [new Paragraph({ pageBreakBefore: true, spacing: { before: 0, after: 0 }, children: [] }), children];
}

const pageNumberHeader = (): Header =>
  new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: size(14) })] })],
  });

/**
 * A section of the document. The first section has no number on its first page (titlePage); every later page
 * shows its number at the top, centered.
 */
export function partySection(orientation: Orientation, children: (Paragraph | Table)[], first: boolean): ISectionOptions {
  return {
    properties: {
      titlePage: first,
      page: {
        size: { width: A4.width, height: A4.height, orientation: orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE },
        margin: MARGIN,
      },
    },
    headers: first ? { default: pageNumberHeader(), first: new Header({ children: [] }) } : { default: pageNumberHeader() },
    children,
  };
}

/** Packs the document with the Party styles, and adds the table styles the engine writes tables with. */
export async function packParty(title: string, sections: ISectionOptions[]): Promise<Buffer> {
  const body = { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: mm(10) }, spacing: { before: 0, after: 120, line: 288 } };
  const doc = new Document({
    title,
    creator: 'Văn thư',
    styles: {
      default: {
        document: {
          run: { font: FONT, size: size(14), language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
      paragraphStyles: [
        { id: STYLES.body, name: 'VT Nội dung', basedOn: 'Normal', quickFormat: true, paragraph: body },
        { id: STYLES.label, name: 'VT Tên mục', basedOn: STYLES.body, next: STYLES.body, quickFormat: true, run: { bold: true }, paragraph: { keepNext: true, spacing: { before: 120, after: 120 } } },
        {
          id: STYLES.recipients,
          name: 'VT Nơi nhận',
          basedOn: 'Normal',
          quickFormat: true,
          run: { size: size(11) },
          paragraph: { alignment: AlignmentType.LEFT, spacing: { before: 0, after: 0 } },
        },
      ],
    },
    sections,
  });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  const styles = await zip.file('word/styles.xml')!.async('string');
  zip.file('word/styles.xml', ensureTableStyles(styles));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
