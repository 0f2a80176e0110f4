import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/**
 * Which rows of the fact-check table (facts.tsv) the game teaches, and where: rules, the built-in
 * campaign's objectives, and the simulated behaviours. Pure: the caller reads the files.
 */

/** One row of facts.tsv, as far as coverage needs it. */
export interface FactRow {
  id: string;
  section: string;
  claim: string;
  verdict: string;
  /** What is true today (the current_fact column). */
  currentFact: string;
}

/** Something that cites facts: a rule, a scenario or a simulated behaviour, by its name. */
export interface FactSource {
  id: string;
  facts: readonly string[];
}

export interface FactCitations {
  rules: readonly FactSource[];
  scenarios: readonly FactSource[];
  behaviours: readonly FactSource[];
}

/** Where one fact is encoded; all three empty means it is not taught anywhere. */
export interface FactCoverage {
  fact: FactRow;
  rules: string[];
  scenarios: string[];
  behaviours: string[];
}

export interface FactsCoverageInput {
  facts: readonly FactRow[];
  citations: FactCitations;
  /** Why each uncited fact is left out, by fact id (docs/facts-not-encoded.yaml). */
  notEncoded: Readonly<Record<string, string>>;
}

/** The campaign's goal: at least this many facts cited by rules, scenarios or behaviours. */
export const FACTS_COVERAGE_GOAL = 170;

const COLUMNS = ['id', 'section', 'claim_in_notes', 'verdict', 'current_fact', 'source_url'] as const;

/** Reads facts.tsv's text; a malformed row is an error naming its line. */
export function parseFactsTsv(text: string, file = 'facts.tsv'): FactRow[] {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const header = lines[0]?.split('\t') ?? [];
  if (COLUMNS.some((column, index) => header[index] !== column)) {
    throw new Error(`${file} line 1: the header must be ${COLUMNS.join(', ')} (tab-separated)`);
  }
  const rows: FactRow[] = [];
  const seen = new Set<string>();
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return;
    const cells = line.split('\t');
    const [id = '', section = '', claim = '', verdict = '', currentFact = ''] = cells.map((cell) => cell.trim());
    if (cells.length < 5 || id === '') throw new Error(`${file} line ${index + 2}: expected an id, section, claim, verdict and current fact separated by tabs`);
    if (seen.has(id)) throw new Error(`${file} line ${index + 2}: the id "${id}" appears twice`);
    seen.add(id);
    rows.push({ id, section, claim, verdict, currentFact });
  });
  return rows;
}

const NotEncodedFile = z.record(z.string().min(1), z.string().trim().min(1, 'needs a reason'));

/** Reads docs/facts-not-encoded.yaml: fact id → one line saying why it is not encoded. */
export function parseNotEncoded(text: string, file = 'facts-not-encoded.yaml'): Record<string, string> {
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    throw new Error(`${file}: not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  const result = NotEncodedFile.safeParse(value ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length > 0 ? issue.path.join('.') : 'the file';
    throw new Error(`${file}: ${where}: ${issue.message} (expected "fact-id: reason" lines)`);
  }
  return result.data;
}

/** Every fact with the rules, scenarios and behaviours citing it, in facts.tsv order. */
export function factsCoverage(facts: readonly FactRow[], citations: FactCitations): FactCoverage[] {
  const citing = (sources: readonly FactSource[], fact: string) => sources.filter((source) => source.facts.includes(fact)).map((source) => source.id);
  return facts.map((fact) => ({
    fact,
    rules: citing(citations.rules, fact.id),
    scenarios: citing(citations.scenarios, fact.id),
    behaviours: citing(citations.behaviours, fact.id),
  }));
}

export function isCited(coverage: FactCoverage): boolean {
  return coverage.rules.length + coverage.scenarios.length + coverage.behaviours.length > 0;
}

/** Fact ids cited somewhere that are not rows of facts.tsv (a typo in a rule or scenario). */
export function unknownCitedFacts(facts: readonly FactRow[], citations: FactCitations): string[] {
  const known = new Set(facts.map((fact) => fact.id));
  const cited = [...citations.rules, ...citations.scenarios, ...citations.behaviours].flatMap((source) => source.facts);
  return [...new Set(cited.filter((fact) => !known.has(fact)))].sort();
}

/** docs/facts-coverage.md. */
export function factsCoverageMarkdown(input: FactsCoverageInput): string {
  const coverage = factsCoverage(input.facts, input.citations);
  const cited = coverage.filter(isCited);
  const uncited = coverage.filter((entry) => !isCited(entry));
  const countBy = (pick: (entry: FactCoverage) => string[]) => coverage.filter((entry) => pick(entry).length > 0).length;
  const lines = [
    '# Facts coverage',
    '',
    '<!-- Generated by `npm run docs` from src/docs/facts-coverage.ts; edit docs/facts-not-encoded.yaml, not this file. -->',
    '',
    'Which rows of the fact-check table ([facts.tsv](facts.tsv), a copy of `shared/notes/facts.tsv`) the game teaches:',
    'through a rule (`cloudwright rules --json`, field `facts`), a level of the built-in campaign (its objectives\' `facts`)',
    'or a simulated behaviour (the `citations` of `src/sim/behaviours/`). Facts that are not encoded are listed at the end',
    'with the reason, from [facts-not-encoded.yaml](facts-not-encoded.yaml).',
    '',
    `**${cited.length} of ${coverage.length} facts are cited** (the goal is at least ${FACTS_COVERAGE_GOAL}): ` +
      `${countBy((entry) => entry.rules)} by rules, ${countBy((entry) => entry.scenarios)} by scenarios, ${countBy((entry) => entry.behaviours)} by behaviours. ` +
      `${uncited.length} are not encoded.`,
    '',
    '| verdict in facts.tsv | facts | cited |',
    '| --- | ---: | ---: |',
  ];
  const verdicts = [...new Set(coverage.map((entry) => entry.fact.verdict))];
  for (const verdict of verdicts) {
    const rows = coverage.filter((entry) => entry.fact.verdict === verdict);
    lines.push(`| ${cell(verdict)} | ${rows.length} | ${rows.filter(isCited).length} |`);
  }
  lines.push('', '## Every fact', '', '| fact | section | verdict | rules | scenarios | behaviours |', '| --- | --- | --- | --- | --- | --- |');
  for (const entry of coverage) {
    lines.push(`| \`${entry.fact.id}\` | ${cell(entry.fact.section)} | ${cell(entry.fact.verdict)} | ${codes(entry.rules)} | ${codes(entry.scenarios)} | ${codes(entry.behaviours)} |`);
  }
  // Today's fact rather than the notes' claim, which may be outdated or wrong.
  lines.push('', `## Not encoded (${uncited.length})`, '', '| fact | section | verdict | what is true today | why it is not encoded |', '| --- | --- | --- | --- | --- |');
  for (const entry of uncited) {
    const reason = input.notEncoded[entry.fact.id] ?? '(no reason recorded in facts-not-encoded.yaml)';
    lines.push(`| \`${entry.fact.id}\` | ${cell(entry.fact.section)} | ${cell(entry.fact.verdict)} | ${cell(entry.fact.currentFact)} | ${cell(reason)} |`);
  }
  return `${lines.join('\n')}\n`;
}

function codes(ids: readonly string[]): string {
  return ids.map((id) => `\`${id}\``).join(', ');
}

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}
