import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::schedule-approval.schedule-approval');
