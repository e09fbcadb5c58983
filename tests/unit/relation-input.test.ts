import { describe, expect, it } from 'vitest';
import { finalKeys, normaliseRelation, toOneChange } from '@qn/content';

/**
 * Relation input as Strapi 5 reads it (its `mapRelation`): the one function
 * the CMS uses to read a relation field before it judges anything.
 */
describe('normaliseRelation', () => {
  it.each([
    ['a documentId string', 'abc', { kind: 'set', refs: [{ documentId: 'abc' }] }],
    ['a numeric id', 7, { kind: 'set', refs: [{ id: 7 }] }],
    ['a string that parses as an integer (Strapi reads it as an id)', '7abc', { kind: 'set', refs: [{ id: 7 }] }],
    ['an array of either', ['abc', 8], { kind: 'set', refs: [{ documentId: 'abc' }, { id: 8 }] }],
    ['{ documentId } with locale and status', { documentId: 'abc', locale: null, status: 'draft' }, { kind: 'set', refs: [{ documentId: 'abc' }] }],
    ['{ id } as a string', { id: '9' }, { kind: 'set', refs: [{ id: 9 }] }],
    ['null (clears)', null, { kind: 'set', refs: [] }],
    ['an empty array (clears)', [], { kind: 'set', refs: [] }],
    ['connect as a single object', { connect: { documentId: 'abc' } }, { kind: 'patch', connect: [{ documentId: 'abc' }], disconnect: [] }],
    ['connect with a position', { connect: [{ documentId: 'abc', position: { before: 'xyz' } }] }, { kind: 'patch', connect: [{ documentId: 'abc' }], disconnect: [] }],
    ['disconnect as a single { id }', { disconnect: { id: 3 } }, { kind: 'patch', connect: [], disconnect: [{ id: 3 }] }],
    ['set winning over connect', { set: [{ documentId: 'a' }], connect: [{ documentId: 'b' }] }, { kind: 'set', refs: [{ documentId: 'a' }] }],
    ['set as a single object', { set: { id: 4 } }, { kind: 'set', refs: [{ id: 4 }] }],
    ['an empty set beside connect (set wins: cleared)', { set: [], connect: [{ documentId: 'b' }] }, { kind: 'set', refs: [] }],
    ['an empty object (nothing to do)', {}, { kind: 'absent' }],
    ['undefined', undefined, { kind: 'absent' }],
  ])('reads %s', (_name, value, expected) => {
    expect(normaliseRelation(value)).toEqual(expected);
  });

  it.each([
    ['unknown keys', { add: ['abc'] }],
    ['an unreadable item', { connect: [{ slug: 'abc' }] }],
    ['a boolean', true],
    ['an object item inside a plain array', [{ connect: ['abc'] }]],
  ])('refuses %s rather than guessing', (_name, value) => {
    expect(normaliseRelation(value).kind).toBe('invalid');
  });
});

describe('finalKeys and toOneChange', () => {
  const key = (r: { documentId?: string; id?: number }) => r.documentId ?? `id:${r.id}`;
  it('applies disconnect, then connect, to what the relation holds', () => {
    expect(finalKeys(['a', 'b'], normaliseRelation({ disconnect: ['b'], connect: [{ documentId: 'c' }] }), key)).toEqual(['a', 'c']);
    expect(finalKeys(['a'], normaliseRelation({ set: [{ id: 5 }] }), key)).toEqual(['id:5']);
    expect(finalKeys(['a'], normaliseRelation(undefined), key)).toEqual(['a']);
  });

  it('reads a to-one change in any shape', () => {
    expect(toOneChange({ connect: { documentId: 'p' } })).toEqual({ kind: 'set', documentId: 'p' });
    expect(toOneChange({ disconnect: [{ id: 1 }] })).toEqual({ kind: 'cleared' });
    expect(toOneChange(null)).toEqual({ kind: 'cleared' });
    expect(toOneChange({ connect: [] })).toEqual({ kind: 'unchanged' });
    expect(toOneChange({ foo: 1 })).toEqual({ kind: 'invalid' });
  });
});
