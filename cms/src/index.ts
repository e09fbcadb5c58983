import type { Core } from '@strapi/strapi';
import { registerReadScope } from './access/read-scope';
import { ensureRoles, registerPortalCondition } from './access/roles';
import { registerWriteScope } from './access/write-scope';
import { registerAdminRoutes } from './admin-routes';
import { applyAdminLabels } from './admin-ui/apply';
import { backfillDefaults } from './backfill-defaults';
import { registerDocumentAudit } from './audit/document-audit';
import { registerSnapshots } from './history/snapshots';
import { registerOutbox, OUTBOX_UID } from './outbox';
import { registerReview } from './review';
import { registerContentRules } from './rules/content';
import { registerPortalTreeRules } from './rules/portal-tree';
import { registerRetentionRules } from './rules/retention';
import { registerSyndication } from './syndication';

interface ScheduleService {
  run(now?: Date): Promise<{ published: string[]; unpublished: string[]; crossed: number }>;
  pruneOutbox(now?: Date): Promise<number>;
}

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Document-service middlewares run in this order around every write: the audit
    // log sees each refusal of the rules registered after it.
    registerDocumentAudit(strapi);
    registerWriteScope(strapi);
    registerReview(strapi);
    registerContentRules(strapi);
    registerPortalTreeRules(strapi);
    registerRetentionRules(strapi);
    registerSyndication(strapi);
    registerSnapshots(strapi);
    registerOutbox(strapi);
    registerReadScope(strapi);
    // The outbox is for the publisher's API token only; keep it out of GraphQL.
    strapi.plugin('graphql').service('extension').shadowCRUD(OUTBOX_UID).disable();
    for (const uid of ['api::editor-assignment.editor-assignment', 'api::audit-entry.audit-entry', 'api::version-snapshot.version-snapshot']) {
      strapi.plugin('graphql').service('extension').shadowCRUD(uid).disable();
    }
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await backfillDefaults(strapi);
    await registerPortalCondition(strapi);
    await ensureRoles(strapi);
    registerAdminRoutes(strapi);
    await applyAdminLabels(strapi);
    if (!strapi.config.get('server.cron.enabled')) return;
    const schedule = strapi.service('api::schedule.schedule') as unknown as ScheduleService;
    strapi.cron.add({ scheduledPublishing: { task: () => schedule.run(), options: { rule: '* * * * *' } } });
    strapi.cron.add({ outboxPruning: { task: () => schedule.pruneOutbox(), options: { rule: '17 3 * * *' } } });
    // Anything that fell due while the CMS was down goes out now, not a minute later.
    await schedule.run();
  },
};
