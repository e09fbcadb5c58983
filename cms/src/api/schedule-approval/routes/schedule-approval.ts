import { factories } from '@strapi/strapi';

// Not part of the public Content API: written by the platform, read by province administrators.
export default factories.createCoreRouter('api::schedule-approval.schedule-approval', { only: [] });
