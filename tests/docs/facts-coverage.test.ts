import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_CITATIONS, collectFactCitations, FACTS_COPY, readFactRows, readNotEncoded } from '../../src/docs/facts-coverage-sources.ts';
import { FACTS_COVERAGE_GOAL, type FactCitations, type FactCoverage, type FactRow, factsCoverage, factsCoverageMarkdown, isCited, parseFactsTsv, parseNotEncoded, unknownCitedFacts } from '../../src/docs/facts-coverage.ts';
import { DEFAULT_FACTS_FILE } from '../../src/scenario/node/read-pack.ts';

const root = join(import.meta.dirname, '..', '..');
const HEADER = 'id\tsection\tclaim_in_notes\tverdict\tcurrent_fact\tsource_url';
const row = (id: string, section = 'SQS', verdict = 'correct') => `${id}\t${section}\tclaim of ${id}\t${verdict}\ttoday of ${id}\thttps://docs.aws.amazon.com/`;

describe('docs/facts.tsv, the copy of the fact-check table', () => {
  it.skipIf(!existsSync(DEFAULT_FACTS_FILE))('equals ../shared/notes/facts.tsv (copy it again when the table changes)', () => {
    expect(readFileSync(FACTS_COPY, 'utf8')).toBe(readFileSync(DEFAULT_FACTS_FILE, 'utf8'));
  });
  if (!existsSync(DEFAULT_FACTS_FILE)) it.skip(`../shared/notes/facts.tsv is not beside the checkout (${DEFAULT_FACTS_FILE}): the copy was not compared`, () => {});

  it('reads as one row per fact with unique ids', () => {
    const rows = readFactRows();
    expect(rows.length).toBeGreaterThan(100);
    expect(new Set(rows.map((fact) => fact.id)).size).toBe(rows.length);
  });
});

describe('the facts coverage of rules, scenarios and behaviours', () => {
  // Read inside the tests, so a campaign that does not load fails them with its reason.
  let read: { facts: FactRow[]; citations: FactCitations; coverage: FactCoverage[]; notEncoded: Record<string, string> } | undefined;
  const sources = () => {
    if (!read) {
      const facts = readFactRows();
      const citations = collectFactCitations();
      read = { facts, citations, coverage: factsCoverage(facts, citations), notEncoded: readNotEncoded() };
    }
    return read;
  };

  it('every fact nothing cites has a reason in docs/facts-not-encoded.yaml', () => {
    const { coverage, notEncoded } = sources();
    const missing = coverage.filter((entry) => !isCited(entry) && !notEncoded[entry.fact.id]).map((entry) => entry.fact.id);
    expect(missing, 'add "fact-id: why it is not encoded" lines for these').toEqual([]);
  });

  it('no fact listed as not encoded is cited (delete its line when a rule, level or behaviour starts citing it)', () => {
    const { coverage, notEncoded } = sources();
    const cited = coverage.filter((entry) => isCited(entry) && entry.fact.id in notEncoded).map((entry) => entry.fact.id);
    expect(cited).toEqual([]);
  });

  it(`the rules, the campaign and the behaviours together cite at least ${FACTS_COVERAGE_GOAL} facts (the campaign's goal)`, () => {
    const { coverage } = sources();
    expect(coverage.filter(isCited).length).toBeGreaterThanOrEqual(FACTS_COVERAGE_GOAL);
  });

  it('docs/facts-not-encoded.yaml names only rows of facts.tsv', () => {
    const { facts, notEncoded } = sources();
    const known = new Set(facts.map((fact) => fact.id));
    expect(Object.keys(notEncoded).filter((id) => !known.has(id))).toEqual([]);
  });

  it('every cited fact id is a row of facts.tsv', () => {
    const { facts, citations } = sources();
    expect(unknownCitedFacts(facts, citations)).toEqual([]);
  });

  it('collects the citations of every behaviour module that exports them', () => {
    const behaviours = join(root, 'src', 'sim', 'behaviours');
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));
    const citing = walk(behaviours)
      .filter((file) => /^export const citations\b/m.test(readFileSync(file, 'utf8')))
      .map((file) => relative(behaviours, file).replace(/\\/g, '/').replace(/\.ts$/, ''))
      .sort();
    expect(Object.keys(BEHAVIOUR_CITATIONS).sort(), 'list every module exporting citations in BEHAVIOUR_CITATIONS (src/docs/facts-coverage-sources.ts)').toEqual(citing);
  });
});

