import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const packages = join(import.meta.dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    // Shipped code only: a test may call `new Function` to prove a CSP refuses it.
    return /\.(ts|js|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

// Comments may name what is forbidden; code may not use it.
const stripComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
const FORBIDDEN = [/\beval\s*\(/, /\bnew\s+Function\b/, /(^|[^\w.])Function\s*\(/, /\bsetTimeout\s*\(\s*['"`]/, /\bsetInterval\s*\(\s*['"`]/];

describe('no code from strings', () => {
  it('finds no eval, new Function or Function() in the core and elements sources (so a CSP without unsafe-eval suffices)', () => {
    const files = ['core', 'elements'].flatMap((name) => sourceFiles(join(packages, name, 'src')));
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.flatMap((file) => {
      const code = stripComments(readFileSync(file, 'utf8'));
      return FORBIDDEN.filter((pattern) => pattern.test(code)).map((pattern) => `${relative(packages, file)}: ${pattern}`);
    });
    expect(offenders).toEqual([]);
  });

  it('the scan would catch each forbidden form', () => {
    for (const code of ['eval("1")', 'new Function("return 1")', 'const f = Function("x")', "setTimeout('x()', 1)"]) {
      expect(FORBIDDEN.some((pattern) => pattern.test(stripComments(code))), code).toBe(true);
    }
    expect(FORBIDDEN.some((pattern) => pattern.test(stripComments('// never eval(x)\nconst ok = isFunction(x);')))).toBe(false);
  });
});
