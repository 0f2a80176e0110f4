import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadDesignText, loadDesignValue } from '../../src/design/load.ts';
import { runRules } from '../../src/rules/run.ts';

const validDesign = {
  format: 'cloudwright.design/1',
  nodes: [
    { id: 'web', kind: 'Actor::Client' },
    { id: 'q', kind: 'AWS::SQS::Queue', config: { FifoQueue: true, VisibilityTimeout: 60 } },
    { id: 'fn', kind: 'AWS::Lambda::Function', config: { Timeout: 30 } },
  ],
  edges: [
    { from: 'web', to: 'q', config: { messageGroupId: 'customerId' } },
    { from: 'q', to: 'fn' },
  ],
};

/** Either a clean result or a list of problems that each say where: never a throw. */
function expectCleanOutcome(result: ReturnType<typeof loadDesignText>): void {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(typeof problem.path).toBe('string');
    expect(problem.message.length).toBeGreaterThan(0);
  }
}

describe('the loaders take any input without crashing', () => {
  it('random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expectCleanOutcome(loadDesignText(text));
      }),
      { numRuns: 400 },
    );
  });

  it('random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expectCleanOutcome(loadDesignText(JSON.stringify(value)));
        expectCleanOutcome(loadDesignValue(value));
      }),
      { numRuns: 300 },
    );
  });

  it('a valid design with one field mutated', () => {
    const paths: Array<Array<string | number>> = [
      ['format'],
      ['nodes', 0, 'id'],
      ['nodes', 1, 'kind'],
      ['nodes', 1, 'config', 'VisibilityTimeout'],
      ['nodes', 1, 'config', 'FifoQueue'],
      ['edges', 0, 'from'],
      ['edges', 1, 'to'],
      ['edges', 0, 'config'],
      ['nodes', 2],
      ['edges'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 3 }), (path, replacement) => {
        const doc = structuredClone(validDesign) as Record<string, unknown>;
        let target = doc as Record<string | number, unknown>;
        for (const part of path.slice(0, -1)) target = target[part] as Record<string | number, unknown>;
        target[path.at(-1)!] = replacement;
        const result = loadDesignText(stringify(doc));
        expectCleanOutcome(result);
        // whatever loads is safe to run every rule on
        if (result.ok) expect(() => runRules(result.value)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('random bytes decoded as text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expectCleanOutcome(loadDesignText(new TextDecoder().decode(bytes)));
      }),
      { numRuns: 300 },
    );
  });
});
