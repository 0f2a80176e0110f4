import { parseArgs } from 'node:util';
import { validate } from '../../engine/validate.ts';
import { describeProblem } from '../../formats/problems.ts';
import type { Finding } from '../../rules/types.ts';
import type { Scenario } from '../../scenario/scenario.ts';
import { EXIT, readTextFile, type Io } from '../io.ts';
import { resolveScenario } from './scenario-option.ts';
import { scenarioJson, scenarioText } from './scenario-output.ts';

export const CHECK_USAGE = 'usage: cloudwright check DESIGN [--scenario ID|FILE [--pack DIR]] [--json]';

/**
 * `cloudwright check DESIGN [--json]`: 0 no error finding, 1 error findings, 2 unreadable or invalid input.
 * With --scenario: 0 only when the design passes the scenario, 1 when it fails.
 */
export async function checkCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false }, scenario: { type: 'string' }, pack: { type: 'string' } },
    allowPositionals: true,
  });
  const [file] = positionals;
  if (!file || positionals.length > 1 || (values.pack !== undefined && values.scenario === undefined)) {
    io.err(CHECK_USAGE);
    return EXIT.badInput;
  }
  let scenario: Scenario | undefined;
  if (values.scenario !== undefined) {
    const resolved = resolveScenario(values.scenario, values.pack);
    if (!resolved.ok) return reportBadInput(io, values.json, resolved.messages);
    scenario = resolved.scenario;
  }
  const read = readTextFile(file);
  if (!read.ok) return reportBadInput(io, values.json, [read.message]);
  const verdict = await validate({ source: read.text, scenario });
  if (!verdict.valid) return reportBadInput(io, values.json, verdict.problems.map((problem) => describeProblem(problem, file)));
  if (verdict.scenario) {
    if (values.json) {
      io.out(JSON.stringify({ ok: verdict.ok, findings: verdict.findings.map(findingJson), scenario: scenarioJson(verdict.scenario) }, null, 2));
    } else {
      if (verdict.findings.length > 0) io.out(`${verdict.findings.map(findingText).join('\n\n')}\n`);
      io.out(scenarioText(verdict.scenario, scenario!.title));
    }
    return verdict.scenario.passed ? EXIT.ok : EXIT.failed;
  }
  if (values.json) {
    io.out(JSON.stringify({ ok: verdict.ok, findings: verdict.findings.map(findingJson) }, null, 2));
  } else {
    io.out(verdict.findings.length === 0 ? `${file}: no findings` : verdict.findings.map(findingText).join('\n\n'));
    const errors = verdict.findings.filter((finding) => finding.severity === 'error').length;
    io.out(`\n${errors} error(s), ${verdict.findings.length - errors} other finding(s)`);
  }
  return verdict.ok ? EXIT.ok : EXIT.failed;
}

function reportBadInput(io: Io, json: boolean | undefined, errors: string[]): number {
  if (json) io.out(JSON.stringify({ ok: false, error: { messages: errors } }, null, 2));
  else io.err(errors.join('\n'));
  return EXIT.badInput;
}

/** The public JSON shape of a finding (documented in the README). */
export function findingJson(finding: Finding) {
  return {
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    why: finding.why,
    fix: finding.fix,
    nodes: finding.nodes,
    edges: finding.edges,
    source: { section: finding.source.section, quote: finding.source.quote },
    ...(finding.currentFact ? { currentFact: finding.currentFact } : {}),
    ...(finding.property ? { property: finding.property } : {}),
    facts: finding.facts,
  };
}

export function findingText(finding: Finding): string {
  const lines = [
    `${finding.severity.toUpperCase()} ${finding.rule}: ${finding.message}`,
    `  why: ${finding.why}`,
    `  fix: ${finding.fix}`,
    `  notes (${finding.source.section}): "${finding.source.quote}"`,
  ];
  if (finding.currentFact) lines.push(`  today: ${finding.currentFact}`);
  return lines.join('\n');
}
