import { acceptanceFor } from '../../catalog/index.ts';
import { DESIGN_FORMAT, type Design, type DesignNode, type EdgeRole } from '../../design/schema.ts';
import type { Problem } from '../../formats/problems.ts';
import { INVOKE_CONFIG_PROPERTIES, STAGE_PROPERTIES } from '../aws-kinds.ts';
import { NameAllocator, nodeIdFor } from '../logical-ids.ts';
import { CloudwrightMetadata, METADATA_KEY } from '../metadata.ts';
import { referencesIn } from '../references-in.ts';
import { type CfnResource, type CfnTemplate, isRecord, referencedId } from '../template.ts';
import { callConfig, integrationRoles, POLL_ACTION_SET, ROLE_PROPERTY, roleStatements, rolesOwned, suppliedResources, WIRING_TYPES } from './absorbed.ts';
import { checkedConfig, type DerivedEdge, restoreEdges } from './checked-settings.ts';
import { layOut } from './layout.ts';
import type { Located } from './locate.ts';

/** Properties that the import turns into edges, so they are not kept on the node's config. */
const WIRING_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  'AWS::Lambda::Function': ['DeadLetterConfig'],
  'AWS::SQS::Queue': ['RedrivePolicy'],
  'AWS::S3::Bucket': ['NotificationConfiguration'],
  'AWS::CloudWatch::Alarm': ['AlarmActions'],
};


