import { Alert, type InputRef } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { IncomingEntry } from '../../../../shared/schemas';
import { useBooks, useTypeCodes } from '../../lib/catalog';
import { todayIso, totalLabel } from '../../lib/format';
import { useDebounced, useLatest } from '../../lib/hooks';
import { searchTerms } from '../../lib/highlight';
import { EntryDetail } from './EntryDetail';
import { EntryForm, type FormMode } from './EntryForm';
import { EMPTY_FILTERS, extraFilterCount, FilterBar, type Filters } from './FilterBar';
import { RegisterTable, type Sorting } from './RegisterTable';
import { type ListQuery, useRegisterRows } from './useRegisterRows';
import { IntakeDrop } from '../intake/IntakeDrop';
import { ReceivedInbox } from '../intake/ReceivedInbox';
import { ImportOldRegister } from '../import/ImportOldRegister';

const DEFAULT_SORTING: Sorting = { sort: 'arrival', order: 'desc' };

function toQuery(f: Filters, q: string, sorting: Sorting, today: string): ListQuery {
  const query: ListQuery = { ...sorting };
  if (q.trim()) query.q = q.trim();
  if (f.bookId !== undefined) query.bookId = f.bookId;
  if (f.year !== undefined) query.year = f.year;
  if (f.arrivalFrom) query.arrivalFrom = f.arrivalFrom;
  if (f.arrivalTo) query.arrivalTo = f.arrivalTo;
  if (f.typeCode) query.typeCode = f.typeCode;
  if (f.issuer) query.issuer = f.issuer;
  if (f.handlingUnit?.trim()) query.handlingUnit = f.handlingUnit.trim();
  if (f.secrecy) query.secrecy = f.secrecy === 'none' ? '' : (f.secrecy as ListQuery['secrecy']);
  if (f.urgency) query.urgency = f.urgency === 'none' ? '' : (f.urgency as ListQuery['urgency']);
  if (f.state) {
    query.state = f.state;
    query.today = today;
  }
  return query;
}

/** "Sổ văn bản đến": the register as a virtualised table, its filters, the entry form and the detail. */
export default function RegisterPage() {
  const today = todayIso();
  const { books, reload: reloadBooks } = useBooks();
  const { typeCodes } = useTypeCodes();
  const [filters, setFilters] = useState<Filters>(EMPTY_FILTERS);
  const [expanded, setExpanded] = useState(false);
  const [sorting, setSorting] = useState<Sorting>(DEFAULT_SORTING);
  const q = useDebounced(filters.q, 150);
  const query = useMemo(() => toQuery(filters, q, sorting, today), [filters, q, sorting, today]);
  const rows = useRegisterRows(query);
  const terms = useMemo(() => searchTerms(q), [q]);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [formOpen, setFormOpen] = useState(false);
  const [formMode, setFormMode] = useState<FormMode>({ kind: 'new' });
  const [resetSignal, setResetSignal] = useState(0);
  const [detailId, setDetailId] = useState<number | null>(null);
  const [detailVersion, setDetailVersion] = useState(0);
  const [fresh, setFresh] = useState<ReadonlySet<number>>(new Set());
  const searchRef = useRef<InputRef>(null);

  useEffect(() => setActiveIndex(-1), [rows.queryKey]);
  useEffect(() => {
    if (extraFilterCount(filters) > 0) setExpanded(true);
  }, [filters]);

  const openNew = useCallback(() => {
    setFormMode({ kind: 'new' });
    setFormOpen(true);
    setResetSignal((n) => n + 1);
  }, []);

  // Ctrl+N: a new entry from anywhere on this page (the browser's "new window" is suppressed);
  // Ctrl+F: the search box.
  const onKey = useLatest((e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
    const key = e.key.toLowerCase();
    if (key === 'n') {
      e.preventDefault();
      openNew();
    } else if (key === 'f' && !formOpen) {
      e.preventDefault();
      searchRef.current?.focus();
      searchRef.current?.select();
    }
  });
  useEffect(() => {
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onKey]);

  const onSaved = (entry: IncomingEntry, kind: FormMode['kind']) => {
    setFresh((s) => new Set(s).add(entry.id));
    rows.refresh();
    void reloadBooks();
    if (kind === 'edit') {
      setFormOpen(false);
      setDetailVersion((v) => v + 1);
    }
  };

  const totalText = rows.total === null ? 'Đang tải…' : totalLabel(rows.total, rows.totalIsLowerBound);

  return (
    <div className="register-page">
      <FilterBar
        filters={filters}
        onChange={setFilters}
        books={books}
        typeCodes={typeCodes}
        expanded={expanded}
        onExpandedChange={setExpanded}
        totalText={totalText}
        onNew={openNew}
        actions={<><ReceivedInbox onRegistered={(entry) => onSaved(entry, 'new')} /><ImportOldRegister onImported={rows.refresh} /></>}
        searchRef={searchRef}
        onSearchArrowDown={() => {
          const scroller = document.querySelector<HTMLElement>('[data-testid="register-scroll"]');
          scroller?.focus();
          if (activeIndex < 0 && rows.total) setActiveIndex(0);
        }}
      />
      {rows.error && <Alert type="error" showIcon title={rows.error} className="register-error" />}
      <RegisterTable
        rows={rows}
        sorting={sorting}
        onSort={setSorting}
        activeIndex={activeIndex}
        onActiveIndex={setActiveIndex}
        onOpen={(entry) => setDetailId(entry.id)}
        highlightIds={fresh}
        today={today}
        terms={terms}
      />
      <EntryDetail
        entryId={detailId}
        version={detailVersion}
        today={today}
        onClose={() => setDetailId(null)}
        onEdit={(entry) => {
          setFormMode({ kind: 'edit', entry });
          setFormOpen(true);
        }}
        onOpenEntry={setDetailId}
        onChanged={rows.refresh}
      />
      <EntryForm
        open={formOpen}
        mode={formMode}
        resetSignal={resetSignal}
        books={books}
        typeCodes={typeCodes}
        reloadBooks={reloadBooks}
        onClose={() => setFormOpen(false)}
        onSaved={onSaved}
      />
      <IntakeDrop onRegistered={(entry) => onSaved(entry, 'new')} />
    </div>
  );
}
