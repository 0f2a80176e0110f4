import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { componentFor } from '../../src/catalog/index.ts';
import { PackV1 } from '../../src/scenario/versions/pack-v1.ts';
import { RequirementV1 } from '../../src/scenario/versions/requirements-v1.ts';
import { ScenarioV1 } from '../../src/scenario/versions/v1.ts';
import { Fault, SimulationSettings, TrafficStream } from '../../src/sim/types.ts';

const root = join(import.meta.dirname, '..', '..');
const guide = readFileSync(join(root, 'docs', 'instructor-guide.md'), 'utf8');

/** The discriminator values of a union of objects with a literal `type`, read from the schema itself. */
function typesOf(union: { options: readonly unknown[] }): string[] {
  return union.options.map((option) => (option as { shape: { type: { value: string } } }).shape.type.value);
}

/** The guide documents what the scenario schema accepts: a kind added to the schema must be added to the guide. */
describe('docs/instructor-guide.md covers the scenario format', () => {
  it.each(typesOf(RequirementV1))('documents the requirement kind %s with a heading and a YAML example', (kind) => {
    expect(guide).toContain(`### \`${kind}\``);
    expect(guide).toMatch(new RegExp(`type: ${kind}\\b`));
  });

  it.each(typesOf(Fault))('documents the fault type %s with a heading and a YAML example', (type) => {
    expect(guide).toContain(`### \`${type}\``);
    expect(guide).toMatch(new RegExp(`type: ${type}\\b`));
  });

  const fields = [
    ...Object.keys(ScenarioV1.shape).map((key) => ['scenario', key]),
    ...Object.keys(PackV1.shape).map((key) => ['pack.yaml', key]),
    ...Object.keys(SimulationSettings.shape).map((key) => ['simulation', key]),
    ...Object.keys(TrafficStream.shape).map((key) => ['traffic stream', key]),
  ];
  it.each(fields)('names the %s field %s', (_where, key) => {
    expect(guide).toContain(`\`${key}\``);
  });

  it('points editors at the JSON Schemas that exist', () => {
    for (const schema of ['scenario.schema.json', 'pack.schema.json', 'design.schema.json']) expect(guide).toContain(schema);
    expect(guide).toContain('# yaml-language-server: $schema=');
  });
});

/** The YAML code blocks of the guide, in order. */
const yamlBlocks = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);

function problemsOf(schema: z.ZodType, value: unknown, where: string): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${where} ${issue.path.join('.')}: ${issue.message}`);
}

describe('the YAML examples in docs/instructor-guide.md are valid', () => {
  it('every requirement, bonus goal, fault and traffic stream shown is accepted by the schema', () => {
    const problems: string[] = [];
    let checked = 0;
    yamlBlocks.forEach((block, index) => {
      const value = parseYaml(block) as Record<string, unknown> | null;
      if (!value || typeof value !== 'object') return;
      const simulation = (value.simulation ?? {}) as Record<string, unknown>;
      const lists: Array<[string, z.ZodType, unknown]> = [
        ['requirements', RequirementV1, value.requirements],
        ['bonus', RequirementV1, value.bonus],
        ['faults', Fault, value.faults ?? simulation.faults],
        ['traffic', TrafficStream, simulation.traffic],
      ];
      for (const [name, schema, list] of lists) {
        if (!Array.isArray(list)) continue;
        list.forEach((item, i) => {
          checked += 1;
          problems.push(...problemsOf(schema, item, `block ${index + 1} ${name}[${i}]`));
          const kind = (item as { kind?: unknown }).kind;
          if (typeof kind === 'string' && !componentFor(kind)) problems.push(`block ${index + 1} ${name}[${i}] kind: "${kind}" is not in the catalog`);
        });
      }
    });
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(typesOf(RequirementV1).length + typesOf(Fault).length);
  });

  it("the pack.yaml and the scenario shown are the example pack's files, word for word", () => {
    for (const file of ['pack.yaml', 'welcome-emails.yaml', 'welcome-emails/start.yaml']) {
      const text = readFileSync(join(root, 'docs', 'example-pack', file), 'utf8');
      const shown = yamlBlocks.some((block) => block === text || block === `# ${file}\n${text}`);
      expect(shown, `${file} as shown in the guide`).toBe(true);
    }
  });
});
