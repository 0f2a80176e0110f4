import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/rules/messaging/index.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const RULES_DIR = join(ROOT, 'src', 'rules', 'messaging');
const SERVICES = ['sqs', 'sns', 'ses', 'kinesis', 'firehose'];

/** One rule per file, named by its id: src/rules/messaging/<service>/<check>.ts, fixture tests/rules/fixtures/<service>/<check>.yaml. */
describe('messaging rules are laid out by id', () => {
  it.each(rules.map((rule) => rule.id))('%s', (id) => {
    const [service, check] = id.split('/');
    expect(SERVICES).toContain(service);
    expect(check).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const file = join(RULES_DIR, `${service}/${check}.ts`);
    expect(existsSync(file), `${file} exists`).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(`'${id}'`);
    expect(existsSync(join(ROOT, 'tests', 'rules', 'fixtures', `${service}/${check}.yaml`))).toBe(true);
  });

  it('every rule file under a service folder is registered in the index', () => {
    const ids = new Set(rules.map((rule) => rule.id));
    const files = SERVICES.flatMap((service) =>
      readdirSync(join(RULES_DIR, service))
        .filter((name) => name.endsWith('.ts'))
        .map((name) => ({ service, name, text: readFileSync(join(RULES_DIR, service, name), 'utf8') })),
    );
    // Helpers (factories) declare no id of their own.
    const ruleFiles = files.filter((file) => file.text.includes(`id: '${file.service}/`) || file.text.includes(`'${file.service}/${file.name.slice(0, -3)}'`));
    expect(ruleFiles.map((file) => `${file.service}/${file.name.slice(0, -3)}`).filter((id) => !ids.has(id))).toEqual([]);
  });
});
