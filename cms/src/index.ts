import type { Core } from '@strapi/strapi';
import { registerOutbox, OUTBOX_UID } from './outbox';
import { registerContentRules } from './rules/content';
import { registerPortalTreeRules } from './rules/portal-tree';
import { registerRetentionRules } from './rules/retention';
import { registerSyndication } from './syndication';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerContentRules(strapi);
    registerPortalTreeRules(strapi);
    registerRetentionRules(strapi);
    registerSyndication(strapi);
    registerOutbox(strapi);
    // The outbox is for the publisher's API token only; keep it out of GraphQL.
    strapi.plugin('graphql').service('extension').shadowCRUD(OUTBOX_UID).disable();
  },
};
