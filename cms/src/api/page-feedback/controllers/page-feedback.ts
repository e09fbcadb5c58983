import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::page-feedback.page-feedback');
