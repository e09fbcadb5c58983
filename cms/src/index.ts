import type { Core } from '@strapi/strapi';
import { adoptRootUploads, ensurePortalFolders, registerPortalFolders } from './access/media-folders';
import { registerMediaConditions } from './access/media-scope';
import { registerReadScope } from './access/read-scope';
import { ensureRoles, registerPortalCondition } from './access/roles';
import { registerRouteGuard } from './access/route-guard';
import { ADMIN_ONLY, SUBMISSIONS } from './access/scoped-types';
import { linkAssignmentsToUsers, userMediaRoots } from './access/users';
import { registerWriteGuard } from './access/write-guard';
import { registerAdminRoutes } from './admin-routes';
import { registerPublishingAdmin } from './publishing-admin';
import { registerPreview } from './preview';
import { applyAdminLabels } from './admin-ui/apply';
import { backfillDefaults } from './backfill-defaults';
import { registerDocumentAudit } from './audit/document-audit';
import { registerSnapshots } from './history/snapshots';
import { registerOutbox, OUTBOX_UID } from './outbox';
import { ensurePublisherStates } from './publisher-state';
import { registerAnswerNotice } from './intake/answer-notice';
import { registerReview } from './review';
import { registerContentRules } from './rules/content';
import { keepRunningOnUnhandledRejections } from './process-safety';
import { registerPortalTreeRules } from './rules/portal-tree';
import { registerRetentionRules } from './rules/retention';
import { registerScheduleApproval } from './schedule-approval';
import { registerSyndication } from './syndication';

interface ScheduleService {
  run(now?: Date): Promise<{ published: string[]; unpublished: string[]; crossed: number }>;
  pruneOutbox(now?: Date): Promise<number>;
}

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    keepRunningOnUnhandledRejections(strapi);
    // Outermost: the asker is e-mailed once the answer is stored, outside the write's transaction.
    registerAnswerNotice(strapi);
    // Document-service middlewares run in this order around every write: the audit
    // log sees each refusal of the rules registered after it.
    registerDocumentAudit(strapi);
    registerWriteGuard(strapi);
    registerReview(strapi);
    registerScheduleApproval(strapi);
    registerContentRules(strapi);
    registerPortalTreeRules(strapi);
    registerRetentionRules(strapi);
    registerSyndication(strapi);
    registerSnapshots(strapi);
    registerOutbox(strapi);
    registerPortalFolders(strapi);
    registerReadScope(strapi);
    registerRouteGuard(strapi);
    // The outbox is for the publisher's API token only; keep it out of GraphQL.
    strapi.plugin('graphql').service('extension').shadowCRUD(OUTBOX_UID).disable();
    // Readers' comments and feedback carry personal data and are read in the admin only.
    for (const uid of [...ADMIN_ONLY, ...SUBMISSIONS]) {
      strapi.plugin('graphql').service('extension').shadowCRUD(uid).disable();
    }
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    if (strapi.config.get('server.mcp.enabled')) {
      throw new Error('server.mcp.enabled is on: the MCP server reaches content past the portal guards (docs/adr/0006). Turn it off in cms/config/server.ts.');
    }
    await backfillDefaults(strapi);
    await ensurePublisherStates(strapi);
    await registerPortalCondition(strapi);
    await registerMediaConditions(strapi);
    await ensureRoles(strapi);
    await linkAssignmentsToUsers(strapi);
    await ensurePortalFolders(strapi);
    await adoptRootUploads(strapi, (userId) => userMediaRoots(strapi, userId));
    registerAdminRoutes(strapi);
    registerPublishingAdmin(strapi);
    registerPreview(strapi);
    await applyAdminLabels(strapi);
    if (!strapi.config.get('server.cron.enabled')) return;
    const schedule = strapi.service('api::schedule.schedule') as unknown as ScheduleService;
    strapi.cron.add({ scheduledPublishing: { task: () => schedule.run(), options: { rule: '* * * * *' } } });
    strapi.cron.add({ outboxPruning: { task: () => schedule.pruneOutbox(), options: { rule: '17 3 * * *' } } });
    // Anything that fell due while the CMS was down goes out now, not a minute later.
    await schedule.run();
  },
};
