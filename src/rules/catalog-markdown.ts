import { RULES } from './index.ts';

/** The rule catalog as Markdown (docs/rules.md is generated from this). */
export function rulesMarkdown(): string {
  const lines = [
    '# Rule catalog',
    '',
    'Generated from src/rules by `npm run docs`; do not edit by hand.',
    '',
    `${RULES.length} rules. Severity: **error** means AWS would reject the design or it cannot work; **warning** means it works but breaks a practice the notes teach; **info** is advice.`,
    '',
  ];
  let area = '';
  for (const rule of [...RULES].sort((a, b) => a.id.localeCompare(b.id))) {
    const ruleArea = rule.id.split('/')[0]!;
    if (ruleArea !== area) {
      area = ruleArea;
      lines.push(`## ${area}`, '');
    }
    lines.push(`### \`${rule.id}\``, '', `**${rule.severity}**: ${rule.title}`, '');
    lines.push(`- Notes (${rule.source.section}): "${rule.source.quote}"`);
    if (rule.facts.length > 0) lines.push(`- Facts: ${rule.facts.map((fact) => `\`${fact}\``).join(', ')}`);
    if (rule.currentFact) lines.push(`- Today: ${rule.currentFact}`);
    if (rule.limit) {
      const { kind, property, min, max, unit } = rule.limit;
      const range = [min !== undefined ? `min ${min}` : '', max !== undefined ? `max ${max}` : ''].filter(Boolean).join(', ');
      lines.push(`- Limit: \`${kind}\` \`${property}\` ${range}${unit ? ` ${unit}` : ''}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
