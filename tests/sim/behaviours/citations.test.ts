import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citations as scaling } from '../../../src/sim/behaviours/autoscaling/instance-lifecycle.machine.ts';
import { citations as stacks } from '../../../src/sim/behaviours/cloudformation/stack.machine.ts';
import { citations as alarms } from '../../../src/sim/behaviours/cloudwatch/alarm.machine.ts';
import { citations as identity } from '../../../src/sim/behaviours/cognito/identity.machine.ts';
import { citations as policies } from '../../../src/sim/behaviours/deployment/deployment-policy.machine.ts';
import { citations as pipelines } from '../../../src/sim/behaviours/deployment/pipeline.machine.ts';
import { citations as balancers } from '../../../src/sim/behaviours/elb/load-balancer.machine.ts';
import { auroraReplicaCitation, citations as databases } from '../../../src/sim/behaviours/rds/database-availability.machine.ts';
import { citations as workflows } from '../../../src/sim/behaviours/stepfunctions/execution.machine.ts';
import { citations as tracing } from '../../../src/sim/behaviours/xray/tracing.machine.ts';
import type { Citation } from '../../../src/sim/core/citation.ts';

const NOTES_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'notes');
const notesFile = join(NOTES_DIR, 'aws-developer-associate-notes.txt');
const factsFile = join(NOTES_DIR, 'facts.tsv');
const available = existsSync(notesFile) && existsSync(factsFile);

const ALL: Array<[string, readonly Citation[]]> = [
  ['autoscaling', scaling],
  ['cloudformation', stacks],
  ['cloudwatch', alarms],
  ['cognito', identity],
  ['deployment policies', policies],
  ['pipelines', pipelines],
  ['load balancers', balancers],
  ['databases', [...databases, auroraReplicaCitation]],
  ['step functions', workflows],
  ['x-ray', tracing],
];

describe.skipIf(!available)('behaviour citations', () => {
  const notes = available ? readFileSync(notesFile, 'utf8') : '';
  const rows = available ? readFileSync(factsFile, 'utf8').split('\n').slice(1).map((line) => line.split('\t')) : [];
  const verdicts = new Map(rows.map((row) => [row[0]!, row[3]!]));

  it.each(ALL)('%s quote the notes verbatim and cite facts that exist', (_name, citations) => {
    for (const citation of citations) {
      expect(notes, citation.quote).toContain(citation.quote);
      for (const fact of citation.facts) expect(verdicts.has(fact), fact).toBe(true);
    }
  });

  it.each(ALL)('%s say what changed where a fact is outdated, wrong or partly right', (_name, citations) => {
    for (const citation of citations) {
      const corrected = citation.facts.some((fact) => ['outdated', 'wrong'].includes(verdicts.get(fact) ?? ''));
      if (corrected) expect(citation.currentFact, citation.quote).toBeDefined();
    }
  });
});
