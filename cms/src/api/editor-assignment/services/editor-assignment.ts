import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::editor-assignment.editor-assignment');
