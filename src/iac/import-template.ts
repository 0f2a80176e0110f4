import type { Design } from '../design/schema.ts';
import { loadDesignValue } from '../design/load.ts';
import type { Problem } from '../formats/problems.ts';
import { buildDesign } from './import/build-design.ts';
import { expandSam } from './import/expand-sam.ts';
import { locator } from './import/locate.ts';
import { parseTemplate } from './import/parse-template.ts';
import { checkReferences } from './import/references.ts';

export type ImportResult = { ok: true; design: Design; warnings: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Reads a CloudFormation or SAM template (YAML or JSON) into a design: resources become nodes,
 * their wiring becomes edges, and a Cloudwright export's Metadata restores layout and settings.
 * Bad input gives problems with the path and line of each.
 */
export function importTemplate(text: string): ImportResult {
  const parsed = parseTemplate(text);
  if (!parsed.ok) return parsed;
  const problems = checkReferences(parsed.parsed);
  if (problems.length > 0) return { ok: false, problems };
  const at = locator(parsed.parsed.locate);
  const expanded = expandSam(parsed.parsed.template, at);
  const { design, warnings } = buildDesign(expanded.template, at);
  const loaded = loadDesignValue(design);
  if (!loaded.ok) return { ok: false, problems: loaded.problems.map((problem) => ({ ...problem, message: `imported design: ${problem.message}` })) };
  return { ok: true, design: loaded.value, warnings: [...expanded.warnings, ...warnings] };
}
