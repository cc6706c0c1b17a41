import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/i18n/en.ts';
import { zhCN } from '../../../src/lib/i18n/zh-CN.ts';

function svelteFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return svelteFiles(path);
    return path.endsWith('.svelte') ? [path] : [];
  });
}

interface Node {
  type: string;
  data?: string;
  name?: string;
  value?: unknown;
  [key: string]: unknown;
}

/** Literal text a person would read: text nodes, and attributes that name or describe a control. */
function literalTexts(node: unknown, found: string[] = []): string[] {
  if (!node || typeof node !== 'object') return found;
  const n = node as Node;
  if (n.type === 'Text' && typeof n.data === 'string' && /\p{L}/u.test(n.data)) found.push(n.data.trim());
  if (n.type === 'Attribute') {
    if (!['aria-label', 'title', 'placeholder', 'alt'].includes(n.name ?? '')) return found;
    const parts = Array.isArray(n.value) ? n.value : [];
    for (const p of parts as Node[]) if (p.type === 'Text' && /\p{L}/u.test(p.data ?? '')) found.push(`${n.name}=${p.data}`);
    return found;
  }
  for (const [key, value] of Object.entries(n)) {
    if (key === 'parent' || key === 'instance' || key === 'module' || key === 'css') continue;
    if (Array.isArray(value)) value.forEach((v) => literalTexts(v, found));
    else if (value && typeof value === 'object') literalTexts(value, found);
  }
  return found;
}

describe('message catalogues', () => {
  it('have the same keys in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const [key, text] of Object.entries(en)) expect(text, key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) expect(names(en[key]), key).toEqual(names(zhCN[key]));
  });

  it('are the only source of words in components', () => {
    const offenders = svelteFiles('src').flatMap((file) => {
      const ast = parse(readFileSync(file, 'utf8'), { modern: true });
      return literalTexts(ast.fragment).map((text) => `${file}: ${text}`);
    });
    expect(offenders).toEqual([]);
  });
});
