import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');
/** Only the game layer may touch Phaser or the DOM. */
const BROWSER_DIRS = ['game', 'ui'];
const BROWSER_FILES = ['main.ts', 'bridge.ts'];
const FORBIDDEN = [
  { pattern: /from\s+['"]phaser['"]|import\(['"]phaser['"]\)/, what: 'imports Phaser' },
  { pattern: /\bDate\.now\(|new Date\(\)|Math\.random\(|performance\.now\(/, what: 'reads the wall clock or an unseeded random source' },
  { pattern: /\beval\(|new Function\(/, what: 'evaluates code' },
];

function engineFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    const rel = relative(SRC, path);
    if (entry.isDirectory()) return BROWSER_DIRS.includes(rel) ? [] : engineFiles(path);
    return entry.name.endsWith('.ts') && !BROWSER_FILES.includes(rel) ? [path] : [];
  });
}

const ROOT = join(SRC, '..');

describe('the engine stays pure', () => {
  it('type-checks without the DOM library (so no engine file touches the DOM)', () => {
    const tsc = join(ROOT, 'node_modules', '.bin', 'tsc');
    let output = '';
    try {
      execFileSync(tsc, ['--noEmit', '-p', join(ROOT, 'tests', 'engine', 'tsconfig.engine.json')], { cwd: ROOT, encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  });

  const files = engineFiles(SRC);
  it('finds the engine files', () => {
    expect(files.length).toBeGreaterThan(10);
  });
  for (const { pattern, what } of FORBIDDEN) {
    it(`no engine file ${what}`, () => {
      const offenders = files.filter((file) => pattern.test(withoutComments(readFileSync(file, 'utf8')))).map((file) => relative(SRC, file));
      expect(offenders).toEqual([]);
    });
  }
});

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}