describe('facts coverage, the pure generator', () => {
  const facts = parseFactsTsv([HEADER, row('sqs.dlq'), row('sqs.delay', 'SQS', 'outdated'), row('ddb.rcu', 'DynamoDB'), row('cfn.stacksets', 'CloudFormation')].join('\n'));
  const citations = {
    rules: [{ id: 'sqs/fifo-dlq-must-be-fifo', facts: ['sqs.dlq'] }, { id: 'dynamodb/rcu', facts: ['ddb.rcu', 'not.a.fact'] }],
    scenarios: [{ id: 'fifo-orders', facts: ['sqs.dlq'] }],
    behaviours: [{ id: 'sqs/message-lifecycle.machine', facts: ['sqs.delay'] }],
  };

  it('says where each fact is encoded, in facts.tsv order', () => {
    expect(factsCoverage(facts, citations).map((entry) => [entry.fact.id, entry.rules, entry.scenarios, entry.behaviours])).toEqual([
      ['sqs.dlq', ['sqs/fifo-dlq-must-be-fifo'], ['fifo-orders'], []],
      ['sqs.delay', [], [], ['sqs/message-lifecycle.machine']],
      ['ddb.rcu', ['dynamodb/rcu'], [], []],
      ['cfn.stacksets', [], [], []],
    ]);
    expect(unknownCitedFacts(facts, citations)).toEqual(['not.a.fact']);
  });

  it('renders the counts, a row per fact and the uncited ones with their reasons', () => {
    const markdown = factsCoverageMarkdown({ facts, citations, notEncoded: { 'cfn.stacksets': 'one template | many accounts' } });
    expect(markdown).toContain('**3 of 4 facts are cited**');
    expect(markdown).toContain('2 by rules, 1 by scenarios, 1 by behaviours. 1 are not encoded.');
    expect(markdown).toContain('| `sqs.dlq` | SQS | correct | `sqs/fifo-dlq-must-be-fifo` | `fifo-orders` |  |');
    expect(markdown).toContain('| outdated | 1 | 1 |');
    expect(markdown).toContain('## Not encoded (1)');
    expect(markdown).toContain('| `cfn.stacksets` | CloudFormation | correct | today of cfn.stacksets | one template \\| many accounts |');
  });

  it('refuses a malformed facts.tsv, naming the line', () => {
    expect(() => parseFactsTsv('id\tclaim\n')).toThrow('facts.tsv line 1: the header must be');
    expect(() => parseFactsTsv([HEADER, row('a'), 'only-an-id'].join('\n'))).toThrow('facts.tsv line 3: expected an id, section, claim, verdict and current fact');
    expect(() => parseFactsTsv([HEADER, row('a'), row('a')].join('\n'))).toThrow('facts.tsv line 3: the id "a" appears twice');
  });

  it('refuses a reasons file that is not "fact-id: reason" lines, naming the entry', () => {
    expect(parseNotEncoded('a.b: billing, not architecture\n')).toEqual({ 'a.b': 'billing, not architecture' });
    expect(parseNotEncoded('')).toEqual({});
    expect(() => parseNotEncoded('a.b: ""\n')).toThrow('facts-not-encoded.yaml: a.b: needs a reason');
    expect(() => parseNotEncoded('- a.b\n')).toThrow('expected "fact-id: reason" lines');
    expect(() => parseNotEncoded('a.b: [unclosed\n')).toThrow('facts-not-encoded.yaml: not valid YAML');
  });
});
