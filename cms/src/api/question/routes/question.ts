import { factories } from '@strapi/strapi';

// Read-only over the Content API: content is written in the admin, where portal scope is enforced.
export default factories.createCoreRouter('api::question.question', { only: ['find', 'findOne'] });
