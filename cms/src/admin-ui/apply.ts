import type { Core } from '@strapi/strapi';
import { labelFor, MAIN_FIELD } from './labels';

interface Metadata {
  edit?: { label?: string; description?: string; mainField?: string };
  list?: { label?: string };
}
interface Configuration {
  settings: { mainField?: string } & Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts: unknown;
}
interface ConfigurationService {
  find(uid: string): { uid: string } | undefined;
  findConfiguration(contentType: { uid: string }): Promise<Configuration>;
  updateConfiguration(contentType: { uid: string }, configuration: Omit<Configuration, 'uid'>): Promise<unknown>;
}
interface Attribute {
  type: string;
  target?: string;
}

function attributesOf(strapi: Core.Strapi, uid: string): Record<string, Attribute> {
  const schema = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] ?? strapi.components[uid as keyof typeof strapi.components];
  return (schema?.attributes ?? {}) as Record<string, Attribute>;
}

/** The field Strapi picks when nobody chose one: the first string attribute. */
function defaultMainField(strapi: Core.Strapi, uid: string): string {
  return Object.entries(attributesOf(strapi, uid)).find(([, a]) => a.type === 'string')?.[0] ?? 'id';
}

/**
 * Gives the content manager Vietnamese field labels and hints, and shows
 * portals by name in relation pickers. Runs at every start and changes only
 * what is still Strapi's default (a label equal to the field name, an empty
 * hint, the default main field), so what an administrator set in "Configure
 * the view" is kept.
 */
export async function applyAdminLabels(strapi: Core.Strapi): Promise<number> {
  const manager = strapi.plugin('content-manager');
  const contentTypes = manager.service('content-types') as unknown as ConfigurationService & { findContentType(uid: string): { uid: string } | undefined };
  const components = manager.service('components') as unknown as ConfigurationService & { findComponent(uid: string): { uid: string } | undefined };
  const targets: Array<[string, ConfigurationService, { uid: string } | undefined]> = [
    ...Object.keys(strapi.contentTypes)
      .filter((uid) => uid.startsWith('api::'))
      .map((uid): [string, ConfigurationService, { uid: string } | undefined] => [uid, contentTypes, contentTypes.findContentType(uid)]),
    ...Object.keys(strapi.components).map((uid): [string, ConfigurationService, { uid: string } | undefined] => [uid, components, components.findComponent(uid)]),
  ];
  let updated = 0;
  for (const [uid, service, model] of targets) {
    if (model && (await relabel(strapi, uid, service, model))) updated += 1;
  }
  return updated;
}

async function relabel(strapi: Core.Strapi, uid: string, service: ConfigurationService, model: { uid: string }): Promise<boolean> {
  const { settings, metadatas, layouts } = await service.findConfiguration(model);
  const attributes = attributesOf(strapi, uid);
  let changed = false;
  const set = <T extends object, K extends keyof T>(target: T | undefined, key: K, value: T[K], isDefault: boolean) => {
    if (!target || !isDefault || target[key] === value) return;
    target[key] = value;
    changed = true;
  };
  for (const [field, meta] of Object.entries(metadatas)) {
    const wanted = labelFor(uid, field);
    if (wanted) {
      set(meta.edit, 'label', wanted.label, meta.edit?.label === field);
      if (wanted.description) set(meta.edit, 'description', wanted.description, !meta.edit?.description);
      set(meta.list, 'label', wanted.label, meta.list?.label === field);
    }
    const target = attributes[field]?.target;
    const shown = target ? MAIN_FIELD[target] : undefined;
    if (target && shown) set(meta.edit, 'mainField', shown, meta.edit?.mainField === defaultMainField(strapi, target));
  }
  const own = MAIN_FIELD[uid];
  if (own) set(settings, 'mainField', own, settings.mainField === defaultMainField(strapi, uid));
  if (changed) await service.updateConfiguration(model, { settings, metadatas, layouts });
  return changed;
}
