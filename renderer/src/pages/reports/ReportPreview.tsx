import { Alert, Empty, Segmented, Spin } from 'antd';
import { renderAsync } from 'docx-preview';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { base64ToBytes, mimeOf } from './files';
import { readWorkbook, type Sheet } from './xlsxPreview';

export interface PreviewFile {
  fileName: string;
  format: 'docx' | 'xlsx';
  contentBase64: string;
}

/** "fit" follows the pane's width; numbers are fixed zooms. */
type Zoom = 'fit' | number;

/** Width of an A4 portrait page at 96 dpi plus the gutter around it: what "fit" aims at. */
const PAGE_BOX = 794 + 2 * 16;

/**
 * The generated report shown in the page before it is saved. Word: the document itself rendered by
 * docx-preview (pages of A4, fitted to the pane's width). Excel: each sheet as an HTML table read from
 * the workbook (text, merges, widths, bold), so what the clerk sees is the file that will be saved.
 */
export function ReportPreview({ file }: { file: PreviewFile }) {
  return file.format === 'docx' ? <WordPreview file={file} /> : <ExcelPreview file={file} />;
}

function WordPreview({ file }: { file: PreviewFile }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const styleRef = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [rendering, setRendering] = useState(true);
  const [zoom, setZoom] = useState<Zoom>('fit');
  const [fit, setFit] = useState(1);
  const [pageWidth, setPageWidth] = useState(PAGE_BOX);

  useEffect(() => {
    let cancelled = false;
    const body = bodyRef.current!;
    const style = styleRef.current!;
    setRendering(true);
    setError(null);
    body.replaceChildren();
    style.replaceChildren();
    const blob = new Blob([base64ToBytes(file.contentBase64)], { type: mimeOf(file.fileName) });
    renderAsync(blob, body, style, {
      className: 'docx',
      inWrapper: true,
      breakPages: true,
      ignoreLastRenderedPageBreak: true,
      renderHeaders: true,
      renderFooters: true,
      // Images and fonts as data: URLs, which the page's Content-Security-Policy allows.
      useBase64URL: true,
      renderAltChunks: false,
      renderComments: false,
      experimental: true,
    })
      .then(() => {
        if (cancelled) return;
        // Fit the first page (A4 portrait, or landscape for the register book); wider appendix pages scroll.
        const first = body.querySelector<HTMLElement>('section.docx');
        setPageWidth(first ? first.offsetWidth + 32 : PAGE_BOX);
      })
      .catch((err: unknown) => {
        if (!cancelled) setError(`Không hiển thị được bản xem trước: ${err instanceof Error ? err.message : String(err)}`);
      })
      .finally(() => {
        if (!cancelled) setRendering(false);
      });
    return () => {
      cancelled = true;
    };
  }, [file]);

  // Fit the first page to the pane, never above 100 % nor below a readable 50 %.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const update = () => setFit(Math.max(0.5, Math.min(1, (el.clientWidth - 4) / pageWidth)));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [pageWidth]);

  const scale = zoom === 'fit' ? fit : zoom;
  return (
    <div className="preview-frame">
      <div className="preview-tools">
        <span className="muted">Cỡ hiển thị</span>
        <Segmented<string>
          size="small"
          value={String(zoom)}
          onChange={(v) => setZoom(v === 'fit' ? 'fit' : Number(v))}
          options={[
            { value: 'fit', label: `Vừa khung (${Math.round(fit * 100)} %)` },
            { value: '0.75', label: '75 %' },
            { value: '1', label: '100 %' },
            { value: '1.25', label: '125 %' },
          ]}
        />
      </div>
      {error && <Alert type="error" showIcon title={error} className="page-alert" />}
      <div className="preview-scroll docx-scroll" ref={scrollRef} data-testid="report-preview">
        {rendering && <Spin className="preview-spin" />}
        <div ref={styleRef} />
        <div ref={bodyRef} className="docx-zoom" style={{ zoom: scale }} />
      </div>
    </div>
  );
}

function ExcelPreview({ file }: { file: PreviewFile }) {
  const [sheets, setSheets] = useState<Sheet[] | null>(null);
  const [sheetIndex, setSheetIndex] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    setSheets(null);
    setError(null);
    readWorkbook(base64ToBytes(file.contentBase64))
      .then((s) => !cancelled && setSheets(s))
      .catch((err: unknown) => !cancelled && setError(`Không đọc được tệp Excel để xem trước: ${err instanceof Error ? err.message : String(err)}`));
    return () => {
      cancelled = true;
    };
  }, [file]);

  if (error) return <Alert type="error" showIcon title={error} />;
  if (!sheets) return <Spin className="preview-spin" />;
  const current = sheets[Math.min(sheetIndex, sheets.length - 1)];
  return (
    <div className="preview-frame">
      <div className="preview-tools">
        <span className="muted">Trang tính</span>
        <Segmented<number>
          size="small"
          value={Math.min(sheetIndex, sheets.length - 1)}
          onChange={setSheetIndex}
          options={sheets.map((sheet, i) => ({ value: i, label: sheet.name }))}
          data-testid="sheet-switch"
        />
      </div>
      <div className="preview-scroll sheet-scroll" data-testid="report-preview">
        {current ? <SheetTable sheet={current} /> : <Empty description="Tệp Excel không có trang tính nào." />}
      </div>
    </div>
  );
}

/** Width of the row-number column (.sheet-rownum-col). */
const ROWNUM_WIDTH = 36;

/**
 * A sheet at its columns' widths in the workbook. A fixed table layout needs the table's own width: without
 * it the browser squeezes the columns into a narrow pane and numbers break inside; the pane scrolls instead.
 */
function SheetTable({ sheet }: { sheet: Sheet }) {
  return (
      <table className="sheet-table" style={{ width: ROWNUM_WIDTH + sheet.widths.reduce((a, b) => a + b, 0) }}>
        <colgroup>
          <col className="sheet-rownum-col" />
          {sheet.widths.map((w, i) => <col key={i} style={{ width: w }} />)}
        </colgroup>
        <tbody>
          {sheet.rows.map((row) => (
            <tr key={row.r} className={row.r <= sheet.frozenRows ? 'frozen' : undefined}>
              <th className="sheet-rownum">{row.r}</th>
              {row.cells.map((cell, i) =>
                cell === null ? null : (
                  <td
                    key={i}
                    colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                    rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                    style={{
                      fontWeight: cell.bold ? 600 : undefined,
                      fontStyle: cell.italic ? 'italic' : undefined,
                      textAlign: cell.align ?? (cell.numeric ? 'right' : undefined),
                    }}
                  >
                    {cell.text}
                  </td>
                ))}
            </tr>
          ))}
        </tbody>
      </table>
  );
}
