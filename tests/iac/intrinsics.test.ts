import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTRINSIC_TAGS } from '../../src/iac/intrinsic-tags.ts';
import { parseTemplate } from '../../src/iac/import/parse-template.ts';
import { templateToYaml } from '../../src/iac/write-yaml.ts';

function properties(yaml: string): Record<string, unknown> {
  const parsed = parseTemplate(`Resources:\n  R:\n    Type: AWS::SQS::Queue\n    Properties:\n${yaml}`);
  if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'));
  return parsed.parsed.template.Resources.R!.Properties!;
}

describe('short-form intrinsics', () => {
  it('each of the 17 tags reads as its long form', () => {
    const read = properties(
      [
        'Ref: !Ref Queue',
        'Condition: !Condition IsProd',
        'GetAtt: !GetAtt Queue.Arn',
        'Nested: !GetAtt Cache.RedisEndpoint.Address',
        `Sub: !Sub "\${AWS::StackName}-jobs"`,
        'Join: !Join [",", [a, b]]',
        'If: !If [IsProd, 1, 2]',
        'Select: !Select [0, !GetAZs ""]',
        'Split: !Split [",", "a,b"]',
        'FindInMap: !FindInMap [Map, Key, Value]',
        'ImportValue: !ImportValue shared-vpc',
        'Base64: !Base64 hello',
        'Equals: !Equals [a, b]',
        'And: !And [!Equals [a, a], !Not [!Equals [a, b]]]',
        'Or: !Or [!Condition A, !Condition B]',
        'Cidr: !Cidr ["10.0.0.0/16", 4, 8]',
        'SubMap: !Sub',
        `  - "\${Name}"`,
        '  - Name: !Ref Queue',
      ]
        .map((line) => `      ${line}`)
        .join('\n'),
    );
    expect(read).toEqual({
      Ref: { Ref: 'Queue' },
      Condition: { Condition: 'IsProd' },
      GetAtt: { 'Fn::GetAtt': ['Queue', 'Arn'] },
      Nested: { 'Fn::GetAtt': ['Cache', 'RedisEndpoint.Address'] },
      Sub: { 'Fn::Sub': `\${AWS::StackName}-jobs` },
      Join: { 'Fn::Join': [',', ['a', 'b']] },
      If: { 'Fn::If': ['IsProd', 1, 2] },
      Select: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
      Split: { 'Fn::Split': [',', 'a,b'] },
      FindInMap: { 'Fn::FindInMap': ['Map', 'Key', 'Value'] },
      ImportValue: { 'Fn::ImportValue': 'shared-vpc' },
      Base64: { 'Fn::Base64': 'hello' },
      Equals: { 'Fn::Equals': ['a', 'b'] },
      And: { 'Fn::And': [{ 'Fn::Equals': ['a', 'a'] }, { 'Fn::Not': [{ 'Fn::Equals': ['a', 'b'] }] }] },
      Or: { 'Fn::Or': [{ Condition: 'A' }, { Condition: 'B' }] },
      Cidr: { 'Fn::Cidr': ['10.0.0.0/16', 4, 8] },
      SubMap: { 'Fn::Sub': [`\${Name}`, { Name: { Ref: 'Queue' } }] },
    });
    expect(Object.keys(INTRINSIC_TAGS)).toHaveLength(17);
  });

  it('a tag on a mapping reads as the long form of that mapping', () => {
    expect(properties('      B: !Base64 { "Fn::Sub": "x" }')).toEqual({ B: { 'Fn::Base64': { 'Fn::Sub': 'x' } } });
  });

  it('problems inside an intrinsic still get their line', () => {
    const parsed = parseTemplate('Resources:\n  R:\n    Type: X\n    Properties:\n      A: !Join\n        - ""\n        - [!Ref B]\n');
    expect(parsed.ok && parsed.parsed.locate(['Resources', 'R', 'Properties', 'A', 'Fn::Join', 1, 0])?.line).toBe(7);
  });

  it('the writer uses the short forms, and reading them back gives the same template', () => {
    const template = {
      Resources: {
        Q: { Type: 'AWS::SQS::Queue', Properties: { RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': ['D', 'Arn'] }, maxReceiveCount: 5 } } },
        D: { Type: 'AWS::SQS::Queue', Properties: { QueueName: { 'Fn::Sub': [`\${S}-dlq`, { S: { Ref: 'AWS::StackName' } }] } } },
        P: {
          Type: 'AWS::SQS::QueuePolicy',
          Properties: {
            Queues: [{ Ref: 'Q' }],
            PolicyDocument: { Statement: [{ Effect: 'Allow', Condition: { ArnEquals: { 'aws:SourceArn': { Ref: 'Q' } } } }] },
          },
        },
      },
    };
    const yaml = templateToYaml(template);
    expect(yaml).toContain('deadLetterTargetArn: !GetAtt D.Arn');
    expect(yaml).toContain('- !Ref Q');
    expect(yaml).toContain('QueueName: !Sub');
    // A policy's Condition block is data, not the Condition function.
    expect(yaml).toContain('Condition:\n');
    const parsed = parseTemplate(yaml);
    expect(parsed.ok && parsed.parsed.template).toEqual(template);
  });

  it('any template of plain values and intrinsics survives writing and reading', () => {
    const leaf = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean());
    const intrinsic = fc.oneof(
      fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,8}$/).map((id) => ({ Ref: id })),
      fc.tuple(fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,8}$/), fc.constantFrom('Arn', 'QueueUrl', 'Endpoint.Address')).map(([id, attr]) => ({ 'Fn::GetAtt': [id, attr] })),
      fc.string({ maxLength: 12 }).map((text) => ({ 'Fn::Sub': text })),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, intrinsic, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.stringMatching(/^[A-Z][a-z]{1,6}$/), tie('node'), { maxKeys: 3 })),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[A-Z][a-z]{1,6}$/), value, { maxKeys: 4 }), (props) => {
        const template = { Resources: { R: { Type: 'AWS::SQS::Queue', Properties: props } } };
        const parsed = parseTemplate(templateToYaml(template));
        expect(parsed.ok && parsed.parsed.template).toEqual(template);
      }),
      { numRuns: 200 },
    );
  });
});
