import { Alert, App, Button, Card, Input, Radio, Space, Switch, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import { api } from '../../api/client';
import { DateInput } from '../../components/DateInput';
import { errorMessage } from '../../lib/errors';
import { displayDate } from '../../lib/format';

type Term = MethodOutput<'terms.list'>[number];
type Rule = MethodOutput<'numbering.get'>;

/** Cài đặt → Đánh số văn bản đi: the numbering rule (Party or State) and the terms Party numbers run in. */
export default function NumberingSection() {
  const { message } = App.useApp();
  const [terms, setTerms] = useState<Term[]>([]);
  const [rule, setRule] = useState<Rule | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    Promise.all([api('terms.list', {}), api('numbering.get', {})])
      .then(([t, r]) => { setTerms(t); setRule(r); setError(null); })
      .catch((err: unknown) => setError(errorMessage(err)));
  }, []);
  useEffect(load, [load]);

  async function saveRule(next: Rule) {
    try {
      setRule(await api('numbering.set', next));
      message.success('Đã lưu cách đánh số văn bản đi.');
    } catch (err) {
      message.error(errorMessage(err));
    }
  }

  async function addTerm() {
    try {
      const t = await api('terms.add', { from, ...(to ? { to } : {}), ...(name.trim() ? { name: name.trim() } : {}) });
      message.success(`Đã thêm ${t.name}.`);
      setFrom(''); setTo(''); setName('');
      load();
    } catch (err) {
      message.error(errorMessage(err));
    }
  }

  return (
    <Card title="Đánh số văn bản đi" size="small" className="settings-card" style={{ marginTop: 16 }} data-testid="numbering-section">
      {error && <Alert type="error" showIcon title={error} />}
      {rule && (
        <Space direction="vertical" style={{ marginBottom: 12 }}>
          <Radio.Group value={rule.rule} onChange={(e) => void saveRule({ ...rule, rule: e.target.value })}>
            <Radio value="party">Theo Đảng: số từ 01 theo loại văn bản, cơ quan ban hành và nhiệm kỳ</Radio>
            <Radio value="state">Theo Nhà nước: số từ 01 ngày 01/01 đến 31/12</Radio>
          </Radio.Group>
          {rule.rule === 'state' && (
            <Space><Switch checked={rule.secretOwnSeries} onChange={(v) => void saveRule({ ...rule, secretOwnSeries: v })} aria-label="Văn bản mật có dãy số riêng" />
              <Typography.Text>Văn bản mật có dãy số riêng</Typography.Text></Space>
          )}
        </Space>
      )}
      <Table<Term>
        rowKey="id" size="small" pagination={false} dataSource={terms}
        locale={{ emptyText: 'Chưa ghi nhiệm kỳ nào: văn bản của Đảng chưa được cấp số.' }}
        columns={[
          { title: 'Nhiệm kỳ', dataIndex: 'name' },
          { title: 'Từ ngày', dataIndex: 'from', render: (d: string) => displayDate(d) },
          { title: 'Đến ngày', dataIndex: 'to', render: (d: string | null) => (d ? displayDate(d) : 'nay') },
        ]}
      />
      <Space wrap style={{ marginTop: 12 }}>
        <DateInput value={from} onChange={(v) => setFrom(v ?? '')} aria-label="Từ ngày" placeholder="Từ ngày" />
        <DateInput value={to} onChange={(v) => setTo(v ?? '')} aria-label="Đến ngày (để trống: nhiệm kỳ hiện tại)" placeholder="Đến ngày" />
        <Input placeholder="Tên (Nhiệm kỳ 2025–2030)" value={name} onChange={(e) => setName(e.target.value)} style={{ width: 220 }} />
        <Button onClick={() => void addTerm()} disabled={!from}>Thêm nhiệm kỳ</Button>
      </Space>
    </Card>
  );
}
