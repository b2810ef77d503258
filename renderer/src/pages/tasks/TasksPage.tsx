import { Alert, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { EntryRef } from '../../../../shared/taskSchemas';
import { api } from '../../api/client';
import { DashboardTab } from './DashboardTab';
import { DirectiveTab } from './DirectiveTab';
import { UnitGroupsContext, useUnits } from './hooks';
import { ImportTab } from './ImportTab';
import { UnitTab } from './UnitTab';
import './tasks.css';

const TABS = { 'tong-quan': 'Tổng quan', 'theo-van-ban': 'Theo văn bản', 'theo-don-vi': 'Theo đơn vị', nhap: 'Nhập nhiệm vụ từ văn bản' } as const;
type TabKey = keyof typeof TABS;

/** The tab named in the address (#/nhiem-vu/nhap), so a tab can be linked to and survives a reload. */
function tabFromHash(): TabKey {
  const sub = window.location.hash.replace(/^#\/?/, '').split('/')[1] ?? '';
  return sub in TABS ? (sub as TabKey) : 'tong-quan';
}

/** "Theo dõi nhiệm vụ": the tasks directives assign, who leads them, their deadlines and progress. */
export default function TasksPage() {
  const { units, groups, error } = useUnits();
  const [tab, setTab] = useState<TabKey>(tabFromHash);
  const [directiveId, setDirectiveId] = useState<number | null>(null);
  const [importDirective, setImportDirective] = useState<EntryRef | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const onHash = () => setTab(tabFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const open = (key: TabKey) => {
    window.history.replaceState(null, '', `#/nhiem-vu/${key}`);
    setTab(key);
  };

  /** From "Theo văn bản": import into the directive shown there. */
  async function importInto(id: number | null) {
    if (id !== null) {
      const detail = await api('incoming.get', { id });
      setImportDirective(detail.entry);
    }
    open('nhap');
  }

  return (
    <div className="page tasks-page">
      <Typography.Title level={3} className="page-title">Theo dõi nhiệm vụ</Typography.Title>
      {error && <Alert type="error" showIcon title={error} className="page-alert" />}
      <UnitGroupsContext.Provider value={groups}>
        <Tabs
          activeKey={tab}
          onChange={(k) => open(k as TabKey)}
          destroyOnHidden
          items={[
            { key: 'tong-quan', label: TABS['tong-quan'], children: <DashboardTab key={generation} units={units} /> },
            {
              key: 'theo-van-ban', label: TABS['theo-van-ban'],
              children: <DirectiveTab key={generation} units={units} directiveId={directiveId} onDirective={setDirectiveId} onImport={(id) => void importInto(id)} />,
            },
            { key: 'theo-don-vi', label: TABS['theo-don-vi'], children: <UnitTab units={units} /> },
            {
              key: 'nhap', label: TABS.nhap,
              children: (
                <ImportTab
                  units={units}
                  directive={importDirective}
                  onDirective={setImportDirective}
                  onSaved={(id) => { setDirectiveId(id); setGeneration((g) => g + 1); open('theo-van-ban'); }}
                />
              ),
            },
          ]}
        />
      </UnitGroupsContext.Provider>
    </div>
  );
}
