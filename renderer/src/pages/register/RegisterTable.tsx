import { CaretDownFilled, CaretUpFilled } from '@ant-design/icons';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Empty } from 'antd';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import type { IncomingEntry } from '../../../../shared/schemas';
import { COLUMNS, isOverdue, type SortKey } from './columns';
import type { RegisterRows } from './useRegisterRows';

export const ROW_HEIGHT = 50;
/** Height of the sticky header row (fixed in styles.css): rows start below it. */
export const HEADER_HEIGHT = 44;

export interface Sorting {
  sort: SortKey;
  order: 'asc' | 'desc';
}

interface Props {
  rows: RegisterRows;
  sorting: Sorting;
  onSort(sorting: Sorting): void;
  activeIndex: number;
  onActiveIndex(index: number): void;
  onOpen(entry: IncomingEntry): void;
  /** Entries just registered or edited in this session: highlighted. */
  highlightIds: ReadonlySet<number>;
  today: string;
  /** Folded search terms, marked in the rows. */
  terms: string[];
}

/**
 * The register as a real <table>, virtualised: only the rows on screen (plus a few) are in the DOM,
 * with two spacer rows standing for the rest, so 100,000 entries scroll as smoothly as 100.
 * Keyboard: ↑/↓, Page Up/Down, Home/End move the cursor; Enter opens the entry.
 */
export function RegisterTable({ rows, sorting, onSort, activeIndex, onActiveIndex, onOpen, highlightIds, today, terms }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = rows.total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (count) rows.ensureRange(first, last);
  }, [first, last, count, rows]);

  // A new search or filter starts at the top of the list.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [rows.queryKey]);

  const pageSize = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 500) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);

  const moveTo = (index: number) => {
    if (!count) return;
    const next = Math.min(count - 1, Math.max(0, index));
    onActiveIndex(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1, ArrowUp: activeIndex - 1,
      PageDown: activeIndex + pageSize, PageUp: activeIndex - pageSize,
      Home: 0, End: count - 1,
    };
    if (e.key in moves) {
      e.preventDefault();
      moveTo(activeIndex < 0 && e.key !== 'End' ? 0 : moves[e.key]!);
    } else if (e.key === 'Enter') {
      const entry = rows.rowAt(activeIndex);
      if (entry) {
        e.preventDefault();
        onOpen(entry);
      }
    }
  };

  const ctx = { today, terms };
  const paddingTop = (items[0]?.start ?? HEADER_HEIGHT) - HEADER_HEIGHT;
  const paddingBottom = items.length ? virtualizer.getTotalSize() - items.at(-1)!.end : 0;

  return (
    <div
      ref={scrollRef}
      className="register-scroll"
      tabIndex={0}
      role="region"
      aria-label="Danh sách văn bản đến"
      onKeyDown={onKeyDown}
      data-testid="register-scroll"
    >
      <table className="register-table" aria-rowcount={count}>
        <colgroup>
          {COLUMNS.map((c) => <col key={c.key} style={c.width ? { width: c.width } : undefined} />)}
        </colgroup>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const sorted = c.sort && c.sort === sorting.sort;
              return (
                <th
                  key={c.key}
                  className={[c.sort ? 'sortable' : '', c.align === 'right' ? 'num' : ''].join(' ')}
                  aria-sort={sorted ? (sorting.order === 'asc' ? 'ascending' : 'descending') : undefined}
                  title={c.sort ? `Sắp xếp theo ${c.title.toLocaleLowerCase('vi')}` : undefined}
                  onClick={c.sort ? () => onSort({
                    sort: c.sort!,
                    order: sorted ? (sorting.order === 'asc' ? 'desc' : 'asc') : c.firstOrder ?? 'asc',
                  }) : undefined}
                >
                  <span className="th-inner">
                    <span>{c.title}</span>
                    {c.sort && (
                      <span className={`sort-icons${sorted ? ` sorted-${sorting.order}` : ''}`} aria-hidden>
                        <CaretUpFilled className="up" />
                        <CaretDownFilled className="down" />
                      </span>
                    )}
                  </span>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && <tr className="spacer" aria-hidden style={{ height: paddingTop }}><td colSpan={COLUMNS.length} /></tr>}
          {items.map((item) => {
            const entry = rows.rowAt(item.index);
            if (!entry) {
              return (
                <tr key={`p${item.index}`} className="placeholder" style={{ height: ROW_HEIGHT }} aria-rowindex={item.index + 2}>
                  {COLUMNS.map((c) => <td key={c.key}><span className="skeleton" /></td>)}
                </tr>
              );
            }
            const classes = ['row'];
            if (item.index === activeIndex) classes.push('active');
            if (highlightIds.has(entry.id)) classes.push('fresh');
            if (isOverdue(entry, today)) classes.push('is-overdue');
            if (entry.cancelled) classes.push('is-cancelled');
            return (
              <tr
                key={entry.id}
                className={classes.join(' ')}
                style={{ height: ROW_HEIGHT }}
                aria-rowindex={item.index + 2}
                aria-selected={item.index === activeIndex}
                data-entry-id={entry.id}
                data-arrival-number={entry.arrivalNumber}
                onClick={() => {
                  onActiveIndex(item.index);
                  onOpen(entry);
                }}
              >
                {COLUMNS.map((c) => (
                  <td key={c.key} className={c.align === 'right' ? 'num' : undefined}>
                    <div className="cell" title={c.key === 'abstract' ? entry.abstract : undefined}>{c.render(entry, ctx)}</div>
                  </td>
                ))}
              </tr>
            );
          })}
          {paddingBottom > 0 && <tr className="spacer" aria-hidden style={{ height: paddingBottom }}><td colSpan={COLUMNS.length} /></tr>}
        </tbody>
      </table>
      {rows.total === 0 && (
        <div className="register-empty">
          <Empty description="Không có văn bản nào khớp với điều kiện tìm." />
        </div>
      )}
    </div>
  );
}
