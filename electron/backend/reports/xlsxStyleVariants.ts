/**
 * Cell styles derived from the styles ExcelJS wrote: the same font, borders and alignment with a date or
 * percent format, or marked as text (quotePrefix). The table rows are written as XML after ExcelJS (see
 * xlsxRows), and ExcelJS cannot write quotePrefix at all, so the variants are appended to styles.xml here,
 * each once, when a cell first needs it.
 */

export interface StyleChange {
  /** A number format code ("dd/mm/yyyy", "0.0%"). */
  numFmt?: string;
  /** Text that Excel must keep as text even when it begins with "=", "+", "-" or "@". */
  quotePrefix?: boolean;
}

/** The first id Excel leaves to a workbook's own number formats. */
const FIRST_CUSTOM_NUMFMT = 164;

const CELL_XFS = /<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/;
const XF = /<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g;
const NUM_FMTS = /<numFmts count="\d+">([\s\S]*?)<\/numFmts>/;

function setAttribute(openTag: string, name: string, value: string): string {
  const present = new RegExp(`\\s${name}="[^"]*"`);
  if (present.test(openTag)) return openTag.replace(present, ` ${name}="${value}"`);
  return openTag.replace(/^<xf\b/, `<xf ${name}="${value}"`);
}

export class StyleVariants {
  private readonly xfs: string[];
  private readonly numFmts = new Map<string, number>();
  private readonly added: string[] = [];
  private readonly addedFormats: string[] = [];
  private readonly byKey = new Map<string, string>();
  private nextNumFmt = FIRST_CUSTOM_NUMFMT;

  constructor(private readonly stylesXml: string) {
    this.xfs = (CELL_XFS.exec(stylesXml)?.[1] ?? '').match(XF) ?? [];
    for (const m of (NUM_FMTS.exec(stylesXml)?.[1] ?? '').matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)) {
      this.numFmts.set(m[2]!, Number(m[1]));
      this.nextNumFmt = Math.max(this.nextNumFmt, Number(m[1]) + 1);
    }
  }

  /** The style number of `base` (a cellXfs index; none = 0) changed as asked. */
  variant(base: string | undefined, change: StyleChange): string {
    const key = `${base ?? '0'}|${change.numFmt ?? ''}|${change.quotePrefix ? 1 : 0}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const source = this.xfs[Number(base ?? 0)] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    // The opening tag without its closing "/>" or ">", which stay in `rest` with any children.
    let open = /^<xf\b[^>]*?(?=\/?>)/.exec(source)![0];
    const rest = source.slice(open.length);
    if (change.numFmt !== undefined) {
      open = setAttribute(setAttribute(open, 'numFmtId', String(this.numFmtId(change.numFmt))), 'applyNumberFormat', '1');
    }
    if (change.quotePrefix) open = setAttribute(open, 'quotePrefix', '1');
    const index = String(this.xfs.length + this.added.length);
    this.added.push(open + rest);
    this.byKey.set(key, index);
    return index;
  }

  private numFmtId(code: string): number {
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = this.nextNumFmt++;
      this.numFmts.set(code, id);
      this.addedFormats.push(`<numFmt numFmtId="${id}" formatCode="${code}"/>`);
    }
    return id;
  }

  /** Whether any variant was made (styles.xml then needs writing back). */
  get changed(): boolean {
    return this.added.length > 0;
  }

  /** styles.xml with the variants and their number formats. */
  xml(): string {
    let xml = this.stylesXml.replace(CELL_XFS, (_, body: string) => `<cellXfs count="${this.xfs.length + this.added.length}">${body}${this.added.join('')}</cellXfs>`);
    if (this.addedFormats.length === 0) return xml;
    const existing = NUM_FMTS.exec(xml);
    if (existing) {
      const all = existing[1]! + this.addedFormats.join('');
      const count = (all.match(/<numFmt\b/g) ?? []).length;
      xml = xml.replace(NUM_FMTS, `<numFmts count="${count}">${all}</numFmts>`);
    } else {
      const at = xml.indexOf('>', xml.indexOf('<styleSheet')) + 1;
      xml = `${xml.slice(0, at)}<numFmts count="${this.addedFormats.length}">${this.addedFormats.join('')}</numFmts>${xml.slice(at)}`;
    }
    return xml;
  }
}
