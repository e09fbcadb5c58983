export { createCmsClient, CmsError, type CmsClient, type CmsClientOptions, type FetchResult } from './client.ts';
export { createPublisherApi, LeaseLostError, type PublisherApi } from './publisher-api.ts';
export type { OutboxEvent } from './raw.ts';
export { toArticle, toCategory, toPortal } from './raw.ts';
export { RECORD_KINDS, toRecord } from './records.ts';
