import { Select } from 'antd';
import { useMemo } from 'react';
import type { Unit, UnitGroup } from '../../../../shared/taskSchemas';
import { foldForSearch } from '../../../../shared/text';

interface Props<V> {
  units: Unit[];
  value?: V;
  onChange?(value: V): void;
  multiple?: boolean;
  /** Saved groups offered first when several bodies may be chosen: picking one adds all its members. */
  groups?: UnitGroup[];
  placeholder?: string;
  id?: string;
  size?: 'small' | 'middle';
  className?: string;
  status?: '' | 'error';
  'aria-label'?: string;
}

const GROUP_PREFIX = 'group:';
const NO_GROUPS: UnitGroup[] = [];

/** Chooses bodies of the address book, grouped by their heading; typing finds them without marks, by short name or code. */
export function UnitSelect<V extends number | number[] | null>({ units, value, onChange, multiple, groups, placeholder, ...rest }: Props<V>) {
  const savedGroups = (multiple && groups) || NO_GROUPS;
  const options = useMemo(() => {
    const byCategory = new Map<string, Unit[]>();
    for (const u of units) byCategory.set(u.category || 'Khác', [...(byCategory.get(u.category || 'Khác') ?? []), u]);
    const unitOptions = [...byCategory].map(([category, members]) => ({
      label: category,
      title: category,
      options: members.map((u) => ({ value: u.id as number | string, label: u.name, search: foldForSearch(`${u.name} ${u.shortName} ${u.code}`) })),
    }));
    if (!savedGroups.length) return unitOptions;
    const groupOptions = {
      label: 'Nhóm đã lưu (chọn để thêm cả nhóm)',
      title: 'Nhóm đã lưu',
      options: savedGroups.map((g) => ({ value: `${GROUP_PREFIX}${g.id}`, label: `${g.name} (${g.unitIds.length} đơn vị)`, search: foldForSearch(g.name) })),
    };
    return [groupOptions, ...unitOptions];
  }, [units, savedGroups]);

  /** A chosen group becomes its members, after the bodies already chosen, each body once. */
  const expandGroups = (chosen: Array<number | string>): number[] => {
    const ids = chosen.flatMap((v) =>
      typeof v === 'string' ? savedGroups.find((g) => `${GROUP_PREFIX}${g.id}` === v)?.unitIds ?? [] : [v]);
    return [...new Set(ids)];
  };
  return (
    <Select
      {...rest}
      mode={multiple ? 'multiple' : undefined}
      allowClear
      value={value ?? undefined}
      placeholder={placeholder ?? 'Chọn đơn vị trong danh bạ'}
      options={options}
      showSearch={{ filterOption: (input, option) => !!option && 'search' in option && String(option.search).includes(foldForSearch(input)) }}
      onChange={(v: number | Array<number | string> | null | undefined) =>
        onChange?.((Array.isArray(v) ? expandGroups(v) : v ?? (multiple ? [] : null)) as V)}
      popupMatchSelectWidth={false}
      maxTagCount="responsive"
    />
  );
}
