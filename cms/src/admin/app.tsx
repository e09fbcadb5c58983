import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import type { StrapiApp } from '@strapi/strapi/admin';
import { AuditExport } from './audit-export';
import { HistoryPanel } from './history-panel';

export default {
  config: {
    // Editors work in Vietnamese; English stays available in each profile.
    locales: ['vi'],
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager');
    (contentManager.apis as ContentManagerPlugin['config']['apis']).addEditViewSidePanel([HistoryPanel]);
    contentManager.injectComponent('listView', 'actions', { name: 'qn-audit-export', Component: AuditExport });
  },
};
