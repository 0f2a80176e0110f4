import { loadDesignText, loadDesignValue } from '../design/load.ts';
import { DESIGN_FORMAT } from '../design/schema.ts';
import { type ParsedText, parseText } from '../formats/parse-text.ts';
import { formatPath } from '../formats/problems.ts';
import { zodProblems } from '../formats/validate.ts';
import { migrateScenario } from './migrate.ts';
import { besideFile } from './paths.ts';
import type { FileLoadResult, FileProblem, Scenario, ScenarioDesign } from './scenario.ts';
import { ScenarioSchema, type ScenarioDocument } from './schema.ts';

export interface ScenarioSource {
  /** Path of the scenario file (relative to its pack), for messages and for design paths. */
  file?: string;
  /** Other files by path (relative to the pack): designs the scenario refers to by path. */
  files?: Readonly<Record<string, string>>;
}

/** Reads a scenario from YAML or JSON text: every problem is reported with its file, path and line. */
export function loadScenarioText(text: string, source: ScenarioSource = {}): FileLoadResult<Scenario> {
  const parsed = parseText(text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((problem) => ({ ...problem, file: source.file })) };
  return loadScenarioValue(parsed.parsed.value, source, parsed.parsed);
}

/** Validates a scenario that is already parsed. */
export function loadScenarioValue(value: unknown, source: ScenarioSource = {}, parsed?: ParsedText): FileLoadResult<Scenario> {
  const file = source.file;
  const migrated = migrateScenario(value);
  if (!migrated.ok) return { ok: false, problems: [{ file, path: 'format', message: migrated.message, ...parsed?.locate(['format']) }] };
  const result = ScenarioSchema.safeParse(migrated.document);
  if (!result.success) return { ok: false, problems: zodProblems(result.error, parsed).map((problem) => ({ ...problem, file })) };
  const parsedDoc = result.data;
  const problems: FileProblem[] = [];
  const at = (path: Array<string | number>, message: string) => problems.push({ file, path: formatPath(path), message, ...parsed?.locate(path) });

  checkConsistency(parsedDoc, at);
  const design = (ref: unknown, path: Array<string | number>) => resolveDesign(ref, path, source, parsed, problems);
  const start = parsedDoc.start === undefined ? undefined : design(parsedDoc.start, ['start']);
  const pass = parsedDoc.tests.pass.map((test, index) => ({ name: test.name, design: design(test.design, ['tests', 'pass', index, 'design']) }));
  const fail = parsedDoc.tests.fail.map((test, index) => ({
    name: test.name,
    failsWith: test.failsWith,
    design: design(test.design, ['tests', 'fail', index, 'design']),
  }));
  if (problems.length > 0) return { ok: false, problems };
  const { start: _ref, tests: _tests, ...rest } = parsedDoc;
  const scenario: Scenario = {
    ...rest,
    ...(start ? { start } : {}),
    tests: {
      pass: pass.map((test) => ({ name: test.name, design: test.design! })),
      fail: fail.map((test) => ({ name: test.name, failsWith: test.failsWith, design: test.design! })),
    },
    ...(file !== undefined ? { file } : {}),
  };
  return { ok: true, value: scenario, warnings: [] };
}

/**
 * What the schema cannot say: requirement ids (checklist lines, test expectations) and test names
 * are unique, and a property requirement compares with something.
 */
function checkConsistency(parsedDoc: ScenarioDocument, at: (path: Array<string | number>, message: string) => void): void {
  const seen = new Set<string>();
  const visit = (list: 'requirements' | 'bonus') =>
    parsedDoc[list].forEach((requirement, index) => {
      if (seen.has(requirement.id)) at([list, index, 'id'], `duplicate requirement id "${requirement.id}"`);
      seen.add(requirement.id);
      if (requirement.type === 'property') {
        const tests = [requirement.equals, requirement.atLeast, requirement.atMost, requirement.oneOf].filter((test) => test !== undefined);
        if (tests.length === 0) at([list, index], 'a property requirement needs one of equals, atLeast, atMost or oneOf');
      }
    });
  visit('requirements');
  visit('bonus');
  const names = new Set<string>();
  for (const [group, cases] of [['pass', parsedDoc.tests.pass], ['fail', parsedDoc.tests.fail]] as const) {
    cases.forEach((test, index) => {
      if (names.has(test.name)) at(['tests', group, index, 'name'], `duplicate test name "${test.name}"`);
      names.add(test.name);
    });
  }
}

function resolveDesign(
  ref: unknown,
  path: Array<string | number>,
  source: ScenarioSource,
  parsed: ParsedText | undefined,
  problems: FileProblem[],
): ScenarioDesign | undefined {
  const where = { file: source.file, path: formatPath(path), ...parsed?.locate(path) };
  if (typeof ref === 'string') {
    const designFile = besideFile(source.file, ref);
    const text = source.files?.[designFile];
    if (text === undefined) {
      problems.push({ ...where, message: `design file "${ref}" not found${source.files ? ` (looked for ${designFile})` : ''}` });
      return undefined;
    }
    const loaded = loadDesignText(text);
    if (!loaded.ok) {
      problems.push(...loaded.problems.map((problem) => ({ ...problem, file: designFile })));
      return undefined;
    }
    return { file: designFile, design: loaded.value };
  }
  const value = { format: DESIGN_FORMAT, edges: [], ...(ref as Record<string, unknown>) };
  const loaded = loadDesignValue(value);
  if (!loaded.ok) {
    problems.push(
      ...loaded.problems.map((problem) => {
        const inner = [...path, ...problem.path.split(/\.|(?=\[)/).filter(Boolean).map((part) => (part.startsWith('[') ? Number(part.slice(1, -1)) : part))];
        return { file: source.file, path: formatPath(inner), message: problem.message, ...(parsed?.locate(inner) ?? parsed?.locate(path)) };
      }),
    );
    return undefined;
  }
  return { design: loaded.value };
}
