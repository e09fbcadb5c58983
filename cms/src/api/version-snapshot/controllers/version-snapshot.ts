import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::version-snapshot.version-snapshot');