/** Turns a (plain CloudFormation) template into a design: resources become nodes, wiring becomes edges. */
export function buildDesign(template: CfnTemplate, at: Located): { design: Design; warnings: Problem[] } {
  const warnings: Problem[] = [];
  const rawMetadata = isRecord(template.Metadata) ? template.Metadata[METADATA_KEY] : undefined;
  const parsedMetadata = rawMetadata === undefined ? undefined : CloudwrightMetadata.safeParse(rawMetadata);
  if (parsedMetadata && !parsedMetadata.success) warnings.push(at(['Metadata', METADATA_KEY], 'Cloudwright metadata is not readable; layout and settings are not restored'));
  const metadata = parsedMetadata?.success ? parsedMetadata.data : undefined;
  const metaByLogicalId = new Map(Object.entries(metadata?.nodes ?? {}).map(([id, node]) => [node.logicalId, { id, ...node }]));

  const resources = template.Resources;
  const ownerOfRole = rolesOwned(resources, metaByLogicalId);
  const supplied = suppliedResources(resources, metaByLogicalId);
  for (const role of integrationRoles(resources)) if (!metaByLogicalId.has(role)) supplied.add(role);

  // Nodes: every resource that is not wiring and not a role absorbed into its function.
  const ids = new NameAllocator(63);
  for (const actor of metadata?.actors ?? []) ids.allocate(actor.id);
  const nodeOf = new Map<string, string>();
  const kindOf = new Map<string, string>();
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (WIRING_TYPES.has(resource.Type) || ownerOfRole.has(logicalId) || supplied.has(logicalId)) continue;
    const id = ids.allocate(metaByLogicalId.get(logicalId)?.id ?? nodeIdFor(logicalId));
    nodeOf.set(logicalId, id);
    kindOf.set(id, resource.Type);
  }
  const target = (value: unknown): string | undefined => {
    const logicalId = referencedId(value);
    return logicalId === undefined ? undefined : nodeOf.get(logicalId);
  };

  // A role node becomes an execution-role edge where the catalog offers one; elsewhere the property stays.
  const roleEdgeOffered = (type: string, role: string | undefined) =>
    role !== undefined && kindOf.get(role) === 'AWS::IAM::Role' && acceptanceFor(type, 'AWS::IAM::Role', 'execution-role') !== undefined;
  const configs = new Map<string, Record<string, unknown>>();
  for (const [logicalId, id] of nodeOf) {
    const resource = resources[logicalId]!;
    const config: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(resource.Properties ?? {})) {
      if (WIRING_PROPERTIES[resource.Type]?.includes(key)) continue;
      if (ROLE_PROPERTY[resource.Type] === key && (ownerOfRole.has(referencedId(value) ?? '') || roleEdgeOffered(resource.Type, target(value)))) continue;
      config[key] = value;
    }
    configs.set(id, config);
  }

  const edges: DerivedEdge[] = [];
  const addEdge = (from: string | undefined, to: string | undefined, role: EdgeRole | undefined, config: Record<string, unknown>, path: Array<string | number>) => {
    if (!from || !to) {
      warnings.push(at(path, 'refers to something that is not a resource of this template; the connection is left out'));
      return;
    }
    if (from === to) return;
    const same = edges.find((edge) => edge.from === from && edge.to === to && edge.role === role);
    if (same) Object.assign(same.config, config);
    else edges.push({ from, to, ...(role ? { role } : {}), config, source: path });
  };

  for (const [logicalId, resource] of Object.entries(resources)) {
    const properties = resource.Properties ?? {};
    const path = ['Resources', logicalId, 'Properties'];
    switch (resource.Type) {
      case 'AWS::Lambda::EventSourceMapping': {
        const { EventSourceArn, FunctionName, ...rest } = properties;
        addEdge(target(EventSourceArn), target(FunctionName), undefined, rest, [...path, 'EventSourceArn']);
        break;
      }
      case 'AWS::SNS::Subscription': {
        const { TopicArn, Endpoint, Protocol, Region: _region, ...rest } = properties;
        if (Protocol === 'sqs' || Protocol === 'lambda') addEdge(target(TopicArn), target(Endpoint), undefined, rest, [...path, 'Endpoint']);
        else warnings.push(at([...path, 'Protocol'], `a subscription with protocol ${String(Protocol)} has no node to connect; it is left out`));
        break;
      }
      case 'AWS::Lambda::EventInvokeConfig': {
        const fn = target(properties.FunctionName);
        if (!fn) break;
        for (const key of INVOKE_CONFIG_PROPERTIES) if (properties[key] !== undefined) configs.get(fn)![key] = properties[key];
        const destinations = isRecord(properties.DestinationConfig) ? properties.DestinationConfig : {};
        for (const [key, role] of [['OnSuccess', 'on-success'], ['OnFailure', 'on-failure']] as const) {
          const destination = destinations[key];
          if (isRecord(destination)) addEdge(fn, target(destination.Destination), role, {}, [...path, 'DestinationConfig', key]);
        }
        break;
      }
      case 'AWS::ApiGateway::Method': {
        // The integration names what the method calls: a function in its URI, a queue, topic, table...
        const api = target(properties.RestApiId);
        const isIntegrationRole = (id: string) => isRecord(properties.Integration) && referencedId(properties.Integration.Credentials) === logicalIdOf(nodeOf, id);
        const called = referencesIn(properties.Integration, [])
          .map((reference) => nodeOf.get(reference.target))
          .find((id) => id !== undefined && api !== undefined && !isIntegrationRole(id) && acceptanceFor(kindOf.get(api)!, kindOf.get(id)!, undefined) !== undefined);
        if (api && called) addEdge(api, called, undefined, {}, [...path, 'Integration']);
        if (api && typeof properties.AuthorizationType === 'string' && properties.AuthorizationType !== 'NONE') {
          configs.get(api)!.authorizationType = properties.AuthorizationType;
        }
        break;
      }
      case 'AWS::ApiGateway::Authorizer': {
        const authorizer = referencesIn([properties.AuthorizerUri, properties.ProviderARNs], [])
          .map((reference) => nodeOf.get(reference.target))
          .find((id) => id !== undefined);
        addEdge(target(properties.RestApiId), authorizer, 'authorizer', {}, [...path, 'AuthorizerUri']);
        break;
      }
      case 'AWS::ApiGateway::Stage': {
        const api = target(properties.RestApiId);
        if (!api) break;
        for (const key of STAGE_PROPERTIES) if (properties[key] !== undefined) configs.get(api)![key] = properties[key];
        break;
      }
      case 'AWS::SQS::Queue': {
        const redrive = properties.RedrivePolicy;
        if (isRecord(redrive)) {
          addEdge(nodeOf.get(logicalId), target(redrive.deadLetterTargetArn), 'dead-letter', redrive.maxReceiveCount === undefined ? {} : { maxReceiveCount: Number(redrive.maxReceiveCount) }, [...path, 'RedrivePolicy']);
        }
        break;
      }
      case 'AWS::Lambda::Function': {
        const deadLetter = properties.DeadLetterConfig;
        if (isRecord(deadLetter)) addEdge(nodeOf.get(logicalId), target(deadLetter.TargetArn), 'dead-letter', {}, [...path, 'DeadLetterConfig']);
        break;
      }
      case 'AWS::S3::Bucket':
        bucketNotifications(properties.NotificationConfiguration, (list, key, index, events) =>
          addEdge(nodeOf.get(logicalId), target(key), undefined, { events }, [...path, 'NotificationConfiguration', list, index]),
        );
        break;
      case 'AWS::CloudFront::Distribution': {
        const distributionConfig = isRecord(properties.DistributionConfig) ? properties.DistributionConfig : {};
        const origins = Array.isArray(distributionConfig.Origins) ? distributionConfig.Origins : [];
        const from = nodeOf.get(logicalId)!;
        let all = origins.length > 0;
        origins.forEach((origin, index) => {
          const to = isRecord(origin) ? referencesIn(origin.DomainName, []).map((reference) => nodeOf.get(reference.target)).find((id) => id !== undefined) : undefined;
          if (!to || !isRecord(origin)) {
            all = false;
            return;
          }
          addEdge(from, to, 'origin', originConfig(origin, resources[logicalIdOf(nodeOf, to)]), [...path, 'DistributionConfig', 'Origins', index]);
        });
        if (all) {
          const { Origins: _origins, ...rest } = distributionConfig;
          configs.get(from)!.DistributionConfig = rest;
        }
        break;
      }
      case 'AWS::StepFunctions::StateMachine': {
        // What the definition's substitutions name are the services its tasks call.
        const from = nodeOf.get(logicalId)!;
        for (const reference of referencesIn([properties.DefinitionSubstitutions, properties.DefinitionString], [])) {
          const to = nodeOf.get(reference.target);
          if (to && acceptanceFor(resource.Type, kindOf.get(to)!, undefined)) addEdge(from, to, undefined, {}, [...path, 'DefinitionSubstitutions']);
        }
        break;
      }
      case 'AWS::CloudWatch::Alarm':
        for (const [index, action] of (Array.isArray(properties.AlarmActions) ? properties.AlarmActions : []).entries()) {
          if (target(action)) addEdge(nodeOf.get(logicalId), target(action), undefined, {}, [...path, 'AlarmActions', index]);
        }
        break;
      default:
        break;
    }
    const roleProperty = ROLE_PROPERTY[resource.Type];
    const roleTarget = roleProperty ? target(properties[roleProperty]) : undefined;
    if (roleEdgeOffered(resource.Type, roleTarget)) addEdge(nodeOf.get(logicalId), roleTarget, 'execution-role', {}, [...path, roleProperty!]);
  }

  // What a function or state machine may call, as its role's statements say, becomes an edge to it.
  for (const [roleId, ownerLogicalId] of ownerOfRole) {
    const owner = nodeOf.get(ownerLogicalId);
    if (!owner) continue;
    for (const statement of roleStatements(resources, roleId)) {
      const actions = (Array.isArray(statement.Action) ? statement.Action : [statement.Action]).filter((action): action is string => typeof action === 'string');
      for (const resourceRef of Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource]) {
        const to = target(resourceRef);
        if (!to || to === owner || edges.some((edge) => edge.from === owner && edge.to === to)) continue;
        // Reading a queue or stream is the event source mapping's job, already an edge the other way.
        if (actions.every((action) => POLL_ACTION_SET.has(action))) continue;
        if (!acceptanceFor(kindOf.get(owner)!, kindOf.get(to)!, undefined)) continue;
        addEdge(owner, to, undefined, callConfig(kindOf.get(to)!, actions), ['Resources', roleId]);
      }
    }
  }

  let nodes: DesignNode[] = [];
  for (const [logicalId, id] of nodeOf) {
    const meta = metaByLogicalId.get(logicalId);
    const kind = kindOf.get(id)!;
    const config = configs.get(id)!;
    for (const key of meta?.filled ?? []) delete config[key];
    Object.assign(config, meta?.settings ?? {});
    nodes.push({
      id,
      kind,
      ...(meta?.label !== undefined ? { label: meta.label } : {}),
      ...(Object.keys(config).length > 0 ? { config: checkedConfig(kind, config, ['Resources', logicalId, 'Properties'], at, warnings) } : {}),
      ...(meta?.position ? { position: meta.position } : {}),
    });
  }
  for (const actor of metadata?.actors ?? []) nodes.push(actor);
  nodes = nodes.map((node) => (node.config && Object.keys(node.config).length === 0 ? withoutConfig(node) : node));

  const finalEdges = restoreEdges(edges, metadata, new Set(nodes.map((node) => node.id)), kindOf, at, warnings);
  nodes = layOut(nodes, finalEdges);
  const name = metadata?.name ?? (typeof template.Description === 'string' && metadata === undefined ? template.Description.slice(0, 200) : undefined);
  return {
    design: {
      format: DESIGN_FORMAT,
      ...(name !== undefined ? { name } : {}),
      ...(metadata?.description !== undefined ? { description: metadata.description } : {}),
      nodes,
      edges: finalEdges,
    },
    warnings,
  };
}

