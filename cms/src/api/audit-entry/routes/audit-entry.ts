import { factories } from '@strapi/strapi';

// Not part of the public Content API: read in the admin by province administrators only.
export default factories.createCoreRouter('api::audit-entry.audit-entry', { only: [] });
