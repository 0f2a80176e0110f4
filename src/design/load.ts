import { acceptanceFor, componentFor } from '../catalog/index.ts';
import { parseText, type ParsedText } from '../formats/parse-text.ts';
import type { LoadResult, Problem } from '../formats/problems.ts';
import { zodProblems } from '../formats/validate.ts';
import { migrateDesign } from './migrate.ts';
import { Design } from './schema.ts';

/** Reads a design from JSON or YAML text: every problem is reported with its path and line. */
export function loadDesignText(text: string): LoadResult<Design> {
  const parsed = parseText(text);
  if (!parsed.ok) return parsed;
  return loadDesignValue(parsed.parsed.value, parsed.parsed);
}

/** Validates an already parsed design document (from the game, or a test). */
export function loadDesignValue(value: unknown, parsed?: ParsedText): LoadResult<Design> {
  const migrated = migrateDesign(value);
  if (!migrated.ok) return { ok: false, problems: [{ path: 'format', message: migrated.message, ...parsed?.locate(['format']) }] };
  const result = Design.safeParse(migrated.document);
  if (!result.success) return { ok: false, problems: zodProblems(result.error, parsed) };
  const problems = checkReferencesAndConfig(result.data, parsed);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: result.data, warnings: [] };
}

function checkReferencesAndConfig(design: Design, parsed?: ParsedText): Problem[] {
  const problems: Problem[] = [];
  const at = (path: Array<string | number>, message: string) => {
    problems.push({ path: pathText(path), message, ...parsed?.locate(path) });
  };
  const kinds = new Map<string, string>();
  design.nodes.forEach((node, index) => {
    if (kinds.has(node.id)) at(['nodes', index, 'id'], `duplicate node id "${node.id}"`);
    kinds.set(node.id, node.kind);
    const definition = componentFor(node.kind);
    if (definition && node.config) {
      const config = definition.config.safeParse(node.config);
      if (!config.success) problems.push(...zodProblems(config.error, parsed, ['nodes', index, 'config']));
    }
  });
  const edgeIds = new Set<string>();
  design.edges.forEach((edge, index) => {
    if (edge.id !== undefined) {
      if (edgeIds.has(edge.id) || kinds.has(edge.id)) at(['edges', index, 'id'], `duplicate id "${edge.id}"`);
      edgeIds.add(edge.id);
    }
    const fromKind = kinds.get(edge.from);
    const toKind = kinds.get(edge.to);
    if (fromKind === undefined) at(['edges', index, 'from'], `no node has the id "${edge.from}"`);
    if (toKind === undefined) at(['edges', index, 'to'], `no node has the id "${edge.to}"`);
    if (edge.from === edge.to) at(['edges', index], 'an edge cannot connect a node to itself');
    if (fromKind && toKind && edge.config) {
      const schema = acceptanceFor(fromKind, toKind, edge.role)?.config;
      const config = schema?.safeParse(edge.config);
      if (config && !config.success) problems.push(...zodProblems(config.error, parsed, ['edges', index, 'config']));
    }
  });
  return problems;
}

function pathText(path: Array<string | number>): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}