function logicalIdOf(nodeOf: Map<string, string>, id: string): string {
  for (const [logicalId, nodeId] of nodeOf) if (nodeId === id) return logicalId;
  return '';
}

/** An origin's settings as the edge keeps them; originType only where it is not what the bucket implies. */
function originConfig(origin: Record<string, unknown>, target: CfnResource | undefined): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  if (origin.OriginAccessControlId !== undefined) config.OriginAccessControlId = origin.OriginAccessControlId;
  if (origin.OriginPath !== undefined) config.OriginPath = origin.OriginPath;
  const custom = isRecord(origin.CustomOriginConfig) ? origin.CustomOriginConfig : undefined;
  if (custom?.OriginProtocolPolicy !== undefined) config.OriginProtocolPolicy = custom.OriginProtocolPolicy;
  if (target?.Type === 'AWS::S3::Bucket') {
    const hasWebsite = target.Properties?.WebsiteConfiguration !== undefined;
    if (custom && !hasWebsite) config.originType = 'website';
    if (!custom && hasWebsite) config.originType = 'rest';
  }
  return config;
}

function withoutConfig(node: DesignNode): DesignNode {
  const { config: _config, ...rest } = node;
  return rest;
}

function bucketNotifications(notification: unknown, add: (list: string, target: unknown, index: number, events: string[]) => void): void {
  if (!isRecord(notification)) return;
  for (const [list, key] of [['LambdaConfigurations', 'Function'], ['QueueConfigurations', 'Queue'], ['TopicConfigurations', 'Topic']] as const) {
    const entries = Array.isArray(notification[list]) ? notification[list] : [];
    // One edge per target, gathering its event types.
    const byTarget = new Map<string, { target: unknown; index: number; events: string[] }>();
    entries.forEach((entry, index) => {
      if (!isRecord(entry)) return;
      const key2 = JSON.stringify(entry[key]);
      const group = byTarget.get(key2) ?? { target: entry[key], index, events: [] };
      if (typeof entry.Event === 'string') group.events.push(entry.Event);
      byTarget.set(key2, group);
    });
    for (const group of byTarget.values()) add(list, group.target, group.index, group.events);
  }
}
