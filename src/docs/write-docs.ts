// Regenerates the generated files in docs/ (npm run docs). Tests compare the committed files
// with what these generators produce, so a stale docs/ fails the build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedDocs } from './generated-docs.ts';

const root = join(import.meta.dirname, '..', '..');
for (const [path, text] of Object.entries(generatedDocs())) {
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${path}`);
}
