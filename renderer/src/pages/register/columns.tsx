import { Tag } from 'antd';
import { typeAndAbstract as joinTypeAndAbstract } from '../../../../shared/text';
import type { ReactNode } from 'react';
import type { IncomingEntry, IncomingFilter } from '../../../../shared/schemas';
import { displayDate } from '../../lib/format';
import { highlight } from '../../lib/highlight';

export type SortKey = NonNullable<IncomingFilter['sort']>;

export interface Column {
  key: string;
  title: string;
  /** Fixed width in px; the abstract column takes what is left. */
  width?: number;
  sort?: SortKey;
  /** Order of the first click on the header: dates and numbers newest first, names A→Z. */
  firstOrder?: 'asc' | 'desc';
  align?: 'left' | 'right' | 'center';
  render(entry: IncomingEntry, ctx: RenderContext): ReactNode;
}

export interface RenderContext {
  today: string;
  /** Folded terms of the search, marked in the text. */
  terms: string[];
}

export function isOverdue(e: IncomingEntry, today: string): boolean {
  return !e.cancelled && !!e.dueDate && !e.resolvedDate && e.dueDate < today;
}

/** The abstract as "Tên loại và trích yếu": the type name first unless the abstract already says it. */
export function typeAndAbstract(e: IncomingEntry): string {
  return joinTypeAndAbstract(e.typeName, e.abstract);
}

/** A symbol breaks only after its slashes (43-NQ/ TW), never at the hyphen after the number. */
function Symbol({ text }: { text: string }) {
  const parts = text.split('/');
  return (
    <>
      {parts.map((p, i) => (
        <span key={i} className="nowrap">{p}{i < parts.length - 1 ? '/' : ''}{i < parts.length - 1 && <wbr />}</span>
      ))}
    </>
  );
}

export function MarkTags({ entry }: { entry: IncomingEntry }) {
  return (
    <>
      {entry.cancelled && <Tag color="red" className="mark-tag" data-testid="cancelled-tag">Đã hủy</Tag>}
      {entry.secrecy && <Tag color="red" className="mark-tag">{entry.secrecy}</Tag>}
      {entry.urgency && <Tag color="orange" className="mark-tag">{entry.urgency}</Tag>}
    </>
  );
}

/** The columns of the incoming register (Nghị định 30/2020/NĐ-CP, Phụ lục IV). */
export const COLUMNS: Column[] = [
  {
    key: 'arrivalNumber', title: 'Số đến', width: 62, sort: 'arrivalNumber', firstOrder: 'desc', align: 'right',
    render: (e) => <strong>{e.arrivalNumber}</strong>,
  },
  { key: 'arrivalDate', title: 'Ngày đến', width: 86, sort: 'arrival', firstOrder: 'desc', render: (e) => displayDate(e.arrivalDate) },
  { key: 'issuer', title: 'Tác giả', width: 140, sort: 'issuer', firstOrder: 'asc', render: (e, { terms }) => highlight(e.issuer, terms) },
  { key: 'symbol', title: 'Số, ký hiệu', width: 112, sort: 'symbol', firstOrder: 'asc', render: (e) => <Symbol text={e.symbol} /> },
  { key: 'documentDate', title: 'Ngày văn bản', width: 86, sort: 'documentDate', firstOrder: 'desc', render: (e) => displayDate(e.documentDate) },
  {
    key: 'abstract', title: 'Tên loại và trích yếu nội dung',
    render: (e, { terms }) => (
      <>
        <MarkTags entry={e} />
        {highlight(typeAndAbstract(e), terms)}
      </>
    ),
  },
  { key: 'handlingUnit', title: 'Đơn vị hoặc người nhận', width: 130, render: (e) => e.handlingUnit },
  { key: 'forwardedDate', title: 'Ngày chuyển', width: 86, render: (e) => displayDate(e.forwardedDate) },
  {
    key: 'receivedBy', title: 'Ký nhận / Hạn xử lý', width: 104,
    render: (e, { today }) => (
      <>
        {e.receivedBy && <div>{e.receivedBy}</div>}
        {e.dueDate && (
          <div className={isOverdue(e, today) ? 'due overdue' : 'due'} title={isOverdue(e, today) ? 'Quá hạn xử lý' : 'Hạn xử lý'}>
            Hạn {displayDate(e.dueDate)}
          </div>
        )}
      </>
    ),
  },
  { key: 'notes', title: 'Ghi chú', width: 96, render: (e, { terms }) => highlight(e.notes, terms) },
];
