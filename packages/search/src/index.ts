export { batchesByBytes } from './batches.ts';
export { createSearchIndexer, searchKeyUid, SearchError, type IndexProgress, type SearchIndexer, type SearchIndexerOptions } from './indexer.ts';
export { articlePath, toLegalSearchDocument, toSearchDocument, type SearchDocument } from './document.ts';
export { INDEX_SETTINGS } from './settings.ts';
