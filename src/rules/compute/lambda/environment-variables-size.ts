import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

const LIMIT_BYTES = 4096;

/** Lambda counts the names and values of all variables together. */
function environmentBytes(variables: Record<string, unknown>): number {
  const encoder = new TextEncoder();
  return Object.entries(variables).reduce((total, [name, value]) => total + encoder.encode(name).length + encoder.encode(String(value)).length, 0);
}

export const environmentVariablesSize = defineRule({
  id: 'lambda/environment-variables-size',
  severity: 'error',
  title: 'Lambda environment variables over 4 KB in total',
  source: { section: 'Lambda', quote: "Environment variables can't exceed 4KB, and you can use as many as you want." },
  facts: ['lambda.envvars.size'],
  currentFact: 'The 4 KB limit is on all of a function’s environment variables together, so their number is bounded by that total size.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::Lambda::Function')) {
      const environment = design.config(node).Environment as { Variables?: Record<string, unknown> } | undefined;
      const variables = environment?.Variables ?? {};
      const bytes = environmentBytes(variables);
      if (bytes <= LIMIT_BYTES) continue;
      reports.push({
        message: `${node.id}: its ${Object.keys(variables).length} environment variables take ${bytes} bytes; Lambda allows ${LIMIT_BYTES} bytes (4 KB) in total.`,
        why: 'Lambda rejects a function configuration whose environment variables, names and values together, exceed 4 KB.',
        fix: 'Keep only small settings in environment variables; put large or secret values in SSM Parameter Store or Secrets Manager and read them at start-up, or package a file with the code.',
        nodes: [node.id],
        edges: [],
        property: 'Environment',
      });
    }
    return reports;
  },
});
