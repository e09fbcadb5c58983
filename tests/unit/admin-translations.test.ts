import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
// Imported by address: the admin panel's sources are ES modules inside the CMS's CommonJS package, which the root type check does not compile.
const { vi } = (await import(pathToFileURL(join(ROOT, 'cms/src/admin/translations/vi.ts')).href)) as { vi: Record<string, string> };
const require = createRequire(import.meta.url);

type Messages = Record<string, string>;

/** The packages whose admin strings the panel shows, where Strapi keeps their translations, and how `config.translations` names their keys. */
const PACKAGES = [
  { name: 'admin', prefix: '', dir: 'node_modules/@strapi/admin/dist/admin/admin/src/translations' },
  { name: 'content-manager', prefix: 'content-manager.', dir: 'node_modules/@strapi/content-manager/dist/admin/translations' },
  { name: 'upload', prefix: 'upload.', dir: 'node_modules/@strapi/upload/dist/admin/translations' },
].map((pkg) => ({ ...pkg, en: load(join(ROOT, pkg.dir, 'en.json.js')), vi: load(join(ROOT, pkg.dir, 'vi.json.js')) }));

/** A compiled translation file: a CommonJS module whose object is the module itself or its `default`. A missing file (upload has no Vietnamese) is empty. */
function load(path: string): Messages {
  if (!existsSync(path)) return {};
  const mod = require(path) as { default?: unknown };
  const object = (mod.default ?? mod) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(object).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

interface Shape {
  /** Argument names: `{name}`, `{name, number}`, and the variable of each plural or select, at any depth. */
  args: string[];
  /** Tag names, opening or closing: `<b>`, `</a>`. */
  tags: string[];
  /** Each plural or select as `name:type:keys`, so `one`, `other`, `=0`, `undefined`… stay as they are. */
  choices: string[];
}

/** Reads an ICU MessageFormat string as react-intl does (quotes, nested plural/select, tags) and throws where it would not parse. */
function shape(message: string): Shape {
  const args = new Set<string>();
  const tags = new Set<string>();
  const choices = new Set<string>();
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${i} in ${JSON.stringify(message)}`);
  };
  const skipSpace = () => {
    while (/\s/.test(message[i] ?? '')) i++;
  };
  const take = (pattern: RegExp, what: string) => {
    const found = pattern.exec(message.slice(i))?.[0] ?? fail(`expected ${what}`);
    i += found.length;
    return found;
  };

  // Literal text up to the end, or up to the `}` that closes a plural/select branch (left for the caller).
  const text = (nested: boolean): void => {
    while (i < message.length) {
      const c = message[i];
      if (c === "'") {
        const next = message[i + 1];
        if (next === "'") i += 2;
        else if (next !== undefined && /[{}<>#|]/.test(next)) {
          const end = message.indexOf("'", i + 1);
          i = end < 0 ? message.length : end + 1;
        } else i++;
      } else if (c === '{') argument();
      else if (c === '}') {
        if (nested) return;
        fail('unbalanced }');
      } else if (c === '<') {
        const tag = /^<\/?([A-Za-z][\w-]*)\s*\/?>/.exec(message.slice(i));
        if (tag?.[1]) tags.add(tag[1]);
        i += tag ? tag[0].length : 1;
      } else i++;
    }
    if (nested) fail('unclosed {');
  };

  const argument = (): void => {
    i++;
    skipSpace();
    const name = take(/^[^\s{},#'<>]+/, 'an argument name');
    args.add(name);
    skipSpace();
    if (message[i] === '}') {
      i++;
      return;
    }
    if (message[i] !== ',') fail('expected , or }');
    i++;
    skipSpace();
    const type = take(/^\w+/, 'an argument type');
    skipSpace();
    if (type !== 'plural' && type !== 'select' && type !== 'selectordinal') {
      // `{n, number}` or `{d, date, short}`: skip the style.
      const end = message.indexOf('}', i);
      if (end < 0) fail('unclosed {');
      i = end + 1;
      return;
    }
    if (message[i] !== ',') fail('expected ,');
    i++;
    const keys: string[] = [];
    for (;;) {
      skipSpace();
      if (i >= message.length) fail('unclosed {');
      if (message[i] === '}') {
        i++;
        break;
      }
      const key = take(/^[^\s{}]+/, 'a plural or select key');
      if (key.startsWith('offset:')) continue;
      skipSpace();
      if (message[i] !== '{') fail('expected {');
      i++;
      text(true);
      i++;
      keys.push(key);
    }
    if (keys.length === 0 || !keys.includes('other')) fail(`${type} without other`);
    choices.add(`${name}:${type}:${keys.join(',')}`);
  };

  text(false);
  return { args: [...args].sort(), tags: [...tags].sort(), choices: [...choices].sort() };
}

/** Our keys, each with its English source: a plugin's by prefix, else the admin's. */
const ours = Object.entries(vi).map(([key, value]) => {
  const pkg = PACKAGES.find((p) => p.prefix !== '' && key.startsWith(p.prefix)) ?? PACKAGES[0];
  return { key, value, english: pkg?.en[key.slice(pkg.prefix.length)] };
});

describe('the Vietnamese admin panel', () => {
  it('has a Vietnamese string for every English string of the admin, content-manager and upload packages', () => {
    const missing = PACKAGES.flatMap((pkg) => Object.keys(pkg.en).filter((key) => !pkg.vi[key] && !vi[pkg.prefix + key]).map((key) => pkg.prefix + key));
    expect(missing).toEqual([]);
  });

  it('keeps no key that the English sources no longer have', () => {
    expect(ours.filter((entry) => entry.english === undefined).map((entry) => entry.key)).toEqual([]);
  });

  it("keeps each English string's placeholders, plural and select keys, and tags", () => {
    const problems = ours.flatMap(({ key, value, english }) => {
      if (english === undefined) return [];
      const expected = shape(english);
      let actual: Shape;
      try {
        actual = shape(value);
      } catch (error) {
        return [`${key}: ${(error as Error).message}`];
      }
      return (['args', 'tags', 'choices'] as const)
        .filter((part) => actual[part].join('|') !== expected[part].join('|'))
        .map((part) => `${key}: ${part} ${JSON.stringify(actual[part])}, English has ${JSON.stringify(expected[part])}`);
    });
    expect(problems).toEqual([]);
  });

  it('writes every translation non-empty and NFC-normalised', () => {
    expect(ours.filter(({ value }) => value.trim() === '' || value !== value.normalize('NFC')).map((entry) => entry.key)).toEqual([]);
  });

  it('reads ICU placeholders nested in plural and select blocks, and tags', () => {
    expect(shape('{count, plural, one {The {actions} action <b>x</b>} other {# {actions}}} of {total, number}')).toEqual({
      args: ['actions', 'count', 'total'],
      tags: ['b'],
      choices: ['count:plural:one,other'],
    });
    expect(shape("'<'YOUR_DOMAIN'>' {a}")).toEqual({ args: ['a'], tags: [], choices: [] });
    expect(() => shape('{count, plural, one {# item}')).toThrow(/unclosed/);
  });
});
