import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { validate } from '../../engine/validate.ts';
import { describeProblem } from '../../formats/problems.ts';
import type { Scenario } from '../../scenario/scenario.ts';
import { EXIT, readTextFile, type Io } from '../io.ts';
import { resolveScenario } from './scenario-option.ts';

export const GRADE_USAGE = 'usage: cloudwright grade --scenario ID|FILE [--pack DIR] PATH... [--format csv|json]';

/** One student's design, graded: an unreadable or invalid file is a row with its error. */
export interface GradeRow {
  file: string;
  passed: boolean;
  stars: number;
  failed: string[];
  error?: string;
}

const DESIGN_FILE = /\.(ya?ml|json)$/i;

/** `cloudwright grade`: grades many designs against one scenario; exit 0 whenever grading ran. */
export async function gradeCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { scenario: { type: 'string' }, pack: { type: 'string' }, format: { type: 'string', default: 'csv' } },
    allowPositionals: true,
  });
  if (!values.scenario || positionals.length === 0 || (values.format !== 'csv' && values.format !== 'json')) {
    io.err(GRADE_USAGE);
    return EXIT.badInput;
  }
  const resolved = resolveScenario(values.scenario, values.pack);
  if (!resolved.ok) {
    io.err(resolved.messages.join('\n'));
    return EXIT.badInput;
  }
  const rows: GradeRow[] = [];
  for (const file of positionals.flatMap(designFiles)) rows.push(await gradeFile(file, resolved.scenario));
  io.out(values.format === 'json' ? JSON.stringify(rows, null, 2) : toCsv(rows));
  return EXIT.ok;
}

/** A file as itself; a folder as every design file under it, in a stable order. */
function designFiles(path: string): string[] {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    return [path];
  }
  if (!stat.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const child = join(path, entry.name);
      if (entry.isDirectory()) return designFiles(child);
      return DESIGN_FILE.test(entry.name) ? [child] : [];
    });
}

export async function gradeFile(file: string, scenario: Scenario): Promise<GradeRow> {
  const read = readTextFile(file);
  if (!read.ok) return { file, passed: false, stars: 0, failed: [], error: read.message };
  try {
    const verdict = await validate({ source: read.text, scenario });
    if (!verdict.valid || !verdict.scenario) {
      return { file, passed: false, stars: 0, failed: [], error: verdict.problems.map((problem) => describeProblem(problem)).join('; ') };
    }
    const failed = verdict.scenario.requirements.filter((requirement) => !requirement.passed).map((requirement) => requirement.id);
    return { file, passed: verdict.scenario.passed, stars: verdict.scenario.stars, failed };
  } catch (error) {
    return { file, passed: false, stars: 0, failed: [], error: `could not be graded: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function toCsv(rows: readonly GradeRow[]): string {
  const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = ['file,passed,stars,failed,error'];
  for (const row of rows) lines.push([row.file, String(row.passed), String(row.stars), row.failed.join(' '), row.error ?? ''].map(cell).join(','));
  return lines.join('\n');
}
