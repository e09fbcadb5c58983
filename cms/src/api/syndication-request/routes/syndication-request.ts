import { factories } from '@strapi/strapi';

// Read-only over the Content API: content is written in the admin, where portal scope is enforced.
export default factories.createCoreRouter('api::syndication-request.syndication-request', { only: ['find', 'findOne'] });
