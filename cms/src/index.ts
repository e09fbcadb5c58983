import type { Core } from '@strapi/strapi';
import { registerArticleRules } from './article-rules';
import { registerOutbox, OUTBOX_UID } from './outbox';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerArticleRules(strapi);
    registerOutbox(strapi);
    // The outbox is for the publisher's API token only; keep it out of GraphQL.
    strapi.plugin('graphql').service('extension').shadowCRUD(OUTBOX_UID).disable();
  },
};
