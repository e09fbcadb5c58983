/**
 * Splits documents into batches whose JSON stays under `maxBytes`
 * (Meilisearch refuses a request body over 100 MB by default, and a large
 * body holds the whole batch in memory twice). A document bigger than the
 * limit travels alone. Order is kept.
 */
export function batchesByBytes<T>(documents: readonly T[], maxBytes: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 2;
  for (const document of documents) {
    const bytes = Buffer.byteLength(JSON.stringify(document)) + 1;
    if (current.length > 0 && size + bytes > maxBytes) {
      batches.push(current);
      current = [];
      size = 2;
    }
    current.push(document);
    size += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
