import { componentFor } from '../../catalog/index.ts';
import type { Design, DesignNode } from '../../design/schema.ts';
import { arnOf } from '../aws-kinds.ts';
import { logicalIdFor, NameAllocator } from '../logical-ids.ts';
import { type CfnParameter, type CfnResource, mapEntryOf } from '../template.ts';

export interface PolicyStatement {
  Effect: 'Allow' | 'Deny';
  Action: string[];
  Resource: unknown[];
}

/** What one export is building: resources by logical id, and what it had to supply or grant along the way. */
export class ExportContext {
  readonly resources: Record<string, CfnResource> = {};
  readonly parameters: Record<string, CfnParameter> = {};
  readonly names = new NameAllocator();
  readonly nodes = new Map<string, DesignNode>();
  private readonly logicalIds = new Map<string, string>();
  /** Node id → properties the export supplied because the design left them out. */
  readonly filled = new Map<string, Set<string>>();
  /** Node id → config keys that became part of some other resource (e.g. a Lambda's retry settings). */
  readonly consumed = new Map<string, Set<string>>();
  /** Node id of a function or state machine → what its generated execution role must allow. */
  readonly statements = new Map<string, PolicyStatement[]>();
  /**
   * Node id → what the role must allow before the node itself is created (Lambda checks that it may
   * send to its dead-letter target when the function is created): kept inline in the role.
   */
  readonly creationStatements = new Map<string, PolicyStatement[]>();
  /** Event source mappings by the function they invoke (they must wait for its role). */
  readonly mappings: Array<{ logicalId: string; functionId: string }> = [];
  /** Distribution node id → its origins (CloudFormation Origin objects), in edge order. */
  readonly origins = new Map<string, Array<Record<string, unknown>>>();
  /** Queue node id → the queue its RedrivePolicy moves failed messages to. */
  readonly redrive = new Map<string, string>();
  /** API node id → the function or user pool that authorizes its callers. */
  readonly apiAuthorizers = new Map<string, string>();
  /** API node id → the functions it integrates with, in edge order. */
  readonly apiTargets = new Map<string, string[]>();

  constructor(readonly design: Design) {
    for (const node of design.nodes) {
      this.nodes.set(node.id, node);
      if (node.kind.startsWith('AWS::')) this.logicalIds.set(node.id, this.names.allocate(logicalIdFor(node.id)));
    }
  }

  node(id: string): DesignNode {
    const node = this.nodes.get(id);
    if (!node) throw new Error(`no node has the id "${id}"`);
    return node;
  }

  kind(id: string): string {
    return this.node(id).kind;
  }

  logicalId(id: string): string {
    const logicalId = this.logicalIds.get(id);
    if (!logicalId) throw new Error(`node "${id}" is not an AWS resource`);
    return logicalId;
  }

  isResource(id: string): boolean {
    return this.logicalIds.has(id);
  }

  resource(id: string): CfnResource {
    const logicalId = this.logicalId(id);
    const resource = this.resources[logicalId];
    if (!resource) throw new Error(`resource for node "${id}" not created yet`);
    return resource;
  }

  properties(id: string): Record<string, unknown> {
    const resource = this.resource(id);
    resource.Properties ??= {};
    return resource.Properties;
  }

  /** The node's config as the design wrote it, with the catalog's defaults for what it left out. */
  resolvedConfig(id: string): Record<string, unknown> {
    const node = this.node(id);
    const definition = componentFor(node.kind);
    const parsed = definition?.config.safeParse(node.config ?? {});
    return { ...(node.config ?? {}), ...(parsed?.success ? (parsed.data as Record<string, unknown>) : {}) };
  }

  arn(id: string): unknown {
    return arnOf(this.kind(id), this.logicalId(id));
  }

  addResource(wantedName: string, resource: CfnResource): string {
    const logicalId = this.names.allocate(wantedName);
    this.resources[logicalId] = resource;
    return logicalId;
  }

  addParameter(wantedName: string, parameter: CfnParameter): string {
    const logicalId = this.names.allocate(wantedName);
    this.parameters[logicalId] = parameter;
    return logicalId;
  }

  /** Sets a property the design did not set, and remembers so an import leaves it out again. */
  fill(id: string, property: string, value: unknown): void {
    this.properties(id)[property] = value;
    mapEntryOf(this.filled, id, () => new Set<string>()).add(property);
  }

  consume(id: string, key: string): void {
    mapEntryOf(this.consumed, id, () => new Set<string>()).add(key);
  }

  /** Grants the generated role of a function or state machine some actions on some resources. */
  allow(id: string, actions: string[], resources: unknown[], options: { atCreation?: boolean } = {}): void {
    const statements = mapEntryOf(options.atCreation ? this.creationStatements : this.statements, id, (): PolicyStatement[] => []);
    const same = statements.find((statement) => JSON.stringify(statement.Resource) === JSON.stringify(resources));
    if (same) {
      for (const action of actions) if (!same.Action.includes(action)) same.Action.push(action);
    } else {
      statements.push({ Effect: 'Allow', Action: [...actions], Resource: resources });
    }
  }

  dependOn(logicalId: string, onLogicalId: string): void {
    const resource = this.resources[logicalId];
    if (!resource) return;
    const current = resource.DependsOn === undefined ? [] : Array.isArray(resource.DependsOn) ? resource.DependsOn : [resource.DependsOn];
    if (!current.includes(onLogicalId)) resource.DependsOn = [...current, onLogicalId];
  }
}
