import type { DesignNode } from '../../../design/schema.ts';
import { identityRoleOf, roleGrants } from '../../../rules/platform/shared/permissions.ts';
import type { Behaviour } from '../../core/behaviour.ts';
import { numberSetting, objectSetting, stringSetting } from '../../core/config.ts';
import type { Reply, Work } from '../../core/work.ts';
import type { SimWorld } from '../../core/world.ts';
import type { NodeReport } from '../../types.ts';
import { sampledPerSecond, segmentsReachXRay } from './sampling.ts';

const WRITE_ACTIONS = ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'];

/**
 * X-Ray (a group with its sampling rule): after the run, each hop that sends segments here reports
 * the share of its requests that became traces: zero where segments cannot arrive (no daemon
 * outside Lambda, tracing off in Lambda, a role without write permission), else what the sampling
 * rule keeps of the hop's request rate.
 */
export class XRayTracing implements Behaviour {
  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
  ) {}

  receive(work: Work, reply: Reply): void {
    reply({ ok: true, doneAt: work.at, answeredBy: this.node.id });
  }

  report(): NodeReport {
    const world = this.world;
    const design = world.design;
    const config = world.config(this.node);
    const reservoir = numberSetting(config, 'reservoirSize', 1);
    const fixedRate = numberSetting(config, 'fixedRate', 0.05);
    const streams = world.settings.traffic;
    const seconds = Math.max(1, Math.max(...streams.map((s) => s.startSeconds + s.durationSeconds)) - Math.min(...streams.map((s) => s.startSeconds)));
    const values: Record<string, number> = {};
    const events: Array<{ t: number; event: string; detail?: string }> = [];
    for (const edge of design.edgesTo(this.node.id)) {
      const hop = design.node(edge.from);
      if (!hop) continue;
      const hopConfig = world.config(hop);
      const lambdaActive = stringSetting(objectSetting(hopConfig, 'TracingConfig'), 'Mode', 'PassThrough') === 'Active';
      let { reach, why } = segmentsReachXRay(hop.kind, stringSetting(world.edgeConfig(edge), 'daemon', 'none'), lambdaActive);
      // API Gateway, Step Functions and SNS send segments themselves (active tracing).
      if (['AWS::ApiGateway::RestApi', 'AWS::StepFunctions::StateMachine', 'AWS::SNS::Topic'].includes(hop.kind)) {
        reach = true;
        why = 'the service sends segments itself (active tracing)';
      }
      const role = identityRoleOf(design, hop);
      if (reach && role) {
        const missing = WRITE_ACTIONS.filter((action) => !roleGrants(design, role, action));
        if (missing.length > 0) {
          reach = false;
          why = `${role.id} does not allow ${missing.join(' and ')}: X-Ray refuses the segments`;
        }
      }
      const load = world.loads.get(hop.id);
      const perSecond = (load?.received ?? 0) / seconds;
      const sampled = reach ? sampledPerSecond(perSecond, reservoir, fixedRate) : 0;
      values[`requestsPerSecond.${hop.id}`] = Math.round(perSecond * 100) / 100;
      values[`sampledPerSecond.${hop.id}`] = Math.round(sampled * 100) / 100;
      values[`tracedShare.${hop.id}`] = perSecond > 0 ? Math.round((sampled / perSecond) * 10_000) / 10_000 : 0;
      events.push({ t: 0, event: reach ? 'traced' : 'notTraced', detail: `${hop.id}: ${why}` });
    }
    return { values, events };
  }
}
