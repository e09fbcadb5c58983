import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateContent, seedPortals, type SampleContent } from '@qn/seed';
import { contentSpecs } from '../../packages/seed/src/content-writer.ts';

/**
 * Every payload the seed writes, checked against the CMS schemas it is
 * written to: known fields, required fields, lengths, patterns, enumeration
 * values, number ranges and components. Strapi would refuse the same
 * mistakes, but only after booting.
 */
interface Attribute {
  type: string;
  required?: boolean;
  maxLength?: number;
  regex?: string;
  enum?: string[];
  min?: number;
  max?: number;
  component?: string;
  repeatable?: boolean;
}
type Attributes = Record<string, Attribute>;

const CMS = new URL('../../cms/src/', import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, CMS), 'utf8')) as { attributes: Attributes };
const schemaOf = (uid: string) => {
  const name = uid.split('.')[1]!;
  return readJson(`api/${name}/content-types/${name}/schema.json`).attributes;
};
const componentOf = (uid: string) => {
  const [category, name] = uid.split('.');
  return readJson(`components/${category}/${name}.json`).attributes;
};

function problems(attributes: Attributes, data: Record<string, unknown>, path: string): string[] {
  const found: string[] = [];
  for (const [name, attr] of Object.entries(attributes)) {
    if (attr.required && attr.type !== 'relation' && (data[name] === undefined || data[name] === null || data[name] === '')) found.push(`${path}.${name} is required`);
  }
  for (const [name, value] of Object.entries(data)) {
    const attr = attributes[name];
    const at = `${path}.${name}`;
    if (!attr) {
      found.push(`${at} is not in the schema`);
      continue;
    }
    if (value === undefined) continue;
    switch (attr.type) {
      case 'string':
      case 'text':
      case 'email':
        if (typeof value !== 'string') found.push(`${at} is not a string`);
        else {
          if (attr.maxLength !== undefined && value.length > attr.maxLength) found.push(`${at} is longer than ${attr.maxLength}: ${value}`);
          if (attr.regex && !new RegExp(attr.regex).test(value)) found.push(`${at} does not match ${attr.regex}: ${value}`);
          if (attr.type === 'email' && !/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/.test(value)) found.push(`${at} is not an e-mail address: ${value}`);
        }
        break;
      case 'enumeration':
        if (!attr.enum?.includes(String(value))) found.push(`${at} is not one of ${attr.enum?.join(', ')}: ${String(value)}`);
        break;
      case 'integer':
      case 'decimal':
        if (typeof value !== 'number' || (attr.type === 'integer' && !Number.isInteger(value))) found.push(`${at} is not an ${attr.type}`);
        else if ((attr.min !== undefined && value < attr.min) || (attr.max !== undefined && value > attr.max)) found.push(`${at} is out of range: ${value}`);
        break;
      case 'boolean':
        if (typeof value !== 'boolean') found.push(`${at} is not a boolean`);
        break;
      case 'date':
        if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) found.push(`${at} is not a date`);
        break;
      case 'datetime':
        if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) found.push(`${at} is not a date-time`);
        break;
      case 'blocks':
        if (!Array.isArray(value) || value.some((node) => typeof (node as { type?: unknown }).type !== 'string')) found.push(`${at} is not blocks`);
        break;
      case 'component': {
        const inner = componentOf(attr.component!);
        const items = attr.repeatable ? (value as Array<Record<string, unknown>>) : [value as Record<string, unknown>];
        items.forEach((item, i) => found.push(...problems(inner, item, attr.repeatable ? `${at}[${i}]` : at)));
        break;
      }
      case 'relation': {
        const ids = (value as { connect?: Array<{ documentId?: unknown }> }).connect;
        if (!Array.isArray(ids) || ids.some((id) => typeof id.documentId !== 'string')) found.push(`${at} is not a connect list`);
        break;
      }
      default:
        break;
    }
  }
  return found;
}

describe('seed payloads match the CMS schemas', () => {
  const portals = seedPortals();
  const content = generateContent(portals, new Date('2026-11-29T03:00:00Z'));
  // Stand-in document ids: every relation resolves.
  const ids = new Proxy(new Map<string, string>(), { get: (map, prop) => (prop === 'get' ? (key: string) => `doc-${key}` : Reflect.get(map, prop).bind(map)) });
  const specs = contentSpecs({ portals: ids, agencies: ids, leaders: (portal) => [`doc-${portal}-leader`] });

  for (const type of Object.keys(specs) as Array<keyof SampleContent>) {
    it(`${type}`, () => {
      const spec = specs[type];
      const attributes = schemaOf(spec.uid);
      const found = (content[type] as Array<never>).flatMap((item, i) =>
        problems(attributes, (spec.data as (item: never, ids: ReadonlyMap<string, string>) => Record<string, unknown>)(item, ids), `${type}[${i}]`),
      );
      expect(found.slice(0, 10)).toEqual([]);
    });
  }
});
