import fc from 'fast-check';
import { acceptanceFor, allComponents } from '../../src/catalog/index.ts';
import type { z } from 'zod';
import { DESIGN_FORMAT, type Design, type DesignEdge, type DesignNode } from '../../src/design/schema.ts';

/** Valid config for a schema: a subset of the keys that have a default, each set to its default. */
function configArbitrary(schema: z.ZodObject | undefined): fc.Arbitrary<Record<string, unknown>> {
  if (!schema) return fc.constant({});
  const defaults = schema.safeParse({});
  if (!defaults.success) return fc.constant({});
  const entries = Object.entries(defaults.data as Record<string, unknown>).filter(([, value]) => value !== undefined);
  return fc.subarray(entries).map((chosen) => Object.fromEntries(chosen));
}

/** The kinds most of the wiring is about, so generated designs exercise it often. */
export const SERVERLESS_KINDS = [
  'AWS::SQS::Queue',
  'AWS::SNS::Topic',
  'AWS::Lambda::Function',
  'AWS::S3::Bucket',
  'AWS::DynamoDB::Table',
  'AWS::Kinesis::Stream',
  'AWS::ApiGateway::RestApi',
  'AWS::StepFunctions::StateMachine',
  'AWS::IAM::Role',
  'AWS::CloudFront::Distribution',
  'Actor::Client',
];

/** Designs built from the catalog: 1–7 nodes of any kind, with only connections AWS offers. */
export const designArbitrary: fc.Arbitrary<Design> = designsOf(allComponents().map((component) => component.kind));

/** The same, from the serverless kinds only: denser wiring. */
export const serverlessDesignArbitrary: fc.Arbitrary<Design> = designsOf(SERVERLESS_KINDS);

function designsOf(kinds: string[]): fc.Arbitrary<Design> {
  return fc
  .array(fc.constantFrom(...kinds), { minLength: 1, maxLength: 7 })
  .chain((kinds) => {
    const nodes = kinds.map((kind, index) =>
      fc
        .record({
          config: configArbitrary(allComponents().find((component) => component.kind === kind)?.config),
          position: fc.option(fc.record({ x: fc.integer({ min: 0, max: 2000 }), y: fc.integer({ min: 0, max: 2000 }) }), { nil: undefined }),
          label: fc.option(fc.constantFrom('Orders', 'Fan-out topic', 'Worker'), { nil: undefined }),
        })
        .map(
          ({ config, position, label }): DesignNode => ({
            id: `${kind.split('::')[1]!.toLowerCase()}-${index}`,
            kind,
            ...(label !== undefined ? { label } : {}),
            ...(Object.keys(config).length > 0 ? { config } : {}),
            ...(position ? { position } : {}),
          }),
        ),
    );
    return fc.tuple(...nodes);
  })
  .chain((nodes) => {
    const candidates: Array<{ from: DesignNode; to: DesignNode; role: string | undefined; schema: z.ZodObject | undefined }> = [];
    for (const from of nodes) {
      for (const to of nodes) {
        if (from === to) continue;
        for (const component of allComponents().filter((c) => c.kind === to.kind)) {
          for (const acceptance of component.accepts) {
            if (!acceptance.from.includes(from.kind)) continue;
            if (acceptanceFor(from.kind, to.kind, acceptance.role) !== acceptance) continue;
            candidates.push({ from, to, role: acceptance.role, schema: acceptance.config });
          }
        }
      }
    }
    const edges = fc.subarray(candidates).chain((chosen) =>
      fc.tuple(
        ...chosen.map((candidate) =>
          configArbitrary(candidate.schema).map(
            (config): DesignEdge => ({
              from: candidate.from.id,
              to: candidate.to.id,
              ...(candidate.role !== undefined ? { role: candidate.role as DesignEdge['role'] } : {}),
              ...(Object.keys(config).length > 0 ? { config } : {}),
            }),
          ),
        ),
      ),
    );
    return edges.map((list): Design => ({ format: DESIGN_FORMAT, name: 'Generated', nodes, edges: list }));
  });
}

/** The same design in a canonical order, for comparing. */
export function canonical(design: Design): Design {
  const key = (edge: DesignEdge) => `${edge.from}|${edge.to}|${edge.role ?? ''}`;
  return {
    ...design,
    nodes: [...design.nodes].sort((a, b) => a.id.localeCompare(b.id)),
    edges: [...design.edges].sort((a, b) => key(a).localeCompare(key(b))),
  };
}
