/**
 * The benchmark's baseline: the register book written by docxtemplater from an equivalent template.
 *
 * The docxtemplater template is the default Word template of the register book with its placeholders turned
 * into docxtemplater tags ({co_quan_cap_tren}, …), "Nơi nhận" into a paragraph loop, and the table
 * placeholder into the same table (same header rows, widths and styles) whose one body row is a loop:
 * {#rows}{ngay_den} | {so_den} | … | {ghi_chu}{/rows}. It is built once, then reused.
 */
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import type { RegisterBookModel, RegisterBookRow, ReportHeader } from '../shared/reportModels';
import { registerBookDocxTemplate } from '../electron/backend/reports/defaultTemplates/registerBookDocx';
import { fillDocx } from '../electron/backend/reports/docxTemplate';
import { formatDate } from '../electron/backend/reports/format';
import { REGISTER_BOOK_COLUMNS, registerBookValues } from '../electron/backend/reports/renderRegisterBook';
import { isParagraphsValue, isTableValue, table, textOf, type PlaceholderValue } from '../electron/backend/reports/values';

const ROW_FIELDS = ['ngay_den', 'so_den', 'tac_gia', 'so_ky_hieu', 'ngay_van_ban', 'trich_yeu', 'don_vi_nhan', 'ngay_chuyen', 'ky_nhan', 'ghi_chu'];

const DEFAULT_HEADER: ReportHeader = {
  office: { superiorBody: 'Tỉnh ủy Lạng Sơn', issuingBody: 'Văn phòng', issuerCode: 'VPTU', placeName: 'Lạng Sơn' },
  signer: { authority: 'K/T Chánh Văn phòng', position: 'Phó Chánh Văn phòng', name: 'Hoàng Văn Minh' },
  symbol: '',
  date: '2024-02-15',
  recipients: ['Thường trực Tỉnh ủy (b/c)', 'Lưu VPTU'],
};

function modelOf(rows: readonly RegisterBookRow[], header: ReportHeader): RegisterBookModel {
  const first = rows[0];
  const last = rows[rows.length - 1];
  return {
    header,
    bookName: 'Sổ đăng ký văn bản đến',
    year: Number((first?.arrivalDate ?? header.date).slice(0, 4)),
    fromDate: first?.arrivalDate ?? '',
    toDate: last?.arrivalDate ?? '',
    firstNumber: first?.arrivalNumber ?? null,
    lastNumber: last?.arrivalNumber ?? null,
    volume: null,
    rows: [...rows],
  };
}

/** The docxtemplater tag standing for a placeholder of the default template. */
function tagFor(name: string, value: PlaceholderValue): PlaceholderValue {
  if (isTableValue(value)) {
    const loop = ROW_FIELDS.map((field, i) => `${i === 0 ? '{#rows}' : ''}{${field}}${i === ROW_FIELDS.length - 1 ? '{/rows}' : ''}`);
    return table(REGISTER_BOOK_COLUMNS, [loop], { columnNumbers: value.columnNumbers });
  }
  return isParagraphsValue(value) ? `{#${name}}{.}{/${name}}` : `{${name}}`;
}

let template: Promise<Buffer> | undefined;

async function buildTemplate(): Promise<Buffer> {
  const sample = registerBookValues(modelOf([], DEFAULT_HEADER));
  const tags = Object.fromEntries(Object.entries(sample).map(([name, value]) => [name, tagFor(name, value)]));
  return fillDocx(await registerBookDocxTemplate(), tags);
}

export async function docxtemplaterRegisterBook(rows: readonly RegisterBookRow[], header: ReportHeader = DEFAULT_HEADER): Promise<Buffer> {
  template ??= buildTemplate();
  const values = registerBookValues(modelOf(rows, header));
  const data: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (isParagraphsValue(value)) data[name] = value.paragraphs;
    else if (!isTableValue(value)) data[name] = textOf(value);
  }
  data.rows = rows.map((r) => ({
    ngay_den: formatDate(r.arrivalDate),
    so_den: String(r.arrivalNumber),
    tac_gia: r.issuer,
    so_ky_hieu: r.symbol,
    ngay_van_ban: formatDate(r.documentDate),
    trich_yeu: r.typeAndAbstract,
    don_vi_nhan: r.handlingUnit,
    ngay_chuyen: formatDate(r.forwardedDate),
    ky_nhan: r.receivedBy,
    ghi_chu: r.notes,
  }));
  const doc = new Docxtemplater(new PizZip(await template), { paragraphLoop: true, linebreaks: true, nullGetter: () => '' });
  doc.render(data);
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
