import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::content-event.content-event');
