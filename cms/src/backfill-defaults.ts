import type { Core } from '@strapi/strapi';
import { withoutScope } from './access/unscoped';

type Uid = Parameters<Core.Strapi['documents']>[0];
const SCALAR = new Set(['string', 'text', 'enumeration', 'boolean', 'integer', 'biginteger', 'float', 'decimal']);

/**
 * Strapi sets an attribute's default when a row is created, never on rows
 * that existed before the attribute did. After an upgrade that adds one
 * (a portal's `state`, an article's `reviewState`), older rows would hold
 * null where the schema and the GraphQL API promise a value: give them the
 * default, once, at start-up. Returns the attributes that had such rows.
 */
export async function backfillDefaults(strapi: Core.Strapi): Promise<string[]> {
  const filled: string[] = [];
  await withoutScope(strapi, async () => {
    for (const [uid, contentType] of Object.entries(strapi.contentTypes)) {
      if (!uid.startsWith('api::')) continue;
      const attributes = contentType.attributes as Record<string, { type: string; default?: unknown }>;
      for (const [name, attribute] of Object.entries(attributes)) {
        if (attribute.default === undefined || attribute.default === null || !SCALAR.has(attribute.type)) continue;
        const { count } = (await strapi.db.query(uid as Uid).updateMany({ where: { [name]: { $null: true } }, data: { [name]: attribute.default } })) as { count: number };
        if (count > 0) filled.push(`${uid}.${name} (${count})`);
      }
    }
  });
  if (filled.length > 0) strapi.log.info(`Gave older rows the default of attributes added since: ${filled.join(', ')}`);
  return filled;
}
