import type { DesignNode } from '../../../design/schema.ts';
import type { Behaviour } from '../../core/behaviour.ts';
import type { Reply, Work } from '../../core/work.ts';
import type { SimWorld } from '../../core/world.ts';
import type { NodeReport } from '../../types.ts';
import { type AccessCounts, guardDirectAccess } from './access-guard.ts';
import { hasCredentials } from './credentials.ts';

/**
 * A Cognito user pool or identity pool. Sign-ins and credential exchanges happen once per session,
 * not per request: a request the client sends here is acknowledged at once. Its start puts the
 * access guard in place (requests to S3 or DynamoDB from clients without identity-pool credentials
 * are refused), and its report counts what was refused.
 */
export class CognitoPool implements Behaviour {
  private counts: AccessCounts | undefined;

  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
  ) {}

  start(): void {
    this.counts = guardDirectAccess(this.world);
  }

  receive(work: Work, reply: Reply): void {
    this.world.load(this.node.id).processed += work.messages.length;
    reply({ ok: true, doneAt: work.at, answeredBy: this.node.id });
  }

  report(): NodeReport {
    const design = this.world.design;
    const clients = design.nodesOfKind('Actor::Client').map((client) => client.id);
    return {
      values: {
        deniedRequests: this.counts?.denied ?? 0,
        allowedRequests: this.counts?.allowed ?? 0,
        clientsWithCredentials: clients.filter((client) => hasCredentials(design, client)).length,
      },
    };
  }
}
