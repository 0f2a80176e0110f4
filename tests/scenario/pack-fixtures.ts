import { stringify } from 'yaml';
import { scenarioDocument } from './helpers.ts';

/** The texts of a small sound pack: two scenarios in one chapter, one with its designs in files. */
export function goodPackFiles(): Record<string, string> {
  return {
    'pack.yaml': stringify({
      format: 'cloudwright.pack/1',
      id: 'test-pack',
      title: 'Test pack',
      description: 'For tests.',
      author: 'Tests',
      chapters: [{ id: 'messaging', title: 'Messaging', scenarios: ['first', 'second'] }],
    }),
    'first.yaml': stringify(scenarioDocument({ id: 'first' })),
    'second.yaml': stringify(
      scenarioDocument({
        id: 'second',
        tests: { pass: [{ name: 'queue', design: 'second/queue.yaml' }], fail: [{ name: 'empty', design: 'second/empty.yaml', failsWith: 'has-queue' }] },
      }),
    ),
    'second/queue.yaml': 'format: cloudwright.design/1\nnodes: [{ id: q, kind: AWS::SQS::Queue }]\n',
    'second/empty.yaml': 'format: cloudwright.design/1\nnodes: []\n',
  };
}
