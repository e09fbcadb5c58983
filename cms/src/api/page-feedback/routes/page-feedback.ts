import { factories } from '@strapi/strapi';

// No Content API routes: readers send these through the public service (/api/intake), editors read them in the admin.
export default factories.createCoreRouter('api::page-feedback.page-feedback', { only: [] });
