export { createCmsClient, CmsError, type CmsClient, type CmsClientOptions, type FetchResult } from './client.ts';
export type { OutboxEvent } from './raw.ts';
