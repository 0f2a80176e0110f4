import { rangeRule } from '../../define.ts';

export const memorySizeRange = rangeRule({
  id: 'lambda/memory-size-range',
  severity: 'error',
  title: 'Lambda MemorySize between 128 and 10,240 MB',
  source: { section: 'Lambda', quote: 'Maximum RAM is 10GB' },
  facts: ['lambda.memory.max'],
  kind: 'AWS::Lambda::Function',
  property: 'MemorySize',
  min: 128,
  max: 10_240,
  unit: 'MB',
  why: 'Lambda gives a function 128 MB to 10,240 MB of memory, in 1 MB steps, and CPU in proportion; CloudFormation rejects values outside that range.',
  fix: 'Set MemorySize between 128 and 10240.',
});
