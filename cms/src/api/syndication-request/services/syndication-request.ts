import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::syndication-request.syndication-request');
