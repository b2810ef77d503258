import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { EntryRef } from '../../../../shared/taskSchemas';
import { api } from '../../api/client';
import { displayDate } from '../../lib/format';
import { useDebounced } from '../../lib/hooks';

interface Props {
  value?: number | null;
  onChange?(id: number | null, entry: EntryRef | null): void;
  /** Shown before the first search (the directives with tasks, a body's likely reports…). */
  initial?: EntryRef[];
  placeholder?: string;
  id?: string;
  'aria-label'?: string;
  className?: string;
}

const optionOf = (e: EntryRef) => ({
  value: e.id,
  label: `${e.symbol || '(không số)'} · ${e.issuer} · số đến ${e.arrivalNumber} ngày ${displayDate(e.arrivalDate)}`,
  title: e.abstract,
  entry: e,
});

/** Chooses an incoming entry of the register by typing its symbol or words of its summary. */
export function EntryPicker({ value, onChange, initial = [], placeholder, id, className, ...rest }: Props) {
  const [text, setText] = useState('');
  const query = useDebounced(text, 200);
  const [found, setFound] = useState<EntryRef[]>([]);
  const known = useRef(new Map<number, EntryRef>());
  for (const e of [...initial, ...found]) known.current.set(e.id, e);

  useEffect(() => {
    if (!query.trim()) {
      setFound([]);
      return;
    }
    let live = true;
    // An entry whose symbol is what was typed comes first, before entries that only mention it.
    const typed = query.trim().toUpperCase();
    const exactFirst = (items: EntryRef[]) => [...items].sort((a, b) => Number(b.symbol.toUpperCase() === typed) - Number(a.symbol.toUpperCase() === typed));
    api('incoming.list', { q: query, limit: 30 }).then((r) => { if (live) setFound(exactFirst(r.items)); }, () => { if (live) setFound([]); });
    return () => { live = false; };
  }, [query]);

  const shown = query.trim() ? found : initial;
  const selected = value ? known.current.get(value) : undefined;
  const options = [...(selected && !shown.some((e) => e.id === selected.id) ? [selected] : []), ...shown].map(optionOf);

  return (
    <Select<number>
      id={id}
      className={className}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={value ?? undefined}
      placeholder={placeholder ?? 'Gõ số, ký hiệu hoặc trích yếu để tìm trong sổ văn bản đến'}
      aria-label={rest['aria-label']}
      options={options}
      notFoundContent={query.trim() ? 'Không tìm thấy văn bản' : 'Gõ để tìm trong sổ'}
      optionRender={(o) => (
        <div className="entry-option">
          <div>{o.label}</div>
          <div className="muted entry-option-abstract">{(o.data as ReturnType<typeof optionOf>).title}</div>
        </div>
      )}
      onChange={(v) => onChange?.(v ?? null, v ? known.current.get(v) ?? null : null)}
    />
  );
}
