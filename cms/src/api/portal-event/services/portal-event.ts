import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::portal-event.portal-event');
