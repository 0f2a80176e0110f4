import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTemplate } from '../../src/iac/import-template.ts';

const read = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'bad', name), 'utf8');

function problems(text: string) {
  const result = importTemplate(text);
  if (result.ok) throw new Error('expected the template to be refused');
  return result.problems;
}

describe('bad templates get a clear error with where it is', () => {
  it('not YAML: the parser’s complaint and its line', () => {
    const [problem] = problems(read('not-yaml.template'));
    expect(problem?.message).toMatch(/^not valid YAML or JSON/);
    expect(problem?.line).toBeGreaterThanOrEqual(4);
  });

  it('not a template: no Resources section', () => {
    const [problem] = problems(read('no-resources.yaml'));
    expect(problem?.message).toMatch(/not a CloudFormation template: Resources/);
    expect(problem?.line).toBe(1);
  });

  it('Resources that is not a mapping is named by its path', () => {
    const [problem] = problems('Resources:\n  - Type: AWS::SQS::Queue\n');
    expect(problem).toMatchObject({ path: 'Resources', line: 2 });
  });

  it('a resource without a Type', () => {
    const [problem] = problems('Resources:\n  Queue:\n    Properties: {}\n');
    expect(problem).toMatchObject({ path: 'Resources.Queue.Type', message: expect.stringContaining('needs a Type') });
  });

  it('a reference to nothing: the path of the !GetAtt and its line', () => {
    const [problem] = problems(read('dangling-ref.yaml'));
    expect(problem).toMatchObject({ path: 'Resources.Worker.Properties.Role.Fn::GetAtt', line: 7 });
    expect(problem?.message).toContain('"MissingRole"');
  });

  it('a !Sub variable naming nothing, and a DependsOn naming nothing', () => {
    const found = problems(
      `Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    DependsOn: Ghost\n    Properties:\n      QueueName: !Sub "\${Missing}-jobs"\n`,
    );
    expect(found.map((problem) => problem.path).sort()).toEqual(['Resources.Queue.DependsOn', 'Resources.Queue.Properties.QueueName.Fn::Sub']);
  });

  it('a !Sub variable defined by its own map, a parameter or a pseudo parameter is fine', () => {
    const result = importTemplate(
      `Parameters:\n  Env:\n    Type: String\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Sub ["\${Env}-\${AWS::Region}-\${Suffix}", { Suffix: jobs }]\n`,
    );
    expect(result.ok).toBe(true);
  });

  it('a circular reference names the circle', () => {
    const [problem] = problems(read('circular.yaml'));
    expect(problem?.message).toBe('circular dependency: A → B → A');
    expect(problem).toMatchObject({ path: 'Resources.A', line: 3 });
  });

  it('a circle through DependsOn is a circle too', () => {
    const [problem] = problems('Resources:\n  A:\n    Type: AWS::SQS::Queue\n    DependsOn: B\n  B:\n    Type: AWS::SQS::Queue\n    DependsOn: [A]\n');
    expect(problem?.message).toBe('circular dependency: A → B → A');
  });

  it('an unknown tag is refused, not read as text', () => {
    const [problem] = problems(read('unknown-tag.yaml'));
    expect(problem).toMatchObject({ message: 'Unresolved tag: !Shell', line: 5 });
  });

  it('keeps parse-text’s limits: forbidden keys, aliases, depth', () => {
    expect(problems(read('proto-key.yaml'))[0]).toMatchObject({ path: 'Resources.Queue.Properties.__proto__', line: 5 });
    const aliases = `a: &a [x]\nb: [${Array.from({ length: 200 }, () => '*a').join(', ')}]\nResources: {}\n`;
    expect(problems(aliases)[0]?.message).toMatch(/alias/i);
    const deep = `Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      X: ${'['.repeat(80)}${']'.repeat(80)}\n`;
    expect(problems(deep)[0]?.message).toMatch(/nested too deeply/);
  });

  it('a logical id that is not alphanumeric', () => {
    const [problem] = problems('Resources:\n  orders-queue:\n    Type: AWS::SQS::Queue\n');
    expect(problem).toMatchObject({ path: 'Resources.orders-queue', message: expect.stringContaining('alphanumeric') });
  });
});
