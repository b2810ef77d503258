import { AppstoreOutlined, AuditOutlined, CopyOutlined, FileTextOutlined, InboxOutlined, ScheduleOutlined, SendOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import { type ComponentType, lazy, type ReactNode } from 'react';

/**
 * The app's pages, in the order of the left menu. To add a page (Theo dõi nhiệm vụ, Báo cáo…), add one
 * entry here: a URL path (#/<path>), the menu label in Vietnamese, an icon and the page component
 * (lazy-loaded so each page's code is fetched when first opened). Suggested order values:
 * 10 Sổ văn bản đến, 20 Theo dõi nhiệm vụ, 30 Báo cáo, 80 Danh mục, 90 Cài đặt.
 */
export interface PageDef {
  path: string;
  label: string;
  icon: ReactNode;
  order: number;
  component: ComponentType;
}

const pages: PageDef[] = [
  {
    path: 'so-den',
    label: 'Sổ văn bản đến',
    icon: <InboxOutlined />,
    order: 10,
    component: lazy(() => import('./pages/register/RegisterPage')),
  },
  {
    path: 'so-di',
    label: 'Sổ văn bản đi',
    icon: <SendOutlined />,
    order: 12,
    component: lazy(() => import('./pages/outgoing/OutgoingPage')),
  },
  {
    path: 'ban-sao',
    label: 'Bản sao',
    icon: <CopyOutlined />,
    order: 15,
    component: lazy(() => import('./pages/copies/CopiesPage')),
  },
  {
    path: 'nhiem-vu',
    label: 'Theo dõi nhiệm vụ',
    icon: <ScheduleOutlined />,
    order: 20,
    component: lazy(() => import('./pages/tasks/TasksPage')),
  },
  {
    path: 'so-ket',
    label: 'Sơ kết, tổng kết',
    icon: <AuditOutlined />,
    order: 22,
    component: lazy(() => import('./pages/rounds/RoundsPage')),
  },
  {
    path: 'bao-cao',
    label: 'Báo cáo',
    icon: <FileTextOutlined />,
    order: 30,
    component: lazy(() => import('./pages/reports/ReportsPage')),
  },
  {
    path: 'don-vi',
    label: 'Danh bạ đơn vị',
    icon: <TeamOutlined />,
    order: 75,
    component: lazy(() => import('./pages/units/UnitsPage')),
  },
  {
    path: 'danh-muc',
    label: 'Danh mục',
    icon: <AppstoreOutlined />,
    order: 80,
    component: lazy(() => import('./pages/catalog/CatalogPage')),
  },
  {
    path: 'cai-dat',
    label: 'Cài đặt',
    icon: <SettingOutlined />,
    order: 90,
    component: lazy(() => import('./pages/settings/SettingsPage')),
  },
];

export const PAGES: readonly PageDef[] = [...pages].sort((a, b) => a.order - b.order);

/** The page shown when the address names none (or an unknown one). */
export const DEFAULT_PAGE = PAGES[0]!;
