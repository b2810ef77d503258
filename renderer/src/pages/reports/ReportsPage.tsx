import { Segmented, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ReportBuilder } from './ReportBuilder';
import { TemplatesTab } from './TemplatesTab';
import './reports.css';

const TABS = { lap: 'Lập báo cáo', mau: 'Mẫu báo cáo' } as const;
type TabKey = keyof typeof TABS;

/** The tab named in the address (#/bao-cao/mau), so it can be linked to and survives a reload. */
function tabFromHash(): TabKey {
  const sub = window.location.hash.replace(/^#\/?/, '').split('/')[1] ?? '';
  return sub in TABS ? (sub as TabKey) : 'lap';
}

/** "Báo cáo": make the reports an office sends upward, and manage the templates they are made from. */
export default function ReportsPage() {
  const [tab, setTab] = useState<TabKey>(tabFromHash);

  useEffect(() => {
    const onHash = () => setTab(tabFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const open = (key: TabKey) => {
    window.history.replaceState(null, '', `#/bao-cao/${key}`);
    setTab(key);
  };

  return (
    <div className={`page reports-page reports-${tab}`}>
      <div className="reports-head">
        <Typography.Title level={3} className="page-title">Báo cáo</Typography.Title>
        <Segmented
          value={tab}
          onChange={(v) => open(v as TabKey)}
          options={(Object.keys(TABS) as TabKey[]).map((k) => ({ value: k, label: TABS[k] }))}
          data-testid="reports-tabs"
        />
      </div>
      <div className="reports-body">{tab === 'lap' ? <ReportBuilder /> : <TemplatesTab />}</div>
    </div>
  );
}
