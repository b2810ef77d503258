import { Select } from 'antd';
import { useMemo } from 'react';
import type { Unit } from '../../../../shared/taskSchemas';
import { foldForSearch } from '../../../../shared/text';

interface Props<V> {
  units: Unit[];
  value?: V;
  onChange?(value: V): void;
  multiple?: boolean;
  placeholder?: string;
  id?: string;
  size?: 'small' | 'middle';
  className?: string;
  status?: '' | 'error';
  'aria-label'?: string;
}

/** Chooses bodies of the address book, grouped by their heading; typing finds them without marks, by short name or code. */
export function UnitSelect<V extends number | number[] | null>({ units, value, onChange, multiple, placeholder, ...rest }: Props<V>) {
  const options = useMemo(() => {
    const groups = new Map<string, Unit[]>();
    for (const u of units) groups.set(u.category || 'Khác', [...(groups.get(u.category || 'Khác') ?? []), u]);
    return [...groups].map(([category, members]) => ({
      label: category,
      title: category,
      options: members.map((u) => ({ value: u.id, label: u.name, search: foldForSearch(`${u.name} ${u.shortName} ${u.code}`) })),
    }));
  }, [units]);
  return (
    <Select
      {...rest}
      mode={multiple ? 'multiple' : undefined}
      allowClear
      value={value ?? undefined}
      placeholder={placeholder ?? 'Chọn đơn vị trong danh bạ'}
      options={options}
      showSearch={{ filterOption: (input, option) => !!option && 'search' in option && String(option.search).includes(foldForSearch(input)) }}
      onChange={(v) => onChange?.((v ?? (multiple ? [] : null)) as V)}
      popupMatchSelectWidth={false}
      maxTagCount="responsive"
    />
  );
}
