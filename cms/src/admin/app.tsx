import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import type { StrapiApp } from '@strapi/strapi/admin';
import { AuditExport } from './audit-export';
import { Clock, Earth, Message } from '@strapi/icons';
import { HistoryPanel } from './history-panel';
import { LivePanel } from './live-panel';
import { publishOrSubmit, SendBack } from './review-actions';
import { vi } from './translations/vi';

export default {
  config: {
    // Editors work in Vietnamese; English stays available in each profile.
    locales: ['vi'],
    // What Strapi's own Vietnamese leaves in English (checked against Strapi's files by tests/unit/admin-translations.test.ts).
    translations: { vi },
    tutorials: false,
    notifications: { releases: false },
  },
  register(app: StrapiApp) {
    // Strapi opens in English until a user picks a language (its 'en' default, kept in this key); here everyone starts in
    // Vietnamese, including the login page. A user who chose English in their profile keeps it after signing in.
    if (!window.localStorage.getItem('strapi-admin-language')) window.localStorage.setItem('strapi-admin-language', 'vi');
    // Everyone who can read articles: the server lists only the drafts of the user's own portals.
    app.addMenuLink({
      to: 'cho-duyet',
      icon: Clock,
      intlLabel: { id: 'qn.review.queue', defaultMessage: 'Chờ duyệt' },
      Component: () => import('./review-queue'),
      permissions: [{ action: 'plugin::content-manager.explorer.read', subject: 'api::article.article' }],
    });
    // Readers' "was this useful?" answers on the user's portals (the server counts only those).
    app.addMenuLink({
      to: 'y-kien-ban-doc',
      icon: Message,
      intlLabel: { id: 'qn.feedback.summary', defaultMessage: 'Ý kiến bạn đọc' },
      Component: () => import('./feedback-summary'),
      permissions: [{ action: 'plugin::content-manager.explorer.read', subject: 'api::page-feedback.page-feedback' }],
    });
    // Province administrators only: the server refuses anyone else, and the link needs a permission editors lack.
    app.addMenuLink({
      to: 'trang-thai-xuat-ban',
      icon: Earth,
      intlLabel: { id: 'qn.publishing.status', defaultMessage: 'Trạng thái xuất bản' },
      Component: () => import('./publishing-status'),
      permissions: [{ action: 'admin::users.read', subject: null }],
    });
  },
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager');
    const apis = contentManager.apis as ContentManagerPlugin['config']['apis'];
    apis.addEditViewSidePanel([LivePanel, HistoryPanel]);
    apis.addDocumentAction((actions) => [...actions.map((action) => (action.type === 'publish' ? publishOrSubmit(action) : action)), SendBack]);
    contentManager.injectComponent('listView', 'actions', { name: 'qn-audit-export', Component: AuditExport });
  },
};
