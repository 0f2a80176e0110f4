import { DESIGN_FORMAT } from './schema.ts';

/**
 * Each entry upgrades a document of one format to the next. To add version N+1: freeze the
 * schema in versions/vN+1.ts, point schema.ts at it, and add a step from vN here.
 */
const MIGRATIONS: Record<string, { to: string; migrate: (doc: Record<string, unknown>) => Record<string, unknown> }> = {};

export type MigrationResult = { ok: true; document: unknown; from: string } | { ok: false; message: string };

/** Brings a parsed design document up to the current format, one step at a time. */
export function migrateDesign(document: unknown): MigrationResult {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return { ok: false, message: 'a design must be a mapping with format, nodes and edges' };
  }
  let current = document as Record<string, unknown>;
  const from = current.format;
  if (typeof from !== 'string') {
    return { ok: false, message: `missing "format"; write format: ${DESIGN_FORMAT}` };
  }
  const seen = new Set<string>();
  while (current.format !== DESIGN_FORMAT) {
    const format = String(current.format);
    const step = MIGRATIONS[format];
    if (!step || seen.has(format)) {
      return { ok: false, message: `unknown format "${format}"; this version of Cloudwright reads ${DESIGN_FORMAT}` };
    }
    seen.add(format);
    current = { ...step.migrate(current), format: step.to };
  }
  return { ok: true, document: current, from };
}

/** For tests: registers a temporary step and returns a function that removes it. */
export function registerMigrationForTest(
  from: string,
  to: string,
  migrate: (doc: Record<string, unknown>) => Record<string, unknown>,
): () => void {
  MIGRATIONS[from] = { to, migrate };
  return () => {
    delete MIGRATIONS[from];
  };
}
