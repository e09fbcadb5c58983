import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::linked-site.linked-site');
