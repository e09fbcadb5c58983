import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::publisher-state.publisher-state');
