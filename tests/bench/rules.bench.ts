import { bench, describe } from 'vitest';
import { DesignContext } from '../../src/rules/context.ts';
import { RULES } from '../../src/rules/index.ts';
import { runRules } from '../../src/rules/run.ts';
import { largeDesign } from './large-design.ts';

// Goal: all rules over 500 nodes and 1,000 edges under 20 ms median; growth must be linear,
// so the 4x design should take about 4x as long.
const medium = largeDesign(500, 1000);
const large = largeDesign(2000, 4000);

describe(`all ${RULES.length} rules`, () => {
  bench('500 nodes, 1,000 edges', () => {
    runRules(new DesignContext(medium));
  });
  bench('2,000 nodes, 4,000 edges (4x: should take ~4x)', () => {
    runRules(new DesignContext(large));
  });
});
