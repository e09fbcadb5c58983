import { describe, expect, it } from 'vitest';
import { batchesByBytes } from '@qn/search';

describe('batchesByBytes', () => {
  const doc = (id: number, text: string) => ({ id: String(id), text });

  it('keeps every batch under the limit, in order, losing nothing', () => {
    const documents = Array.from({ length: 500 }, (_, i) => doc(i, 'Quảng Ninh '.repeat(i % 40)));
    const batches = batchesByBytes(documents, 4_000);
    expect(batches.flat()).toEqual(documents);
    for (const batch of batches) expect(Buffer.byteLength(JSON.stringify(batch))).toBeLessThanOrEqual(4_000);
    expect(batches.length).toBeGreaterThan(10);
  });

  it('measures bytes, not characters (Vietnamese letters take two or three)', () => {
    const text = 'ệ'.repeat(300);
    const [first] = batchesByBytes([doc(1, text), doc(2, text)], 1_000);
    expect(first).toHaveLength(1);
  });

  it('sends a document larger than the limit alone, and nothing for nothing', () => {
    expect(batchesByBytes([doc(1, 'x'.repeat(5_000)), doc(2, 'y')], 1_000).map((b) => b.length)).toEqual([1, 1]);
    expect(batchesByBytes([], 1_000)).toEqual([]);
  });
});
