import { DeleteOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, Table, type TableColumnsType, Tooltip } from 'antd';
import { parseDeadline } from '../../../../shared/deadline';
import type { TaskProposal, Unit } from '../../../../shared/taskSchemas';
import { DateInput } from '../../components/DateInput';
import { minTableWidth, useWideScreen } from '../../lib/tableWidth';
import { UnitSelect } from './UnitSelect';

/** A proposed task as the clerk edits it; `writtenUnit` is the body as the plan names it. */
export interface ProposalRow extends TaskProposal { key: number; writtenUnit: string }

interface Props {
  rows: ProposalRow[];
  units: Unit[];
  refDate: string | null;
  onChange(rows: ProposalRow[]): void;
}

/** The tasks read from a plan, editable before they are accepted: body, content, deadline and the date it means. */
export function ProposalTable({ rows, units, refDate, onChange }: Props) {
  const wide = useWideScreen();
  const update = (key: number, patch: Partial<ProposalRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  /** A new phrase is read again; the date and the standing flag follow it until the clerk changes them. */
  const rewordDeadline = (key: number, deadlineText: string) => {
    const p = parseDeadline(deadlineText, refDate ?? undefined);
    update(key, { deadlineText, due: p.due, standing: p.standing, recognized: p.recognized, explanation: deadlineText.trim() ? p.explanation : 'Không ghi thời hạn' });
  };

  const columns: TableColumnsType<ProposalRow> = [
    { key: 'n', title: 'TT', width: 44, render: (_, r, i) => <span>{i + 1}{r.section ? <div className="muted small">{r.section}</div> : null}</span> },
    {
      key: 'unit', title: 'Đơn vị chủ trì', width: wide ? 260 : 200,
      render: (_, r) => (
        <div>
          <UnitSelect<number | null>
            units={units}
            size="small"
            className="full-width"
            value={r.leadUnitId}
            placeholder="Không có trong danh bạ"
            aria-label={`Đơn vị chủ trì dòng ${rows.indexOf(r) + 1}`}
            onChange={(id) => update(r.key, { leadUnitId: id, unitText: id === null ? r.writtenUnit : units.find((u) => u.id === id)?.name ?? r.writtenUnit })}
          />
          {r.unitText !== units.find((u) => u.id === r.leadUnitId)?.name && (
            <div className="muted small clamp-3" title={r.unitText}>Ghi: {r.unitText}</div>
          )}
          {r.coordinatingUnitIds.length > 0 && (
            <div className="muted small">Phối hợp: {r.coordinatingUnitIds.map((id) => units.find((u) => u.id === id)?.name).join('; ')}</div>
          )}
        </div>
      ),
    },
    {
      key: 'content', title: 'Nội dung',
      render: (_, r) => (
        <Input.TextArea
          size="small"
          autoSize={{ minRows: 2, maxRows: 5 }}
          value={r.content}
          status={r.content.trim() ? '' : 'error'}
          aria-label={`Nội dung dòng ${rows.indexOf(r) + 1}`}
          onChange={(e) => update(r.key, { content: e.target.value })}
        />
      ),
    },
    {
      // The phrase as the plan writes it, what it was read as, and the date the clerk confirms: one column,
      // so "Nội dung" keeps its width on a 1024 px screen.
      key: 'deadline', title: 'Thời hạn (như văn bản ghi) và hạn xác nhận', width: wide ? 260 : 220,
      render: (_, r) => (
        <div>
          <Input size="small" value={r.deadlineText} placeholder="Không ghi" aria-label={`Thời hạn dòng ${rows.indexOf(r) + 1}`} onChange={(e) => rewordDeadline(r.key, e.target.value)} />
          <div className={`deadline-hint${r.recognized || !r.deadlineText ? '' : ' unread'}`}>
            {!r.recognized && r.deadlineText && <WarningOutlined />} {r.explanation}
          </div>
          <div className="proposal-due">
            <DateInput value={r.due} onChange={(due) => update(r.key, { due })} aria-label={`Hạn dòng ${rows.indexOf(r) + 1}`} />
            <Checkbox checked={r.standing} onChange={(e) => update(r.key, { standing: e.target.checked })} className="small nowrap">Thường xuyên</Checkbox>
          </div>
        </div>
      ),
    },
    {
      key: 'remove', title: '', width: 44,
      render: (_, r) => (
        <Tooltip title="Bỏ dòng này">
          <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => onChange(rows.filter((x) => x.key !== r.key))} aria-label="Bỏ dòng" />
        </Tooltip>
      ),
    },
  ];

  return (
    <Table<ProposalRow>
      size="small"
      rowKey="key"
      dataSource={rows}
      pagination={false}
      scroll={{ x: minTableWidth(columns, 240), y: 'calc(100vh - 360px)' }}
      data-testid="proposal-table"
      rowClassName={(r) => (r.recognized || !r.deadlineText ? '' : 'proposal-unread')}
      columns={columns}
    />
  );
}
