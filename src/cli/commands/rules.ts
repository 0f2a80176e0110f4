import { parseArgs } from 'node:util';
import { RULES } from '../../rules/index.ts';
import { rulesMarkdown } from '../../rules/catalog-markdown.ts';
import { EXIT, type Io } from '../io.ts';

/** `cloudwright rules [--json | --markdown]`: the rule catalog. */
export function rulesCommand(args: string[], io: Io): number {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' }, markdown: { type: 'boolean' } } });
  if (values.json) {
    io.out(
      JSON.stringify(
        RULES.map((rule) => ({
          id: rule.id,
          severity: rule.severity,
          title: rule.title,
          source: rule.source,
          facts: rule.facts,
          ...(rule.currentFact ? { currentFact: rule.currentFact } : {}),
          ...(rule.limit ? { limit: rule.limit } : {}),
        })),
        null,
        2,
      ),
    );
  } else if (values.markdown) {
    io.out(rulesMarkdown());
  } else {
    for (const rule of RULES) io.out(`${rule.id.padEnd(48)} ${rule.severity.padEnd(8)} ${rule.title}`);
    io.out(`\n${RULES.length} rules`);
  }
  return EXIT.ok;
}
