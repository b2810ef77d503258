import { FilterOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Badge, Button, DatePicker, Input, type InputRef, Select, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, type Ref } from 'react';
import { SECRECY_LEVELS, URGENCY_LEVELS } from '../../../../shared/codes';
import type { Book, TypeCode } from '../../../../shared/schemas';
import { bookLabel, bookYears, typeCodeOptions, typeSearch } from '../../lib/catalog';
import { useSuggestions } from '../../lib/useSuggestions';

export type HandlingStateFilter = 'not_forwarded' | 'forwarded' | 'overdue';

export interface Filters {
  q: string;
  bookId?: number;
  year?: number;
  arrivalFrom?: string;
  arrivalTo?: string;
  typeCode?: string;
  issuer?: string;
  handlingUnit?: string;
  /** 'none': documents with no secrecy mark. */
  secrecy?: string;
  urgency?: string;
  state?: HandlingStateFilter;
}

export const EMPTY_FILTERS: Filters = { q: '' };

/** Filters kept behind "Lọc thêm": how many are in use (shown on the button). */
export function extraFilterCount(f: Filters): number {
  return [f.arrivalFrom || f.arrivalTo, f.typeCode, f.issuer, f.handlingUnit, f.secrecy, f.urgency].filter(Boolean).length;
}

const STATE_OPTIONS = [
  { value: 'not_forwarded', label: 'Chưa chuyển' },
  { value: 'forwarded', label: 'Đã chuyển' },
  { value: 'overdue', label: 'Quá hạn xử lý' },
];

interface Props {
  filters: Filters;
  onChange(next: Filters): void;
  books: Book[];
  typeCodes: TypeCode[];
  expanded: boolean;
  onExpandedChange(expanded: boolean): void;
  totalText: string;
  onNew(): void;
  /** More buttons beside "Vào sổ" (the import of an old register). */
  actions?: ReactNode;
  searchRef: Ref<InputRef>;
  /** ↓ from the search box moves into the list. */
  onSearchArrowDown(): void;
}

