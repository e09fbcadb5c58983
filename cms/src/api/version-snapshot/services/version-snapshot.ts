import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::version-snapshot.version-snapshot');
