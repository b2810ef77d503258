import { App as AntApp, ConfigProvider, Layout, Menu, Result, Spin } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { Suspense, useEffect, useState } from 'react';
import { OfficeProvider, officeName, useOffice } from './app/office';
import { navigate, useHashPath } from './app/route';
import { DEFAULT_PAGE, PAGES } from './pages';
import { OverdueReminder } from './pages/tasks/OverdueReminder';
import { cspNonce } from './lib/cspNonce';

const { Header, Sider, Content } = Layout;

const theme = {
  token: {
    colorPrimary: '#1f5fa8',
    borderRadius: 4,
    fontFamily: "'Segoe UI', 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif",
  },
  components: {
    Layout: { headerBg: '#153e6f', siderBg: '#ffffff', headerHeight: 48, headerPadding: '0 20px' },
  },
};

export function App() {
  return (
    <ConfigProvider locale={viVN} theme={theme} csp={{ nonce: cspNonce }}>
      <AntApp>
        <OfficeProvider>
          <Shell />
        </OfficeProvider>
      </AntApp>
    </ConfigProvider>
  );
}

function Shell() {
  const path = useHashPath();
  const page = PAGES.find((p) => p.path === path) ?? DEFAULT_PAGE;
  const { settings, error } = useOffice();
  const [collapsed, setCollapsed] = useState(false);
  const PageComponent = page.component;

  useEffect(() => {
    document.title = `${page.label} — Văn thư`;
  }, [page]);

  return (
    <Layout className="app-shell">
      <Header className="app-header">
        <span className="app-name">Văn thư</span>
        <span className="app-office" data-testid="office-name">{officeName(settings)}</span>
        {!error && <OverdueReminder />}
      </Header>
      <Layout>
        <Sider
          width={200}
          collapsedWidth={56}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          theme="light"
          className="app-sider"
        >
          <Menu
            mode="inline"
            selectedKeys={[page.path]}
            items={PAGES.map((p) => ({ key: p.path, icon: p.icon, label: p.label }))}
            onClick={({ key }) => navigate(key)}
          />
        </Sider>
        <Content className="app-content">
          {error ? (
            <Result status="error" title="Không kết nối được với dữ liệu Văn thư" subTitle={error} />
          ) : (
            <Suspense fallback={<Spin className="page-spin" />}>
              <PageComponent key={page.path} />
            </Suspense>
          )}
        </Content>
      </Layout>
    </Layout>
  );
}