export function FilterBar(props: Props) {
  const { filters, onChange, books, typeCodes, expanded, onExpandedChange, totalText, onNew, searchRef } = props;
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const issuers = useSuggestions('issuer', 50);
  const units = useSuggestions('handlingUnit', 30);
  const extra = extraFilterCount(filters);
  const anyFilter = extra > 0 || filters.q || filters.bookId || filters.year || filters.state;
  const visibleBooks = filters.year ? books.filter((b) => b.year === filters.year) : books;

  return (
    <div className="filter-bar">
      <div className="filter-row">
        <Input
          ref={searchRef}
          type="search"
          className="search-input"
          data-testid="register-search"
          aria-label="Tìm văn bản"
          placeholder="Tìm văn bản (gõ không dấu được)"
          title="Tìm trong trích yếu, số ký hiệu, tác giả, ghi chú và chữ trong tệp đính kèm. Ctrl+F để về ô tìm."
          prefix={<SearchOutlined />}
          value={filters.q}
          onChange={(e) => set({ q: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              props.onSearchArrowDown();
            }
          }}
          autoComplete="off"
          spellCheck={false}
        />
        <Select
          className="filter-year"
          aria-label="Năm"
          placeholder="Mọi năm"
          allowClear
          value={filters.year}
          onChange={(year?: number) => set({ year, bookId: year && books.find((b) => b.id === filters.bookId)?.year !== year ? undefined : filters.bookId })}
          options={bookYears(books).map((y) => ({ value: y, label: `Năm ${y}` }))}
        />
        <Select
          className="filter-book"
          aria-label="Sổ"
          placeholder="Mọi sổ"
          allowClear
          value={filters.bookId}
          onChange={(bookId?: number) => set({ bookId })}
          options={visibleBooks.map((b) => ({ value: b.id, label: bookLabel(b) }))}
          popupMatchSelectWidth={false}
        />
        <Select
          className="filter-state"
          aria-label="Tình trạng"
          placeholder="Mọi tình trạng"
          allowClear
          value={filters.state}
          onChange={(state?: HandlingStateFilter) => set({ state })}
          options={STATE_OPTIONS}
        />
        <Badge count={extra} size="small" color="#1f5fa8">
          <Button icon={<FilterOutlined />} onClick={() => onExpandedChange(!expanded)} aria-expanded={expanded}>
            Lọc thêm
          </Button>
        </Badge>
        {anyFilter ? (
          <Button type="link" className="filter-clear" onClick={() => onChange(EMPTY_FILTERS)}>Xóa lọc</Button>
        ) : null}
        <div className="filter-spacer" />
        <Typography.Text className="register-total" data-testid="register-total" strong>{totalText}</Typography.Text>
        {props.actions}
        <Tooltip title="Vào sổ văn bản đến mới (Ctrl+N)">
          <Button type="primary" icon={<PlusOutlined />} onClick={onNew} data-testid="new-entry">
            Vào sổ
          </Button>
        </Tooltip>
      </div>
      {expanded && (
        <div className="filter-row filter-row-extra" data-testid="filter-extra">
          <DatePicker.RangePicker
            className="filter-dates"
            format={['DD/MM/YYYY', 'DDMMYYYY', 'D/M/YYYY']}
            placeholder={['Đến từ ngày', 'đến ngày']}
            allowEmpty={[true, true]}
            value={[filters.arrivalFrom ? dayjs(filters.arrivalFrom) : null, filters.arrivalTo ? dayjs(filters.arrivalTo) : null]}
            onChange={(range) => set({
              arrivalFrom: range?.[0]?.format('YYYY-MM-DD') ?? undefined,
              arrivalTo: range?.[1]?.format('YYYY-MM-DD') ?? undefined,
            })}
          />
          <Select
            className="filter-type"
            aria-label="Loại văn bản"
            placeholder="Mọi loại"
            allowClear
            showSearch={typeSearch}
            value={filters.typeCode}
            onChange={(typeCode?: string) => set({ typeCode })}
            options={typeCodeOptions(typeCodes)}
            popupMatchSelectWidth={false}
          />
          <Select
            className="filter-issuer"
            aria-label="Tác giả"
            placeholder="Mọi tác giả"
            allowClear
            showSearch={{ filterOption: false, onSearch: issuers.search }}
            onFocus={() => issuers.search('')}
            value={filters.issuer}
            onChange={(issuer?: string) => set({ issuer })}
            options={issuers.options}
            notFoundContent="Không có tác giả nào khớp"
            popupMatchSelectWidth={false}
          />
          <AutoComplete
            className="filter-unit"
            aria-label="Đơn vị nhận"
            placeholder="Đơn vị hoặc người nhận"
            allowClear
            value={filters.handlingUnit}
            options={units.options}
            showSearch={{ onSearch: units.search }}
            onFocus={() => units.search(filters.handlingUnit ?? '')}
            onChange={(handlingUnit?: string) => set({ handlingUnit: handlingUnit || undefined })}
            popupMatchSelectWidth={false}
          />
          <Select
            className="filter-mark"
            aria-label="Độ mật"
            placeholder="Độ mật"
            allowClear
            value={filters.secrecy}
            onChange={(secrecy?: string) => set({ secrecy })}
            options={[{ value: 'none', label: 'Không mật' }, ...SECRECY_LEVELS.map((s) => ({ value: s, label: s }))]}
          />
          <Select
            className="filter-mark"
            aria-label="Độ khẩn"
            placeholder="Độ khẩn"
            allowClear
            value={filters.urgency}
            onChange={(urgency?: string) => set({ urgency })}
            options={[{ value: 'none', label: 'Thường' }, ...URGENCY_LEVELS.map((s) => ({ value: s, label: s }))]}
          />
        </div>
      )}
    </div>
  );
}
