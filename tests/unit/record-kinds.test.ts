/**
 * The record-kind registry (@qn/content KINDS and ENUMS) and the Strapi
 * schemas describe the same kinds: a field, an enumeration value or a
 * draft-and-publish switch changed on one side and not the other fails here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_PATHS, ENUMS, KINDS, PORTAL_OWNED, RETAINED, SLUG_SOURCES, type RecordKind } from '@qn/content';

const ROOT = join(import.meta.dirname, '../..');
interface Attribute {
  type: string;
  enum?: string[];
  relation?: string;
  target?: string;
}
interface StrapiSchema {
  options: { draftAndPublish: boolean };
  attributes: Record<string, Attribute>;
}
/** Enumerations that steer the editors' workflow in the CMS and never reach a reader (cms/src/review.ts, the royalty ledger). */
const WORKFLOW_ENUMS = new Set(['reviewState', 'royaltyCategory']);

function schemaOf(uid: string): StrapiSchema {
  const name = /^api::([a-z-]+)\.\1$/.exec(uid)?.[1];
  expect(name, uid).toBeDefined();
  const path = join(ROOT, 'cms/src/api', name!, 'content-types', name!, 'schema.json');
  expect(existsSync(path), path).toBe(true);
  return JSON.parse(readFileSync(path, 'utf8')) as StrapiSchema;
}

describe.each(KINDS as readonly RecordKind[])('the $key kind', (kind) => {
  const schema = schemaOf(kind.uid);

  it('has the Strapi type, draft and publish, and portal the registry says', () => {
    expect(schema.options.draftAndPublish).toBe(kind.draftAndPublish);
    if (kind.portalOwned) expect(schema.attributes.portal).toMatchObject({ type: 'relation', target: 'api::portal.portal' });
    if (kind.path) expect(schema.attributes.slug?.type, 'a kind with pages has a slug').toBeDefined();
    if (kind.path) expect(schema.attributes.body?.type, 'a kind with pages has a body').toBe('blocks');
    expect(schema.attributes.files?.type === 'media', 'files').toBe(kind.files);
  });

  it('has exactly the enumerations the registry labels, value for value in order', () => {
    const inSchema = Object.entries(schema.attributes).filter(([field, a]) => a.type === 'enumeration' && !WORKFLOW_ENUMS.has(field));
    expect(inSchema.map(([field]) => field).sort()).toEqual(Object.keys(kind.enums).sort());
    for (const [field, attribute] of inSchema) expect(attribute.enum, `${kind.uid}.${field}`).toEqual(Object.keys(ENUMS[kind.enums[field]!]));
  });
});

describe('what the platform derives from the registry', () => {
  it('labels every enumeration value in Vietnamese, English and Chinese, in NFC', () => {
    for (const [name, values] of Object.entries(ENUMS)) {
      for (const [value, labels] of Object.entries(values)) {
        for (const text of Object.values(labels)) {
          expect(text, `${name}.${value}`).not.toBe('');
          expect(text, `${name}.${value}`).toBe(text.normalize('NFC'));
        }
      }
    }
  });

  it('gives addresses, slugs, portal scope and retention from the same entries', () => {
    expect(CONTENT_PATHS).toEqual(Object.fromEntries(KINDS.flatMap((k) => (k.path ? [[k.uid, k.path]] : []))));
    expect(Object.keys(SLUG_SOURCES).sort()).toEqual(Object.keys(CONTENT_PATHS).sort());
    expect([...PORTAL_OWNED].sort()).toEqual(KINDS.filter((k) => k.portalOwned).map((k) => k.uid).sort());
    expect([...RETAINED].sort()).toEqual(KINDS.filter((k) => k.draftAndPublish).map((k) => k.uid).sort());
    // Every path is its own: two kinds never share an address.
    expect(new Set(Object.values(CONTENT_PATHS)).size).toBe(Object.keys(CONTENT_PATHS).length);
  });
});
