export { batchesByBytes } from './batches.ts';
export { createSearchIndexer, MEILI_VERSION, searchKeyUid, SearchError, versionProblem, type IndexProgress, type SearchIndexer, type SearchIndexerOptions } from './indexer.ts';
export {
  articlePath,
  noSearchedRecords,
  recordSearchDocuments,
  SEARCH_TYPES,
  SEARCHED_RECORDS,
  searchDocuments,
  toAgencySearchDocuments,
  toLegalSearchDocument,
  toSearchDocument,
  type Searchable,
  type SearchDocument,
  type SearchedRecordKey,
  type SearchType,
} from './document.ts';
export { INDEX_SETTINGS, settingsDiffer } from './settings.ts';
