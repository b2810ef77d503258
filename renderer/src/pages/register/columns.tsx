import { Tag } from 'antd';
import { typeAndAbstract as joinTypeAndAbstract } from '../../../../shared/text';
import type { ReactNode } from 'react';
import { INCOMING_REGISTER, type IncomingFieldKey, incomingLabel } from '../../../../shared/registers/incoming';
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

/** The title of the printed book's column that shows a field (shorter than the form's label: "Tác giả"). */
const bookTitle = (key: IncomingFieldKey) => INCOMING_REGISTER.book.columns.find((c) => c.fields.includes(key))!.title;

/**
 * The columns of the incoming register (Nghị định 30/2020/NĐ-CP, Phụ lục IV), titled as the form labels its
 * fields or, for the author and the abstract, as the printed book does (shared/registers/incoming.ts).
 */
export const COLUMNS: Column[] = [
  {
    key: 'arrivalNumber', title: incomingLabel('arrivalNumber'), width: 62, sort: 'arrivalNumber', firstOrder: 'desc', align: 'right',
    render: (e) => <strong>{e.arrivalNumber}</strong>,
  },
  { key: 'arrivalDate', title: incomingLabel('arrivalDate'), width: 86, sort: 'arrival', firstOrder: 'desc', render: (e) => displayDate(e.arrivalDate) },
  { key: 'issuer', title: bookTitle('issuer'), width: 140, sort: 'issuer', firstOrder: 'asc', render: (e, { terms }) => highlight(e.issuer, terms) },
  { key: 'symbol', title: incomingLabel('symbol'), width: 112, sort: 'symbol', firstOrder: 'asc', render: (e) => <Symbol text={e.symbol} /> },
  { key: 'documentDate', title: incomingLabel('documentDate'), width: 86, sort: 'documentDate', firstOrder: 'desc', render: (e) => displayDate(e.documentDate) },
  {
    key: 'abstract', title: bookTitle('abstract'),
    render: (e, { terms }) => (
      <>
        <MarkTags entry={e} />
        {e.foundInFile && (
          <Tag color="blue" className="mark-tag" data-testid="found-in-file" title="Các từ tìm kiếm có trong nội dung tệp đính kèm (chữ đọc được từ tệp hoặc nhận dạng từ bản quét).">
            Thấy trong tệp đính kèm
          </Tag>
        )}
        {highlight(typeAndAbstract(e), terms)}
      </>
    ),
  },
  { key: 'handlingUnit', title: incomingLabel('handlingUnit'), width: 130, render: (e) => e.handlingUnit },
  { key: 'forwardedDate', title: incomingLabel('forwardedDate'), width: 86, render: (e) => displayDate(e.forwardedDate) },
  {
    key: 'receivedBy', title: `${incomingLabel('receivedBy')} / ${incomingLabel('dueDate')}`, width: 104,
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
  { key: 'notes', title: incomingLabel('notes'), width: 96, render: (e, { terms }) => highlight(e.notes, terms) },
];
