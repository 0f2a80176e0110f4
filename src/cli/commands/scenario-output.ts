import type { ScenarioVerdict } from '../../scenario/judge.ts';
import type { RequirementResult } from '../../scenario/requirements/index.ts';

/** The public JSON shape of a scenario verdict (documented in the README). */
export function scenarioJson(verdict: ScenarioVerdict) {
  return {
    id: verdict.id,
    passed: verdict.passed,
    stars: verdict.stars,
    requirements: verdict.requirements.map(requirementJson),
    metrics: verdict.metrics ?? {},
    bonus: verdict.bonus.map(requirementJson),
  };
}

function requirementJson(result: RequirementResult) {
  return {
    id: result.id,
    label: result.label,
    passed: result.passed,
    message: result.message,
    why: result.why,
    fix: result.fix,
    nodes: result.nodes,
    edges: result.edges,
  };
}

export function scenarioText(verdict: ScenarioVerdict, title: string): string {
  const lines = [`${title} (${verdict.id}): ${verdict.passed ? `PASSED, ${'★'.repeat(verdict.stars)}` : 'FAILED'}`];
  for (const result of verdict.requirements) {
    lines.push(`  ${result.passed ? 'PASS' : 'FAIL'} ${result.id}: ${result.label}`);
    if (!result.passed) {
      lines.push(`       what: ${result.message}`, `       why:  ${result.why}`, `       fix:  ${result.fix}`);
      if (result.nodes.length + result.edges.length > 0) lines.push(`       parts: ${[...result.nodes, ...result.edges].join(', ')}`);
    }
  }
  for (const goal of verdict.bonus) lines.push(`  ${goal.passed ? '★' : '☆'} bonus ${goal.id}: ${goal.label}${goal.passed ? '' : ` (${goal.message})`}`);
  return lines.join('\n');
}
