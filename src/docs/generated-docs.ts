import { rulesMarkdown } from '../rules/catalog-markdown.ts';
import { jsonSchemaDocuments } from '../scenario/json-schemas.ts';
import { factsCoverageDocument } from './facts-coverage-sources.ts';

/**
 * Every generated documentation file, by path from the repository root. Add a generator here
 * and `npm run docs` writes it and tests/docs checks the committed copy is current.
 */
export function generatedDocs(): Record<string, string> {
  return {
    'docs/rules.md': rulesMarkdown(),
    'docs/facts-coverage.md': factsCoverageDocument(),
    ...jsonSchemaDocuments(),
  };
}
