import { factories } from '@strapi/strapi';

// The publisher reads the outbox with its API token; nobody writes it over HTTP.
export default factories.createCoreRouter('api::content-event.content-event', { only: ['find'] });
