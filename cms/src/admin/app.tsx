import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import type { StrapiApp } from '@strapi/strapi/admin';
import { AuditExport } from './audit-export';
import { HistoryPanel } from './history-panel';
import { publishOrSubmit, SendBack } from './review-actions';

export default {
  config: {
    // Editors work in Vietnamese; English stays available in each profile.
    locales: ['vi'],
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager');
    const apis = contentManager.apis as ContentManagerPlugin['config']['apis'];
    apis.addEditViewSidePanel([HistoryPanel]);
    apis.addDocumentAction((actions) => [...actions.map((action) => (action.type === 'publish' ? publishOrSubmit(action) : action)), SendBack]);
    contentManager.injectComponent('listView', 'actions', { name: 'qn-audit-export', Component: AuditExport });
  },
};
