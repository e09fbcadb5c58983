import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::portal-build.portal-build');
