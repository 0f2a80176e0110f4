import { acceptanceFor, componentFor } from '../../catalog/index.ts';
import { DESIGN_FORMAT, type Design, type DesignEdge } from '../../design/schema.ts';
import { INVOKE_CONFIG_PROPERTIES, STAGE_PROPERTIES } from '../aws-kinds.ts';
import { type CloudwrightMetadata, type EdgeMetadata, METADATA_KEY, type NodeMetadata } from '../metadata.ts';
import { type CfnTemplate, TEMPLATE_FORMAT_VERSION } from '../template.ts';
import { restApiIntegrations } from './api-gateway.ts';
import { distribution, functionCode, functionInvokeSettings, pipelineStages, serviceResources, stateMachine, tableKeys } from './builders.ts';
import { ExportContext } from './context.ts';
import { fillRequiredValues } from './required-values.ts';
import { functionRole, roleNodeProperties } from './roles.ts';
import { WIRINGS } from './wiring.ts';

/** Catalog keys in PascalCase that belong to another resource type (they are emitted there, if at all). */
export const ROUTED_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  'AWS::Lambda::Function': INVOKE_CONFIG_PROPERTIES,
  'AWS::ApiGateway::RestApi': STAGE_PROPERTIES,
};

/** A node config key that is a CloudFormation property of the node's own resource. */
export function isOwnProperty(kind: string, key: string): boolean {
  if (!/^[A-Z]/.test(key) || ROUTED_PROPERTIES[kind]?.includes(key)) return false;
  const definition = componentFor(kind);
  // A kind the catalog does not model keeps every PascalCase key; a modelled one only the keys it knows.
  return !definition || key in definition.config.shape;
}

/** Builds the CloudFormation template (long-form intrinsics) for a design. */
export function buildTemplate(design: Design): CfnTemplate {
  const ctx = new ExportContext(design);
  for (const node of design.nodes) {
    if (!ctx.isResource(node.id)) continue;
    const properties: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node.config ?? {})) if (isOwnProperty(node.kind, key)) properties[key] = value;
    ctx.resources[ctx.logicalId(node.id)] = { Type: node.kind, Properties: properties };
  }

  const edges: EdgeMetadata[] = design.edges.map((edge) => wireEdge(ctx, edge));

  for (const node of design.nodes) {
    if (!ctx.isResource(node.id)) continue;
    if (node.kind === 'AWS::Lambda::Function') {
      functionCode(ctx, node.id);
      functionInvokeSettings(ctx, node.id);
    }
    if (node.kind === 'AWS::DynamoDB::Table') tableKeys(ctx, node.id);
    if (node.kind === 'AWS::IAM::Role') roleNodeProperties(ctx, node.id);
    if (node.kind === 'AWS::CloudFront::Distribution') distribution(ctx, node.id);
  }
  // APIs and state machines after tables: their requests and definitions use the tables' keys.
  for (const node of design.nodes) if (node.kind === 'AWS::ApiGateway::RestApi') restApiIntegrations(ctx, node.id);
  for (const node of design.nodes) if (node.kind === 'AWS::StepFunctions::StateMachine') stateMachine(ctx, node.id);
  // Roles after every edge has added its statements.
  for (const node of design.nodes) if (node.kind === 'AWS::Lambda::Function') functionRole(ctx, node.id);
  for (const node of design.nodes) {
    if (!ctx.isResource(node.id)) continue;
    serviceResources(ctx, node.id);
    fillRequiredValues(ctx, node.id);
  }
  // Pipelines last: their deploy stages name the applications made for the deployment groups.
  for (const node of design.nodes) if (node.kind === 'AWS::CodePipeline::Pipeline') pipelineStages(ctx, node.id);

  for (const resource of Object.values(ctx.resources)) {
    if (resource.Properties && Object.keys(resource.Properties).length === 0) delete resource.Properties;
  }
  const template: CfnTemplate = {
    AWSTemplateFormatVersion: TEMPLATE_FORMAT_VERSION,
    // CloudFormation takes up to 1,024 bytes of description; the whole text is kept in Metadata.
    ...(design.description !== undefined || design.name !== undefined ? { Description: truncateBytes(design.description ?? design.name ?? '', 1024) } : {}),
    Metadata: { [METADATA_KEY]: metadata(ctx, edges) },
    ...(Object.keys(ctx.parameters).length > 0 ? { Parameters: ctx.parameters } : {}),
    Resources: ctx.resources,
  };
  return template;
}

