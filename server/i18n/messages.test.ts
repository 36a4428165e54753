import { describe, expect, it } from 'vitest';
import { messagesFor } from './translator';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const catalogs = { kk: flatten(messagesFor('kk') as Tree), ru: flatten(messagesFor('ru') as Tree), en: flatten(messagesFor('en') as Tree) };
const allKeys = new Set(Object.values(catalogs).flatMap((c) => [...c.keys()]));

/** Top-level ICU argument names ({name}, {count, plural, …}), ignoring those inside plural branches. */
function argumentNames(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    if (message[i] === '{') {
      if (depth === 0) names.add(/^\{\s*(\w+)/.exec(message.slice(i))?.[1] ?? '');
      depth++;
    } else if (message[i] === '}') depth--;
  }
  names.delete('');
  return [...names].sort();
}

describe('translations', () => {
  it.each(Object.keys(catalogs))('%s has every key that any language has', (language) => {
    const catalog = catalogs[language as keyof typeof catalogs];
    const missing = [...allKeys].filter((key) => !catalog.has(key));
    expect(missing, `missing in messages/${language}.json`).toEqual([]);
  });

  it('has no empty messages', () => {
    for (const [language, catalog] of Object.entries(catalogs)) {
      for (const [key, value] of catalog) expect(value.trim(), `${language}: ${key}`).not.toBe('');
    }
  });

  it('uses the same placeholders in every language', () => {
    for (const key of allKeys) {
      const expected = argumentNames(catalogs.en.get(key) ?? '');
      expect(argumentNames(catalogs.kk.get(key) ?? ''), `kk: ${key}`).toEqual(expected);
      expect(argumentNames(catalogs.ru.get(key) ?? ''), `ru: ${key}`).toEqual(expected);
    }
  });

  it('writes Kazakh with the Kazakh letters, not Russian look-alikes', () => {
    const kazakhText = [...catalogs.kk.values()].join(' ');
    expect(kazakhText).toMatch(/[әғқңөұүһі]/);
    // "Сыбыс" (rumour) must be spelled in Kazakh in the promise of the home page.
    expect(catalogs.kk.get('home.reportCta')).toContain('Сыбыс');
  });
});
