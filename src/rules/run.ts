import type { Design } from '../design/schema.ts';
import { DesignContext } from './context.ts';
import { RULES } from './index.ts';
import type { Finding, Rule } from './types.ts';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Runs rules over a design; findings come errors first, then by rule id, for stable output. */
export function runRules(design: Design | DesignContext, rules: readonly Rule[] = RULES): Finding[] {
  const context = design instanceof DesignContext ? design : new DesignContext(design);
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const report of rule.check(context)) {
      findings.push({
        rule: rule.id,
        severity: rule.severity,
        title: rule.title,
        source: rule.source,
        facts: rule.facts,
        ...(rule.currentFact ? { currentFact: rule.currentFact } : {}),
        ...report,
      });
    }
  }
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.rule.localeCompare(b.rule));
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
