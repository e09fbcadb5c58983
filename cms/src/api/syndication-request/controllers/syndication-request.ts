import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::syndication-request.syndication-request');
