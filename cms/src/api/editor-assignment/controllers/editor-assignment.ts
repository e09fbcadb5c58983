import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::editor-assignment.editor-assignment');
