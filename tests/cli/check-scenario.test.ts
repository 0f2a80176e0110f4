import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './capture.ts';

const SCENARIOS = join(import.meta.dirname, '..', '..', 'scenarios');
const fifo = (name: string) => join(SCENARIOS, 'fifo-orders', name);

describe('cloudwright check --scenario', () => {
  it('exits 0 and prints the scenario verdict when the design passes', async () => {
    const { code, out } = await cli('check', fifo('pass-batch-of-one.yaml'), '--scenario', 'fifo-orders', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.ok).toBe(true);
    expect(Object.keys(json.scenario)).toEqual(['id', 'passed', 'stars', 'requirements', 'metrics', 'bonus']);
    expect(json.scenario).toMatchObject({ id: 'fifo-orders', passed: true });
    expect(json.scenario.stars).toBeGreaterThanOrEqual(1);
    expect(json.scenario.metrics.sent).toBe(600);
    for (const requirement of json.scenario.requirements) {
      expect(Object.keys(requirement)).toEqual(['id', 'label', 'passed', 'message', 'why', 'fix', 'nodes', 'edges']);
    }
  });

  it('exits 1 when the design fails the scenario, naming the failed requirement with its explanation', async () => {
    const { code, out } = await cli('check', fifo('fail-group-per-order.yaml'), '--scenario', 'fifo-orders', '--json');
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(json.ok).toBe(true); // no error finding: AWS accepts it, yet it fails the brief
    const inOrder = json.scenario.requirements.find((r: { id: string }) => r.id === 'in-order');
    expect(inOrder.passed).toBe(false);
    expect(inOrder.message).toMatch(/out of order at t = /);
    expect(inOrder.fix).toMatch(/messageGroupId: customerId/);
    expect(json.scenario.stars).toBe(0);
  });

  it('reads a scenario file by path, and prints text without --json', async () => {
    const { code, out } = await cli('check', fifo('fail-no-dlq.yaml'), '--scenario', join(SCENARIOS, 'fifo-orders.yaml'));
    expect(code).toBe(1);
    expect(out).toMatch(/Decouple orders with FIFO ordering \(fifo-orders\): FAILED/);
    expect(out).toMatch(/FAIL poison-to-dlq/);
    expect(out).toMatch(/why: {2}A dead-letter queue/);
  });

  it('exits 2 for an unknown scenario id, naming the ones there are', async () => {
    const { code, out } = await cli('check', fifo('pass-batch-of-one.yaml'), '--scenario', 'no-such-level', '--json');
    expect(code).toBe(2);
    expect(JSON.parse(out).error.messages[0]).toMatch(/no scenario "no-such-level" in .*\(it has: fifo-orders, /);
  });

  it('exits 2 for a scenario file that is not valid, with its path and line', async () => {
    const { code, err } = await cli('check', fifo('pass-batch-of-one.yaml'), '--scenario', fifo('start.yaml'));
    expect(code).toBe(2);
    expect(err).toMatch(/start\.yaml/);
  });

  it('keeps the plain check: exit 0 without a scenario', async () => {
    const { code, out } = await cli('check', fifo('pass-batch-of-one.yaml'), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).scenario).toBeUndefined();
  });

  it('refuses --pack without --scenario', async () => {
    expect((await cli('check', fifo('pass-batch-of-one.yaml'), '--pack', SCENARIOS)).code).toBe(2);
  });
});