function wireEdge(ctx: ExportContext, edge: DesignEdge): EdgeMetadata {
  const base = {
    ...(edge.id !== undefined ? { id: edge.id } : {}),
    from: edge.from,
    to: edge.to,
    ...(edge.role !== undefined ? { role: edge.role } : {}),
  };
  const fromKind = ctx.kind(edge.from);
  const toKind = ctx.kind(edge.to);
  // A repeated edge adds nothing to the template; it is kept in Metadata.
  const repeated = ctx.design.edges.find((other) => other.from === edge.from && other.to === edge.to && other.role === edge.role) !== edge;
  const wiring =
    ctx.isResource(edge.from) && ctx.isResource(edge.to) && !repeated ? WIRINGS.find((candidate) => candidate.matches(fromKind, toKind, edge.role)) : undefined;
  if (!wiring) return { ...base, wired: false, ...(edge.config && Object.keys(edge.config).length > 0 ? { settings: edge.config } : {}) };
  const schema = acceptanceFor(fromKind, toKind, edge.role)?.config;
  const parsed = schema?.safeParse(edge.config ?? {});
  const resolved = { ...(edge.config ?? {}), ...(parsed?.success ? (parsed.data as Record<string, unknown>) : {}) };
  const result = wiring.wire(edge, ctx, resolved);
  const settings = Object.fromEntries(Object.entries(edge.config ?? {}).filter(([key]) => !result.consumed.includes(key)));
  if (result.wired === false) return { ...base, wired: false, ...(edge.config && Object.keys(edge.config).length > 0 ? { settings: edge.config } : {}) };
  return {
    ...base,
    wired: true,
    ...(Object.keys(settings).length > 0 ? { settings } : {}),
    ...(result.filled.length > 0 ? { filled: result.filled } : {}),
  };
}

function metadata(ctx: ExportContext, edges: EdgeMetadata[]): CloudwrightMetadata {
  const nodes: Record<string, NodeMetadata> = {};
  for (const node of ctx.design.nodes) {
    if (!ctx.isResource(node.id)) continue;
    const consumed = ctx.consumed.get(node.id);
    const settings = Object.fromEntries(
      Object.entries(node.config ?? {}).filter(
        // A property the export had to replace (an empty list CloudFormation refuses) is kept as the design had it.
        ([key]) => (!isOwnProperty(node.kind, key) && !consumed?.has(key)) || ctx.filled.get(node.id)?.has(key),
      ),
    );
    const filled = [...(ctx.filled.get(node.id) ?? [])];
    nodes[node.id] = {
      logicalId: ctx.logicalId(node.id),
      ...(node.label !== undefined ? { label: node.label } : {}),
      ...(node.position ? { position: node.position } : {}),
      ...(Object.keys(settings).length > 0 ? { settings } : {}),
      ...(filled.length > 0 ? { filled } : {}),
    };
  }
  return {
    format: DESIGN_FORMAT,
    ...(ctx.design.name !== undefined ? { name: ctx.design.name } : {}),
    ...(ctx.design.description !== undefined ? { description: ctx.design.description } : {}),
    nodes,
    actors: ctx.design.nodes.filter((node) => !ctx.isResource(node.id)),
    edges,
  };
}

/** The longest start of the text that fits in so many UTF-8 bytes, cut between characters. */
function truncateBytes(text: string, limit: number): string {
  let bytes = 0;
  let out = '';
  for (const character of text) {
    const size = new TextEncoder().encode(character).length;
    if (bytes + size > limit) break;
    bytes += size;
    out += character;
  }
  return out;
}
