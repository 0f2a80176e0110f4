import type { Behaviour } from '../../core/behaviour.ts';
import { type DataAnswer, type DataRequest, dataAnswer } from '../../core/data.ts';
import { settle } from '../../core/message.ts';
import type { Reply, Work } from '../../core/work.ts';
import type { SimWorld } from '../../core/world.ts';
import { hasCredentials, signsInWithCognito } from './credentials.ts';

/** Services a browser or phone calls directly with AWS credentials. */
const DIRECT_ACCESS_KINDS = ['AWS::S3::Bucket', 'AWS::DynamoDB::Table'];
const DENIED_MS = { min: 5, max: 20 };
const REASON = 'AccessDenied: the request carries no AWS credentials (a user pool token is not one; exchange it with an identity pool)';

export interface AccessCounts {
  denied: number;
  allowed: number;
}

const guarded = new WeakMap<SimWorld, AccessCounts>();

/**
 * A client whose users sign in with Cognito and that calls S3 or DynamoDB directly must sign its
 * requests with credentials from an identity pool: the store a client reaches is wrapped so requests from
 * clients without them are refused. Runs once per run (from the Cognito behaviours' start), before
 * traffic resolves its routes.
 */
export function guardDirectAccess(world: SimWorld): AccessCounts {
  const existing = guarded.get(world);
  if (existing) return existing;
  const counts: AccessCounts = { denied: 0, allowed: 0 };
  guarded.set(world, counts);
  const design = world.design;
  for (const node of design.nodes) {
    if (!DIRECT_ACCESS_KINDS.includes(node.kind)) continue;
    const clients = design.edgesTo(node.id, { kind: 'Actor::Client' }).map((edge) => edge.from);
    if (clients.length === 0) continue;
    const without = new Set(clients.filter((client) => signsInWithCognito(design, client) && !hasCredentials(design, client)));
    if (without.size === 0) continue;
    // Aggregated requests do not say which client sent them: refused when no client has credentials.
    const anonymousDenied = without.size === clients.length;
    const denied = (from: string) => without.has(from) || (from === '' && anonymousDenied);
    const store = world.behaviours.get(node.id);
    if (!store) continue;
    world.behaviours.set(node.id, wrap(world, store, denied, counts));
  }
  return counts;
}

function wrap(world: SimWorld, store: Behaviour, denied: (from: string) => boolean, counts: AccessCounts): Behaviour {
  const id = store.node.id;
  const refuse = (request: DataRequest): DataAnswer => {
    counts.denied++;
    world.load(id).errors++;
    if (world.trace.accepts('accessDenied')) world.log(request.at, id, 'accessDenied', request.message, REASON);
    return dataAnswer(false, request.at + world.random.draw(DENIED_MS), Number.NEGATIVE_INFINITY, id, { reason: REASON });
  };
  return new Proxy(store, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (property === 'read' || property === 'write') {
        return (request: DataRequest) => {
          if (denied(request.from)) return refuse(request);
          counts.allowed++;
          return (value as (r: DataRequest) => DataAnswer).call(target, request);
        };
      }
      if (property === 'receive') {
        return (work: Work, reply: Reply) => {
          if (!denied(work.from)) {
            counts.allowed += work.messages.length;
            (value as (w: Work, r: Reply) => void).call(target, work, reply);
            return;
          }
          counts.denied += work.messages.length;
          world.load(id).errors += work.messages.length;
          for (const message of work.messages) {
            settle(message, 'failed', { endedAt: id, reason: REASON });
            if (world.trace.accepts('accessDenied')) world.log(work.at, id, 'accessDenied', message, REASON, work.edge);
          }
          reply({ ok: false, doneAt: work.at + world.random.draw(DENIED_MS), reason: REASON, failed: work.messages, answeredBy: id });
        };
      }
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
