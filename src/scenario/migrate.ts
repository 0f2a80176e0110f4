import { PACK_FORMAT, SCENARIO_FORMAT } from './schema.ts';

type Step = { to: string; migrate: (doc: Record<string, unknown>) => Record<string, unknown> };

/**
 * Each entry upgrades a document of one format to the next. To add version N+1: freeze the
 * schema in versions/, point schema.ts at it, and add a step from version N here.
 */
const SCENARIO_MIGRATIONS: Record<string, Step> = {};
const PACK_MIGRATIONS: Record<string, Step> = {};

export type MigrationResult = { ok: true; document: Record<string, unknown>; from: string } | { ok: false; message: string };

export function migrateScenario(document: unknown): MigrationResult {
  return migrate(document, SCENARIO_FORMAT, SCENARIO_MIGRATIONS, 'a scenario must be a mapping with format, id, title, ...');
}

export function migratePack(document: unknown): MigrationResult {
  return migrate(document, PACK_FORMAT, PACK_MIGRATIONS, 'pack.yaml must be a mapping with format, id, title, author and chapters');
}

function migrate(document: unknown, current: string, steps: Record<string, Step>, shape: string): MigrationResult {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return { ok: false, message: shape };
  let doc = document as Record<string, unknown>;
  const from = doc.format;
  if (typeof from !== 'string') return { ok: false, message: `missing "format"; write format: ${current}` };
  const seen = new Set<string>();
  while (doc.format !== current) {
    const format = String(doc.format);
    const step = steps[format];
    if (!step || seen.has(format)) {
      return { ok: false, message: `unknown format "${format}"; this version of Cloudwright reads ${current}` };
    }
    seen.add(format);
    doc = { ...step.migrate(doc), format: step.to };
  }
  return { ok: true, document: doc, from };
}

/** For tests: registers a temporary scenario migration step and returns a function that removes it. */
export function registerScenarioMigrationForTest(from: string, to: string, step: Step['migrate']): () => void {
  SCENARIO_MIGRATIONS[from] = { to, migrate: step };
  return () => {
    delete SCENARIO_MIGRATIONS[from];
  };
}
